package session

import (
	"strings"
)

// Frame is one traceback entry: the file or cell name, the line number,
// and the span of the failing expression on that line (1-based columns,
// zero when unknown).
type Frame struct {
	File     string // "In[3]", "demo.dcalc", "<string>"
	Func     string // "<module>" or a def name
	Line     int
	Col, End int
}

// Exception is a Python exception raised in a cell or program: Type is
// the class name ("NameError", "SyntaxError", "KeyboardInterrupt", ...).
type Exception struct {
	Type  string
	Msg   string
	Trace []Frame // outermost first
	// For SyntaxError: the position of the caret.
	Line, Col int
	File      string
}

// Error returns "Type: Msg", the last line of a traceback.
func (e *Exception) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// lastLine is the final "Type: message" line.
func (e *Exception) lastLine() string { return e.Error() }

var _ = strings.TrimSpace
