package repl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/dcalc/dcalc/session"
)

// Options configure [Run]. The zero value runs a bare loop.
type Options struct {
	// Banner is written before the first prompt, followed by a blank
	// line; "" writes nothing.
	Banner string
	// Completer, when set, gets a snapshot of the session's names before
	// each prompt and may look up attributes while a line is read.
	Completer *Completer
	// NoSignals leaves SIGINT alone: Ctrl-C while a cell runs then kills
	// the process as usual. Tests of the loop set it.
	NoSignals bool
	// Width, when set, gives the terminal's width before each cell runs
	// (0 when unknown), so output follows a resized terminal.
	Width func() int
}

// interp is what the loop needs from a session; *session.Session
// provides it through sessionInterp, tests through fakes.
type interp interface {
	RunCell(src string) session.Result
	FormatValue(v session.Value) string
	FormatException(err error) string
	IsComplete(src string) bool
	Names() []string
	Attrs(expr string) []string
	Interrupt()
	// TakeLoadedInput returns and clears the text %load left for the
	// next input.
	TakeLoadedInput() string
	// SetWidth sets the width output is laid out for.
	SetWidth(w int)
	// Colors is the colour scheme %colors chose (IPython's names).
	Colors() string
	// SetAsk sets how magics ask the user yes/no questions.
	SetAsk(ask func(prompt string) bool)
	// SetInput sets how input() reads a line.
	SetInput(f func(prompt string) (string, error))
	// FlushFigures shows the figure the cell built, after its Out.
	FlushFigures()
	// Count is the number of the last cell run (0 before any).
	Count() int
}

// Prefiller is implemented by line readers that can start the next line
// with text already in the editor (as %load does in IPython).
type Prefiller interface {
	// ReadLineWith is ReadLine with text in the editor, ready to edit.
	ReadLineWith(prompt, text string) (string, error)
}

// Run is the read-eval-print loop: it reads cells from lr, runs them in
// s and writes prompts' results to out until the input ends (Ctrl-D) or
// the user types exit or quit. Program output (print) goes wherever s
// writes it, normally the same out. Errors in cells are printed and the
// loop goes on; Run returns only the reader's own errors.
func Run(s *session.Session, lr LineReader, out io.Writer, opts Options) error {
	return run(sessionInterp{s}, lr, out, opts)
}

// exitWords end the REPL as they do in IPython.
var exitWords = map[string]bool{"exit": true, "quit": true, "exit()": true, "quit()": true}

func run(in interp, lr LineReader, out io.Writer, opts Options) error {
	if opts.Banner != "" {
		fmt.Fprintf(out, "%s\n\n", opts.Banner)
	}
	if opts.Completer != nil {
		opts.Completer.setAttrs(in.Attrs)
	}
	in.SetAsk(func(prompt string) bool { return askYesNo(lr, prompt) })
	in.SetInput(func(prompt string) (string, error) {
		line, err := lr.ReadLine(prompt)
		if errors.Is(err, ErrInterrupt) {
			return "", session.ErrInputInterrupt
		}
		return line, err
	})
	var ev evaluator
	ev.in = in
	if !opts.NoSignals {
		stop := ev.catchInterrupts()
		defer stop()
	}
	n := in.Count() + 1 // a demo's REPL goes on from its cells
	sep := false        // print IPython's blank separator line before the prompt
	for {
		if sep {
			io.WriteString(out, "\n")
		}
		sep = true
		if opts.Completer != nil {
			opts.Completer.SetNames(safeNames(in))
		}
		// colour on a terminal, in the scheme %colors chose
		var sc *scheme
		if tr, ok := lr.(*TerminalReader); ok {
			sc = schemeNamed(in.Colors())
			tr.setScheme(sc)
		}
		ev.sc = sc
		cell, err := readCell(in, lr, n, opts.Completer, safeLoaded(in), sc)
		switch {
		case errors.Is(err, ErrInterrupt):
			sep = false
			continue
		case err == io.EOF && cell == "":
			return nil
		case err != nil && err != io.EOF:
			return err
		}
		eof := err == io.EOF
		if strings.TrimSpace(cell) == "" {
			if eof {
				return nil
			}
			continue
		}
		if herr := lr.AddHistory(cell); herr != nil {
			fmt.Fprintf(out, "warning: history not saved: %v\n", herr)
		}
		if exitWords[strings.TrimSpace(cell)] {
			return nil
		}
		if opts.Width != nil {
			if w := opts.Width(); w > 0 {
				in.SetWidth(w)
			}
		}
		if res := ev.runCell(cell, out); res.N > 0 {
			n = res.N + 1
		} else {
			n++
		}
		if eof {
			return nil
		}
	}
}

