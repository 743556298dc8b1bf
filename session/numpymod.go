package session

import (
	"cmp"
	"errors"
	"math"
	"math/big"
	"math/cmplx"
	"slices"
	"strings"
	"time"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
	"github.com/dcalc/dcalc/session/ndarray/linalg"
)

// This file is the numpy module: its binding table (NumPy 1.24's
// signatures; keywords not honoured raise NotImplementedError unless
// given their default) and the ufunc tables.

// unaryUfuncs are NumPy's elementwise functions of one argument.
var unaryUfuncs = []*ndarray.Unary{
	{Name: "sin", F: math.Sin, CR: libmSin, C: cmplx.Sin},
	{Name: "cos", F: math.Cos, CR: libmCos, C: cmplx.Cos},
	{Name: "tan", F: math.Tan, CR: libmTan, C: cmplx.Tan},
	{Name: "arcsin", F: math.Asin, CR: libmAsin, C: cmplx.Asin},
	{Name: "arccos", F: math.Acos, CR: libmAcos, C: cmplx.Acos},
	{Name: "arctan", F: math.Atan, CR: libmAtan, C: cmplx.Atan},
	{Name: "sinh", F: math.Sinh, C: cmplx.Sinh},
	{Name: "cosh", F: math.Cosh, C: cmplx.Cosh},
	{Name: "tanh", F: math.Tanh, C: cmplx.Tanh},
	{Name: "arcsinh", F: math.Asinh, C: cmplx.Asinh},
	{Name: "arccosh", F: math.Acosh, C: cmplx.Acosh},
	{Name: "arctanh", F: math.Atanh, C: cmplx.Atanh, Pole: func(x float64) bool { return math.Abs(x) == 1 }},
	{Name: "exp", F: math.Exp, CR: libmExp, C: cmplx.Exp},
	{Name: "exp2", F: math.Exp2, C: func(z complex128) complex128 { return cmplx.Pow(2, z) }},
	{Name: "expm1", F: math.Expm1},
	{Name: "log", F: math.Log, CR: libmLog, C: cmplx.Log, Pole: isZero},
	{Name: "log2", F: math.Log2, CR: libmLog2, Pole: isZero},
	{Name: "log10", F: math.Log10, CR: libmLog10, C: cmplx.Log10, Pole: isZero},
	{Name: "log1p", F: math.Log1p, Pole: func(x float64) bool { return x == -1 }},
	{Name: "sqrt", F: math.Sqrt, C: cmplx.Sqrt},
	{Name: "cbrt", F: math.Cbrt},
	{Name: "square", F: func(x float64) float64 { return x * x }, I: func(x int64) int64 { return x * x },
		C: func(z complex128) complex128 { return z * z }},
	{Name: "absolute", F: math.Abs, I: absInt, CReal: cmplx.Abs},
	{Name: "fabs", F: math.Abs},
	{Name: "negative", F: func(x float64) float64 { return -x }, I: func(x int64) int64 { return -x },
		C: func(z complex128) complex128 { return -z }},
	{Name: "positive", F: func(x float64) float64 { return x }, I: func(x int64) int64 { return x },
		C: func(z complex128) complex128 { return z }},
	{Name: "sign", F: signFloat, I: func(x int64) int64 { return int64(cmp.Compare(x, 0)) }},
	{Name: "floor", F: math.Floor},
	{Name: "ceil", F: math.Ceil},
	{Name: "trunc", F: math.Trunc},
	{Name: "rint", F: math.RoundToEven},
	{Name: "reciprocal", F: func(x float64) float64 { return 1 / x }, Pole: isZero,
		C: func(z complex128) complex128 { return 1 / z }},
	{Name: "sinc", F: func(x float64) float64 {
		// NumPy's normalized sinc, computed as numpy.sinc does
		y := math.Pi * x
		if x == 0 {
			y = math.Pi * 1e-20
		}
		return math.Sin(y) / y
	}},
	{Name: "deg2rad", F: func(x float64) float64 { return x * (math.Pi / 180) }},
	{Name: "rad2deg", F: func(x float64) float64 { return x * (180 / math.Pi) }},
	{Name: "isnan", B: func(x float64) bool { return math.IsNaN(x) }},
	{Name: "isinf", B: func(x float64) bool { return math.IsInf(x, 0) }},
	{Name: "isfinite", B: func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }},
}

// unaryUfunc is the row of unaryUfuncs called name.
func unaryUfunc(name string) *ndarray.Unary {
	for _, u := range unaryUfuncs {
		if u.Name == name {
			return u
		}
	}
	panic("no ufunc " + name)
}

// absoluteUfunc is abs() of an array; sqrtUfunc its square root.
var absoluteUfunc, sqrtUfunc = unaryUfunc("absolute"), unaryUfunc("sqrt")

// ufuncAliases are NumPy's other names for the ufuncs above.
var ufuncAliases = map[string]string{"abs": "absolute", "radians": "deg2rad", "degrees": "rad2deg"}

func isZero(x float64) bool { return x == 0 }

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func signFloat(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
	return x
}

// ignoreNaN is C's fmax or fmin over f (NumPy's fmax and fmin call
// them): a NaN operand is ignored, where Go's math.Max returns it.
func ignoreNaN(f func(x, y float64) float64) func(x, y float64) float64 {
	return func(x, y float64) float64 {
		switch {
		case math.IsNaN(x):
			return y
		case math.IsNaN(y):
			return x
		}
		return f(x, y)
	}
}

// binaryUfuncs are NumPy's elementwise functions of two arguments that
// are not Python operators.
var binaryUfuncs = []*ndarray.Binary{
	{Name: "arctan2", F: math.Atan2, CR: libmAtan2, FloatOnly: true, NoComplex: true},
	{Name: "hypot", F: math.Hypot, FloatOnly: true, NoComplex: true},
	{Name: "maximum", F: nanMax, I: func(x, y int64) (int64, bool) { return max(x, y), false }, NoComplex: true},
	{Name: "minimum", F: nanMin, I: func(x, y int64) (int64, bool) { return min(x, y), false }, NoComplex: true},
	{Name: "fmax", F: ignoreNaN(math.Max), I: func(x, y int64) (int64, bool) { return max(x, y), false }, NoComplex: true},
	{Name: "fmin", F: ignoreNaN(math.Min), I: func(x, y int64) (int64, bool) { return min(x, y), false }, NoComplex: true},
	{Name: "logaddexp", F: func(x, y float64) float64 {
		m := math.Max(x, y)
		return m + math.Log1p(math.Exp(-math.Abs(x-y)))
	}, FloatOnly: true, NoComplex: true},
}

func nanMax(x, y float64) float64 {
	if x != x || y != y {
		return math.NaN()
	}
	return math.Max(x, y)
}

func nanMin(x, y float64) float64 {
	if x != x || y != y {
		return math.NaN()
	}
	return math.Min(x, y)
}

// operatorUfuncs are the ufuncs behind Python's operators, by NumPy name.
var operatorUfuncs = map[string]string{
	"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "true_divide": "/",
	"floor_divide": "//", "remainder": "%", "mod": "%", "power": "**",
	"equal": "==", "not_equal": "!=", "less": "<", "less_equal": "<=",
	"greater": ">", "greater_equal": ">=",
}

