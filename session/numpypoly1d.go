package session

import (
	"math/cmplx"
	"regexp"
	"strings"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file is numpy.poly1d, the polynomial class np.polyfit's results
// are wrapped in (p = np.poly1d(np.polyfit(x, y, 2)); p(x)), with its
// two-line str, and polymul, polysub and polydiv, which it is built on.

func init() {
	numpyPolyTable = append(numpyPolyTable, poly1dTable...)
}

var poly1dTable = []*binding{
	{Name: "poly1d", Sig: "(c_or_r, r=False, variable=None)", Honours: "variable",
		Doc: "A polynomial from its coefficients, highest power first: callable, with arithmetic, roots, deriv and integ.",
		Fn: func(in *interp, a *callArgs) Value {
			p := in.toPoly1d(a.Get("c_or_r"))
			if v := a.Get("variable"); v != nil && v != none {
				p = &poly1d{c: p.c, variable: in.str(v), in: in}
			}
			return p
		}},
	{Name: "polymul", Sig: "(a1, a2)", Doc: "The coefficients of the product of two polynomials.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.polyResult(a, in.polymul(in.toPoly1d(a.Get("a1")).c, in.toPoly1d(a.Get("a2")).c))
		}},
	{Name: "polysub", Sig: "(a1, a2)", Doc: "The coefficients of the difference of two polynomials.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.polyResult(a, polysub(in.coeffArg(a.Get("a1")), in.coeffArg(a.Get("a2"))))
		}},
	{Name: "polydiv", Sig: "(u, v)", Doc: "The quotient and remainder of polynomial division.",
		Fn: func(in *interp, a *callArgs) Value {
			q, r := in.polydiv(in.coeffArg(a.Get("u")), in.coeffArg(a.Get("v")))
			_, pu := a.Get("u").(*poly1d)
			_, pv := a.Get("v").(*poly1d)
			if pu || pv {
				return &Tuple{Items: []Value{in.newPoly1d(q), in.newPoly1d(r)}}
			}
			return &Tuple{Items: []Value{q, r}}
		}},
}

// poly1d is a numpy.poly1d: its coefficients (highest power first,
// leading zeros trimmed) and the variable name str prints.
type poly1d struct {
	c        *ndarray.Array
	variable string
	in       *interp // for the print options and % formatting
}

// newPoly1d is poly1d(c): leading zeros trimmed, [0] when none is left.
func (in *interp) newPoly1d(c *ndarray.Array) *poly1d {
	if c.NDim() == 0 {
		c = c.Reshape([]int{1})
	}
	if c.NDim() > 1 {
		throw("ValueError", "Polynomial must be 1d only.")
	}
	nz := c.AsType(ndarray.Bool).Bool8s()
	first := 0
	for first < len(nz) && !nz[first] {
		first++
	}
	if first == len(nz) {
		c = ndarray.Zeros(c.DType(), []int{1})
	} else if first > 0 {
		c = c.Get([]ndarray.Index{{Kind: ndarray.IndexSlice, Slice: [3]*int{&first, nil, nil}}})
	}
	return &poly1d{c: c, variable: "x", in: in}
}

// toPoly1d is poly1d(v) for a poly1d, array, list or number.
func (in *interp) toPoly1d(v Value) *poly1d {
	if p, ok := v.(*poly1d); ok {
		return p
	}
	return in.newPoly1d(in.toArray(v))
}

// coeffArg is atleast_1d(v), a poly1d giving its coefficients.
func (in *interp) coeffArg(v Value) *ndarray.Array {
	if p, ok := v.(*poly1d); ok {
		return p.c
	}
	c := in.toArray(v)
	if c.NDim() == 0 {
		c = c.Reshape([]int{1})
	}
	return c
}

// polyResult wraps c in a poly1d when either argument was one.
func (in *interp) polyResult(a *callArgs, c *ndarray.Array) Value {
	for _, k := range []string{"a1", "a2"} {
		if _, ok := a.Get(k).(*poly1d); ok {
			return in.newPoly1d(c)
		}
	}
	return c
}

// polymul is convolve(a1, a2).
func (in *interp) polymul(a1, a2 *ndarray.Array) *ndarray.Array {
	return convolve(a1, a2, "full")
}