// readCell reads the lines of one cell: the first after the In [n]:
// prompt, more after the continuation prompt until the session says the
// cell is complete. At end of input it returns what was read with io.EOF.
func readCell(in interp, lr LineReader, n int, c *Completer, loaded string, sc *scheme) (string, error) {
	plain := fmt.Sprintf("In [%d]: ", n)
	prompt, cont := sc.inPrompt(n), sc.contPrompt(continuationPrompt(plain))
	var lines []string
	// a loaded cell (%load, %recall) comes back in the editor: whole
	// where the editor edits multi-line cells, else a line at a time,
	// each at its prompt
	var queue []string
	prefill := ""
	if ce, ok := lr.(interface{ EditsCells() bool }); ok && ce.EditsCells() {
		prefill = loaded // the editor takes the cell whole
	} else if loaded != "" {
		queue = strings.Split(loaded, "\n")
	}
	for {
		p := prompt
		if len(lines) > 0 {
			p = cont
		}
		if c != nil {
			c.setActive(true)
		}
		var line string
		var err error
		if len(queue) > 0 {
			prefill, queue = queue[0], queue[1:]
		}
		if pf, ok := lr.(Prefiller); ok && prefill != "" {
			line, err = pf.ReadLineWith(p, prefill)
		} else {
			line, err = lr.ReadLine(p)
		}
		prefill = ""
		if c != nil {
			c.setActive(false)
		}
		if err != nil {
			if err == io.EOF {
				return trimBlankLines(strings.Join(lines, "\n")), io.EOF
			}
			return "", err
		}
		if len(lines) == 0 && strings.TrimSpace(line) == "" && len(queue) == 0 {
			return "", nil
		}
		recalled := strings.Contains(line, "\n")
		lines = append(lines, strings.Split(line, "\n")...)
		src := strings.Join(lines, "\n")
		if len(queue) > 0 {
			continue // the rest of the loaded cell first
		}
		if safeIsComplete(in, src) && !waitsForBlank(lines) {
			return trimBlankLines(src), nil
		}
		// A cell recalled from history ran as a whole before: a block at
		// its end is closed as a blank line would close it.
		if recalled && safeIsComplete(in, src+"\n") {
			return trimBlankLines(src), nil
		}
		if !recalled && !pasting(lr) {
			prefill = nextIndent(lines)
		}
	}
}

// pasting reports whether lr says the text arriving now was pasted
// rather than typed: pasted lines bring their own indentation.
func pasting(lr LineReader) bool {
	p, ok := lr.(interface{ Pasting() bool })
	return ok && p.Pasting()
}

// nextIndent is the indentation IPython's autoindent puts on the next
// continuation line: that of the last line, four more spaces when the
// last line ends with a colon (a block starts), ignoring a comment.
// Tabs count as four spaces.
func nextIndent(lines []string) string {
	last := lines[len(lines)-1]
	lead := last[:len(last)-len(strings.TrimLeft(last, " \t"))]
	n := len(strings.ReplaceAll(lead, "\t", "    "))
	if strings.HasSuffix(strings.TrimRight(stripComment(last), " \t"), ":") {
		n += 4
	}
	return strings.Repeat(" ", n)
}

// stripComment removes a # comment from a line of Python, leaving #
// inside string literals alone.
func stripComment(line string) string {
	var quote rune
	escaped := false
	for i, r := range line {
		switch {
		case escaped:
			escaped = false
		case quote != 0 && r == '\\':
			escaped = true
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#':
			return line[:i]
		}
	}
	return line
}

