package session

import (
	"github.com/dcalc/dcalc/engine"
)

// This file holds the hooks for value kinds beyond the core Python types:
// dict views and (when the engine has them) matrices.

func extTypeName(v Value) (string, bool) {
	switch x := v.(type) {
	case *dictView:
		return x.kind, true
	}
	return matrixTypeName(v)
}

func extRepr(in *interp, v Value) (string, bool) {
	switch x := v.(type) {
	case *dictView:
		return x.kind + "(" + in.repr(&List{Items: x.items()}) + ")", true
	}
	return matrixRepr(in, v)
}

func extIterable(v Value) bool {
	switch v.(type) {
	case *dictView:
		return true
	}
	return matrixIterable(v)
}

func extIterate(in *interp, v Value, f func(Value) bool) bool {
	switch x := v.(type) {
	case *dictView:
		for _, it := range x.items() {
			if !f(it) {
				break
			}
		}
		return true
	}
	return matrixIterate(in, v, f)
}

func extLen(v Value) (int, bool) {
	switch x := v.(type) {
	case *dictView:
		return x.d.Len(), true
	}
	return matrixLen(v)
}

func extEqual(a, b Value) (bool, bool) { return matrixEqual(a, b) }

func extSympify(in *interp, v Value) (engine.Expr, bool) {
	return matrixSympify(in, v)
}

func (in *interp) extBinop(op string, a, b Value) (Value, bool) {
	return in.matrixBinop(op, a, b)
}

func (in *interp) extUnary(op string, v Value) (Value, bool) { return in.matrixUnary(op, v) }

func (in *interp) extCompare(op string, a, b Value) (Value, bool) {
	return nil, false
}

func (in *interp) extGetItem(v, idx Value) (Value, bool) { return in.matrixGetItem(v, idx) }

func (in *interp) extSetItem(v, idx, val Value) bool { return in.matrixSetItem(v, idx, val) }

func (in *interp) extAttr(v Value, name string) (Value, bool) { return in.matrixAttr(v, name) }
