package repl

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/chzyer/readline/runes"
)

// A multi-line cell recalled from history (or pasted) is edited as
// IPython 8's prompt_toolkit buffer edits it: every line at its prompt,
// the cursor free to move between them. readline edits one line, so
// while such a cell is on the screen the keys go to cellEditor instead
// (TerminalReader.filterKey hands them over), which draws the cell
// itself. Up and Down move between the lines and, from the first or the
// last, through history; Enter on the last line runs the cell when it
// is complete and opens a new line otherwise, as IPython's
// newline_or_execute does.

// cellEditor holds a multi-line cell being edited on the terminal.
type cellEditor struct {
	lines    [][]rune
	row, col int
	// want is the column Up and Down try to keep (-1: the current one)
	want int
	// prompt starts the first line and cont the others; pw is their
	// visible width
	prompt, cont string
	pw           int
	width        func() int
	sc           *scheme
	out          io.Writer
	// shown is the screen row of the cursor counted from the first row
	// of the cell as last drawn
	shown int
}

// newCellEditor returns an editor of text (lines separated by \n) with
// the cursor at the end of the last line (atEnd) or of the first.
func newCellEditor(text, prompt, cont string, atEnd bool, width func() int, sc *scheme, out io.Writer) *cellEditor {
	e := &cellEditor{prompt: prompt, cont: cont, width: width, sc: sc, out: out, want: -1,
		pw: runes.WidthAll(runes.ColorFilter([]rune(prompt)))}
	e.set(text, atEnd)
	return e
}

// set replaces the text; the cursor goes to the end of the last line
// (atEnd) or of the first, as prompt_toolkit's history_backward and
// history_forward place it.
func (e *cellEditor) set(text string, atEnd bool) {
	e.lines = nil
	for _, l := range strings.Split(text, "\n") {
		e.lines = append(e.lines, []rune(l))
	}
	e.row = 0
	if atEnd {
		e.row = len(e.lines) - 1
	}
	e.col, e.want = len(e.lines[e.row]), -1
}

// text is the cell, its lines joined with \n.
func (e *cellEditor) text() string {
	parts := make([]string, len(e.lines))
	for i, l := range e.lines {
		parts[i] = string(l)
	}
	return strings.Join(parts, "\n")
}

// before is the text up to the cursor.
func (e *cellEditor) before() string {
	parts := make([]string, 0, e.row+1)
	for _, l := range e.lines[:e.row] {
		parts = append(parts, string(l))
	}
	parts = append(parts, string(e.lines[e.row][:e.col]))
	return strings.Join(parts, "\n")
}

func (e *cellEditor) termWidth() int {
	if w := e.width(); w > 0 {
		return w
	}
	return 80
}

// rowsOf is the number of screen rows line i takes.
func (e *cellEditor) rowsOf(i int) int {
	return (e.pw+runes.WidthAll(e.lines[i]))/e.termWidth() + 1
}

// cursorRow is the screen row of the cursor from the cell's first row,
// and cursorCol its column.
func (e *cellEditor) cursorRowCol() (int, int) {
	r := 0
	for i := 0; i < e.row; i++ {
		r += e.rowsOf(i)
	}
	off := e.pw + runes.WidthAll(e.lines[e.row][:e.col])
	w := e.termWidth()
	return r + off/w, off % w
}

// draw redraws the cell from its first row and puts the cursor in place.
func (e *cellEditor) draw() {
	var b strings.Builder
	e.clear(&b)
	last := e.paint(&b)
	row, col := e.cursorRowCol()
	if up := last - row; up > 0 {
		fmt.Fprintf(&b, "\x1b[%dA", up)
	}
	b.WriteString("\r")
	if col > 0 {
		fmt.Fprintf(&b, "\x1b[%dC", col)
	}
	e.shown = row
	io.WriteString(e.out, b.String())
}

// clear moves to the cell's first row and erases the screen below.
func (e *cellEditor) clear(b *strings.Builder) {
	if e.shown > 0 {
		fmt.Fprintf(b, "\x1b[%dA", e.shown)
	}
	b.WriteString("\r\x1b[J")
	e.shown = 0
}

// paint writes the lines at their prompts, coloured, and returns the row
// the cursor is left on (the cell's last). A line that ends exactly at
// the right margin is followed by an empty row, so that every line takes
// rowsOf rows whatever the terminal does at the margin.
func (e *cellEditor) paint(b *strings.Builder) int {
	coloured := strings.Split(e.sc.highlight(e.text(), true), "\n")
	w := e.termWidth()
	rows := 0
	for i, l := range e.lines {
		if i > 0 {
			b.WriteString("\r\n")
		}
		p := e.cont
		if i == 0 {
			p = e.prompt
		}
		b.WriteString(p)
		if i < len(coloured) {
			b.WriteString(coloured[i])
		} else {
			b.WriteString(string(l))
		}
		if e.sc != nil {
			b.WriteString("\x1b[0m")
		}
		if n := e.pw + runes.WidthAll(l); n > 0 && n%w == 0 {
			b.WriteString(" \r\x1b[K")
		}
		rows += e.rowsOf(i)
	}
	return rows - 1
}

// finish draws the cell as it stays on the screen once it is run (the
// cursor after its last line) with suffix after the last line.
func (e *cellEditor) finish(suffix string) {
	var b strings.Builder
	e.clear(&b)
	e.paint(&b)
	b.WriteString(suffix + "\r\n")
	io.WriteString(e.out, b.String())
}

// leave erases the cell and leaves the cursor down rows from where its
// first row was, where readline expects it.
func (e *cellEditor) leave(down int) {
	var b strings.Builder
	e.clear(&b)
	b.WriteString(strings.Repeat("\n", down))
	io.WriteString(e.out, b.String())
}

