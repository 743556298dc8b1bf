package grammar

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one syntax error at a position. Kind is the Python exception
// class: "SyntaxError", "IndentationError" or "TabError".
type Error struct {
	Pos  Pos
	Kind string
	Msg  string // CPython's wording, e.g. "invalid syntax", "'(' was never closed"
	// End is where the offending text ends (exclusive), as CPython's
	// end_lineno and end_offset: the traceback draws carets from Pos to
	// End. The zero value means one caret.
	End Pos
}

// Error formats e as "line:col: Kind: Msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s: %s", e.Pos, e.Kind, e.Msg)
}

// ErrorList is a list of syntax errors sorted by position. Incomplete
// reports that the source ended too early (an open bracket, an unterminated
// triple-quoted string, a block header with no body, a trailing backslash),
// so that a REPL can ask for a continuation line instead of failing.
type ErrorList struct {
	Errs       []*Error
	Incomplete bool
}

// Add appends an error.
func (l *ErrorList) Add(pos Pos, kind, msg string) {
	l.Errs = append(l.Errs, &Error{Pos: pos, Kind: kind, Msg: msg})
}

// AddRange appends an error about the text from pos to end.
func (l *ErrorList) AddRange(pos, end Pos, kind, msg string) {
	l.Errs = append(l.Errs, &Error{Pos: pos, End: end, Kind: kind, Msg: msg})
}

// Sort orders the errors by position.
func (l *ErrorList) Sort() {
	sort.SliceStable(l.Errs, func(i, j int) bool { return l.Errs[i].Pos.Before(l.Errs[j].Pos) })
}

// Err returns l as an error, or nil when it holds no errors.
func (l *ErrorList) Err() error {
	if len(l.Errs) == 0 {
		return nil
	}
	return l
}

// Error joins the messages.
func (l *ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l.Errs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}
