package engine

import (
	"math"
	"slices"
	"strings"
)

// Piecewise (sympy.functions.elementary.piecewise). A call holds its
// (expression, condition) pairs flat, expr0, cond0, expr1, cond1 ..., so
// that substitution and every other walk over the arguments reach both;
// PiecewisePairs gives them back as pairs (SymPy's ExprCondPair args).
var fnPiecewise = builtin("Piecewise", 0)

// PiecewiseDef is Piecewise's definition (the session builds calls of it
// from (expr, cond) tuples with NewPiecewise).
var PiecewiseDef = fnPiecewise

func init() {
	fnPiecewise.ClassKey = 0 // nargs is None: Naturals0 (Function.class_key)
	fnPiecewise.hooks = hooks{
		eval:   evalPiecewise,
		real:   piecewiseReal,
		str:    strPiecewise,
		tex:    texPiecewise,
		pretty: prettyPiecewise,
		lacks: lack("done piece by piece where it is needed (funcDerivative, evalfParts, evalComplex), not through the argument-wise hook",
			"fdiff", "evalf", "evalc", "series"),
	}
}

// IsPiecewise reports whether e is a Piecewise.
func IsPiecewise(e Expr) bool { return isCallOf(e, fnPiecewise) }

// PiecewisePairs returns the (expression, condition) pairs of a
// Piecewise.
func PiecewisePairs(e Expr) [][2]Expr {
	f, ok := isCall(e, fnPiecewise)
	if !ok {
		return nil
	}
	out := make([][2]Expr, 0, len(f.args)/2)
	for i := 0; i+1 < len(f.args); i += 2 {
		out = append(out, [2]Expr{f.args[i], f.args[i+1]})
	}
	return out
}

// NewPiecewise is Piecewise(*pairs), evaluated: false conditions are
// dropped, nothing after a true one is kept, repeated conditions and
// equal neighbouring expressions collapse, and a single pair with a true
// condition is its expression. Each condition must be a Boolean (a
// relation, And, Or, Not, Xor, STrue, SFalse) or a Symbol.
func NewPiecewise(pairs [][2]Expr) (r Expr, err error) {
	defer recoverTo(&err)
	if len(pairs) == 0 {
		return nil, errorf("TypeError", "At least one (expr, cond) pair expected.")
	}
	for _, p := range pairs {
		if !IsBoolean(p[1]) && !isSymbolic(p[1]) {
			return nil, errorf("TypeError", "\nSecond argument must be a Boolean, not `%s`", className(p[1]))
		}
	}
	return MustApply(fnPiecewise, flatPairs(pairs)...), nil
}

func flatPairs(pairs [][2]Expr) []Expr {
	out := make([]Expr, 0, 2*len(pairs))
	for _, p := range pairs {
		out = append(out, p[0], p[1])
	}
	return out
}

// evalPiecewise is Piecewise.__new__ and Piecewise.eval.
func evalPiecewise(args []Expr) Expr {
	if len(args)%2 != 0 {
		panic(errorf("TypeError", "Piecewise takes (expr, cond) pairs"))
	}
	var given [][2]Expr
	for i := 0; i < len(args); i += 2 {
		c := args[i+1]
		if Equal(c, SFalse) {
			continue
		}
		given = append(given, [2]Expr{args[i], c})
		if Equal(c, STrue) {
			break
		}
	}
	if len(given) == 0 {
		return NaN // Undefined
	}
	if len(given) == 1 && Equal(given[0][1], STrue) {
		return given[0][0]
	}
	newargs := collapsePiecewise(given)
	if len(newargs) == 0 {
		panic(errorf("ValueError", "There are no conditions (or none that are not trivially false) to define an expression."))
	}
	same := len(newargs) == len(given)
	for i := 0; same && i < len(given); i++ {
		same = Equal(newargs[i][0], given[i][0]) && Equal(newargs[i][1], given[i][1])
	}
	if !same {
		return MustApply(fnPiecewise, flatPairs(newargs)...)
	}
	if 2*len(given) != len(args) {
		return newFunc(fnPiecewise, flatPairs(given))
	}
	return nil
}