// padLeft prefixes zeros to p up to n coefficients.
func padLeft(p *ndarray.Array, n int) *ndarray.Array {
	if p.Size() >= n {
		return p
	}
	return npCall(func() *ndarray.Array {
		return ndarray.Concatenate([]*ndarray.Array{ndarray.Zeros(p.DType(), []int{n - p.Size()}), p}, 0)
	})
}

// polyadd and polysub line the coefficients up at the constant term.
func polyadd(a1, a2 *ndarray.Array) *ndarray.Array {
	n := max(a1.Size(), a2.Size())
	return npBinary("+", padLeft(a1, n), padLeft(a2, n))
}

func polysub(a1, a2 *ndarray.Array) *ndarray.Array {
	n := max(a1.Size(), a2.Size())
	return npBinary("-", padLeft(a1, n), padLeft(a2, n))
}

// polydiv is numpy.polydiv: long division by scale = 1/v[0], leading
// remainder terms within 1e-8 of zero dropped.
func (in *interp) polydiv(u, v *ndarray.Array) (q, r *ndarray.Array) {
	if u.DType() == ndarray.Complex128 || v.DType() == ndarray.Complex128 {
		throw("NotImplementedError", "dcalc's numpy.polydiv takes real coefficients")
	}
	us, vs := u.AsType(ndarray.Float64).Float64s(), v.AsType(ndarray.Float64).Float64s()
	m, n := len(us)-1, len(vs)-1
	scale := 1.0 / vs[0]
	qs := make([]float64, max(m-n+1, 1))
	rs := append([]float64(nil), us...)
	for k := 0; k < m-n+1; k++ {
		d := scale * rs[k]
		qs[k] = d
		for j := 0; j <= n; j++ {
			rs[k+j] -= d * vs[j]
		}
	}
	for len(rs) > 1 && rs[0] <= 1e-8 && rs[0] >= -1e-8 {
		rs = rs[1:]
	}
	return ndarray.Floats([]int{len(qs)}, qs), ndarray.Floats([]int{len(rs)}, rs)
}

func (p *poly1d) order() int { return p.c.Size() - 1 }

// length implements pySized: len(p) is the order.
func (p *poly1d) length() int { return p.order() }

// iterate implements pyIterable: the coefficients.
func (p *poly1d) iterate(in *interp, f func(Value) bool) {
	for _, v := range arrayItems(p.c) {
		if !f(v) {
			return
		}
	}
}

// getItem implements pyIndexable: p[k] is the coefficient of x**k.
func (p *poly1d) getItem(in *interp, idx Value) Value {
	k := int(in.toIndex(idx))
	if k > p.order() || k < 0 {
		return arrayValue(ndarray.Zeros(p.c.DType(), nil))
	}
	return arrayValue(npElem(p.c, p.order()-k))
}

// call implements pyCallable: polyval at an array or number.
func (p *poly1d) call(in *interp, args []Value, kw []kwArg) Value {
	if len(args) != 1 || len(kw) > 0 {
		throw("TypeError", "poly1d.__call__() takes 2 positional arguments but %d were given", len(args)+1)
	}
	if _, ok := args[0].(*poly1d); ok {
		throw("NotImplementedError", "dcalc's poly1d cannot be called on a poly1d (composition) yet")
	}
	return arrayValue(polyval(p.c, in.toArray(args[0])))
}

// equal implements pyEqualer.
func (p *poly1d) equal(other Value) bool {
	q, ok := other.(*poly1d)
	if !ok || q.c.Size() != p.c.Size() {
		return false
	}
	eq := npBinary("==", p.c, q.c).Bool8s()
	for _, b := range eq {
		if !b {
			return false
		}
	}
	return true
}

// unary implements pyUnary.
func (p *poly1d) unary(op string) (Value, bool) {
	in := p.in
	switch op {
	case "-":
		return in.newPoly1d(ndarray.Negate(p.c)), true
	case "+":
		return p, true
	}
	return nil, false
}

