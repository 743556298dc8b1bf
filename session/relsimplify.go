package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// This file is simplify of an equation or inequality, SymPy's
// Relational._eval_simplify: both sides simplified; a difference that is
// a number or zero decides the relation; in one real-or-unknown symbol a
// linear relation is solved for it (Eq(2*x, 4) is Eq(x, 2)) and a
// polynomial one keeps its terms on the left over the gcd of their
// rational coefficients; in several symbols a linear relation keeps the
// symbols on the left; the result in canonical form, kept when shorter
// than 1.7 times the original.

// relSwap is the operator of a relation with its sides swapped.
var relSwap = map[string]string{"==": "==", "!=": "!=", "<": ">", ">": "<", "<=": ">=", ">=": "<="}

// relSimplify is simplify(r).
func (in *interp) relSimplify(r *Relational) Value {
	rel := relCtor(r.Op)
	v := rel(in, []Value{engine.Simplify(r.Lhs), engine.Simplify(r.Rhs)}, nil)
	s, ok := v.(*Relational)
	if !ok {
		return v
	}
	dif := engine.Sub(s.Lhs, s.Rhs)
	if len(engine.FreeSymbols(dif)) == 0 {
		if t := engine.RelTruth(s.Op, dif, engine.Zero); t != engine.Unknown {
			return &sympyBool{v: t == engine.True}
		}
		throw("NotImplementedError", "dcalc's simplify does not decide this relation of numbers yet")
	}
	if d, err := engine.Cancel(dif); err == nil && engine.IsZero(d) == engine.True {
		// dif.equals(0)
		return rel(in, []Value{engine.Zero, engine.Zero}, nil)
	}
	s = canonicalRel(s)
	rel = relCtor(s.Op) // r.func: the canonical form's relation
	var free []*engine.Symbol
	for _, x := range engine.FreeSymbols(engine.Sub(s.Lhs, s.Rhs)) {
		if engine.IsReal(x) != engine.False {
			free = append(free, x)
		}
	}
	dif = engine.Sub(s.Lhs, s.Rhs)
	var out Value = s
	if len(free) == 1 {
		x := free[0]
		if cs, b, ok := linearCoeffsIn(dif, []*engine.Symbol{x}); ok {
			m := cs[0]
			switch {
			case engine.IsZero(m) == engine.False && engine.IsNegative(m) == engine.True:
				out = rel(in, []Value{engine.Div(engine.Neg(b), m), x}, nil)
			case engine.IsZero(m) == engine.False:
				out = rel(in, []Value{x, engine.Div(engine.Neg(b), m)}, nil)
			default:
				throw("NotImplementedError", "dcalc's simplify does not take this relation yet")
			}
		} else if cs, ok := engine.RationalCoeffs(dif, x); ok {
			// poly(dif, x): the terms over the gcd of their coefficients,
			// the constant on the right
			constant := cs[0]
			scale := new(big.Rat)
			for _, c := range cs[1:] {
				scale = ratGcd(scale, c)
			}
			var terms []engine.Expr
			for k, c := range cs[1:] {
				terms = append(terms, engine.NewMul(engine.RatExpr(new(big.Rat).Quo(c, scale)), engine.NewPow(x, engine.NewInt(int64(k+1)))))
			}
			out = rel(in, []Value{engine.NewAdd(terms...), engine.RatExpr(new(big.Rat).Quo(new(big.Rat).Neg(constant), scale))}, nil)
		} else if engine.IsPolynomial(dif, []engine.Expr{x}) {
			throw("NotImplementedError", "dcalc's simplify does not take a relation polynomial in one symbol with symbolic coefficients yet")
		}
	} else if len(free) >= 2 {
		out = in.relLinearSeveral(rel, s, dif, free)
	}
	if o, ok := out.(*Relational); ok {
		out = canonicalRel(o)
		if float64(engine.CountOps(engine.Sub(o.Lhs, o.Rhs))) >= 1.7*float64(engine.CountOps(engine.Sub(r.Lhs, r.Rhs))) {
			throw("NotImplementedError", "dcalc's simplify does not compare the measure of relations yet")
		}
	}
	return out
}

