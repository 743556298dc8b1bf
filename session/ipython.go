package session

import (
	"regexp"
	"strings"
	"sync"
)

// This file is IPython's input transformation (IPython 8's
// inputtransformer2.TransformerManager.transform_cell) for the cells of
// an interactive session: the cleanup of leading blank lines, leading
// indentation and pasted prompts, cell magics (%%name), and the escaped
// commands that may start any logical line (%magic, !cmd, !!cmd, and
// a = %magic, a = !cmd). The result is Python that calls get_ipython(),
// exactly the text IPython compiles, so tracebacks show the same lines.

var (
	classicPromptRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(>>>|\.\.\.)( |$)`) })
	classicInitialRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^>>>( |$)`) })
	ipythonPromptRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(((\[nav\]|\[ins\])? )?In \[\d+\]: |\s*\.{3,}: ?)`) })
	cellMagicHelpRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^%%\w+\?`) })
)

// ipythonTransform rewrites a cell as IPython does before compiling it.
func ipythonTransform(cell string) string {
	if !strings.HasSuffix(cell, "\n") {
		cell += "\n"
	}
	lines := strings.SplitAfter(cell, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	lines = leadingEmptyLines(lines)
	lines = leadingIndent(lines)
	lines = stripPrompts(lines, classicPromptRe(), classicInitialRe())
	lines = stripPrompts(lines, ipythonPromptRe(), ipythonPromptRe())
	if len(lines) > 0 && strings.HasPrefix(lines[0], "%%") && !cellMagicHelpRe().MatchString(lines[0]) {
		name, first, _ := strings.Cut(strings.TrimRight(lines[0][2:], " \t\r\n"), " ")
		body := strings.Join(lines[1:], "")
		return "get_ipython().run_cell_magic(" + strRepr(name) + ", " + strRepr(first) + ", " + strRepr(body) + ")\n"
	}
	// One escape at a time, from the top, as IPython re-tokenises after
	// each: a transformed line is plain Python and is not matched again.
	// The logical line starts are scanned again only after a change (a
	// 5,000-line paste would otherwise take seconds).
	starts := logicalLineStarts(lines)
	for i := 0; i < len(lines); i++ {
		if !starts[i] {
			continue
		}
		if next := transformEscape(lines, i); len(next) != len(lines) || next[i] != lines[i] {
			lines = next
			starts = logicalLineStarts(lines)
		}
	}
	return strings.Join(lines, "")
}

// leadingEmptyLines drops the blank lines before the first line with text.
func leadingEmptyLines(lines []string) []string {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return lines[i:]
		}
	}
	return lines
}

// leadingIndent removes the first line's indentation from every line
// that starts with it.
func leadingIndent(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	n := len(lines[0]) - len(strings.TrimLeft(lines[0], " \t"))
	if n == 0 {
		return lines
	}
	space := lines[0][:n]
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimPrefix(l, space)
	}
	return out
}

// stripPrompts removes pasted prompts (">>> ", "In [3]: ", "...: ") when
// the first line has one, or the second line has a continuation prompt.
func stripPrompts(lines []string, prompt, initial *regexp.Regexp) []string {
	if len(lines) == 0 {
		return lines
	}
	if !initial.MatchString(lines[0]) && !(len(lines) > 1 && prompt.MatchString(lines[1])) {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if loc := prompt.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
		}
		out[i] = l
	}
	return out
}

// logicalLineStarts reports for each physical line whether a logical
// line starts on it: not inside brackets or a string, and not after a
// backslash continuation.
func logicalLineStarts(lines []string) []bool {
	starts := make([]bool, len(lines))
	sc := pyScanner{}
	for i, l := range lines {
		starts[i] = sc.depth == 0 && sc.quote == "" && !sc.continued
		sc.scan(l)
	}
	return starts
}

// pyScanner follows just enough of Python's tokenizer to know, line by
// line, the bracket depth and whether a string or a backslash
// continuation is open.
type pyScanner struct {
	depth     int
	quote     string // the open string's quote (', ", ''' or """), or ""
	continued bool   // the last line ended with a backslash
	last      byte   // the last significant character outside comments
}

