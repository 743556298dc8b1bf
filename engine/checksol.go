package engine

import "math/cmplx"

// checksol is SymPy's checksol(f, x, s) with its default flags: whether s
// makes f zero. True and False are decided; Unknown is SymPy's None, an
// inconclusive check, and solve keeps such a solution (it drops only
// those checksol calls False). The attempts follow SymPy's order, since
// its answer depends on them: the substituted value; its numerator
// expanded; then simplified with every symbol of unknown sign made
// positive (posify, the force flag), so sqrt(a**2) - a counts as zero
// and sqrt(a**2) + a, free of radicals once a is positive, as nonzero.
// The solution itself is not simplified: solve has done that before it
// checks. err is a NotImplementedError when a step dcalc cannot follow
// (simplify refusing, a number that does not evaluate) decides it.
func checksol(f Expr, x *Symbol, s Expr) (t Tri, err error) {
	defer recoverTo(&err)
	if hasSpecial(s) {
		return False, nil
	}
	val := SubsPairs(f, [][2]Expr{{x, s}})
	if hasSpecial(val) {
		return False, nil
	}
	if t, done, err := checksolDecide(val); done || err != nil {
		return t, err
	}
	if !IsNumberExpr(val) {
		_, p := contentPrimitive(val)
		n, _ := asNumerDenom(p)
		val = mexpand(n)
		if t, done, err := checksolDecide(val); done || err != nil {
			return t, err
		}
	}
	val = SubsPairs(f, [][2]Expr{{x, s}})
	if v, err := trySimplify(val); err == nil {
		// where dcalc's simplify refuses, the value goes on as it is:
		// posify below decides the same unless simplify alone would
		// expose a zero or drop a radical
		val = v
	}
	val, back := posify(val)
	if ex := mexpand(val); IsNumberExpr(ex) {
		val = ex
	}
	if t, done, err := checksolDecide(val); done || err != nil {
		return t, err
	}
	if !hasRadicalOrCall(expandMulDeep(val)) {
		return False, nil
	}
	return IsZero(Xreplace(val, back)), nil
}

// checksolDecide is the test that ends each of checksol's attempts: a
// rational is zero or not, another number is evaluated (zero within
// 1e-9, SymPy's numerical check); done is false for an expression with
// symbols.
func checksolDecide(val Expr) (t Tri, done bool, err error) {
	if q, ok := val.(*Integer); ok {
		return triOf(q.Sign() == 0), true, nil
	}
	if _, ok := val.(*Rational); ok {
		return False, true, nil
	}
	if !IsNumberExpr(val) {
		return Unknown, false, nil
	}
	if z := IsZero(val); z != Unknown {
		return z, true, nil
	}
	// SymPy's abs(val.n(18).n(12, chop=True)) < 1e-9: a part that
	// cancels is noise either way, so evalf's refusal to print one does
	// not apply
	v, _, err := evalfNumber(val, 64, 64, nil)
	if err != nil {
		return Unknown, true, notImpl("dcalc could not evaluate " + Str(val) + " to check a solution")
	}
	z, ok := ToComplex(v)
	if !ok {
		return Unknown, true, notImpl("dcalc could not evaluate " + Str(val) + " to check a solution")
	}
	return triOf(cmplx.Abs(z) < 1e-9), true, nil
}

// hasRadicalOrCall reports whether e has a power with a non-integer
// exponent or a function call: without one a sum that is not already
// zero cannot vanish (checksol's last attempt).
func hasRadicalOrCall(e Expr) bool {
	return anyNode(e, func(t Expr) bool {
		switch n := t.(type) {
		case *Pow:
			_, isInt := n.Exp().(*Integer)
			return !isInt
		case *Func, *Derivative:
			return true
		}
		return false
	})
}

// trySimplify is Simplify with its refusal returned.
func trySimplify(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	return Simplify(e), nil
}
