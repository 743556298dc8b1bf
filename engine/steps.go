package engine

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// Derivation steps. A derivative is computed by one rule per node kind
// (evalDerivative); while Steps runs, every first derivative the engine
// takes (derivativeNew with one variable, order 1) is recorded as a node
// of a tree, with the derivatives it needed as its children. The tree is
// therefore the computation itself: a node's Result is the value the
// engine returned, and the root's Result is Diff's answer.

// Rule names the differentiation rule a step applies.
type Rule int

// The rules, in the order a calculus course meets them.
const (
	RuleConstant Rule = iota
	RuleIdentity
	RuleSum
	RuleConstMultiple
	RuleProduct
	RuleQuotient
	RulePower
	RuleExponential
	RuleLogDiff // u**v with both depending on x: logarithmic differentiation
	RuleFunction
	RuleUndefined
	RuleOther
)

// Step is one node of a derivation: the derivative of Expr with respect
// to Var is Result, by Rule, from the sub-derivations Sub. Same points to
// an earlier node with the same derivative, which this one refers to.
type Step struct {
	Rule   Rule
	Expr   Expr
	Var    Expr
	Result Expr
	Sub    []*Step
	Same   *Step

	label string // "1.2", set by Derivation
	shown bool   // whether the node gets its own line
}

// stepRecorder collects the tree while Steps runs.
type stepRecorder struct{ stack []*Step }

var (
	stepsMu  sync.Mutex
	recorder atomic.Pointer[stepRecorder]
)

// recordDerivative wraps one first derivative when a recorder is active.
func recordDerivative(e, v Expr, compute func() Expr) Expr {
	rec := recorder.Load()
	if rec == nil {
		return compute()
	}
	n := &Step{Expr: e, Var: v}
	if k := len(rec.stack); k > 0 {
		p := rec.stack[k-1]
		p.Sub = append(p.Sub, n)
	}
	rec.stack = append(rec.stack, n)
	defer func() { rec.stack = rec.stack[:len(rec.stack)-1] }()
	n.Result = compute()
	n.Rule = classify(e, v)
	return n.Result
}

// Derivation is the record of differentiating an expression: one tree
// per order of differentiation (diff(f, x, 2) is two first
// derivatives), and the answer Diff gives.
type Derivation struct {
	Expr   Expr
	Vars   []VarCount
	Trees  []*Step
	Answer Expr
}

// Steps differentiates e with respect to vars (as Diff) and records how.
// A derivative of order n is n first derivatives in a row; the answer is
// Diff's, which for higher orders SymPy writes in its own form (the last
// step shows that rewriting).
func Steps(e Expr, vars ...VarCount) (*Derivation, error) {
	var each []Expr
	for _, vc := range vars {
		for range vc.Count {
			each = append(each, vc.Var)
		}
	}
	if len(each) != 1 {
		// Diff checks the variables (and finds the one of e when none
		// is given) and writes a higher derivative in SymPy's form
		answer, err := Diff(e, vars...)
		if err != nil {
			return nil, err
		}
		if len(vars) == 0 {
			vars, each = []VarCount{{FreeSymbols(e)[0], 1}}, []Expr{FreeSymbols(e)[0]}
		}
		d, err := StepsChain(e, each)
		if err != nil {
			return nil, err
		}
		d.Vars, d.Answer = vars, answer
		return d, nil
	}
	// a first derivative: the chain's result is Diff's (the same call)
	d, err := StepsChain(e, each)
	if err != nil {
		return nil, err
	}
	d.Vars = vars
	return d, nil
}

// classify names the rule evalDerivative applied to e.
func classify(e, v Expr) Rule {
	if !dependsOn(e, v) {
		return RuleConstant
	}
	switch x := e.(type) {
	case *Symbol:
		return RuleIdentity
	case *Add:
		return RuleSum
	case *Mul:
		dep := 0
		for _, a := range x.args {
			if dependsOn(a, v) {
				dep++
			}
		}
		if dep == 1 {
			return RuleConstMultiple
		}
		if _, _, ok := quotientParts(x, v); ok {
			return RuleQuotient
		}
		return RuleProduct
	case *Pow:
		b, ex := dependsOn(x.Base(), v), dependsOn(x.Exp(), v)
		switch {
		case b && ex:
			return RuleLogDiff
		case ex:
			return RuleExponential
		}
		return RulePower
	case *Func:
		if x.def.Undefined {
			return RuleUndefined
		}
		if x.def == fnExp {
			return RuleExponential
		}
		return RuleFunction
	}
	return RuleOther
}

