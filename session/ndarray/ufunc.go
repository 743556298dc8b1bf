package ndarray

import (
	"cmp"
	"math"
	"math/cmplx"
	"runtime"
	"sync"
)

// Flags are the floating-point errors an operation met, as NumPy's error
// state records them; each becomes a RuntimeWarning.
type Flags uint8

// The floating-point error kinds.
const (
	FlagDivide Flags = 1 << iota
	FlagOverflow
	FlagInvalid
)

// Warnings returns NumPy's RuntimeWarning messages for the flags raised
// by the ufunc name, in NumPy's order.
func (f Flags) Warnings(name string) []string {
	var out []string
	if f&FlagDivide != 0 {
		out = append(out, "divide by zero encountered in "+name)
	}
	if f&FlagOverflow != 0 {
		out = append(out, "overflow encountered in "+name)
	}
	if f&FlagInvalid != 0 {
		out = append(out, "invalid value encountered in "+name)
	}
	return out
}

// floatFlags classifies r = f(inputs): NaN from numbers is invalid, an
// infinity from finite numbers is a division by zero at a pole and an
// overflow elsewhere.
func floatFlags(r float64, pole bool, in ...float64) Flags {
	if !math.IsNaN(r) && !math.IsInf(r, 0) {
		return 0
	}
	for _, x := range in {
		if math.IsNaN(x) {
			return 0
		}
	}
	if math.IsNaN(r) {
		return FlagInvalid
	}
	for _, x := range in {
		if math.IsInf(x, 0) {
			return 0
		}
	}
	if pole {
		return FlagDivide
	}
	return FlagOverflow
}

// Unary is an elementwise function of one argument (a NumPy ufunc).
type Unary struct {
	Name string
	// F is the float64 loop; Pole reports where an infinite result is a
	// division by zero rather than an overflow.
	F func(float64) float64
	// CR, when set, is the correctly rounded F (slower), used for
	// arrays of up to CRSize elements so that small results agree with
	// the C library to the last bit.
	CR   func(float64) float64
	Pole func(float64) bool
	// C is the complex128 loop (nil: complex input is a TypeError).
	C func(complex128) complex128
	// CReal is set when the function of a complex number is real (abs).
	CReal func(complex128) float64
	// I is the int64 loop for functions that keep integers (negative,
	// absolute, square, sign); nil converts integers to float64.
	I func(int64) int64
	// B is the bool result for predicates (isnan, isinf, isfinite).
	B func(float64) bool
}

// Map applies u elementwise.
func (u *Unary) Map(a *Array) (*Array, Flags) { return u.mapCR(a, a.Size() <= CRSize) }

// MapFast is Map with Go's math even for small arrays (plot sampling,
// where the last bit does not show).
func (u *Unary) MapFast(a *Array) (*Array, Flags) { return u.mapCR(a, false) }

func (u *Unary) mapCR(a *Array, cr bool) (*Array, Flags) {
	switch {
	case a.dtype == Complex128:
		if u.CReal != nil {
			xs := a.Complex128s()
			out := make([]float64, len(xs))
			for k, x := range xs {
				out[k] = u.CReal(x)
			}
			return Floats(a.shape, out), 0
		}
		if u.C == nil {
			fail("TypeError", "ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''", u.Name)
		}
		xs := a.Complex128s()
		out := make([]complex128, len(xs))
		for k, x := range xs {
			out[k] = u.C(x)
		}
		return Complexes(a.shape, out), 0
	case u.B != nil:
		xs := a.Float64s()
		out := make([]bool, len(xs))
		for k, x := range xs {
			out[k] = u.B(x)
		}
		return Bools(a.shape, out), 0
	case u.I != nil && a.dtype != Float64:
		xs := a.Int64s()
		out := make([]int64, len(xs))
		for k, x := range xs {
			out[k] = u.I(x)
		}
		return Ints(a.shape, out), 0
	}
	xs := a.Float64s()
	out := make([]float64, len(xs))
	var fl Flags
	f := u.F
	if u.CR != nil && cr {
		f = u.CR
	}
	parallel(len(xs), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			out[k] = f(xs[k])
		}
	})
	for k, r := range out {
		if r-r != 0 && fl != FlagDivide|FlagOverflow|FlagInvalid {
			fl |= floatFlags(r, u.Pole != nil && u.Pole(xs[k]), xs[k])
		}
	}
	return Floats(a.shape, out), fl
}

// parallelMin is the array size from which elementwise loops are split
// across the processors.
const parallelMin = 1 << 15

