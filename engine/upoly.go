package engine

import (
	"math/big"
	"math/bits"
	"math/rand"
	"sync"
)

// upoly is a dense univariate polynomial over the integers: c[i] is the
// coefficient of x**i. A trimmed upoly has a non-zero last coefficient;
// the zero polynomial is the empty slice.
type upoly []*big.Int

func (f upoly) deg() int { return len(f) - 1 }

func (f upoly) lc() *big.Int { return f[len(f)-1] }

func upTrim(f upoly) upoly {
	for len(f) > 0 && f[len(f)-1].Sign() == 0 {
		f = f[:len(f)-1]
	}
	return f
}

func upCopy(f upoly) upoly {
	g := make(upoly, len(f))
	for i, c := range f {
		g[i] = new(big.Int).Set(c)
	}
	return g
}

func upNeg(f upoly) upoly {
	g := make(upoly, len(f))
	for i, c := range f {
		g[i] = new(big.Int).Neg(c)
	}
	return g
}

func upSub(f, g upoly) upoly {
	n := max(len(f), len(g))
	h := make(upoly, n)
	for i := range h {
		h[i] = new(big.Int)
		if i < len(f) {
			h[i].Set(f[i])
		}
		if i < len(g) {
			h[i].Sub(h[i], g[i])
		}
	}
	return upTrim(h)
}

func upMul(f, g upoly) upoly {
	if len(f) == 0 || len(g) == 0 {
		return nil
	}
	h := make(upoly, len(f)+len(g)-1)
	for i := range h {
		h[i] = new(big.Int)
	}
	t := new(big.Int)
	for i, a := range f {
		if a.Sign() == 0 {
			continue
		}
		for j, b := range g {
			h[i+j].Add(h[i+j], t.Mul(a, b))
		}
	}
	return upTrim(h)
}

// upDivExact returns f/g when g divides f over the integers.
func upDivExact(f, g upoly) (upoly, bool) {
	if len(g) == 0 {
		return nil, false
	}
	if len(f) < len(g) {
		return nil, len(f) == 0
	}
	// necessary conditions, cheap next to the division (Zassenhaus
	// recombination tries many g that fail): g(a) divides f(a) at
	// a = 0, 1, -1
	for _, a := range []int64{0, 1, -1} {
		if !upValueDivides(g, f, a) {
			return nil, false
		}
	}
	r := upCopy(f)
	q := make(upoly, len(r)-len(g)+1)
	lc := g.lc()
	t, m := new(big.Int), new(big.Int)
	for i := len(q) - 1; i >= 0; i-- {
		c := r[i+len(g)-1]
		if c.Sign() == 0 {
			q[i] = new(big.Int)
			continue
		}
		q[i] = new(big.Int)
		q[i].QuoRem(c, lc, m)
		if m.Sign() != 0 {
			return nil, false
		}
		for j, b := range g {
			r[i+j].Sub(r[i+j], t.Mul(q[i], b))
		}
	}
	for _, c := range r {
		if c.Sign() != 0 {
			return nil, false
		}
	}
	return upTrim(q), true
}

// upContent is the gcd of the coefficients (positive).
func upContent(f upoly) *big.Int {
	g := new(big.Int)
	for _, c := range f {
		g.GCD(nil, nil, g, new(big.Int).Abs(c))
		if g.Cmp(bigOne) == 0 {
			break
		}
	}
	return g
}

// upPrimitive divides out the content and makes the leading coefficient
// positive.
func upPrimitive(f upoly) upoly {
	f = upTrim(f)
	if len(f) == 0 {
		return f
	}
	c := upContent(f)
	if f.lc().Sign() < 0 {
		c.Neg(c)
	}
	g := make(upoly, len(f))
	for i, a := range f {
		g[i] = new(big.Int).Quo(a, c)
	}
	return g
}

func upDeriv(f upoly) upoly {
	if len(f) <= 1 {
		return nil
	}
	g := make(upoly, len(f)-1)
	for i := 1; i < len(f); i++ {
		g[i-1] = new(big.Int).Mul(f[i], big.NewInt(int64(i)))
	}
	return upTrim(g)
}

