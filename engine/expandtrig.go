package engine

import "math/big"

// SymPy's trig hint of expand: each trigonometric and hyperbolic
// function of a sum or of an integer multiple is written in terms of
// the functions of the parts, by the rules of its _eval_expand_trig
// (SymPy 1.14): sin and cos of a sum by the addition formulas on
// as_two_terms, of n*x by Chebyshev polynomials; tan and cot of a sum by
// symmetric polynomials of the parts, of n*x from (1 + I*z)**n; sinh and
// cosh by the addition formulas followed by a full expand(trig=True);
// tanh by symmetric polynomials and binomial sums. The reciprocal
// functions and rational multiples of pi (SymPy rewrites those in
// radicals) are refused.

// ExpandTrig is expand_trig(e): the trig hint alone, applied from the
// leaves up.
func ExpandTrig(e Expr) (_ Expr, err error) {
	defer recoverTo(&err)
	return bottomUp(e, func(x Expr) Expr { return expandTrigRule(x, false) }), nil
}

// ExpandWithTrig is expand(e, trig=True): SymPy's other hints first,
// then the trig hint, then its multinomial and mul passes again.
func ExpandWithTrig(e Expr) (_ Expr, err error) {
	defer recoverTo(&err)
	return expandFullTrig(e), nil
}

func expandFullTrig(e Expr) Expr {
	e = Expand(e)
	e = bottomUp(e, func(x Expr) Expr { return expandTrigRule(x, true) })
	for range 50 {
		n := Expand(e)
		if Equal(n, e) {
			break
		}
		e = n
	}
	return e
}

// expandTrigRule is f._eval_expand_trig() for a function node; full says
// that the other expand hints are on (expand(trig=True)), which sinh and
// cosh apply to their argument and result.
func expandTrigRule(e Expr, full bool) Expr {
	f, ok := e.(*Func)
	if !ok || len(f.args) != 1 {
		return e
	}
	arg := f.args[0]
	switch f.def {
	case fnSin, fnCos:
		return expandSinCos(f.def, arg)
	case fnTan, fnCot:
		return expandTanCot(f.def, arg)
	case fnSinh, fnCosh:
		return expandSinhCosh(f.def, arg, full)
	case fnTanh:
		return expandTanh(arg)
	case fnSec, fnCsc, fnCoth, fnSech, fnCsch:
		if _, isAdd := arg.(*Add); isAdd {
			panic(errorf("NotImplementedError", "dcalc's expand_trig does not expand %s of a sum yet", f.def.Name))
		}
		if c, _ := asCoeffMulRational(arg); c != One {
			if _, isInt := c.(*Integer); isInt {
				panic(errorf("NotImplementedError", "dcalc's expand_trig does not expand %s of a multiple yet", f.def.Name))
			}
		}
	}
	return e
}

// piMultiple reports whether arg is a number times pi with a coefficient
// that is not an integer (SymPy rewrites those in radicals).
func piMultiple(arg Expr) bool {
	if arg == Pi {
		return false
	}
	m, ok := arg.(*Mul)
	if !ok {
		return false
	}
	c, rest := AsCoeffMul(m)
	return rest == Pi && IsRational(c)
}

func expandSinCos(d *FuncDef, arg Expr) Expr {
	sin := func(x Expr) Expr { return expandSinCos(fnSin, x) }
	cos := func(x Expr) Expr { return expandSinCos(fnCos, x) }
	switch a := arg.(type) {
	case *Add:
		x, y := a.args[0], addRest(a.args[1:])
		if d == fnSin {
			return NewAdd(NewMul(sin(x), cos(y)), NewMul(sin(y), cos(x)))
		}
		return Sub(NewMul(cos(x), cos(y)), NewMul(sin(x), sin(y)))
	case *Mul:
		n, x := asCoeffMulRational(a)
		if ni, ok := n.(*Integer); ok {
			if !ni.IsInt64() || ni.Int64() > 1000 {
				panic(errorf("NotImplementedError", "dcalc's expand_trig does not expand %s of so large a multiple", d.Name))
			}
			k := ni.Int64()
			if d == fnCos {
				return chebyshevPoly(chebyshevT(k), fnCos.call(x))
			}
			s := fnSin.call(x)
			if k%2 != 0 {
				sign := One
				if (k-1)/2%2 != 0 {
					sign = NegOne
				}
				return NewMul(sign, chebyshevPoly(chebyshevT(k), s))
			}
			sign := One
			if (k/2-1)%2 != 0 {
				sign = NegOne
			}
			return expandMulShallow(NewMul(sign, fnCos.call(x), chebyshevPoly(chebyshevU(k-1), s)))
		}
		if piMultiple(a) {
			panic(errorf("NotImplementedError", "dcalc's expand_trig does not rewrite %s(%s) in radicals yet", d.Name, Str(arg)))
		}
	}
	return d.call(arg)
}

// chebyshevT and chebyshevU are the coefficients (lowest degree first) of
// the Chebyshev polynomials T_n and U_n.
func chebyshevT(n int64) []*big.Int { return chebyshev(n, 1) }
func chebyshevU(n int64) []*big.Int { return chebyshev(n, 2) }

// chebyshev runs P_{k+1} = 2x*P_k - P_{k-1} from P_0 = 1 and P_1 = c*x.
func chebyshev(n int64, c int64) []*big.Int {
	p0 := []*big.Int{big.NewInt(1)}
	if n == 0 {
		return p0
	}
	p1 := []*big.Int{big.NewInt(0), big.NewInt(c)}
	for k := int64(1); k < n; k++ {
		next := make([]*big.Int, len(p1)+1)
		for i := range next {
			next[i] = new(big.Int)
		}
		for i, v := range p1 {
			next[i+1].Add(next[i+1], new(big.Int).Lsh(v, 1))
		}
		for i, v := range p0 {
			next[i].Sub(next[i], v)
		}
		p0, p1 = p1, next
	}
	return p1
}

