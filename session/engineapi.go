package session

import (
	"github.com/dcalc/dcalc/engine"
)

// This file collects the engine entry points that arrive from other
// branches (interrupts, printers, evalf, diff); until they exist the
// fallbacks here keep the session working.

func engineInterrupt()      {}
func engineClearInterrupt() {}

// isEngineInterrupt reports whether a recovered panic value is the
// engine's interrupt sentinel.
func isEngineInterrupt(r any) bool { return false }

// engineError converts an engine error value into an exception.
func engineError(err error) (*Exception, bool) {
	if e, ok := err.(*engine.Error); ok {
		return &Exception{Type: e.Type, Msg: e.Msg}, true
	}
	return nil, false
}

// exprStr is SymPy's str() of an expression.
func exprStr(e engine.Expr) string { return engine.Str(e) }

// prettyValue returns the 2D form of v when a pretty printer exists.
func (in *interp) prettyValue(v Value, unicode bool, width int) (string, bool) {
	return "", false
}