func dependsOn(e, v Expr) bool {
	if s, ok := v.(*Symbol); ok {
		return HasFreeSymbol(e, s)
	}
	return Has(e, v)
}

// quotientParts splits a product written as a quotient u/v: exactly
// one factor depending on v is a reciprocal 1/den and exactly one other
// factor num depends on v (constant factors may stand beside them).
func quotientParts(m *Mul, v Expr) (num, den Expr, ok bool) {
	for _, a := range m.args {
		if !dependsOn(a, v) {
			continue
		}
		if p, isPow := a.(*Pow); isPow && isInt(p.Exp(), -1) && den == nil {
			den = p.Base()
			continue
		}
		if num != nil {
			return nil, nil, false
		}
		num = a
	}
	return num, den, num != nil && den != nil
}

// markShown decides which nodes get a line: derivatives of the variable
// itself and of constant factors of a product are folded into their
// parent; a derivative met before refers to the first one.
func markShown(n *Step, seen map[string]*Step) {
	key := Str(n.Expr) + "\x00" + Str(n.Var)
	if first, ok := seen[key]; ok && n.Rule != RuleConstant && n.Rule != RuleIdentity {
		n.Same = first
		n.shown = true
		return
	}
	seen[key] = n
	n.shown = true
	for _, c := range n.Sub {
		markShown(c, seen)
		if c.Rule == RuleIdentity || c.Rule == RuleConstant && (n.Rule != RuleSum || IsNumber(c.Expr)) {
			c.shown = false
		}
	}
}

// ruleName is the rule's name as a step states it.
func (n *Step) ruleName() string {
	switch n.Rule {
	case RuleConstant:
		return "constant rule"
	case RuleIdentity:
		return "identity rule"
	case RuleSum:
		return "sum rule"
	case RuleConstMultiple:
		return "constant multiple rule"
	case RuleProduct:
		return "product rule"
	case RuleQuotient:
		return "quotient rule"
	case RulePower:
		if p := n.Expr.(*Pow); Equal(p.Base(), n.Var) {
			return "power rule"
		}
		return "power rule with the chain rule"
	case RuleExponential:
		return "exponential rule"
	case RuleLogDiff:
		return "logarithmic differentiation"
	case RuleFunction:
		f := n.Expr.(*Func)
		name := f.def.Name + " rule"
		if len(f.args) == 1 && !Equal(f.args[0], n.Var) {
			name += " with the chain rule"
		}
		return name
	case RuleUndefined:
		f := n.Expr.(*Func)
		if len(f.args) == 1 && Equal(f.args[0], n.Var) {
			return "the unknown function " + f.def.Name + " (its derivative stays symbolic)"
		}
		return "chain rule for the unknown function " + f.def.Name
	}
	return "derivative"
}

