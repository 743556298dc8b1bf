package engine

import (
	"math/big"
	"slices"
)

// integParamRational is integrate for a rational function of x whose
// numerator has two or more terms in x, each with the same factor m free
// of x (parameters or constants such as pi) times a rational, over a
// denominator with rational coefficients: y*(x + 1)/(x*(x + 2)). SymPy
// does not split m off there (risch_integrate's base case hands the
// expanded numerator to integrate, whose as_independent finds no factor
// free of x) but runs ratint with m inside. When every symbol of m is
// real (or m is a constant) ratint's logarithms go through log_to_real
// and its answer is the rational one with m in each term (pi*x -
// pi*log(x) + pi*log(x - 1), pi*log(x**2 + 1)/2 - 4*pi*atan(x)). With a
// parameter not known to be real the polynomial and rational parts have
// m in their terms (x**2*y/2 - 3*x*y, y/(x + 2)), and the logarithms come
// from RootSum, which takes a multiple of m out of the residues by
// preprocess_roots (2*y*(log(x - 1) - 3*log(x + 1)/2)); dcalc answers
// there only when one logarithm remains. Irrational or complex residues
// (SymPy writes RootSum's roots with m inside each logarithm) are
// refused. handled is false for integrands of other shapes, whose
// treatment is left to the other rules.
func integParamRational(f Expr, x *Symbol) (F Expr, handled, ok bool) {
	if !Has(f, x) {
		return nil, false, false
	}
	n, d := asNumerDenom(f)
	nc, isPoly := polyCoeffs(Expand(n), x)
	dc, isPolyD := polyCoeffs(Expand(d), x)
	if !isPoly || !isPolyD {
		return nil, false, false
	}
	Q, ratD := ratCoeffs(dc)
	if !ratD || len(rpTrim(Q)) < 2 {
		return nil, false, false
	}
	var m Expr
	P := make(rpoly, len(nc))
	terms := 0
	for i, c := range nc {
		P[i] = new(big.Rat)
		if IsZero(c) == True {
			continue
		}
		terms++
		if m == nil {
			_, m = AsCoeffMul(c)
		}
		q := toRat(Div(c, m))
		if q == nil {
			return nil, terms > 1 && !Equal(m, One), false
		}
		P[i] = q
	}
	if m == nil || Equal(m, One) {
		return nil, false, false
	}
	P, Q = rpTrim(P), rpTrim(Q)
	if g := rpGcd(P, Q); len(g) > 1 {
		P, Q = rpQuo(P, g), rpQuo(Q, g)
	}
	rational := Div(rpExpr(P, x), rpExpr(Q, x))
	if slices.IndexFunc(P, func(c *big.Rat) bool { return c.Sign() != 0 }) == len(P)-1 {
		// a monomial numerator: risch_integrate writes f as fa/fd,
		// integer polynomials with coprime contents, and as_independent
		// splits fa's factor free of x off (2*y*x**2/(x**2 + 4*x + 4),
		// but y*x/(3*x**2 + 6*x - 9) for y/3*x/(x**2 + 2*x - 3))
		cn, _ := primitiveRp(P)
		cd, di := primitiveRp(Q)
		ratio := new(big.Rat).Quo(cn, cd)
		k := len(P) - 1 // (P's primitive part is x**k: the sign is in cn)
		fd := rpScale(di, new(big.Rat).SetInt(ratio.Denom()))
		R, ok := integ(Div(NewPow(x, NewInt(int64(k))), rpExpr(fd, x)), x)
		return NewMul(m, NewBigInt(ratio.Num()), R), true, ok
	}
	real, known := paramDomain(m)
	if !known {
		return nil, true, false
	}
	if real {
		R, ok := ratint(rational, x)
		if !ok || hasIrrational(R) {
			return nil, true, false
		}
		ts := addArgs(R)
		out := make([]Expr, len(ts))
		for i, t := range ts {
			if _, d := asNumerDenom(t); Has(d, x) {
				// the rational part: m in the numerator's terms
				c, err := Cancel(NewMul(m, t))
				if err != nil {
					return nil, true, false
				}
				out[i] = c
				continue
			}
			out[i] = NewMul(m, t)
		}
		return NewAdd(out...), true, true
	}
	coeff, p, q := polyFieldCancel(rpTrim(P), rpTrim(Q))
	poly, p := rpDivMod(p, q)
	polyPart := polyIntegral(poly, x)
	var ratPart, logs Expr = Zero, Zero
	if len(rpTrim(p)) > 0 {
		g, h, ok := ratintRatpart(p, q, x)
		if !ok {
			return nil, true, false
		}
		Ph, Qh, ok := ratPolys(h, x)
		if !ok {
			return nil, true, false
		}
		q2, r := rpDivMod(Ph, Qh)
		polyPart = NewAdd(polyPart, polyIntegral(q2, x))
		if len(rpTrim(r)) > 0 {
			L, ok := ratintLogpart(rpTrim(r), Qh, x)
			if !ok || hasIrrational(L) || len(addArgs(L)) != 1 {
				return nil, true, false
			}
			logs = L
		}
		gm, err := Cancel(NewMul(m, g))
		if err != nil {
			return nil, true, false
		}
		ratPart = gm
	}
	return NewMul(coeff, NewAdd(Expand(NewMul(m, polyPart)), ratPart, NewMul(m, logs))), true, true
}

// paramDomain tells whether m, a product free of x, is real for ratint
// (every symbol in it known real, or no symbol: pi, E) or a
// product of powers of symbols none known real; known is false for
// anything else (a mix of the two, functions of parameters).
func paramDomain(m Expr) (real, known bool) {
	syms := FreeSymbols(m)
	if len(syms) == 0 {
		// an algebraic number (sqrt(2)) puts ratint in SymPy's EX domain,
		// where it often raises PolynomialError
		return true, !hasIrrational(m) && (isNumeric(m) || IsNumber(m))
	}
	realSyms := 0
	for _, s := range syms {
		if IsReal(s) == True {
			realSyms++
		}
	}
	if realSyms == len(syms) {
		return true, !hasCallOf(m, fnExp, fnLog, fnSin, fnCos)
	}
	if realSyms > 0 {
		return false, false
	}
	for _, f := range mulArgs(m) {
		b, e := AsBaseExp(f)
		if _, isSym := b.(*Symbol); !isSym || toRat(e) == nil {
			return false, false
		}
	}
	return false, true
}

// hasIrrational reports whether e holds I or a root of a rational
// (ratint's irrational or complex residues).
func hasIrrational(e Expr) bool {
	return anyNode(e, func(n Expr) bool {
		if n == I {
			return true
		}
		p, ok := n.(*Pow)
		if !ok || toRat(p.Base()) == nil {
			return false
		}
		_, isInt := p.Exp().(*Integer)
		return !isInt
	})
}
