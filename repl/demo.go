package repl

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/dcalc/dcalc/session"
)

// DemoOptions configure [Demo].
type DemoOptions struct {
	// Clear clears the screen before each cell.
	Clear bool
	// Color makes headings bold and the prompts dim (ANSI escapes).
	Color bool
	// Steps shows the derivation steps of each derivative a cell
	// takes with diff(...) (as steps() shows them).
	Steps bool
}

// Demo walks a teacher through cells in front of a class, in the manner
// of IPython's demo module: a code cell's source is shown first and runs
// only when the teacher presses Enter; then its output is shown. Keys
// (single key presses when lr is a [KeyReader], else each a line):
// Enter runs the shown cell or goes on, b
// goes back one cell, r runs the last cell again, s skips the shown
// cell, i opens the REPL on the demo's namespace (Ctrl-D comes back),
// q quits. Markdown cells are shown as text for the terminal: headings
// in bold, $...$ mathematics in unicode where it converts.
func Demo(s *session.Session, cells []session.Cell, lr LineReader, out io.Writer, opts DemoOptions) error {
	dim := func(t string) string {
		if opts.Color {
			return "\x1b[2m" + t + "\x1b[0m"
		}
		return t
	}
	var shown []int // the cells to walk: code and markdown
	for i, c := range cells {
		if c.Setup {
			if res := s.RunCell(c.Source); res.Err != nil {
				return res.Err
			}
			continue
		}
		if !c.Raw {
			shown = append(shown, i)
		}
	}
	ask := func(keys string) (string, error) {
		if kr, ok := lr.(KeyReader); ok {
			return kr.ReadKey(dim("-- " + keys + " -- "))
		}
		line, err := lr.ReadLine(dim("-- " + keys + " -- "))
		return strings.TrimSpace(line), err
	}
	last := -1       // the last code cell that ran
	ranLast := false // a cell's output is on the screen
	for k := 0; ; {
		if k == len(shown) {
			key, err := ask("end of the demo; b: back, r: run the last cell again, i: interactive, q or Enter: quit")
			switch {
			case err != nil || key == "q" || key == "":
				return nil
			case key == "b":
				k = max(k-1, 0)
			case key == "r" && last >= 0:
				demoRun(s, cells[last].Source, out, opts)
			case key == "i":
				fmt.Fprintln(out, dim("(the demo's namespace; Ctrl-D returns to the demo)"))
				if err := Run(s, lr, out, Options{}); err != nil {
					return err
				}
			}
			continue
		}
		c := cells[shown[k]]
		if opts.Clear && ranLast {
			// let the class read the output before the screen clears
			ranLast = false
			key, err := ask("Enter: next cell, q: quit")
			if err != nil || key == "q" {
				return nil
			}
		}
		if opts.Clear {
			io.WriteString(out, "\x1b[H\x1b[2J")
		}
		fmt.Fprintln(out, dim(fmt.Sprintf("[cell %d of %d]", k+1, len(shown))))
		if c.Markdown {
			fmt.Fprintf(out, "%s\n\n", markdownTerminal(session.MarkdownText(c.Source), opts.Color))
		} else {
			io.WriteString(out, session.InputEcho(s.Count()+1, c.Source))
		}
		keys := "Enter: run, s: skip, b: back, r: run the last cell again, i: interactive, q: quit"
		if c.Markdown {
			keys = "Enter: next, b: back, r: run the last cell again, i: interactive, q: quit"
		}
		key, err := ask(keys)
		if err != nil {
			return nil // end of input ends the demo
		}
		switch key {
		case "q":
			return nil
		case "b":
			k = max(k-1, 0)
			continue
		case "s":
			k++
			continue
		case "r":
			if last >= 0 {
				demoRun(s, cells[last].Source, out, opts)
			}
			continue
		case "i":
			fmt.Fprintln(out, dim("(the demo's namespace; Ctrl-D returns to the demo)"))
			if err := Run(s, lr, out, Options{}); err != nil {
				return err
			}
			continue
		case "":
		default:
			fmt.Fprintln(out, dim("unknown key "+key))
			continue
		}
		if !c.Markdown {
			demoRun(s, c.Source, out, opts)
			last, ranLast = shown[k], true
		}
		k++
	}
}

