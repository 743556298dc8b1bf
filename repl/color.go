package repl

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dcalc/dcalc/grammar"
)

// Colour, as IPython's terminal shows it (%colors chooses the scheme):
// prompts in the scheme's colours, input highlighted as it is typed,
// tracebacks in the scheme's colours with their source lines
// highlighted (pygments' default style, as IPython's tracebacks are).
// Colour is off with NO_COLOR, TERM=dumb or %colors NoColor.

// scheme is one of IPython's colour schemes: SGR parameters.
type scheme struct {
	pr, prNum, out, outNum string
	// tracebacks (IPython's excolors)
	topline, location, name, args, excName, lineno, arrow string
	// input (prompt_toolkit's style with IPython's overrides)
	number, str string
}

// schemes are IPython's (%colors), by lower-case name; NoColor is nil.
var schemes = map[string]*scheme{
	"neutral": {pr: "32", prNum: "92;1", out: "31", outNum: "91;1",
		topline: "0;31", location: "0;32", name: "0;36", args: "0;34", excName: "0;31", lineno: "1;32", arrow: "0;32",
		number: "32", str: "33"},
	"linux": {pr: "92", prNum: "32;1", out: "91", outNum: "31;1",
		topline: "1;31", location: "1;32", name: "1;35", args: "0;34", excName: "1;31", lineno: "0;32", arrow: "1;32",
		number: "38;5;241", str: "38;5;124"},
	"lightbg": {pr: "94", prNum: "34;1", out: "91", outNum: "31;1",
		topline: "0;31", location: "0;32", name: "0;35", args: "0;34", excName: "0;31", lineno: "0;32", arrow: "0;32",
		number: "38;5;241", str: "38;5;124"},
	"nocolor": nil,
}

// SchemeNames are IPython's scheme names as %colors lists them.
var SchemeNames = []string{"Neutral", "NoColor", "LightBG", "Linux"}

// schemeNamed returns the scheme of a %colors name (any case).
func schemeNamed(name string) *scheme { return schemes[strings.ToLower(name)] }

func sgr(p, s string) string {
	if s == "" {
		return ""
	}
	return "\x1b[" + p + "m" + s + "\x1b[0m"
}

// inPrompt is "In [n]: " in the scheme's colours.
func (sc *scheme) inPrompt(n int) string {
	if sc == nil {
		return "In [" + strconv.Itoa(n) + "]: "
	}
	return sgr(sc.pr, "In [") + sgr(sc.prNum, strconv.Itoa(n)) + sgr(sc.pr, "]: ")
}

// contPrompt colours a continuation prompt.
func (sc *scheme) contPrompt(p string) string {
	if sc == nil {
		return p
	}
	return sgr(sc.pr, p)
}

// outPrompt is "Out[n]: " in the scheme's colours.
func (sc *scheme) outPrompt(n int) string {
	if sc == nil {
		return "Out[" + strconv.Itoa(n) + "]: "
	}
	return sgr(sc.out, "Out[") + sgr(sc.outNum, strconv.Itoa(n)) + sgr(sc.out, "]: ")
}

// pygments' default style in 256 colours, as IPython's tracebacks use it.
const (
	styleKeyword  = "38;5;28;01"
	styleWordOp   = "38;5;129;01"
	styleBuiltin  = "38;5;28"
	styleFunction = "38;5;21"
	styleNumber   = "38;5;241"
	styleOperator = "38;5;241"
	styleString   = "38;5;124"
	styleComment  = "38;5;66;03"
)

// builtins are the names pygments shows as builtins.
var builtins = map[string]bool{}

func init() {
	for _, n := range strings.Fields("abs all any bin bool bytes callable chr complex dict dir divmod enumerate eval " +
		"filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter " +
		"len list locals map max min next object oct open ord pow print property range repr reversed round set " +
		"setattr slice sorted str sum super tuple type vars zip") {
		builtins[n] = true
	}
}

// highlight colours Python source: keywords, builtins, the name after
// def and class, numbers, strings, comments. input selects the input
// style (IPython's overrides for numbers and strings); otherwise
// pygments' default style, as in tracebacks. The visible text is
// unchanged.
func (sc *scheme) highlight(src string, input bool) string {
	if sc == nil || src == "" {
		return src
	}
	rs := []rune(src)
	var b strings.Builder
	at := 0
	prevWord := ""
	for _, t := range grammar.Tokens(src) {
		if t.Start < at || t.End > len(rs) {
			continue
		}
		b.WriteString(string(rs[at:t.Start]))
		text := string(rs[t.Start:t.End])
		style := ""
		switch t.Kind {
		case grammar.TokKeyword:
			style = styleKeyword
			switch text {
			case "in", "not", "and", "or", "is":
				style = styleWordOp
			}
		case grammar.TokName:
			switch {
			case prevWord == "def" || prevWord == "class":
				style = styleFunction
			case builtins[text]:
				style = styleBuiltin
			}
		case grammar.TokNumber:
			style = styleNumber
			if input {
				style = sc.number
			}
		case grammar.TokString:
			style = styleString
			if input {
				style = sc.str
			}
		case grammar.TokOperator:
			if !input {
				style = styleOperator
			}
		case grammar.TokComment:
			style = styleComment
		}
		if style == "" {
			b.WriteString(text)
		} else {
			b.WriteString("\x1b[" + style + "m" + text + "\x1b[39;00m")
		}
		prevWord = text
		at = t.End
	}
	b.WriteString(string(rs[at:]))
	return b.String()
}

var (
	tbRule = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^-{20,}$`) })
	tbHead = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^([A-Za-z_][\w.]*)(\s+Traceback \(most recent call last\))$`)
	})
	tbLocation = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(\s*)(Cell |File )(.+?)(?:(, in )([\w.<>]+)(\(.*\))?)?$`)
	})
	tbArrow   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(-*> \d+)( .*)?$`) })
	tbContext = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^( +\d+)( .*)?$`) })
	tbExc     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^([A-Za-z_][\w.]*(?:Error|Exception|Interrupt|Exit|Iteration|Warning))(:.*)?$`)
	})
)

// traceback colours an IPython-style traceback (FormatException's text
// for a cell) line by line in the scheme's colours.
func (sc *scheme) traceback(text string) string {
	if sc == nil {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		switch {
		case tbRule().MatchString(l):
			lines[i] = sgr(sc.topline, l)
		case tbHead().MatchString(l):
			m := tbHead().FindStringSubmatch(l)
			lines[i] = sgr(sc.excName, m[1]) + m[2]
		case tbArrow().MatchString(l):
			m := tbArrow().FindStringSubmatch(l)
			lines[i] = sgr(sc.arrow, m[1]) + sc.highlight(m[2], false)
		case tbContext().MatchString(l):
			m := tbContext().FindStringSubmatch(l)
			lines[i] = sgr(sc.lineno, m[1]) + sc.highlight(m[2], false)
		case tbExc().MatchString(l):
			m := tbExc().FindStringSubmatch(l)
			lines[i] = sgr(sc.excName, m[1]) + m[2]
		case tbLocation().MatchString(l):
			m := tbLocation().FindStringSubmatch(l)
			out := m[1] + m[2] + sgr(sc.location, m[3])
			if m[4] != "" {
				out += m[4] + sgr(sc.name, m[5]) + sgr(sc.args, m[6])
			}
			lines[i] = out
		}
	}
	return strings.Join(lines, "\n")
}