// formula is the rule in general form, with u, v for the parts.
func (n *Step) formula(w *stepWriter) *form {
	u := NewSymbol("u", Assumptions{})
	v := w.str(n.Var)
	switch n.Rule {
	case RuleConstant:
		return fs("d/d" + v + "(c) = 0")
	case RuleIdentity:
		return fs("d/d" + v + "(" + v + ") = 1")
	case RuleSum:
		return ft("(u + v)' = u' + v'", "(u + v)′ = u′ + v′")
	case RuleConstMultiple:
		return ft("(c*u)' = c*u'", "(c⋅u)′ = c⋅u′")
	case RuleProduct:
		k := 0
		for _, a := range n.Expr.(*Mul).args {
			if dependsOn(a, n.Var) {
				k++
			}
		}
		if k == 2 {
			return ft("(u*v)' = u'*v + u*v'", "(u⋅v)′ = u′⋅v + u⋅v′")
		}
		return ft("(u1*u2*...*un)' = u1'*u2*...*un + u1*u2'*...*un + ... + u1*u2*...*un'",
			"(u₁⋅u₂⋯uₙ)′ = u₁′⋅u₂⋯uₙ + u₁⋅u₂′⋯uₙ + … + u₁⋅u₂⋯uₙ′")
	case RuleQuotient:
		return ft("(u/v)' = (u'*v - u*v')/v**2", "(u/v)′ = (u′⋅v - u⋅v′)/v²")
	case RulePower:
		p := n.Expr.(*Pow)
		if Equal(p.Base(), n.Var) {
			return ft("("+v+"**n)' = n*"+v+"**(n - 1)", "("+v+"ⁿ)′ = n⋅"+v+"ⁿ⁻¹")
		}
		return ft("(u**n)' = n*u**(n - 1)*u'", "(uⁿ)′ = n⋅uⁿ⁻¹⋅u′")
	case RuleExponential:
		if _, ok := n.Expr.(*Func); ok {
			return ft("exp(u)' = exp(u)*u'", "(ℯᵘ)′ = ℯᵘ⋅u′")
		}
		return ft("(a**u)' = a**u*log(a)*u'", "(aᵘ)′ = aᵘ⋅log(a)⋅u′")
	case RuleLogDiff:
		return ft("(u**v)' = u**v*(v'*log(u) + v*u'/u)", "(uᵛ)′ = uᵛ⋅(v′⋅log(u) + v⋅u′/u)")
	case RuleFunction, RuleUndefined:
		f := n.Expr.(*Func)
		if len(f.args) != 1 {
			return nil
		}
		g := NewFunc(f.def, u)
		d := derivativeNew(g, []VarCount{{u, 1}}, true)
		return fop(fSeq, fe(g), ft("'", "′"), fs(" = "), fe(d), ft("*u'", "⋅u′"))
	}
	return nil
}

// Format writes the derivation: each step names its rule and formula,
// its sub-derivations nested below it in the order they were used, then
// its result; the last lines are SymPy's form of the result (when it
// differs) and the answer.
func (d *Derivation) Format(st StepsStyle) string {
	w := newStepWriter(st)
	d.write(w, "", true)
	return w.b.String()
}

// write writes the derivation's lines, each after indent; the Answer
// line only with answer.
func (d *Derivation) write(w *stepWriter, indent string, answer bool) {
	for i, t := range d.Trees {
		prefix := ""
		if len(d.Trees) > 1 {
			prefix = fmt.Sprintf("%d.", i+1)
			w.line(indent, fs(fmt.Sprintf("Derivative %d of %d: ", i+1, len(d.Trees))), fd(t.Expr, t.Var))
		}
		label(t, prefix+"1")
		d.writeStep(w, t, indent)
	}
	if len(d.Trees) > 0 {
		last := d.Trees[len(d.Trees)-1].Result
		if !Equal(last, d.Answer) || Str(last) != Str(d.Answer) {
			w.line(indent, fs("Simplify: "), fe(last), fs(" = "), fe(d.Answer))
		}
	}
	if answer {
		w.line(indent, fs("Answer: "), fe(d.Answer))
	}
}

func label(n *Step, l string) {
	n.label = l
	k := 0
	for _, c := range n.shownSubs() {
		k++
		label(c, fmt.Sprintf("%s.%d", l, k))
	}
}

func (d *Derivation) writeStep(w *stepWriter, n *Step, indent string) {
	if n.Same != nil {
		w.line(indent, fs(n.label+". "), fd(n.Expr, n.Var), fs(" = "), fe(n.Result), fs("  (see step "+n.Same.label+")"))
		return
	}
	head := []*form{fs(n.label + ". "), fd(n.Expr, n.Var), fs(": " + n.ruleName())}
	if f := n.formula(w); f != nil {
		head = append(head, fs(", "), f)
	}
	if n.Rule == RuleConstant && hasOtherSymbols(n.Expr, n.Var) {
		head = append(head, fs(" (treat the symbols other than "+w.str(n.Var)+" as constants)"))
	}
	w.line(indent, head...)
	for _, c := range n.shownSubs() {
		d.writeStep(w, c, indent+"   ")
	}
	if f, _, ok := n.applied(); ok && w.text(f) != Str(n.Result) {
		w.line(indent+"   ", fs("= "), f)
	}
	w.line(indent+"   ", fs("= "), fe(n.Result))
}

