package engine

import (
	"math"
	"math/big"
	"slices"
)

// Tri is a fuzzy truth value: True, False or Unknown (SymPy's True, False,
// None).
type Tri int8

// The fuzzy truth values.
const (
	Unknown Tri = iota
	True
	False
)

func triOf(b bool) Tri {
	if b {
		return True
	}
	return False
}

func (t Tri) not() Tri {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Unknown
}

// andTri is fuzzy_and of two facts.
func andTri(a, b Tri) Tri {
	switch {
	case a == False || b == False:
		return False
	case a == True && b == True:
		return True
	}
	return Unknown
}

// orTri is fuzzy_or of two facts: not (not a and not b).
func orTri(a, b Tri) Tri { return andTri(a.not(), b.not()).not() }

// isZeroFact computes IsZero.
func isZeroFact(e Expr) Tri {
	e = assumedSymbol(e)
	if pw, ok := isCall(e, fnPiecewise); ok {
		return piecewiseFact(pw, IsZero)
	}
	switch x := e.(type) {
	case *Integer, *Rational, *Float:
		return triOf(isZeroNum(e))
	case *Add:
		// an integer plus a non-integer rational (n + 1/2)
		if _, ok := x.args[0].(*Rational); ok && IsIntegerValued(addRest(x.args[1:])) == True {
			return False
		}
	case *Special, *Constant:
		return False
	case *Symbol:
		if x.assume.Nonzero {
			return False
		}
		return Unknown
	case *Pow:
		if IsZero(x.Base()) == False && IsFinite(x.Exp()) == True {
			return False
		}
	case *Mul:
		all := true
		for _, a := range x.args {
			z := IsZero(a)
			if z == True && IsFinite(x) == True {
				return True
			}
			if z != False {
				all = false
			}
		}
		if all {
			return False
		}
	case *Func:
		if x.def == fnExp {
			// exp._eval_is_zero: only exp(-oo) is zero
			return triOf(x.args[0] == NegOo)
		}
	}
	if parity(e) == 1 {
		return False // an odd integer
	}
	if p := IsPositive(e); p == True {
		return False
	}
	if n := IsNegative(e); n == True {
		return False
	}
	if IsReal(e) == False {
		return False // zero is real: 1 + I, -1 - (-1)**(1/3)
	}
	return Unknown
}

// isFiniteFact computes IsFinite.
func isFiniteFact(e Expr) Tri {
	e = assumedSymbol(e)
	if pw, ok := isCall(e, fnPiecewise); ok {
		return piecewiseFact(pw, IsFinite)
	}
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Constant:
		return True
	case *Special:
		return False
	case *Symbol:
		// every real assumption (real, integer, positive, nonzero ...)
		// implies finite in SymPy
		a := x.assume
		if a.Real || a.Integer || a.Positive || a.Negative || a.Nonnegative || a.Nonpositive || a.Nonzero {
			return True
		}
		return Unknown
	case *Add, *Mul:
		for _, a := range x.Args() {
			if IsFinite(a) != True {
				return Unknown
			}
		}
		return True
	case *Pow:
		// a finite base to a finite power is finite unless the base may
		// be 0 under a power that may be negative
		b, ex := x.Base(), x.Exp()
		if IsFinite(b) != True || IsFinite(ex) != True {
			return Unknown
		}
		if z, ok := ex.(*Integer); ok && z.Sign() >= 0 {
			return True
		}
		if IsPositive(ex) == True || IsZero(b) == False {
			return True
		}
	case *Func:
		if x.def == fnHeaviside || x.def == fnDiracDelta {
			return True // SymPy's classes say is_real = True, which implies finite
		}
		if x.def == fnArg {
			return True // arg's class says is_finite = True (a value in (-pi, pi])
		}
		if x.def == fnSinc && IsReal(x.args[0]) == True {
			return True // sinc._eval_is_finite
		}
		if finiteWithArgs[x.def] {
			for _, a := range x.args {
				if IsFinite(a) != True {
					return Unknown
				}
			}
			return True
		}
		if x.def == fnLog && len(x.args) == 1 && IsPositive(x.args[0]) == True && IsFinite(x.args[0]) == True {
			return True
		}
		if finiteWhenReal[x.def] && x.def.real(x.args) == True {
			return True // SymPy's is_real implies is_finite
		}
		if x.def == fnLambertW && IsFinite(x.args[0]) == True {
			return True // LambertW._eval_is_finite
		}
	}
	return Unknown
}

