package engine

import (
	"fmt"
	"math"
	"math/big"
	"math/cmplx"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The gamma function and its relatives (SymPy's
// sympy.functions.special.gamma_functions, zeta_functions and
// combinatorial.numbers.harmonic): gamma, loggamma, polygamma with its
// aliases digamma and trigamma, the Riemann/Hurwitz zeta and the
// harmonic numbers. Each evaluates where SymPy's eval does (integers,
// half-integers, the infinities), differentiates as SymPy's fdiff does
// (the derivative of gamma brings in polygamma: diff(factorial(x), x)
// is gamma(x + 1)*polygamma(0, x + 1)) and evaluates numerically on the
// reals (mpf.Gamma, mpf.Polygamma); complex values are refused.
var (
	fnGamma     = builtin("gamma", 0, 1)
	fnLoggamma  = builtin("loggamma", 0, 1)
	fnPolygamma = builtin("polygamma", 0, 2)
	fnDigamma   = builtin("digamma", 0, 1)
	fnTrigamma  = builtin("trigamma", 0, 1)
	fnZeta      = builtin("zeta", 0, 1, 2)
	fnHarmonic  = builtin("harmonic", 0, 1, 2)
)

const (
	lackGammaSeries = "dcalc's series does not expand the gamma family (NotImplementedError)"
	lackAlias       = "always rewritten to polygamma at construction, as SymPy's eval does"
	lackZetaReal    = "SymPy's zeta has no is_real rule"
)

func init() {
	fnGamma.hooks = hooks{
		eval:  eval1(evalGamma),
		fdiff: fdiff1(func(x Expr) Expr { return NewMul(fnGamma.call(x), fnPolygamma.call(Zero, x)) }),
		evalf: realGamma("gamma", func(x mpf.Float, wp int) mpf.Float { return mpf.Gamma(x, wp) }),
		evalc: evalc1(complexGamma),
		real:  gammaReal,
		tex: func(p *texPrinter, f *Func, args []string, exp string) string {
			if exp != "" {
				return `\Gamma^{` + exp + `}` + texParen(args[0])
			}
			return `\Gamma` + texParen(args[0])
		},
		pretty: func(p *prettyPrinter, f *Func) *pict {
			if p.uni {
				return p.funcForm("Γ", f.args)
			}
			return p.funcForm("Gamma", f.args)
		},
		lacks: lack(lackGammaSeries, "series"),
	}
	fnLoggamma.hooks = hooks{
		eval:  eval1(evalLoggamma),
		fdiff: fdiff1(func(x Expr) Expr { return fnPolygamma.call(Zero, x) }),
		evalf: unary(evalfLoggamma),
		evalc: func(z []complex128) (complex128, bool) {
			if len(z) != 1 || imag(z[0]) != 0 {
				return 0, false
			}
			x := real(z[0])
			v, _ := math.Lgamma(x)
			if x > 0 {
				return complex(v, 0), true
			}
			if x == math.Trunc(x) {
				return 0, false
			}
			return complex(v, -math.Pi*math.Ceil(-x)), true
		},
		real: func(a []Expr) Tri {
			switch {
			case IsPositive(a[0]) == True:
				return True
			case isNonpositive(a[0]) == True:
				return False
			}
			return Unknown
		},
		lacks: lack(lackGammaSeries, "series"),
	}
	fnPolygamma.hooks = hooks{
		eval: func(a []Expr) Expr { return evalPolygamma(a[0], a[1]) },
		fdiff: func(a []Expr, i int) Expr {
			if i == 1 {
				return fnPolygamma.call(NewAdd(a[0], One), a[1])
			}
			return nil // SymPy's ArgumentIndexError: the derivative stays
		},
		evalf: evalfPolygamma,
		evalc: func(z []complex128) (complex128, bool) {
			if len(z) != 2 || imag(z[0]) != 0 || imag(z[1]) != 0 {
				return 0, false
			}
			m := real(z[0])
			if m != math.Trunc(m) || m < 0 || m > 50 {
				return 0, false
			}
			return complex(polygamma64(int(m), real(z[1])), 0), true
		},
		real: func(a []Expr) Tri {
			if IsPositive(a[0]) == True && IsPositive(a[1]) == True {
				return True
			}
			return Unknown
		},
		lacks: lack(lackGammaSeries, "series"),
	}
	alias := lack(lackAlias, "fdiff", "evalf", "evalc", "real", "series")
	fnDigamma.hooks = hooks{eval: func(a []Expr) Expr { return fnPolygamma.call(Zero, a[0]) }, lacks: alias}
	fnTrigamma.hooks = hooks{eval: func(a []Expr) Expr { return fnPolygamma.call(One, a[0]) }, lacks: alias}
	fnZeta.hooks = hooks{
		evalc: func(z []complex128) (complex128, bool) {
			a := 1.0
			if len(z) == 2 {
				if imag(z[1]) != 0 || real(z[1]) <= 0 {
					return 0, false
				}
				a = real(z[1])
			}
			if imag(z[0]) != 0 || real(z[0]) <= 1 {
				return 0, false
			}
			return complex(hurwitzZeta64(real(z[0]), a), 0), true
		},
		eval: evalZeta,
		fdiff: func(a []Expr, i int) Expr {
			if i != 1 {
				return nil // SymPy's ArgumentIndexError
			}
			return Neg(NewMul(a[0], fnZeta.call(NewAdd(a[0], One), a[1])))
		},
		evalf: evalfZeta,
		tex: func(p *texPrinter, f *Func, args []string, exp string) string {
			tex := texParen(args[0])
			if len(args) == 2 {
				tex = texParen(args[0] + ", " + args[1])
			}
			if exp != "" {
				return `\zeta^{` + exp + `}` + tex
			}
			return `\zeta` + tex
		},
		lacks: lack(lackZetaReal, "real", "series"),
	}
	fnHarmonic.hooks = hooks{
		eval: evalHarmonic,
		fdiff: func(a []Expr, i int) Expr {
			if i != 0 {
				return nil
			}
			m := Expr(One)
			if len(a) == 2 {
				m = a[1]
			}
			return NewMul(m, fnZeta.call(NewAdd(m, One), NewAdd(a[0], One)))
		},
		evalf: evalfHarmonic,
		evalc: func(z []complex128) (complex128, bool) {
			if len(z) != 1 || imag(z[0]) != 0 {
				return 0, false
			}
			return complex(polygamma64(0, real(z[0])+1)+eulerGamma64, 0), true
		},
		lacks: also(lack(lackZetaReal, "real"), lackGammaSeries, "series"),
	}
}

// isIntLike is SymPy's intlike: an Integer or a Float with an integral
// value.
func isIntLike(e Expr) bool {
	switch x := e.(type) {
	case *Integer:
		return true
	case *Float:
		return x.v.IsFinite() && x.v.IsInt()
	}
	return false
}

// evalGamma is gamma.eval: (n-1)! at positive integers, zoo at the
// others, closed forms with sqrt(pi) at half-integers, oo at oo.
func evalGamma(x Expr) Expr {
	switch {
	case x == Oo:
		return Oo
	case isIntLike(x):
		if numPositive(x) {
			return fnFactorial.call(Sub(x, One))
		}
		return Zoo
	}
	r, ok := x.(*Rational)
	if !ok || r.r.Denom().Cmp(big.NewInt(2)) != 0 || !r.r.Num().IsInt64() {
		return nil
	}
	p := r.r.Num().Int64()
	n := abs64(p) / 2
	k, coeff := n, int64(1)
	if p < 0 {
		n++
		k = n
		if n%2 == 1 {
			coeff = -1
		}
	}
	if n > 100000 {
		panic(notImpl("gamma of a half-integer this large (SymPy writes out a product of " + fmt.Sprint(n) + " odd numbers)"))
	}
	c := new(big.Int).Mul(big.NewInt(coeff), mulRangeStep(3, 2*k-1))
	pow2 := NewBigInt(new(big.Int).Lsh(big.NewInt(1), uint(n)))
	if p > 0 {
		return Div(NewMul(NewBigInt(c), Sqrt(Pi)), pow2)
	}
	return Div(NewMul(pow2, Sqrt(Pi)), NewBigInt(c))
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// mulRangeStep is a*(a+2)*...*b, 1 when a > b.
func mulRangeStep(a, b int64) *big.Int {
	r := big.NewInt(1)
	for i := a; i <= b; i += 2 {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

// gammaReal is gamma._eval_is_real: real at positive or non-integer
// arguments, not at the poles.
func gammaReal(a []Expr) Tri {
	x := a[0]
	switch {
	case isNonpositive(x) == True && IsIntegerValued(x) == True:
		return False
	case isIntLike(x) && !numPositive(x):
		return False
	case IsPositive(x) == True || IsIntegerValued(x) == False && IsReal(x) == True:
		return True
	}
	return Unknown
}

// evalLoggamma is loggamma.eval.
func evalLoggamma(z Expr) Expr {
	if f, ok := z.(*Float); ok && f.Sign() == 0 {
		return Oo // 0.0 is an integer to SymPy's assumptions
	}
	if IsIntegerValued(z) == True {
		if isNonpositive(z) == True {
			return Oo
		}
		if IsPositive(z) == True {
			return fnLog.call(fnGamma.call(z))
		}
	} else if r, ok := z.(*Rational); ok && r.r.Sign() > 0 && r.r.Denom().Cmp(big.NewInt(2)) == 0 {
		p := NewBigInt(r.r.Num())
		return fnLog.call(Div(NewMul(Sqrt(Pi), NewPow(Two, Sub(One, p)), fnGamma.call(p)), fnGamma.call(NewMul(NewAdd(p, One), Half))))
	}
	switch {
	case z == Oo:
		return Oo
	case z == NegOo || z == Zoo || imagInfinite(z):
		return Zoo
	}
	return nil
}

// evalPolygamma is polygamma.eval: the poles, oo, loggamma for n = -1,
// harmonic numbers and Choi's closed form (denominators up to 6) for
// digamma, zeta values for higher orders at integers and 1/2.
func evalPolygamma(n, z Expr) Expr {
	switch {
	case z == Oo:
		if IsZero(n) == True {
			return Oo
		}
		return Zero
	case IsInteger(z) && isNonpositive(z) == True:
		return Zoo
	case isInt(n, -1):
		return Sub(fnLoggamma.call(z), Div(fnLog.call(NewMul(Two, Pi)), Two))
	case IsZero(n) == True:
		if z == NegOo || imagInfinite(z) {
			return Oo
		}
		if zi, ok := z.(*Integer); ok {
			return Sub(fnHarmonic.call(Sub(zi, One)), EulerGamma)
		}
		if r, ok := z.(*Rational); ok && r.r.Denom().Cmp(big.NewInt(6)) <= 0 {
			return digammaRational(r.r)
		}
	case IsIntegerValued(n) == True && isNonnegative(n) == True:
		ni, ok := n.(*Integer)
		if !ok || !ni.IsInt64() {
			return nil
		}
		sign := NegOne
		if ni.Int64()%2 == 1 {
			sign = One
		}
		f := fnFactorial.call(ni)
		s := NewAdd(ni, One)
		switch {
		case IsInteger(z):
			return NewMul(sign, f, fnZeta.call(s, z))
		case Equal(z, Half):
			c := Sub(NewPow(Two, s), One)
			return NewMul(sign, f, c, fnZeta.call(s))
		}
	}
	return nil
}

// imagInfinite reports z = c*I with c = oo or -oo (SymPy's
// z.extract_multiplicatively(I) in (oo, -oo)).
func imagInfinite(z Expr) bool {
	c := imagCoeff(z)
	return c == Oo || c == NegOo
}

// digammaRational is polygamma(0, p/q) by polygamma._eval_expand_func
// (J. Choi, 2007): -EulerGamma - pi*cot(pi*p/q)/2 - log(q) + sum over
// k < q of cos(2*pi*k*p/q)*log(2*sin(pi*k/q)), then the shift by the
// integer part.
func digammaRational(r *big.Rat) Expr {
	p, q := NewBigInt(r.Num()), NewBigInt(r.Denom())
	qq := r.Denom().Int64()
	terms := []Expr{Neg(EulerGamma), Neg(Div(NewMul(Pi, fnCot.call(Div(NewMul(p, Pi), q))), Two)), Neg(fnLog.call(q))}
	for k := int64(1); k < qq; k++ {
		kk := NewInt(k)
		c := fnCos.call(Div(NewMul(Two, kk, Pi, p), q))
		l := fnLog.call(NewMul(Two, fnSin.call(Div(NewMul(kk, Pi), q))))
		terms = append(terms, NewMul(c, l))
	}
	part1 := NewAdd(terms...)
	fl := new(big.Int).Div(r.Num(), r.Denom()) // floor
	if r.Sign() > 0 {
		z0 := Sub(ratFrom(r), NewBigInt(fl))
		var s []Expr
		for k := int64(0); k < fl.Int64(); k++ {
			s = append(s, Div(One, NewAdd(z0, NewInt(k))))
		}
		return NewAdd(part1, NewAdd(s...))
	}
	n := new(big.Int).Sub(r.Denom(), r.Num())
	n.Div(n, r.Denom()) // floor(1 - z)
	z0 := NewAdd(ratFrom(r), NewBigInt(n))
	var s []Expr
	for k := int64(0); k < n.Int64(); k++ {
		s = append(s, Div(One, Sub(Sub(z0, One), NewInt(k))))
	}
	return Sub(part1, NewAdd(s...))
}

// evalZeta is zeta.eval for zeta(s) and the Hurwitz zeta(s, a).
func evalZeta(args []Expr) Expr {
	s := args[0]
	var a Expr
	if len(args) == 2 {
		a = args[1]
	}
	switch {
	case a != nil && isInt(a, 1):
		return fnZeta.call(s)
	case s == NaN || a == NaN:
		return NaN
	case isInt(s, 1):
		return Zoo
	case s == Oo:
		return One
	case a == Oo:
		return Zero
	}
	si, sint := s.(*Integer)
	if a == nil {
		a = One
	}
	switch {
	case sint && si.Sign() <= 0:
		if !si.IsInt64() || si.Int64() < -2000 {
			return nil
		}
		m := 1 - si.Int64()
		return Div(bernoulliPoly(m, a), Sub(s, One))
	case isInt(a, 1):
		if sint && si.Sign() > 0 && si.IsInt64() && si.Int64()%2 == 0 && si.Int64() <= 2000 {
			return zetaEven(si.Int64())
		}
	case sint:
		if ai, ok := a.(*Integer); ok && ai.Sign() > 0 {
			return Sub(fnZeta.call(s), fnHarmonic.call(Sub(a, One), s))
		}
	}
	if ai, ok := a.(*Integer); ok && ai.Sign() <= 0 && (IsIntegerValued(s) == False || notNonpositive(s)) {
		return NaN
	}
	return nil
}

// zetaEven is zeta(s) for an even s > 0: (-1)**(s/2+1) B_s (2 pi)**s / (2 s!).
func zetaEven(s int64) Expr {
	b := bernoulliNumbers(int(s))[s]
	fact := new(big.Int).MulRange(1, s)
	c := new(big.Rat).Mul(b, new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), uint(s)), new(big.Int).Mul(big.NewInt(2), fact)))
	if (s/2+1)%2 == 1 {
		c.Neg(c)
	}
	return NewMul(ratFrom(c), NewPow(Pi, NewInt(s)))
}

// evalHarmonic is harmonic.eval for harmonic(n) and harmonic(n, m).
func evalHarmonic(args []Expr) Expr {
	n := args[0]
	var m Expr = One
	if len(args) == 2 {
		if isInt(args[1], 1) {
			return fnHarmonic.call(n)
		}
		m = args[1]
	}
	switch {
	case IsZero(n) == True:
		return Zero
	case IsZero(m) == True:
		return n
	case n == Oo:
		switch {
		case IsNegative(m) == True:
			return NaN
		case isLe(m, One) == True:
			return Oo
		case isLe(m, One) == False && IsReal(m) == True:
			return fnZeta.call(m)
		}
		return nil
	}
	if mi, ok := m.(*Integer); ok && mi.Sign() <= 0 && mi.IsInt64() && mi.Int64() > -2000 {
		k := 1 - mi.Int64()
		b := bernoulliNumbers(int(k))[k]
		if k == 1 {
			b = big.NewRat(1, 2) // SymPy 1.14's bernoulli(1) is +1/2
		}
		return Div(Sub(bernoulliPoly(k, NewAdd(n, One)), ratFrom(b)), NewInt(k))
	}
	ni, ok := n.(*Integer)
	if !ok {
		return nil
	}
	if ni.Sign() < 0 {
		if IsIntegerValued(m) == False || notNonpositive(m) {
			if isInt(m, 1) {
				return Zoo
			}
			return NaN
		}
		return nil
	}
	if !ni.IsInt64() || ni.Int64() > 1000000 {
		panic(notImpl("harmonic numbers beyond 10**6 as exact fractions"))
	}
	nn := ni.Int64()
	if mi, ok := m.(*Integer); ok && mi.IsInt64() {
		e := mi.Int64()
		if e <= 0 {
			s := new(big.Int)
			for k := int64(1); k <= nn; k++ {
				s.Add(s, new(big.Int).Exp(big.NewInt(k), big.NewInt(-e), nil))
			}
			return NewBigInt(s)
		}
		p, q := powerSum(1, nn+1, e)
		return ratFrom(new(big.Rat).SetFrac(p, q))
	}
	terms := make([]Expr, 0, nn)
	for k := int64(1); k <= nn; k++ {
		terms = append(terms, NewPow(NewInt(k), Neg(m)))
	}
	return NewAdd(terms...)
}

// notNonpositive is SymPy's is_nonpositive is False: positive, or not
// real.
func notNonpositive(e Expr) bool { return IsPositive(e) == True || IsReal(e) == False }

// powerSum is the sum of 1/k**e for a <= k < b as an unreduced
// fraction p/q, by binary splitting (harmonic(30000) summed term by term
// in reduced rationals took half a minute), polling Ctrl-C.
func powerSum(a, b, e int64) (p, q *big.Int) {
	if b-a == 1 {
		return big.NewInt(1), new(big.Int).Exp(big.NewInt(a), big.NewInt(e), nil)
	}
	checkInterrupt()
	m := (a + b) / 2
	p1, q1 := powerSum(a, m, e)
	p2, q2 := powerSum(m, b, e)
	p = new(big.Int).Add(new(big.Int).Mul(p1, q2), new(big.Int).Mul(p2, q1))
	return p, q1.Mul(q1, q2)
}

// isLe is SymPy's is_le for numbers: True, False or Unknown.
func isLe(a, b Expr) Tri {
	d := Sub(b, a)
	if isNonnegative(d) == True {
		return True
	}
	if IsNegative(d) == True {
		return False
	}
	return Unknown
}

// realGamma is the evalf hook of a one-argument function of the gamma
// family on the reals: f's NaN (a pole) is zoo; a complex argument is
// refused.
func realGamma(name string, f func(mpf.Float, int) mpf.Float) evalfHook {
	return unary(func(ev *evaluator, a cval) (cval, error) {
		if err := gammaPrec(ev); err != nil {
			return cval{}, err
		}
		if !a.isReal() {
			if name == "factorial" {
				return complexGammaEvalf(ev, ev.add(a, ev.one()))
			}
			return complexGammaEvalf(ev, a)
		}
		v := f(a.re, ev.wp)
		if v.IsNaN() {
			if name == "gamma" {
				return cval{}, errInfinite
			}
			if a.re.IsInt() {
				return cval{}, errGammaPole
			}
			return cval{}, notImpl("dcalc evaluates " + name + " of arguments this large only through SymPy")
		}
		return ev.real(v), nil
	})
}

// maxGammaBits bounds the working precision of the gamma family's
// numerical values (about 1,000 digits, a few seconds): beyond it the
// Bernoulli numbers Stirling's series needs take minutes, and the mpf
// loops do not poll Ctrl-C.
const maxGammaBits = 7000

// gammaPrec refuses precisions beyond maxGammaBits.
func gammaPrec(ev *evaluator) error {
	if ev.wp > maxGammaBits {
		return notImpl("dcalc evaluates the gamma family (gamma, loggamma, polygamma, zeta, harmonic) to about 1,000 digits at most")
	}
	return nil
}

// errGammaPole is mpmath's error at a pole of gamma, which SymPy passes
// on from factorial(-2.0) and loggamma(-2.0).
var errGammaPole = &Error{Type: "ValueError", Msg: "gamma function pole"}

// evalfLoggamma is loggamma on the reals: log(gamma(x)) for x > 0 and
// mpmath's principal branch log|gamma(x)| - pi*ceiling(-x)*I for
// negative non-integers; the poles are oo.
func evalfLoggamma(ev *evaluator, a cval) (cval, error) {
	if err := gammaPrec(ev); err != nil {
		return cval{}, err
	}
	if !a.isReal() {
		return complexLoggamma(ev, a)
	}
	x := a.re
	if x.Sign() > 0 {
		return ev.real(mpf.LogGamma(x, ev.wp)), nil
	}
	if x.IsZero() || x.IsInt() {
		return cval{}, errGammaPole
	}
	g := mpf.Gamma(x, ev.wp+10)
	if g.IsNaN() {
		return cval{}, notImpl("loggamma of an argument this large")
	}
	re := mpf.Log(g.Abs(), ev.wp)
	r := x.ToRat()
	k := new(big.Int).Div(r.Num(), r.Denom()) // floor(x): Div rounds down for a positive divisor
	k.Neg(k)                                  // ceiling(-x)
	im := mpf.Mul(mpf.FromInt(k, ev.wp), mpf.Pi(ev.wp+10), ev.wp).Neg()
	return cval{re, im}, nil
}

// bernoulli64 are B_2, B_4, ..., B_20 in float64 for the
// machine-precision series.
var bernoulli64 = []float64{1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510, 43867.0 / 798, -174611.0 / 330}

// hurwitzZeta64 is zeta(s, a) in float64 for real s > 1 and a > 0, by
// Euler-Maclaurin summation after ten terms.
func hurwitzZeta64(s, a float64) float64 {
	const n = 10
	sum := 0.0
	for k := 0; k < n; k++ {
		sum += math.Pow(a+float64(k), -s)
	}
	y := a + n
	sum += math.Pow(y, 1-s)/(s-1) + math.Pow(y, -s)/2
	// B_2j/(2j)! * s(s+1)...(s+2j-2) * y^(-s-2j+1)
	b := bernoulli64[:8]
	rising := s // s(s+1)...(s+2j-2)
	fact := 2.0 // (2j)!
	for j := 1; j <= len(b); j++ {
		sum += b[j-1] / fact * rising * math.Pow(y, -s-float64(2*j)+1)
		rising *= (s + float64(2*j) - 1) * (s + float64(2*j))
		fact *= float64(2*j+1) * float64(2*j+2)
	}
	return sum
}

// evalfPolygamma is polygamma._eval_evalf for an integer order m >= 0
// and a real argument: zoo at the poles.
func evalfPolygamma(ev *evaluator, a []cval) (cval, error) {
	if err := gammaPrec(ev); err != nil {
		return cval{}, err
	}
	if len(a) != 2 || !a[0].isReal() || !a[1].isReal() || !a[0].re.IsInt() && !a[0].re.IsZero() {
		return cval{}, notImpl("dcalc evaluates polygamma of an integer order and a real argument only")
	}
	m := a[0].re.ToFloat64()
	if m < 0 || m > 1000 {
		return cval{}, notImpl("dcalc evaluates polygamma of orders 0 to 1000 only")
	}
	if z := a[1].re; z.IsZero() || z.Sign() < 0 && z.IsInt() {
		return cval{}, errInfinite
	}
	v := mpf.Polygamma(int(m), a[1].re, ev.wp)
	if v.IsNaN() {
		return cval{}, notImpl("polygamma of an argument this large")
	}
	return ev.real(v), nil
}

// evalfZeta evaluates zeta(s) for an integer s >= 2 through polygamma:
// zeta(s) = (-1)**s polygamma(s - 1, 1)/(s - 1)!, and the Hurwitz
// zeta(s, a) for a > 0 the same way at a.
func evalfZeta(ev *evaluator, a []cval) (cval, error) {
	if err := gammaPrec(ev); err != nil {
		return cval{}, err
	}
	s := a[0]
	at := mpf.FromInt64(1, ev.wp)
	if len(a) == 2 {
		if !a[1].isReal() || a[1].re.Sign() <= 0 {
			return cval{}, notImpl("dcalc evaluates the Hurwitz zeta at positive real points only")
		}
		at = a[1].re
	}
	if !s.isReal() || !s.re.IsInt() || s.re.ToFloat64() < 2 || s.re.ToFloat64() > 1000 {
		return cval{}, notImpl("dcalc evaluates zeta at the integers 2 to 1000 only")
	}
	n := int(s.re.ToFloat64())
	v := mpf.Polygamma(n-1, at, ev.wp+10)
	v = mpf.Quo(v, mpf.FromInt(new(big.Int).MulRange(1, int64(n-1)), ev.wp+10), ev.wp)
	if n%2 == 1 {
		v = v.Neg()
	}
	return ev.real(v), nil
}

// evalfHarmonic is harmonic._eval_evalf for real n > -1: polygamma(0,
// n + 1) + EulerGamma, and for an order m >= 2 zeta(m) - zeta(m, n + 1).
func evalfHarmonic(ev *evaluator, a []cval) (cval, error) {
	if err := gammaPrec(ev); err != nil {
		return cval{}, err
	}
	if !a[0].isReal() || len(a) == 2 && !a[1].isReal() {
		return cval{}, notImpl("dcalc evaluates harmonic numbers of real arguments only")
	}
	n1 := mpf.Add(a[0].re, mpf.FromInt64(1, ev.wp), ev.wp+10)
	if n1.Sign() <= 0 {
		return cval{}, notImpl("dcalc evaluates harmonic(n) for n > -1 only")
	}
	if len(a) == 1 || a[1].re.IsInt() && a[1].re.ToFloat64() == 1 {
		return ev.real(mpf.Add(mpf.Polygamma(0, n1, ev.wp+10), eulerGamma(ev.wp+10), ev.wp)), nil
	}
	z1, err := evalfZeta(ev, []cval{a[1]})
	if err != nil {
		return z1, err
	}
	z2, err := evalfZeta(ev, []cval{a[1], ev.real(n1)})
	if err != nil {
		return z2, err
	}
	return ev.sub(z1, z2), nil
}

// eulerGamma64 is Euler's constant in float64.
const eulerGamma64 = 0.57721566490153286061

// lanczos are the coefficients of Lanczos's approximation, g = 7, n = 9.
var lanczos = [...]float64{0.99999999999980993, 676.5203681218851, -1259.1392167224028,
	771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
	9.9843695780195716e-6, 1.5056327351493116e-7}

// complexGamma is gamma at machine precision: Go's math.Gamma on the
// reals, Lanczos's approximation (with the reflection formula left of
// 1/2) elsewhere.
func complexGamma(z complex128) complex128 {
	if imag(z) == 0 {
		return complex(math.Gamma(real(z)), 0)
	}
	if real(z) < 0.5 {
		return complex(math.Pi, 0) / (cmplx.Sin(math.Pi*z) * complexGamma(1-z))
	}
	z--
	x := complex(lanczos[0], 0)
	for i := 1; i < len(lanczos); i++ {
		x += complex(lanczos[i], 0) / (z + complex(float64(i), 0))
	}
	t := z + 7.5
	return complex(math.Sqrt(2*math.Pi), 0) * cmplx.Pow(t, z+0.5) * cmplx.Exp(-t) * x
}

// polygamma64 is polygamma(m, x) in float64 for real x: shifted up to
// x >= 20 + m, then the asymptotic series (mpf.Polygamma's method).
func polygamma64(m int, x float64) float64 {
	if x <= 0 && x == math.Trunc(x) {
		return math.NaN()
	}
	b := bernoulli64
	fm := 1.0 // m!
	for i := 2; i <= m; i++ {
		fm *= float64(i)
	}
	shift := 0.0
	sign := 1.0
	if m%2 == 1 {
		sign = -1
	}
	for ; x < 20+float64(m); x++ {
		shift += math.Pow(x, -float64(m+1)) // ψ⁽ᵐ⁾(x) = ψ⁽ᵐ⁾(x+1) - (-1)^m m!/x^(m+1)
	}
	var s float64
	if m == 0 {
		s = math.Log(x) - 1/(2*x)
		for k := 1; k <= len(b); k++ {
			s -= b[k-1] / (float64(2*k) * math.Pow(x, float64(2*k)))
		}
		return s - shift
	}
	s = fm/float64(m)/math.Pow(x, float64(m)) + fm/(2*math.Pow(x, float64(m+1)))
	c := fm / float64(m) // (2k+m-1)!/(2k)! starts at (m-1)!/0! for k = 0
	for k := 1; k <= len(b); k++ {
		c *= float64(2*k+m-2) * float64(2*k+m-1) / float64((2*k-1)*(2*k))
		s += b[k-1] * c / math.Pow(x, float64(2*k+m))
	}
	if m%2 == 0 {
		s = -s
	}
	return s - sign*fm*shift
}

// complexLoggamma is mpmath's loggamma at a complex z off the real
// axis: the principal branch, continuous away from the negative reals,
// with loggamma(z + 1) = loggamma(z) + log(z) — Stirling's series at z +
// n with Re(z + n) large, less the logs of z, z + 1, ..., z + n - 1.
func complexLoggamma(ev *evaluator, z cval) (cval, error) {
	saved := ev.wp
	defer func() { ev.wp = saved }()
	bound := float64(saved)/8 + 8
	zr, zi := z.re.ToFloat64(), z.im.ToFloat64()
	if math.Abs(zr) > 1e6 || math.Abs(zi) > 1e6 {
		return cval{}, notImpl("dcalc evaluates loggamma of complex numbers up to 10**6 in size only")
	}
	n := 0
	if zr < bound {
		n = int(math.Ceil(bound - zr))
	}
	ev.wp = saved + 20 + mpf.BitsOf(float64(n)+math.Abs(zi))
	y := ev.add(z, ev.real(mpf.FromInt64(int64(n), ev.wp)))
	ly, err := ev.log(y)
	if err != nil {
		return cval{}, err
	}
	half := ev.real(mpf.FromRat(big.NewRat(1, 2), ev.wp))
	s := ev.sub(ev.mul(ev.sub(y, half), ly), y)
	s = ev.add(s, ev.real(mpf.Quo(mpf.Log(mpf.Mul(mpf.FromInt64(2, ev.wp), mpf.Pi(ev.wp), ev.wp), ev.wp), mpf.FromInt64(2, ev.wp), ev.wp)))
	y2 := ev.mul(y, y)
	p := y
	for k := 1; ; k++ {
		b := mpf.Bernoulli2k(k + 1)[k]
		c := ev.real(mpf.FromRat(new(big.Rat).Quo(b, big.NewRat(int64(2*k*(2*k-1)), 1)), ev.wp))
		t, err := ev.quo(c, p)
		if err != nil {
			return cval{}, err
		}
		s = ev.add(s, t)
		if m, ok := ev.abs(t).Mag(); !ok || m < magOr(ev.abs(s))-ev.wp-4 || k > 4*ev.wp {
			break
		}
		p = ev.mul(p, y2)
	}
	for k := 0; k < n; k++ {
		l, err := ev.log(ev.add(z, ev.real(mpf.FromInt64(int64(k), ev.wp))))
		if err != nil {
			return cval{}, err
		}
		s = ev.sub(s, l)
	}
	ev.wp = saved
	return cval{s.re.WithPrec(saved), s.im.WithPrec(saved)}, nil
}

// magOr is the binary magnitude of x, or a very small number for 0.
func magOr(x mpf.Float) int {
	if m, ok := x.Mag(); ok {
		return m
	}
	return math.MinInt32
}

// complexGammaEvalf is gamma at a complex z: exp(loggamma(z)), with the
// guard bits exp needs for the size of loggamma.
func complexGammaEvalf(ev *evaluator, z cval) (cval, error) {
	saved := ev.wp
	defer func() { ev.wp = saved }()
	size := math.Hypot(z.re.ToFloat64(), z.im.ToFloat64())
	ev.wp = saved + 10 + mpf.BitsOf(size*math.Log(size+2)+2)
	l, err := complexLoggamma(ev, z)
	if err != nil {
		return cval{}, err
	}
	r := ev.exp(l)
	return cval{r.re.WithPrec(saved), r.im.WithPrec(saved)}, nil
}
