package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// ndimTable binds the array constructors and the functions of
// sympy.tensor.array.
var ndimTable = []*binding{
	{Name: "Array", Sig: "(iterable, shape=None)", Honours: "shape",
		Doc: "An immutable N-dimensional array from nested lists, a Matrix, or a flat list and a shape.",
		Fn:  func(in *interp, a *callArgs) Value { return in.newArray(a.Get("iterable"), a.Get("shape"), false) }},
	{Name: "ImmutableDenseNDimArray", Sig: "(iterable, shape=None)", Honours: "shape",
		Doc: "The class of Array: an immutable N-dimensional array.",
		Fn:  func(in *interp, a *callArgs) Value { return in.newArray(a.Get("iterable"), a.Get("shape"), false) }},
	{Name: "MutableDenseNDimArray", Sig: "(iterable=None, shape=None)", Honours: "iterable shape",
		Doc: "An N-dimensional array whose items can be assigned.",
		Fn: func(in *interp, a *callArgs) Value {
			it := a.Get("iterable")
			if it == nil || it == none {
				it = &List{}
			}
			return in.newArray(it, a.Get("shape"), true)
		}},
	{Name: "derive_by_array",
		Doc: "The derivatives of expr (an expression or array) by each variable of dx, with shape dx.shape + expr.shape.",
		Fn:  func(in *interp, a *callArgs) Value { return in.deriveByArray(a.Get("expr"), a.Get("dx")) }},
	{Name: "tensorproduct", Doc: "The tensor product of arrays (scalars multiply).",
		Fn: func(in *interp, a *callArgs) Value { return in.tensorProduct(a.Rest()) }},
	{Name: "tensorcontraction", Doc: "The sum over equal indices of each group of axes, which leave the shape.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.arrayfy(a.Get("array"))
			var groups [][]int
			for _, g := range a.Rest() {
				var axes []int
				in.iterate(g, func(v Value) bool { axes = append(axes, int(in.toIndex(v))); return true })
				groups = append(groups, axes)
			}
			r, err := engine.TensorContraction(arr.a, groups)
			if err != nil {
				panic(err)
			}
			return ndimResult(r, arr.mutable)
		}},
	{Name: "permutedims", Honours: "perm",
		Doc: "The array with its axes permuted: axis k of the result is axis perm[k].",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.arrayfy(a.Get("expr"))
			p := a.Get("perm")
			if p == nil || p == none {
				throw("NotImplementedError", "dcalc's permutedims takes perm as a list of axes")
			}
			return in.permute(arr, p)
		}},
}

// arrayfy is _arrayfy for the functions that need an array: lists,
// tuples and matrices become arrays.
func (in *interp) arrayfy(v Value) *ndimValue {
	if nv, ok := v.(*ndimValue); ok {
		return nv
	}
	if a, ok := in.toNDim(v); ok {
		return &ndimValue{a: a}
	}
	throw("TypeError", "expected an array, not %s", typeName(v))
	return nil
}

func (in *interp) permute(arr *ndimValue, p Value) Value {
	var perm []int
	in.iterate(p, func(v Value) bool { perm = append(perm, int(in.toIndex(v))); return true })
	r, err := arr.a.Permute(perm)
	if err != nil {
		panic(err)
	}
	return &ndimValue{a: r, mutable: arr.mutable}
}

// deriveByArray is derive_by_array(expr, dx).
func (in *interp) deriveByArray(expr, dx Value) Value {
	dxa, dxIsArr := in.toNDim(dx)
	var dxs []engine.Expr
	var dxShape []int
	if dxIsArr {
		dxs, dxShape = dxa.Elems(), dxa.Shape()
	} else {
		dxs = []engine.Expr{in.sympify(dx)}
	}
	mutable := false
	ea, eIsArr := in.toNDim(expr)
	if nv, ok := expr.(*ndimValue); ok {
		mutable = nv.mutable
	}
	if !eIsArr {
		e := in.sympify(expr)
		if !dxIsArr {
			return in.diff(e, []engine.VarCount{{Var: dxs[0], Count: 1}})
		}
		ea, _ = engine.NewNDimArray([]engine.Expr{e}, nil)
	}
	r, err := engine.DeriveByArray(ea, dxs, dxShape)
	if err != nil {
		panic(err)
	}
	return &ndimValue{a: r, mutable: mutable}
}

// tensorProduct is tensorproduct(*args), folded pairwise.
func (in *interp) tensorProduct(args []Value) Value {
	if len(args) == 0 {
		return engine.One
	}
	acc := in.arrayfyOrScalar(args[0])
	for _, b := range args[1:] {
		b = in.arrayfyOrScalar(b)
		x, xok := acc.(*ndimValue)
		y, yok := b.(*ndimValue)
		switch {
		case xok && yok:
			acc = &ndimValue{a: engine.TensorProduct(x.a, y.a)}
		default:
			acc = in.binop("*", acc, b, nil)
		}
	}
	return acc
}

func (in *interp) arrayfyOrScalar(v Value) Value {
	if a, ok := in.toNDim(v); ok {
		if nv, ok := v.(*ndimValue); ok {
			return nv
		}
		return &ndimValue{a: a}
	}
	return in.sympify(v)
}