// upPseudoRem is the pseudo-remainder prem(f, g).
func upPseudoRem(f, g upoly) upoly {
	r := upCopy(f)
	lc := g.lc()
	t := new(big.Int)
	for len(r) >= len(g) && len(r) > 0 {
		c := new(big.Int).Set(r.lc())
		sh := len(r) - len(g)
		for i := range r {
			r[i].Mul(r[i], lc)
		}
		for j, b := range g {
			r[sh+j].Sub(r[sh+j], t.Mul(c, b))
		}
		r = upTrim(r)
		checkInterrupt()
	}
	return r
}

// upGCD is the primitive gcd of two integer polynomials with a positive
// leading coefficient (the primitive PRS).
func upGCD(f, g upoly) upoly {
	a, b := upPrimitive(f), upPrimitive(g)
	if len(a) > 1 && len(b) > 1 {
		if h, ok := upHeuGCD(a, b); ok {
			return h
		}
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	for len(b) > 0 {
		r := upPseudoRem(a, b)
		a, b = b, upPrimitive(r)
	}
	return upPrimitive(a)
}

// upSqf is Yun's square-free decomposition of a primitive polynomial with
// positive leading coefficient: f = prod(parts[i]**(i+1)).
func upSqf(f upoly) []upoly {
	var parts []upoly
	fd := upDeriv(f)
	a := upGCD(f, fd)
	b, _ := upDivExact(f, a)
	c, _ := upDivExact(fd, a)
	for b.deg() > 0 {
		d := upSub(c, upDeriv(b))
		if len(d) == 0 {
			parts = append(parts, b)
			break
		}
		g := upGCD(b, d)
		parts = append(parts, g)
		b, _ = upDivExact(b, g)
		c, _ = upDivExact(d, g)
	}
	return parts
}

// upFactorFactor is one irreducible factor with its multiplicity.
type upFactor struct {
	f upoly
	k int
}

// upFactorZ factors a primitive integer polynomial with positive leading
// coefficient into irreducibles over the integers (Yun, then
// Cantor-Zassenhaus modulo a prime, Hensel lifting and Zassenhaus
// recombination). The factors are primitive with positive leading
// coefficients, in no particular order.
func upFactorZ(f upoly) ([]upFactor, error) {
	var out []upFactor
	// x**k divides f: take it out first
	k := 0
	for k < len(f) && f[k].Sign() == 0 {
		k++
	}
	if k > 0 {
		out = append(out, upFactor{upoly{new(big.Int), big.NewInt(1)}, k})
		f = f[k:]
	}
	if f.deg() <= 0 {
		return out, nil
	}
	for i, part := range upSqf(f) {
		if part.deg() <= 0 {
			continue
		}
		fs, err := upFactorSqf(part)
		if err != nil {
			return nil, err
		}
		for _, g := range fs {
			out = append(out, upFactor{g, i + 1})
		}
	}
	return out, nil
}

// maxRecombine bounds the subsets Zassenhaus recombination may try; past
// it factor raises NotImplementedError instead of running for hours.
const maxRecombine = 1 << 14

// upFactorSqf factors a square-free primitive polynomial.
func upFactorSqf(f upoly) ([]upoly, error) {
	if f.deg() <= 1 {
		return []upoly{f}, nil
	}
	p, mods := chooseFactorPrime(f)
	if len(mods) == 1 {
		return []upoly{f}, nil
	}
	// coefficient bound for lc(f)*g, g any factor of f (Mignotte)
	norm := new(big.Int)
	for _, c := range f {
		norm.Add(norm, new(big.Int).Mul(c, c))
	}
	norm.Sqrt(norm).Add(norm, bigOne)
	bound := new(big.Int).Lsh(norm, uint(f.deg()))
	bound.Mul(bound, new(big.Int).Abs(f.lc()))
	bound.Lsh(bound, 1) // symmetric range
	pk := big.NewInt(p)
	for pk.Cmp(bound) <= 0 {
		pk.Mul(pk, big.NewInt(p))
	}
	lifted := henselLift(f, mods, p, pk)
	return zassenhausRecombine(f, lifted, pk)
}

// chooseFactorPrime factors f modulo a few primes that keep it
// square-free and its degree, and returns the prime with the fewest
// factors with those (monic) factors.
func chooseFactorPrime(f upoly) (int64, []zpoly) {
	var bestP int64
	var best []ddfPart
	tries := 0
	for _, p := range factorPrimes() {
		if new(big.Int).Mod(f.lc(), big.NewInt(p)).Sign() == 0 {
			continue
		}
		fp := zpFromZ(f, p)
		if zpGCD(fp, zpDeriv(fp, p), p).deg() > 0 {
			continue
		}
		// the distinct-degree step counts the factors; only the chosen
		// prime's parts are split (the equal-degree step is the costly one)
		parts := zpDDF(zpMonic(fp, p), p)
		if best == nil || ddfCount(parts) < ddfCount(best) {
			bestP, best = p, parts
		}
		tries++
		if tries == 3 || ddfCount(best) == 1 {
			break
		}
	}
	if best == nil {
		return 0, nil
	}
	return bestP, zpSplitDDF(best, bestP)
}

// factorPrimes are the primes tried for modular factorisation: large
// enough (just below 2**30) that Hensel lifting needs few steps, small
// enough that products of two residues fit in an int64. Found on first
// use: the primality tests cost milliseconds, which start-up does not
// need to pay.
var factorPrimes = sync.OnceValue(func() []int64 {
	var ps []int64
	for n := int64(1<<30 - 1); len(ps) < 40; n -= 2 {
		if big.NewInt(n).ProbablyPrime(20) {
			ps = append(ps, n)
		}
	}
	return ps
})

// henselLift lifts f ≡ lc(f)*prod(mods) (mod p), mods monic and pairwise
// coprime, to monic factors modulo pk (a power of p), by repeated
// two-factor linear lifting.
func henselLift(f upoly, mods []zpoly, p int64, pk *big.Int) []upoly {
	var out []upoly
	rest := upCopy(f)
	for i := 0; i < len(mods)-1; i++ {
		g := mods[i]
		h := zpFromZ(upoly{new(big.Int).Set(f.lc())}, p)
		for _, m := range mods[i+1:] {
			h = zpMul(h, m, p)
		}
		G, H := henselPair(rest, g, h, p, pk)
		out = append(out, G)
		rest = H
	}
	lcInv := new(big.Int).ModInverse(f.lc(), pk)
	last := make(upoly, len(rest))
	for i, c := range rest {
		last[i] = new(big.Int).Mul(c, lcInv)
		last[i].Mod(last[i], pk)
	}
	return append(out, upTrim(last))
}

// henselPair lifts f ≡ g*h (mod p), g monic, to f ≡ G*H (mod pk) with G
// monic, one power of p at a time.
func henselPair(f upoly, g, h zpoly, p int64, pk *big.Int) (upoly, upoly) {
	_, s, t := zpExtGCD(g, h, p) // s*g + t*h = 1
	G, H := g.toZ(), h.toZ()
	pj := big.NewInt(p)
	bp := big.NewInt(p)
	for pj.Cmp(pk) < 0 {
		checkInterrupt()
		e := upSub(f, upMul(G, H))
		ez := make(zpoly, len(e))
		for i, c := range e {
			q := new(big.Int).Quo(c, pj)
			ez[i] = q.Mod(q, bp).Int64()
		}
		ez = zpTrim(ez)
		q, r := zpDivMod(zpMul(t, ez, p), g, p)
		dh := zpAdd(zpMul(s, ez, p), zpMul(q, h, p), p)
		G = upAddScaled(G, r.toZ(), pj, pk)
		H = upAddScaled(H, dh.toZ(), pj, pk)
		pj = new(big.Int).Mul(pj, bp)
	}
	return G, H
}

// upAddScaled is f + c*d reduced modulo m.
func upAddScaled(f, d upoly, c, m *big.Int) upoly {
	n := max(len(f), len(d))
	g := make(upoly, n)
	for i := range g {
		g[i] = new(big.Int)
		if i < len(f) {
			g[i].Set(f[i])
		}
		if i < len(d) {
			g[i].Add(g[i], new(big.Int).Mul(d[i], c))
		}
		g[i].Mod(g[i], m)
	}
	return upTrim(g)
}

// symmetric maps f's coefficients modulo m into (-m/2, m/2].
func symmetric(f upoly, m *big.Int) upoly {
	half := new(big.Int).Rsh(m, 1)
	g := make(upoly, len(f))
	for i, c := range f {
		g[i] = new(big.Int).Mod(c, m)
		if g[i].Cmp(half) > 0 {
			g[i].Sub(g[i], m)
		}
	}
	return upTrim(g)
}

// zassenhausRecombine finds the true factors of f among products of the
// lifted modular factors, smallest subsets first, so each factor found is
// irreducible.
func zassenhausRecombine(f upoly, lifted []upoly, pk *big.Int) ([]upoly, error) {
	var out []upoly
	tried := 0
	for s := 1; 2*s <= len(lifted); s++ {
	retry:
		idx := make([]int, s)
		for i := range idx {
			idx[i] = i
		}
		for {
			tried++
			if tried > maxRecombine {
				return nil, notImpl("factor: too many modular factors to recombine")
			}
			if tried%256 == 0 {
				checkInterrupt()
			}
			g := upoly{new(big.Int).Set(f.lc())}
			for _, i := range idx {
				g = symmetric(upMul(g, lifted[i]), pk)
			}
			g = upPrimitive(g)
			if q, ok := upDivExact(f, g); ok {
				out = append(out, g)
				f = upPrimitive(q)
				lifted = removeIdx(lifted, idx)
				if 2*s > len(lifted) {
					break
				}
				goto retry
			}
			if !nextCombination(idx, len(lifted)) {
				break
			}
		}
	}
	if f.deg() > 0 {
		out = append(out, f)
	}
	return out, nil
}

func removeIdx(fs []upoly, idx []int) []upoly {
	var out []upoly
	j := 0
	for i, f := range fs {
		if j < len(idx) && idx[j] == i {
			j++
			continue
		}
		out = append(out, f)
	}
	return out
}

// nextCombination advances idx to the next s-subset of 0..n-1 in
// lexicographic order.
func nextCombination(idx []int, n int) bool {
	s := len(idx)
	i := s - 1
	for i >= 0 && idx[i] == n-s+i {
		i--
	}
	if i < 0 {
		return false
	}
	idx[i]++
	for j := i + 1; j < s; j++ {
		idx[j] = idx[j-1] + 1
	}
	return true
}

// zpoly is a dense polynomial over GF(p), coefficients in [0, p),
// p < 2**31.
type zpoly []int64

func (f zpoly) deg() int { return len(f) - 1 }

func (f zpoly) toZ() upoly {
	g := make(upoly, len(f))
	for i, c := range f {
		g[i] = big.NewInt(c)
	}
	return g
}

func zpTrim(f zpoly) zpoly {
	for len(f) > 0 && f[len(f)-1] == 0 {
		f = f[:len(f)-1]
	}
	return f
}

func zpFromZ(f upoly, p int64) zpoly {
	bp := big.NewInt(p)
	g := make(zpoly, len(f))
	m := new(big.Int)
	for i, c := range f {
		g[i] = m.Mod(c, bp).Int64()
	}
	return zpTrim(g)
}

func zpInv(a, p int64) int64 {
	if a %= p; a < 0 {
		a += p
	}
	if a == 1 {
		return 1
	}
	// extended Euclid: t*a = r (mod p) along the remainder sequence
	t, nt, r, nr := int64(0), int64(1), p, a
	for nr != 0 {
		q := r / nr
		t, nt = nt, t-q*nt
		r, nr = nr, r-q*nr
	}
	if t < 0 {
		t += p
	}
	return t
}

func zpMonic(f zpoly, p int64) zpoly {
	inv := zpInv(f[len(f)-1], p)
	g := make(zpoly, len(f))
	for i, c := range f {
		g[i] = c * inv % p
	}
	return g
}

func zpAdd(f, g zpoly, p int64) zpoly {
	n := max(len(f), len(g))
	h := make(zpoly, n)
	for i := range h {
		if i < len(f) {
			h[i] = f[i]
		}
		if i < len(g) {
			h[i] = (h[i] + g[i]) % p
		}
	}
	return zpTrim(h)
}

func zpSub(f, g zpoly, p int64) zpoly {
	n := max(len(f), len(g))
	h := make(zpoly, n)
	for i := range h {
		if i < len(f) {
			h[i] = f[i]
		}
		if i < len(g) {
			h[i] = (h[i] - g[i] + p) % p
		}
	}
	return zpTrim(h)
}

func zpMul(f, g zpoly, p int64) zpoly {
	if len(f) == 0 || len(g) == 0 {
		return nil
	}
	h := make(zpoly, len(f)+len(g)-1)
	for i, a := range f {
		if a == 0 {
			continue
		}
		ua, as := uint64(a), shoupPre(uint64(a), uint64(p))
		for j, b := range g {
			// h[i+j] + a*b mod p, both below p < 2**30
			s := h[i+j] + int64(shoupMul(ua, as, uint64(b), uint64(p)))
			if s >= p {
				s -= p
			}
			h[i+j] = s
		}
	}
	return zpTrim(h)
}

// shoupPre is Shoup's precomputed quotient floor(w * 2**64 / p) for a
// fixed factor w < p: shoupMul then multiplies by w modulo p with two
// multiplications and no division.
func shoupPre(w, p uint64) uint64 {
	q, _ := bits.Div64(w, 0, p)
	return q
}

// shoupMul is w*x mod p for x < p, with wp = shoupPre(w, p).
func shoupMul(w, wp, x, p uint64) uint64 {
	q, _ := bits.Mul64(wp, x)
	r := w*x - q*p
	if r >= p {
		r -= p
	}
	return r
}

func zpDeriv(f zpoly, p int64) zpoly {
	if len(f) <= 1 {
		return nil
	}
	g := make(zpoly, len(f)-1)
	for i := 1; i < len(f); i++ {
		g[i-1] = f[i] * (int64(i) % p) % p
	}
	return zpTrim(g)
}

// zpDivMod divides f by g (g non-zero) over GF(p).
func zpDivMod(f, g zpoly, p int64) (zpoly, zpoly) {
	r := append(zpoly(nil), f...)
	if len(r) < len(g) {
		return nil, r
	}
	q := make(zpoly, len(r)-len(g)+1)
	inv := zpInv(g[len(g)-1], p)
	up := uint64(p)
	for i := len(q) - 1; i >= 0; i-- {
		c := r[i+len(g)-1] * inv % p
		q[i] = c
		if c == 0 {
			continue
		}
		uc, cs := uint64(c), shoupPre(uint64(c), up)
		for j, b := range g {
			if r[i+j] -= int64(shoupMul(uc, cs, uint64(b), up)); r[i+j] < 0 {
				r[i+j] += p
			}
		}
	}
	return zpTrim(q), zpTrim(r[:len(g)-1])
}

func zpMod(f, g zpoly, p int64) zpoly {
	_, r := zpDivMod(f, g, p)
	return r
}

// zpGCD is the monic gcd over GF(p).
func zpGCD(f, g zpoly, p int64) zpoly {
	for len(g) > 0 {
		f, g = g, zpMod(f, g, p)
	}
	if len(f) == 0 {
		return f
	}
	return zpMonic(f, p)
}

// zpExtGCD returns d, s, t with s*f + t*g = d = gcd(f, g) (monic).
func zpExtGCD(f, g zpoly, p int64) (zpoly, zpoly, zpoly) {
	r0, r1 := f, g
	s0, s1 := zpoly{1}, zpoly(nil)
	t0, t1 := zpoly(nil), zpoly{1}
	for len(r1) > 0 {
		q, r := zpDivMod(r0, r1, p)
		r0, r1 = r1, r
		s0, s1 = s1, zpSub(s0, zpMul(q, s1, p), p)
		t0, t1 = t1, zpSub(t0, zpMul(q, t1, p), p)
	}
	inv := zpInv(r0[len(r0)-1], p)
	sc := func(f zpoly) zpoly {
		g := make(zpoly, len(f))
		for i, c := range f {
			g[i] = c * inv % p
		}
		return zpTrim(g)
	}
	return sc(r0), sc(s0), sc(t0)
}

// zpPowMod is a**e mod f over GF(p).
func zpPowMod(a zpoly, e *big.Int, f zpoly, p int64) zpoly {
	r := zpoly{1}
	a = zpMod(a, f, p)
	for i := e.BitLen() - 1; i >= 0; i-- {
		r = zpMod(zpMul(r, r, p), f, p)
		if e.Bit(i) == 1 {
			r = zpMod(zpMul(r, a, p), f, p)
		}
	}
	return r
}

// A monic square-free polynomial over GF(p) (p odd) factors into monic
// irreducibles by distinct-degree, then equal-degree (Cantor-Zassenhaus)
// factorisation.

// ddfPart is a product of the distinct irreducibles of degree d of a
// polynomial over GF(p).
type ddfPart struct {
	g zpoly
	d int
}

// zpDDF is the distinct-degree factorisation of a monic square-free f.
func zpDDF(f zpoly, p int64) []ddfPart {
	var out []ddfPart
	x := zpoly{0, 1}
	// h runs through x**(p**d) modulo the original f (the current f
	// divides it); the p-th power map is linear, so it is one product
	// with the Frobenius matrix x**(p*i) mod f instead of a powering
	frob := zpFrobenius(f, p)
	h := x
	for d := 1; 2*d <= f.deg(); d++ {
		checkInterrupt()
		h = zpApplyFrobenius(h, frob, p)
		g := zpGCD(f, zpSub(h, x, p), p)
		if g.deg() > 0 {
			out = append(out, ddfPart{g, d})
			f, _ = zpDivMod(f, g, p)
		}
	}
	if f.deg() > 0 {
		out = append(out, ddfPart{f, f.deg()})
	}
	return out
}

// ddfCount is the number of irreducible factors the parts hold.
func ddfCount(parts []ddfPart) int {
	n := 0
	for _, q := range parts {
		n += q.g.deg() / q.d
	}
	return n
}

// zpSplitDDF splits each distinct-degree part into its irreducibles.
func zpSplitDDF(parts []ddfPart, p int64) []zpoly {
	var out []zpoly
	for _, q := range parts {
		out = append(out, zpEqualDegree(q.g, q.d, p)...)
	}
	return out
}

// zpFrobenius returns x**(p*i) mod f for i < deg f.
func zpFrobenius(f zpoly, p int64) []zpoly {
	n := f.deg()
	frob := make([]zpoly, n)
	frob[0] = zpoly{1}
	if n > 1 {
		frob[1] = zpPowMod(zpoly{0, 1}, big.NewInt(p), f, p)
		for i := 2; i < n; i++ {
			frob[i] = zpMod(zpMul(frob[i-1], frob[1], p), f, p)
		}
	}
	return frob
}

// zpApplyFrobenius is h**p mod f, given f's Frobenius matrix.
func zpApplyFrobenius(h zpoly, frob []zpoly, p int64) zpoly {
	acc := make(zpoly, len(frob))
	for i, c := range h {
		if c == 0 {
			continue
		}
		for j, b := range frob[i] {
			acc[j] = (acc[j] + c*b) % p
		}
	}
	return zpTrim(acc)
}

// zpEqualDegree splits f, a product of distinct monic irreducibles of
// degree d, with random splitting polynomials (seeded, so runs repeat).
func zpEqualDegree(f zpoly, d int, p int64) []zpoly {
	if f.deg() == d {
		return []zpoly{f}
	}
	rng := rand.New(rand.NewSource(int64(f.deg())*7919 + p))
	// a**((p**d - 1)/2) = (a**(1 + p + ... + p**(d-1)))**((p - 1)/2): the
	// p-th powers by the Frobenius matrix, then one powering by (p-1)/2
	e := big.NewInt((p - 1) / 2)
	frob := zpFrobenius(f, p)
	for {
		checkInterrupt()
		a := make(zpoly, f.deg())
		for i := range a {
			a[i] = rng.Int63n(p)
		}
		a = zpTrim(a)
		if a.deg() <= 0 {
			continue
		}
		s, t := a, a
		for range d - 1 {
			t = zpApplyFrobenius(t, frob, p)
			s = zpMod(zpMul(s, t, p), f, p)
		}
		b := zpSub(zpPowMod(s, e, f, p), zpoly{1}, p)
		g := zpGCD(f, b, p)
		if g.deg() > 0 && g.deg() < f.deg() {
			q, _ := zpDivMod(f, g, p)
			return append(zpEqualDegree(g, d, p), zpEqualDegree(q, d, p)...)
		}
	}
}

// upHeuGCD is SymPy's heuristic gcd (dup_zz_heu_gcd) of primitive
// non-constant f and g: the integer gcd of their values at a large x,
// read back as a polynomial from its balanced base-x digits (or f and g
// divided by their cofactors read back the same way), accepted only when
// it divides both. ok is false when six evaluation points fail.
func upHeuGCD(f, g upoly) (upoly, bool) {
	fn, gn := upMaxNorm(f), upMaxNorm(g)
	m := bigMin(fn, gn)
	bound := new(big.Int).Add(new(big.Int).Lsh(m, 1), big.NewInt(29))
	x := bigMin(bound, new(big.Int).Mul(big.NewInt(99), new(big.Int).Sqrt(bound)))
	ratio := bigMin(new(big.Int).Quo(fn, new(big.Int).Abs(f.lc())), new(big.Int).Quo(gn, new(big.Int).Abs(g.lc())))
	if alt := new(big.Int).Add(new(big.Int).Lsh(ratio, 1), big.NewInt(4)); alt.Cmp(x) > 0 {
		x = alt
	}
	for range 6 {
		checkInterrupt()
		ff, gg := upEvalBig(f, x), upEvalBig(g, x)
		if ff.Sign() != 0 && gg.Sign() != 0 {
			h := new(big.Int).GCD(nil, nil, new(big.Int).Abs(ff), new(big.Int).Abs(gg))
			if r := upPrimitive(upFromDigits(h, x)); upDivides(f, r) && upDivides(g, r) {
				return r, true
			}
			if cf := upFromDigits(new(big.Int).Quo(ff, h), x); len(cf) > 0 {
				if r, ok := upDivExact(f, cf); ok && upDivides(g, r) {
					return upPrimitive(r), true
				}
			}
			if cg := upFromDigits(new(big.Int).Quo(gg, h), x); len(cg) > 0 {
				if r, ok := upDivExact(g, cg); ok && upDivides(f, r) {
					return upPrimitive(r), true
				}
			}
		}
		// x = 73794*x*isqrt(isqrt(x)) // 27011
		q := new(big.Int).Sqrt(new(big.Int).Sqrt(x))
		x = new(big.Int).Quo(new(big.Int).Mul(new(big.Int).Mul(big.NewInt(73794), x), q), big.NewInt(27011))
	}
	return nil, false
}

func upDivides(f, h upoly) bool {
	if len(h) == 0 {
		return false
	}
	_, ok := upDivExact(f, h)
	return ok
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

// upMaxNorm is the largest absolute value of a coefficient.
func upMaxNorm(f upoly) *big.Int {
	n := new(big.Int)
	for _, c := range f {
		if c.CmpAbs(n) > 0 {
			n.Abs(c)
		}
	}
	return n
}

// upEvalBig is f(x) by Horner's rule.
func upEvalBig(f upoly, x *big.Int) *big.Int {
	v := new(big.Int)
	for i := len(f) - 1; i >= 0; i-- {
		v.Mul(v, x).Add(v, f[i])
	}
	return v
}

// upFromDigits reads h as a polynomial in x by its balanced base-x
// digits (SymPy's _dup_zz_gcd_interpolate).
func upFromDigits(h, x *big.Int) upoly {
	var f upoly
	h = new(big.Int).Set(h)
	half := new(big.Int).Rsh(x, 1)
	for h.Sign() != 0 {
		d := new(big.Int)
		h.DivMod(h, x, d) // one division: h = h*x + d, 0 <= d < x
		if d.Cmp(half) > 0 {
			d.Sub(d, x)
			h.Add(h, bigOne)
		}
		f = append(f, d)
	}
	return upTrim(f)
}

// upValueDivides reports whether g(a) divides f(a) (when g(a) is 0,
// whether f(a) is too).
func upValueDivides(g, f upoly, a int64) bool {
	gv, fv := upEvalInt(g, a), upEvalInt(f, a)
	if gv.Sign() == 0 {
		return fv.Sign() == 0
	}
	return new(big.Int).Rem(fv, gv).Sign() == 0
}

// upEvalInt is p(a) for a in {-1, 0, 1}.
func upEvalInt(p upoly, a int64) *big.Int {
	v := new(big.Int)
	switch a {
	case 0:
		if len(p) > 0 {
			v.Set(p[0])
		}
	case 1:
		for _, c := range p {
			v.Add(v, c)
		}
	default:
		for i, c := range p {
			if i%2 == 0 {
				v.Add(v, c)
			} else {
				v.Sub(v, c)
			}
		}
	}
	return v
}
