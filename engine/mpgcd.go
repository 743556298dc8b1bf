package engine

import "math/big"

// This file is the greatest common divisor of multivariate integer
// polynomials by the recursive primitive polynomial remainder sequence:
// in the first variable with coefficients in the others, the contents'
// gcd (recursively) times the gcd of the primitive parts (pseudo-
// remainders made primitive until one vanishes). Unlike factoring both
// polynomials it cannot give up on many factors, and it is the gcd
// cancel needs.

// mpGCDPrs is gcd(f, g) in n variables, with a positive leading
// coefficient (lex order).
func mpGCDPrs(f, g mpoly, n int) mpoly {
	return mpPositive(gcdLevel(f, g, 0, n))
}

// mpPositive makes the leading coefficient positive.
func mpPositive(f mpoly) mpoly {
	if len(f) > 0 && f[0].c.Sign() < 0 {
		return f.scale(big.NewInt(-1))
	}
	return f
}

// degIn is the degree of f in variable k.
func degIn(f mpoly, k int) int {
	d := -1
	for _, t := range f {
		d = max(d, t.e[k])
	}
	return d
}

// coeffsIn splits f into its coefficients in variable k (polynomials
// with exponent 0 there), by degree.
func coeffsIn(f mpoly, k int) map[int]mpoly {
	out := map[int]mpoly{}
	for _, t := range f {
		e := append([]int(nil), t.e...)
		e[k] = 0
		out[t.e[k]] = append(out[t.e[k]], mterm{e, t.c})
	}
	for d, c := range out {
		c.sort()
		out[d] = c
	}
	return out
}

// contentIn is the gcd of f's coefficients in variable k.
func contentIn(f mpoly, k, n int) mpoly {
	var c mpoly
	for _, cf := range coeffsIn(f, k) {
		c = gcdLevel(c, cf, k+1, n)
		if isUnit(c) {
			break
		}
	}
	return mpPositive(c)
}

func isUnit(f mpoly) bool {
	if len(f) != 1 || f[0].c.CmpAbs(big.NewInt(1)) != 0 {
		return false
	}
	for _, e := range f[0].e {
		if e != 0 {
			return false
		}
	}
	return true
}

// primPartIn is f over its content in variable k.
func primPartIn(f mpoly, k, n int) mpoly {
	c := contentIn(f, k, n)
	if isUnit(c) {
		return mpPositive(f)
	}
	q, ok := mpDivExact(f, c)
	if !ok {
		panic(notImpl("gcd: content division failed"))
	}
	return mpPositive(q)
}

// gcdLevel is the gcd of f and g, polynomials in variables k..n-1.
func gcdLevel(f, g mpoly, k, n int) mpoly {
	checkInterrupt()
	if len(f) == 0 {
		return mpPositive(g)
	}
	if len(g) == 0 {
		return mpPositive(f)
	}
	// the first variable from k on that either polynomial holds
	for k < n && degIn(f, k) <= 0 && degIn(g, k) <= 0 {
		k++
	}
	if k == n { // integers
		c := new(big.Int).GCD(nil, nil, new(big.Int).Abs(f[0].c), new(big.Int).Abs(g[0].c))
		return mpoly{{make([]int, n), c}}
	}
	cf, cg := contentIn(f, k, n), contentIn(g, k, n)
	c := gcdLevel(cf, cg, k+1, n)
	pf, ok1 := mpDivExact(f, cf)
	pg, ok2 := mpDivExact(g, cg)
	if !ok1 || !ok2 {
		panic(notImpl("gcd: content division failed"))
	}
	if degIn(pf, k) < degIn(pg, k) {
		pf, pg = pg, pf
	}
	for {
		if degIn(pg, k) == 0 { // a nonzero constant in x_k: the gcd is 1
			return c
		}
		r := premIn(pf, pg, k)
		if len(r) == 0 {
			break
		}
		if prsTooLarge(r) {
			// pseudo-remainders swell; SymPy's heuristic gcd would
			// answer, dcalc refuses rather than run for minutes
			panic(notImpl("gcd: the polynomial remainder sequence grows too large"))
		}
		pf, pg = pg, primPartIn(r, k, n)
	}
	return mpMul(c, primPartIn(pg, k, n))
}

// premIn is a pseudo-remainder of f by g in variable k: f multiplied by
// powers of g's leading coefficient until g divides out.
func premIn(f, g mpoly, k int) mpoly {
	dg := degIn(g, k)
	lg := coeffsIn(g, k)[dg]
	r := f
	for len(r) > 0 {
		checkInterrupt()
		dr := degIn(r, k)
		if dr < dg {
			break
		}
		lr := coeffsIn(r, k)[dr]
		// r = lg*r - lr*x_k**(dr-dg)*g
		shift := make(mpoly, len(g))
		for i, t := range g {
			e := append([]int(nil), t.e...)
			e[k] += dr - dg
			shift[i] = mterm{e, t.c}
		}
		r = mpSub(mpMul(lg, r), mpMul(lr, shift))
	}
	return r
}

// prsTooLarge bounds a pseudo-remainder: more than 300 terms or a
// coefficient of more than 3000 bits.
func prsTooLarge(r mpoly) bool {
	if len(r) > 300 {
		return true
	}
	for _, t := range r {
		if t.c.BitLen() > 3000 {
			return true
		}
	}
	return false
}