func (sc *pyScanner) scan(line string) {
	sc.continued = false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if sc.quote != "" {
			switch {
			case c == '\\':
				i++
			case strings.HasPrefix(line[i:], sc.quote):
				i += len(sc.quote) - 1
				sc.quote = ""
				sc.last = c
			case c == '\n' && len(sc.quote) == 1:
				sc.quote = "" // an unterminated string: Python's error
			}
			continue
		}
		switch c {
		case '#':
			return
		case '\'', '"':
			q := string(c)
			if strings.HasPrefix(line[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			sc.quote = q
			i += len(q) - 1
			continue
		case '(', '[', '{':
			sc.depth++
		case ')', ']', '}':
			if sc.depth > 0 {
				sc.depth--
			}
		case '\\':
			if strings.TrimRight(line[i+1:], "\r\n") == "" {
				sc.continued = true
				return
			}
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			sc.last = c
		}
	}
}

// continuedLine joins the physical lines of the logical line that starts
// at lines[i][col:] and continues with backslashes, as IPython's
// assemble_continued_line does; end is the index of its last line.
func continuedLine(lines []string, i, col int) (text string, end int) {
	end = i
	for strings.HasSuffix(lines[end], "\\\n") && end+1 < len(lines) {
		end++
	}
	parts := append([]string{lines[i][col:]}, lines[i+1:end+1]...)
	for k := range parts[:len(parts)-1] {
		p := strings.TrimRight(parts[k], " \t\r\n")
		parts[k] = p[:len(p)-1]
	}
	parts[len(parts)-1] = strings.TrimRight(parts[len(parts)-1], " \t\r\n")
	return strings.Join(parts, " "), end
}

// transformEscape rewrites the escaped command that the logical line at
// lines[i] holds, if any: %magic, !cmd and !!cmd at its start, or a
// magic or command on the right of its first top-level "=".
func transformEscape(lines []string, i int) []string {
	line := lines[i]
	body := strings.TrimLeft(line, " \t")
	col := len(line) - len(body)
	var call string
	switch {
	case strings.HasPrefix(body, "!!"):
		text, end := continuedLine(lines, i, col)
		call = "get_ipython().getoutput(" + strRepr(text[2:]) + ")"
		return spliceLine(lines, i, end, line[:col]+call+"\n")
	case strings.HasPrefix(body, "!"):
		text, end := continuedLine(lines, i, col)
		call = "get_ipython().system(" + strRepr(text[1:]) + ")"
		return spliceLine(lines, i, end, line[:col]+call+"\n")
	case strings.HasPrefix(body, "%"):
		text, end := continuedLine(lines, i, col)
		name, args, _ := strings.Cut(text[1:], " ")
		call = "get_ipython().run_line_magic(" + strRepr(name) + ", " + strRepr(args) + ")"
		return spliceLine(lines, i, end, line[:col]+call+"\n")
	}
	eq := assignOp(line)
	if eq < 0 {
		return lines
	}
	rhs := strings.TrimLeft(line[eq+1:], " \t")
	at := len(line) - len(rhs)
	switch {
	case strings.HasPrefix(rhs, "%") && len(rhs) > 1 && isIdentStart(rhs[1]):
		text, end := continuedLine(lines, i, at)
		name, args, _ := strings.Cut(text[1:], " ")
		call = "get_ipython().run_line_magic(" + strRepr(name) + ", " + strRepr(args) + ")"
		return spliceLine(lines, i, end, line[:at]+call+"\n")
	case strings.HasPrefix(rhs, "!") && !strings.HasPrefix(rhs, "!="):
		text, end := continuedLine(lines, i, at)
		call = "get_ipython().getoutput(" + strRepr(text[1:]) + ")"
		return spliceLine(lines, i, end, line[:at]+call+"\n")
	}
	return lines
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// assignOp returns the index of the line's first "=" that is an
// assignment at bracket depth 0 outside strings, or -1.
func assignOp(line string) int {
	depth := 0
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		if quote != 0 {
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '#':
			return -1
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case '=':
			prev := byte(' ')
			if i > 0 {
				prev = line[i-1]
			}
			next := byte(' ')
			if i+1 < len(line) {
				next = line[i+1]
			}
			if depth == 0 && next != '=' && !strings.ContainsRune("=!<>+-*/%&|^@:", rune(prev)) {
				return i
			}
			if next == '=' {
				i++
			}
		}
	}
	return -1
}

// spliceLine replaces lines[i..end] with repl.
func spliceLine(lines []string, i, end int, repl string) []string {
	out := append([]string{}, lines[:i]...)
	out = append(out, repl)
	return append(out, lines[end+1:]...)
}

// quietCell reports whether a transformed cell ends with a semicolon
// (comments and blank lines aside): IPython then neither shows nor
// stores its value.
func quietCell(cell string) bool {
	sc := pyScanner{}
	var last byte
	for _, l := range strings.SplitAfter(cell, "\n") {
		sc.last = 0
		sc.scan(l)
		if sc.last != 0 {
			last = sc.last
		}
	}
	return last == ';'
}
