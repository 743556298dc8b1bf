package engine

import "slices"

// This file is SymPy's simplify() for rational functions: expressions
// built from symbols and rational numbers by sums, products and integer
// powers. Every step is SymPy's own (signsimp, normal() bottom up,
// as_content_primitive, cancel, together, factor_terms, expand_mul, the
// final sign rule) and the candidates are compared by count_ops as
// simplify's shorter() does; for this class powsimp, hyperexpand,
// radsimp and the function-specific simplifiers leave the expression
// unchanged, so they are skipped.

// isRationalFunction reports whether e is built from symbols and
// rationals by Add, Mul and Pow with integer exponents, half-integer
// powers of one sum allowed as opaque factors.
func isRationalFunction(e Expr) bool {
	switch x := e.(type) {
	case *Symbol, *Integer, *Rational:
		return true
	case *Pow:
		if _, ok := x.Exp().(*Integer); ok {
			return isRationalFunction(x.Base())
		}
		// a square root of a sum stays whole through every step
		// (as_numer_denom leaves it, powsimp has nothing to join it with)
		if _, ok := x.Base().(*Add); ok {
			_, half := NewMul(Two, x.Exp()).(*Integer) // k/2 for odd k
			return half && isRationalFunction(x.Base())
		}
		// x**(7/2): cancel and together take x**(1/2) as a generator
		_, sym := x.Base().(*Symbol)
		_, rat := x.Exp().(*Rational)
		return sym && rat
	case *Add, *Mul:
		for _, a := range e.Args() {
			if !isRationalFunction(a) {
				return false
			}
		}
		return true
	}
	return false
}

// asNumerDenom is as_numer_denom() for rational functions.
func asNumerDenom(e Expr) (Expr, Expr) {
	switch x := e.(type) {
	case *Rational:
		return NewBigInt(x.r.Num()), NewBigInt(x.r.Denom())
	case *Mul:
		ns := make([]Expr, len(x.args))
		ds := make([]Expr, len(x.args))
		for i, a := range x.args {
			ns[i], ds[i] = asNumerDenom(a)
		}
		return NewMul(ns...), NewMul(ds...)
	case *Pow:
		if _, ok := x.Exp().(*Integer); !ok {
			// Pow.as_numer_denom: the base's denominator comes out of a
			// radical only when it is known positive (sqrt(1 - x**2/4)
			// is sqrt(4 - x**2)/2; sqrt(a/b) stays whole); a negative
			// one comes out with the signs of both changed
			n, d := asNumerDenom(x.Base())
			switch {
			case IsReal(d) != True:
				n, d = x.Base(), One
			case IsPositive(d) == True:
			case IsNegative(d) == True:
				n, d = Neg(n), Neg(d)
			default:
				n, d = x.Base(), One
			}
			ex := x.Exp()
			neg := IsNegative(ex) == True
			if _, isMul := ex.(*Mul); isMul && !neg && IsPositive(ex) != True {
				neg = CouldExtractMinusSign(ex)
			}
			if neg {
				return NewPow(d, Neg(ex)), NewPow(n, Neg(ex))
			}
			return NewPow(n, ex), NewPow(d, ex)
		}
		n, d := asNumerDenom(x.Base())
		ex := x.Exp()
		if sg, ok := numSign(d); ok && IsNumber(d) && sg <= 0 {
			n, d = Neg(n), Neg(d)
		}
		if IsNegative(ex) == True {
			ex = Neg(ex)
			return NewPow(d, ex), NewPow(n, ex)
		}
		return NewPow(n, ex), NewPow(d, ex)
	case *Add:
		return addNumerDenom(x)
	case *Func:
		// ExpBase.as_numer_denom: exp(-x) is 1/exp(x)
		if x.def == fnExp {
			a := x.args[0]
			neg := IsNegative(a)
			if neg != True && IsNegative(Neg(a)) != True {
				neg = triOf(CouldExtractMinusSign(a))
			}
			if neg == True {
				return One, fnExp.call(Neg(a))
			}
		}
	}
	return e, One
}

