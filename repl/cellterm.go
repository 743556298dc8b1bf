package repl

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/chzyer/readline/runes"
)

// How the cell editor (celledit.go) takes turns with readline. readline
// reads every key; its input filter (filterKey) runs the cell editor when
// Up or Down bring a multi-line cell, or when a key edits a line that
// holds one (a paste, a Ctrl-R find). The editor then reads the keys
// itself from readline's terminal until it is done, and hands readline
// the key that ends it: Enter (the cell runs), Ctrl-C (it is abandoned),
// or Up or Down to a one-line history entry, which readline then shows
// as usual. The editor erases the cell first and leaves the cursor where
// readline's line was drawn, so readline's redraw lands in place; after
// Enter or Ctrl-C, ReadLine replaces readline's echo of its line by the
// cell as it was.

// cellState is what the cell editor knows of readline's line, and what
// it leaves for ReadLine.
type cellState struct {
	mu     sync.Mutex
	prompt string
	// line and pos are readline's line and cursor as last seen
	line []rune
	pos  int
	// done is the editor of a cell run or abandoned; interrupted says
	// which
	done        *cellEditor
	interrupted bool
}

// start notes a new line with prompt and its initial text.
func (s *cellState) start(prompt, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prompt, s.line, s.done, s.interrupted = prompt, []rune(text), nil, false
	s.pos = len(s.line)
}

// note records readline's line after a key.
func (s *cellState) note(line []rune, pos int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.line, s.pos = append(s.line[:0], line...), pos
}

// snapshot returns readline's line and cursor.
func (s *cellState) snapshot() ([]rune, int, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]rune(nil), s.line...), s.pos, s.prompt
}

// end is called when readline returns: after the cell editor ran a cell
// (Enter) it redraws the cell over readline's echo and returns it; after
// Ctrl-C it redraws it with ^C and returns false, so that the
// interrupt is reported.
func (s *cellState) end(out io.Writer, width int) (string, bool) {
	s.mu.Lock()
	e, interrupted, line := s.done, s.interrupted, s.line
	s.done = nil
	s.mu.Unlock()
	if e == nil {
		return "", false
	}
	// readline echoed prompt, line (and ^C) and a newline
	w := runes.WidthAll(line)
	suffix := ""
	if interrupted {
		w += 2
		suffix = "^C"
	}
	if width <= 0 {
		width = 80
	}
	fmt.Fprintf(out, "\x1b[%dA", (e.pw+w)/width+1)
	e.shown = 0
	e.finish(suffix)
	if interrupted {
		return "", false
	}
	return e.text(), true
}

// rowsBefore is the row of readline's cursor below its first row, where
// readline starts its redraw.
func rowsBefore(prompt string, line []rune, pos, width int) int {
	if width <= 0 {
		width = 80
	}
	pw := runes.WidthAll(runes.ColorFilter([]rune(prompt)))
	return (pw + runes.WidthAll(line[:pos])) / width
}

// filterKey is readline's FuncFilterInputRune: it runs the cell editor
// when the key calls for it, then passes the key (or the editor's last)
// on to the completer's filter.
func (t *TerminalReader) filterKey(r rune) (rune, bool) {
	if op := t.rl.Operation; !op.IsSearchMode() && !op.IsInCompleteMode() {
		if e, first, ok := t.cellFor(r); ok {
			r = t.editCell(e, first)
		}
	}
	if r == cellOpen {
		// no cell to open after all: a key that does nothing (not a
		// skipped key, after which readline's terminal would read on
		// past the end of the line)
		r = keyBell
	}
	if t.c != nil {
		return t.c.filterKey(r)
	}
	return r, true
}

// cellFor decides whether key r starts the cell editor: it returns the
// editor and the key it is to act on first (0: none).
func (t *TerminalReader) cellFor(r rune) (*cellEditor, rune, bool) {
	line, pos, prompt := t.cells.snapshot()
	inLine := strings.Contains(string(line), historyNewline)
	switch {
	case inLine && !endsLine(r):
		e := t.newCell(strings.ReplaceAll(string(line), historyNewline, "\n"), prompt, true)
		// the cursor where it was in readline's line
		e.row = strings.Count(string(line[:pos]), historyNewline)
		start := strings.LastIndex(string(line[:pos]), historyNewline)
		e.col = pos
		if start >= 0 {
			e.col = len([]rune(string(line[:pos])[start+len(historyNewline):]))
		}
		return e, r, true
	case r == keyPrev || r == keyNext:
		step := -1
		if r == keyNext {
			step = 1
		}
		if entry, ok := t.nav.peek(step, false); ok && strings.Contains(entry, historyNewline) {
			t.nav.peek(step, true)
			return t.newCell(strings.ReplaceAll(entry, historyNewline, "\n"), prompt, step < 0), 0, true
		}
	}
	return nil, 0, false
}

// endsLine reports whether readline is to have key r even when its line
// holds a multi-line cell: Enter runs it, Ctrl-C drops it, Tab and
// Ctrl-R are readline's.
func endsLine(r rune) bool {
	switch r {
	case keyEnter, keyCtrlJ, keyInterrupt, keyTab, keyBckSearch, keyFwdSearch, 0:
		return true
	}
	return false
}

