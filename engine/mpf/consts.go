package mpf

import (
	"math/big"
	"sync"
)

// A constCache memoizes a fixed-point constant c·2^w (|error| ≤ 1) at the
// highest precision computed so far.
type constCache struct {
	mu      sync.Mutex
	w       int
	v       *big.Int
	compute func(w int) *big.Int // returns c·2^w with |error| ≤ 1
}

func (c *constCache) get(w int) *big.Int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.v == nil || c.w < w {
		nw := max(w, c.w*3/2, 256)
		c.v = c.compute(nw)
		c.w = nw
	}
	// Shifting down keeps |error| ≤ 1 (truncation adds < 1, the original
	// error shrinks below 1/2 when the shift is at least 1 bit).
	return new(big.Int).Rsh(c.v, uint(c.w-w))
}

var (
	piCache   = &constCache{compute: computePi}
	ln2Cache  = &constCache{compute: computeLn2}
	ln10Cache = &constCache{compute: computeLn10}
	eCache    = &constCache{compute: computeE}
)

func piFixed(w int) *big.Int   { return piCache.get(w) }
func ln2Fixed(w int) *big.Int  { return ln2Cache.get(w) }
func ln10Fixed(w int) *big.Int { return ln10Cache.get(w) }
func eFixed(w int) *big.Int    { return eCache.get(w) }

// atanhInv returns atanh(1/n)·2^w with an error of at most a few units.
func atanhInv(n int64, w int) *big.Int {
	nn := big.NewInt(n * n)
	p := new(big.Int).Lsh(bigOne, uint(w))
	p.Quo(p, big.NewInt(n))
	sum := new(big.Int).Set(p)
	t := new(big.Int)
	for k := int64(1); p.Sign() != 0; k++ {
		p.Quo(p, nn)
		t.Quo(p, big.NewInt(2*k+1))
		sum.Add(sum, t)
	}
	return sum
}

func computeLn2(w int) *big.Int {
	g := w + 20
	// ln 2 = 18 atanh(1/26) - 2 atanh(1/4801) + 8 atanh(1/8749)
	s := new(big.Int).Mul(big.NewInt(18), atanhInv(26, g))
	s.Sub(s, new(big.Int).Mul(big.NewInt(2), atanhInv(4801, g)))
	s.Add(s, new(big.Int).Mul(big.NewInt(8), atanhInv(8749, g)))
	return s.Rsh(s, 20)
}

func computeLn10(w int) *big.Int {
	g := w + 20
	// ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9)
	s := new(big.Int).Mul(big.NewInt(3), ln2Fixed(g))
	s.Add(s, new(big.Int).Lsh(atanhInv(9, g), 1))
	return s.Rsh(s, 20)
}

// computePi uses the Chudnovsky series with binary splitting.
func computePi(w int) *big.Int {
	g := w + 20
	n := int64(g/47 + 2)
	_, q, t := chudnovsky(0, n)
	// pi = 426880·sqrt(10005)·Q / T
	sq := new(big.Int).Lsh(big.NewInt(10005), uint(2*g))
	sq.Sqrt(sq)
	num := new(big.Int).Mul(sq, q)
	num.Mul(num, big.NewInt(426880))
	num.Quo(num, t)
	return num.Rsh(num, 20)
}

var chudC3 = big.NewInt(10939058860032000) // 640320^3 / 24

func chudnovsky(a, b int64) (p, q, t *big.Int) {
	if b-a == 1 {
		if a == 0 {
			p, q = big.NewInt(1), big.NewInt(1)
		} else {
			p = big.NewInt(6*a - 5)
			p.Mul(p, big.NewInt(2*a-1))
			p.Mul(p, big.NewInt(6*a-1))
			q = big.NewInt(a)
			q.Mul(q, q)
			q.Mul(q, big.NewInt(a))
			q.Mul(q, chudC3)
		}
		t = big.NewInt(13591409 + 545140134*a)
		t.Mul(t, p)
		if a&1 == 1 {
			t.Neg(t)
		}
		return
	}
	m := (a + b) / 2
	p1, q1, t1 := chudnovsky(a, m)
	p2, q2, t2 := chudnovsky(m, b)
	p = new(big.Int).Mul(p1, p2)
	q = new(big.Int).Mul(q1, q2)
	t = new(big.Int).Mul(q2, t1)
	t.Add(t, new(big.Int).Mul(p1, t2))
	return
}

// computeE sums 1/k! by binary splitting.
func computeE(w int) *big.Int {
	g := w + 20
	// find N with N! > 2^g
	n, bits := int64(1), 0.0
	for bits < float64(g)+4 {
		n++
		bits += log2f(float64(n))
	}
	p, q := eSplit(0, n)
	// e = 1 + P/Q
	num := new(big.Int).Add(p, q)
	num.Lsh(num, uint(g))
	num.Quo(num, q)
	return num.Rsh(num, 20)
}

// eSplit returns P, Q with P/Q = sum_{k=a+1}^{b} a!/k!.
func eSplit(a, b int64) (*big.Int, *big.Int) {
	if b-a == 1 {
		return big.NewInt(1), big.NewInt(b)
	}
	m := (a + b) / 2
	p1, q1 := eSplit(a, m)
	p2, q2 := eSplit(m, b)
	p := new(big.Int).Mul(p1, q2)
	p.Add(p, p2)
	return p, new(big.Int).Mul(q1, q2)
}

// constRounded rounds the constant given by fixed (c·2^w, |err| ≤ 1, and
// 0.5 < c < 8) to prec bits in mode rm, retrying at higher precision until
// the rounding is determined.
func constRounded(fixed func(int) *big.Int, prec int, rm rmode) Float {
	for w := prec + 20; ; w += w/2 + 32 {
		v := fixed(w)
		lo := mkFloat(false, new(big.Int).Sub(v, bigOne), -w, prec, rm, false, prec)
		hi := mkFloat(false, new(big.Int).Add(v, bigOne), -w, prec, rm, false, prec)
		if lo.Equal(hi) {
			return lo
		}
	}
}

// Pi returns π correctly rounded to prec bits.
func Pi(prec int) Float { return constRounded(piFixed, prec, rNearest) }

// E returns e = exp(1) correctly rounded to prec bits.
func E(prec int) Float { return constRounded(eFixed, prec, rNearest) }

// Ln2 returns log(2) correctly rounded to prec bits.
func Ln2(prec int) Float { return constRounded(ln2Fixed, prec, rNearest) }

// Ln10 returns log(10) correctly rounded to prec bits.
func Ln10(prec int) Float { return constRounded(ln10Fixed, prec, rNearest) }

// PiDown returns π rounded toward zero to prec bits (mpmath's mpf_pi with
// its default rounding, round_fast).
func PiDown(prec int) Float { return constRounded(piFixed, prec, rDown) }

// EDown returns e rounded toward zero to prec bits (mpf_e, round_fast).
func EDown(prec int) Float { return constRounded(eFixed, prec, rDown) }
