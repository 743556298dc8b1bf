package engine

import (
	"math/big"
	"math/cmplx"
)

// This file is solve() for equations in sin, cos and tan of one
// argument c*x + d (c rational, d free of x), as SymPy's _solve takes
// them (the forms below are for d = 0; x is (theta - d)/c):
//
//   - one generator f(c*x): the roots r of the polynomial in it, then
//     the inverse _vsolve(f(c*x) - t, x) gives (asin(t)/c and (pi -
//     asin(t))/c for sin, acos(t)/c and (2*pi - acos(t))/c for cos,
//     atan(t)/c for tan), simplified when there are at most two
//     solutions (solve's simplify flag);
//   - sin(c*x) and cos(c*x) in a sum of two terms k1*sin**p and
//     k2*cos**p: TR2i turns their quotient into tan**p, so the equation
//     is (k1/k2)*tan(c*x)**p + 1 = 0;
//   - sin(c*x) and cos(c*x) otherwise: rewrite(tan) writes both in
//     T = tan(c*x/2), and each root r of the numerator's polynomial in T
//     gives 2*atan(r)/c; the solutions are checked in the original
//     equation (SymPy's checksol, numerically where exact evaluation
//     cannot decide).
//
// Roots that are not known to be real are refused (SymPy's forms for
// them are asin of complex numbers written its own way), as are other
// shapes (two arguments, sec and csc, powers of tan beside sin).

// solveTrig solves num = 0 for x when its generators are trigonometric
// functions of one argument; applies is false for other equations, and
// err is NotImplementedError when they are but SymPy's answer is not
// reproduced (another route, such as solving factors, would give a
// different answer).
func solveTrig(num Expr, x *Symbol, gens []Expr) (out []Expr, applies bool, err error) {
	var arg, d Expr
	var c *big.Rat
	var sinG, cosG, tanG *Func
	for _, g := range gens {
		f, isF := g.(*Func)
		if !isF || len(f.args) != 1 || arg != nil && !Equal(f.args[0], arg) {
			return nil, false, nil
		}
		k, off, ok := linearIn(f.args[0], x)
		if c = toRat(k); !ok || c == nil {
			return nil, false, nil
		}
		arg, d = f.args[0], off
		switch f.def {
		case fnSin:
			sinG = f
		case fnCos:
			cosG = f
		case fnTan:
			tanG = f
		default:
			return nil, false, nil
		}
	}
	if arg == nil {
		return nil, false, nil
	}
	cInv := NewRational(c.Denom(), c.Num())
	back := func(theta Expr) Expr { return NewMul(cInv, Sub(theta, d)) } // x from c*x + d = theta
	ok := false
	switch {
	case len(gens) == 1:
		out, ok = trigOneGenerator(num, x, gens[0].(*Func), back)
	case tanG == nil && sinG != nil && cosG != nil:
		if out, ok = trigTwoTerms(num, x, sinG, cosG, back); !ok {
			out, ok = trigHalfAngle(num, x, sinG, cosG, back)
		}
	}
	if !ok {
		return nil, true, notImpl("could not solve " + Str(num))
	}
	return out, true, nil
}

// trigOneGenerator solves a polynomial in g = f(c*x).
func trigOneGenerator(num Expr, x *Symbol, g *Func, back func(Expr) Expr) ([]Expr, bool) {
	d := NewDummy("t")
	rs, ok := rootsInDummy(Xreplace(num, [][2]Expr{{g, d}}), d, x)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		if IsReal(r) != True {
			return nil, false
		}
		for _, s := range trigInverse(g.def, r, back) {
			if !containsExpr(out, s) {
				out = append(out, s)
			}
		}
	}
	return simplifyFew(out), true
}

// trigInverse is _vsolve(f(c*x + d) - r, x): the solutions for one
// value r.
func trigInverse(f *FuncDef, r Expr, back func(Expr) Expr) []Expr {
	switch f {
	case fnSin:
		a := fnAsin.call(r)
		return []Expr{back(Sub(Pi, a)), back(a)}
	case fnCos:
		a := fnAcos.call(r)
		return []Expr{back(Sub(NewMul(Two, Pi), a)), back(a)}
	}
	return []Expr{back(fnAtan.call(r))}
}