// askYesNo asks prompt on lr; "y" or "yes" is yes, "n" or "no" is no,
// anything else (an empty line, Ctrl-C, end of input) takes the default
// that the prompt shows in brackets: "(y/[n])" means no.
func askYesNo(lr LineReader, prompt string) bool {
	def := strings.Contains(strings.ToLower(prompt), "[y]")
	line, err := lr.ReadLine(prompt)
	if err != nil {
		return def
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return true
	case "n", "no":
		return false
	}
	return def
}

// trimBlankLines drops the blank lines that end a cell (the one that
// closed a block): the cell is run and kept in history without them.
func trimBlankLines(src string) string {
	lines := strings.Split(src, "\n")
	for len(lines) > 1 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// waitsForBlank reports whether lines, complete as they stand, end
// inside a block (an indented last line, or a decorator) that no blank
// line has closed: as in IPython, such a cell runs only after an empty
// line, so that more body lines (or else/elif/except clauses) can
// follow. A compound statement followed by an unindented line runs at
// once.
func waitsForBlank(lines []string) bool {
	last := lines[len(lines)-1]
	return strings.TrimSpace(last) != "" && session.EndsInBlock(strings.Join(lines, "\n"))
}

// continuationPrompt is IPython's "...: " right-aligned under prompt.
func continuationPrompt(prompt string) string {
	w := utf8.RuneCountInString(prompt)
	if w < 5 {
		w = 5
	}
	return strings.Repeat(" ", w-5) + "...: "
}

// evaluator runs cells and routes SIGINT to the session while one runs.
type evaluator struct {
	in      interp
	running atomic.Bool
	// sc colours Out prompts and tracebacks (nil: no colour)
	sc *scheme
}

// catchInterrupts handles SIGINT until stop is called: while a cell runs
// it interrupts the session, at other times (printing a result) the
// signal is dropped so the session survives. While a line is read the
// terminal is in raw mode and Ctrl-C arrives as a key, not a signal.
func (ev *evaluator) catchInterrupts() (stop func()) {
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, os.Interrupt)
	go func() {
		for {
			select {
			case <-ch:
				if ev.running.Load() {
					safeInterrupt(ev.in)
				}
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// runCell runs cell and prints Out[N] or the error.
func (ev *evaluator) runCell(cell string, out io.Writer) session.Result {
	ev.running.Store(true)
	res := safeRunCell(ev.in, cell)
	ev.running.Store(false)
	switch {
	case res.Err != nil:
		writeBlock(out, ev.sc.traceback(safeFormat(func() string { return ev.in.FormatException(res.Err) })))
	case res.Value != nil:
		text := safeFormat(func() string { return ev.in.FormatValue(res.Value) })
		if strings.Contains(text, "\n") {
			// IPython starts a multi-line value on its own line so that
			// its columns line up.
			text = "\n" + text
		}
		writeBlock(out, ev.sc.outPrompt(res.N)+text)
	}
	ev.in.FlushFigures()
	return res
}

// writeBlock writes s ending in exactly one newline.
func writeBlock(out io.Writer, s string) {
	io.WriteString(out, strings.TrimRight(s, "\n")+"\n")
}

// The safe* wrappers keep a panic in the session from ending the REPL:
// it is reported like an exception and the loop goes on.

func safeRunCell(in interp, cell string) (res session.Result) {
	defer func() {
		if r := recover(); r != nil {
			res = session.Result{Err: internalError(r)}
		}
	}()
	return in.RunCell(cell)
}

func safeIsComplete(in interp, src string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = true // let RunCell report the problem
		}
	}()
	return in.IsComplete(src)
}

func safeNames(in interp) (names []string) {
	defer func() { recover() }()
	return in.Names()
}

func safeLoaded(in interp) (text string) {
	defer func() { recover() }()
	return strings.TrimRight(in.TakeLoadedInput(), "\n")
}

func safeInterrupt(in interp) {
	defer func() { recover() }()
	in.Interrupt()
}

func safeFormat(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "internal error: " + fmt.Sprint(r)
		}
	}()
	return f()
}

// internalError is the exception shown for a panic in the session.
func internalError(r any) error {
	return &session.Exception{Type: "SystemError", Msg: fmt.Sprintf("internal error: %v", r)}
}
