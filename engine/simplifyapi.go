package engine

// This file holds the entry points of the simplify family that dcalc
// computes by the same steps simplify uses, for the expressions those
// steps cover (rational functions of symbols and of exp, trigonometric
// and hyperbolic functions); other expressions raise
// NotImplementedError rather than get a partial answer.

// inSimplifyClass reports whether e is a rational function of symbols
// and of exp, trigonometric and hyperbolic functions of rational
// functions.
func inSimplifyClass(e Expr) bool { return isRationalFunction(e) || isTrigRational(e) }

func refuseOutside(name string, e Expr) {
	if !inSimplifyClass(e) {
		panic(notImpl("dcalc's " + name + "() handles rational functions of symbols and of exp, trigonometric and hyperbolic functions"))
	}
}

// Fraction is fraction(e) (exact=False): the factors with positive
// exponents over those with negative ones.
func Fraction(e Expr) (Expr, Expr) { return fractionOf(e) }

// ExpandMul is expand_mul(e): products distributed over sums, deep.
func ExpandMul(e Expr) Expr { return expandMulDeep(e) }

// Exptrigsimp is exptrigsimp(e).
func Exptrigsimp(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	refuseOutside("exptrigsimp", e)
	return exptrigsimp(e), nil
}

// PowsimpCombine names powsimp's combine options.
var PowsimpCombine = map[string]int{"all": psAll, "exp": psExp, "base": psBase}

// Powsimp is powsimp(e, deep, combine, force): powers of a base
// multiplied into one, bases with a common exponent joined where the
// assumptions (or force) allow.
func Powsimp(e Expr, deep bool, combine int, force bool) (out Expr, err error) {
	defer recoverTo(&err)
	return powsimpFull(e, psOpts{deep: deep, combine: combine, force: force}), nil
}

// GcdTerms is gcd_terms(e) with its defaults for the simplify class.
func GcdTerms(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	refuseOutside("gcd_terms", e)
	return gcdTermsFull(e), nil
}

// AsNumerDenom is e.as_numer_denom() for the simplify class.
func AsNumerDenom(e Expr) (n, d Expr, err error) {
	defer recoverTo(&err)
	refuseOutside("as_numer_denom", e)
	n, d = asNumerDenom(e)
	return n, d, nil
}
