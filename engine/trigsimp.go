package engine

import (
	"math/big"
	"slices"
)

// This file is SymPy's trigsimp with its default method, futrig: every
// node holding a trigonometric function goes through a tree of fu's
// rules (fu.go, fusum.go), each choice kept only when it lowers the
// objective (number of trigonometric functions, count_ops, nodes,
// arguments, whether a sum) — greedy() of sympy.strategies.tree.

// fuRule is one transformation of the strategy tree.
type fuRule func(Expr) Expr

// fuChain is a tuple of the tree: the rules one after the other.
func fuChain(rs ...fuRule) fuRule {
	return func(e Expr) Expr {
		for _, r := range rs {
			checkInterrupt()
			e = r(e)
		}
		return e
	}
}

// fuBest is a list of futrig's tree: every rule applied to the input,
// the first result with the smallest objective kept.
func fuBest(rs ...fuRule) fuRule { return fuBestBy(lopsLess, rs...) }

// fuBestBy is a list of a tree minimised by less.
func fuBestBy(less func(a, b Expr) bool, rs ...fuRule) fuRule {
	return func(e Expr) Expr {
		var best Expr
		for i, r := range rs {
			v := r(e)
			if i == 0 || less(v, best) {
				best = v
			}
		}
		return best
	}
}

func lopsLess(a, b Expr) bool { return fuObjectiveOf(a).less(fuObjectiveOf(b)) }

// fuObjective is futrig's Lops.
type fuObjective struct {
	trig, ops int
	nodes     float64
	nargs     int
	isAdd     bool
}

func fuObjectiveOf(e Expr) fuObjective {
	_, isAdd := e.(*Add)
	return fuObjective{trigCount(e), CountOps(e), nodeCount(e), len(e.Args()), isAdd}
}

func (a fuObjective) less(b fuObjective) bool {
	switch {
	case a.trig != b.trig:
		return a.trig < b.trig
	case a.ops != b.ops:
		return a.ops < b.ops
	case a.nodes != b.nodes:
		return a.nodes < b.nodes
	case a.nargs != b.nargs:
		return a.nargs < b.nargs
	}
	return !a.isAdd && b.isAdd
}

func fuIdentity(e Expr) Expr { return e }

// mustFactor is factor() inside a simplification: a factorisation dcalc
// cannot do aborts the whole call with factor's error.
func mustFactor(e Expr) Expr {
	r, err := Factor(e)
	if err != nil {
		panic(err)
	}
	return r
}

func fuFactor(e Expr) Expr       { return mustFactor(e) }
func fuFactorNormal(e Expr) Expr { return mustFactor(normalForm(e)) }
func fuMexpand(e Expr) Expr      { return expandMulDeep(expandMultinomialDeep(e)) }

// expandMultinomialDeep is expand_multinomial(e): integer powers of sums
// multiplied out (a negative power as one over the expanded positive
// one), a rational power of a sum split into its integer part multiplied
// out times the remaining radical ((x + 1)**(3/2) is
// x*sqrt(x + 1) + sqrt(x + 1)), a number raised to a sum split by terms
// (2**(x + 1) is 2*2**x); bottom up, nothing else distributed.
func expandMultinomialDeep(e Expr) Expr { return bottomUp(e, expandMultinomialNode) }

func expandMultinomialNode(rv Expr) Expr {
	p, ok := rv.(*Pow)
	if !ok {
		return rv
	}
	base, ex := p.Base(), p.Exp()
	a, isAdd := base.(*Add)
	if q, isRat := ex.(*Rational); isRat && isAdd {
		num, den := q.r.Num(), q.r.Denom()
		switch {
		case num.Sign() > 0:
			n := new(big.Int).Quo(num, den)
			if n.Sign() == 0 || !n.IsInt64() {
				return rv
			}
			radical := NewPow(base, Sub(ex, NewBigInt(n)))
			var expanded Expr = base
			if n.Int64() > 1 {
				expanded = multinomial(a, n.Int64())
			}
			ts := addArgs(expanded)
			out := make([]Expr, len(ts))
			for i, t := range ts {
				out[i] = NewMul(t, radical)
			}
			return NewAdd(out...)
		case new(big.Int).Abs(num).Cmp(den) > 0:
			return Div(One, expandMultinomialNode(NewPow(base, Neg(ex))))
		}
		return rv
	}
	if ea, ok := ex.(*Add); ok && IsNumber(base) && !isZeroInt(base) {
		var coeff, tail []Expr
		for _, t := range ea.args {
			if IsNumber(t) {
				coeff = append(coeff, NewPow(base, t))
			} else {
				tail = append(tail, t)
			}
		}
		return NewMul(append(coeff, NewPow(base, NewAdd(tail...)))...)
	}
	b, n, ok := powIntExp(rv)
	if !ok {
		return rv
	}
	a, isAdd = b.(*Add)
	switch {
	case !isAdd || n == 1 || n == -1 || n == 0:
		return rv
	case n > 0:
		return multinomial(a, n)
	}
	return Div(One, multinomial(a, -n))
}