// ufuncSig is the signature NumPy's ufuncs show; only the arguments and
// the defaults of the keywords are honoured.
const (
	ufuncSig1 = "(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)"
	ufuncSig2 = "(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)"
)

// ufuncArg converts a ufunc argument to an array; a SymPy expression
// fails as it does in NumPy (an object array whose elements lack the
// method).
func (in *interp) ufuncArg(v Value, name string, pos int) *ndarray.Array {
	if e, ok := v.(engine.Expr); ok {
		throw("TypeError", "loop of ufunc does not support argument %d of type %s which has no callable %s method", pos, exprTypeName(e), name)
	}
	return in.toArray(v)
}

func unaryRow(u *ndarray.Unary, name string) *binding {
	return &binding{Name: name, Sig: ufuncSig1, Doc: "NumPy's elementwise " + u.Name + ".",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.ufuncArg(a.Get("x"), u.Name, 0)
			r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) {
				if in.sampling {
					return u.MapFast(x)
				}
				return u.Map(x)
			})
			return in.npResult(r, fl, u.Name)
		}}
}

func binaryRow(b *ndarray.Binary, name string) *binding {
	return &binding{Name: name, Sig: ufuncSig2, Doc: "NumPy's elementwise " + b.Name + ".",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.ufuncArg(a.Get("x1"), b.Name, 0), in.ufuncArg(a.Get("x2"), b.Name, 1)
			r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) {
				if in.sampling {
					return b.ApplyFast(x, y)
				}
				return b.Apply(x, y)
			})
			return in.npResult(r, fl, b.Name)
		}}
}

// reductionRow binds np.NAME(a, axis=None, ...) and the method a.NAME.
func reductionRow(name string, r ndarray.Reduction, sig, honours string) *binding {
	if strings.Contains(sig, "dtype=None") {
		honours += " dtype"
	}
	return &binding{Name: name, Sig: sig, Honours: honours + " keepdims", Doc: "NumPy's " + name + " over all elements or along an axis.",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.toArray(a.Or("a", a.Self))
			if dt := in.dtypeArg(a); dt != nil {
				// the accumulator's type: float64 sums integers as floats
				if *dt != ndarray.Float64 && *dt != arr.DType() {
					throw("NotImplementedError", "dcalc's %s() takes dtype=float64 (or the array's own) only", name)
				}
				arr = arr.AsType(*dt)
			}
			axis := in.reductionAxis(a.Get("axis"), arr.NDim(), r == ndarray.ArgMax || r == ndarray.ArgMin)
			ddof := 0
			if d := a.Get("ddof"); d != nil {
				ddof = int(in.toIndex(d))
			}
			res, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Reduce(r, arr, axis, ddof) })
			if k := a.Get("keepdims"); k != nil && in.truth(k, nil) {
				// the reduced axes kept with length one
				shape := slices.Clone(arr.Shape())
				for d := range shape {
					if axis == nil || d == *axis || d == *axis+len(shape) {
						shape[d] = 1
					}
				}
				res = res.Reshape(shape)
			}
			names := map[ndarray.Reduction]string{ndarray.Mean: "divide", ndarray.Var: "divide", ndarray.Std: "divide"}
			if fl != 0 && (r == ndarray.Mean || r == ndarray.Var || r == ndarray.Std) {
				// NumPy warns "Mean of empty slice" first, then the division.
				if arr.Size() == 0 {
					in.warn("RuntimeWarning", "Mean of empty slice.")
					in.warn("RuntimeWarning", "invalid value encountered in double_scalars")
					return arrayValue(res)
				}
				if r != ndarray.Mean {
					in.warn("RuntimeWarning", "Degrees of freedom <= 0 for slice")
				}
			}
			return in.npResult(res, fl, names[r])
		}}
}

// reductionAxis reads a reduction's axis: None, an integer, or a tuple
// of axes, which dcalc reduces when it is one axis or all of them (the
// order NumPy adds a partial set of axes in is not followed).
func (in *interp) reductionAxis(v Value, nd int, single bool) *int {
	t, ok := v.(*Tuple)
	if !ok || single {
		return in.axisArg(v)
	}
	seen := map[int]bool{}
	for _, it := range t.Items {
		ax := normAxis(int(in.toIndex(it)), nd)
		if seen[ax] {
			throw("ValueError", "duplicate value in 'axis'")
		}
		seen[ax] = true
	}
	switch {
	case len(seen) == nd:
		return nil
	case len(seen) == 1:
		for ax := range seen {
			return &ax
		}
	}
	throw("NotImplementedError", "dcalc's numpy reductions take one axis or all of them")
	return nil
}

// npArg is an argument converted with np.asarray; the array of a method
// call (x.round()) is its receiver.
func (in *interp) npArg(a *callArgs, name string) *ndarray.Array {
	v := a.Get(name)
	if v == nil && name == "a" && a.Self != nil {
		v = a.Self
	}
	return in.toArray(v)
}

// dtypeArg reads the optional dtype parameter.
func (in *interp) dtypeArg(a *callArgs) *ndarray.DType {
	if dt, ok := in.dtypeOf(a.Get("dtype")); ok {
		return &dt
	}
	return nil
}

