package mpf

import "math/big"

// Neg returns -x (exact; the recorded precision is kept).
func (x Float) Neg() Float {
	if x.k == kFinite || x.k == kInf {
		x.neg = !x.neg
	}
	return x
}

// Abs returns |x| (exact; the recorded precision is kept).
func (x Float) Abs() Float {
	if x.k == kFinite || x.k == kInf {
		x.neg = false
	}
	return x
}

// Add returns x+y rounded to prec bits (correctly rounded, half to even).
// prec ≤ 0 means exact. inf + -inf is nan.
func Add(x, y Float, prec int) Float { return add(x, y, prec, rNearest) }

// Sub returns x-y rounded to prec bits.
func Sub(x, y Float, prec int) Float { return add(x, y.Neg(), prec, rNearest) }

func add(x, y Float, prec int, rm rmode) Float {
	if x.k != kFinite || y.k != kFinite {
		switch {
		case x.k == kNaN || y.k == kNaN:
			return NaN()
		case x.k == kInf && y.k == kInf:
			if x.neg != y.neg {
				return NaN()
			}
			return x
		case x.k == kInf:
			return x
		case y.k == kInf:
			return y
		case x.k == kZero && y.k == kZero:
			return Float{prec: prec}
		case x.k == kZero:
			return mkFloat(y.neg, y.man, y.exp, prec, rm, false, prec)
		default:
			return mkFloat(x.neg, x.man, x.exp, prec, rm, false, prec)
		}
	}
	// Make x the operand with the larger exponent.
	if x.exp < y.exp {
		x, y = y, x
	}
	if prec > 0 && x.exp-y.exp > 100 && x.mag()-y.mag() > prec+4 {
		// y only perturbs x below the rounding position.
		off := uint(prec + 4)
		m := new(big.Int).Lsh(x.man, off)
		if x.neg == y.neg {
			m.Add(m, bigOne)
		} else {
			m.Sub(m, bigOne)
		}
		return mkFloat(x.neg, m, x.exp-int(off), prec, rm, false, prec)
	}
	if x.exp-y.exp > maxExactShift {
		panic(RangeError{})
	}
	a := new(big.Int).Lsh(x.man, uint(x.exp-y.exp))
	if x.neg {
		a.Neg(a)
	}
	b := y.man
	if y.neg {
		b = new(big.Int).Neg(b)
	}
	a.Add(a, b)
	neg := a.Sign() < 0
	a.Abs(a)
	return mkFloat(neg, a, y.exp, prec, rm, false, prec)
}

// Mul returns x·y rounded to prec bits (prec ≤ 0: exact).
func Mul(x, y Float, prec int) Float { return mul(x, y, prec, rNearest) }

func mul(x, y Float, prec int, rm rmode) Float {
	if x.k != kFinite || y.k != kFinite {
		switch {
		case x.k == kNaN || y.k == kNaN:
			return NaN()
		case x.k == kInf || y.k == kInf:
			if x.k == kZero || y.k == kZero {
				return NaN()
			}
			return Float{k: kInf, neg: x.neg != y.neg}
		}
		return Float{prec: prec}
	}
	m := new(big.Int).Mul(x.man, y.man)
	return mkFloat(x.neg != y.neg, m, x.exp+y.exp, prec, rm, false, prec)
}

// Quo returns x/y correctly rounded to prec bits. Division of a nonzero
// number by zero gives ±inf, 0/0 and inf/inf give nan (mpmath raises
// ZeroDivisionError instead).
func Quo(x, y Float, prec int) Float { return quo(x, y, prec, rNearest) }

func quo(x, y Float, prec int, rm rmode) Float {
	if x.k != kFinite || y.k != kFinite {
		switch {
		case x.k == kNaN || y.k == kNaN:
			return NaN()
		case x.k == kInf && y.k == kInf:
			return NaN()
		case x.k == kInf:
			return Float{k: kInf, neg: x.neg != y.neg}
		case y.k == kInf:
			return Float{prec: prec}
		case y.k == kZero:
			if x.k == kZero {
				return NaN()
			}
			return Float{k: kInf, neg: x.neg}
		}
		return Float{prec: prec} // 0/y
	}
	a := x.man
	if x.neg != y.neg {
		a = new(big.Int).Neg(a)
	}
	return divInts(a, y.man, x.exp-y.exp, prec, rm)
}

// Cmp compares x and y and returns -1, 0 or +1. Comparisons involving nan
// return 0.
func Cmp(x, y Float) int {
	if x.k == kNaN || y.k == kNaN {
		return 0
	}
	sx, sy := x.Sign(), y.Sign()
	if x.k == kInf || y.k == kInf {
		if x.k == kInf && y.k == kInf && sx == sy {
			return 0
		}
		if x.k == kInf {
			return sx
		}
		return -sy
	}
	if sx != sy {
		if sx < sy {
			return -1
		}
		return 1
	}
	if sx == 0 {
		return 0
	}
	// Same sign, both nonzero: compare magnitudes.
	c := 0
	if mx, my := x.mag(), y.mag(); mx != my {
		if mx < my {
			c = -1
		} else {
			c = 1
		}
	} else {
		a, b := x.man, y.man
		if x.exp > y.exp {
			a = new(big.Int).Lsh(a, uint(x.exp-y.exp))
		} else if y.exp > x.exp {
			b = new(big.Int).Lsh(b, uint(y.exp-x.exp))
		}
		c = a.Cmp(b)
	}
	return c * sx
}

// Sqrt returns the square root of x correctly rounded to prec bits. The
// square root of a negative number is nan.
func Sqrt(x Float, prec int) Float { return sqrt(x, prec, rNearest) }

