package session

import (
	"math"
	"strings"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file is numpy.testing's assertions as gradient-checking
// notebooks use them (assert_allclose, assert_array_almost_equal,
// assert_almost_equal, assert_array_equal, assert_equal): silent when
// the values agree, an AssertionError with NumPy 1.24's message
// (mismatched elements, largest absolute and relative differences, the
// arrays) when they do not.

// testingTable binds numpy.testing (filled in init: its functions reach
// the interpreter's formatting, which reaches back to the module tables).
var testingTable []*binding

func init() { testingTable = testingRows() }

func testingRows() []*binding {
	return []*binding{
		{Name: "assert_allclose", Sig: "(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True)", Honours: "rtol atol err_msg",
			Doc: "Raise AssertionError unless |actual - desired| <= atol + rtol*|desired| everywhere.",
			Fn: func(in *interp, a *callArgs) Value {
				rtol, atol := in.toFloat(a.Or("rtol", 1e-7)), in.toFloat(a.Or("atol", 0.0))
				header := "Not equal to tolerance rtol=" + in.percentFormat("%g", rtol) + ", atol=" + in.percentFormat("%g", atol)
				in.arrayCompare(a.Get("actual"), a.Get("desired"), in.str(a.Or("err_msg", "")), header, 6,
					func(x, y *ndarray.Array) *ndarray.Array { return isClose(x, y, rtol, atol) })
				return none
			}},
		{Name: "assert_array_almost_equal", Sig: "(x, y, decimal=6, err_msg='', verbose=True)", Honours: "decimal err_msg",
			Doc: "Raise AssertionError unless |x - y| < 1.5 * 10**(-decimal) everywhere.",
			Fn: func(in *interp, a *callArgs) Value {
				in.almostEqualArrays(a.Get("x"), a.Get("y"), int(in.toIndex(a.Or("decimal", itoBig(6)))), in.str(a.Or("err_msg", "")))
				return none
			}},
		{Name: "assert_almost_equal", Sig: "(actual, desired, decimal=7, err_msg='', verbose=True)", Honours: "decimal err_msg",
			Doc: "Raise AssertionError unless |actual - desired| < 1.5 * 10**(-decimal).",
			Fn: func(in *interp, a *callArgs) Value {
				act, des := a.Get("actual"), a.Get("desired")
				dec := int(in.toIndex(a.Or("decimal", itoBig(7))))
				errMsg := in.str(a.Or("err_msg", ""))
				if isSequenceOrArray(act) || isSequenceOrArray(des) {
					in.almostEqualArrays(act, des, dec, errMsg)
					return none
				}
				x, y := in.toFloat(act), in.toFloat(des)
				fail := math.Abs(y-x) >= 1.5*math.Pow(10, float64(-dec))
				if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
					fail = !(math.IsNaN(x) && math.IsNaN(y)) && x != y
				}
				if fail {
					throw("AssertionError", "%s", in.buildErrMsg([]Value{act, des}, errMsg, "Arrays are not almost equal to "+itoa(dec)+" decimals", "ACTUAL", "DESIRED", 8))
				}
				return none
			}},
		{Name: "assert_array_equal", Sig: "(x, y, err_msg='', verbose=True, *, strict=False)", Honours: "err_msg",
			Doc: "Raise AssertionError unless x and y have the same shape and elements.",
			Fn: func(in *interp, a *callArgs) Value {
				in.arrayCompare(a.Get("x"), a.Get("y"), in.str(a.Or("err_msg", "")), "Arrays are not equal", 6, equalArrays)
				return none
			}},
		{Name: "assert_equal", Sig: "(actual, desired, err_msg='', verbose=True)", Honours: "err_msg",
			Doc: "Raise AssertionError unless actual == desired (arrays elementwise, lists and tuples item by item).",
			Fn: func(in *interp, a *callArgs) Value {
				in.assertEqual(a.Get("actual"), a.Get("desired"), in.str(a.Or("err_msg", "")))
				return none
			}},
	}
}

