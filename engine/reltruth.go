package engine

import "math"

// RelTruth decides a op b (op one of ==, !=, <, <=, >, >=) as SymPy's
// relational constructors do when they evaluate: True or False when the
// numbers, the assumptions or a numerical evaluation settle it, Unknown
// when the relation stays unevaluated. It does not check that the sides
// are real; callers raise SymPy's TypeError for that first.
func RelTruth(op string, a, b Expr) Tri {
	if op == "==" || op == "!=" {
		eq, known := isEq(a, b)
		if !known {
			return Unknown
		}
		return triOf(eq == (op == "=="))
	}
	// is_lt and friends: numbers compare by value (_n2); anything else
	// only when both sides are known (extended) real: x < x + 1 stays
	// unevaluated for a complex x
	if !(realNumber(a) && realNumber(b)) && (IsReal(a) != True || IsReal(b) != True) {
		return Unknown
	}
	d := Sub(a, b)
	sign, known := NumberCmp(a, b)
	switch {
	case known:
	case IsZero(d) == True:
		sign, known = 0, true
	case IsPositive(d) == True:
		sign, known = 1, true
	case IsNegative(d) == True:
		sign, known = -1, true
	default:
		sign, known = NumericSign(d)
	}
	if !known {
		if IsReal(d) == True {
			// is_ge and friends: the sign may be half known (r**2 is
			// not negative, so r**2 >= 0 is true and r**2 < 0 false)
			switch {
			case (op == ">=" || op == "<") && IsNegative(d) == False:
				return triOf(op == ">=")
			case (op == "<=" || op == ">") && IsPositive(d) == False:
				return triOf(op == "<=")
			}
		}
		return Unknown
	}
	switch op {
	case "<":
		return triOf(sign < 0)
	case "<=":
		return triOf(sign <= 0)
	case ">":
		return triOf(sign > 0)
	}
	return triOf(sign >= 0)
}

// isEq is the part of SymPy's is_eq dcalc can be sure of: equal trees,
// a difference that assumptions prove zero or nonzero, or a real
// difference whose evaluation is nonzero at two precisions
// (NumericSign). known is false when it cannot tell; Eq(a, b) then stays
// unevaluated.
func isEq(a, b Expr) (eq, known bool) {
	if Equal(a, b) {
		return true, true
	}
	// an infinity never equals a finite number (Eq(1, oo), Eq(I, oo))
	if isInfinity(a) && IsNumberExpr(b) && IsFinite(b) == True || isInfinity(b) && IsNumberExpr(a) && IsFinite(a) == True {
		return false, true
	}
	d := Sub(a, b)
	switch IsZero(d) {
	case True:
		return true, true
	case False:
		return false, true
	}
	if _, ok := NumericSign(d); ok {
		return false, true
	}
	if _, ok := NumericSign(fnAbs.call(d)); ok {
		return false, true // a nonzero non-real number: Eq(I, 1)
	}
	return false, false
}

// NumericSign is the sign of a real number d found by evaluating it, as
// SymPy's comparisons do when assumptions cannot decide: d is evaluated
// at two precisions (15 and 30 digits, then 60 and 120 for differences
// below the first pair's reach), and the sign counts only when both
// values are nonzero and agree to ten digits (a d that is really 0 gives
// values that shrink with the precision). known is false otherwise:
// float64 would call pi equal to 3.141592653589793.
func NumericSign(d Expr) (sign int, known bool) {
	if !IsNumberExpr(d) || len(FreeSymbols(d)) > 0 {
		return 0, false
	}
	for _, dps := range [][2]int{{15, 30}, {60, 120}} {
		if s, ok := signAt(d, dps[0], dps[1]); ok {
			return s, true
		}
	}
	return 0, false
}

// signAt is NumericSign's test at two precisions.
func signAt(d Expr, lo, hi int) (int, bool) {
	v1, err1 := Evalf(d, lo, nil)
	v2, err2 := Evalf(d, hi, nil)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	// Compare the two values relative to each other: their quotient must
	// be 1 to ten digits.
	q, err := Evalf(NewMul(v1, NewPow(v2, NegOne)), 15, nil)
	if err != nil {
		return 0, false
	}
	r, ok := ToFloat64(q)
	if !ok || math.IsNaN(r) || math.Abs(r-1) > 1e-10 {
		return 0, false
	}
	s1, _ := NumberCmp(v1, Zero)
	if s1 == 0 {
		return 0, false
	}
	return s1, true
}

// IsNumberExpr is SymPy's is_number: no symbols, no undefined
// functions or derivatives; a Sum, Product or Integral counts when it
// has no free symbols (its variable is bound).
func IsNumberExpr(e Expr) bool {
	switch x := e.(type) {
	case *Symbol:
		return false
	case *Derivative:
		return false
	case *Func:
		if IsSum(e) || IsProduct(e) || x.def == IntegralDef {
			return len(FreeSymbols(e)) == 0
		}
		if x.def.Undefined || isLogic(x.def) {
			return false
		}
	}
	for _, a := range e.Args() {
		if !IsNumberExpr(a) {
			return false
		}
	}
	return true
}

// realNumber is SymPy's is_comparable for a relation's side: a real
// number, infinities included, with no symbols.
func realNumber(e Expr) bool {
	if e == Oo || e == NegOo {
		return true
	}
	return IsNumberExpr(e) && len(FreeSymbols(e)) == 0 && IsReal(e) == True
}

func isInfinity(e Expr) bool { return e == Oo || e == NegOo || e == Zoo }
