package engine

import (
	"math"
	"math/big"
	"math/cmplx"
	"sync"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The exponential and the logarithm.
var (
	fnExp = builtin("exp", 10, 1)
	fnLog = builtin("log", 11, 1, 2)
)

func init() {
	fnExp.hooks = hooks{
		eval:        eval1(evalExp),
		fdiff:       fdiff1(func(x Expr) Expr { return fnExp.call(x) }),
		fdiffSelf:   true,
		evalf:       total(func(ev *evaluator, a cval) cval { return ev.exp(a) }),
		evalc:       evalc1(cmplx.Exp),
		real:        realWithArg,
		holomorphic: true,
		series:      taylorSeries,
		tex:         texExp,
		pretty:      prettyExp,
	}
	fnLog.hooks = hooks{
		eval:  evalLogArgs,
		fdiff: func(a []Expr, _ int) Expr { return NewPow(a[0], NegOne) },
		evalf: func(ev *evaluator, args []cval) (cval, error) {
			switch len(args) {
			case 1:
				return ev.log(args[0])
			case 2: // log(x, b) = log(x)/log(b)
				l1, err := ev.log(args[0])
				if err != nil {
					return l1, err
				}
				l2, err := ev.log(args[1])
				if err != nil {
					return l2, err
				}
				return ev.quo(l1, l2)
			}
			return cval{}, errNotNumeric
		},
		evalc: func(v []complex128) (complex128, bool) {
			z := v[0]
			if len(v) == 2 {
				return cmplx.Log(z) / cmplx.Log(v[1]), true
			}
			if imag(z) == 0 && real(z) > 0 {
				return complex(math.Log(real(z)), 0), true
			}
			return cmplx.Log(z), true
		},
		real: func(args []Expr) Tri {
			if len(args) == 1 && IsPositive(args[0]) == True {
				return True
			}
			return Unknown
		},
		series: taylorSeries,
		tex:    texLog,
	}
}
func evalExp(arg Expr) Expr {
	if isZeroInt(arg) {
		return One
	}
	if isInt(arg, 1) {
		return E
	}
	switch arg {
	case NaN, Zoo:
		return NaN
	case Oo:
		return Oo
	case NegOo:
		return Zero
	}
	if r := floatEval(arg, mpf.Exp); r != nil {
		return r
	}
	switch x := arg.(type) {
	case *Func:
		if x.def == fnLog && len(x.args) == 1 {
			return x.args[0]
		}
	case *Mul:
		if r := expPiI(x); r != nil {
			return r
		}
		coeff, terms := AsCoeffMul(x)
		if coeff == Oo || coeff == NegOo {
			return nil
		}
		var logTerm Expr
		ts := mulArgs(terms)
		for _, t := range ts {
			if f, ok := t.(*Func); ok && f.def == fnLog && len(f.args) == 1 {
				if logTerm != nil {
					return nil
				}
				logTerm = f.args[0]
			} else if !isComparable(t) {
				return nil
			}
		}
		if logTerm != nil {
			coeffs := []Expr{coeff}
			for _, t := range ts {
				if f, ok := t.(*Func); !ok || f.def != fnLog || len(f.args) != 1 {
					coeffs = append(coeffs, t)
				}
			}
			return NewPow(logTerm, NewMul(coeffs...))
		}
	case *Add:
		var out []Expr
		add := make([]Expr, 0, len(x.args))
		changed := false
		for _, a := range x.args {
			if isInt(a, 1) {
				add = append(add, a)
				continue
			}
			// exp(a) evaluated; nil means it stays exp(a) unchanged
			na := evalExp(a)
			if na == nil {
				add = append(add, a)
				continue
			}
			if f, ok := na.(*Func); ok && f.def == fnExp {
				if !Equal(f.args[0], a) {
					add = append(add, f.args[0])
					changed = true
				} else {
					add = append(add, a)
				}
			} else {
				out = append(out, na)
			}
		}
		if len(out) > 0 || changed {
			return NewMul(NewMul(out...), newFunc(fnExp, []Expr{NewAdd(add...)}))
		}
	}
	return nil
}

func evalLogArgs(a []Expr) Expr {
	if len(a) == 2 {
		arg, base := a[0], a[1]
		if isInt(base, 1) {
			if isInt(arg, 1) {
				return NaN
			}
			return Zoo
		}
		// extraction of powers of a positive rational base (SymPy's
		// multiplicity; a negative argument's sign stays in the log)
		pr, nr := toRat(base), toRat(arg)
		if pr == nil || nr == nil || pr.Sign() <= 0 || nr.Sign() == 0 {
			return Div(fnLog.call(arg), fnLog.call(base))
		}
		if n := ratMultiplicity(pr, ratAbs(nr)); n != 0 {
			k := NewInt(n)
			return NewAdd(k, Div(fnLog.call(Div(arg, NewPow(base, k))), fnLog.call(base)))
		}
		return Div(fnLog.call(arg), fnLog.call(base))
	}
	return evalLog(a[0])
}

func evalLog(arg Expr) Expr {
	switch arg {
	case E:
		return One
	case Oo, NegOo:
		return Oo
	case Zoo:
		return Zoo
	case NaN:
		return NaN
	}
	if isInt(arg, 1) {
		return Zero
	}
	if isZeroNum(arg) && IsNumber(arg) {
		return Zoo
	}
	if r := floatEvalDomain(arg, fptr(0), nil, mpf.Log); r != nil {
		return r
	}
	if f, ok := arg.(*Func); ok && f.def == fnExp && IsReal(f.args[0]) == True {
		return f.args[0]
	}
	if p, ok := arg.(*Pow); ok && p.Base() == E && IsReal(p.Exp()) == True {
		return p.Exp()
	}
	if q, ok := arg.(*Rational); ok && q.r.Num().IsInt64() && q.r.Num().Int64() == 1 {
		return Neg(fnLog.call(NewBigInt(q.r.Denom())))
	}
	if IsRational(arg) || isFloat(arg) {
		if s, _ := numSign(arg); s < 0 {
			return NewAdd(fnLog.call(numNeg(arg)), NewMul(I, Pi))
		}
	} else if isNumeric(arg) && IsNegative(arg) == True {
		return NewAdd(NewMul(Pi, I), fnLog.call(Neg(arg)))
	}
	if _, isAdd := arg.(*Add); !isAdd {
		if c := imagCoeff(arg); c != nil && IsRational(c) {
			if s, _ := numSign(c); s >= 0 {
				return NewAdd(NewMul(Pi, I, Half), fnLog.call(c))
			}
			return NewAdd(NewMul(Pi, I, NegHalf), fnLog.call(numNeg(c)))
		}
	}
	if Has(arg, I) && isAlgebraicNumber(arg) {
		return logAlgebraic(arg)
	}
	return nil
}

// isAlgebraicNumber reports whether e is built from rationals and I by
// sums, products and rational powers.
func isAlgebraicNumber(e Expr) bool {
	switch x := e.(type) {
	case *Integer, *Rational:
		return true
	case *Constant:
		return x == I
	case *Pow:
		return IsRational(x.Exp()) && isAlgebraicNumber(x.Base())
	case *Add, *Mul:
		for _, a := range e.Args() {
			if !isAlgebraicNumber(a) {
				return false
			}
		}
		return true
	}
	return false
}

// logAtanTable is log.eval's _log_atan_table (the entries whose keys
// dcalc's arithmetic writes in SymPy's form): i/r of a first-quadrant
// number and its argument.
var logAtanTable = sync.OnceValue(func() [][2]Expr {
	s2, s3 := Sqrt(Two), Sqrt(NewInt(3))
	return [][2]Expr{
		{s3, Div(Pi, NewInt(3))},
		{One, Div(Pi, NewInt(4))},
		{Div(s3, NewInt(3)), Div(Pi, NewInt(6))},
		{Sub(s2, One), Div(Pi, NewInt(8))},
		{NewAdd(s2, One), NewMul(NewRational(big.NewInt(3), big.NewInt(8)), Pi)},
		{Sub(Two, s3), Div(Pi, NewInt(12))},
		{NewAdd(Two, s3), NewMul(NewRational(big.NewInt(5), big.NewInt(12)), Pi)},
	}
})

// logAlgebraic is log.eval for an algebraic number with I: arg =
// coeff*(r + i*I) with coeff > 0 gives log(coeff*|i|) +- I*pi/2 when r
// is 0, and log(|arg|) + I*angle when i/r is in the atan table; nil
// otherwise.
func logAlgebraic(arg Expr) Expr {
	hasI := func(f Expr) bool { return Has(f, I) }
	rest, cs := siftExprs(mulArgs(arg), hasI)
	coeff, a := NewMul(cs...), NewMul(rest...)
	if IsNegative(coeff) == True {
		coeff, a = Neg(coeff), Neg(a)
	}
	a = ExpandMul(a)
	var rs, is []Expr
	for _, t := range addArgs(a) {
		if !Has(t, I) {
			rs = append(rs, t)
			continue
		}
		c := asCoefficientI(t)
		if c == nil {
			return nil
		}
		is = append(is, c)
	}
	r, i := NewAdd(rs...), NewAdd(is...)
	if len(is) == 0 || isZeroInt(i) || IsReal(coeff) != True || IsReal(i) != True || IsReal(r) != True {
		return nil
	}
	if isZeroInt(r) {
		switch {
		case IsPositive(i) == True:
			return NewAdd(NewMul(Pi, I, Half), fnLog.call(NewMul(coeff, i)))
		case IsNegative(i) == True:
			return NewAdd(NewMul(Pi, I, NegHalf), fnLog.call(NewMul(coeff, Neg(i))))
		}
		return nil
	}
	t := Div(i, r)
	for _, neg := range []bool{false, true} {
		tt := t
		if neg {
			tt = Neg(t)
		}
		for _, kv := range logAtanTable() {
			if !Equal(tt, kv[0]) {
				continue
			}
			// coeff*Abs(a), Abs(a) = sqrt(expand_mul(a*conjugate(a)))
			mod := NewMul(coeff, Sqrt(Expand(NewAdd(NewMul(r, r), NewMul(i, i)))))
			if hasKind(mod, kAdd) {
				// ratsimp; a product of radicals is its own ratsimp
				m, err := Ratsimp(mod)
				if err != nil {
					return nil
				}
				mod = m
			}
			var ang Expr
			switch pos := IsPositive(r) == True; {
			case !neg && pos:
				ang = kv[1]
			case !neg:
				ang = Sub(kv[1], Pi)
			case pos:
				ang = Neg(kv[1])
			default:
				ang = Sub(Pi, kv[1])
			}
			return NewAdd(fnLog.call(mod), NewMul(I, ang))
		}
	}
	return nil
}

// expPiI evaluates exp(c*pi*I) for rational c as SymPy's exp.eval does:
// multiples of pi/2 become 1, -1, I, -I; other rationals are reduced to
// (-1, 1].
func expPiI(m *Mul) Expr {
	hasPi, hasI := false, false
	for _, a := range m.args {
		hasPi = hasPi || a == Pi
		hasI = hasI || a == I
	}
	if !hasPi || !hasI {
		return nil
	}
	hasPi, hasI = false, false
	var rest []Expr
	for _, a := range m.args {
		switch {
		case a == Pi && !hasPi:
			hasPi = true
		case a == I && !hasI:
			hasI = true
		default:
			rest = append(rest, a)
		}
	}
	if !hasPi || !hasI {
		return nil
	}
	c := mulRest(rest)
	if !IsRational(c) {
		return nil
	}
	r := toRat(c)
	two := new(big.Rat).Mul(r, big.NewRat(2, 1))
	if two.IsInt() {
		// 2c integer: c = k/2
		k := new(big.Int).Mod(two.Num(), big.NewInt(4)).Int64()
		return []Expr{One, I, NegOne, Neg(I)}[k]
	}
	// ncoeff = c mod 2, then into (-1, 1]
	n := new(big.Rat).Set(r)
	q := new(big.Int).Quo(n.Num(), n.Denom())
	q.Sub(q, new(big.Int).Mod(q, big.NewInt(2))) // even part
	nc := new(big.Rat).Sub(n, new(big.Rat).SetInt(q))
	for nc.Sign() < 0 {
		nc.Add(nc, big.NewRat(2, 1))
	}
	for nc.Cmp(big.NewRat(2, 1)) >= 0 {
		nc.Sub(nc, big.NewRat(2, 1))
	}
	if nc.Cmp(big.NewRat(1, 1)) > 0 {
		nc.Sub(nc, big.NewRat(2, 1))
	}
	if nc.Cmp(r) == 0 {
		return nil
	}
	return fnExp.call(NewMul(ratFrom(nc), Pi, I))
}