// parallel runs f over [0, n) in chunks, one per processor, when n is
// large (f must only write its own range).
func parallel(n int, f func(lo, hi int)) {
	p := runtime.GOMAXPROCS(0)
	if n < parallelMin || p == 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + p - 1) / p
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

// CRSize is the largest array whose elementwise functions are computed
// correctly rounded (as glibc's are); larger arrays use Go's math, within
// one unit in the last place.
const CRSize = 1000

// Binary is an elementwise function of two broadcast arguments.
type Binary struct {
	Name string
	F    func(x, y float64) float64
	// CR is the correctly rounded F, used as Unary.CR is.
	CR   func(x, y float64) float64
	Pole func(x, y float64) bool
	// I is the int64 loop (nil: integers go through F as float64); it
	// reports a division by zero.
	I func(x, y int64) (int64, bool)
	C func(x, y complex128) complex128
	// Cmp is set for comparisons: the result is bool.
	Cmp func(x, y float64) bool
	// CCmp compares complex numbers (== and != only).
	CCmp func(x, y complex128) bool
	// Bool is the loop for two bool arrays (logical and/or); nil
	// promotes them to int64.
	Bool func(x, y bool) bool
	// FloatOnly forces at least float64 (true division, arctan2).
	FloatOnly bool
	// NoComplex makes complex input a TypeError.
	NoComplex bool
	// IntCheck rejects integer arguments (negative powers).
	IntCheck func(x, y []int64)
	// op is + - * or / for the four arithmetic operators, whose float64
	// loops are written out (a call per element costs more than the
	// operation).
	op byte
}

// Apply computes b(x, y) with NumPy's broadcasting and type promotion.
func (b *Binary) Apply(x, y *Array) (*Array, Flags) { return b.apply(x, y, true) }

// ApplyFast is Apply with Go's math even for small arrays.
func (b *Binary) ApplyFast(x, y *Array) (*Array, Flags) { return b.apply(x, y, false) }

func (b *Binary) apply(x, y *Array, cr bool) (*Array, Flags) {
	shape := BroadcastShapes(x.shape, y.shape)
	CheckAlloc(b.resultType(x.dtype, y.dtype), shape)
	dt := max(x.dtype, y.dtype)
	if dt == Bool && b.Bool != nil {
		xs, ys := x.BroadcastTo(shape).Bool8s(), y.BroadcastTo(shape).Bool8s()
		out := make([]bool, len(xs))
		for k := range xs {
			out[k] = b.Bool(xs[k], ys[k])
		}
		return Bools(shape, out), 0
	}
	if dt == Bool && b.Cmp == nil {
		dt = Int64
	}
	if b.FloatOnly && dt < Float64 {
		dt = Float64
	}
	if dt == Complex128 {
		if b.NoComplex || (b.C == nil && b.CCmp == nil) {
			fail("TypeError", "ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''", b.Name)
		}
		xs, ys := x.BroadcastTo(shape).Complex128s(), y.BroadcastTo(shape).Complex128s()
		if b.CCmp != nil {
			out := make([]bool, len(xs))
			for k := range xs {
				out[k] = b.CCmp(xs[k], ys[k])
			}
			return Bools(shape, out), 0
		}
		out := make([]complex128, len(xs))
		for k := range xs {
			out[k] = b.C(xs[k], ys[k])
		}
		return Complexes(shape, out), 0
	}
	if dt <= Int64 && b.Cmp != nil {
		xs, ys := x.BroadcastTo(shape).Int64s(), y.BroadcastTo(shape).Int64s()
		out := make([]bool, len(xs))
		for k := range xs {
			out[k] = b.Cmp(float64(cmp.Compare(xs[k], ys[k])), 0)
		}
		return Bools(shape, out), 0
	}
	if dt <= Int64 && b.I != nil {
		xs, ys := x.BroadcastTo(shape).Int64s(), y.BroadcastTo(shape).Int64s()
		if b.IntCheck != nil {
			b.IntCheck(xs, ys)
		}
		out := make([]int64, len(xs))
		var fl Flags
		for k := range xs {
			r, div0 := b.I(xs[k], ys[k])
			out[k] = r
			if div0 {
				fl |= FlagDivide
			}
		}
		return Ints(shape, out), fl
	}
	return b.applyFloat(x, y, shape, cr)
}

// resultType is the dtype of b(x, y) for operands of types x and y.
func (b *Binary) resultType(x, y DType) DType {
	dt := max(x, y)
	switch {
	case b.Cmp != nil || b.CCmp != nil:
		return Bool
	case dt == Bool && b.Bool != nil:
		return Bool
	case dt == Bool:
		dt = Int64
	}
	if b.FloatOnly && dt < Float64 {
		dt = Float64
	}
	if dt <= Int64 && b.I == nil {
		dt = Float64
	}
	return dt
}

