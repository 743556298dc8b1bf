package mpf

import (
	"math/big"
	"math/bits"
)

// Fixed-point arithmetic on 128-bit unsigned integers, for the series of
// the elementary functions at the precisions most programs use (a double's
// 53 bits and a few dozen guard bits): the same sums as with big.Int,
// without an allocation per operation.

// u128 is hi·2^64 + lo.
type u128 struct{ hi, lo uint64 }

func (a u128) isZero() bool { return a.hi == 0 && a.lo == 0 }

func (a u128) add(b u128) u128 {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, _ := bits.Add64(a.hi, b.hi, c)
	return u128{hi, lo}
}

func (a u128) sub(b u128) u128 {
	lo, c := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, c)
	return u128{hi, lo}
}

// divSmall returns a / d, truncated.
func (a u128) divSmall(d uint64) u128 {
	hi := a.hi / d
	lo, _ := bits.Div64(a.hi%d, a.lo, d)
	return u128{hi, lo}
}

// u256 is a product of two u128, least significant word first.
type u256 [4]uint64

// mul256 returns a·b exactly.
func mul256(a, b u128) u256 {
	h00, l00 := bits.Mul64(a.lo, b.lo)
	h01, l01 := bits.Mul64(a.lo, b.hi)
	h10, l10 := bits.Mul64(a.hi, b.lo)
	h11, l11 := bits.Mul64(a.hi, b.hi)
	var p u256
	p[0] = l00
	var c, c2 uint64
	p[1], c = bits.Add64(h00, l01, 0)
	p[1], c2 = bits.Add64(p[1], l10, 0)
	p[2], c = bits.Add64(h01, h10, c)
	var c3 uint64
	p[2], c3 = bits.Add64(p[2], l11, c2)
	p[3] = h11 + c + c3
	return p
}

// less reports whether p < q.
func (p u256) less(q u256) bool {
	for i := 3; i >= 0; i-- {
		if p[i] != q[i] {
			return p[i] < q[i]
		}
	}
	return false
}

// sub returns p - q (p ≥ q).
func (p u256) sub(q u256) u256 {
	var r u256
	var c uint64
	for i := range p {
		r[i], c = bits.Sub64(p[i], q[i], c)
	}
	return r
}

// shr returns the low 128 bits of p >> s (0 < s < 192).
func (p u256) shr(s uint) u128 {
	w, b := s/64, s%64
	word := func(i uint) uint64 {
		if i < 4 {
			return p[i]
		}
		return 0
	}
	if b == 0 {
		return u128{word(w + 1), word(w)}
	}
	lo := word(w)>>b | word(w+1)<<(64-b)
	hi := word(w+1)>>b | word(w+2)<<(64-b)
	return u128{hi, lo}
}

// mulShr returns (a·b) >> s, truncated; the caller keeps it below 2^128.
func mulShr(a, b u128, s uint) u128 { return mul256(a, b).shr(s) }

// fixed128 returns |x|·2^w truncated as a u128, or false when it needs
// more than 126 bits (x finite and nonzero).
func fixed128(x Float, w int) (u128, bool) {
	n := x.man.BitLen()
	k := x.exp + w
	if n > 126 || n+k > 126 {
		return u128{}, false
	}
	v, _ := fixed128Int(x.man)
	switch {
	case k >= 128 || k <= -128:
		if k > 0 {
			return u128{}, false
		}
		return u128{}, true
	case k >= 64:
		return u128{v.lo << uint(k-64), 0}, true
	case k > 0:
		return u128{v.hi<<uint(k) | v.lo>>uint(64-k), v.lo << uint(k)}, true
	case k <= -64:
		return u128{0, v.hi >> uint(-k-64)}, true
	case k < 0:
		return u128{v.hi >> uint(-k), v.lo>>uint(-k) | v.hi<<uint(64+k)}, true
	}
	return v, true
}

// pow2 returns 2^n (n < 128).
func pow2(n uint) u128 {
	if n >= 64 {
		return u128{1 << (n - 64), 0}
	}
	return u128{0, 1 << n}
}

// alternating sums t_0 - t_1 + t_2 - ... with t_0 = first and
// t_k = t_(k-1)·x·2^-F / div(k), truncated, until a term is 0; the sum
// stays positive because the terms decrease.
func alternating(first, x u128, F uint, div func(k uint64) uint64) u128 {
	sum, term := first, first
	for k := uint64(1); ; k++ {
		term = mulShr(term, x, F).divSmall(div(k))
		if term.isZero() {
			return sum
		}
		if k&1 == 1 {
			sum = sum.sub(term)
		} else {
			sum = sum.add(term)
		}
	}
}