// addNumerDenom is Add.as_numer_denom: the content's numerator and
// denominator kept aside, terms with the same denominator summed, then
// each numerator multiplied by the other denominators.
func addNumerDenom(a *Add) (Expr, Expr) {
	content, expr := primitive(a)
	ea, ok := expr.(*Add)
	if !ok {
		return asNumerDenom(newMul([]Expr{content, expr}))
	}
	ncon, dcon := asNumerDenom(content)
	var byDen exprGroups
	for _, f := range ea.args {
		ni, di := asNumerDenom(f)
		byDen.add(di, ni)
	}
	dens, nums := byDen.keys, byDen.vals
	if len(dens) == 1 {
		ts := make([]Expr, len(nums[0]))
		for i, ni := range nums[0] {
			ts[i] = keepCoeff(ncon, ni, true, false)
		}
		return NewAdd(ts...), keepCoeff(dcon, dens[0], true, false)
	}
	summed := make([]Expr, len(nums))
	for i, n := range nums {
		summed[i] = NewAdd(n...)
	}
	terms := make([]Expr, len(summed))
	for i := range summed {
		fs := append(append(append([]Expr(nil), dens[:i]...), summed[i]), dens[i+1:]...)
		terms[i] = NewMul(fs...)
	}
	return keepCoeff(ncon, NewAdd(terms...), true, false), keepCoeff(dcon, NewMul(dens...), true, false)
}

// exprGroups collects values under expression keys, keys in the order
// first seen (a Python dict of lists).
type exprGroups struct {
	keys []Expr
	vals [][]Expr
}

func (g *exprGroups) add(k, v Expr) {
	i := indexExpr(g.keys, k)
	if i < 0 {
		i = len(g.keys)
		g.keys = append(g.keys, k)
		g.vals = append(g.vals, nil)
	}
	g.vals[i] = append(g.vals[i], v)
}

// normalForm is Expr.normal(): n/d, with a numeric d kept as an
// unevaluated coefficient.
func normalForm(e Expr) Expr {
	n, d := asNumerDenom(e)
	if isInt(d, 1) {
		return n
	}
	if IsNumber(d) {
		return unevaluatedMul(n, Div(One, d))
	}
	return Div(n, d)
}

// unevaluatedMul is _unevaluated_Mul(n, c) for a number c: the
// coefficients multiplied, the other factors kept (no distribution of
// the number over a sum).
func unevaluatedMul(n, c Expr) Expr {
	coeff, rest := AsCoeffMul(n)
	coeff = NewMul(coeff, c)
	if isInt(coeff, 1) {
		return rest
	}
	if _, ok := rest.(*Add); ok {
		return newMul([]Expr{coeff, rest})
	}
	return NewMul(coeff, rest)
}

// bottomUp is _bottom_up(e, f): f applied to every node with arguments,
// children first.
func bottomUp(e Expr, f func(Expr) Expr) Expr {
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	changed := false
	nargs := make([]Expr, len(args))
	for i, a := range args {
		nargs[i] = bottomUp(a, f)
		if !Equal(nargs[i], a) {
			changed = true
		}
	}
	if changed {
		e = rebuild(e, nargs)
	}
	return f(e)
}

// expandMulDeep is expand_mul(e): products distributed over the sums in
// their numerators, deepest first, repeated until nothing changes
// (denominators that are products are expanded too, as Mul's
// _eval_expand_mul does).
func expandMulDeep(e Expr) Expr {
	for range 100 {
		was := e
		e, _ = expandMulHint(e)
		if Equal(e, was) {
			break
		}
	}
	return e
}

func expandMulHint(e Expr) (Expr, bool) {
	hit := false
	if args := e.Args(); len(args) > 0 {
		nargs := make([]Expr, len(args))
		for i, a := range args {
			var h bool
			nargs[i], h = expandMulHint(a)
			hit = hit || h
		}
		if hit {
			e = rebuild(e, nargs)
		}
	}
	if m, ok := e.(*Mul); ok {
		if ne := mulExpandMul(m, true); !Equal(ne, e) {
			return ne, true
		}
	}
	return e, hit
}

// mulExpandMul is Mul._eval_expand_mul.
func mulExpandMul(m *Mul, deep bool) Expr {
	n, d := fractionOf(m)
	if dm, ok := d.(*Mul); ok {
		if nm, ok := n.(*Mul); ok {
			n = mulExpandMul(nm, false)
		}
		d = mulExpandMul(dm, false)
	}
	expr := Div(n, d)
	em, ok := expr.(*Mul)
	if !ok {
		return expr
	}
	sums, plain := partitionSums(em.args)
	if len(sums) == 0 {
		return expr
	}
	pl := NewMul(plain...)
	terms := expandSums(sums)
	out := make([]Expr, len(terms))
	for i, t := range terms {
		v := NewMul(pl, t)
		if vm, ok := v.(*Mul); ok && deep && hasAddArg(vm) {
			v = mulExpandMul(vm, deep)
		}
		out[i] = v
	}
	return NewAdd(out...)
}