func after(f, g fuRule) fuRule { return func(e Expr) Expr { return f(g(e)) } }

// futrigTree is _futrig's strategy tree.
var futrigTree = fuBest(fuIdentity, fuChain(
	tr3, tr1, tr12, fuFactor, tr2,
	fuBest(fuIdentity, fuMexpand),
	tr2i, fuFactorNormal, tr14, tr5, tr10, tr11, tr11Ratio, tr6, fuFactor, tr14,
	fuBest(fuIdentity, fuMexpand),
	tr10i, trMorrie,
	fuBest(fuIdentity, tr8),
	fuBest(fuIdentity, after(tr2i, tr2)),
	fuBest(after(expandMulDeep, tr5), after(expandMulDeep, tr15)),
	fuBest(after(expandMulDeep, tr6), after(expandMulDeep, tr16)),
	tr111,
	fuBest(fuIdentity, tr2i),
	fuBest(fuIdentity, after(expandMulDeep, tr22)),
	tr1, tr2, tr2i,
	fuBest(fuIdentity, after(FactorTerms, tr12)),
))

// futrigNode is _futrig: the tree applied to one node, a product's
// factors free of trigonometric functions kept aside.
func futrigNode(e Expr) Expr {
	if !hasTrig(e) {
		return e
	}
	var coeff Expr
	if m, ok := e.(*Mul); ok {
		dep, indep := siftExprs(m.args, hasTrig)
		coeff, e = NewMul(indep...), NewMul(dep...)
	}
	e = futrigTree(e)
	if coeff != nil {
		e = NewMul(coeff, e)
	}
	return e
}

// Trigsimp is trigsimp(e) (method='matching', SymPy's default): futrig.
func Trigsimp(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	return futrig(e), nil
}

// hyperbolicFuncs are SymPy's HyperbolicFunction classes.
var hyperbolicFuncs = []*FuncDef{fnSinh, fnCosh, fnTanh, fnCoth, fnSech, fnCsch}

// futrig is futrig(e, hyper=True): hyperbolic functions go through the
// same rules by Osborne's rule.
func futrig(e Expr) Expr {
	if len(e.Args()) == 0 {
		return e
	}
	old := e
	e = bottomUp(e, futrigNode)
	if hasCallOf(e, hyperbolicFuncs...) {
		t, back := hyperAsTrig(e)
		e = back(bottomUp(t, futrigNode))
	}
	if m, ok := e.(*Mul); ok && !Equal(e, old) && IsRational(m.args[0]) {
		e = NewMul(AsCoeffMul(e))
	}
	return e
}

// osborne is _osborne(e, d): hyperbolic functions written as
// trigonometric functions of their argument times d (Osborne's rule).
func osborne(e Expr, d *Symbol) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		f, ok := rv.(*Func)
		if !ok || !isCallOf(rv, hyperbolicFuncs...) {
			return rv
		}
		var a Expr
		if ad, ok := f.args[0].(*Add); ok {
			ts := make([]Expr, len(ad.args))
			for i, t := range ad.args {
				ts[i] = NewMul(t, d)
			}
			a = NewAdd(ts...)
		} else {
			a = NewMul(f.args[0], d)
		}
		switch f.def {
		case fnSinh:
			return NewMul(I, fnSin.call(a))
		case fnCosh:
			return fnCos.call(a)
		case fnTanh:
			return NewMul(I, fnTan.call(a))
		case fnCoth:
			return Div(fnCot.call(a), I)
		case fnSech:
			return fnSec.call(a)
		}
		return Div(fnCsc.call(a), I)
	})
}

// osborneInverse is _osbornei(e, d): trigonometric functions of d-terms
// back to hyperbolic functions.
func osborneInverse(e Expr, d *Symbol) Expr {
	return bottomUp(e, func(rv Expr) Expr {
		f, ok := rv.(*Func)
		if !ok || !isCallOf(rv, trigFuncs...) {
			return rv
		}
		deps, consts := siftExprs(addArgs(f.args[0]), func(t Expr) bool { return Has(t, d) })
		x := Xreplace(NewAdd(deps...), [][2]Expr{{d, One}})
		a := NewAdd(x, NewMul(NewAdd(consts...), I))
		switch f.def {
		case fnSin:
			return Div(fnSinh.call(a), I)
		case fnCos:
			return fnCosh.call(a)
		case fnTan:
			return Div(fnTanh.call(a), I)
		case fnCot:
			return NewMul(fnCoth.call(a), I)
		case fnSec:
			return fnSech.call(a)
		}
		return NewMul(fnCsch.call(a), I)
	})
}