// numpyTable binds the numpy module's functions.
var numpyTable = []*binding{
	{Name: "array", Sig: "(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, like=None)", Honours: "dtype copy",
		Doc: "A new array from a list, tuple or array.",
		Fn: func(in *interp, a *callArgs) Value {
			obj := a.Get("object")
			if dt := a.Get("dtype"); dt != nil && in.isObjectDType(dt) || (dt == nil || dt == none) && in.wantsObject(obj) {
				return in.newObjArray(obj)
			}
			arr := in.toArrayDType(obj, in.dtypeArg(a))
			if arr == obj && in.truth(a.Or("copy", true), nil) {
				arr = arr.AsTypeKeepOrder(arr.DType()) // order='K'
			}
			return arr
		}},
	{Name: "asarray", Sig: "(a, dtype=None, order=None, *, like=None)", Honours: "dtype", Doc: "The argument as an array (not copied if it is one).",
		Fn: func(in *interp, a *callArgs) Value {
			obj := a.Get("a")
			if dt := a.Get("dtype"); dt != nil && in.isObjectDType(dt) || (dt == nil || dt == none) && in.wantsObject(obj) {
				if o, ok := obj.(*objArray); ok {
					return o
				}
				return in.newObjArray(obj)
			}
			return in.toArrayDType(obj, in.dtypeArg(a))
		}},
	{Name: "linspace", Sig: "(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)", Honours: "num endpoint retstep dtype",
		Doc: "num evenly spaced numbers from start to stop.", Fn: (*interp).npLinspace},
	{Name: "arange", Sig: "(*args, dtype=None, like=None)", Honours: "dtype", Doc: "Evenly spaced values in [start, stop) with a step.",
		Fn: (*interp).npArange},
	{Name: "zeros", Sig: "(shape, dtype=float, order='C', *, like=None)", Honours: "dtype", Doc: "An array of zeros.",
		Fn: func(in *interp, a *callArgs) Value { return in.npFilled(a, 0) }},
	{Name: "ones", Sig: "(shape, dtype=None, order='C', *, like=None)", Honours: "dtype", Doc: "An array of ones.",
		Fn: func(in *interp, a *callArgs) Value { return in.npFilled(a, 1) }},
	{Name: "empty", Sig: "(shape, dtype=float, order='C', *, like=None)", Honours: "dtype", Doc: "A new array (dcalc fills it with zeros).",
		Fn: func(in *interp, a *callArgs) Value { return in.npFilled(a, 0) }},
	{Name: "full", Sig: "(shape, fill_value, dtype=None, order='C', *, like=None)", Honours: "dtype", Doc: "An array filled with one value.",
		Fn: func(in *interp, a *callArgs) Value {
			v := in.toArray(a.Get("fill_value"))
			dt := v.DType()
			if d := in.dtypeArg(a); d != nil {
				dt = *d
			}
			out := ndarray.Zeros(dt, in.shapeArg(a.Get("shape")))
			npCall(func() bool { out.Set(nil, v); return true })
			return out
		}},
	{Name: "zeros_like", Sig: "(a, dtype=None, order='K', subok=True, shape=None)", Honours: "dtype", Doc: "Zeros with the shape and type of a.",
		Fn: func(in *interp, a *callArgs) Value { return in.npLike(a, 0) }},
	{Name: "ones_like", Sig: "(a, dtype=None, order='K', subok=True, shape=None)", Honours: "dtype", Doc: "Ones with the shape and type of a.",
		Fn: func(in *interp, a *callArgs) Value { return in.npLike(a, 1) }},
	{Name: "eye", Sig: "(N, M=None, k=0, dtype=float, order='C', *, like=None)", Honours: "M k dtype", Doc: "A 2-d array with ones on a diagonal.",
		Fn: func(in *interp, a *callArgs) Value {
			n := int(in.toIndex(a.Get("N")))
			m := n
			if v := a.Get("M"); v != nil && v != none {
				m = int(in.toIndex(v))
			}
			k := 0
			if v := a.Get("k"); v != nil {
				k = int(in.toIndex(v))
			}
			dt := ndarray.Float64
			if d := in.dtypeArg(a); d != nil {
				dt = *d
			}
			out := ndarray.Zeros(dt, []int{n, m})
			one := ndarray.Scalar(1.0)
			for i := range n {
				if j := i + k; j >= 0 && j < m {
					out.Set([]ndarray.Index{{Kind: ndarray.IndexInt, Int: i}, {Kind: ndarray.IndexInt, Int: j}}, one.AsType(dt))
				}
			}
			return out
		}},
	{Name: "meshgrid", Sig: "(*xi, copy=True, sparse=False, indexing='xy')", Honours: "indexing", Doc: "Coordinate matrices from coordinate vectors.",
		Fn: (*interp).npMeshgrid},
	reductionRow("sum", ndarray.Sum, "(a, axis=None, dtype=None, out=None, keepdims=False, initial=0, where=True)", "axis"),
	reductionRow("prod", ndarray.Prod, "(a, axis=None, dtype=None, out=None, keepdims=False, initial=1, where=True)", "axis"),
	reductionRow("mean", ndarray.Mean, "(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)", "axis"),
	reductionRow("std", ndarray.Std, "(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)", "axis ddof"),
	reductionRow("var", ndarray.Var, "(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)", "axis ddof"),
	reductionRow("max", ndarray.Max, "(a, axis=None, out=None, keepdims=False, initial=None, where=True)", "axis"),
	reductionRow("amax", ndarray.Max, "(a, axis=None, out=None, keepdims=False, initial=None, where=True)", "axis"),
	reductionRow("min", ndarray.Min, "(a, axis=None, out=None, keepdims=False, initial=None, where=True)", "axis"),
	reductionRow("amin", ndarray.Min, "(a, axis=None, out=None, keepdims=False, initial=None, where=True)", "axis"),
	reductionRow("argmax", ndarray.ArgMax, "(a, axis=None, out=None, *, keepdims=False)", "axis"),
	reductionRow("argmin", ndarray.ArgMin, "(a, axis=None, out=None, *, keepdims=False)", "axis"),
	reductionRow("any", ndarray.Any, "(a, axis=None, out=None, keepdims=False, *, where=True)", "axis"),
	reductionRow("all", ndarray.All, "(a, axis=None, out=None, keepdims=False, *, where=True)", "axis"),
	{Name: "cumsum", Sig: "(a, axis=None, dtype=None, out=None)", Honours: "axis", Doc: "Running sums.",
		Fn: func(in *interp, a *callArgs) Value {
			arr, axis := in.toArray(a.Or("a", a.Self)), in.axisArg(a.Get("axis"))
			return npCall(func() Value { return ndarray.CumSum(arr, axis, false) })
		}},
	{Name: "cumprod", Sig: "(a, axis=None, dtype=None, out=None)", Honours: "axis", Doc: "Running products.",
		Fn: func(in *interp, a *callArgs) Value {
			arr, axis := in.toArray(a.Or("a", a.Self)), in.axisArg(a.Get("axis"))
			return npCall(func() Value { return ndarray.CumSum(arr, axis, true) })
		}},
	{Name: "dot", Sig: "(a, b, out=None)", Doc: "Dot product: inner product of vectors, matrix product of 2-d arrays.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.npDot(in.npArg(a, "a"), in.npArg(a, "b"), ndarray.Dot)
		}},
	{Name: "inner", Sig: "(a, b, /)", Doc: "Inner product: sums of products over the last axes (arrays of up to 2 dimensions).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.npDot(in.npArg(a, "a"), in.npArg(a, "b"), ndarray.Inner)
		}},
	{Name: "vdot", Sig: "(a, b, /)", Doc: "Dot product of the flattened arrays, the first conjugated.",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "a"), in.npArg(a, "b")
			return npCall(func() Value { return arrayValue(ndarray.VDot(x, y)) })
		}},
	{Name: "matmul", Sig: ufuncSig2, Doc: "Matrix product (the @ operator).",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "x1"), in.npArg(a, "x2")
			return npCall(func() Value { return arrayValue(ndarray.MatMul(x, y)) })
		}},
	{Name: "outer", Sig: "(a, b, out=None)", Doc: "Outer product of two vectors.",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "a").Ravel(), in.npArg(a, "b").Ravel()
			x = x.Reshape([]int{x.Size(), 1})
			r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Arithmetic("*", libmPow).Apply(x, y) })
			return in.npResult(r, fl, "multiply")
		}},
	{Name: "transpose", Sig: "(a, axes=None)", Doc: "The array with its axes reversed.",
		Fn: func(in *interp, a *callArgs) Value { return in.npArg(a, "a").Transpose() }},
	{Name: "reshape", Sig: "(a, newshape, order='C')", Doc: "The array with a new shape.",
		Fn: func(in *interp, a *callArgs) Value {
			arr, shape := in.npArg(a, "a"), in.shapeArgNeg(a.Get("newshape"))
			return npCall(func() Value { return arr.Reshape(shape) })
		}},
	{Name: "ravel", Sig: "(a, order='C')", Doc: "The elements as a 1-d array.",
		Fn: func(in *interp, a *callArgs) Value { return in.npArg(a, "a").Ravel() }},
	{Name: "concatenate", Sig: "(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')", Honours: "axis", Doc: "Join arrays along an axis.",
		Fn: func(in *interp, a *callArgs) Value {
			arrs := in.arrayList(a.Get("arrays"))
			ax := 0
			if v := a.Get("axis"); v != nil {
				ax = int(in.toIndex(v))
			}
			return npCall(func() Value { return ndarray.Concatenate(arrs, ax) })
		}},
	{Name: "vstack", Sig: "(tup, *, dtype=None, casting='same_kind')", Doc: "Stack arrays as rows.",
		Fn: func(in *interp, a *callArgs) Value {
			arrs := in.arrayList(a.Get("tup"))
			for i, x := range arrs {
				if x.NDim() < 2 {
					arrs[i] = x.Reshape([]int{1, x.Size()})
				}
			}
			return npCall(func() Value { return ndarray.Concatenate(arrs, 0) })
		}},
	{Name: "hstack", Sig: "(tup, *, dtype=None, casting='same_kind')", Doc: "Stack arrays side by side.",
		Fn: func(in *interp, a *callArgs) Value {
			arrs := in.arrayList(a.Get("tup"))
			ax := 1
			if len(arrs) > 0 && arrs[0].NDim() == 1 {
				ax = 0
			}
			return npCall(func() Value { return ndarray.Concatenate(arrs, ax) })
		}},
	{Name: "column_stack", Sig: "(tup)", Doc: "Stack 1-d arrays as columns.",
		Fn: func(in *interp, a *callArgs) Value {
			arrs := in.arrayList(a.Get("tup"))
			for i, x := range arrs {
				if x.NDim() < 2 {
					arrs[i] = x.Reshape([]int{x.Size(), 1})
				}
			}
			return npCall(func() Value { return ndarray.Concatenate(arrs, 1) })
		}},
	{Name: "where", Sig: "(condition, x=None, y=None, /)", Honours: "x y", Doc: "Elements of x where the condition holds, else of y; with the condition alone, nonzero(condition).",
		Fn: func(in *interp, a *callArgs) Value {
			if a.Get("x") == nil && a.Get("y") == nil {
				return npNonzero(in.npArg(a, "condition"))
			}
			if a.Get("x") == nil || a.Get("y") == nil {
				throw("ValueError", "either both or neither of x and y should be given")
			}
			c, x, y := in.npArg(a, "condition"), in.npArg(a, "x"), in.npArg(a, "y")
			// a 0-d array for scalars (array(1)), not a scalar as ufuncs give
			return npCall(func() Value { return ndarray.Where(c, x, y) })
		}},
	{Name: "select", Sig: "(condlist, choicelist, default=0)", Honours: "default", Doc: "Elements of the choice of the first condition that holds, else default.",
		Fn: func(in *interp, a *callArgs) Value {
			conds, choices := in.arrayList(a.Get("condlist")), in.arrayList(a.Get("choicelist"))
			if len(conds) != len(choices) {
				throw("ValueError", "list of cases must be same length as list of conditions")
			}
			var d Value = new(big.Int) // 0
			if v := a.Get("default"); v != nil && v != none {
				d = v
			}
			r := in.toArray(d)
			return npCall(func() Value {
				// the first condition that holds wins: apply them from the last
				for i := len(conds) - 1; i >= 0; i-- {
					r = ndarray.Where(conds[i], choices[i], r)
				}
				return r // array(3.) for scalars, as where
			})
		}},
	{Name: "clip", Sig: "(a, a_min, a_max, out=None, **kwargs)", Doc: "Limit the values to [a_min, a_max].",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			mx, mn := ndarray.Arithmetic(">", nil), ndarray.Arithmetic("<", nil)
			if lo := a.Get("a_min"); lo != none {
				l := in.toArray(lo)
				x = npCall(func() *ndarray.Array {
					below, _ := mn.Apply(x, l)
					return ndarray.Where(below, l, x)
				})
			}
			if hi := a.Get("a_max"); hi != none {
				h := in.toArray(hi)
				x = npCall(func() *ndarray.Array {
					above, _ := mx.Apply(x, h)
					return ndarray.Where(above, h, x)
				})
			}
			return arrayValue(x)
		}},
	{Name: "round", Sig: "(a, decimals=0, out=None)", Honours: "decimals", Doc: "Round to the given number of decimals (halves to even).",
		Fn: (*interp).npRound},
	{Name: "around", Sig: "(a, decimals=0, out=None)", Honours: "decimals", Doc: "Round to the given number of decimals (halves to even).",
		Fn: (*interp).npRound},
	{Name: "diff", Sig: "(a, n=1, axis=-1, prepend=<no value>, append=<no value>)", Honours: "n", Doc: "Differences of consecutive elements.",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			n := 1
			if v := a.Get("n"); v != nil {
				n = int(in.toIndex(v))
			}
			if x.NDim() != 1 {
				throw("NotImplementedError", "dcalc's numpy.diff works on 1-d arrays only")
			}
			sub := ndarray.Arithmetic("-", libmPow)
			for range n {
				if x.Size() == 0 {
					break
				}
				one, last := 1, -1
				hi := x.Get([]ndarray.Index{{Kind: ndarray.IndexSlice, Slice: [3]*int{&one, nil, nil}}})
				lo := x.Get([]ndarray.Index{{Kind: ndarray.IndexSlice, Slice: [3]*int{nil, &last, nil}}})
				if x.DType() == ndarray.Bool {
					x = npCall(func() *ndarray.Array { r, _ := ndarray.Arithmetic("^", nil).Apply(hi, lo); return r })
					continue
				}
				x, _ = npCall2(func() (*ndarray.Array, ndarray.Flags) { return sub.Apply(hi, lo) })
			}
			return x
		}},
	{Name: "gradient", Sig: "(f, *varargs, axis=None, edge_order=1)", Honours: "axis edge_order", Doc: "Numerical derivative along each axis: central differences inside, one-sided at the ends.",
		Fn: (*interp).npGradient},
	{Name: "trapz", Sig: "(y, x=None, dx=1.0, axis=-1)", Honours: "x dx", Doc: "Integral by the trapezoidal rule.",
		Fn: (*interp).npTrapz},
	{Name: "allclose", Sig: "(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", Honours: "rtol atol", Doc: "Whether all elements are close.",
		Fn: func(in *interp, a *callArgs) Value { return arrayTruthAll(in.npIsClose(a)) }},
	{Name: "isclose", Sig: "(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", Honours: "rtol atol", Doc: "Elementwise closeness.",
		Fn: func(in *interp, a *callArgs) Value { return arrayValue(in.npIsClose(a)) }},
	{Name: "array_equal", Sig: "(a1, a2, equal_nan=False)", Doc: "Whether two arrays have the same shape and elements.",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "a1"), in.npArg(a, "a2")
			if ndarray.ShapeString(x.Shape()) != ndarray.ShapeString(y.Shape()) {
				return false
			}
			eq, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Arithmetic("==", nil).Apply(x, y) })
			return arrayTruthAll(eq)
		}},
	{Name: "sort", Sig: "(a, axis=-1, kind=None, order=None)", Honours: "axis", Doc: "A sorted copy, along an axis (the last by default; None: flattened).",
		Fn: func(in *interp, a *callArgs) Value {
			arr := in.npArg(a, "a")
			axis := in.axisArg(a.Or("axis", big.NewInt(-1)))
			return npCall(func() Value { return ndarray.SortAlong(arr, axis) })
		}},
	{Name: "copy", Sig: "(a, order='K', subok=False)", Doc: "A copy of the array.",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.toArray(a.Get("a"))
			return x.AsTypeKeepOrder(x.DType()) // order='K'
		}},
	{Name: "shape", Sig: "(a)", Doc: "The array's shape.",
		Fn: func(in *interp, a *callArgs) Value { return shapeTuple(in.npArg(a, "a").Shape()) }},
	{Name: "size", Sig: "(a, axis=None)", Doc: "The number of elements.",
		Fn: func(in *interp, a *callArgs) Value { return itoBig(in.npArg(a, "a").Size()) }},
	{Name: "ndim", Sig: "(a)", Doc: "The number of dimensions.",
		Fn: func(in *interp, a *callArgs) Value { return itoBig(in.npArg(a, "a").NDim()) }},
	{Name: "real", Sig: "(val)", Doc: "The real part.", Fn: func(in *interp, a *callArgs) Value { return arrayValue(ndarray.RealPart(in.npArg(a, "val"))) }},
	{Name: "imag", Sig: "(val)", Doc: "The imaginary part.", Fn: func(in *interp, a *callArgs) Value { return arrayValue(ndarray.ImagPart(in.npArg(a, "val"))) }},
	{Name: "angle", Sig: "(z, deg=False)", Honours: "deg", Doc: "The argument (angle) of complex numbers, in radians or degrees.",
		Fn: func(in *interp, a *callArgs) Value {
			return arrayValue(ndarray.Angle(in.npArg(a, "z"), in.truth(a.Or("deg", false), nil)))
		}},
	{Name: "conj", Sig: ufuncSig1, Doc: "The complex conjugate.", Fn: func(in *interp, a *callArgs) Value { return arrayValue(ndarray.Conj(in.npArg(a, "x"))) }},
}