// collapsePiecewise is piecewise._piecewise_collapse_arguments.
func collapsePiecewise(pairs [][2]Expr) [][2]Expr {
	var newargs [][2]Expr
	var current []Expr // the conditions up to a pair
	for _, p := range pairs {
		expr := p[0]
		cond := mapRelations(p[1], relCanonicalCoeff)
		// a Piecewise expression whose own condition matches cond
		// collapses: Piecewise((Piecewise((x, x < 0)), x < 0))
		if inner := PiecewisePairs(expr); inner != nil {
			var unmatching [][2]Expr
			for _, ec := range inner {
				if containsExpr(current, ec[1]) {
					continue
				}
				if Equal(ec[1], cond) {
					if !Equal(ec[1], STrue) {
						if unmatching != nil {
							expr = MustApply(fnPiecewise, flatPairs(append(unmatching, ec))...)
						} else {
							expr = ec[0]
						}
					}
					break
				}
				unmatching = append(unmatching, ec)
			}
		}
		// a condition seen before (or an And holding one) never fires
		seen := containsExpr(current, cond)
		if isCallOf(cond, fnAnd) {
			for _, a := range cond.Args() {
				seen = seen || containsExpr(current, a)
			}
		}
		if seen {
			continue
		}
		cond = dropRedundant(cond, current)
		current = append(current, cond)
		if n := len(newargs); n > 0 {
			if Equal(newargs[n-1][0], expr) {
				or := NewOr(cond, newargs[n-1][1])
				if isCallOf(or, fnAnd, fnOr) {
					or = distributeAndOverOr(or)
				}
				newargs[n-1] = [2]Expr{expr, or}
				continue
			}
			if Equal(newargs[n-1][1], cond) {
				continue
			}
		}
		newargs = append(newargs, [2]Expr{expr, cond})
	}
	return newargs
}

// dropRedundant removes from cond what the earlier conditions settle: a
// relation whose negation came before is true there; in an And such a
// relation is dropped, and a strict inequality whose weak form came
// before makes the And false.
func dropRedundant(cond Expr, current []Expr) Expr {
	negSeen := func(e Expr) bool {
		r, _ := AsRelation(e)
		return containsExpr(current, relCanonical(relNegated(r)))
	}
	if isCallOf(cond, fnAnd) {
		var keep []Expr
		for _, c := range cond.Args() {
			if r, ok := AsRelation(c); ok {
				if negSeen(c) {
					continue
				}
				if r.Op == "<" || r.Op == ">" {
					if containsExpr(current, NewRel(r.Op+"=", r.Lhs, r.Rhs)) {
						return SFalse
					}
				}
			}
			keep = append(keep, c)
		}
		return NewAnd(keep...)
	}
	if _, ok := AsRelation(cond); ok && negSeen(cond) {
		return STrue
	}
	return cond
}

// distributeAndOverOr is boolalg.distribute_and_over_or: an Or holding
// an And becomes an And of Ors (conjunctive form, without simplifying).
func distributeAndOverOr(e Expr) Expr {
	switch {
	case isCallOf(e, fnOr):
		args := e.Args()
		for i, a := range args {
			if !isCallOf(a, fnAnd) {
				continue
			}
			var others []Expr
			for j, b := range args {
				if j != i {
					others = append(others, b)
				}
			}
			rest := NewOr(others...)
			parts := make([]Expr, len(a.Args()))
			for k, c := range a.Args() {
				parts[k] = distributeAndOverOr(NewOr(c, rest))
			}
			return NewAnd(parts...)
		}
		return e
	case isCallOf(e, fnAnd):
		parts := make([]Expr, len(e.Args()))
		for k, c := range e.Args() {
			parts[k] = distributeAndOverOr(c)
		}
		return NewAnd(parts...)
	}
	return e
}

// piecewiseReal is Piecewise's is_real.
func piecewiseReal(args []Expr) Tri { return piecewiseFact(newFunc(fnPiecewise, args), IsReal) }

// piecewiseFact is Piecewise._eval_template_is_attr: the fact common to
// every piece, unknown when one is unknown or they differ.
func piecewiseFact(p *Func, fact func(Expr) Tri) Tri {
	t := Unknown
	for i := 0; i < len(p.args); i += 2 {
		r := fact(p.args[i])
		if r == Unknown || (i > 0 && r != t) {
			return Unknown
		}
		t = r
	}
	return t
}

// mapPieces applies f to each expression of the Piecewise p, keeping the
// conditions (SymPy's _eval_derivative, _eval_evalf, _eval_power ...).
func mapPieces(p *Func, f func(Expr) Expr) Expr {
	args := make([]Expr, len(p.args))
	for i := 0; i < len(p.args); i += 2 {
		args[i], args[i+1] = f(p.args[i]), p.args[i+1]
	}
	return MustApply(fnPiecewise, args...)
}