// finiteWhenReal are the functions whose real hook is SymPy's is_real
// (finite real values), not extended realness.
var finiteWhenReal = map[*FuncDef]bool{fnGamma: true, fnLoggamma: true, fnPolygamma: true}

// finiteWithArgs are the functions finite wherever their arguments are
// finite (no poles).
var finiteWithArgs = map[*FuncDef]bool{
	fnSin: true, fnCos: true, fnExp: true, fnAtan: true, fnSinh: true, fnCosh: true, fnTanh: true,
	fnAbs: true, fnSign: true, fnFloor: true, fnCeiling: true, fnRe: true, fnIm: true, fnErf: true,
	fnErfc: true, fnErfi: true, fnConjugate: true, fnMax: true, fnMin: true,
}

// isRealFact computes IsReal.
func isRealFact(e Expr) Tri {
	e = assumedSymbol(e)
	switch x := e.(type) {
	case *Integer, *Rational, *Float:
		return True
	case *Special:
		if x == Oo || x == NegOo {
			return True
		}
		return False
	case *Constant:
		return triOf(x != I)
	case *Symbol:
		if x.assume.Real {
			return True
		}
		return Unknown
	case *Add, *Mul:
		nonReal := 0
		for _, a := range x.Args() {
			switch IsReal(a) {
			case Unknown:
				return numericNonReal(e)
			case False:
				nonReal++
			}
		}
		if nonReal == 0 {
			return True
		}
		if _, isAdd := e.(*Add); isAdd {
			// Add's _fuzzy_group: one term off the real line makes the
			// sum non-real; two might cancel, so SymPy leaves it
			// undecided (the complex forms of a real cubic's roots stay
			// among solve's solutions for a real symbol)
			if nonReal > 1 {
				return Unknown
			}
			return False
		}
		if nonReal == 1 && oneRootOfMinusOne(x.Args()) {
			return False
		}
		return numericNonReal(e)
	case *Pow:
		b, ex := x.Base(), x.Exp()
		if IsReal(b) == True && IsInteger(ex) {
			return True
		}
		// an integer power of a real base, the base nonzero or the
		// power nonnegative ((-1)**n)
		if IsReal(b) == True && IsIntegerValued(ex) == True && (IsZero(b) == False || isNonnegative(ex) == True) {
			return True
		}
		if IsIntegerValued(ex) == True && Equal(b, ex) {
			return True // n**n is rational, 0**0 included
		}
		if IsPositive(b) == True && IsReal(ex) == True {
			return True
		}
		// Pow._eval_is_extended_real: a nonnegative base to a
		// nonnegative power
		if isNonnegative(b) == True && isNonnegative(ex) == True {
			return True
		}
		// a negative base to a non-integer rational power is on the
		// principal branch off the real line ((-1)**(1/3))
		if _, ok := ex.(*Rational); ok && IsNegative(b) == True {
			return False
		}
	case *Func:
		if x.def.real != nil {
			return x.def.real(x.args)
		}
	}
	return Unknown
}

