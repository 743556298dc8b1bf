package session

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/dcalc/dcalc/grammar"
)

// Cell is one cell of a .dcalc script.
type Cell struct {
	// Markdown marks a text cell: its lines are comments, shown without
	// their "# " prefix and never run.
	Markdown bool
	// Raw marks a raw cell (tag [raw], as Jupytext writes Jupyter's raw
	// cells): commented text that is neither shown nor run.
	Raw bool
	// Setup marks a cell (tag [setup]) that prepares the namespace, as
	// the isympy names %save writes first for a REPL session: replay runs
	// it without showing or numbering it; a program runs it as usual.
	Setup bool
	// Title is the text after "# %%" on the cell's marker line, without
	// the [markdown] or [setup] tag.
	Title string
	// Source is the cell's text without its marker line and without
	// leading and trailing blank lines.
	Source string
	// Line is the number of the cell's first source line in the file.
	Line int
}

// ParseScript splits the .dcalc script src, named name, into cells.
//
// A script in the percent format (Jupytext, VS Code) has cells that start
// at lines beginning with "# %%", optionally followed by a title and a
// "[markdown]" (or "[md]") tag. Text before the first marker that is not
// blank is a cell of its own. Cells with only blank lines are dropped.
//
// A script with no markers runs one top-level statement per cell: src is
// parsed and each statement, with the whole lines it spans, is a cell
// (statements sharing a line share a cell). Comments and blank lines
// between statements belong to no cell. Lines starting with % or ?, or
// of the form name? (magics and help), are cells of their own. The error
// is the parser's *grammar.ErrorList when src has no markers and does not
// parse.
func ParseScript(name, src string) ([]Cell, error) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for _, l := range lines {
		if isMarker(l) {
			return splitPercent(lines), nil
		}
	}
	return splitStatements(name, lines)
}

// isMarker reports whether line starts a percent-format cell.
func isMarker(line string) bool {
	if strings.HasPrefix(line, "#%%") { // Jupytext reads "#%%" too
		line = "# " + line[1:]
	}
	if !strings.HasPrefix(line, "# %%") {
		return false
	}
	rest := line[len("# %%"):]
	// "# %%%" or "# %%foo" is not a marker; "# %%", "# %% title" are.
	return rest == "" || rest[0] == ' ' || rest[0] == '\t'
}

// parseMarker returns the title and the markdown, raw and setup tags of
// a marker line.
func parseMarker(line string) (title string, markdown, raw, setup bool) {
	rest := strings.TrimSpace(line[strings.Index(line, "%%")+2:])
	cut := func(tag string) bool {
		i := strings.Index(rest, tag)
		if i < 0 {
			return false
		}
		rest = strings.TrimSpace(rest[:i] + rest[i+len(tag):])
		return true
	}
	markdown = cut("[markdown]") || cut("[md]")
	raw = cut("[raw]")
	setup = cut("[setup]")
	return rest, markdown, raw, setup
}

func splitPercent(lines []string) []Cell {
	var cells []Cell
	flush := func(c Cell, body []string, first int) {
		// Trim blank lines at both ends, keeping Line exact.
		for len(body) > 0 && strings.TrimSpace(body[0]) == "" {
			body = body[1:]
			first++
		}
		for len(body) > 0 && strings.TrimSpace(body[len(body)-1]) == "" {
			body = body[:len(body)-1]
		}
		if len(body) == 0 {
			return
		}
		if !c.Markdown && !c.Raw {
			body = uncommentMagics(body)
		}
		c.Source = strings.Join(body, "\n")
		c.Line = first
		cells = append(cells, c)
	}
	var cur Cell
	var body []string
	first := 1
	for i, l := range lines {
		if isMarker(l) {
			flush(cur, body, first)
			cur = Cell{}
			cur.Title, cur.Markdown, cur.Raw, cur.Setup = parseMarker(l)
			body = nil
			first = i + 2
			continue
		}
		body = append(body, l)
	}
	flush(cur, body, first)
	return cells
}

// isSpecialLine reports whether line is a magic (%name) or a help request
// (?name, name?, name??), which the parser does not know.
func isSpecialLine(line string) bool {
	if strings.HasPrefix(line, "%") || strings.HasPrefix(line, "?") {
		return true
	}
	t := strings.TrimRight(line, " \t")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	t = strings.TrimRight(t, "?")
	return t != "" && isDottedName(t)
}

// isDottedName reports whether s is name(.name)*.
func isDottedName(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if !isIdent(part) {
			return false
		}
	}
	return true
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			continue
		}
		if i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

