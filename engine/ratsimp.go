package engine

import (
	"math/big"
	"slices"
)

// Ratsimp is SymPy's ratsimp: the cancelled form f/g of e, then f
// divided by g in lex order over the rationals (reduced(f, [g])), the
// quotient plus the cancelled remainder over g.
func Ratsimp(e Expr) (_ Expr, err error) {
	defer recoverTo(&err)
	c, err := Cancel(e)
	if err != nil {
		return nil, err
	}
	if _, isAdd := c.(*Add); !isAdd && len(FreeSymbols(c)) == 0 {
		// a monomial in its generators (radicals, constants) over
		// another: reduced() leaves either the quotient or the whole
		// fraction as the remainder, so ratsimp gives back cancel's
		// result (ratsimp(sqrt(4 - 2*sqrt(2))) is sqrt(2)*sqrt(2 - sqrt(2)))
		return c, nil
	}
	f, g, err := AsNumerDenom(c)
	if err != nil {
		return nil, err
	}
	gens, terms, err := polysFromExprs(Expand(f), Expand(g))
	if err != nil {
		return nil, err
	}
	if len(gens) == 0 {
		return Div(f, g), nil // ComputationFailed: no generators
	}
	F, G := qpolyFromRatTerms(terms[0]), qpolyFromRatTerms(terms[1])
	if len(G) == 0 {
		return nil, &Error{Type: "ZeroDivisionError", Msg: "polynomial division"}
	}
	q, r := qDivide(F, G)
	rest, err := Cancel(Div(r.toExpr(gens), g))
	if err != nil {
		return nil, err
	}
	return NewAdd(q.toExpr(gens), rest), nil
}

// qpolyFromRatTerms is the qpoly of rational terms (any order).
func qpolyFromRatTerms(ts []ratTerm) qpoly {
	p := make(qpoly, 0, len(ts))
	acc := map[string]int{}
	for _, t := range ts {
		if t.r.Sign() == 0 {
			continue
		}
		k := mExpKey(t.e)
		if i, ok := acc[k]; ok {
			p[i].c = p[i].c.add(gqRat(t.r))
			continue
		}
		acc[k] = len(p)
		p = append(p, qterm{t.e, gqRat(new(big.Rat).Set(t.r))})
	}
	p = slices.DeleteFunc(p, func(t qterm) bool { return t.c.isZero() })
	p.sort()
	return p
}

// qDivide is the division of f by g in lex order: f = q*g + r with no
// term of r divisible by g's leading monomial.
func qDivide(f, g qpoly) (q, r qpoly) {
	p := f
	inv := g[0].c.inv()
	for len(p) > 0 {
		checkInterrupt()
		t := p[0]
		if m, ok := monoDivides(g[0].e, t.e); ok {
			c := t.c.mul(inv)
			q = append(q, qterm{m, c})
			p = qAddMul(p, g, m, c.neg())
			continue
		}
		r = append(r, t)
		p = p[1:]
	}
	return q, r
}
