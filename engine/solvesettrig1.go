package engine

import (
	"math"
	"math/big"
	"math/cmplx"
)

// This file is SymPy's _solve_trig1 for sums and products of sin and cos
// of arguments c*x + d (sin(x) + cos(x), cos(2*x) - cos(x)): trigsimp f,
// take mu so that every argument is an integer multiple of x/mu, write f
// as a rational function of y = exp(I*x/mu), and invert each root s of
// its numerator into the image set of exp(I*x/mu) = s (one Dummy per
// root, in the order of the FiniteSet of roots).
//
// dcalc finds the roots from the real solutions in one period, y =
// exp(I*theta/mu) for each solution theta that is a multiple of pi/4 or
// pi/6 (the roots SymPy's roots and expand_complex write as a + b*I with
// square roots), and accepts them only when their multiplicities, checked
// numerically on the numerator's Laurent polynomial in y, account for its
// every root: roots off the unit circle (complex x, SymPy's logarithms)
// and other angles are refused.

// solveTrig1 is _solve_trig1 for sin and cos; ok is false for shapes it
// does not take (SymPy's answer then needs its logarithms or RootOf).
func (s *transSolver) solveTrig1(f Expr) (SolSet, bool) {
	g, err := Trigsimp(f)
	if err != nil {
		return SolSet{}, false
	}
	var args []Expr
	onlySinCos := !anyNode(g, func(e Expr) bool {
		fn, ok := e.(*Func)
		if !ok || !Has(fn, s.x) {
			return false
		}
		if fn.def != fnSin && fn.def != fnCos {
			return true
		}
		args = append(args, fn.args[0])
		return false
	})
	if !onlySinCos || len(args) == 0 || len(FreeSymbols(g)) != 1 {
		return SolSet{}, false
	}
	mu, ok := trigMu(args, s.x)
	if !ok {
		return SolSet{}, false
	}
	lp, ok := yLaurentOf(g, s.x, mu)
	if !ok {
		return SolSet{}, false
	}
	period := NewMul(Two, Pi, mu)
	thetas, all, err := SolveSetInterval(g, s.x, SetPart{Lo: Zero, Hi: period, HOpen: true})
	if err != nil || all {
		return SolSet{}, false
	}
	var roots []Expr
	total := 0
	for _, th := range thetas {
		phi := Expand(Div(th, mu)) // arg of y
		if !simpleAngle(phi) {
			return SolSet{}, false
		}
		v, _ := evalComplex(phi)
		m := lp.multiplicity(cmplx.Exp(complex(0, real(v))))
		if m == 0 {
			return SolSet{}, false // not a root: a solution of another equation
		}
		total += m
		roots = append(roots, NewAdd(fnCos.call(phi), NewMul(I, fnSin.call(phi))))
	}
	if total != lp.degree() || total == 0 {
		return SolSet{}, false
	}
	Ordered(roots)
	var out SolSet
	for _, r := range roots {
		n := NewDummy("n")
		a := fnArg.call(r)
		if hasCallOf(a, fnArg) || !isZeroInt(fnLog.call(fnAbs.call(r))) {
			return SolSet{}, false
		}
		im := NewImageSet(n, NewMul(I, NewAdd(NewMul(Two, n, Pi), a)))
		out.Images = append(out.Images, im.Map(func(v Expr) Expr { return Div(v, Div(I, mu)) }))
	}
	return out, true
}

// trigMu is lcm(denominators)/gcd(numerators) of the coefficients of x
// in the arguments (each of degree at most one in x).
func trigMu(args []Expr, x *Symbol) (Expr, bool) {
	var l, g *big.Int
	for _, a := range args {
		cs, ok := polyCoeffs(Expand(a), x)
		if !ok || len(cs) > 2 {
			return nil, false
		}
		if len(cs) < 2 {
			continue
		}
		c := toRat(cs[1])
		if c == nil || c.Sign() == 0 {
			return nil, false
		}
		num := new(big.Int).Abs(c.Num())
		if g == nil {
			g, l = num, new(big.Int).Set(c.Denom())
			continue
		}
		g = new(big.Int).GCD(nil, nil, g, num)
		l = new(big.Int).Div(new(big.Int).Mul(l, c.Denom()), new(big.Int).GCD(nil, nil, l, c.Denom()))
	}
	if g == nil {
		return nil, false
	}
	return NewRational(l, g), true
}

