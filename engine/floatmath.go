package engine

import "github.com/dcalc/dcalc/engine/mpf"

// floatPower is SymPy's Float._eval_power: f**e for a number e, or nil when
// the power stays unevaluated.
func floatPower(f *Float, e Expr) Expr {
	if f.v.IsZero() {
		if IsPositive(e) == True {
			return f
		}
		if IsNegative(e) == True {
			return Zoo
		}
	}
	prec := f.v.Prec()
	switch x := e.(type) {
	case *Integer:
		if !x.IsInt64() || x.v > 1<<40 || x.v < -(1<<40) {
			// mpmath's exponents are unbounded, dcalc's are not: SymPy
			// prints 1.57299297466922e-4248020348517220352 for
			// Float('1e-308')**13792273858822144.
			if a := f.v.Abs(); a.Equal(mpf.FromInt64(1, 0)) {
				if f.v.Sign() < 0 && x.Big().Bit(0) == 1 {
					return f
				}
				return floatFrom(a)
			}
			panic(notImpl("a Float to a power beyond 2**40 is not supported"))
		}
		return floatResult(mpf.PowInt(f.v, int(x.v), prec))
	case *Rational:
		if f.v.Sign() < 0 && x.r.Num().IsInt64() && x.r.Num().Int64() == 1 && x.r.Denom().Bit(0) == 1 {
			return NewMul(newPow(NegOne, e), floatPower(floatFrom(f.v.Neg()), e))
		}
	case *Float:
		if x.Prec() > uint(prec) {
			prec = int(x.Prec())
		}
	default:
		return nil
	}
	y := toMpf(e, prec)
	if f.v.Sign() >= 0 || y.IsInt() {
		return floatResult(mpf.Pow(f.v, y, prec))
	}
	re, im := mpcPowNegReal(f.v, y, prec)
	return NewAdd(floatResult(re), NewMul(floatResult(im), I))
}

// floatResult is SymPy's Float._new: a zero value becomes the Integer 0;
// inf and nan become oo, -oo and nan.
func floatResult(v mpf.Float) Expr {
	if v.IsZero() {
		return Zero
	}
	return NewMpfFloat(v)
}

// mpcPowNegReal returns the real and imaginary parts of x**y for x < 0 and
// a non-integer y, as mpmath's mpc_pow_mpf computes them.
func mpcPowNegReal(x, y mpf.Float, prec int) (re, im mpf.Float) {
	ax := x.Abs()
	m, e := y.MantExp()
	if e == -1 {
		// (i*sqrt(|x|))**n for y = n/2.
		s := mpf.Sqrt(ax, prec+10)
		n := m.Int64() // signed
		v := mpf.PowInt(s, int(n), prec)
		switch ((n % 4) + 4) % 4 {
		case 0:
			return v, mpf.Zero(prec)
		case 1:
			return mpf.Zero(prec), v
		case 2:
			return v.Neg(), mpf.Zero(prec)
		}
		return mpf.Zero(prec), v.Neg()
	}
	wp := prec + 10
	a := mpf.Mul(y, mpf.Log(ax, wp), wp)
	b := mpf.Mul(y, mpf.Pi(wp), wp)
	mag := mpf.Exp(a, prec+4)
	c, s := mpf.Cos(b, prec+4), mpf.Sin(b, prec+4)
	return mpf.Mul(mag, c, prec), mpf.Mul(mag, s, prec)
}
