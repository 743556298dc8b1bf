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
	tg, ok := trigGenerators(gens, x)
	if !ok {
		return nil, false, nil
	}
	ok = false
	switch {
	case len(gens) == 1:
		out, ok = trigOneGenerator(num, x, gens[0].(*Func), tg.back)
	case tg.tan == nil && tg.sin != nil && tg.cos != nil:
		if out, ok = trigTwoTerms(num, x, tg.sin, tg.cos, tg.back); !ok {
			out, ok = trigHalfAngle(num, x, tg.sin, tg.cos, tg.back)
		}
	}
	if !ok {
		return nil, true, notImpl("could not solve " + Str(num))
	}
	return out, true, nil
}

// trigGens are the generators of an equation in sin, cos and tan of
// one argument c*x + d.
type trigGens struct {
	sin, cos, tan *Func
	c             *big.Rat
	d             Expr
}

// back is x from c*x + d = theta.
func (tg trigGens) back(theta Expr) Expr {
	return NewMul(NewRational(tg.c.Denom(), tg.c.Num()), Sub(theta, tg.d))
}

// trigGenerators reads gens as sin, cos or tan of one argument linear
// in x with a rational slope; ok is false otherwise.
func trigGenerators(gens []Expr, x *Symbol) (tg trigGens, ok bool) {
	var arg Expr
	for _, g := range gens {
		f, isF := g.(*Func)
		if !isF || len(f.args) != 1 || arg != nil && !Equal(f.args[0], arg) {
			return tg, false
		}
		k, off, ok := linearIn(f.args[0], x)
		if tg.c = toRat(k); !ok || tg.c == nil {
			return tg, false
		}
		arg, tg.d = f.args[0], off
		switch f.def {
		case fnSin:
			tg.sin = f
		case fnCos:
			tg.cos = f
		case fnTan:
			tg.tan = f
		default:
			return tg, false
		}
	}
	return tg, arg != nil
}

// realOnly keeps the real roots; ok is false when one is not known to
// be real or not.
func realOnly(rs []Expr) ([]Expr, bool) {
	var out []Expr
	for _, r := range rs {
		switch IsReal(r) {
		case True:
			out = append(out, r)
		case Unknown:
			return nil, false
		}
	}
	return out, true
}

// allReal reports whether every root is known to be real.
func allReal(rs []Expr) bool {
	real, ok := realOnly(rs)
	return ok && len(real) == len(rs)
}

// halfAngleNumerator is the numerator of num with sin and cos written
// in t = tan(theta/2): 2*t/(t**2 + 1) and (1 - t**2)/(t**2 + 1).
func halfAngleNumerator(num Expr, sinG, cosG *Func, t *Symbol) Expr {
	den := NewAdd(NewPow(t, Two), One)
	var reps [][2]Expr
	if sinG != nil {
		reps = append(reps, [2]Expr{sinG, Div(NewMul(Two, t), den)})
	}
	if cosG != nil {
		reps = append(reps, [2]Expr{cosG, Div(Sub(One, NewPow(t, Two)), den)})
	}
	n, _ := asNumerDenom(Together(Xreplace(num, reps), false))
	return Expand(n)
}

// addNew appends s to out unless it is there.
func addNew(out []Expr, s Expr) []Expr {
	if containsExpr(out, s) {
		return out
	}
	return append(out, s)
}

// trigOneGenerator solves a polynomial in g = f(c*x).
func trigOneGenerator(num Expr, x *Symbol, g *Func, back func(Expr) Expr) ([]Expr, bool) {
	d := NewDummy("t")
	rs, ok := rootsInDummy(Xreplace(num, [][2]Expr{{g, d}}), d, x)
	if !ok || !allReal(rs) {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		for _, s := range trigInverse(g.def, r, back) {
			out = addNew(out, s)
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
	if !ok || !allReal(rs) {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		out = addNew(out, back(fnAtan.call(r)))
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
	n := halfAngleNumerator(num, sinG, cosG, t)
	if IsZero(n) == True {
		return nil, false // an identity such as sin(x)**2 + cos(x)**2 - 1
	}
	rs, ok := rootsInDummy(n, t, x)
	if !ok || !allReal(rs) {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		out = addNew(out, back(NewMul(Two, fnAtan.call(r))))
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
