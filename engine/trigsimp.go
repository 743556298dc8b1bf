package engine

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

// fuBest is a list of the tree: every rule applied to the input, the
// first result with the smallest objective kept.
func fuBest(rs ...fuRule) fuRule {
	return func(e Expr) Expr {
		var best Expr
		var bestK fuObjective
		for i, r := range rs {
			v := r(e)
			k := fuObjectiveOf(v)
			if i == 0 || k.less(bestK) {
				best, bestK = v, k
			}
		}
		return best
	}
}

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
func fuMexpand(e Expr) Expr      { return Expand(e) }

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
		var indep, dep []Expr
		for _, a := range m.args {
			if hasTrig(a) {
				dep = append(dep, a)
			} else {
				indep = append(indep, a)
			}
		}
		coeff, e = NewMul(indep...), NewMul(dep...)
	}
	e = futrigTree(e)
	if coeff != nil {
		e = NewMul(coeff, e)
	}
	return e
}

// Trigsimp is trigsimp(e) (method='matching', SymPy's default): futrig.
// Expressions with hyperbolic functions raise NotImplementedError (their
// rewriting through the Osborne rule is not there yet).
func Trigsimp(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	if hasCallOf(e, hyperbolicFuncs...) {
		return nil, &Error{Type: "NotImplementedError", Msg: "dcalc's trigsimp does not handle hyperbolic functions yet"}
	}
	return futrig(e), nil
}

// hyperbolicFuncs are SymPy's HyperbolicFunction classes.
var hyperbolicFuncs = []*FuncDef{fnSinh, fnCosh, fnTanh, fnCoth, fnSech, fnCsch}

// futrig is futrig(e, hyper=True) for expressions without hyperbolic
// functions.
func futrig(e Expr) Expr {
	if len(e.Args()) == 0 {
		return e
	}
	old := e
	e = bottomUp(e, futrigNode)
	if m, ok := e.(*Mul); ok && !Equal(e, old) && IsRational(m.args[0]) {
		e = NewMul(AsCoeffMul(e))
	}
	return e
}
