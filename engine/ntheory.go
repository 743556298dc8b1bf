package engine

import (
	"math/big"
	"slices"
)

// IntFactor is a prime and its multiplicity in a factorisation.
type IntFactor struct {
	P *big.Int
	E int
}

// IsPrime is SymPy's isprime for an integer: exact below 2**64 and the
// Baillie-PSW test above (as SymPy's, with no known counterexample).
func IsPrime(n *big.Int) bool { return n.Sign() > 0 && n.ProbablyPrime(20) }

// FactorInt is factorint(n) with its factors in the order SymPy's dict
// holds them: trial division from 2 that stops after 600 misses in a row
// or at 2**15 (_factorint_small), then the rest when it is 1, a prime or
// a prime's power (_check_termination), and -1 last for a negative n.
// Where SymPy would go on to Pollard's rho (whose order of discovery
// dcalc does not reproduce) it is a NotImplementedError.
func FactorInt(n *big.Int) ([]IntFactor, error) {
	if n.Sign() < 0 {
		fs, err := FactorInt(new(big.Int).Neg(n))
		if err != nil {
			return nil, err
		}
		return append(fs, IntFactor{big.NewInt(-1), 1}), nil
	}
	switch {
	case n.Sign() == 0:
		return []IntFactor{{big.NewInt(0), 1}}, nil
	case n.Cmp(bigOne) == 0:
		return nil, nil
	}
	fs, rest, next := factorintSmall(n, 1<<15, 600)
	if next == 0 {
		if rest.Cmp(bigOne) > 0 {
			fs = append(fs, IntFactor{rest, 1})
		}
		return fs, nil
	}
	if rest.Cmp(bigOne) == 0 {
		return fs, nil
	}
	np2 := new(big.Int).Mul(big.NewInt(next), big.NewInt(next))
	if rest.Cmp(np2) < 0 || IsPrime(rest) {
		return append(fs, IntFactor{rest, 1}), nil
	}
	if b, e := perfectPower(rest); e > 1 {
		if b.Cmp(np2) < 0 || IsPrime(b) {
			return append(fs, IntFactor{b, int(e)}), nil
		}
		bs, err := FactorInt(b)
		if err != nil {
			return nil, err
		}
		for _, f := range bs {
			fs = append(fs, IntFactor{f.P, f.E * int(e)})
		}
		return fs, nil
	}
	return nil, notImpl("dcalc's factorint does not run Pollard's rho (SymPy's order of the factors it finds) yet: " + n.String())
}

// factorintSmall is SymPy's _factorint_small: trial division by 2, 3 and
// the numbers 6k - 1, 6k + 1, stopping after failMax misses in a row or
// once the divisor passes limit (or sqrt of what is left); next is 0 when
// the factorisation is complete, else the next divisor it would try.
func factorintSmall(n *big.Int, limit, failMax int64) (fs []IntFactor, rest *big.Int, next int64) {
	n = new(big.Int).Set(n)
	limit2 := new(big.Int).Mul(big.NewInt(limit), big.NewInt(limit))
	threshold := func() *big.Int {
		if n.Cmp(limit2) < 0 {
			return new(big.Int).Set(n)
		}
		return limit2
	}
	th := threshold()
	done := func(d int64) (int64, bool) {
		dd := new(big.Int).Mul(big.NewInt(d), big.NewInt(d))
		if th.Cmp(dd) < 0 {
			if dd.Cmp(n) <= 0 {
				return d, true
			}
			return 0, true
		}
		return 0, false
	}
	q, r := new(big.Int), new(big.Int)
	divide := func(p int64) bool {
		bp := big.NewInt(p)
		m := 0
		for {
			q.QuoRem(n, bp, r)
			if r.Sign() != 0 {
				break
			}
			n.Set(q)
			m++
		}
		if m == 0 {
			return false
		}
		fs = append(fs, IntFactor{bp, m})
		th = threshold()
		return true
	}
	divide(2)
	if d, stop := done(3); stop {
		return fs, n, d
	}
	divide(3)
	if d, stop := done(5); stop {
		return fs, n, d
	}
	fails := int64(0)
	p := int64(5)
	for fails < failMax {
		for _, step := range [2]int64{2, 4} { // 6k - 1, then 6k + 1
			if divide(p) {
				fails = 0
			} else {
				fails++
			}
			p += step
			if d, stop := done(p); stop {
				return fs, n, d
			}
		}
	}
	dd := new(big.Int).Mul(big.NewInt(p), big.NewInt(p))
	if dd.Cmp(n) <= 0 {
		return fs, n, p
	}
	return fs, n, 0
}