// isIntegerFact computes IsIntegerValued.
func isIntegerFact(e Expr) Tri {
	if pw, ok := isCall(e, fnPiecewise); ok {
		return piecewiseFact(pw, IsIntegerValued)
	}
	e = assumedSymbol(e)
	switch x := e.(type) {
	case *Integer:
		return True
	case *Rational, *Special:
		return False
	case *Float:
		return Unknown
	case *Constant:
		return False
	case *Symbol:
		if x.assume.Integer {
			return True
		}
		return Unknown
	case *Add, *Mul:
		if m, ok := x.(*Mul); ok {
			// p/2 times an even integer is one; times an odd one, not
			if r, ok := m.args[0].(*Rational); ok && r.r.Denom().Cmp(big.NewInt(2)) == 0 {
				switch parity(mulRest(m.args[1:])) {
				case 0:
					return True
				case 1:
					return False
				}
			}
		}
		if a, ok := x.(*Add); ok {
			// integers plus one known non-integer rational (n + o/2)
			off := 0
			for _, t := range a.args {
				if IsIntegerValued(t) == True {
					continue
				}
				if IsIntegerValued(t) == False && rationalFact(t) == True {
					off++
					continue
				}
				return Unknown
			}
			if off == 1 {
				return False
			}
		}
		for _, a := range x.Args() {
			if IsIntegerValued(a) != True {
				return Unknown
			}
		}
		return True
	case *Pow:
		if IsIntegerValued(x.Base()) == True && IsIntegerValued(x.Exp()) == True && IsNegative(x.Exp()) == False {
			return True
		}
		if isInt(x.Base(), -1) && IsIntegerValued(x.Exp()) == True {
			return True // Pow._eval_is_integer: (-1)**n
		}
	case *Func:
		switch x.def {
		case fnKroneckerDelta:
			return True // KroneckerDelta.is_integer
		case fnAbs:
			if IsIntegerValued(x.args[0]) == True {
				return True
			}
		case fnFloor, fnCeiling:
			if IsReal(x.args[0]) == True {
				return True // RoundFunction: an integer for a real argument
			}
		}
	}
	return Unknown
}

// parity returns 0 for even, 1 for odd, -1 when unknown.
func parity(e Expr) int {
	switch x := assumedSymbol(e).(type) {
	case *Symbol:
		switch {
		case x.assume.Even:
			return 0
		case x.assume.Odd:
			return 1
		}
	case *Integer:
		if x.b != nil {
			return int(x.b.Bit(0))
		}
		return int(x.v & 1)
	case *Mul:
		if IsIntegerValued(x) != True || slices.ContainsFunc(x.args, func(a Expr) bool { return IsIntegerValued(a) != True }) {
			// e/2 for an even e is an integer of unknown parity
			return -1
		}
		for _, a := range x.args {
			if parity(a) == 0 {
				return 0
			}
		}
		for _, a := range x.args {
			if parity(a) != 1 {
				return -1
			}
		}
		return 1
	case *Add:
		p := 0
		for _, a := range x.args {
			q := parity(a)
			if q < 0 {
				return -1
			}
			p ^= q
		}
		return p
	case *Pow:
		// Pow._eval_is_even/odd: a positive integer power keeps the
		// base's parity, an odd base stays odd, (-1)**n is odd
		b, ex := x.Base(), x.Exp()
		if IsIntegerValued(ex) != True {
			return -1
		}
		if isInt(b, -1) {
			return 1
		}
		if IsPositive(ex) == True {
			return parity(b)
		}
		if isNonnegative(ex) == True && parity(b) == 1 {
			return 1
		}
	}
	return -1
}