// demoDiff finds diff(...) calls that are a cell line's value or
// assigned value.
var demoDiff = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^\s*(?:[A-Za-z_][A-Za-z_0-9]*\s*=\s*)?(diff\(.*\))\s*$`)
})

// demoRun runs a code cell, then (with Steps) the steps of each
// derivative it took.
func demoRun(s *session.Session, src string, out io.Writer, opts DemoOptions) {
	s.RunCellShown(out, src)
	if !opts.Steps {
		return
	}
	for _, m := range demoDiff().FindAllStringSubmatch(src, -1) {
		if !oneCall(m[1]) {
			continue // diff(a, x), diff(b, y): not one call
		}
		if err := s.RunSilent("steps(" + m[1] + ")"); err != nil {
			io.WriteString(out, s.FormatException(err))
		}
	}
}

// markdownTerminal renders markdown text for a terminal: heading lines
// lose their #s (and are bold with colour), and $...$ or $$...$$
// mathematics is shown in unicode where its LaTeX converts.
func markdownTerminal(text string, color bool) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		l = mathSpan().ReplaceAllStringFunc(l, func(m string) string { return latexToUnicode(strings.Trim(m, "$")) })
		if h := strings.TrimLeft(l, "#"); h != l && strings.HasPrefix(h, " ") {
			l = strings.TrimSpace(h)
			if color {
				l = "\x1b[1m" + l + "\x1b[0m"
			}
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

var mathSpan = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\$\$[^$]+\$\$|\$[^$]+\$`) })

// latexReplacer turns common LaTeX commands into unicode.
var latexReplacer = strings.NewReplacer(
	`\partial `, "∂", `\partial`, "∂", `\cdot`, "⋅", `\times`, "×", `\infty`, "∞", `\to`, "→",
	`\alpha`, "α", `\beta`, "β", `\gamma`, "γ", `\delta`, "δ", `\epsilon`, "ε",
	`\theta`, "θ", `\lambda`, "λ", `\mu`, "μ", `\pi`, "π", `\sigma`, "σ",
	`\phi`, "φ", `\omega`, "ω", `\nabla`, "∇", `\sum`, "∑", `\int`, "∫",
	`\leq`, "≤", `\geq`, "≥", `\neq`, "≠", `\approx`, "≈", `\prime`, "′",
	`\left`, "", `\right`, "", `\,`, " ", `\ `, " ",
)

var (
	latexFrac = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\\frac\{([^{}]*)\}\{([^{}]*)\}`) })
	simple    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9∂]+$`) })
	latexSqrt = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\\sqrt\{([^{}]*)\}`) })
	latexSup  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\^(\{[^{}]*\}|[0-9a-z+\-])`) })
	latexSub  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`_(\{[^{}]*\}|[0-9a-z])`) })
	latexCmd  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\\([A-Za-z]+)`) })
)

var superscripts = map[rune]rune{'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', 'n': 'ⁿ', 'i': 'ⁱ', 'x': 'ˣ', 'y': 'ʸ', 'k': 'ᵏ', 'm': 'ᵐ'}
var subscripts = map[rune]rune{'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', 'x': 'ₓ', 'i': 'ᵢ', 'j': 'ⱼ', 'k': 'ₖ', 'n': 'ₙ'}

// latexToUnicode converts simple LaTeX; what it cannot convert (a
// superscript with no unicode form) keeps its ^ or _ notation.
func latexToUnicode(s string) string {
	s = latexFrac().ReplaceAllStringFunc(s, func(m string) string {
		parts := latexFrac().FindStringSubmatch(m)
		for i := 1; i <= 2; i++ {
			if p := latexReplacer.Replace(parts[i]); !simple().MatchString(strings.ReplaceAll(p, " ", "")) {
				parts[i] = "(" + parts[i] + ")"
			}
		}
		return parts[1] + "/" + parts[2]
	})
	s = latexSqrt().ReplaceAllString(s, "√($1)")
	s = latexReplacer.Replace(s)
	script := func(re *regexp.Regexp, table map[rune]rune, mark string) {
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			body := strings.Trim(m[1:], "{}")
			var b strings.Builder
			for _, r := range body {
				u, ok := table[r]
				if !ok {
					return mark + "(" + body + ")"
				}
				b.WriteRune(u)
			}
			return b.String()
		})
	}
	script(latexSup(), superscripts, "^")
	script(latexSub(), subscripts, "_")
	s = latexCmd().ReplaceAllString(s, "$1")
	s = strings.NewReplacer("{", "", "}", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// oneCall reports whether the parenthesis opened after the call's name
// closes at the end of call.
func oneCall(call string) bool {
	depth := 0
	for i, r := range call {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 && i != len(call)-1 {
				return false
			}
		}
	}
	return depth == 0
}