func isSequenceOrArray(v Value) bool {
	switch v.(type) {
	case *ndarray.Array, *List, *Tuple:
		return true
	}
	return false
}

func equalArrays(x, y *ndarray.Array) *ndarray.Array {
	r, _ := npCall2(func() (*ndarray.Array, ndarray.Flags) { return ndarray.Arithmetic("==", nil).Apply(x, y) })
	return r
}

// assertEqual is numpy.testing.assert_equal for arrays, lists, tuples
// and numbers.
func (in *interp) assertEqual(act, des Value, errMsg string) {
	if di, ok := seqItems(des); ok {
		if ai, ok := seqItems(act); ok {
			in.assertEqual(itoBig(len(ai)), itoBig(len(di)), errMsg)
			for k := range di {
				in.assertEqual(ai[k], di[k], "item="+itoa(k)+"\n"+errMsg)
			}
			return
		}
	}
	if _, ok := act.(*ndarray.Array); ok || isArray(des) {
		in.arrayCompare(act, des, errMsg, "Arrays are not equal", 6, equalArrays)
		return
	}
	x, xn := act.(float64)
	y, yn := des.(float64)
	if xn && yn && math.IsNaN(x) && math.IsNaN(y) {
		return
	}
	if !valuesEqual(act, des) {
		throw("AssertionError", "%s", in.buildErrMsg([]Value{act, des}, errMsg, "Items are not equal:", "ACTUAL", "DESIRED", 8))
	}
}

func isArray(v Value) bool { _, ok := v.(*ndarray.Array); return ok }

// almostEqualArrays is assert_array_almost_equal.
func (in *interp) almostEqualArrays(xv, yv Value, dec int, errMsg string) {
	tol := 1.5 * math.Pow(10, float64(-dec))
	in.arrayCompare(xv, yv, errMsg, "Arrays are not almost equal to "+itoa(dec)+" decimals", dec,
		func(x, y *ndarray.Array) *ndarray.Array {
			xs, ys := x.AsType(ndarray.Float64).Float64s(), y.AsType(ndarray.Float64).Float64s()
			shape := ndarray.BroadcastShapes(x.Shape(), y.Shape())
			xb := ndarray.Floats(x.Shape(), xs).BroadcastTo(shape).Float64s()
			yb := ndarray.Floats(y.Shape(), ys).BroadcastTo(shape).Float64s()
			out := make([]bool, len(xb))
			for i := range xb {
				out[i] = math.Abs(xb[i]-yb[i]) < tol
			}
			return ndarray.Bools(shape, out)
		})
}