func itoBig(n int) Value { return new(big.Int).SetInt64(int64(n)) }

func shapeTuple(shape []int) *Tuple {
	items := make([]Value, len(shape))
	for i, d := range shape {
		items[i] = itoBig(d)
	}
	return &Tuple{Items: items}
}

func arrayTruthAll(a *ndarray.Array) bool {
	for _, b := range a.Bool8s() {
		if !b {
			return false
		}
	}
	return true
}

// arrayList converts a sequence of array-likes.
func (in *interp) arrayList(v Value) []*ndarray.Array {
	var out []*ndarray.Array
	for _, it := range in.toSlice(v) {
		out = append(out, in.toArray(it))
	}
	return out
}

// shapeArgNeg is shapeArg allowing -1 (reshape).
func (in *interp) shapeArgNeg(v Value) []int {
	switch x := v.(type) {
	case *Tuple, *List:
		items := in.toSlice(x)
		shape := make([]int, len(items))
		for i, it := range items {
			shape[i] = int(in.toIndex(it))
		}
		return shape
	}
	return []int{int(in.toIndex(v))}
}

func (in *interp) npFilled(a *callArgs, v float64) Value {
	dt := ndarray.Float64
	if d := in.dtypeArg(a); d != nil {
		dt = *d
	}
	out := ndarray.Zeros(dt, in.shapeArg(a.Get("shape")))
	if v != 0 {
		npCall(func() bool { out.Set(nil, ndarray.Scalar(v)); return true })
	}
	return out
}