// signFact computes signOf.
func signFact(e Expr, want int) Tri {
	e = assumedSymbol(e)
	if pw, ok := isCall(e, fnPiecewise); ok {
		return piecewiseFact(pw, func(a Expr) Tri { return signOf(a, want) })
	}
	switch e.(type) {
	case *Add, *Mul, *Pow, *Func:
		if isNumeric(e) {
			if v, ok := evalComplex(e); ok {
				switch {
				case imag(v) != 0:
					return False
				case real(v) > 1e-9*max(1, -real(v)):
					return triOf(want > 0)
				case real(v) < -1e-9:
					return triOf(want < 0)
				}
			}
		}
	}
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special:
		s, ok := numSign(e)
		if !ok {
			return False
		}
		return triOf(s == want)
	case *Constant:
		if x == I {
			return False
		}
		return triOf(want > 0)
	case *Symbol:
		a := x.assume
		switch {
		case want > 0 && a.Positive, want < 0 && a.Negative:
			return True
		case want > 0 && (a.Negative || a.Nonpositive), want < 0 && (a.Positive || a.Nonnegative):
			return False
		}
		return Unknown
	case *Mul:
		sign := 1
		for _, a := range x.args {
			switch {
			case IsPositive(a) == True:
			case IsNegative(a) == True:
				sign = -sign
			default:
				return weakMulSign(x.args, want)
			}
		}
		return triOf(sign == want)
	case *Add:
		all := true
		for _, a := range x.args {
			if signOf(a, want) != True {
				all = false
				break
			}
		}
		if all {
			return True
		}
		// Add._eval_is_positive/negative: terms all >= 0 with one > 0
		// make a positive sum; terms all >= 0 a sum that is not negative
		// (and the mirror image)
		nonneg, nonpos, pos, neg := true, true, false, false
		for _, a := range x.args {
			p, n := signOf(a, 1), signOf(a, -1)
			pos = pos || p == True
			neg = neg || n == True
			nonneg = nonneg && (p == True || n == False && IsReal(a) == True)
			nonpos = nonpos && (n == True || p == False && IsReal(a) == True)
			if !nonneg && !nonpos {
				return Unknown // no case below can hold
			}
		}
		switch {
		case nonneg && want < 0, nonpos && want > 0:
			return False
		case nonneg && pos && want > 0, nonpos && neg && want < 0:
			return True
		}
		return Unknown
	case *Pow:
		b, ex := x.Base(), x.Exp()
		if IsPositive(b) == True && IsReal(ex) == True {
			return triOf(want > 0)
		}
		if parity(ex) == 0 && IsReal(b) == True && IsZero(b) == False {
			return triOf(want > 0)
		}
		if parity(ex) == 1 && IsReal(b) == True && (isNonnegative(ex) == True || IsZero(b) == False) {
			return signOf(b, want) // (not 0**-1, which is zoo)
		}
		if parity(ex) == 0 && IsReal(b) == True && want < 0 && (isNonnegative(ex) == True || IsZero(b) == False) {
			return False // an even power of a real number is not negative (0**-2 is zoo)
		}
	case *Func:
		if x.def == fnExp && IsReal(x.args[0]) == True {
			return triOf(want > 0)
		}
		if x.def == fnGamma && IsPositive(x.args[0]) == True {
			return triOf(want > 0) // gamma._eval_is_positive
		}
		if x.def == fnAbs {
			if want < 0 {
				return False
			}
			if IsZero(x.args[0]) == False {
				return True
			}
		}
	}
	return Unknown
}

// isNonnegativeFact computes isNonnegative.
func isNonnegativeFact(e Expr) Tri {
	if pw, ok := isCall(e, fnPiecewise); ok {
		return piecewiseFact(pw, isNonnegative)
	}
	if IsPositive(e) == True || IsZero(e) == True {
		return True
	}
	if s, ok := e.(*Symbol); ok && s.assume.Nonnegative {
		return True
	}
	if p, ok := e.(*Pow); ok && parity(p.Exp()) == 0 && IsReal(p.Base()) == True &&
		(IsNegative(p.Exp()) == False || IsZero(p.Base()) == False || Equal(p.Base(), p.Exp())) {
		return True // not 0**-2, which is zoo (e**e: 0**0 is 1)
	}
	if isCallOf(e, fnAbs) {
		return True
	}
	if IsNegative(e) == False && IsReal(e) == True {
		return True
	}
	if IsNegative(e) == True {
		return False
	}
	return Unknown
}