// ndimMethod makes a method row of arrays.
func ndimMethod(name, sig, honours, doc string, fn func(in *interp, nv *ndimValue, a *callArgs) Value) *binding {
	return &binding{Name: name, API: "NDimArray." + name, Sig: sig, Honours: honours, Doc: doc,
		Fn: func(in *interp, a *callArgs) Value { return fn(in, a.Self.(*ndimValue), a) }}
}

// ndimElementwise is a method that applies the Expr method of the same
// name to every element.
func ndimElementwise(name, sig, doc string) *binding {
	return ndimMethod(name, sig, "**", doc, func(in *interp, nv *ndimValue, a *callArgs) Value {
		return in.elementwise(nv, name, a.Rest(), a.Extra())
	})
}

// ndimMethods are the methods of arrays.
var ndimMethods = []*binding{
	ndimMethod("rank", "()", "", "The number of indices.",
		func(in *interp, nv *ndimValue, a *callArgs) Value { return big.NewInt(int64(nv.a.Rank())) }),
	ndimMethod("tolist", "()", "", "The array as nested lists.",
		func(in *interp, nv *ndimValue, a *callArgs) Value { return ndimList(nv.a) }),
	ndimMethod("tomatrix", "()", "", "The rank-2 array as a Matrix.",
		func(in *interp, nv *ndimValue, a *callArgs) Value {
			sh := nv.a.Shape()
			if len(sh) != 2 {
				throw("ValueError", "Dimensions must be of size of 2")
			}
			return newMatrixValue(engine.NewMatrixFunc(sh[0], sh[1], func(i, j int) engine.Expr {
				return nv.a.Elems()[i*sh[1]+j]
			}))
		}),
	ndimMethod("applyfunc", "(f)", "", "The array of f applied to every element.",
		func(in *interp, nv *ndimValue, a *callArgs) Value {
			f := a.Get("f")
			return &ndimValue{a: nv.a.Map(func(e engine.Expr) engine.Expr {
				return in.sympify(in.call(f, []Value{e}, nil))
			}), mutable: nv.mutable}
		}),
	ndimMethod("transpose", "()", "", "The rank-2 array with its two axes swapped.",
		func(in *interp, nv *ndimValue, a *callArgs) Value {
			if nv.a.Rank() != 2 {
				throw("ValueError", "array rank not 2")
			}
			return in.permute(nv, &List{Items: []Value{big.NewInt(1), big.NewInt(0)}})
		}),
	ndimMethod("reshape", "(*newshape)", "", "The elements in a new shape of the same size.",
		func(in *interp, nv *ndimValue, a *callArgs) Value {
			var dims []int
			for _, d := range a.Rest() {
				dims = append(dims, int(in.toIndex(d)))
			}
			r, err := engine.NewNDimArray(nv.a.Elems(), dims)
			if err != nil {
				throw("ValueError", "Expecting reshape size to %d but got prod(%s) = %d", len(nv.a.Elems()),
					in.repr(&Tuple{Items: a.Rest()}), shapeSize(dims))
			}
			return &ndimValue{a: r, mutable: nv.mutable}
		}),
	ndimMethod("as_immutable", "()", "", "The array as an ImmutableDenseNDimArray.",
		func(in *interp, nv *ndimValue, a *callArgs) Value { return &ndimValue{a: nv.a} }),
	ndimMethod("as_mutable", "()", "", "The array as a MutableDenseNDimArray.",
		func(in *interp, nv *ndimValue, a *callArgs) Value { return &ndimValue{a: nv.a, mutable: true} }),
	ndimElementwise("subs", "(*args, **kwargs)", "Substitute in every element."),
	ndimElementwise("xreplace", "(rule)", "Replace subexpressions in every element."),
	ndimMethod("diff", "(*symbols, **assumptions)", "**", "Differentiate every element (by an array: derive_by_array).",
		func(in *interp, nv *ndimValue, a *callArgs) Value {
			if r := a.Rest(); len(r) == 1 {
				if _, isArr := in.toNDim(r[0]); isArr {
					return in.deriveByArray(nv, r[0])
				}
			}
			return in.elementwise(nv, "diff", a.Rest(), a.Extra())
		}),
	ndimElementwise("doit", "(**hints)", "Evaluate the unevaluated objects in every element."),
	ndimElementwise("simplify", "(**kwargs)", "Simplify every element."),
	ndimElementwise("conjugate", "()", "The complex conjugate of every element."),
}

var ndimMethodIndex = map[string]*binding{}

func init() {
	for _, b := range ndimMethods {
		ndimMethodIndex[b.Name] = b
	}
}

// ndimAttr is a.name for an array: shape and free_symbols, or a bound
// method.
func (in *interp) ndimAttr(v Value, name string) (Value, bool) {
	nv, ok := v.(*ndimValue)
	if !ok {
		return nil, false
	}
	switch name {
	case "shape":
		return intTuple(nv.a.Shape()), true
	case "free_symbols":
		s := newSet()
		for _, e := range nv.a.Elems() {
			for _, sym := range engine.FreeSymbols(e) {
				s.Add(sym)
			}
		}
		return s, true
	}
	if b, ok := ndimMethodIndex[name]; ok {
		return b.method(nv), true
	}
	return nil, false
}

func shapeSize(xs []int) int {
	p := 1
	for _, x := range xs {
		p *= x
	}
	return p
}