// poly1dBinop is poly1d arithmetic with a number or another polynomial
// on either side.
func (in *interp) poly1dBinop(op string, a, b Value) (Value, bool) {
	pa, aok := a.(*poly1d)
	pb, bok := b.(*poly1d)
	if !aok && !bok {
		return nil, false
	}
	scalar := func(v Value) bool { return isPyNumber(v) }
	switch op {
	case "*":
		if aok && scalar(b) {
			return in.newPoly1d(npBinary("*", pa.c, in.toArray(b))), true
		}
		if bok && scalar(a) {
			return in.newPoly1d(npBinary("*", in.toArray(a), pb.c)), true
		}
		return in.newPoly1d(in.polymul(in.toPoly1d(a).c, in.toPoly1d(b).c)), true
	case "+":
		return in.newPoly1d(polyadd(in.toPoly1d(a).c, in.toPoly1d(b).c)), true
	case "-":
		return in.newPoly1d(polysub(in.toPoly1d(a).c, in.toPoly1d(b).c)), true
	case "/":
		if aok && scalar(b) {
			return in.newPoly1d(npBinary("/", pa.c, in.toArray(b))), true
		}
		if bok && scalar(a) {
			return in.newPoly1d(npBinary("/", in.toArray(a), pb.c)), true
		}
		q, r := in.polydiv(in.toPoly1d(a).c, in.toPoly1d(b).c)
		return &Tuple{Items: []Value{in.newPoly1d(q), in.newPoly1d(r)}}, true
	case "**":
		if !aok || !scalar(b) {
			break
		}
		n := in.toFloat(b)
		if n < 0 || n != float64(int64(n)) {
			throw("ValueError", "Power to non-negative integers only.")
		}
		res := ndarray.Ints([]int{1}, []int64{1})
		for range int(n) {
			res = in.polymul(pa.c, res)
		}
		return in.newPoly1d(res), true
	}
	return nil, false
}

// attr answers poly1d's attributes and methods.
func (p *poly1d) attr(in *interp, name string) (Value, bool) {
	switch name {
	case "coeffs", "c", "coef", "coefficients":
		return p.c, true
	case "order", "o":
		return itoBig(p.order()), true
	case "variable":
		return p.variable, true
	case "roots", "r":
		return in.call(in.numpyModule().Attrs["roots"], []Value{p.c}, nil), true
	case "deriv":
		return &Builtin{Name: "deriv", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			return in.newPoly1d(polyder(p.c, in.orderArg("deriv", args, kw, "Order of derivative must be positive (see polyint)")))
		}}, true
	case "integ":
		return &Builtin{Name: "integ", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			return in.newPoly1d(polyint(p.c, in.orderArg("integ", args, kw, "Order of integral must be positive (see polyder)")))
		}}, true
	}
	return nil, false
}

// orderArg reads deriv's and integ's m (1 by default).
func (in *interp) orderArg(fn string, args []Value, kw []kwArg, negMsg string) int {
	m := 1
	switch {
	case len(args) == 1 && len(kw) == 0:
		m = int(in.toIndex(args[0]))
	case len(args) == 0 && len(kw) == 1 && kw[0].Name == "m":
		m = int(in.toIndex(kw[0].Value))
	case len(args) == 0 && len(kw) == 0:
	default:
		throw("NotImplementedError", "dcalc's poly1d.%s takes the order m only", fn)
	}
	if m < 0 {
		throw("ValueError", "%s", negMsg)
	}
	return m
}

// pyRepr implements pyStringer: poly1d([1., 2.]).
func (p *poly1d) pyRepr() string {
	r := p.c.ReprWith(p.in.printOptions())
	return "poly1d(" + r[6:len(r)-1] + ")"
}