func (in *interp) npLike(a *callArgs, v float64) Value {
	src := in.npArg(a, "a")
	dt := src.DType()
	if d := in.dtypeArg(a); d != nil {
		dt = *d
	}
	out := ndarray.Zeros(dt, src.Shape())
	if v != 0 {
		npCall(func() bool { out.Set(nil, ndarray.Scalar(v).AsType(dt)); return true })
	}
	return out
}

// npLinspace is NumPy's linspace: start + i*step, the last value stop.
func (in *interp) npLinspace(a *callArgs) Value {
	num := 50
	if v := a.Get("num"); v != nil {
		num = int(in.toIndex(v))
	}
	if num < 0 {
		throw("ValueError", "Number of samples, %d, must be non-negative.", num)
	}
	out, step := linspaceValues(in.toFloat(a.Get("start")), in.toFloat(a.Get("stop")), num, in.truth(a.Or("endpoint", true), nil))
	arr := ndarray.Floats([]int{num}, out)
	if d := in.dtypeArg(a); d != nil {
		arr = arr.AsType(*d)
	}
	if in.truth(a.Or("retstep", false), nil) {
		return &Tuple{Items: []Value{arr, step}}
	}
	return arr
}

// linspaceValues are linspace's num values from start to stop as NumPy
// computes them (i*step + start, stop itself last), and the step.
func linspaceValues(start, stop float64, num int, endpoint bool) ([]float64, float64) {
	div := num
	if endpoint {
		div = num - 1
	}
	delta := stop - start
	npCall(func() bool { ndarray.CheckAlloc(ndarray.Float64, []int{num}); return true })
	out := make([]float64, num)
	var step float64
	if div > 0 {
		step = delta / float64(div)
		for i := range out {
			if step == 0 {
				out[i] = float64(i)/float64(div)*delta + start
			} else {
				out[i] = float64(i)*step + start
			}
		}
	} else {
		step = math.NaN()
		for i := range out {
			out[i] = float64(i)*delta + start
		}
	}
	if endpoint && num > 1 {
		out[num-1] = stop
	}
	return out, step
}

// npArange is NumPy's arange: length ceil((stop-start)/step), values
// start + i*delta with delta = (start+step) - start.
func (in *interp) npArange(a *callArgs) Value {
	args := a.Rest()
	if len(args) == 0 || len(args) > 3 {
		throw("TypeError", "arange() requires stop to be specified.")
	}
	var start, stop, step Value = big.NewInt(0), args[0], big.NewInt(1)
	if len(args) >= 2 {
		start, stop = args[0], args[1]
	}
	if len(args) == 3 {
		step = args[2]
	}
	allInt := true
	for _, v := range []Value{start, stop, step} {
		if k, ok := scalarKind(v); !ok || k > ndarray.Int64 {
			allInt = false
		}
	}
	dt := in.dtypeArg(a)
	if allInt && (dt == nil || *dt == ndarray.Int64) {
		s0, s1, st := in.toInt64(start), in.toInt64(stop), in.toInt64(step)
		if st == 0 {
			throw("ZeroDivisionError", "division by zero")
		}
		n := int64(0)
		if d := s1 - s0; (d > 0) == (st > 0) && d != 0 {
			n = (d + st - sign64(st)) / st
		}
		npCall(func() bool { ndarray.CheckAlloc(ndarray.Int64, []int{int(n)}); return true })
		out := make([]int64, n)
		for i := range out {
			out[i] = s0 + int64(i)*st
		}
		return ndarray.Ints([]int{int(n)}, out)
	}
	f0, f1, fs := in.toFloat(start), in.toFloat(stop), in.toFloat(step)
	if fs == 0 {
		throw("ZeroDivisionError", "division by zero")
	}
	n := math.Ceil((f1 - f0) / fs)
	if math.IsNaN(n) {
		throw("ValueError", "arange: cannot compute length")
	}
	if n < 0 {
		n = 0
	}
	if n > 1<<62 {
		throw("ValueError", "Maximum allowed size exceeded")
	}
	npCall(func() bool { ndarray.CheckAlloc(ndarray.Float64, []int{int(n)}); return true })
	out := make([]float64, int(n))
	delta := (f0 + fs) - f0
	for i := range out {
		out[i] = f0 + float64(i)*delta
	}
	arr := ndarray.Floats([]int{len(out)}, out)
	if dt != nil {
		return arr.AsType(*dt)
	}
	return arr
}