// chebyshevPoly is the polynomial with coefficients cs at x.
func chebyshevPoly(cs []*big.Int, x Expr) Expr {
	var terms []Expr
	for i, c := range cs {
		if c.Sign() == 0 {
			continue
		}
		terms = append(terms, NewMul(NewBigInt(c), NewPow(x, NewInt(int64(i)))))
	}
	return NewAdd(terms...)
}

// symmetricPoly is the elementary symmetric polynomial of degree i in xs.
func symmetricPoly(i int, xs []Expr) Expr {
	if i == 0 {
		return One
	}
	var terms []Expr
	var rec func(start int, picked []Expr)
	rec = func(start int, picked []Expr) {
		if len(picked) == i {
			terms = append(terms, NewMul(picked...))
			return
		}
		for j := start; j < len(xs); j++ {
			rec(j+1, append(append([]Expr(nil), picked...), xs[j]))
		}
	}
	rec(0, nil)
	return NewAdd(terms...)
}

func expandTanCot(d *FuncDef, arg Expr) Expr {
	switch a := arg.(type) {
	case *Add:
		n := len(a.args)
		parts := make([]Expr, n)
		for i, x := range a.args {
			parts[i] = expandTanCot(d, x)
		}
		p := [2][]Expr{}
		signOf := func(k int) Expr {
			if (k%4)/2 != 0 {
				return NegOne
			}
			return One
		}
		if d == fnTan {
			for i := 0; i <= n; i++ {
				p[1-i%2] = append(p[1-i%2], NewMul(symmetricPoly(i, parts), signOf(i)))
			}
		} else {
			for i := n; i >= 0; i-- {
				p[(n-i)%2] = append(p[(n-i)%2], NewMul(symmetricPoly(i, parts), signOf(n-i)))
			}
		}
		return Div(NewAdd(p[0]...), NewAdd(p[1]...))
	case *Mul:
		c, terms := asCoeffMulRational(a)
		if ci, ok := c.(*Integer); ok && ci.Sign() > 0 && !isInt(ci, 1) {
			if !ci.IsInt64() || ci.Int64() > 1000 {
				panic(errorf("NotImplementedError", "dcalc's expand_trig does not expand %s of so large a multiple", d.Name))
			}
			k := ci.Int64()
			t := d.call(terms)
			// (1 + I*z)**k for tan, (z + I)**k for cot: real and imaginary parts
			var re, im []Expr
			for j := int64(0); j <= k; j++ {
				b := new(big.Int).Binomial(k, j)
				pow := j // the power of z
				if d == fnCot {
					pow = k - j
				}
				term := NewMul(NewBigInt(b), NewPow(t, NewInt(pow)))
				if (j/2)%2 != 0 {
					term = Neg(term)
				}
				if j%2 == 0 {
					re = append(re, term)
				} else {
					im = append(im, term)
				}
			}
			if d == fnTan {
				return Div(NewAdd(im...), NewAdd(re...))
			}
			return Div(NewAdd(re...), NewAdd(im...))
		}
	}
	return d.call(arg)
}

func expandSinhCosh(d *FuncDef, arg Expr, full bool) Expr {
	if full {
		arg = Expand(arg)
	}
	var x, y Expr
	switch a := arg.(type) {
	case *Add:
		x, y = a.args[0], addRest(a.args[1:])
	default:
		c, terms := asCoeffMulRational(arg)
		if ci, ok := c.(*Integer); ok && c != One && terms != One {
			x, y = terms, NewMul(NewAdd(ci, NegOne), terms)
		}
	}
	if x == nil {
		return d.call(arg)
	}
	sinh, cosh := func(e Expr) Expr { return fnSinh.call(e) }, func(e Expr) Expr { return fnCosh.call(e) }
	if d == fnSinh {
		return expandFullTrig(NewAdd(NewMul(sinh(x), cosh(y)), NewMul(sinh(y), cosh(x))))
	}
	return expandFullTrig(NewAdd(NewMul(cosh(x), cosh(y)), NewMul(sinh(x), sinh(y))))
}

func expandTanh(arg Expr) Expr {
	switch a := arg.(type) {
	case *Add:
		n := len(a.args)
		tx := make([]Expr, n)
		for i, x := range a.args {
			tx[i] = expandTanh(x)
		}
		p := [2][]Expr{}
		for i := 0; i <= n; i++ {
			p[i%2] = append(p[i%2], symmetricPoly(i, tx))
		}
		return Div(NewAdd(p[1]...), NewAdd(p[0]...))
	case *Mul:
		c, terms := AsCoeffMul(a)
		if ci, ok := c.(*Integer); ok && ci.Sign() > 0 && !isInt(ci, 1) {
			if !ci.IsInt64() || ci.Int64() > 1000 {
				panic(errorf("NotImplementedError", "dcalc's expand_trig does not expand tanh of so large a multiple"))
			}
			k := ci.Int64()
			t := fnTanh.call(terms)
			var num, den []Expr
			for j := int64(0); j <= k; j++ {
				term := NewMul(NewBigInt(new(big.Int).Binomial(k, j)), NewPow(t, NewInt(j)))
				if j%2 == 1 {
					num = append(num, term)
				} else {
					den = append(den, term)
				}
			}
			return Div(NewAdd(num...), NewAdd(den...))
		}
	}
	return fnTanh.call(arg)
}
