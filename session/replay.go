package session

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// ReplayOptions configure [Session.Replay].
type ReplayOptions struct {
	// Pretty shows Out values in their pretty (2D) form instead of str().
	Pretty bool
	// KeepGoing runs the remaining cells after a cell raises; the error
	// is then part of the transcript only, and Replay returns nil.
	KeepGoing bool
	// Step, when not nil, is called before each cell (code or markdown);
	// it waits for the user (Enter) and returns false to stop the replay.
	Step func() bool
}

// cellRunner is what a replay needs from a session. *Session implements
// it; tests use fakes.
type cellRunner interface {
	RunCell(src string) Result
	FormatValue(v Value) string
	// swapOutput makes the session write program output to w and
	// returns the previous writer.
	swapOutput(w io.Writer) io.Writer
	// setPretty turns pretty Out values on or off.
	setPretty(on bool)
	// FlushFigures shows the figure the cell built (after its Out).
	FlushFigures()
}

// swapOutput redirects the session's program output (print, magics) to w
// and returns the writer it replaces.
func (s *Session) swapOutput(w io.Writer) io.Writer {
	old := s.out
	s.out = w
	return old
}

// setPretty turns the session's pretty Out display on or off.
func (s *Session) setPretty(on bool) { s.opts.Pretty = on }

// SetPretty turns the session's pretty (2D) Out display on or off.
func (s *Session) SetPretty(on bool) { s.setPretty(on) }

// Replay runs cells in s as a REPL would and writes to w the transcript
// an IPython terminal shows, without colour: for each code cell the
// prompt "In [n]: " with the first source line and "   ...: " (right
// aligned under the prompt) with each further line, then what the cell
// printed, then "Out[n]: " and the value (on the next line when it has
// several lines), then a blank line. A cell that raises shows the
// traceback instead of Out. Markdown cells show their text without the
// comment prefixes and take no number.
//
// Replay sets the session's Pretty option from opts.Pretty (a %pretty
// cell toggles it on the way). It stops at the first cell that raises and returns its error
// (an *Exception), unless opts.KeepGoing is set. It also stops, returning
// nil, when opts.Step returns false. Other errors come from w.
func (s *Session) Replay(w io.Writer, cells []Cell, opts ReplayOptions) error {
	return replay(s, w, cells, opts)
}

func replay(r cellRunner, w io.Writer, cells []Cell, opts ReplayOptions) error {
	r.setPretty(opts.Pretty)
	ew := &errWriter{w: w}
	for _, c := range cells {
		if opts.Step != nil && !opts.Step() {
			break
		}
		if c.Raw {
			continue
		}
		if c.Markdown {
			ew.printf("%s\n\n", markdownText(c.Source))
			if ew.err != nil {
				return ew.err
			}
			continue
		}
		if c.Setup {
			if err := runSetup(r, c.Source); err != nil {
				ew.printf("%s\n\n", strings.TrimRight(formatError(err), "\n"))
				return err
			}
			continue
		}
		res := replayCode(r, ew, c.Source, true)
		if ew.err != nil {
			return ew.err
		}
		if res.Err != nil && !opts.KeepGoing {
			return res.Err
		}
	}
	return ew.err
}

// replayCode runs the code cell src and writes its part of the
// transcript (the In echo when echo is set, what it printed, Out or the
// traceback, its figure, a blank line).
func replayCode(r cellRunner, ew *errWriter, src string, echo bool) Result {
	var printed bytes.Buffer
	old := r.swapOutput(&printed)
	res := runCellSafely(r, src)
	r.swapOutput(old)

	if echo {
		ew.printf("%s", inputEcho(res.N, src))
	}
	ew.write(printed.Bytes())
	if printed.Len() > 0 && !bytes.HasSuffix(printed.Bytes(), []byte("\n")) {
		// IPython's prompt starts on a fresh line.
		ew.printf("\n")
	}
	if res.Err != nil {
		ew.printf("%s\n", strings.TrimRight(formatError(res.Err), "\n"))
	} else if res.Value != nil {
		ew.printf("%s\n", outLine(res.N, r.FormatValue(res.Value)))
	}
	printed.Reset()
	old = r.swapOutput(&printed)
	r.FlushFigures()
	r.swapOutput(old)
	ew.write(printed.Bytes())
	ew.printf("\n")
	return res
}