// shownSubs are the sub-derivations a step lists: for a quotient u/v,
// those of u and v (the engine differentiates v inside 1/v).
func (n *Step) shownSubs() []*Step {
	var out []*Step
	for _, c := range n.Sub {
		if n.Rule == RuleQuotient {
			if p, ok := c.Expr.(*Pow); ok && isInt(p.Exp(), -1) {
				if g := c.child(p.Base()); g != nil && g.shown {
					out = append(out, g)
				}
				continue
			}
		}
		if c.shown {
			out = append(out, c)
		}
	}
	return out
}

// child is the sub-derivation of e (nil if the engine did not need one:
// e does not depend on the variable).
func (n *Step) child(e Expr) *Step {
	for _, c := range n.Sub {
		if Equal(c.Expr, e) {
			return c
		}
	}
	return nil
}

// deriv is the derivative of the part e of n's expression, as the
// recorded sub-derivation found it (0 for a part that is constant).
func (n *Step) deriv(e Expr) Expr {
	if c := n.child(e); c != nil {
		return c.Result
	}
	if !dependsOn(e, n.Var) {
		return Zero
	}
	return nil
}

// applied is the step's rule applied to its parts, before the engine's
// arithmetic puts it in canonical form: as a form (to show) and as an
// expression (for checking it equals Result).
func (n *Step) applied() (*form, Expr, bool) {
	switch n.Rule {
	case RuleSum:
		var es []Expr
		for _, a := range n.Expr.(*Add).args {
			da := n.deriv(a)
			if da == nil {
				return nil, nil, false
			}
			es = append(es, da)
		}
		return fop(fAdd, fes(es)...), NewAdd(es...), true
	case RuleConstMultiple, RuleProduct:
		var terms []*form
		var es []Expr
		args := n.Expr.(*Mul).args
		for i, a := range args {
			if !dependsOn(a, n.Var) {
				continue
			}
			fs := append([]Expr(nil), args...)
			if fs[i] = n.deriv(a); fs[i] == nil {
				return nil, nil, false
			}
			terms, es = append(terms, fop(fMul, fes(fs)...)), append(es, NewMul(fs...))
		}
		return fop(fAdd, terms...), NewAdd(es...), true
	case RuleQuotient:
		m := n.Expr.(*Mul)
		num, den, _ := quotientParts(m, n.Var)
		var consts []Expr
		for _, a := range m.args {
			if !dependsOn(a, n.Var) {
				consts = append(consts, a)
			}
		}
		rec := n.child(NewPow(den, NegOne))
		du, dv := n.deriv(num), Expr(nil)
		if rec != nil {
			dv = rec.deriv(den)
		}
		if du == nil || dv == nil {
			return nil, nil, false
		}
		f := fop(fDiv, fop(fSub, fop(fMul, fe(du), fe(den)), fop(fMul, fe(num), fe(dv))), fop(fPow, fe(den), fe(Two)))
		e := Div(Sub(NewMul(du, den), NewMul(num, dv)), NewPow(den, Two))
		if len(consts) > 0 {
			c := NewMul(consts...)
			f = fop(fMul, fe(c), f)
			e = NewMul(c, e)
		}
		return f, e, true
	case RulePower:
		p := n.Expr.(*Pow)
		b, k := p.Base(), p.Exp()
		db := n.deriv(b)
		if db == nil {
			return nil, nil, false
		}
		km1 := NewAdd(k, NegOne)
		e := NewMul(k, NewPow(b, km1), db)
		pw := fop(fPow, fe(b), fe(km1))
		if Equal(b, n.Var) {
			return fop(fMul, fe(k), pw), e, true
		}
		return fop(fMul, fe(k), pw, fe(db)), e, true
	case RuleExponential:
		var base, u Expr
		if f, ok := n.Expr.(*Func); ok {
			base, u = E, f.args[0]
		} else {
			p := n.Expr.(*Pow)
			base, u = p.Base(), p.Exp()
		}
		du := n.deriv(u)
		if du == nil {
			return nil, nil, false
		}
		if base == E {
			if Equal(u, n.Var) {
				return nil, nil, false
			}
			return fop(fMul, fe(n.Expr), fe(du)), NewMul(n.Expr, du), true
		}
		lg := fnLog.call(base)
		return fop(fMul, fe(n.Expr), fe(lg), fe(du)), NewMul(n.Expr, lg, du), true
	case RuleLogDiff:
		p := n.Expr.(*Pow)
		u, v := p.Base(), p.Exp()
		du, dv := n.deriv(u), n.deriv(v)
		if du == nil || dv == nil {
			return nil, nil, false
		}
		lg := fnLog.call(u)
		f := fop(fMul, fe(n.Expr), fop(fParen, fop(fAdd, fop(fMul, fe(dv), fe(lg)), fop(fDiv, fop(fMul, fe(v), fe(du)), fe(u)))))
		return f, NewMul(n.Expr, NewAdd(NewMul(dv, lg), Div(NewMul(v, du), u))), true
	case RuleFunction, RuleUndefined:
		f := n.Expr.(*Func)
		if len(f.args) != 1 {
			return nil, nil, false
		}
		u := f.args[0]
		du := n.deriv(u)
		if du == nil {
			return nil, nil, false
		}
		if Equal(u, n.Var) {
			return nil, nil, false
		}
		// the outer derivative as evalDerivative takes it
		var outer Expr
		switch {
		case f.def.fdiffSelf:
			outer = f
		case f.def.fdiff != nil:
			outer = f.def.fdiff(f.args, 0)
		}
		if outer == nil {
			outer = genericFdiff(f, 0)
		}
		return fop(fMul, fe(outer), fe(du)), NewMul(outer, du), true
	}
	return nil, nil, false
}