func sign64(x int64) int64 {
	if x < 0 {
		return -1
	}
	return 1
}

func (in *interp) npMeshgrid(a *callArgs) Value {
	xs := a.Rest()
	ij := false
	if v := a.Get("indexing"); v != nil {
		switch in.str(v) {
		case "ij":
			ij = true
		case "xy":
		default:
			throw("ValueError", "Valid values for `indexing` are 'xy' and 'ij'.")
		}
	}
	arrs := make([]*ndarray.Array, len(xs))
	shape := make([]int, len(xs))
	for i, x := range xs {
		arrs[i] = in.toArray(x).Ravel()
		shape[i] = arrs[i].Size()
	}
	if !ij && len(xs) >= 2 {
		shape[0], shape[1] = shape[1], shape[0]
	}
	out := make([]Value, len(xs))
	for i, x := range arrs {
		view := make([]int, len(xs))
		for j := range view {
			view[j] = 1
		}
		pos := i
		if !ij && len(xs) >= 2 && i < 2 {
			pos = 1 - i
		}
		view[pos] = x.Size()
		out[i] = npCall(func() *ndarray.Array { return x.Reshape(view).BroadcastTo(shape).Copy() })
	}
	if len(out) == 0 {
		return &Tuple{}
	}
	return &List{Items: out}
}

func (in *interp) npRound(a *callArgs) Value {
	x := in.npArg(a, "a")
	d := 0
	if v := a.Get("decimals"); v != nil {
		d = int(in.toIndex(v))
	}
	return arrayValue(npCall(func() *ndarray.Array { return ndarray.Round(x, d) }))
}

// npGradient is np.gradient: along each axis (all, or those of axis)
// second-order central differences inside and one-sided differences of
// edge_order 1 or 2 at the ends, with a uniform spacing (a scalar, or
// coordinates whose steps are all equal) or coordinates' own steps. One
// axis gives an array, several a list of them, as NumPy 1.24 does.
func (in *interp) npGradient(a *callArgs) Value {
	f := in.npArg(a, "f")
	if f.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.gradient takes real arrays")
	}
	f = f.AsType(ndarray.Float64)
	shape := f.Shape()
	nd := len(shape)
	var axes []int
	switch ax := a.Or("axis", none).(type) {
	case *Tuple, *List:
		for _, v := range in.toSlice(ax) {
			axes = append(axes, normAxis(int(in.toIndex(v)), nd))
		}
	default:
		if ax == none {
			for i := range nd {
				axes = append(axes, i)
			}
		} else {
			axes = []int{normAxis(int(in.toIndex(ax)), nd)}
		}
	}
	// each axis's spacing: a scalar h, or the steps between coordinates
	hs := make([]float64, len(axes))
	steps := make([][]float64, len(axes))
	switch sp := a.Rest(); {
	case len(sp) == 0:
		for i := range hs {
			hs[i] = 1
		}
	case len(sp) == 1 && !isArrayLike(sp[0]):
		for i := range hs {
			hs[i] = in.toFloat(sp[0])
		}
	case len(sp) == len(axes):
		for i, d := range sp {
			if !isArrayLike(d) {
				hs[i] = in.toFloat(d)
				continue
			}
			x := in.toArray(d)
			if x.NDim() != 1 {
				throw("ValueError", "distances must be either scalars or 1d")
			}
			if x.Size() != shape[axes[i]] {
				throw("ValueError", "when 1d, distances must match the length of the corresponding dimension")
			}
			xs := x.AsType(ndarray.Float64).Float64s()
			diff := make([]float64, max(len(xs)-1, 0))
			uniform := true
			for k := range diff {
				diff[k] = xs[k+1] - xs[k]
				uniform = uniform && diff[k] == diff[0]
			}
			if uniform && len(diff) > 0 {
				hs[i] = diff[0]
			} else {
				steps[i] = diff
			}
		}
	default:
		throw("TypeError", "invalid number of arguments")
	}
	order := int(in.toIndex(a.Or("edge_order", big.NewInt(1))))
	if order > 2 {
		throw("ValueError", "'edge_order' greater than 2 not supported")
	}
	ys := f.Float64s()
	var outs []Value
	for i, ax := range axes {
		if shape[ax] < order+1 {
			throw("ValueError", "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
		}
		out := make([]float64, len(ys))
		stride := prodInts(shape[ax+1:])
		n := shape[ax]
		for o := range prodInts(shape[:ax]) {
			for j := range stride {
				base := o*n*stride + j
				at := func(k int) int { return base + k*stride }
				gradientLine(ys, out, at, n, hs[i], steps[i], order)
			}
		}
		outs = append(outs, ndarray.Floats(shape, out))
	}
	if len(outs) == 1 {
		return outs[0]
	}
	return &List{Items: outs}
}

// isArrayLike reports whether v is an array, list or tuple (np.ndim > 0).
func isArrayLike(v Value) bool {
	switch x := v.(type) {
	case *ndarray.Array:
		return x.NDim() > 0
	case *List, *Tuple:
		return true
	}
	return false
}

// gradientLine is np.gradient along one line of n elements, y[at(k)],
// into out: spacing h, or the steps dx between coordinates when dx is
// not nil; NumPy's formulas in its order of operations.
func gradientLine(y, out []float64, at func(int) int, n int, h float64, dx []float64, order int) {
	f := func(k int) float64 { return y[at(k)] }
	for k := 1; k < n-1; k++ {
		if dx == nil {
			out[at(k)] = (f(k+1) - f(k-1)) / (2. * h)
			continue
		}
		d1, d2 := dx[k-1], dx[k]
		a := -(d2) / (d1 * (d1 + d2))
		b := (d2 - d1) / (d1 * d2)
		c := d1 / (d2 * (d1 + d2))
		out[at(k)] = a*f(k-1) + b*f(k) + c*f(k+1)
	}
	if order == 1 {
		h0, hn := h, h
		if dx != nil {
			h0, hn = dx[0], dx[len(dx)-1]
		}
		out[at(0)] = (f(1) - f(0)) / h0
		out[at(n-1)] = (f(n-1) - f(n-2)) / hn
		return
	}
	var a, b, c float64
	if dx == nil {
		a, b, c = -1.5/h, 2./h, -0.5/h
	} else {
		d1, d2 := dx[0], dx[1]
		a = -(2.*d1 + d2) / (d1 * (d1 + d2))
		b = (d1 + d2) / (d1 * d2)
		c = -d1 / (d2 * (d1 + d2))
	}
	out[at(0)] = a*f(0) + b*f(1) + c*f(2)
	if dx == nil {
		a, b, c = 0.5/h, -2./h, 1.5/h
	} else {
		d1, d2 := dx[len(dx)-2], dx[len(dx)-1]
		a = (d2) / (d1 * (d1 + d2))
		b = -(d2 + d1) / (d1 * d2)
		c = (2.*d2 + d1) / (d2 * (d1 + d2))
	}
	out[at(n-1)] = a*f(n-3) + b*f(n-2) + c*f(n-1)
}