// expandSums is Mul._expandsums: the product of the sums multiplied out
// by halves, each half's terms collected by Add before the halves are
// multiplied (so sqrt(b)*sqrt(b) becomes b, and is distributed, before a
// third sqrt(b) meets it).
func expandSums(sums []Expr) []Expr {
	if len(sums) == 1 {
		return sums[0].Args()
	}
	h := len(sums) / 2
	left, right := expandSums(sums[:h]), expandSums(sums[h:])
	terms := make([]Expr, 0, len(left)*len(right))
	for _, a := range left {
		for _, b := range right {
			terms = append(terms, NewMul(a, b))
		}
	}
	return addArgs(NewAdd(terms...))
}

// partitionSums splits factors into the sums among them and the rest,
// each in order.
func partitionSums(fs []Expr) (sums, rest []Expr) {
	for _, f := range fs {
		if _, ok := f.(*Add); ok {
			sums = append(sums, f)
		} else {
			rest = append(rest, f)
		}
	}
	return sums, rest
}

func hasAddArg(m *Mul) bool {
	for _, a := range m.args {
		if _, ok := a.(*Add); ok {
			return true
		}
	}
	return false
}

// shorter is simplify's shorter(): the first choice with the fewest
// operations.
func shorter(choices ...Expr) Expr {
	best, bestN := choices[0], CountOps(choices[0])
	for _, c := range choices[1:] {
		if n := CountOps(c); n < bestN {
			best, bestN = c, n
		}
	}
	return best
}

// isTrigRational reports whether e is a rational function of symbols,
// pi and the functions of simplifyFuncs (trigonometric, hyperbolic, exp,
// log, asin, acos, atan) of such expressions, holding at least one of
// them: the class simplify runs through SymPy's steps with trigsimp,
// expand_log/logcombine and exptrigsimp.
func isTrigRational(e Expr) bool { return isTrigClass(e, false) }

// isTrigRadical is isTrigRational with rational powers allowed (the
// speed sqrt(sin(t)**2 + cos(t)**2 + 1) of a helix), of one base only.
func isTrigRadical(e Expr) bool {
	if !hasTrig(e) && !hasCallOf(e, hyperbolicFuncs...) {
		return false
	}
	r := radicalBases(e, nil)
	return len(r) == 1 && len(FreeSymbols(r[0])) > 0 && isTrigClass(e, true)
}

func isTrigClass(e Expr, radicals bool) bool {
	var walk func(Expr) bool
	walk = func(e Expr) bool {
		switch x := e.(type) {
		case *Symbol, *Integer, *Rational:
			return true
		case *Pow:
			switch x.Exp().(type) {
			case *Integer:
				return walk(x.Base())
			case *Rational:
				return radicals && walk(x.Base())
			}
			return false
		case *Add, *Mul:
			for _, a := range e.Args() {
				if !walk(a) {
					return false
				}
			}
			return true
		case *Func:
			return len(x.args) == 1 && isCallOf(e, simplifyFuncs...) && walk(x.args[0])
		case *Constant:
			return x == Pi
		}
		return false
	}
	return hasCallOf(e, simplifyFuncs...) && walk(e)
}

func isTranscendental(e Expr) bool {
	return isCallOf(e, trigFuncs...) || isCallOf(e, hyperbolicFuncs...) || isCallOf(e, fnExp)
}

func hasTranscendental(e Expr) bool {
	if isTranscendental(e) {
		return true
	}
	return slices.ContainsFunc(e.Args(), hasTranscendental)
}

// simplifyTrig is simplify(e) for the class of isTrigRational: SymPy's
// steps with trigsimp (futrig) after factor_terms and exptrigsimp at the
// end. A trigonometric or hyperbolic function at the top has its
// argument simplified.
func simplifyTrig(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	if f, ok := e.(*Func); ok && f.def != fnExp {
		return f.def.call(Simplify(f.args[0])), nil
	}
	r, ok := simplifyRationalX(e, true)
	if !ok {
		return nil, notImpl("dcalc's simplify could not complete on this trigonometric expression")
	}
	return r, nil
}