// More of readline's keys.
const (
	keyBckSearch = 18
	keyFwdSearch = 19
)

// cellOpen is a key no keyboard sends (a private-use character) that
// ReadLineWith puts first in the input to open the cell editor on a
// multi-line cell at once.
const cellOpen = '\uE001'

// newCell returns a cell editor on the terminal for text.
func (t *TerminalReader) newCell(text, prompt string, atEnd bool) *cellEditor {
	plain := string(runes.ColorFilter([]rune(prompt)))
	cont := continuationPrompt(plain)
	t.nav.mu.Lock()
	sc := t.nav.sc
	t.nav.mu.Unlock()
	if plain != prompt {
		cont = sc.contPrompt(cont)
	}
	return newCellEditor(text, prompt, cont, atEnd, t.nav.width, sc, t.out)
}

// editCell runs the cell editor e, acting on first (if not 0) before
// reading keys, and returns the key for readline.
func (t *TerminalReader) editCell(e *cellEditor, first rune) rune {
	line, pos, prompt := t.cells.snapshot()
	readlineRow := rowsBefore(prompt, line, pos, t.nav.width())
	// the cursor is on readline's line: go to its first row
	e.shown = readlineRow
	e.draw()
	r := first
	for {
		if r == 0 {
			r = t.rl.Terminal.ReadRune()
		}
		out, done := t.cellKey(e, r)
		if done {
			switch out {
			case keyEnter, keyInterrupt:
				t.cells.mu.Lock()
				t.cells.done, t.cells.interrupted = e, out == keyInterrupt
				t.cells.mu.Unlock()
			}
			e.leave(readlineRow)
			return out
		}
		switch r {
		case keyEnter, keyCtrlJ, keyEOF, keyInterrupt:
			// readline's terminal waits after these keys
			t.rl.Terminal.KickRead()
		}
		e.draw()
		r = 0
	}
}

// cellKey acts on key r in the cell editor; done says that the editor
// ends, handing readline the key out.
func (t *TerminalReader) cellKey(e *cellEditor, r rune) (out rune, done bool) {
	if f, ok := cellKeys[r]; ok {
		if r == keyTab && strings.TrimSpace(string(e.lines[e.row][:e.col])) != "" {
			t.completeInCell(e)
			return 0, false
		}
		f(e)
		return 0, false
	}
	switch r {
	case 0: // end of input
		return 0, true
	case keyInterrupt:
		return keyInterrupt, true
	case keyEnter, keyCtrlJ:
		if !e.onLastLine() || !t.cellComplete(e.before()) {
			e.newline()
			return 0, false
		}
		return keyEnter, true
	case keyPrev, keyNext:
		return t.cellHistory(e, r)
	case keyCtrlL:
		io.WriteString(e.out, "\x1b[H\x1b[2J")
		e.shown = 0
	case cellOpen:
	case pasteMarker:
		if text, ok := t.paste.take(); ok {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
			e.insert(strings.TrimRight(text, "\n"))
		}
	default:
		if r >= ' ' && r != 0x7f {
			e.insert(string(r))
		}
	}
	return 0, false
}

// cellHistory is Up or Down: a move to the line above or below, or from
// the first or last line to the next entry in history (staying in the
// cell editor for another multi-line cell, handing the key to readline
// for a one-line entry).
func (t *TerminalReader) cellHistory(e *cellEditor, r rune) (rune, bool) {
	step := -1
	if r == keyNext {
		step = 1
	}
	if next := e.row + step; next >= 0 && next < len(e.lines) {
		e.vertical(step)
		return 0, false
	}
	entry, ok := t.nav.peek(step, false)
	switch {
	case !ok:
		return 0, false // the oldest (or the typed line): nothing further
	case strings.Contains(entry, historyNewline):
		t.nav.peek(step, true)
		e.set(strings.ReplaceAll(entry, historyNewline, "\n"), step < 0)
		return 0, false
	}
	return r, true // readline and the navigator show the one-line entry
}

// cellComplete reports whether src (the text before the cursor) is a
// cell to run: complete, and not ending inside an indented block that a
// blank line has not closed.
func (t *TerminalReader) cellComplete(src string) bool {
	if t.complete == nil {
		return true
	}
	return t.complete(src) && !waitsForBlank(strings.Split(src, "\n"))
}

// completeInCell is Tab after a word in the cell editor: the only
// completion is inserted, or what all the completions start with.
func (t *TerminalReader) completeInCell(e *cellEditor) {
	if t.c == nil {
		return
	}
	n, cands := t.c.Complete(string(e.lines[e.row][:e.col]))
	if len(cands) == 0 {
		return
	}
	rs := make([][]rune, len(cands))
	for i, c := range cands {
		rs[i] = []rune(c)
	}
	common := rs[0][:commonPrefixLen(rs)]
	if len(common) > n {
		e.insert(string(common[n:]))
	}
}
