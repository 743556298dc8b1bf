package session

import (
	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file holds the hooks for value kinds beyond the core Python types:
// dict views, matrices and NumPy arrays.

func extTypeName(v Value) (string, bool) {
	switch x := v.(type) {
	case sympyObject:
		return x.className(), true
	case *dictView:
		return x.kind, true
	}
	if n, ok := arrayTypeName(v); ok {
		return n, true
	}
	switch x := v.(type) {
	case *npRandomState:
		return "numpy.random.mtrand.RandomState", true
	case *npGenerator:
		return "numpy.random._generator.Generator", true
	case *npBitGenerator:
		return "numpy.random._pcg64.PCG64", true
	case *poly1d:
		return "poly1d", true
	case *npConcat:
		return map[string]string{"c_": "CClass", "r_": "RClass"}[x.name], true
	case *symSet:
		return x.kind, true
	case *polyValue:
		return x.cls, true
	case *domainValue:
		return x.d.ClassName(), true
	case *monomialValue:
		return "Monomial", true
	case *transform:
		return "function", true
	case *sortKeyValue:
		return "tuple", true
	case parserT:
		return "_T", true
	case *sympyBool:
		if x.v {
			return "BooleanTrue", true
		}
		return "BooleanFalse", true
	case *logicValue:
		return x.className(), true
	case *mpmathFloat:
		return "mpf", true
	case *mpConstant:
		return "constant", true
	case *mpContext:
		return "MPContext", true
	case *axesGrid:
		return "numpy.ndarray", true
	case *ndimValue:
		return x.className(), true
	case *vectorValue:
		return x.className(), true
	case *coordSysValue:
		return "CoordSys3D", true
	case *delValue:
		return "Del", true
	case *paramRegion:
		return "ParametricRegion", true
	case *sympyPlot:
		return "MatplotlibBackend", true
	case *plotSeries:
		return x.className(), true
	}
	return matrixTypeName(v)
}

func extRepr(in *interp, v Value) (string, bool) {
	switch x := v.(type) {
	case *dictView:
		return x.kind + "(" + in.repr(&List{Items: x.items()}) + ")", true
	case *symSet:
		return in.setStr(x), true
	case *polyValue:
		return x.str(), true
	case *domainValue:
		return x.d.String(), true
	case *ndimValue:
		return x.a.Str(x.className()), true
	}
	if s, ok := in.arrayRepr(v); ok {
		return s, true
	}
	if s, ok := plotRepr(v); ok {
		return s, true
	}
	if s, ok := in.mpmathValueRepr(v); ok {
		return s, true
	}
	if s, ok := sympyBoolRepr(v); ok {
		return s, true
	}
	if s, ok := axesGridRepr(v); ok {
		return s, true
	}
	return matrixRepr(in, v)
}

func extIterable(v Value) bool {
	switch x := v.(type) {
	case *ndarray.Array, *ndimValue:
		return true
	case *symSet:
		return x.kind == "FiniteSet" || x.kind == "EmptySet"
	}
	return matrixIterable(v)
}

func extIterate(in *interp, v Value, f func(Value) bool) bool {
	switch x := v.(type) {
	case *ndarray.Array:
		for _, it := range arrayItems(x) {
			if !f(it) {
				break
			}
		}
		return true
	case *ndimValue:
		for _, it := range ndimItems(x) {
			if !f(it) {
				break
			}
		}
		return true
	case *symSet:
		if x.kind != "FiniteSet" && x.kind != "EmptySet" {
			throw("TypeError", "The infinite set %s cannot be iterated", x.kind)
		}
		for _, it := range x.items {
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
	case *ndimValue:
		return len(x.a.Elems()), true // SymPy's len is the number of elements
	case *ndarray.Array:
		if x.NDim() == 0 {
			throw("TypeError", "len() of unsized object")
		}
		return x.Shape()[0], true
	case *sympyPlot:
		throw("TypeError", "object of type 'MatplotlibBackend' has no len()")
	case *axesGrid:
		return len(x.rowsOrItems()), true
	case *symSet:
		if x.kind != "FiniteSet" && x.kind != "EmptySet" {
			throw("TypeError", "object of type '%s' has no len()", x.kind)
		}
		return len(x.items), true
	}
	return matrixLen(v)
}

func extEqual(a, b Value) (bool, bool) {
	if sa, ok := a.(*symSet); ok {
		sb, ok := b.(*symSet)
		return ok && setsEqual(sa, sb), true
	}
	if na, ok := a.(*ndimValue); ok {
		nb, ok := b.(*ndimValue)
		return ok && na.a.Equal(nb.a), true
	}
	if eq, ok := dtypeEqual(a, b); ok {
		return eq, true
	}
	return matrixEqual(a, b)
}

func extSympify(in *interp, v Value) (engine.Expr, bool) {
	return matrixSympify(in, v)
}

func (in *interp) extBinop(op string, a, b Value) (Value, bool) {
	if r, ok := in.poly1dBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.vectorBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.ndimBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.objBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.arrayBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.mpmathBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.logicBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.setBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := in.polyBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := sympyBoolBinop(op, a, b); ok {
		return r, true
	}
	return in.matrixBinop(op, a, b)
}

func (in *interp) extUnary(op string, v Value) (Value, bool) {
	if r, ok := in.vectorUnary(op, v); ok {
		return r, true
	}
	if r, ok := in.ndimUnary(op, v); ok {
		return r, true
	}
	if r, ok := in.arrayUnary(op, v); ok {
		return r, true
	}
	if r, ok := in.mpmathUnary(op, v); ok {
		return r, true
	}
	if r, ok := in.polyUnary(op, v); ok {
		return r, true
	}
	if op == "~" && isLogical(v) {
		if _, isPy := v.(bool); !isPy {
			return boolValue(engine.NewNot(in.boolExpr(v))), true
		}
	}
	return in.matrixUnary(op, v)
}

func (in *interp) extCompare(op string, a, b Value) (Value, bool) {
	if r, ok := in.arrayBinop(op, a, b); ok { // elementwise
		return r, true
	}
	if r, ok := sympyBoolBinop(op, a, b); ok {
		return r, true
	}
	if r, ok := sortKeyCompare(op, a, b); ok {
		return r, true
	}
	return in.mpmathBinop(op, a, b)
}

func (in *interp) extGetItem(v, idx Value) (Value, bool) {
	if r, ok := in.ndimGetItem(v, idx); ok {
		return r, true
	}
	if r, ok := in.arrayGetItem(v, idx); ok {
		return r, true
	}
	if r, ok := plotGetItem(v, idx, in); ok {
		return r, true
	}
	if r, ok := in.axesGridGetItem(v, idx); ok {
		return r, true
	}
	return in.matrixGetItem(v, idx)
}

func (in *interp) extSetItem(v, idx, val Value) bool {
	return in.arraySetItem(v, idx, val) || in.ndimSetItem(v, idx, val) || in.matrixSetItem(v, idx, val)
}

func (in *interp) extAttr(v Value, name string) (Value, bool) {
	if o, ok := v.(pyAttrs); ok {
		return o.attr(in, name)
	}
	if s, ok := v.(*symSet); ok {
		return in.symSetAttr(s, name)
	}
	if p, ok := v.(*polyValue); ok {
		return in.polyAttr(p, name)
	}
	if d, ok := v.(*domainValue); ok {
		return in.domainAttr(d, name)
	}
	if l, ok := v.(*logicValue); ok {
		return in.logicAttr(l, name)
	}
	if r, ok := in.objArrayAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.arrayAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.ndimAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.vectorAttr(v, name); ok {
		return r, true
	}
	if r, ok := seriesAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.plotAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.axesGridAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.mpContextAttr(v, name); ok {
		return r, true
	}
	if r, ok := in.randomStateAttr(v, name); ok {
		return r, true
	}
	return in.matrixAttr(v, name)
}