// allNonnegative reports whether every one of es is known to be >= 0.
// weakMulSign is the sign of a product some of whose factors may be 0:
// when every factor is known >= 0 or <= 0, the product is >= 0 or <= 0
// by the count of the latter, so it is not negative, or not positive.
func weakMulSign(fs []Expr, want int) Tri {
	neg := 0
	for _, f := range fs {
		switch {
		case isNonnegative(f) == True:
		case isNonpositive(f) == True:
			neg++
		default:
			return Unknown
		}
	}
	if (neg%2 == 0) == (want < 0) {
		return False // >= 0 is not negative, <= 0 not positive
	}
	return Unknown
}

// isNonpositiveFact computes isNonpositive.
func isNonpositiveFact(e Expr) Tri {
	if pw, ok := isCall(e, fnPiecewise); ok {
		return piecewiseFact(pw, isNonpositive)
	}
	if IsNegative(e) == True || IsZero(e) == True {
		return True
	}
	if IsPositive(e) == False && IsReal(e) == True && IsFinite(e) == True {
		return True
	}
	return Unknown
}

// oneRootOfMinusOne reports whether a product's factors are real and
// nonzero but for one I or (-1)**(p/q), q > 2: Mul._eval_real_imag
// finds such a product non-real (2*I*a**(1/4), and
// (-1)**(1/3)*2**(2/3)*a**(1/3) for a positive).
func oneRootOfMinusOne(fs []Expr) bool {
	seen := false
	for _, f := range fs {
		if f == I && !seen {
			seen = true
			continue
		}
		if p, ok := f.(*Pow); ok && isInt(p.Base(), -1) {
			if r, ok := p.Exp().(*Rational); ok && r.Den().Cmp(big.NewInt(2)) > 0 && !seen {
				seen = true
				continue
			}
		}
		if IsReal(f) != True || IsZero(f) != False {
			return false
		}
	}
	return seen
}

// numericNonReal is False for a number whose value has an imaginary part
// clearly away from zero (-I, 2 + 3*I), Unknown otherwise.
func numericNonReal(e Expr) Tri {
	if !isNumeric(e) {
		return Unknown
	}
	if v, ok := evalComplex(e); ok && math.Abs(imag(v)) > 1e-9*max(1, math.Abs(real(v))) {
		return False
	}
	return Unknown
}

// rationalValued reports whether e is known to be a rational number
// (SymPy's is_rational is True).
func rationalValued(e Expr) bool { return rationalFact(e) == True }

// rationalFact is e.is_rational for the cases dcalc decides: rational
// numbers and symbols, sums and products of them, and (False) the
// irrational constants, canonical radicals of rationals (sqrt(2)) and
// sums and products of one such with rationals.
func rationalFact(e Expr) Tri {
	switch x := assumedSymbol(e).(type) {
	case *Integer, *Rational:
		return True
	case *Symbol:
		if x.assume.Rational || x.assume.Integer {
			return True
		}
		return Unknown
	case *Constant:
		return False
	case *Pow:
		b, ok := x.Base().(*Integer)
		if _, isRat := x.Exp().(*Rational); ok && isRat && b.Sign() > 0 {
			// a canonical radical of a positive integer has no perfect
			// power left in it
			return False
		}
		if rationalFact(x.Base()) == True && IsIntegerValued(x.Exp()) == True && IsZero(x.Base()) == False {
			return True
		}
	case *Add, *Mul:
		irr := 0
		for _, a := range x.Args() {
			switch rationalFact(a) {
			case True:
				continue
			case False:
				if IsReal(a) == True {
					irr++
					continue
				}
			}
			return Unknown
		}
		switch irr {
		case 0:
			return True
		case 1:
			if m, ok := x.(*Mul); ok && IsZero(m) != False {
				return Unknown
			}
			return False
		}
	}
	return IsIntegerValued(e)
}

// oddFact is e.is_odd.
func oddFact(e Expr) Tri {
	switch IsIntegerValued(e) {
	case True:
		return evenFact(e).not()
	case False:
		return False
	}
	return Unknown
}
