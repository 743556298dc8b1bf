package repl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/chzyer/readline"

	"github.com/dcalc/dcalc/session"
)

// historyNewline stands for a newline when a multi-line cell is in the
// line editor (recalled with Up or Ctrl-R): readline edits one line, so a
// cell is shown and edited as one line with ↵ between its lines, and
// turned back into lines when entered.
const historyNewline = "↵"

// TerminalReader is a [LineReader] that edits lines on a terminal with
// readline: Emacs keys, Up/Down and Ctrl-R through history, Tab
// completion.
type TerminalReader struct {
	rl    *readline.Instance
	nav   *navigator
	in    *os.File
	out   io.Writer
	hist  *History
	paste *pasteWatch
	// restoreEOF gives the terminal back its Ctrl-D (see keepEOFKey).
	restoreEOF func()
	c          *Completer
	cells      cellState
	// complete reports whether a cell is complete (nil: every cell is)
	complete func(src string) bool
}

// IsTerminal reports whether f is a terminal.
func IsTerminal(f *os.File) bool {
	return f != nil && readline.IsTerminal(int(f.Fd()))
}

// TerminalWidth returns the width of the terminal f, or 0 when unknown.
func TerminalWidth(f *os.File) int {
	w, _, err := readline.GetSize(int(f.Fd()))
	if err != nil || w <= 0 {
		return 0
	}
	return w
}