// simplifyFew simplifies the solutions when there are at most two, as
// solve does (it unsets its simplify flag for more).
func simplifyFew(out []Expr) []Expr {
	if len(out) > 2 {
		return out
	}
	for i, s := range out {
		out[i] = Simplify(s)
	}
	return out
}

// trigTwoTerms is the sin/cos sum of two terms: k1*sin**p + k2*cos**p
// becomes (k1/k2)*tan**p + 1.
func trigTwoTerms(num Expr, x *Symbol, sinG, cosG *Func, back func(Expr) Expr) ([]Expr, bool) {
	add, isAdd := num.(*Add)
	if !isAdd || len(add.args) != 2 {
		return nil, false
	}
	st, ct := add.args[0], add.args[1]
	if !Has(st, sinG) {
		st, ct = ct, st
	}
	if !Has(st, sinG) || Has(st, cosG) || !Has(ct, cosG) || Has(ct, sinG) {
		return nil, false
	}
	k1, p1, ok1 := trigMonomial(st, sinG)
	k2, p2, ok2 := trigMonomial(ct, cosG)
	if !ok1 || !ok2 || p1 != p2 {
		return nil, false
	}
	t := NewDummy("t")
	poly := NewAdd(NewMul(Div(k1, k2), NewPow(t, NewInt(p1))), One)
	rs, ok := rootsInDummy(poly, t, x)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		if IsReal(r) != True {
			return nil, false
		}
		if s := back(fnAtan.call(r)); !containsExpr(out, s) {
			out = append(out, s)
		}
	}
	return simplifyFew(out), true
}

// trigMonomial splits k*g**p, k a number (radicals allowed), into k
// and p.
func trigMonomial(e Expr, g *Func) (Expr, int64, bool) {
	var k []Expr
	p := int64(0)
	for _, f := range mulArgs(e) {
		b, ex := AsBaseExp(f)
		if Equal(b, g) {
			n, ok := ex.(*Integer)
			if !ok || !n.IsInt64() || n.Sign() <= 0 || p != 0 {
				return nil, 0, false
			}
			p = n.Int64()
			continue
		}
		if len(FreeSymbols(f)) > 0 || hasKind(f, kFunc) {
			return nil, 0, false
		}
		k = append(k, f)
	}
	return NewMul(k...), p, p > 0
}

// trigHalfAngle rewrites sin and cos in T = tan(c*x/2) and solves the
// numerator's polynomial in T.
func trigHalfAngle(num Expr, x *Symbol, sinG, cosG *Func, back func(Expr) Expr) ([]Expr, bool) {
	t := NewDummy("t")
	den := NewAdd(NewPow(t, Two), One)
	rw := Xreplace(num, [][2]Expr{
		{sinG, Div(NewMul(Two, t), den)},
		{cosG, Div(Sub(One, NewPow(t, Two)), den)},
	})
	n, _ := asNumerDenom(Together(rw, false))
	if IsZero(Expand(n)) == True {
		return nil, false // an identity such as sin(x)**2 + cos(x)**2 - 1
	}
	rs, ok := rootsInDummy(Expand(n), t, x)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		if IsReal(r) != True {
			return nil, false
		}
		if s := back(NewMul(Two, fnAtan.call(r))); !containsExpr(out, s) {
			out = append(out, s)
		}
	}
	out = simplifyFew(out)
	kept := out[:0]
	for _, s := range out {
		switch solvesNumerically(num, x, s) {
		case True:
			kept = append(kept, s)
		case Unknown:
			return nil, false
		}
	}
	return kept, true
}

// solvesNumerically is checksol: whether s makes e zero, exactly when
// the substitution evaluates, else numerically (a value within 1e-12 of
// zero counts as zero; an evaluation that fails is Unknown).
func solvesNumerically(e Expr, x *Symbol, s Expr) Tri {
	v := Expand(SubsPairs(e, [][2]Expr{{x, s}}))
	if z := IsZero(v); z != Unknown {
		return z
	}
	f, err := Evalf(v, 30, nil)
	if err != nil {
		return Unknown
	}
	z, ok := ToComplex(f)
	if !ok {
		return Unknown
	}
	if cmplx.Abs(z) < 1e-12 {
		return True
	}
	return False
}