// applyFloat is the float64 loop, with fast paths for a scalar operand.
func (b *Binary) applyFloat(x, y *Array, shape []int, cr bool) (*Array, Flags) {
	n := prod(shape)
	var xs, ys []float64
	var xc, yc float64
	xScalar, yScalar := x.Size() == 1, y.Size() == 1
	if xScalar {
		xc = x.Float64s()[0]
	} else {
		xs = x.BroadcastTo(shape).Float64s()
	}
	if yScalar {
		yc = y.Float64s()[0]
	} else {
		ys = y.BroadcastTo(shape).Float64s()
	}
	at := func(k int) (float64, float64) {
		xv, yv := xc, yc
		if !xScalar {
			xv = xs[k]
		}
		if !yScalar {
			yv = ys[k]
		}
		return xv, yv
	}
	if b.Cmp != nil {
		out := make([]bool, n)
		for k := range out {
			xv, yv := at(k)
			out[k] = b.Cmp(xv, yv)
		}
		return Bools(shape, out), 0
	}
	out := make([]float64, n)
	var fl Flags
	f := b.F
	if b.CR != nil && cr && n <= CRSize {
		f = b.CR
	}
	if b.Name == "power" && yScalar && !xScalar {
		f = fastPower(yc, f)
	}
	parallel(n, func(lo, hi int) {
		var xl, yl []float64
		if !xScalar {
			xl = xs[lo:hi]
		}
		if !yScalar {
			yl = ys[lo:hi]
		}
		o := out[lo:hi]
		switch {
		case b.op != 0:
			arith(b.op, o, xl, yl, xc, yc)
		case !xScalar && !yScalar:
			for k := range o {
				o[k] = f(xl[k], yl[k])
			}
		case !xScalar:
			for k := range o {
				o[k] = f(xl[k], yc)
			}
		case !yScalar:
			for k := range o {
				o[k] = f(xc, yl[k])
			}
		default:
			for k := range o {
				o[k] = f(xc, yc)
			}
		}
	})
	for k, r := range out {
		if r-r != 0 {
			xv, yv := at(k)
			fl |= floatFlags(r, b.Pole != nil && b.Pole(xv, yv), xv, yv)
		}
	}
	return Floats(shape, out), fl
}

// arith is the float64 loop of + - * / (xs nil: the scalar xc; ys
// nil: the scalar yc).
func arith(op byte, out, xs, ys []float64, xc, yc float64) {
	switch {
	case xs != nil && ys != nil:
		ys = ys[:len(xs)]
		out = out[:len(xs)]
		switch op {
		case '+':
			for k, x := range xs {
				out[k] = x + ys[k]
			}
		case '-':
			for k, x := range xs {
				out[k] = x - ys[k]
			}
		case '*':
			for k, x := range xs {
				out[k] = x * ys[k]
			}
		default:
			for k, x := range xs {
				out[k] = x / ys[k]
			}
		}
	case xs != nil:
		out = out[:len(xs)]
		switch op {
		case '+':
			for k, x := range xs {
				out[k] = x + yc
			}
		case '-':
			for k, x := range xs {
				out[k] = x - yc
			}
		case '*':
			for k, x := range xs {
				out[k] = x * yc
			}
		default:
			for k, x := range xs {
				out[k] = x / yc
			}
		}
	case ys != nil:
		out = out[:len(ys)]
		switch op {
		case '+':
			for k, y := range ys {
				out[k] = xc + y
			}
		case '-':
			for k, y := range ys {
				out[k] = xc - y
			}
		case '*':
			for k, y := range ys {
				out[k] = xc * y
			}
		default:
			for k, y := range ys {
				out[k] = xc / y
			}
		}
	default:
		var r float64
		switch op {
		case '+':
			r = xc + yc
		case '-':
			r = xc - yc
		case '*':
			r = xc * yc
		default:
			r = xc / yc
		}
		for k := range out {
			out[k] = r
		}
	}
}

// fastPower is NumPy's fast_scalar_power: exponents 2, 0.5, -1, 1 and
// 0 become square, sqrt, reciprocal, copy and ones (the same values as
// a correctly rounded pow).
func fastPower(y float64, pow func(x, y float64) float64) func(x, y float64) float64 {
	switch y {
	case 2:
		return func(x, _ float64) float64 { return x * x }
	case 0.5:
		return func(x, _ float64) float64 { return math.Sqrt(x) }
	case -1:
		return func(x, _ float64) float64 { return 1 / x }
	case 1:
		return func(x, _ float64) float64 { return x }
	}
	return pow
}