// NewTerminalReader returns a reader that edits lines typed on the
// terminal in and echoed on out. Entries of hist (may be nil) are loaded
// for Up and Ctrl-R, and new cells are appended to it. c (may be nil)
// completes on Tab.
func NewTerminalReader(in, out *os.File, hist *History, c *Completer) (*TerminalReader, error) {
	inFd, outFd := int(in.Fd()), int(out.Fd())
	var saved *readline.State
	paste := &pasteWatch{r: in}
	nav := &navigator{width: func() int { return TerminalWidth(out) }}
	t := &TerminalReader{nav: nav, in: in, out: out, hist: hist, paste: paste, c: c}
	if hist != nil {
		for _, e := range hist.Entries() {
			nav.add(toEditLine(e))
		}
	}
	cfg := &readline.Config{
		Stdin:                  readline.NewCancelableStdin(paste),
		Stdout:                 out,
		Stderr:                 out,
		HistoryLimit:           10000,
		DisableAutoSaveHistory: true,
		HistorySearchFold:      true,
		Listener: readline.FuncListener(func(line []rune, pos int, key rune) ([]rune, int, bool) {
			changed := false
			if l, p, ok := paste.onChange(line, pos, key); ok {
				line, pos, changed = l, p, true
			}
			if l, p, ok := nav.onChange(line, pos, key); ok {
				line, pos, changed = l, p, true
			}
			if key != 0 || line != nil { // not readline's call as a line starts
				t.cells.note(line, pos)
			}
			return line, pos, changed
		}),
		Painter:   nav,
		EOFPrompt: "\n", // readline's way to say: print nothing
		FuncIsTerminal: func() bool {
			return readline.IsTerminal(inFd) && readline.IsTerminal(outFd)
		},
		FuncMakeRaw: func() error {
			st, err := readline.MakeRaw(inFd)
			if err == nil {
				saved = st
			}
			return err
		},
		FuncExitRaw: func() error {
			if saved == nil {
				return nil
			}
			err := readline.Restore(inFd, saved)
			saved = nil
			return err
		},
		FuncGetWidth: func() int {
			if w := TerminalWidth(out); w > 0 {
				return w
			}
			return 80
		},
	}
	cfg.FuncFilterInputRune = t.filterKey
	if c != nil {
		cfg.AutoComplete = c
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	if c != nil {
		c.mu.Lock()
		c.kick = rl.Terminal.KickRead
		c.mu.Unlock()
	}
	t.rl, t.restoreEOF = rl, keepEOFKey(inFd)
	if hist != nil {
		for _, e := range hist.Entries() {
			rl.SaveHistory(toEditLine(e))
		}
	}
	return t, nil
}

// ReadLine implements [LineReader].
func (t *TerminalReader) ReadLine(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	t.nav.reset()
	t.cells.start(prompt, "")
	io.WriteString(t.out, pasteOn)
	line, err := t.rl.Readline()
	io.WriteString(t.out, pasteOff)
	return t.result(line, err)
}

// result is what ReadLine and ReadLineWith return for what readline
// returned: the cell the cell editor ran or abandoned, if it ran one.
func (t *TerminalReader) result(line string, err error) (string, error) {
	if cell, ok := t.cells.end(t.out, t.nav.width()); ok {
		return cell, nil
	}
	switch {
	case errors.Is(err, readline.ErrInterrupt):
		return "", ErrInterrupt
	case err != nil:
		return "", err
	}
	return strings.ReplaceAll(line, historyNewline, "\n"), nil
}

// setScheme sets how the line being typed is coloured (nil: not).
func (t *TerminalReader) setScheme(sc *scheme) { t.nav.setScheme(sc) }

// ReadKey implements [KeyReader]: it shows prompt and returns the first
// key pressed ("" for Enter) without waiting for Enter; Ctrl-C is
// ErrInterrupt and Ctrl-D io.EOF, as in ReadLine. Other control keys
// and escape sequences (arrows) are ignored. Between lines readline
// reads nothing (it waits for the next ReadLine), so the key is read
// from the terminal directly, in raw mode.
func (t *TerminalReader) ReadKey(prompt string) (string, error) {
	fd := int(t.in.Fd())
	st, err := readline.MakeRaw(fd)
	if err != nil {
		return "", err
	}
	defer readline.Restore(fd, st)
	io.WriteString(t.out, prompt)
	var keys []byte // bytes read and not yet taken
	next := func() (byte, error) {
		if len(keys) == 0 {
			buf := make([]byte, 64)
			n, err := t.in.Read(buf)
			if err != nil {
				return 0, err
			}
			keys = buf[:n]
		}
		b := keys[0]
		keys = keys[1:]
		return b, nil
	}
	for {
		b, err := next()
		if err != nil {
			io.WriteString(t.out, "\r\n")
			return "", err
		}
		switch {
		case b == '\r' || b == '\n':
			io.WriteString(t.out, "\r\n")
			return "", nil
		case b == keyInterrupt:
			io.WriteString(t.out, "^C\r\n")
			return "", ErrInterrupt
		case b == keyEOF:
			io.WriteString(t.out, "\r\n")
			return "", io.EOF
		case b == keyEscape:
			// an escape sequence (an arrow key: ESC [ A, ESC O A), which
			// may come in several reads: skip it whole
			switch b, err = next(); {
			case err == nil && b == '[': // up to a final byte
				for b, err = next(); err == nil && (b < 0x40 || b > 0x7e); b, err = next() {
				}
			case err == nil && b == 'O':
				next()
			}
			continue
		case b < ' ' || b == 0x7f:
			continue // a control key
		}
		rs := []byte{b}
		for !utf8.FullRune(rs) {
			c, err := next()
			if err != nil {
				break
			}
			rs = append(rs, c)
		}
		r, _ := utf8.DecodeRune(rs)
		io.WriteString(t.out, string(r)+"\r\n")
		return string(r), nil
	}
}

// ReadLineWith implements [Prefiller]: text (several lines are joined
// with ↵) is in the editor when the prompt appears.
func (t *TerminalReader) ReadLineWith(prompt, text string) (string, error) {
	t.rl.SetPrompt(prompt)
	t.nav.reset()
	t.cells.start(prompt, toEditLine(text))
	if strings.Contains(text, "\n") {
		// open the cell editor on it at once
		t.paste.inject(string(cellOpen))
	}
	io.WriteString(t.out, pasteOn)
	line, err := t.rl.ReadlineWithDefault(toEditLine(text))
	io.WriteString(t.out, pasteOff)
	return t.result(line, err)
}

// EditsCells reports that ReadLineWith takes a whole multi-line cell and
// edits it as one.
func (t *TerminalReader) EditsCells() bool { return true }

// Pasting reports whether the last line entered came with more text in
// the same chunk of input, as pasted text does: the REPL does not indent
// the next line then, since pasted lines bring their own indentation.
func (t *TerminalReader) Pasting() bool { return t.paste.pasted.Load() }

// AddHistory implements [LineReader]: the cell is added to the editor's
// history and appended to the history file.
func (t *TerminalReader) AddHistory(cell string) error {
	t.rl.SaveHistory(toEditLine(cell))
	t.nav.add(toEditLine(cell))
	if t.hist != nil {
		return t.hist.Append(cell)
	}
	return nil
}

// Close implements [LineReader].
func (t *TerminalReader) Close() error {
	err := t.rl.Close()
	t.restoreEOF()
	return err
}

func toEditLine(cell string) string {
	return strings.ReplaceAll(cell, "\n", historyNewline)
}

// Version is the version shown in the banner.
var Version = "0.1.0"

// ColorTerminal reports whether the terminal gets colour: not with
// NO_COLOR set (https://no-color.org) or TERM=dumb.
func ColorTerminal() bool {
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// PlotASCII reports whether plots are to be drawn with ASCII instead of
// braille: DCALC_PLOT=ascii in the environment.
func PlotASCII() bool { return os.Getenv("DCALC_PLOT") == "ascii" }

// Banner returns the lines printed when the REPL starts.
func Banner() string {
	return "dcalc " + Version + " — SymPy-compatible symbolic differentiation.\n" +
		"x, y, z, t, k, m, n and f, g, h are defined; %quickref for help."
}

// Terminal runs an interactive session on a terminal: a session with
// isympy's names and pretty output as wide as the terminal, the banner,
// history in [DefaultHistoryPath] and completion. Problems with the
// history file are reported on errOut and the REPL runs without it.
func Terminal(in, out *os.File, errOut io.Writer) error {
	width := TerminalWidth(out)
	s := session.New(out, session.Options{Interactive: true, Pretty: true, Width: width,
		PlotColor: ColorTerminal(), PlotASCII: PlotASCII()})
	if !ColorTerminal() {
		s.SetColors("NoColor")
	}
	var hist *History
	if path, err := DefaultHistoryPath(); err != nil {
		fmt.Fprintf(errOut, "dcalc: history disabled: %v\n", err)
	} else if hist, err = OpenHistory(path, 10000); err != nil {
		fmt.Fprintf(errOut, "dcalc: history disabled: %v\n", err)
		hist = nil
	} else {
		if err := hist.StartSession(); err != nil {
			fmt.Fprintf(errOut, "dcalc: history: %v\n", err)
		}
		s.SetHistorySessions(hist.EarlierSessions)
	}
	c := &Completer{}
	lr, err := NewTerminalReader(in, out, hist, c)
	if err != nil {
		return err
	}
	lr.complete = func(src string) bool { return safeIsComplete(s, src) }
	defer lr.Close()
	return Run(s, lr, out, Options{Banner: Banner(), Completer: c, Width: func() int { return TerminalWidth(out) }})
}