// pyStr implements pyStringer: NumPy's two-line form, the powers raised
// onto the line above.
func (p *poly1d) pyStr() string {
	fmtFloat := func(q float64) string {
		s := p.in.percentFormat("%.4g", q)
		return strings.TrimSuffix(s, ".0000")
	}
	cs := p.c.Complex128s()
	first := 0
	for first < len(cs) && cs[first] == 0 {
		first++
	}
	if first == len(cs) {
		first = len(cs) // no coefficient left: "0"
	}
	cs = cs[first:]
	n := len(cs) - 1
	out := "0"
	for k, c := range cs {
		var coef string
		switch {
		case imag(c) == 0:
			coef = fmtFloat(real(c))
		case real(c) == 0:
			coef = fmtFloat(imag(c)) + "j"
		default:
			coef = "(" + fmtFloat(real(c)) + " + " + fmtFloat(imag(c)) + "j)"
		}
		power := n - k
		var term string
		switch {
		case power == 0 && coef != "0":
			term = coef
		case power == 0 && k == 0:
			term = "0"
		case power == 0, coef == "0":
			term = ""
		case power == 1:
			term = coef + " " + p.variable
		default:
			term = coef + " " + p.variable + "**" + itoa(power)
		}
		switch {
		case k == 0:
			out = term
		case term == "":
		case strings.HasPrefix(term, "-"):
			out += " - " + term[1:]
		default:
			out += " + " + term
		}
	}
	return raisePower(out, 70)
}

var polyPower = regexp.MustCompile(`\*\*([0-9]*)`)

// raisePower is numpy's _raise_power: each **k moved onto the line
// above, both lines wrapped at wrap columns.
func raisePower(s string, wrap int) string {
	n := 0
	line1, line2, output := "", "", " "
	for {
		loc := polyPower.FindStringSubmatchIndex(s[n:])
		if loc == nil {
			break
		}
		power := s[n+loc[2] : n+loc[3]]
		part := s[n : n+loc[0]]
		n += loc[1]
		add2 := part + strings.Repeat(" ", len(power)-1)
		add1 := strings.Repeat(" ", len(part)-1) + power
		if len(line2)+len(add2) > wrap || len(line1)+len(add1) > wrap {
			output += line1 + "\n" + line2 + "\n "
			line1, line2 = add1, add2
		} else {
			line2 += add2
			line1 += add1
		}
	}
	output += line1 + "\n" + line2
	return output + s[n:]
}

// npConcat is numpy.r_ (axis 0, at least 1-d) or numpy.c_ (the last
// axis, at least 2-d, 1-d arrays as columns): indexing it concatenates
// the items, slices becoming aranges (linspaces for a complex step).
type npConcat struct {
	name  string
	axis  int
	ndmin int
}

// getItem implements pyIndexable.
func (c *npConcat) getItem(in *interp, idx Value) Value {
	items := []Value{idx}
	if t, ok := idx.(*Tuple); ok {
		items = t.Items
	}
	var parts []*ndarray.Array
	for _, it := range items {
		var x *ndarray.Array
		switch v := it.(type) {
		case string:
			throw("NotImplementedError", "dcalc's numpy.%s does not take string directives yet", c.name)
		case *sliceValue:
			x = in.sliceRange(v)
		default:
			x = in.toArray(v)
		}
		for x.NDim() < c.ndmin {
			if x.NDim() == 1 && c.ndmin == 2 {
				x = x.Reshape([]int{x.Size(), 1}) // a column
				continue
			}
			x = x.Reshape(append([]int{1}, x.Shape()...))
		}
		parts = append(parts, x)
	}
	axis := c.axis
	if axis < 0 {
		axis += c.ndmin
		if len(parts) > 0 {
			axis = parts[0].NDim() - 1
		}
	}
	return npCall(func() *ndarray.Array { return ndarray.Concatenate(parts, axis) })
}

// sliceRange is r_'s reading of a slice: arange(start, stop, step), or
// linspace(start, stop, |step|) for a complex step.
func (in *interp) sliceRange(s *sliceValue) *ndarray.Array {
	get := func(v Value, def float64) Value {
		if v == nil || v == none {
			return def
		}
		return v
	}
	if st, ok := s.Step.(complex128); ok {
		ys, _ := linspaceValues(in.toFloat(get(s.Lo, 0)), in.toFloat(s.Hi), int(cmplx.Abs(st)), true)
		return ndarray.Floats([]int{len(ys)}, ys)
	}
	args := []Value{get(s.Lo, 0), s.Hi, get(s.Step, 1)}
	if s.Lo == nil || s.Lo == none {
		args[0] = itoBig(0)
	}
	if s.Step == nil || s.Step == none {
		args[2] = itoBig(1)
	}
	return in.toArray(in.call(in.numpyModule().Attrs["arange"], args, nil))
}