// simplifyRational is simplify(e) for a rational function e; ok is false
// when a step it needs refuses.
func simplifyRational(e Expr) (out Expr, ok bool) { return simplifyRationalX(e, false) }

func simplifyRationalX(e Expr, trig bool) (out Expr, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if _, isErr := recoveredError(p); !isErr {
				panic(p)
			}
			out, ok = nil, false
		}
	}()
	must := func(r Expr, err error) Expr {
		if err != nil {
			panic(err)
		}
		return r
	}
	original := Signsimp(e)
	expr := original
	if len(expr.Args()) == 0 {
		return expr, true
	}
	expr = bottomUp(expr, normalForm)
	c, p := contentPrimitiveClear(powsimpRat(expr))
	expr = NewMul(c, p)
	ce := must(Cancel(expr))
	expr1 := shorter(ce, must(Cancel(Expand(ce))))
	expr2 := shorter(Together(expr, true), Together(expr1, true))
	expr = shorter(expr2, expr1, expr)
	expr = factorTerms(expr, false)
	if hasCallOf(expr, fnSign) {
		// expr.rewrite(Abs): sign(a) is Piecewise((0, Eq(a, 0)), (a/Abs(a),
		// True)), a/Abs(a) for a known nonzero
		expr = replaceCalls(expr, fnSign, func(c *Func) Expr {
			if IsZero(c.args[0]) != False {
				panic(notImpl("dcalc's simplify does not simplify sign of an argument that may be zero (SymPy's Piecewise) yet"))
			}
			return Div(c.args[0], fnAbs.call(c.args[0]))
		})
	}
	if trig && (hasTrig(expr) || hasCallOf(expr, hyperbolicFuncs...)) {
		expr = futrig(expr)
	}
	if trig && hasCallOf(expr, fnLog) {
		expr = shorter(must(ExpandLog(expr, false)), must(Logcombine(expr, false)))
	}
	if hasCallOf(expr, fnGamma, fnFactorial, fnBinomial) {
		// expressions with gamma functions or non-integer arguments go
		// on to gammasimp
		expr = combsimp(expr)
	}
	if hasCallOf(expr, SumDef) {
		expr = sumSimplify(expr)
	}
	short := shorter(powsimpFull(expr, psOpts{deep: true, combine: psExp}), powsimpRat(expr), expr)
	short = shorter(short, must(Cancel(short)))
	short = shorter(short, FactorTerms(short), expandPowerExp(expandMulDeep(short)))
	if trig && hasTranscendental(short) {
		// exptrigsimp runs when trigonometric, hyperbolic or exp are there
		short = exptrigsimp(short)
	}
	expr = hollowMul(short)
	// radicals out of a numeric denominator: radsimp(1/denom,
	// symbolic=False, max_terms=1)
	if numer, denom := asNumerDenom(expr); isAdd(denom) {
		if n, d := fractionOf(radsimp(Div(One, denom), false, 1)); !isInt(n, 1) {
			expr = Div(Expand(NewMul(numer, n)), d)
		}
	}
	if CouldExtractMinusSign(expr) {
		n, d := fractionOf(expr)
		if !isZeroInt(d) {
			expr = Signsimp(Div(Neg(n), Neg(d)))
		}
	}
	if float64(CountOps(expr)) > 1.7*float64(CountOps(original)) {
		expr = original
	}
	// done(): doit() evaluates what the rewrites left unevaluated
	// (cos(x/2 - pi/3) from rewrite(cos) is sin(x/2 + pi/6))
	return Doit(expr), true
}

// powsimpRat is powsimp(e) with its defaults.
func powsimpRat(e Expr) Expr { return powsimpFull(e, psOpts{}) }

// powsimp's combine modes.
const (
	psAll = iota
	psExp
	psBase
)

// simplifyFuncs are the functions the class of isTrigRational may hold,
// nested in one another: those simplify rewrites (trigonometric,
// hyperbolic, exp, log) and inverse functions and Abs it treats as
// opaque.
var simplifyFuncs = []*FuncDef{fnSin, fnCos, fnTan, fnCot, fnSec, fnCsc, fnSinh, fnCosh, fnTanh, fnCoth, fnSech, fnCsch, fnExp, fnLog, fnAsin, fnAcos, fnAtan, fnAbs}