// piecewiseComplex is the machine-precision value of a Piecewise whose
// conditions evaluate: the first piece whose condition holds (nan when
// none does).
func piecewiseComplex(p *Func) (complex128, bool) {
	for i := 0; i < len(p.args); i += 2 {
		v, ok := condTruth(p.args[i+1])
		if !ok {
			return 0, false
		}
		if v {
			return evalComplex(p.args[i])
		}
	}
	return complex(math.NaN(), 0), true
}

func strPiecewise(p *strPrinter, f *Func) string {
	parts := make([]string, 0, len(f.args)/2)
	for i := 0; i < len(f.args); i += 2 {
		parts = append(parts, "("+p.print(f.args[i])+", "+p.print(f.args[i+1])+")")
	}
	return "Piecewise(" + strings.Join(parts, ", ") + ")"
}

// texPiecewise is LatexPrinter._print_Piecewise: a cases environment.
func texPiecewise(p *texPrinter, f *Func, _ []string, exp string) string {
	pairs := PiecewisePairs(f)
	rows := make([]string, len(pairs))
	for i, ec := range pairs {
		if i == len(pairs)-1 && Equal(ec[1], STrue) {
			rows[i] = p.print(ec[0]) + ` & \text{otherwise}`
		} else {
			rows[i] = p.print(ec[0]) + ` & \text{for}\: ` + p.print(ec[1])
		}
	}
	return texPowered(`\begin{cases} `+strings.Join(rows, ` \\`)+` \end{cases}`, exp)
}

// prettyPiecewise is PrettyPrinter._print_Piecewise: the pieces and
// their conditions ("for x < 0", "otherwise") in two centred columns,
// rows one blank line apart, behind a tall left brace.
func prettyPiecewise(p *prettyPrinter, f *Func) *pict {
	pairs := PiecewisePairs(f)
	cells := make([][2]*pict, len(pairs))
	var maxw [2]int
	for i, ec := range pairs {
		cells[i][0] = p.print(ec[0])
		if Equal(ec[1], STrue) {
			cells[i][1] = str("otherwise")
		} else {
			cells[i][1] = hnext(str("for "), p.print(ec[1]))
		}
		for j := range 2 {
			maxw[j] = max(maxw[j], cells[i][j].width())
		}
	}
	var d *pict
	for i := range cells {
		var row *pict
		for j, c := range cells[i] {
			delta := maxw[j] - c.width()
			left, right := delta/2, delta-delta/2
			if right > 0 {
				c = hnext(c, str(strings.Repeat(" ", right)))
			}
			if left > 0 {
				c = hnext(str(strings.Repeat(" ", left)), c)
			}
			if row == nil {
				row = c
				continue
			}
			row = hnext(row, str("  "), c)
		}
		if d == nil {
			d = row
			continue
		}
		d = d.below(p.uni, str(" "))
		d = d.below(p.uni, row)
	}
	d = d.parens("{", "", p.uni, false)
	d.base = d.height() / 2
	d.binding = bindOpen
	return d
}

// PiecewiseFold is SymPy's piecewise_fold: an expression holding
// Piecewise terms becomes one Piecewise whose pieces are the expression
// with each combination of pieces and whose conditions are the Ands of
// theirs. Sums and products of Piecewises with the same conditions are
// combined piece by piece first.
func PiecewiseFold(e Expr) (r Expr, err error) {
	defer recoverTo(&err)
	return piecewiseFold(e), nil
}