// fullFactors is the complete factorisation of n > 1 in increasing
// order, by trial division and Brent's variant of Pollard's rho: for
// values that do not depend on SymPy's order of discovery (divisors,
// totient).
func fullFactors(n *big.Int) []IntFactor {
	var ps []*big.Int
	var split func(m *big.Int)
	split = func(m *big.Int) {
		if m.Cmp(bigOne) == 0 {
			return
		}
		if IsPrime(m) {
			ps = append(ps, new(big.Int).Set(m))
			return
		}
		for p := int64(2); p < 1000; p++ {
			bp := big.NewInt(p)
			if new(big.Int).Rem(m, bp).Sign() == 0 {
				ps = append(ps, bp)
				split(new(big.Int).Quo(m, bp))
				return
			}
		}
		d := pollardBrent(m)
		split(d)
		split(new(big.Int).Quo(m, d))
	}
	split(n)
	slices.SortFunc(ps, func(a, b *big.Int) int { return a.Cmp(b) })
	var fs []IntFactor
	for _, p := range ps {
		if k := len(fs); k > 0 && fs[k-1].P.Cmp(p) == 0 {
			fs[k-1].E++
			continue
		}
		fs = append(fs, IntFactor{p, 1})
	}
	return fs
}

// pollardBrent finds a nontrivial factor of the odd composite n.
func pollardBrent(n *big.Int) *big.Int {
	for c := int64(1); ; c++ {
		checkInterrupt()
		bc := big.NewInt(c)
		f := func(x *big.Int) *big.Int {
			y := new(big.Int).Mul(x, x)
			y.Add(y, bc)
			return y.Mod(y, n)
		}
		y, r, q := big.NewInt(2), 1, big.NewInt(1)
		var g, x, ys *big.Int
		g = big.NewInt(1)
		for g.Cmp(bigOne) == 0 {
			x = new(big.Int).Set(y)
			for i := 0; i < r; i++ {
				y = f(y)
			}
			for k := 0; k < r && g.Cmp(bigOne) == 0; k += 128 {
				ys = new(big.Int).Set(y)
				for i := 0; i < min(128, r-k); i++ {
					y = f(y)
					d := new(big.Int).Sub(x, y)
					q.Mul(q, d.Abs(d)).Mod(q, n)
				}
				g = new(big.Int).GCD(nil, nil, q, n)
			}
			r *= 2
		}
		if g.Cmp(n) == 0 {
			for {
				ys = f(ys)
				d := new(big.Int).Sub(x, ys)
				g = new(big.Int).GCD(nil, nil, d.Abs(d), n)
				if g.Cmp(bigOne) > 0 {
					break
				}
			}
		}
		if g.Cmp(n) != 0 {
			return g
		}
	}
}

// Divisors is divisors(n): the positive divisors of |n| in increasing
// order (none for 0).
func Divisors(n *big.Int) []*big.Int {
	m := new(big.Int).Abs(n)
	if m.Sign() == 0 {
		return nil
	}
	ds := []*big.Int{big.NewInt(1)}
	if m.Cmp(bigOne) == 0 {
		return ds
	}
	for _, f := range fullFactors(m) {
		cur := len(ds)
		pk := big.NewInt(1)
		for k := 1; k <= f.E; k++ {
			pk = new(big.Int).Mul(pk, f.P)
			for _, d := range ds[:cur] {
				ds = append(ds, new(big.Int).Mul(d, pk))
			}
		}
	}
	slices.SortFunc(ds, func(a, b *big.Int) int { return a.Cmp(b) })
	return ds
}

// Totient is Euler's totient of n > 0.
func Totient(n *big.Int) *big.Int {
	t := new(big.Int).Set(n)
	if n.Cmp(bigOne) == 0 {
		return t
	}
	for _, f := range fullFactors(n) {
		t.Quo(t, f.P)
		t.Mul(t, new(big.Int).Sub(f.P, bigOne))
	}
	return t
}

// NextPrime is nextprime(n, ith): the ith prime greater than n.
func NextPrime(n *big.Int, ith int) *big.Int {
	p := new(big.Int).Set(n)
	if p.Cmp(big.NewInt(2)) < 0 {
		p.SetInt64(1)
	}
	for ; ith > 0; ith-- {
		for {
			checkInterrupt()
			p.Add(p, bigOne)
			if IsPrime(p) {
				break
			}
		}
	}
	return p
}

// PrevPrime is prevprime(n): the largest prime below n (n > 2).
func PrevPrime(n *big.Int) *big.Int {
	p := new(big.Int).Set(n)
	for {
		checkInterrupt()
		p.Sub(p, bigOne)
		if IsPrime(p) {
			return p
		}
	}
}

// PrimesBelow is the primes p with lo <= p < hi.
func PrimesBelow(lo, hi int64) []int64 {
	ps := primesUpTo(hi - 1)
	i, _ := slices.BinarySearch(ps, lo)
	return ps[i:]
}

// Fibonacci is the nth Fibonacci number, or with lucas the nth Lucas
// number; n may be negative.
func Fibonacci(n int64, lucas bool) *big.Int {
	neg := n < 0
	if neg {
		n = -n
	}
	a, b := big.NewInt(0), big.NewInt(1) // F(0), F(1)
	if lucas {
		a, b = big.NewInt(2), big.NewInt(1)
	}
	for i := int64(0); i < n; i++ {
		if i&0xffff == 0 {
			checkInterrupt()
		}
		a, b = b, new(big.Int).Add(a, b)
	}
	if neg && (!lucas && n%2 == 0 || lucas && n%2 == 1) {
		a.Neg(a) // F(-n) = (-1)**(n + 1)*F(n), L(-n) = (-1)**n*L(n)
	}
	return a
}
