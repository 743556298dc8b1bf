package engine

import (
	"github.com/dcalc/dcalc/engine/mpf"
)

// The rules of SymPy's inverse trigonometric and hyperbolic eval for an
// argument that is the matching function of a real number:
// asin(sin(3)) is pi - 3, acos(cos(15/2)) is 15/2 - 2*pi, atan(tan(2))
// is 2 - pi, asinh(sinh(2)) is 2. The angle is brought into the
// principal range with SymPy's Mod and comparisons; where a comparison
// cannot be decided numerically the call stays unevaluated.

// numGreater reports whether a > b for real numeric expressions; ok is
// false when that cannot be decided at 60 digits (equal or too close).
func numGreater(a, b Expr) (gt, ok bool) {
	d := NewAdd(a, Neg(b))
	if s, isNum := numSign(d); isNum && IsNumber(d) {
		return s > 0, s != 0
	}
	v, _, err := evalfNumber(d, mpf.DpsToPrec(60), mpf.DpsToPrec(60), nil)
	if err != nil {
		return false, false
	}
	f, isF := v.(*Float)
	if !isF || f.v.IsZero() {
		return false, false
	}
	return f.v.Sign() > 0, true
}

// angleOf returns the argument of a call to the built-in fn with
// a comparable (real number) argument.
func angleOf(arg Expr, fn *FuncDef) (Expr, bool) {
	f, ok := arg.(*Func)
	if !ok || f.def != fn || len(f.args) != 1 || !isComparable(f.args[0]) {
		return nil, false
	}
	return f.args[0], true
}

// asinOfTrig is asin(sin(a)) and asin(cos(a)).
func asinOfTrig(arg Expr) Expr {
	if ang, ok := angleOf(arg, fnSin); ok {
		ang, ok = modNumber(ang, NewMul(Two, Pi))
		if !ok {
			return nil
		}
		steps := []struct {
			than  Expr
			less  bool
			value func(Expr) Expr
		}{
			{Pi, false, func(a Expr) Expr { return NewAdd(Pi, Neg(a)) }},
			{NewMul(Half, Pi), false, func(a Expr) Expr { return NewAdd(Pi, Neg(a)) }},
			{NewMul(NegHalf, Pi), true, func(a Expr) Expr { return NewAdd(Neg(Pi), Neg(a)) }},
		}
		for _, s := range steps {
			gt, ok := numGreater(ang, s.than)
			if s.less {
				gt, ok = numGreater(s.than, ang)
			}
			if !ok && !Equal(ang, s.than) {
				return nil
			}
			if gt {
				ang = s.value(ang)
			}
		}
		return ang
	}
	if _, ok := angleOf(arg, fnCos); ok {
		if a := fnAcos.call(arg); a != nil {
			return NewAdd(NewMul(Half, Pi), Neg(a))
		}
	}
	return nil
}

// acosOfTrig is acos(cos(a)), acos(-cos(a)) and acos(±sin(a)).
func acosOfTrig(arg Expr) Expr {
	narg, minus := arg, false
	if m, ok := arg.(*Mul); ok && len(m.args) == 2 && isInt(m.args[0], -1) {
		narg, minus = m.args[1], true
	}
	if ang, ok := angleOf(narg, fnCos); ok {
		if minus {
			ang = NewAdd(Pi, Neg(ang))
		}
		ang, ok = modNumber(ang, NewMul(Two, Pi))
		if !ok {
			return nil
		}
		gt, ok := numGreater(ang, Pi)
		if !ok && !Equal(ang, Pi) {
			return nil
		}
		if gt {
			ang = NewAdd(NewMul(Two, Pi), Neg(ang))
		}
		return ang
	}
	if _, ok := angleOf(narg, fnSin); ok {
		if minus {
			return NewAdd(NewMul(Half, Pi), fnAsin.call(narg))
		}
		return NewAdd(NewMul(Half, Pi), Neg(fnAsin.call(narg)))
	}
	return nil
}

// atanOfTrig is atan(tan(a)) and atan(cot(a)); acotOfTrig the same for
// acot. The matching function's angle is brought into (-pi/2, pi/2];
// the other one goes through pi/2 minus the other inverse, as SymPy does.
func atanOfTrig(arg Expr) Expr { return arctanLike(arg, fnTan, fnCot, fnAcot) }

func acotOfTrig(arg Expr) Expr { return arctanLike(arg, fnCot, fnTan, fnAtan) }

func arctanLike(arg Expr, own, other, otherInverse *FuncDef) Expr {
	if ang, ok := angleOf(arg, own); ok {
		return halfPiRange(ang)
	}
	if _, ok := angleOf(arg, other); ok {
		return complementRange(otherInverse.call(arg))
	}
	return nil
}

// halfPiRange is ang %= pi; if ang > pi/2: ang -= pi.
func halfPiRange(ang Expr) Expr {
	ang, ok := modNumber(ang, Pi)
	if !ok {
		return nil
	}
	return minusPiAboveHalfPi(ang)
}

// complementRange is ang = pi/2 - other; if ang > pi/2: ang -= pi.
func complementRange(other Expr) Expr {
	return minusPiAboveHalfPi(NewAdd(NewMul(Half, Pi), Neg(other)))
}

// minusPiAboveHalfPi is ang - pi when ang > pi/2, else ang (nil when
// the comparison cannot be decided).
func minusPiAboveHalfPi(ang Expr) Expr {
	gt, ok := numGreater(ang, NewMul(Half, Pi))
	if !ok && !Equal(ang, NewMul(Half, Pi)) {
		return nil
	}
	if gt {
		return NewAdd(ang, Neg(Pi))
	}
	return ang
}

// invHypOfHyp is asinh(sinh(z)) = z, atanh(tanh(z)) = z and
// acosh(cosh(z)) = Abs(z) for a real number z.
func invHypOfHyp(arg Expr, fn *FuncDef, abs bool) Expr {
	f, ok := arg.(*Func)
	if !ok || f.def != fn || len(f.args) != 1 {
		return nil
	}
	z := f.args[0]
	if !isNumeric(z) || IsReal(z) != True {
		return nil
	}
	if abs {
		return fnAbs.call(z)
	}
	return z
}