func hasOtherSymbols(e, v Expr) bool {
	for _, s := range FreeSymbols(e) {
		if !Equal(s, v) {
			return true
		}
	}
	return false
}

// Latex writes the derivation as a LaTeX align* block: one line per
// step (in the order Format lists them) with its rule, then the answer.
func (d *Derivation) Latex() string {
	var b strings.Builder
	b.WriteString("\\begin{align*}\n")
	for i, t := range d.Trees {
		prefix := ""
		if len(d.Trees) > 1 {
			prefix = fmt.Sprintf("%d.", i+1)
		}
		label(t, prefix+"1")
		d.latexStep(&b, t)
	}
	fmt.Fprintf(&b, "%s &= %s && \\text{answer}\n\\end{align*}", d.latexDerivative(), Latex(d.Answer))
	return b.String()
}

func (d *Derivation) latexDerivative() string {
	var dx []string
	n := 0
	for _, vc := range d.Vars {
		n += vc.Count
		if vc.Count == 1 {
			dx = append(dx, "d "+Latex(vc.Var))
		} else {
			dx = append(dx, fmt.Sprintf("d %s^{%d}", Latex(vc.Var), vc.Count))
		}
	}
	top := "d"
	if n > 1 {
		top = fmt.Sprintf("d^{%d}", n)
	}
	return fmt.Sprintf("\\frac{%s}{%s} \\left(%s\\right)", top, strings.Join(dx, " "), Latex(d.Expr))
}

func (d *Derivation) latexStep(b *strings.Builder, n *Step) {
	rule := n.ruleName()
	if n.Same != nil {
		rule = "see step " + n.Same.label
	}
	fmt.Fprintf(b, "\\frac{d}{d %s} \\left(%s\\right) &= %s && \\text{(%s) %s} \\\\\n",
		Latex(n.Var), Latex(n.Expr), Latex(n.Result), n.label, rule)
	if n.Same != nil {
		return
	}
	for _, c := range n.shownSubs() {
		d.latexStep(b, c)
	}
}

// ImplicitDerivation records how idiff finds the n-th derivative of y:
// y replaced by y(x); then, for each order, the equation differentiated
// (with the derivation of its left side), the result collected as
// a*y' + b = 0 and solved, y' = -b/a, the lower derivatives substituted,
// and idiff's cancel, expand_mul and factor_terms applied.
type ImplicitDerivation struct {
	Eq, Subst Expr
	Y, X      Expr
	Orders    []ImplicitOrder
	Answer    Expr
}

// ImplicitOrder is one order of an implicit derivation: Eq = 0
// differentiated (Diff) is A*DyDx + B = 0; -B/A with the lower
// derivatives substituted is Solved, simplified to YP.
type ImplicitOrder struct {
	Eq, DyDx, A, B, Solved, YP Expr
	Derivs                     [][2]Expr
	Diff                       *Derivation
}