// bigOf returns v as a big.Int.
func bigOf(v u128) *big.Int {
	return new(big.Int).SetBits([]big.Word{big.Word(v.lo), big.Word(v.hi)})
}

// noFixed128 turns the u128 paths off, for tests that compare them with
// the big.Int ones.
var noFixed128 = false

// maxFixed128 is the largest fixed-point scale sinCosSmall128 takes:
// a·a for |a| < 2^(F+1) must fit 256 bits and its shift 128.
const maxFixed128 = 120

// sinCosSmall128 is sinCosSmall's series and doublings in u128 for
// F ≤ maxFixed128; ok is false when |r| does not fit.
func sinCosSmall128(r Float, F, s int) (sn, cs apx, ok bool) {
	a, ok := fixed128(r, F-s)
	if !ok || a.isZero() {
		return apx{}, apx{}, false
	}
	uF := uint(F)
	a2 := mulShr(a, a, uF)
	// sin a = a - a³/3! + ..., cos a = 1 - a²/2! + ...
	sv := alternating(a, a2, uF, func(k uint64) uint64 { return 2 * k * (2*k + 1) })
	cv := alternating(pow2(uF), a2, uF, func(k uint64) uint64 { return (2*k - 1) * (2 * k) })
	// while the angle stays below pi/4 cos²-sin² is one exact
	// subtraction; past it (|r| ≥ pi/2 at the end) the big.Int version
	// takes over
	for i := 0; i < s; i++ {
		c2, s2 := mul256(cv, cv), mul256(sv, sv)
		if c2.less(s2) {
			return apx{}, apx{}, false
		}
		t := mulShr(sv, cv, uF-1)
		cv = c2.sub(s2).shr(uF)
		sv = t
	}
	if sv.isZero() || cv.isZero() {
		return apx{}, apx{}, false
	}
	return apx{r.neg, bigOf(sv), -F}, apx{false, bigOf(cv), -F}, true
}

// expSeries128 is expApx's series and squarings in u128 for
// W ≤ maxFixed128: exp(rr·2^-W)^(2^s)·2^W for the signed fixed-point
// rr; ok is false when |rr| does not fit.
func expSeries128(rr *big.Int, W, s int) (*big.Int, bool) {
	if rr.BitLen() > W+1 {
		return nil, false
	}
	a, ok := fixed128Int(rr)
	if !ok {
		return nil, false
	}
	neg := rr.Sign() < 0
	uW := uint(W)
	sum := pow2(uW)
	if neg {
		sum = sum.sub(a)
	} else {
		sum = sum.add(a)
	}
	term := a
	for n := uint64(2); ; n++ {
		term = mulShr(term, a, uW).divSmall(n)
		if term.isZero() {
			break
		}
		if neg && n&1 == 1 {
			sum = sum.sub(term)
		} else {
			sum = sum.add(term)
		}
	}
	for i := 0; i < s; i++ {
		sum = mulShr(sum, sum, uW)
	}
	return bigOf(sum), true
}

// logSeries128 returns log(y) + n·log(2) for y in [1/√2, √2] with an
// absolute error of a few units of 2^-W (W ≤ maxFixed128), from
// log(y) = 2·atanh(t), t = (y-1)/(y+1), whose series runs in u128.
func logSeries128(y Float, n, W int) (apx, bool) {
	yf := toFixed(y, W)
	unit := new(big.Int).Lsh(bigOne, uint(W))
	num := new(big.Int).Sub(yf, unit)
	den := yf.Add(yf, unit)
	t := num.Quo(num.Lsh(num, uint(W)), den)
	ta, ok := fixed128Int(t)
	if !ok {
		return apx{}, false
	}
	uW := uint(W)
	t2 := mulShr(ta, ta, uW)
	sum, term := ta, ta
	for k := uint64(1); ; k++ {
		term = mulShr(term, t2, uW)
		d := term.divSmall(2*k + 1)
		if d.isZero() {
			break
		}
		sum = sum.add(d)
	}
	z := bigOf(sum)
	z.Lsh(z, 1)
	if t.Sign() < 0 {
		z.Neg(z)
	}
	if n != 0 {
		z.Add(z, new(big.Int).Mul(big.NewInt(int64(n)), ln2Fixed(W)))
	}
	if z.Sign() == 0 {
		return apx{}, false
	}
	return apx{z.Sign() < 0, z.Abs(z), -W}, true
}

// fixed128Int returns |v| as a u128, or false when it needs more than
// 126 bits.
func fixed128Int(v *big.Int) (u128, bool) {
	if v.BitLen() > 126 {
		return u128{}, false
	}
	ws := v.Bits()
	var a u128
	if len(ws) > 0 {
		a.lo = uint64(ws[0])
	}
	if len(ws) > 1 {
		a.hi = uint64(ws[1])
	}
	return a, true
}