// hyperAsTrig is hyper_as_trig(rv): rv with its hyperbolic functions as
// trigonometric ones (its own trigonometric functions masked by
// dummies), and the function that undoes it (collecting in I).
func hyperAsTrig(rv Expr) (Expr, func(Expr) Expr) {
	var reps [][2]Expr
	var walk func(Expr)
	walk = func(e Expr) {
		if isCallOf(e, trigFuncs...) {
			if !slices.ContainsFunc(reps, func(p [2]Expr) bool { return Equal(p[0], e) }) {
				reps = append(reps, [2]Expr{e, NewDummy("t")})
			}
			return
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(rv)
	masked := Xreplace(rv, reps)
	back := make([][2]Expr, len(reps))
	for i, p := range reps {
		back[i] = [2]Expr{p[1], p[0]}
	}
	d := NewDummy("d")
	return osborne(masked, d), func(x Expr) Expr {
		e := Signsimp(Xreplace(osborneInverse(x, d), back))
		ps, err := Collect(e, []Expr{I})
		if err != nil {
			panic(err)
		}
		ts := make([]Expr, len(ps))
		for i, p := range ps {
			ts[i] = NewMul(p.Key, p.Val)
		}
		return NewAdd(ts...)
	}
}

// expTrig is exptrigsimp's exp_trig: a node, its rewrite in exp (when it
// holds trigonometric or hyperbolic functions) and in cos, the first
// with the fewest operations.
func expTrig(e Expr) Expr {
	choices := []Expr{e}
	if hasCallOf(e, trigFuncs...) || hasCallOf(e, hyperbolicFuncs...) {
		choices = append(choices, rewriteTo(e, "exp"))
	}
	choices = append(choices, rewriteTo(e, "cos"))
	return shorter(choices...)
}

// signlog is exptrigsimp's signlog: (sign, x) when e is sign*exp(x).
func signlog(e Expr, sign int) (int, Expr) {
	if e == Expr(E) {
		return sign, One
	}
	if a, ok := trigArg(e, fnExp); ok {
		return sign, a
	}
	if sign == 1 {
		return signlog(Neg(e), -1)
	}
	return 0, nil
}

// expHyperNode is exptrigsimp's f: in a product, c*(1 ± exp(x)) with a
// matching exp(-x/2) factor becomes 2*c*cosh(x/2) or -2*c*sinh(x/2), and
// a ratio (1 + exp(x))/(1 - exp(x)) a tanh.
func expHyperNode(rv Expr) Expr {
	if _, ok := rv.(*Mul); !ok {
		return rv
	}
	rvd := powersDict(rv)
	var newd fuFactors
	for _, it := range rvd {
		newd.add(it.b, it.e)
	}
	get := func(k Expr) Expr {
		if i := newd.index(k); i >= 0 {
			return newd.e[i]
		}
		return Zero
	}
	ee := Expr(Zero)
	for _, it := range rvd {
		if it.b == Expr(E) {
			ee = it.e
		}
	}
	for _, it := range rvd {
		k, ok := it.b.(*Add)
		if !ok || len(k.args) != 2 {
			continue
		}
		c := k.args[0]
		sign, x := signlog(Div(k.args[1], c), 1)
		if x == nil || isZeroInt(x) {
			continue
		}
		m := it.e
		newd.add(k, Neg(m))
		sgn := NewInt(int64(sign))
		switch {
		case Equal(ee, Div(NewMul(Neg(x), m), Two)):
			newd.add(E, Neg(ee))
			ee = Zero
			if sign == 1 {
				newd.add(NewMul(Two, c, fnCosh.call(Div(x, Two))), m)
			} else {
				newd.add(NewMul(NegOne, Two, c, fnSinh.call(Div(x, Two))), m)
			}
		case Equal(get(Sub(One, NewMul(sgn, fnExp.call(x)))), Neg(m)):
			key := Sub(One, NewMul(sgn, fnExp.call(x)))
			i := newd.index(key)
			newd.b, newd.e = slices.Delete(newd.b, i, i+1), slices.Delete(newd.e, i, i+1)
			if sign == 1 {
				newd.add(Div(Neg(c), fnTanh.call(Div(x, Two))), m)
			} else {
				newd.add(NewMul(Neg(c), fnTanh.call(Div(x, Two))), m)
			}
		default:
			newd.add(NewAdd(One, NewMul(sgn, fnExp.call(x))), m)
			newd.add(c, m)
		}
	}
	fs := make([]Expr, len(newd.b))
	for i, b := range newd.b {
		fs[i] = NewPow(b, newd.e[i])
	}
	return NewMul(fs...)
}

// exptrigsimp is exptrigsimp(expr): exp and trigonometric forms chosen
// node by node, exponential sums recognised as cosh, sinh and tanh, and
// sin/cos (sinh/cosh) ratios written as tan (tanh).
func exptrigsimp(expr Expr) Expr {
	newexpr := bottomUp(expr, expTrig)
	newexpr = bottomUp(newexpr, expHyperNode)
	if hasCallOf(newexpr, hyperbolicFuncs...) {
		e, f := hyperAsTrig(newexpr)
		newexpr = f(tr2i(e))
	}
	if hasTrig(newexpr) {
		newexpr = tr2i(newexpr)
	}
	if Has(newexpr, I) && !Has(expr, I) {
		return expr
	}
	return newexpr
}