func splitStatements(name string, lines []string) ([]Cell, error) {
	// Magic and help lines become their own cells; blank them for the
	// parser so that line numbers stay the same.
	code := make([]string, len(lines))
	var special []Cell
	for i, l := range lines {
		if isSpecialLine(l) {
			special = append(special, Cell{Source: l, Line: i + 1})
			continue
		}
		code[i] = l
	}
	f, err := grammar.Parse(name, strings.Join(code, "\n")+"\n")
	if err != nil {
		return nil, err
	}
	var cells []Cell
	next := 0 // index into special
	lastEnd := 0
	for _, st := range f.Stmts {
		from, to := st.Pos().Line, st.End().Line
		if to < from {
			to = from
		}
		if from <= lastEnd && len(cells) > 0 {
			// Shares a line with the previous statement: extend its cell.
			c := &cells[len(cells)-1]
			if to > lastEnd {
				c.Source += "\n" + strings.Join(lines[lastEnd:to], "\n")
				lastEnd = to
			}
			continue
		}
		for next < len(special) && special[next].Line < from {
			cells = append(cells, special[next])
			next++
		}
		cells = append(cells, Cell{Source: strings.Join(lines[from-1:to], "\n"), Line: from})
		lastEnd = to
	}
	cells = append(cells, special[next:]...)
	return cells, nil
}

// WriteScript writes cells to w in the percent format, a "# %%" marker
// line (with the title and a [markdown] or [setup] tag) before each cell and a blank
// line between cells, so that ParseScript gives the cells back.
func WriteScript(w io.Writer, cells []Cell) error {
	bw := bufio.NewWriter(w)
	for i, c := range cells {
		if i > 0 {
			bw.WriteString("\n")
		}
		marker := "# %%"
		if c.Title != "" {
			marker += " " + c.Title
		}
		if c.Markdown {
			marker += " [markdown]"
		}
		if c.Raw {
			marker += " [raw]"
		}
		if c.Setup {
			marker += " [setup]"
		}
		fmt.Fprintln(bw, marker)
		src := strings.Trim(c.Source, "\n")
		if c.Markdown || c.Raw {
			for _, l := range strings.Split(src, "\n") {
				if !strings.HasPrefix(l, "#") {
					l = strings.TrimRight("# "+l, " ")
				}
				fmt.Fprintln(bw, l)
			}
			continue
		}
		fmt.Fprintln(bw, strings.Join(commentMagics(strings.Split(src, "\n")), "\n"))
	}
	return bw.Flush()
}

// Magics in a percent-format script are comments, as Jupytext writes
// them ("# %time f(x)", "# !ls"), so that python3 and dcalc FILE run the
// script; reading it back (replay, nb convert) takes one level of "# "
// off again. A comment that already looks like a magic gets one more
// level when written, so that it reads back as a comment. Lines inside
// triple-quoted strings are left alone.
var (
	magicRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(# |#)*(%|%%|%%%)[a-zA-Z]`) })
	shellRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(# |#)*\s*(\?|!)\s*[A-Za-z.~$\\/{}]`) })
	helpRE  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(# |#)*\s*[A-Za-z_][A-Za-z_0-9.]*\?{1,2}\s*$`) })
)

// commentMagics comments out the magic, shell and help lines of a code
// cell (one more "# ").
func commentMagics(lines []string) []string {
	return eachMagicLine(lines, func(l string, indent int) string { return l[:indent] + "# " + l[indent:] })
}

// uncommentMagics takes one level of "# " (or "#") off the commented
// magic, shell and help lines of a code cell (not off a shebang line,
// #!/usr/bin/env python3).
func uncommentMagics(lines []string) []string {
	return eachMagicLine(lines, func(l string, indent int) string {
		switch rest := l[indent:]; {
		case strings.HasPrefix(rest, "#!/"): // a shebang line
			return l
		case strings.HasPrefix(rest, "# "):
			return l[:indent] + rest[2:]
		case strings.HasPrefix(rest, "#"):
			return l[:indent] + rest[1:]
		}
		return l
	})
}

// eachMagicLine applies f (given the line and its indentation) to each
// magic, shell or help line outside triple-quoted strings.
func eachMagicLine(lines []string, f func(l string, indent int) string) []string {
	out := make([]string, len(lines))
	quote := "" // the triple quote an open string started with
	for i, l := range lines {
		out[i] = l
		if quote == "" && (magicRE().MatchString(l) || shellRE().MatchString(l) || helpRE().MatchString(l)) {
			out[i] = f(l, len(l)-len(strings.TrimLeft(l, " \t")))
			continue
		}
		for _, q := range []string{`"""`, `'''`} {
			if (quote == "" || quote == q) && strings.Count(l, q)%2 == 1 {
				if quote == "" {
					quote = q
				} else {
					quote = ""
				}
			}
		}
	}
	return out
}

// markdownText returns the text of a markdown cell: each line without its
// "# " (or "#") comment prefix.
func markdownText(src string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "# "):
			lines[i] = l[2:]
		case strings.HasPrefix(l, "#"):
			lines[i] = l[1:]
		}
	}
	return strings.Join(lines, "\n")
}