func piecewiseFold(e Expr) Expr {
	if !hasCallOf(e, fnPiecewise) {
		return e
	}
	var pairs [][2]Expr
	if pw, ok := isCall(e, fnPiecewise); ok {
		for _, ec := range PiecewisePairs(pw) {
			ex, c := ec[0], ec[1]
			if inner := PiecewisePairs(ex); inner != nil {
				for _, ic := range inner {
					pairs = append(pairs, [2]Expr{piecewiseFold(ic[0]), NewAnd(ic[1], c)})
				}
				continue
			}
			pairs = append(pairs, [2]Expr{piecewiseFold(ex), c})
		}
		return MustApply(fnPiecewise, flatPairs(pairs)...)
	}
	args := e.Args()
	if isAddOrMul(e) {
		args = groupSameConditions(e)
	}
	folded := make([]Expr, len(args))
	for i, a := range args {
		folded[i] = piecewiseFold(a)
	}
	// every combination of the arguments' pieces
	combos := [][2][]Expr{{nil, nil}}
	for _, a := range folded {
		opts := PiecewisePairs(a)
		if opts == nil {
			opts = [][2]Expr{{a, STrue}}
		}
		var next [][2][]Expr
		for _, c := range combos {
			for _, o := range opts {
				next = append(next, [2][]Expr{append(slices.Clone(c[0]), o[0]), append(slices.Clone(c[1]), o[1])})
			}
		}
		combos = next
		if len(combos) > 4096 {
			panic(notImpl("piecewise_fold: more than 4096 combinations of pieces"))
		}
	}
	for _, c := range combos {
		if slices.ContainsFunc(c[0], IsBoolean) {
			// x*Piecewise((False, ...)): SymPy builds x*False (deprecated)
			panic(notImpl("dcalc does not use a truth value as a factor or term"))
		}
		pairs = append(pairs, [2]Expr{rebuild(e, c[0]), NewAnd(c[1]...)})
	}
	return MustApply(fnPiecewise, flatPairs(pairs)...)
}

func isAddOrMul(e Expr) bool {
	switch e.(type) {
	case *Add, *Mul:
		return true
	}
	return false
}

// groupSameConditions is piecewise_fold's first step for a sum or
// product: Piecewises with the same conditions combine piece by piece
// (over their common leading conditions), the rest staying as they are.
func groupSameConditions(e Expr) []Expr {
	var pws, args []Expr
	for _, a := range e.Args() {
		if IsPiecewise(a) {
			pws = append(pws, a)
		} else {
			args = append(args, a)
		}
	}
	// group by the tuple of conditions, in sorted order of the keys
	type group struct {
		key Expr
		pws []Expr
	}
	var groups []*group
	for _, p := range pws {
		var cs []Expr
		for _, ec := range PiecewisePairs(p) {
			cs = append(cs, ec[1])
		}
		key := NewTuple(cs...)
		i := slices.IndexFunc(groups, func(g *group) bool { return Equal(g.key, key) })
		if i < 0 {
			groups = append(groups, &group{key: key})
			i = len(groups) - 1
		}
		groups[i].pws = append(groups[i].pws, p)
	}
	slices.SortStableFunc(groups, func(a, b *group) int { return cmpSkey(sortKey(a.key), sortKey(b.key)) })
	for _, g := range groups {
		if len(g.pws) == 1 {
			args = append(args, g.pws...)
			continue
		}
		// every Piecewise here has the same conditions: combine them all
		n := len(g.key.Args())
		var collected []Expr
		for i := range n {
			parts := make([]Expr, len(g.pws))
			for j, p := range g.pws {
				parts[j] = PiecewisePairs(p)[i][0]
			}
			collected = append(collected, rebuild(e, parts), g.key.Args()[i])
		}
		args = append(args, newFunc(fnPiecewise, collected))
	}
	return args
}

// foldWithLimits is the end of ExprWithLimits' _common_new: the
// Piecewises of a summand or integrand that hold a variable of the
// limits (a Symbol or a (var, a, b) Tuple) are folded out to the top;
// nil when nothing changes.
func foldWithLimits(f Expr, limits []Expr) Expr {
	if !hasCallOf(f, fnPiecewise) || IsPiecewise(f) {
		return nil
	}
	var vars []Expr
	for _, l := range limits {
		if t, ok := l.(*Tuple); ok && len(t.args) > 0 {
			vars = append(vars, t.args[0])
		} else {
			vars = append(vars, l)
		}
	}
	// mask the Piecewises free of the variables
	var mask [][2]Expr
	var walk func(e Expr)
	walk = func(e Expr) {
		if IsPiecewise(e) {
			if !slices.ContainsFunc(vars, func(v Expr) bool { return Has(e, v) }) &&
				!slices.ContainsFunc(mask, func(m [2]Expr) bool { return Equal(m[0], e) }) {
				mask = append(mask, [2]Expr{e, NewDummy("pw")})
			}
			return
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(f)
	g := piecewiseFold(Xreplace(f, mask))
	for i := range mask {
		mask[i] = [2]Expr{mask[i][1], mask[i][0]}
	}
	g = Xreplace(g, mask)
	if Equal(g, f) {
		return nil
	}
	return g
}
