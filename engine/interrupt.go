package engine

import (
	"sync/atomic"

	"github.com/dcalc/dcalc/engine/mpf"
)

// interrupted is set by Interrupt and polled by long computations.
var interrupted atomic.Bool

// InterruptError is the value long computations panic with after
// Interrupt; the session recovers it and raises KeyboardInterrupt.
type InterruptError struct{}

// Error implements error.
func (InterruptError) Error() string { return "KeyboardInterrupt" }

// Interrupt asks running computations (high-order derivatives,
// expansion) to stop at their next check.
func Interrupt() { interrupted.Store(true) }

// ClearInterrupt resets the flag set by Interrupt.
func ClearInterrupt() { interrupted.Store(false) }

// checkInterrupt panics with InterruptError{} when Interrupt was called.
func checkInterrupt() {
	if interrupted.Load() {
		interrupted.Store(false)
		panic(InterruptError{})
	}
}

// recoveredError is the engine error a recovered panic value stands
// for: an *Error, or a Float whose exponent left mpf's range
// (NotImplementedError); ok is false for other values (bugs).
func recoveredError(p any) (*Error, bool) {
	switch e := p.(type) {
	case *Error:
		return e, true
	case mpf.RangeError:
		return &Error{Type: "NotImplementedError", Msg: e.Error()}, true
	}
	return nil, false
}

// recoverTo is deferred by entry points that return an error: a panic
// carrying an engine error becomes *err (the other results keep their
// zero values); other panics go on.
func recoverTo(err *error) {
	if p := recover(); p != nil {
		e, ok := recoveredError(p)
		if !ok {
			panic(p)
		}
		*err = e
	}
}
