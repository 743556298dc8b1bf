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
		if x.def.Name == "exp" {
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

// formula is the rule in general form, with u, v for the parts, in the
// printer's notation (pr prints an expression).
func (n *Step) formula(pr func(Expr) string) string {
	u := NewSymbol("u", Assumptions{})
	v := pr(n.Var)
	switch n.Rule {
	case RuleConstant:
		return "d/d" + v + "(c) = 0"
	case RuleIdentity:
		return "d/d" + v + "(" + v + ") = 1"
	case RuleSum:
		return "(u + v)' = u' + v'"
	case RuleConstMultiple:
		return "(c*u)' = c*u'"
	case RuleProduct:
		k := 0
		for _, a := range n.Expr.(*Mul).args {
			if dependsOn(a, n.Var) {
				k++
			}
		}
		if k == 2 {
			return "(u*v)' = u'*v + u*v'"
		}
		return "(u1*u2*...*un)' = u1'*u2*...*un + u1*u2'*...*un + ... + u1*u2*...*un'"
	case RuleQuotient:
		return "(u/v)' = (u'*v - u*v')/v**2"
	case RulePower:
		p := n.Expr.(*Pow)
		if Equal(p.Base(), n.Var) {
			return "(" + v + "**n)' = n*" + v + "**(n - 1)"
		}
		return "(u**n)' = n*u**(n - 1)*u'"
	case RuleExponential:
		if _, ok := n.Expr.(*Func); ok {
			return "exp(u)' = exp(u)*u'"
		}
		return "(a**u)' = a**u*log(a)*u'"
	case RuleLogDiff:
		return "(u**v)' = u**v*(v'*log(u) + v*u'/u)"
	case RuleFunction, RuleUndefined:
		f := n.Expr.(*Func)
		if len(f.args) != 1 {
			return ""
		}
		g := NewFunc(f.def, u)
		d := derivativeNew(g, []VarCount{{u, 1}}, true)
		return fmt.Sprintf("%s' = %s*u'", pr(g), pr(d))
	}
	return ""
}

// Format writes the derivation as text: each step names its rule and
// formula, its sub-derivations nested below it in the order they were
// used, then its result; pr prints expressions (str or pretty on one
// line).
func (d *Derivation) Format(pr func(Expr) string) string {
	var b strings.Builder
	for i, t := range d.Trees {
		prefix := ""
		if len(d.Trees) > 1 {
			prefix = fmt.Sprintf("%d.", i+1)
			fmt.Fprintf(&b, "Derivative %d of %d: d/d%s(%s)\n", i+1, len(d.Trees), pr(t.Var), pr(t.Expr))
		}
		label(t, prefix+"1")
		d.formatStep(&b, t, "", pr)
	}
	if len(d.Trees) > 0 {
		last := d.Trees[len(d.Trees)-1].Result
		if !Equal(last, d.Answer) || Str(last) != Str(d.Answer) {
			fmt.Fprintf(&b, "Simplify: %s = %s\n", pr(last), pr(d.Answer))
		}
	}
	fmt.Fprintf(&b, "Answer: %s\n", pr(d.Answer))
	return b.String()
}

func label(n *Step, l string) {
	n.label = l
	k := 0
	for _, c := range n.shownSubs() {
		k++
		label(c, fmt.Sprintf("%s.%d", l, k))
	}
}

func (d *Derivation) formatStep(b *strings.Builder, n *Step, indent string, pr func(Expr) string) {
	dx := "d/d" + pr(n.Var)
	if n.Same != nil {
		fmt.Fprintf(b, "%s%s. %s(%s) = %s  (see step %s)\n", indent, n.label, dx, pr(n.Expr), pr(n.Result), n.Same.label)
		return
	}
	head := fmt.Sprintf("%s%s. %s(%s): %s", indent, n.label, dx, pr(n.Expr), n.ruleName())
	if f := n.formula(pr); f != "" {
		head += ", " + f
	}
	if n.Rule == RuleConstant && hasOtherSymbols(n.Expr, n.Var) {
		head += " (treat the symbols other than " + pr(n.Var) + " as constants)"
	}
	b.WriteString(head + "\n")
	for _, c := range n.shownSubs() {
		d.formatStep(b, c, indent+"   ", pr)
	}
	if text, _, ok := n.applied(pr); ok && text != pr(n.Result) {
		fmt.Fprintf(b, "%s   = %s\n", indent, text)
	}
	fmt.Fprintf(b, "%s   = %s\n", indent, pr(n.Result))
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
// arithmetic puts it in canonical form: as text (pieces printed by pr,
// parenthesised) and as an expression (for checking it equals Result).
func (n *Step) applied(pr func(Expr) string) (string, Expr, bool) {
	par := func(e Expr) string {
		switch x := e.(type) {
		case *Add:
			return "(" + pr(e) + ")"
		case *Mul, *Rational:
			return "(" + pr(e) + ")"
		case *Integer:
			if x.Sign() < 0 {
				return "(" + pr(e) + ")"
			}
		}
		return pr(e)
	}
	parts := func(es []Expr) (string, Expr, bool) { // a product of parts
		ss := make([]string, len(es))
		for i, e := range es {
			if e == nil {
				return "", nil, false
			}
			ss[i] = par(e)
		}
		return strings.Join(ss, "*"), NewMul(es...), true
	}
	switch n.Rule {
	case RuleSum:
		var ss []string
		var es []Expr
		for _, a := range n.Expr.(*Add).args {
			da := n.deriv(a)
			if da == nil {
				return "", nil, false
			}
			t := pr(da)
			if _, isAdd := da.(*Add); isAdd || CouldExtractMinusSign(da) {
				t = "(" + t + ")"
			}
			ss, es = append(ss, t), append(es, da)
		}
		return strings.Join(ss, " + "), NewAdd(es...), true
	case RuleConstMultiple, RuleProduct:
		var ss []string
		var es []Expr
		args := n.Expr.(*Mul).args
		for i, a := range args {
			if !dependsOn(a, n.Var) {
				continue
			}
			fs := append([]Expr(nil), args...)
			fs[i] = n.deriv(a)
			t, e, ok := parts(fs)
			if !ok {
				return "", nil, false
			}
			ss, es = append(ss, t), append(es, e)
		}
		return strings.Join(ss, " + "), NewAdd(es...), true
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
			return "", nil, false
		}
		text := fmt.Sprintf("(%s*%s - %s*%s)/%s**2", par(du), par(den), par(num), par(dv), par(den))
		e := Div(Sub(NewMul(du, den), NewMul(num, dv)), NewPow(den, Two))
		if len(consts) > 0 {
			c := NewMul(consts...)
			text = par(c) + "*" + text
			e = NewMul(c, e)
		}
		return text, e, true
	case RulePower:
		p := n.Expr.(*Pow)
		b, k := p.Base(), p.Exp()
		db := n.deriv(b)
		if db == nil {
			return "", nil, false
		}
		km1 := NewAdd(k, NegOne)
		e := NewMul(k, NewPow(b, km1), db)
		if Equal(b, n.Var) {
			return fmt.Sprintf("%s*%s**%s", par(k), par(b), par(km1)), e, true
		}
		return fmt.Sprintf("%s*%s**%s*%s", par(k), par(b), par(km1), par(db)), e, true
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
			return "", nil, false
		}
		if base == E {
			if Equal(u, n.Var) {
				return "", nil, false
			}
			return fmt.Sprintf("%s*%s", pr(n.Expr), par(du)), NewMul(n.Expr, du), true
		}
		lg := call("log", base)
		return fmt.Sprintf("%s*%s*%s", pr(n.Expr), par(lg), par(du)), NewMul(n.Expr, lg, du), true
	case RuleLogDiff:
		p := n.Expr.(*Pow)
		u, v := p.Base(), p.Exp()
		du, dv := n.deriv(u), n.deriv(v)
		if du == nil || dv == nil {
			return "", nil, false
		}
		lg := call("log", u)
		text := fmt.Sprintf("%s*(%s*%s + %s*%s/%s)", pr(n.Expr), par(dv), par(lg), par(v), par(du), par(u))
		return text, NewMul(n.Expr, NewAdd(NewMul(dv, lg), Div(NewMul(v, du), u))), true
	case RuleFunction, RuleUndefined:
		f := n.Expr.(*Func)
		if len(f.args) != 1 {
			return "", nil, false
		}
		u := f.args[0]
		du := n.deriv(u)
		if du == nil {
			return "", nil, false
		}
		if Equal(u, n.Var) {
			return "", nil, false
		}
		// the outer derivative as evalDerivative takes it
		var outer Expr
		switch {
		case f.def.fdiffSelf:
			outer = f
		case f.def.Fdiff != nil:
			outer = f.def.Fdiff(f.args, 0)
		}
		if outer == nil {
			outer = genericFdiff(f, 0)
		}
		return fmt.Sprintf("%s*%s", par(outer), par(du)), NewMul(outer, du), true
	}
	return "", nil, false
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

// ImplicitDerivation records idiff's first derivative: y replaced by
// y(x), both sides differentiated (with the derivation of the left
// side), the result collected as a*y' + b = 0 and solved, y' = -b/a,
// which idiff's cancel, expand_mul and factor_terms bring to its answer.
type ImplicitDerivation struct {
	Eq, Subst Expr
	Y, X      Expr
	DyDx      Expr
	Diff      *Derivation
	A, B      Expr
	Answer    Expr
}

// IdiffSteps records how Idiff(eq, ys, x, 1) finds dy/dx.
func IdiffSteps(eq Expr, ys []Expr, x *Symbol) (*ImplicitDerivation, error) {
	answer, err := Idiff(eq, ys, x, 1)
	if err != nil {
		return nil, err
	}
	y := ys[0]
	var fwd [][2]Expr
	yx := y
	if s, ok := y.(*Symbol); ok {
		yx = NewFunc(UndefinedFunction(s.name), x)
		for _, s := range FreeSymbols(eq) {
			if !Equal(s, x) && indexExpr(ys, s) >= 0 {
				fwd = append(fwd, [2]Expr{s, NewFunc(UndefinedFunction(s.name), x)})
			}
		}
	}
	subst := SubsPairs(eq, fwd)
	d, err := Steps(subst, VarCount{x, 1})
	if err != nil {
		return nil, err
	}
	dydx := diff1(yx, x)
	deq := d.Answer
	b := Xreplace(deq, [][2]Expr{{dydx, Zero}})
	a := Xreplace(Sub(deq, b), [][2]Expr{{dydx, One}})
	return &ImplicitDerivation{Eq: eq, Subst: subst, Y: y, X: x, DyDx: dydx, Diff: d, A: a, B: b, Answer: answer}, nil
}

// Format writes the implicit derivation as text.
func (d *ImplicitDerivation) Format(pr func(Expr) string) string {
	var b strings.Builder
	yp := pr(d.DyDx)
	fmt.Fprintf(&b, "Implicit differentiation of %s = 0, with %s a function of %s:\n", pr(d.Eq), pr(d.Y), pr(d.X))
	fmt.Fprintf(&b, "1. write %s as a function of %s: %s = 0\n", pr(d.Y), pr(d.X), pr(d.Subst))
	fmt.Fprintf(&b, "2. differentiate both sides with respect to %s:\n", pr(d.X))
	for _, line := range strings.Split(strings.TrimRight(d.Diff.Format(pr), "\n"), "\n") {
		if strings.HasPrefix(line, "Answer: ") {
			continue
		}
		b.WriteString("   " + line + "\n")
	}
	fmt.Fprintf(&b, "   %s = 0\n", pr(d.Diff.Answer))
	fmt.Fprintf(&b, "3. collect %s: (%s)*%s + (%s) = 0\n", yp, pr(d.A), yp, pr(d.B))
	fmt.Fprintf(&b, "4. solve for it: %s = -(%s)/(%s)\n", yp, pr(d.B), pr(d.A))
	fmt.Fprintf(&b, "   = %s\n", pr(SubsPairs(Div(Neg(d.B), d.A), nil)))
	fmt.Fprintf(&b, "Answer: %s\n", pr(d.Answer))
	return b.String()
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