// npTrapz is np.trapz along the last axis of a 1-d array.
func (in *interp) npTrapz(a *callArgs) Value {
	y := in.npArg(a, "y")
	if y.NDim() != 1 {
		throw("NotImplementedError", "dcalc's numpy.trapz works on 1-d arrays only")
	}
	ys := y.Float64s()
	if len(ys) < 2 {
		return 0.0
	}
	terms := make([]float64, len(ys)-1)
	if xv := a.Get("x"); xv != nil && xv != none {
		xs := in.toArray(xv).Float64s()
		if len(xs) != len(ys) {
			throw("ValueError", "operands could not be broadcast together with shapes (%d,) (%d,) ", len(xs)-1, len(ys)-1)
		}
		for i := range terms {
			terms[i] = (xs[i+1] - xs[i]) * (ys[i+1] + ys[i]) / 2.0
		}
	} else {
		dx := 1.0
		if v := a.Get("dx"); v != nil {
			dx = in.toFloat(v)
		}
		for i := range terms {
			terms[i] = dx * (ys[i+1] + ys[i]) / 2.0
		}
	}
	return 0 + ndarray.PairwiseSum(terms)
}

// npIsClose is |a - b| <= atol + rtol*|b| elementwise (infinities equal
// to themselves).
func (in *interp) npIsClose(a *callArgs) *ndarray.Array {
	x, y := in.npArg(a, "a"), in.npArg(a, "b")
	rtol, atol := 1e-05, 1e-08
	if v := a.Get("rtol"); v != nil {
		rtol = in.toFloat(v)
	}
	if v := a.Get("atol"); v != nil {
		atol = in.toFloat(v)
	}
	return isClose(x, y, rtol, atol)
}

// isClose is |x - y| <= atol + rtol*|y| elementwise, infinities equal
// only to themselves.
func isClose(x, y *ndarray.Array, rtol, atol float64) *ndarray.Array {
	return npCall(func() *ndarray.Array {
		shape := ndarray.BroadcastShapes(x.Shape(), y.Shape())
		xs, ys := x.BroadcastTo(shape).Float64s(), y.BroadcastTo(shape).Float64s()
		out := make([]bool, len(xs))
		for i := range xs {
			if math.IsInf(xs[i], 0) || math.IsInf(ys[i], 0) {
				out[i] = xs[i] == ys[i]
				continue
			}
			out[i] = math.Abs(xs[i]-ys[i]) <= atol+rtol*math.Abs(ys[i])
		}
		return ndarray.Bools(shape, out)
	})
}

// numpyModule makes the numpy module of a session (np.random's state is
// per session).
func (in *interp) numpyModule() *Module {
	if in.npMod != nil {
		return in.npMod
	}
	m := &Module{Name: "numpy", Attrs: map[string]Value{
		"pi": math.Pi, "e": math.E, "inf": math.Inf(1), "Inf": math.Inf(1), "nan": math.NaN(), "NaN": math.NaN(),
		"euler_gamma": 0.5772156649015329, "newaxis": none, "__version__": "1.24.2",
	}}
	for dt, name := range npScalarNames {
		m.Attrs[name] = &npScalarClass{dt: ndarray.DType(dt)}
	}
	m.Attrs["float_"], m.Attrs["int_"], m.Attrs["complex_"] = m.Attrs["float64"], m.Attrs["int64"], m.Attrs["complex128"]
	m.Attrs["ndarray"] = in.dynClass("ndarray", "numpy", func(v Value) bool { _, ok := v.(*ndarray.Array); return ok })
	m.Attrs["dtype"] = &Builtin{Name: "dtype", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("dtype", args, 1, 1)
		dt, _ := in.dtypeOf(args[0])
		return &npDType{dt: dt}
	}}
	installTable(m.Attrs, numpyTable)
	installTable(m.Attrs, numpyPolyTable)
	installTable(m.Attrs, numpyArrTable)
	installTable(m.Attrs, numpyErrRows)
	installTable(m.Attrs, numpyGridRows)
	m.Attrs["mgrid"] = &mgridValue{}
	for _, u := range unaryUfuncs {
		m.Attrs[u.Name] = unaryRow(u, u.Name).builtin()
	}
	for alias, name := range ufuncAliases {
		m.Attrs[alias] = m.Attrs[name]
	}
	for _, b := range binaryUfuncs {
		m.Attrs[b.Name] = binaryRow(b, b.Name).builtin()
	}
	for name, op := range operatorUfuncs {
		b := ndarray.Arithmetic(op, libmPow)
		m.Attrs[name] = binaryRow(b, name).builtin()
	}
	m.Attrs["RankWarning"] = excClasses["RankWarning"]
	testing := &Module{Name: "numpy.testing", Attrs: map[string]Value{}}
	installTable(testing.Attrs, testingTable)
	m.Attrs["testing"] = testing
	m.Attrs["r_"] = &npConcat{name: "r_", axis: 0, ndmin: 1}
	m.Attrs["c_"] = &npConcat{name: "c_", axis: -1, ndmin: 2}
	linalg := &Module{Name: "numpy.linalg", Attrs: map[string]Value{}}
	installTable(linalg.Attrs, linalgTable)
	m.Attrs["linalg"] = linalg
	random := &Module{Name: "numpy.random", Attrs: map[string]Value{}}
	installTable(random.Attrs, randomTable)
	m.Attrs["random"] = random
	in.npMod = m
	return m
}

// linalgCall runs a numpy.linalg computation, raising its errors as
// NumPy does (LinAlgError, ValueError) and refusals as
// NotImplementedError.
func linalgCall[T any](f func() (T, error)) T {
	r, err := f()
	if err != nil {
		var le *linalg.Error
		var ne *ndarray.Error
		switch {
		case errors.As(err, &le):
			throw("numpy.linalg.LinAlgError", "%s", le.Msg)
		case errors.As(err, &ne):
			throw(ne.Class, "%s", ne.Msg)
		default:
			throw("NotImplementedError", "%s", err.Error())
		}
	}
	return r
}