// IdiffSteps records how Idiff(eq, ys, x, n) finds the n-th derivative.
func IdiffSteps(eq Expr, ys []Expr, x *Symbol, n int) (*ImplicitDerivation, error) {
	answer, err := Idiff(eq, ys, x, n)
	if err != nil {
		return nil, err
	}
	fwd, _, dydx, err := idiffSetup(eq, ys, x)
	if err != nil {
		return nil, err
	}
	subst := SubsPairs(eq, fwd)
	d := &ImplicitDerivation{Eq: eq, Subst: subst, Y: ys[0], X: x, Answer: answer}
	_, _, err = idiffOrders(subst, dydx, x, n, func(o idiffOrder) {
		if err != nil {
			return
		}
		var dd *Derivation
		if dd, err = Steps(o.Eq, VarCount{x, 1}); err == nil {
			d.Orders = append(d.Orders, ImplicitOrder{Eq: o.Eq, DyDx: o.DyDx, A: o.A, B: o.B, Solved: o.Solved, YP: o.YP, Derivs: o.Derivs, Diff: dd})
		}
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// Format writes the implicit derivation.
func (d *ImplicitDerivation) Format(st StepsStyle) string {
	w := newStepWriter(st)
	w.line("", fs("Implicit differentiation of "), fe(d.Eq), fs(" = 0, with "+w.str(d.Y)+" a function of "+w.str(d.X)+":"))
	w.line("", fs("1. write "+w.str(d.Y)+" as a function of "+w.str(d.X)+": "), fe(d.Subst), fs(" = 0"))
	k := 1
	next := func() string { k++; return fmt.Sprintf("%d. ", k) }
	for i, o := range d.Orders {
		yp := fe(o.DyDx)
		if i == 0 {
			w.line("", fs(next()+"differentiate both sides with respect to "+w.str(d.X)+":"))
		} else {
			w.line("", fs(next()+"for the next order, differentiate "), fe(o.Eq), fs(" = 0 with respect to "+w.str(d.X)+":"))
		}
		o.Diff.write(w, "   ", false)
		w.line("   ", fe(o.Diff.Answer), fs(" = 0"))
		w.line("", fs(next()+"collect "), yp, fs(": "), fop(fAdd, fop(fMul, fop(fParen, fe(o.A)), yp), fop(fParen, fe(o.B))), fs(" = 0"))
		w.line("", fs(next()+"solve for it: "), yp, fs(" = -"), fop(fDiv, fop(fParen, fe(o.B)), fop(fParen, fe(o.A))))
		for _, s := range o.Derivs {
			w.line("   ", fs("substitute "), fe(s[0]), fs(" = "), fe(s[1]))
		}
		w.line("   ", fs("= "), fe(o.Solved))
		if Str(o.YP) != Str(o.Solved) {
			w.line("   ", fs("= "), fe(o.YP), fs("  (cancel, expand and factor out common terms, as idiff does)"))
		}
	}
	w.line("", fs("Answer: "), fe(d.Answer))
	return w.b.String()
}

// StepsChain records successive first derivatives of e, with respect to
// each of vars in turn, as hessian and jacobian take them (diff of diff,
// without the rewriting Diff applies to a higher derivative): the answer
// is the last result.
func StepsChain(e Expr, vars []Expr) (_ *Derivation, err error) {
	defer recoverTo(&err)
	d := &Derivation{Expr: e}
	stepsMu.Lock()
	defer stepsMu.Unlock()
	cur := e
	for _, v := range vars {
		d.Vars = append(d.Vars, VarCount{v, 1})
		rec := &stepRecorder{stack: []*Step{{Rule: RuleOther}}}
		recorder.Store(rec)
		func() {
			defer recorder.Store(nil)
			cur = derivativeNew(cur, []VarCount{{v, 1}}, true)
		}()
		root := rec.stack[0]
		if len(root.Sub) != 1 {
			return nil, errorf("NotImplementedError", "dcalc cannot show the steps of this derivative")
		}
		d.Trees = append(d.Trees, root.Sub[0])
	}
	d.Answer = cur
	seen := map[string]*Step{}
	for _, t := range d.Trees {
		markShown(t, seen)
	}
	return d, nil
}