// RunCellShown runs the code cell src as Replay does for one cell,
// writing to w what it printed, its Out value or traceback and its
// figure, without the In echo (a demo has shown the code already).
func (s *Session) RunCellShown(w io.Writer, src string) Result {
	ew := &errWriter{w: w}
	return replayCode(s, ew, src, false)
}

// InputEcho is the In prompt and code a transcript shows for cell n.
func InputEcho(n int, src string) string { return inputEcho(n, src) }

// MarkdownText is a markdown cell's text without its comment prefixes.
func MarkdownText(src string) string { return markdownText(src) }

// runSetup runs the source of a setup cell silently and unnumbered when
// r can (a *Session), else as a cell whose output is dropped.
func runSetup(r cellRunner, src string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &Exception{Type: "SystemError", Msg: fmt.Sprintf("internal error: %v", p)}
		}
	}()
	old := r.swapOutput(io.Discard)
	defer r.swapOutput(old)
	if x, ok := r.(interface{ runSetupCode(src string) error }); ok {
		return x.runSetupCode(src)
	}
	return r.RunCell(src).Err
}

// runCellSafely runs src, turning a panic of the interpreter into an
// internal error rather than a crash.
func runCellSafely(r cellRunner, src string) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			res.Err = &Exception{Type: "SystemError", Msg: fmt.Sprintf("internal error: %v", p)}
		}
	}()
	return r.RunCell(src)
}

// inputPrompt returns IPython's input prompt "In [n]: ".
func inputPrompt(n int) string { return fmt.Sprintf("In [%d]: ", n) }

// continuationPrompt returns IPython's continuation prompt for a cell
// numbered n: "...: " right-aligned to the width of "In [n]: ".
func continuationPrompt(n int) string {
	width := len(inputPrompt(n))
	return strings.Repeat(" ", width-5) + "...: "
}

// inputEcho returns the prompt lines a terminal shows for cell n.
func inputEcho(n int, src string) string {
	var sb strings.Builder
	for i, l := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		if i == 0 {
			sb.WriteString(inputPrompt(n))
		} else {
			sb.WriteString(continuationPrompt(n))
		}
		sb.WriteString(l)
		sb.WriteString("\n")
	}
	if EndsInBlock(src) {
		// the empty line that ended the block at the prompt
		sb.WriteString(continuationPrompt(n) + "\n")
	}
	return sb.String()
}

// EndsInBlock reports whether the last logical line of src (brackets
// and backslashes join physical lines) is indented, inside a block, or
// is a decorator: an interactive prompt then waits for a blank line
// before running src, as IPython does, so that the block can go on.
// Trailing blank lines are ignored, so src that such a line closed
// still ends in its block.
func EndsInBlock(src string) bool {
	src = strings.TrimRight(src, " \t\r\n")
	start, depth := 0, 0
	quote := ""
	for i := 0; i < len(src); i++ {
		c := src[i]
		if quote != "" {
			switch {
			case c == '\\':
				i++
			case strings.HasPrefix(src[i:], quote):
				i += len(quote) - 1
				quote = ""
			}
			continue
		}
		switch c {
		case '#':
			if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
				i += j - 1
			} else {
				i = len(src)
			}
		case '\'', '"':
			quote = string(c)
			if strings.HasPrefix(src[i:], strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
				i += 2
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case '\\':
			i++ // a backslash joins the next line
		case '\n':
			if depth == 0 {
				start = i + 1
			}
		}
	}
	last := src[start:]
	return last != "" && (last[0] == ' ' || last[0] == '\t' || last[0] == '@')
}

// outLine returns "Out[n]: " and the value's text; a text of several
// lines starts on the next line, as IPython's display hook does.
func outLine(n int, text string) string {
	prompt := fmt.Sprintf("Out[%d]: ", n)
	if strings.Contains(text, "\n") {
		return prompt + "\n" + text
	}
	return prompt + text
}

// formatError returns the text a REPL shows for err: the interpreter's
// traceback when err can format one (a Traceback() string method), else
// the last line of a traceback, "Type: message".
func formatError(err error) string {
	if tb, ok := err.(interface{ Traceback() string }); ok {
		return tb.Traceback()
	}
	if e, ok := err.(*Exception); ok {
		return e.lastLine()
	}
	return err.Error()
}

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) write(p []byte) {
	if e.err == nil && len(p) > 0 {
		_, e.err = e.w.Write(p)
	}
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