// linalgTable binds numpy.linalg.
var linalgTable = []*binding{
	{Name: "det", Sig: "(a)", Doc: "The determinant (through the LU factors, as LAPACK).",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			return linalgCall(func() (float64, error) { return linalg.Det(x, libmLog, libmExp) })
		}},
	{Name: "inv", Sig: "(a)", Doc: "The inverse matrix.",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			return linalgCall(func() (*ndarray.Array, error) { return linalg.Inv(x) })
		}},
	{Name: "solve", Sig: "(a, b)", Doc: "The solution x of a @ x = b.",
		Fn: func(in *interp, a *callArgs) Value {
			x, y := in.npArg(a, "a"), in.npArg(a, "b")
			return linalgCall(func() (*ndarray.Array, error) { return linalg.Solve(x, y) })
		}},
	{Name: "eig", Sig: "(a)", Doc: "Eigenvalues and right eigenvectors (columns).",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			return linalgCall(func() (*Tuple, error) {
				w, v, err := linalg.Eig(x, true)
				if err != nil {
					return nil, err
				}
				return &Tuple{Items: []Value{w, v}}, nil
			})
		}},
	{Name: "eigvals", Sig: "(a)", Doc: "The eigenvalues.",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			return linalgCall(func() (*ndarray.Array, error) {
				w, _, err := linalg.Eig(x, false)
				return w, err
			})
		}},
}

// random returns the session's legacy RandomState (seeded from the clock
// until np.random.seed is called, as NumPy seeds from the OS).
func (in *interp) random() *ndarray.RandomState {
	if in.npRandom == nil {
		in.npRandom = &ndarray.RandomState{Log: libmLog}
		in.npRandom.Seed(uint32(time.Now().UnixNano()))
	}
	return in.npRandom
}

// randomFill draws size values (None: one Python float) with draw.
func (in *interp) randomFill(size Value, draw func() float64) Value {
	if size == nil || size == none {
		return draw()
	}
	shape := in.shapeArg(size)
	npCall(func() bool { ndarray.CheckAlloc(ndarray.Float64, shape); return true })
	out := make([]float64, prodInts(shape))
	for i := range out {
		out[i] = draw()
	}
	return ndarray.Floats(shape, out)
}

func prodInts(xs []int) int {
	n := 1
	for _, x := range xs {
		n *= x
	}
	return n
}

// dims reads rand(d0, d1, ...)'s dimensions as a size (None for none).
func dims(args []Value) Value {
	if len(args) == 0 {
		return none
	}
	return &Tuple{Items: args}
}

// randomTable binds numpy.random's legacy functions. The draws are
// NumPy's: MT19937 with its seeding, doubles from 53 bits, Gaussians by
// the polar method.
var randomTable = []*binding{
	{Name: "RandomState", Sig: "(seed=None)", Honours: "seed", Doc: "A legacy generator of its own (rand, randn, uniform, normal, randint ... as methods).",
		Fn: (*interp).newRandomState},
	{Name: "seed", Sig: "(seed=None)", Honours: "seed", Doc: "Seed the generator.",
		Fn: func(in *interp, a *callArgs) Value {
			s := a.Get("seed")
			if s == nil || s == none {
				in.random().Seed(uint32(time.Now().UnixNano()))
				return none
			}
			n := in.toInt(s)
			if n.Sign() < 0 || n.BitLen() > 32 {
				throw("ValueError", "Seed must be between 0 and 2**32 - 1")
			}
			in.random().Seed(uint32(n.Uint64()))
			return none
		}},
	{Name: "rand", Sig: "(*args)", Doc: "Uniform samples in [0, 1) of the given shape.",
		Fn: func(in *interp, a *callArgs) Value { return in.randomFill(dims(a.Rest()), in.random().Double) }},
	{Name: "random", Sig: "(size=None)", Honours: "size", Doc: "Uniform samples in [0, 1).",
		Fn: func(in *interp, a *callArgs) Value { return in.randomFill(a.Get("size"), in.random().Double) }},
	{Name: "random_sample", Sig: "(size=None)", Honours: "size", Doc: "Uniform samples in [0, 1).",
		Fn: func(in *interp, a *callArgs) Value { return in.randomFill(a.Get("size"), in.random().Double) }},
	{Name: "randn", Sig: "(*args)", Doc: "Standard normal samples of the given shape.",
		Fn: func(in *interp, a *callArgs) Value { return in.randomFill(dims(a.Rest()), in.random().Gauss) }},
	{Name: "standard_normal", Sig: "(size=None)", Honours: "size", Doc: "Standard normal samples.",
		Fn: func(in *interp, a *callArgs) Value { return in.randomFill(a.Get("size"), in.random().Gauss) }},
	{Name: "uniform", Sig: "(low=0.0, high=1.0, size=None)", Honours: "low high size", Doc: "Uniform samples in [low, high) (low and high may be arrays).",
		Fn: func(in *interp, a *callArgs) Value {
			r := in.random()
			return in.drawCont(a.Get("size"), []Value{a.Or("low", 0.0), a.Or("high", 1.0)},
				func(p []float64, _ bool) {
					if rng := p[1] - p[0]; math.IsInf(rng, 0) || math.IsNaN(rng) {
						throw("OverflowError", "Range exceeds valid bounds")
					}
				},
				func(p []float64) float64 { return p[0] + (p[1]-p[0])*r.Double() })
		}},
	{Name: "normal", Sig: "(loc=0.0, scale=1.0, size=None)", Honours: "loc scale size", Doc: "Normal samples (loc and scale may be arrays).",
		Fn: func(in *interp, a *callArgs) Value {
			r := in.random()
			return in.drawCont(a.Get("size"), []Value{a.Or("loc", 0.0), a.Or("scale", 1.0)},
				func(p []float64, _ bool) { nonNegative("scale", p[1]) },
				func(p []float64) float64 { return p[0] + p[1]*r.Gauss() })
		}},
	{Name: "randint", Sig: "(low, high=None, size=None, dtype=int)", Honours: "high size", Doc: "Random integers in [low, high).",
		Fn: func(in *interp, a *callArgs) Value {
			lo, hi := int64(0), in.toInt64(a.Get("low"))
			if h := a.Get("high"); h != nil && h != none {
				lo, hi = hi, in.toInt64(h)
			}
			if lo >= hi {
				throw("ValueError", "high <= low")
			}
			r := in.random()
			size := a.Get("size")
			if size == nil || size == none {
				return big.NewInt(r.Int(lo, hi))
			}
			shape := in.shapeArg(size)
			npCall(func() bool { ndarray.CheckAlloc(ndarray.Int64, shape); return true })
			out := make([]int64, prodInts(shape))
			for i := range out {
				out[i] = r.Int(lo, hi)
			}
			return ndarray.Ints(shape, out)
		}},
}

// npDot is numpy.dot or numpy.inner (prod) of x and y: a product of
// arrays, or an element-wise multiplication when either is a scalar.
func (in *interp) npDot(x, y *ndarray.Array, prod func(a, b *ndarray.Array) *ndarray.Array) Value {
	if x.NDim() == 0 || y.NDim() == 0 {
		r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Arithmetic("*", libmPow).Apply(x, y) })
		return in.npResult(r, fl, "multiply")
	}
	return npCall(func() Value { return arrayValue(prod(x, y)) })
}