// Arithmetic returns the ufunc behind a Python operator (+ - * / // %
// and comparisons), or nil. pow is the float64 power function to use
// (correctly rounded; Go's math.Pow serves large arrays).
func Arithmetic(op string, pow func(x, y float64) float64) *Binary {
	switch op {
	case "+":
		return &Binary{Name: "add", op: '+', F: func(x, y float64) float64 { return x + y },
			I: func(x, y int64) (int64, bool) { return x + y, false },
			C: func(x, y complex128) complex128 { return x + y }, Bool: func(x, y bool) bool { return x || y }}
	case "-":
		return &Binary{Name: "subtract", op: '-', F: func(x, y float64) float64 { return x - y },
			I: func(x, y int64) (int64, bool) { return x - y, false },
			C: func(x, y complex128) complex128 { return x - y }, Bool: func(bool, bool) bool {
				fail("TypeError", "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
				return false
			}}
	case "*":
		return &Binary{Name: "multiply", op: '*', F: func(x, y float64) float64 { return x * y },
			I: func(x, y int64) (int64, bool) { return x * y, false },
			C: func(x, y complex128) complex128 { return x * y }, Bool: func(x, y bool) bool { return x && y }}
	case "/":
		return &Binary{Name: "divide", op: '/', F: func(x, y float64) float64 { return x / y }, FloatOnly: true,
			Pole: func(_, y float64) bool { return y == 0 },
			C:    func(x, y complex128) complex128 { return x / y }}
	case "//":
		return &Binary{Name: "floor_divide", F: floorDivide, NoComplex: true,
			Pole: func(_, y float64) bool { return y == 0 },
			I: func(x, y int64) (int64, bool) {
				if y == 0 {
					return 0, true
				}
				q := x / y
				if (x%y != 0) && ((x < 0) != (y < 0)) {
					q--
				}
				return q, false
			}}
	case "%":
		return &Binary{Name: "remainder", F: remainder, NoComplex: true,
			I: func(x, y int64) (int64, bool) {
				if y == 0 {
					return 0, true
				}
				r := x % y
				if r != 0 && (r < 0) != (y < 0) {
					r += y
				}
				return r, false
			}}
	case "**":
		return &Binary{Name: "power", F: math.Pow, CR: pow,
			Pole: func(x, y float64) bool { return x == 0 && y < 0 },
			I: func(x, y int64) (int64, bool) {
				r := int64(1)
				for ; y > 0; y >>= 1 {
					if y&1 == 1 {
						r *= x
					}
					x *= x
				}
				return r, false
			},
			IntCheck: func(_, ys []int64) {
				for _, y := range ys {
					if y < 0 {
						fail("ValueError", "Integers to negative integer powers are not allowed.")
					}
				}
			},
			C: cmplx.Pow}
	case "==":
		return &Binary{Name: "equal", Cmp: func(x, y float64) bool { return x == y }, CCmp: func(x, y complex128) bool { return x == y }}
	case "!=":
		return &Binary{Name: "not_equal", Cmp: func(x, y float64) bool { return x != y }, CCmp: func(x, y complex128) bool { return x != y }}
	case "<":
		return &Binary{Name: "less", Cmp: func(x, y float64) bool { return x < y }, NoComplex: true}
	case "<=":
		return &Binary{Name: "less_equal", Cmp: func(x, y float64) bool { return x <= y }, NoComplex: true}
	case ">":
		return &Binary{Name: "greater", Cmp: func(x, y float64) bool { return x > y }, NoComplex: true}
	case ">=":
		return &Binary{Name: "greater_equal", Cmp: func(x, y float64) bool { return x >= y }, NoComplex: true}
	case "&":
		return &Binary{Name: "bitwise_and", Bool: func(x, y bool) bool { return x && y }, NoComplex: true,
			I: func(x, y int64) (int64, bool) { return x & y, false }, F: noFloatBitwise("bitwise_and")}
	case "|":
		return &Binary{Name: "bitwise_or", Bool: func(x, y bool) bool { return x || y }, NoComplex: true,
			I: func(x, y int64) (int64, bool) { return x | y, false }, F: noFloatBitwise("bitwise_or")}
	case "^":
		return &Binary{Name: "bitwise_xor", Bool: func(x, y bool) bool { return x != y }, NoComplex: true,
			I: func(x, y int64) (int64, bool) { return x ^ y, false }, F: noFloatBitwise("bitwise_xor")}
	}
	return nil
}

func noFloatBitwise(name string) func(x, y float64) float64 {
	return func(x, y float64) float64 {
		fail("TypeError", "ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''", name)
		return 0
	}
}

// DivMod is NumPy's npy_divmod, a port of CPython's float divmod: the
// floor quotient and the remainder with the divisor's sign (b == 0 gives
// a/b and NaN).
func DivMod(a, b float64) (float64, float64) { return divmod(a, b) }

// floorDivide is NumPy's npy_floor_divide for float64.
func floorDivide(a, b float64) float64 {
	if b == 0 {
		return a / b
	}
	d, _ := divmod(a, b)
	return d
}

// remainder is NumPy's npy_remainder: the sign of the divisor.
func remainder(a, b float64) float64 {
	if b == 0 {
		return math.Mod(a, b)
	}
	_, m := divmod(a, b)
	return m
}

// divmod is NumPy's npy_divmod.
func divmod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	if b == 0 {
		return a / b, mod
	}
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv++
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, mod
}