func sqrt(x Float, prec int, rm rmode) Float {
	switch {
	case x.k == kNaN || (x.neg && x.k != kZero):
		return NaN()
	case x.k == kInf:
		return x
	case x.k == kZero:
		return Float{prec: prec}
	}
	// Want isqrt(m) with at least prec+2 bits; m·2^e with e even.
	m := new(big.Int).Set(x.man)
	e := x.exp
	s := 2*(prec+3) - m.BitLen()
	if s < 0 {
		s = 0
	}
	if (e-s)%2 != 0 {
		s++
	}
	m.Lsh(m, uint(s))
	e -= s
	r := new(big.Int).Sqrt(m)
	sticky := new(big.Int).Mul(r, r).Cmp(m) != 0
	return mkFloat(false, r, e/2, prec, rm, sticky, prec)
}

// PowInt returns x**n at precision prec using exactly mpmath's
// mpf_pow_int algorithm (which is what SymPy uses for Float**Integer): an
// exact power when the result has fewer than 1000 bits, otherwise binary
// powering with truncated intermediates. 0**n for n < 0 gives +inf (mpmath
// raises ZeroDivisionError).
func PowInt(x Float, n int, prec int) Float { return powInt(x, n, prec, rNearest) }

// PowIntDown is PowInt rounded toward zero: mpf_pow_int with its default
// rounding (round_fast), as SymPy's evalf of b**n calls it.
func PowIntDown(x Float, n int, prec int) Float { return powInt(x, n, prec, rDown) }

var ften = Float{k: kFinite, man: big.NewInt(5), exp: 1}
var fone = Float{k: kFinite, man: big.NewInt(1)}

func recipMode(rm rmode) rmode {
	switch rm {
	case rDown:
		return rUp
	case rUp:
		return rDown
	}
	return rm
}

func powInt(x Float, n int, prec int, rm rmode) Float {
	switch x.k {
	case kNaN:
		return NaN()
	case kInf:
		switch {
		case n > 0:
			if x.neg && n&1 == 0 {
				return Inf(1)
			}
			return x
		case n == 0:
			return NaN()
		}
		return Float{prec: prec}
	}
	if n == 0 {
		f := fone
		f.prec = prec
		return f
	}
	if x.k == kZero {
		if n < 0 {
			return Inf(1)
		}
		return Float{prec: prec}
	}
	if n == 1 {
		return mkFloat(x.neg, x.man, x.exp, prec, rm, false, prec)
	}
	if n == -1 {
		return quo(fone, x, prec, rm)
	}
	if n < 0 {
		inv := powInt(x, -n, prec+5, recipMode(rm))
		return quo(fone, inv, prec, rm)
	}
	neg := x.neg && n&1 == 1
	bc := x.man.BitLen()
	if x.man.BitLen() == 1 {
		return Float{k: kFinite, neg: neg, man: big.NewInt(1), exp: x.exp * n, prec: prec}
	}
	if bc*n < 1000 {
		m := new(big.Int).Exp(x.man, big.NewInt(int64(n)), nil)
		return mkFloat(neg, m, x.exp*n, prec, rm, false, prec)
	}
	// Binary powering with truncation to workprec bits (rounding toward
	// zero for round-nearest and round-down, away for round-up).
	down := rm != rUp
	workprec := prec + 4*big.NewInt(int64(n)).BitLen() + 4
	trunc := func(m *big.Int, e int) int {
		if bl := m.BitLen(); bl > workprec {
			sh := uint(bl - workprec)
			if down {
				m.Rsh(m, sh)
			} else {
				// ceiling of positive m / 2^sh
				m.Neg(m)
				m.Rsh(m, sh)
				m.Neg(m)
			}
			e += int(sh)
		}
		return e
	}
	pm, pe := big.NewInt(1), 0
	man, exp := new(big.Int).Set(x.man), x.exp
	for {
		if n&1 == 1 {
			pm.Mul(pm, man)
			pe += exp
			pe = trunc(pm, pe)
			n--
			if n == 0 {
				break
			}
		}
		man.Mul(man, man)
		exp += exp
		exp = trunc(man, exp)
		n /= 2
	}
	return mkFloat(neg, pm, pe, prec, rm, false, prec)
}

// MulDown returns x·y rounded toward zero to prec bits (mpmath's mpf_mul
// with its default rounding, round_fast).
func MulDown(x, y Float, prec int) Float { return mul(x, y, prec, rDown) }

// AddDown returns x+y rounded toward zero to prec bits (mpmath's mpf_add
// with round_fast).
func AddDown(x, y Float, prec int) Float { return add(x, y, prec, rDown) }

// FromMantExp returns man·2^exp (man signed) rounded to prec bits, toward
// zero when down is set and to nearest (half even) otherwise: mpmath's
// normalize. prec ≤ 0 means exact.
func FromMantExp(man *big.Int, exp int, prec int, down bool) Float {
	rm := rNearest
	if down {
		rm = rDown
	}
	rec := prec
	if prec <= 0 {
		rec = max(man.BitLen(), 1)
	}
	return mkFloat(man.Sign() < 0, new(big.Int).Abs(man), exp, prec, rm, false, rec)
}

// SqrtDown returns √x rounded toward zero to prec bits (mpmath's mpf_sqrt
// with round_fast).
func SqrtDown(x Float, prec int) Float { return sqrt(x, prec, rDown) }

// SqrtUp returns √x rounded away from zero to prec bits (mpf_sqrt with
// round_up, the reciprocal of round_fast).
func SqrtUp(x Float, prec int) Float { return sqrt(x, prec, rUp) }

// QuoDown returns x/y rounded toward zero to prec bits.
func QuoDown(x, y Float, prec int) Float { return quo(x, y, prec, rDown) }
