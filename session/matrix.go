package session

import "github.com/dcalc/dcalc/engine"

// Matrix support is wired here once the engine has matrices.

func matrixTypeName(v Value) (string, bool)                      { return "", false }
func matrixRepr(in *interp, v Value) (string, bool)              { return "", false }
func matrixIterable(v Value) bool                                { return false }
func matrixIterate(in *interp, v Value, f func(Value) bool) bool { return false }
func matrixLen(v Value) (int, bool)                              { return 0, false }
func matrixEqual(a, b Value) (bool, bool)                        { return false, false }
func matrixSympify(in *interp, v Value) (engine.Expr, bool)      { return nil, false }

func (in *interp) matrixBinop(op string, a, b Value) (Value, bool) { return nil, false }
func (in *interp) matrixUnary(op string, v Value) (Value, bool)    { return nil, false }
func (in *interp) matrixGetItem(v, idx Value) (Value, bool)        { return nil, false }
func (in *interp) matrixSetItem(v, idx, val Value) bool            { return false }
func (in *interp) matrixAttr(v Value, name string) (Value, bool)   { return nil, false }

func installMatrixNames(ns map[string]Value) {}

func (in *interp) matrixMethod(v Value, name string, args []Value, kw []kwArg) (Value, bool) {
	return nil, false
}
func (in *interp) matrixSympifyValue(v Value) (Value, bool) { return nil, false }
func (in *interp) matrixLatex(v Value) (string, bool)       { return "", false }
func (in *interp) matrixPretty(v Value, opts engine.PrettyOptions) (string, bool) {
	return "", false
}