// insert puts s (which may hold newlines) at the cursor.
func (e *cellEditor) insert(s string) {
	parts := strings.Split(s, "\n")
	line := e.lines[e.row]
	tail := append([]rune(nil), line[e.col:]...)
	head := append(line[:e.col:e.col], []rune(parts[0])...)
	if len(parts) == 1 {
		e.lines[e.row] = append(head, tail...)
		e.col = len(head)
		e.want = -1
		return
	}
	e.lines[e.row] = head
	var added [][]rune
	for _, p := range parts[1:] {
		added = append(added, []rune(p))
	}
	lastLen := len(added[len(added)-1])
	added[len(added)-1] = append(added[len(added)-1], tail...)
	rest := append(added, e.lines[e.row+1:]...)
	e.lines = append(e.lines[:e.row+1], rest...)
	e.row += len(parts) - 1
	e.col = lastLen
	e.want = -1
}

// newline is Enter inside the cell: a new line, indented as IPython's
// autoindent would (nextIndent of the text before the cursor).
func (e *cellEditor) newline() {
	before := strings.Split(e.before(), "\n")
	e.insert("\n" + nextIndent(before))
}

// onLastLine reports whether only blank lines follow the cursor's line,
// where IPython's Enter may run the cell.
func (e *cellEditor) onLastLine() bool {
	for _, l := range e.lines[e.row+1:] {
		if strings.TrimSpace(string(l)) != "" {
			return false
		}
	}
	return true
}

// cellKeys are the editing keys: each changes the cell or moves the
// cursor within it.
var cellKeys = map[rune]func(e *cellEditor){
	keyBackward:  (*cellEditor).left,
	keyForward:   (*cellEditor).right,
	keyLineStart: func(e *cellEditor) { e.col, e.want = 0, -1 },
	keyLineEnd:   func(e *cellEditor) { e.col, e.want = len(e.lines[e.row]), -1 },
	keyBackspace: (*cellEditor).backspace,
	keyCtrlH:     (*cellEditor).backspace,
	keyEOF:       (*cellEditor).deleteForward,
	keyKill:      func(e *cellEditor) { e.lines[e.row] = e.lines[e.row][:e.col] },
	keyCtrlU: func(e *cellEditor) {
		e.lines[e.row] = append([]rune(nil), e.lines[e.row][e.col:]...)
		e.col = 0
	},
	keyCtrlW:        (*cellEditor).deleteWordBack,
	keyMetaBackward: (*cellEditor).wordLeft,
	keyMetaForward:  (*cellEditor).wordRight,
	keyTab:          (*cellEditor).tab,
}

// More of readline's keys.
const (
	keyCtrlH        = 8
	keyCtrlJ        = 10
	keyCtrlL        = 12
	keyEnter        = 13
	keyCtrlU        = 21
	keyCtrlW        = 23
	keyBackspace    = 127
	keyMetaBackward = -1
)

func (e *cellEditor) left() {
	e.want = -1
	switch {
	case e.col > 0:
		e.col--
	case e.row > 0:
		e.row--
		e.col = len(e.lines[e.row])
	}
}

func (e *cellEditor) right() {
	e.want = -1
	switch {
	case e.col < len(e.lines[e.row]):
		e.col++
	case e.row < len(e.lines)-1:
		e.row++
		e.col = 0
	}
}

// vertical moves the cursor to the line step away, keeping its column
// where the line is long enough.
func (e *cellEditor) vertical(step int) {
	if e.want < 0 {
		e.want = e.col
	}
	e.row += step
	e.col = min(e.want, len(e.lines[e.row]))
}

func (e *cellEditor) backspace() {
	e.want = -1
	switch {
	case e.col > 0:
		l := e.lines[e.row]
		e.lines[e.row] = append(l[:e.col-1:e.col-1], l[e.col:]...)
		e.col--
	case e.row > 0:
		prev := e.lines[e.row-1]
		e.col = len(prev)
		e.lines[e.row-1] = append(prev[:len(prev):len(prev)], e.lines[e.row]...)
		e.lines = append(e.lines[:e.row], e.lines[e.row+1:]...)
		e.row--
	}
}

func (e *cellEditor) deleteForward() {
	e.want = -1
	l := e.lines[e.row]
	switch {
	case e.col < len(l):
		e.lines[e.row] = append(l[:e.col:e.col], l[e.col+1:]...)
	case e.row < len(e.lines)-1:
		e.lines[e.row] = append(l[:len(l):len(l)], e.lines[e.row+1]...)
		e.lines = append(e.lines[:e.row+1], e.lines[e.row+2:]...)
	}
}

// isWord reports whether r belongs to a word for the word keys.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func (e *cellEditor) wordLeft() {
	e.want = -1
	l := e.lines[e.row]
	for e.col > 0 && !isWord(l[e.col-1]) {
		e.col--
	}
	for e.col > 0 && isWord(l[e.col-1]) {
		e.col--
	}
}

func (e *cellEditor) wordRight() {
	e.want = -1
	l := e.lines[e.row]
	for e.col < len(l) && !isWord(l[e.col]) {
		e.col++
	}
	for e.col < len(l) && isWord(l[e.col]) {
		e.col++
	}
}

func (e *cellEditor) deleteWordBack() {
	end := e.col
	e.wordLeft()
	l := e.lines[e.row]
	e.lines[e.row] = append(l[:e.col:e.col], l[end:]...)
}

// tab indents to the next multiple of four columns when only blanks are
// before the cursor, as IPython's Tab does there (elsewhere it would
// complete, which the cell editor leaves to the one-line editor).
func (e *cellEditor) tab() {
	if strings.TrimSpace(string(e.lines[e.row][:e.col])) == "" {
		e.insert(strings.Repeat(" ", 4-e.col%4))
	}
}