// Negate is -a (bool arrays are a TypeError, as in NumPy).
func Negate(a *Array) *Array {
	switch a.dtype {
	case Bool:
		fail("TypeError", "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
	case Int64:
		xs := a.Int64s()
		out := make([]int64, len(xs))
		for k, x := range xs {
			out[k] = -x
		}
		return Ints(a.shape, out)
	case Complex128:
		xs := a.Complex128s()
		out := make([]complex128, len(xs))
		for k, x := range xs {
			out[k] = -x
		}
		return Complexes(a.shape, out)
	}
	xs := a.Float64s()
	out := make([]float64, len(xs))
	for k, x := range xs {
		out[k] = -x
	}
	return Floats(a.shape, out)
}

// Invert is ~a: logical not for bool arrays, bitwise not for integers.
func Invert(a *Array) *Array {
	switch a.dtype {
	case Bool:
		xs := a.Bool8s()
		out := make([]bool, len(xs))
		for k, x := range xs {
			out[k] = !x
		}
		return Bools(a.shape, out)
	case Int64:
		xs := a.Int64s()
		out := make([]int64, len(xs))
		for k, x := range xs {
			out[k] = ^x
		}
		return Ints(a.shape, out)
	}
	fail("TypeError", "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
	return nil
}

// MatMul is a @ b: matrix product for 2-d operands, inner product for
// 1-d ones, and the mixed cases as NumPy's matmul (no stacking of 3-d
// operands).
func MatMul(a, b *Array) *Array {
	if a.NDim() == 0 || b.NDim() == 0 {
		fail("ValueError", "matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)", map[bool]int{true: 0, false: 1}[a.NDim() == 0])
	}
	if a.NDim() > 2 || b.NDim() > 2 {
		fail("NotImplementedError", "dcalc does not implement numpy matmul of arrays with more than 2 dimensions yet")
	}
	av, bv := a, b
	if a.NDim() == 1 {
		av = a.Reshape([]int{1, a.shape[0]})
	}
	if b.NDim() == 1 {
		bv = b.Reshape([]int{b.shape[0], 1})
	}
	n, k, m := av.shape[0], av.shape[1], bv.shape[1]
	if bv.shape[0] != k {
		fail("ValueError", "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size %d is different from %d)", bv.shape[0], k)
	}
	dt := max(a.dtype, b.dtype)
	if dt == Bool {
		dt = Int64
	}
	out := Zeros(dt, []int{n, m})
	switch dt {
	case Int64:
		x, y := av.Int64s(), bv.Int64s()
		for i := range n {
			for j := range m {
				var s int64
				for l := range k {
					s += x[i*k+l] * y[l*m+j]
				}
				out.buf.i[i*m+j] = s
			}
		}
	case Float64:
		x, y := av.Float64s(), bv.Float64s()
		if n == 1 && m == 1 {
			// NumPy's matmul hands a single output to its dot loop
			out.buf.f[0] = Ddot(x, y, strideKind(a, a.NDim()-1, a.dtype != Float64), strideKind(b, 0, b.dtype != Float64))
			break
		}
		for i := range n {
			for j := range m {
				s := 0.0
				for l := range k {
					s = math.FMA(x[i*k+l], y[l*m+j], s)
				}
				out.buf.f[i*m+j] = s
			}
		}
	default:
		x, y := av.Complex128s(), bv.Complex128s()
		for i := range n {
			for j := range m {
				s := complex(0, 0)
				for l := range k {
					s += x[i*k+l] * y[l*m+j]
				}
				out.buf.c[i*m+j] = s
			}
		}
	}
	switch {
	case a.NDim() == 1 && b.NDim() == 1:
		return out.Reshape(nil)
	case a.NDim() == 1:
		return out.Reshape([]int{m})
	case b.NDim() == 1:
		return out.Reshape([]int{n})
	}
	return out
}
