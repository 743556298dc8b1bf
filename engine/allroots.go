package engine

import (
	"cmp"
	"math/big"
	"slices"
)

// AllRoots is Poly.all_roots() for a polynomial with rational
// coefficients, as CRootOf gives them with radicals=True: the real roots
// in ascending order, then the complex ones in CRootOf's order (factor
// by factor in ordered() order, within one by real part, then imaginary
// part), each repeated by its multiplicity. A root
// of an irreducible factor is written by _roots_trivial (roots_linear,
// roots_quadratic, roots_binomial), the i-th root of a factor in CRootOf's
// order being the i-th entry of that list (which holds the real roots
// first); factors of degree three or
// more that are not binomials stay CRootOf in SymPy and are refused.
func AllRoots(rc []*big.Rat) (reals, complexes []Expr, err error) {
	defer recoverTo(&err)
	x := NewDummy("x")
	_, fs, err := FactorList(rpExpr(rc, x))
	if err != nil {
		return nil, nil, err
	}
	type root struct {
		v      Expr
		re, im float64
		mult   int
		factor int
	}
	var rs, cs []root
	var trivial [][]Expr
	for fi, fp := range fs {
		fc, ok := polyCoeffs(fp.Base, x)
		if !ok {
			return nil, nil, notImpl("all_roots: a factor that is not a polynomial")
		}
		q, _ := ratCoeffs(fc)
		f := primitiveInts(q)
		var l []Expr
		switch n := len(f) - 1; {
		case n == 1:
			l = []Expr{ratFrom(new(big.Rat).SetFrac(new(big.Int).Neg(f[0]), f[1]))}
		case n == 2:
			l = quadraticRoots(NewBigInt(f[2]), NewBigInt(f[1]), NewBigInt(f[0]))
		case binomialInts(f):
			l = rootsBinomial(f)
		default:
			return nil, nil, notImpl("all_roots: SymPy gives CRootOf for the roots of " + Str(fp.Base))
		}
		mult := int(toRat(fp.Exp).Num().Int64())
		trivial = append(trivial, l)
		for _, v := range l {
			z, ok := ToComplex(mustEvalfExpr(v))
			if !ok {
				return nil, nil, notImpl("all_roots: a root that does not evaluate")
			}
			r := root{v, real(z), imag(z), mult, fi}
			if IsReal(v) == True {
				rs = append(rs, r)
			} else {
				cs = append(cs, r)
			}
		}
	}
	byValue := func(a, b root) int {
		if c := cmp.Compare(a.re, b.re); c != 0 {
			return c
		}
		return cmp.Compare(a.im, b.im)
	}
	slices.SortStableFunc(rs, byValue)
	// complex roots go factor by factor, the factors in ordered() order
	bases := make([]Expr, len(fs))
	for i, fp := range fs {
		bases[i] = fp.Base
	}
	sorted := slices.Clone(bases)
	Ordered(sorted)
	rank := func(f int) int { return indexExpr(sorted, bases[f]) }
	slices.SortStableFunc(cs, func(a, b root) int {
		if c := cmp.Compare(rank(a.factor), rank(b.factor)); c != 0 {
			return c
		}
		return byValue(a, b)
	})
	// the i-th root of a factor in this order is its list's i-th entry
	seen := make([]int, len(fs))
	for _, r := range rs {
		v := trivial[r.factor][seen[r.factor]]
		seen[r.factor]++
		for range r.mult {
			reals = append(reals, v)
		}
	}
	for _, r := range cs {
		v := trivial[r.factor][seen[r.factor]] // after the factor's real roots
		seen[r.factor]++
		for range r.mult {
			complexes = append(complexes, v)
		}
	}
	return reals, complexes, nil
}

// binomialInts reports whether f (lowest degree first) has exactly two
// nonzero coefficients, the constant term and the leading one.
func binomialInts(f []*big.Int) bool {
	for i := 1; i < len(f)-1; i++ {
		if f[i].Sign() != 0 {
			return false
		}
	}
	return f[0].Sign() != 0
}

func mustEvalfExpr(e Expr) Expr {
	v, err := Evalf(e, 30, nil)
	if err != nil {
		panic(err)
	}
	return v
}
