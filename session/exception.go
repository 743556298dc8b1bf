package session

import (
	"fmt"

	"github.com/dcalc/dcalc/grammar"
)

// Frame is one traceback entry: the file or cell name, the line number,
// and the span of the failing expression on that line (1-based columns,
// zero when unknown).
type Frame struct {
	File string // "In[3]", "demo.dcalc", "<string>"
	Func string // "<module>" or a def name
	// Qualname is the function's qualified name ("Net.forward"), which
	// IPython shows where CPython shows Func.
	Qualname string
	// Params are the function's parameter names, as IPython shows them
	// ("in f(a, b)").
	Params   []string
	Line     int
	Col, End int
	// EndLine is the line of End; when it differs from Line the carets run
	// to the end of Line.
	EndLine int
	// AnchorCol and AnchorEnd mark CPython's caret anchors: for a binary
	// operation the operator, for a subscript the brackets (carets '^'
	// there, '~' elsewhere). Zero when there are no anchors.
	AnchorCol, AnchorEnd int
	// Scope is the first line of the function the frame runs (0 for a
	// module): IPython shows no context lines above it.
	Scope int
	// ScopeEnd is the last line of that function (0: the end of the
	// cell); IPython's context after the line stops there.
	ScopeEnd int
}

// Exception is a Python exception raised in a cell or program: Type is
// the class name ("NameError", "SyntaxError", "KeyboardInterrupt", ...).
type Exception struct {
	Type  string
	Msg   string
	Trace []Frame // outermost first
	// For SyntaxError: the position of the caret, and where the carets
	// end (exclusive; EndLine 0: one caret).
	Line, Col       int
	EndLine, EndCol int
	File            string
	// Suggestion is CPython's "Did you mean" hint for NameError and
	// AttributeError, shown only in tracebacks ("" when none).
	Suggestion string

	// unwound are frames added while the exception unwinds, innermost
	// first (appending is linear where prepending to Trace was
	// quadratic in the depth); settle moves them to Trace.
	unwound []Frame
	tb      string    // the formatted traceback, set when the exception leaves a cell
	name    string    // the missing name of a NameError
	value   *ExcValue // the Python exception object, once made

	// caught is the traceback as it was when an except clause caught
	// the exception: a bare raise in the clause re-raises it from
	// there, as CPython keeps the original traceback.
	caught *caughtAt

	// Cause is the exception of "raise ... from cause"; Context the
	// one being handled when this one was raised (shown unless
	// SuppressContext, which "from" sets).
	Cause, Context  *Exception
	SuppressContext bool
}

// caughtAt is where an exception was caught: the frames below the
// catching frame and the node of the catching frame it was raised at.
type caughtAt struct {
	unwound, trace []Frame
	node           grammar.Node
	entry          *Frame // the catching frame's entry (nil at the top)
}

// atCatch is e with the traceback it had when it was caught (for
// printing it as the cause or context of a later exception).
func (e *Exception) atCatch() *Exception {
	c := *e
	c.unwound = nil
	c.Trace = nil
	if k := e.caught; k != nil {
		if k.entry != nil {
			c.Trace = append(c.Trace, *k.entry)
		}
		for i := len(k.unwound) - 1; i >= 0; i-- {
			c.Trace = append(c.Trace, k.unwound[i])
		}
		c.Trace = append(c.Trace, k.trace...)
	}
	return &c
}

// pushFrame adds f as the new outermost frame of the traceback.
func (e *Exception) pushFrame(f Frame) { e.unwound = append(e.unwound, f) }

// settle moves the frames pushed while unwinding into Trace.
func (e *Exception) settle() {
	if len(e.unwound) == 0 {
		return
	}
	t := make([]Frame, 0, len(e.unwound)+len(e.Trace))
	for i := len(e.unwound) - 1; i >= 0; i-- {
		t = append(t, e.unwound[i])
	}
	e.Trace, e.unwound = append(t, e.Trace...), nil
}

// clearTrace forgets the traceback (the exception was caught).
func (e *Exception) clearTrace() { e.Trace, e.unwound = nil, nil }

// Error returns "Type: Msg", the last line of a traceback.
func (e *Exception) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// lastLine is the final line of a traceback, with the suggestion.
func (e *Exception) lastLine() string {
	s := e.Error()
	if e.Suggestion != "" {
		s += ". Did you mean: '" + e.Suggestion + "'?"
	}
	return s
}

// qualifiedType is the exception's class name as CPython's traceback
// prints it: with its module unless that is builtins or __main__
// (IPython's tracebacks print the bare name).
func (e *Exception) qualifiedType() string {
	c := excClasses[e.Type]
	if e.value != nil && e.value.Class != nil {
		c = e.value.Class
	}
	if c == nil || c.Module == "" || c.Module == "__main__" || c.Module == "builtins" {
		return e.Type
	}
	return c.Module + "." + e.Type
}

func newExc(typ, format string, args ...any) *Exception {
	if len(args) == 0 {
		return &Exception{Type: typ, Msg: format}
	}
	return &Exception{Type: typ, Msg: fmt.Sprintf(format, args...)}
}

func throw(typ, format string, args ...any) {
	panic(newExc(typ, format, args...))
}

// Traceback returns the full traceback text as the user sees it (IPython's
// layout for cells, CPython's for programs), or the last line when the
// exception did not come from a session.
func (e *Exception) Traceback() string {
	if e.tb != "" {
		return e.tb
	}
	return e.lastLine() + "\n"
}