// simpleAngle reports whether phi is pi times a rational whose
// denominator divides 4 or 6.
func simpleAngle(phi Expr) bool {
	q := toRat(Expand(Div(phi, Pi)))
	if q == nil {
		return false
	}
	d := q.Denom().Int64()
	return q.Denom().IsInt64() && (4%d == 0 || 6%d == 0)
}

// yLaurent is a Laurent polynomial in y with complex128 coefficients.
type yLaurent map[int]complex128

func (p yLaurent) mul(q yLaurent) yLaurent {
	out := yLaurent{}
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out
}

// yLaurentOf writes g, a polynomial in sin and cos of k*x/mu + d with
// integer k, as a Laurent polynomial in y = exp(I*x/mu).
func yLaurentOf(g Expr, x *Symbol, mu Expr) (yLaurent, bool) {
	if !Has(g, x) {
		v, ok := evalComplex(g)
		return yLaurent{0: v}, ok
	}
	switch t := g.(type) {
	case *Add:
		out := yLaurent{}
		for _, a := range t.args {
			p, ok := yLaurentOf(a, x, mu)
			if !ok {
				return nil, false
			}
			for k, c := range p {
				out[k] += c
			}
		}
		return out, true
	case *Mul:
		out := yLaurent{0: 1}
		for _, a := range t.args {
			p, ok := yLaurentOf(a, x, mu)
			if !ok {
				return nil, false
			}
			out = out.mul(p)
		}
		return out, true
	case *Pow:
		k, ok := t.Exp().(*Integer)
		if !ok || !k.IsInt64() || k.Int64() < 0 || k.Int64() > 64 {
			return nil, false
		}
		b, ok := yLaurentOf(t.Base(), x, mu)
		if !ok {
			return nil, false
		}
		out := yLaurent{0: 1}
		for range k.Int64() {
			out = out.mul(b)
		}
		return out, true
	case *Func:
		cs, ok := polyCoeffs(Expand(t.args[0]), x)
		if !ok || len(cs) != 2 {
			return nil, false
		}
		kq := toRat(Expand(NewMul(cs[1], mu)))
		d, ok2 := evalComplex(cs[0])
		if kq == nil || !kq.IsInt() || !kq.Num().IsInt64() || !ok2 {
			return nil, false
		}
		k := int(kq.Num().Int64())
		e, ei := cmplx.Exp(complex(0, real(d))), cmplx.Exp(complex(0, -real(d)))
		if t.def == fnSin {
			return yLaurent{k: e / 2i, -k: -ei / 2i}, true
		}
		return yLaurent{k: e / 2, -k: ei / 2}, true
	}
	return nil, false
}

// span is the lowest and highest exponents with a coefficient that is
// not negligible.
func (p yLaurent) span() (lo, hi int, scale float64) {
	for _, c := range p {
		scale = math.Max(scale, cmplx.Abs(c))
	}
	lo, hi = math.MaxInt, math.MinInt
	for k, c := range p {
		if cmplx.Abs(c) > 1e-12*scale {
			lo, hi = min(lo, k), max(hi, k)
		}
	}
	return lo, hi, scale
}

// degree is the number of nonzero roots of p, with multiplicity.
func (p yLaurent) degree() int {
	lo, hi, scale := p.span()
	if scale == 0 || lo > hi {
		return 0
	}
	return hi - lo
}

// multiplicity is how many derivatives of y**(-lo)*p vanish at z.
func (p yLaurent) multiplicity(z complex128) int {
	lo, hi, scale := p.span()
	if scale == 0 || lo > hi {
		return 0
	}
	c := make([]complex128, hi-lo+1)
	for k, v := range p {
		if k >= lo && k <= hi {
			c[k-lo] = v
		}
	}
	m := 0
	for len(c) > 1 {
		v := complex(0, 0)
		for i := len(c) - 1; i >= 0; i-- {
			v = v*z + c[i]
		}
		if cmplx.Abs(v) > 1e-9*scale*float64(len(c))*math.Pow(float64(len(c)), float64(m)) {
			break
		}
		m++
		d := make([]complex128, len(c)-1)
		for i := 1; i < len(c); i++ {
			d[i-1] = c[i] * complex(float64(i), 0)
		}
		c = d
	}
	return m
}