// arrayCompare is NumPy's assert_array_compare for real arrays: the
// shapes must agree (or one be a scalar), nan and infinities must sit at
// the same places, and compare must hold at every other element.
func (in *interp) arrayCompare(xv, yv Value, errMsg, header string, precision int, compare func(x, y *ndarray.Array) *ndarray.Array) {
	x, y := in.toArray(xv), in.toArray(yv)
	if x.DType() == ndarray.Complex128 || y.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.testing compares real arrays")
	}
	ox, oy := x, y
	fail := func(msg string) {
		throw("AssertionError", "%s", in.buildErrMsg([]Value{ox, oy}, errMsg+msg, header, "x", "y", precision))
	}
	if x.NDim() != 0 && y.NDim() != 0 && ndarray.ShapeString(x.Shape()) != ndarray.ShapeString(y.Shape()) {
		fail("\n(shapes " + ndarray.ShapeString(x.Shape()) + ", " + ndarray.ShapeString(y.Shape()) + " mismatch)")
	}
	shape := ndarray.BroadcastShapes(x.Shape(), y.Shape())
	xs := x.AsType(ndarray.Float64).BroadcastTo(shape).Float64s()
	ys := y.AsType(ndarray.Float64).BroadcastTo(shape).Float64s()
	var keep []int
	for i := range xs {
		for _, c := range []struct {
			test func(float64) bool
			name string
		}{{math.IsNaN, "nan"}, {func(v float64) bool { return math.IsInf(v, 1) }, "+inf"}, {func(v float64) bool { return math.IsInf(v, -1) }, "-inf"}} {
			if c.test(xs[i]) != c.test(ys[i]) {
				errMsg += "\nx and y " + c.name + " location mismatch:"
				throw("AssertionError", "%s", in.buildErrMsg([]Value{x, y}, errMsg, header, "x", "y", precision))
			}
		}
		if !math.IsNaN(xs[i]) && !math.IsInf(xs[i], 0) {
			keep = append(keep, i)
		}
	}
	if len(keep) < len(xs) && (x.NDim() == 0 && y.NDim() == 0) {
		return
	}
	if len(keep) == 0 {
		return
	}
	sel := func(vs []float64, src *ndarray.Array) *ndarray.Array {
		out := make([]float64, len(keep))
		for k, i := range keep {
			out[k] = vs[i]
		}
		a := ndarray.Floats([]int{len(out)}, out)
		if src.DType() == ndarray.Int64 || src.DType() == ndarray.Bool {
			return a.AsType(src.DType())
		}
		return a
	}
	xk, yk := sel(xs, x), sel(ys, y)
	if len(keep) == len(xs) && len(shape) == 0 {
		xk, yk = xk.Reshape(nil), yk.Reshape(nil)
	}
	ok := compare(xk, yk).Bool8s()
	mismatch := 0
	for _, b := range ok {
		if !b {
			mismatch++
		}
	}
	if mismatch == 0 {
		return
	}
	total := len(xs)
	remarks := []string{"Mismatched elements: " + itoa(mismatch) + " / " + itoa(total) + " (" + in.percentFormat("%.3g", 100*float64(mismatch)/float64(total)) + "%)"}
	diff := npBinary("-", xk, yk)
	absd, _ := absoluteUfunc.Map(diff)
	maxAbs := reduce(ndarray.Max, absd, nil)
	remarks = append(remarks, "Max absolute difference: "+array2string(maxAbs))
	ds, yf := absd.AsType(ndarray.Float64).Float64s(), yk.AsType(ndarray.Float64).Float64s()
	rel := math.Inf(1)
	first := true
	for i, d := range ds {
		if yf[i] != 0 {
			r := d / math.Abs(yf[i])
			if first || r > rel || math.IsNaN(r) {
				rel = r
			}
			first = false
		}
	}
	remarks = append(remarks, "Max relative difference: "+array2string(ndarray.Floats(nil, []float64{rel})))
	fail("\n" + strings.Join(remarks, "\n"))
}

// array2string of a 0-d array: the element as NumPy formats it alone in
// an array (1.e-07, 3).
func array2string(a *ndarray.Array) string {
	r := a.Reshape(nil).Repr()
	r = strings.TrimPrefix(r, "array(")
	if i := strings.Index(r, ", dtype="); i >= 0 {
		r = r[:i]
	}
	return strings.TrimSuffix(r, ")")
}

// buildErrMsg is numpy.testing's build_err_msg: the header (with a short
// one-line err_msg beside it), err_msg, then each value's repr (arrays
// at the given precision, cut after three lines).
func (in *interp) buildErrMsg(vals []Value, errMsg, header, name1, name2 string, precision int) string {
	msg := []string{"\n" + header}
	if errMsg != "" {
		if !strings.Contains(errMsg, "\n") && len(errMsg) < 79-len(header) {
			msg[0] += " " + errMsg
		} else {
			msg = append(msg, errMsg)
		}
	}
	for i, v := range vals {
		var r string
		if a, ok := v.(*ndarray.Array); ok {
			o := in.printOptions()
			o.Precision = precision
			r = a.ReprWith(o)
		} else {
			r = in.repr(v)
		}
		if strings.Count(r, "\n") > 3 {
			r = strings.Join(strings.Split(r, "\n")[:3], "\n") + "..."
		}
		msg = append(msg, " "+[]string{name1, name2}[i]+": "+r)
	}
	return strings.Join(msg, "\n")
}