// relLinearSeveral is _eval_simplify's step for a relation linear in
// several symbols (in default_sort_key order): the symbols' terms over
// the gcd of their rational coefficients on the left, the constant on
// the right (with no constant, the first term on the left); a relation
// that is not linear stays as it is.
func (in *interp) relLinearSeveral(rel func(*interp, []Value, []kwArg) Value, s *Relational, dif engine.Expr, free []*engine.Symbol) Value {
	xs := make([]engine.Expr, len(free))
	for i, x := range free {
		xs[i] = x
	}
	engine.Ordered(xs)
	for i, x := range xs {
		free[i] = x.(*engine.Symbol)
	}
	cs, constant, ok := linearCoeffsIn(dif, free)
	if !ok {
		return s
	}
	scale := new(big.Rat)
	for _, c := range cs {
		r := engine.RatOf(c)
		if r == nil {
			throw("NotImplementedError", "dcalc's simplify does not take a linear relation with symbolic coefficients yet")
		}
		scale = ratGcd(scale, r)
	}
	if scale.Sign() == 0 {
		return rel(in, []Value{constant, engine.Zero}, nil)
	}
	var terms []engine.Expr
	for i, c := range cs {
		if q := new(big.Rat).Quo(engine.RatOf(c), scale); q.Sign() != 0 {
			terms = append(terms, engine.NewMul(engine.RatExpr(q), free[i]))
		}
	}
	if engine.IsZero(constant) != engine.True {
		return rel(in, []Value{engine.NewAdd(terms...), engine.Div(engine.Neg(constant), engine.RatExpr(scale))}, nil)
	}
	return rel(in, []Value{terms[0], engine.Neg(engine.NewAdd(terms[1:]...))}, nil)
}

// linearCoeffsIn is linear_coeffs(dif, *xs): the coefficient of each
// symbol and the constant, when dif is a sum of terms linear in one of
// them or free of all.
func linearCoeffsIn(dif engine.Expr, xs []*engine.Symbol) ([]engine.Expr, engine.Expr, bool) {
	cs := make([]engine.Expr, len(xs))
	for i := range cs {
		cs[i] = engine.Zero
	}
	b := engine.Expr(engine.Zero)
	terms := []engine.Expr{dif}
	if s, ok := dif.(*engine.Add); ok {
		terms = s.Args()
	}
	for _, t := range terms {
		k := -1
		for i, x := range xs {
			if engine.Has(t, x) {
				if k >= 0 {
					return nil, nil, false
				}
				k = i
			}
		}
		if k < 0 {
			b = engine.NewAdd(b, t)
			continue
		}
		m := engine.Div(t, xs[k])
		if engine.Has(m, xs[k]) {
			return nil, nil, false
		}
		cs[k] = engine.NewAdd(cs[k], m)
	}
	return cs, b, true
}

// ratGcd is the gcd of two rationals (gcd of the numerators over lcm of
// the denominators), 0 with c giving |c|.
func ratGcd(a, c *big.Rat) *big.Rat {
	if a.Sign() == 0 {
		return new(big.Rat).Abs(c)
	}
	if c.Sign() == 0 {
		return a
	}
	n := new(big.Int).GCD(nil, nil, new(big.Int).Abs(a.Num()), new(big.Int).Abs(c.Num()))
	g := new(big.Int).GCD(nil, nil, a.Denom(), c.Denom())
	d := new(big.Int).Mul(a.Denom(), c.Denom())
	d.Quo(d, g)
	return new(big.Rat).SetFrac(n, d)
}

// relNegated is Relational.negated's operator: the complement.
var relNegated = map[string]string{"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}

// relStrictWeak are the strict and weak forms of the inequalities that
// have one (the others are themselves).
var relStrictWeak = map[string]map[string]string{
	"strict": {"<=": "<", ">=": ">"},
	"weak":   {"<": "<=", ">": ">="},
}

// canonicalRel is Relational.canonical: a number on the right (numbers
// on both sides in order), otherwise the sides in default_sort_key
// order, and no minus sign leading the left side.
func canonicalRel(r *Relational) *Relational {
	swap := func(r *Relational) *Relational { return &Relational{Op: relSwap[r.Op], Lhs: r.Rhs, Rhs: r.Lhs} }
	negate := func(r *Relational) *Relational {
		return &Relational{Op: relSwap[r.Op], Lhs: engine.Neg(r.Lhs), Rhs: engine.Neg(r.Rhs)}
	}
	lnum, rnum := engine.IsNumberExpr(r.Lhs), engine.IsNumberExpr(r.Rhs)
	switch {
	case rnum:
	case lnum:
		r = swap(r)
	default:
		xs := []engine.Expr{r.Lhs, r.Rhs}
		engine.Ordered(xs)
		if !engine.Equal(xs[0], r.Lhs) {
			r = swap(r)
		}
	}
	if engine.CouldExtractMinusSign(r.Lhs) {
		return negate(r)
	}
	if !engine.IsNumberExpr(r.Rhs) && engine.CouldExtractMinusSign(r.Rhs) {
		xs := []engine.Expr{r.Lhs, engine.Neg(r.Rhs)}
		engine.Ordered(xs)
		if !engine.Equal(xs[0], r.Lhs) {
			return negate(swap(r))
		}
	}
	return r
}
