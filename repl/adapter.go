package repl

import (
	"errors"
	"strconv"

	"github.com/dcalc/dcalc/session"
)

// sessionInterp adapts *session.Session to interp. Methods the session
// may not have yet (FormatException, Interrupt, Attrs) are found by
// interface assertion, with fallbacks.
type sessionInterp struct{ s *session.Session }

func (a sessionInterp) RunCell(src string) session.Result { return a.s.RunCell(src) }
func (a sessionInterp) Count() int                        { return a.s.Count() }
func (a sessionInterp) SetWidth(w int)                    { a.s.SetWidth(w) }
func (a sessionInterp) Colors() string                    { return a.s.Colors() }
func (a sessionInterp) FormatValue(v session.Value) string {
	return a.s.FormatValue(v)
}
func (a sessionInterp) IsComplete(src string) bool { return a.s.IsComplete(src) }
func (a sessionInterp) Names() []string            { return a.s.Names() }

func (a sessionInterp) FormatException(err error) string {
	if f, ok := any(a.s).(interface{ FormatException(error) string }); ok {
		return f.FormatException(err)
	}
	return FallbackTraceback(err)
}

func (a sessionInterp) Interrupt() {
	if f, ok := any(a.s).(interface{ Interrupt() }); ok {
		f.Interrupt()
	}
}

func (a sessionInterp) TakeLoadedInput() string                 { return a.s.TakeLoadedInput() }
func (a sessionInterp) FlushFigures()                           { a.s.FlushFigures() }
func (a sessionInterp) SetAsk(ask func(string) bool)            { a.s.SetAsk(ask) }
func (a sessionInterp) SetInput(f func(string) (string, error)) { a.s.SetInput(f) }

func (a sessionInterp) Attrs(expr string) []string {
	if f, ok := any(a.s).(interface{ Attrs(string) []string }); ok {
		return f.Attrs(expr)
	}
	return nil
}

// FallbackTraceback formats err as a short Python traceback, for sessions
// without their own FormatException.
func FallbackTraceback(err error) string {
	var e *session.Exception
	if !errors.As(err, &e) {
		return err.Error()
	}
	s := ""
	if len(e.Trace) > 0 {
		s = "Traceback (most recent call last):\n"
		for _, f := range e.Trace {
			s += "  File \"" + f.File + "\", line " + strconv.Itoa(f.Line) + ", in " + f.Func + "\n"
		}
	}
	return s + e.Error()
}
