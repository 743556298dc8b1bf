package session

import (
	"slices"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file is the part of SymPy's sets that solveset and linsolve
// return: FiniteSet (of expressions or tuples of them), EmptySet and the
// Reals and Complexes domains, with SymPy's printing (elements sorted by
// default_sort_key in str, pretty and latex; iteration in ordered()
// order), len, iteration, membership and equality.

// symSet is a SymPy set.
type symSet struct {
	kind  string  // "FiniteSet", "EmptySet", "Reals", "Complexes", "Interval", "Union"
	items []Value // FiniteSet elements in iteration order
	// parts are an Interval's (one) or a Union's parts, intervals and at
	// most one FiniteSet of points, as the engine prints them
	parts []engine.SetPart
	// images are an ImageSet's (one) or a Union's image sets; items
	// then hold the Union's FiniteSet of points
	images []engine.ImageSet
	// cset is a ConditionSet's
	cset *engine.CondSet
	// minus are the points taken from each image set (SymPy's
	// unevaluated Complement(ImageSet, FiniteSet))
	minus []engine.Expr
}

var (
	emptySet     = &symSet{kind: "EmptySet"}
	realsSet     = &symSet{kind: "Reals"}
	complexesSet = &symSet{kind: "Complexes"}
)

// newFiniteSet is FiniteSet(*items): duplicates dropped, stored in
// ordered() order; no items is EmptySet.
func newFiniteSet(in *interp, items []Value) *symSet {
	var uniq []Value
	for _, it := range items {
		dup := false
		for _, u := range uniq {
			if valuesEqual(u, it) {
				dup = true
				break
			}
		}
		if !dup {
			uniq = append(uniq, it)
		}
	}
	if len(uniq) == 0 {
		return emptySet
	}
	exprs := make([]engine.Expr, len(uniq))
	for i, it := range uniq {
		exprs[i] = setKey(in, it)
	}
	engine.Ordered(exprs)
	out := make([]Value, len(exprs))
	for i, e := range exprs {
		for j, k := range uniq {
			if k != nil && engine.Equal(setKey(in, k), e) {
				out[i] = k
				uniq[j] = nil
				break
			}
		}
	}
	return &symSet{kind: "FiniteSet", items: out}
}

// setKey is an element as one expression, for ordering (a tuple becomes
// SymPy's Tuple).
func setKey(in *interp, v Value) engine.Expr {
	if t, ok := v.(*Tuple); ok {
		es := make([]engine.Expr, len(t.Items))
		for i, it := range t.Items {
			es[i] = setKey(in, it)
		}
		return engine.NewTuple(es...)
	}
	if e, ok := v.(engine.Expr); ok {
		return e
	}
	if e, ok := sympifyNumber(v); ok {
		return e
	}
	throw("NotImplementedError", "dcalc's sets hold expressions and tuples of them")
	return nil
}

// sorted is the elements by default_sort_key, as the printers show them.
func (s *symSet) sorted(in *interp) []Value {
	keys := make([]engine.Expr, len(s.items))
	for i, it := range s.items {
		keys[i] = setKey(in, it)
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	engine.SortIndexDefault(keys, idx)
	out := make([]Value, len(idx))
	for i, j := range idx {
		out[i] = s.items[j]
	}
	return out
}

func (in *interp) setStr(s *symSet) string {
	if s.cset != nil {
		return s.cset.Str()
	}
	if s.images != nil {
		return in.imageSetsStr(s)
	}
	if s.parts != nil {
		return engine.SetStr(s.parts)
	}
	if s.kind != "FiniteSet" {
		return s.kind
	}
	parts := make([]string, len(s.items))
	for i, it := range s.sorted(in) {
		// the elements are the FiniteSet's arguments, printed one
		// level down (a Float as 2.0); a tuple is SymPy's Tuple
		switch v := it.(type) {
		case engine.Expr:
			parts[i] = engine.StrNested(v)
		case *Tuple:
			parts[i] = engine.StrNested(setKey(in, v))
		default:
			parts[i] = in.str(it)
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func (in *interp) setPretty(s *symSet, uni bool, width int) string {
	names := map[string][2]string{"EmptySet": {"∅", "EmptySet"}, "Reals": {"ℝ", "(-oo, oo)"}, "Complexes": {"ℂ", "Complexes"}, "Integers": {"ℤ", "Integers"}}
	if n, ok := names[s.kind]; ok {
		if uni {
			return n[0]
		}
		return n[1]
	}
	if s.parts != nil {
		return engine.PrettySet(s.parts, engine.PrettyOptions{ASCII: !uni, Width: width})
	}
	if s.cset != nil {
		return s.cset.Pretty(engine.PrettyOptions{ASCII: !uni, Width: width})
	}
	if s.images != nil {
		return engine.PrettyImageSets(s.itemExprs(), s.argsOrder(), s.minus, engine.PrettyOptions{ASCII: !uni, Width: width})
	}
	c, ok := in.toContainer(&List{Items: s.sorted(in)})
	if !ok {
		return in.setStr(s)
	}
	c.Kind = '{'
	return engine.PrettyContainer(c, engine.PrettyOptions{ASCII: !uni, Width: width})
}

func (in *interp) setLatex(s *symSet) string {
	switch s.kind {
	case "EmptySet":
		return `\emptyset`
	case "Reals":
		return `\mathbb{R}`
	case "Complexes":
		return `\mathbb{C}`
	case "Integers":
		return `\mathbb{Z}`
	}
	if s.cset != nil {
		return s.cset.Latex(nil)
	}
	if s.images != nil {
		return engine.LatexImageSets(s.itemExprs(), s.argsOrder(), s.minus, nil)
	}
	if s.parts != nil {
		return engine.LatexSet(s.parts, nil)
	}
	parts := make([]string, len(s.items))
	for i, it := range s.sorted(in) {
		parts[i] = in.latex(it)
	}
	return `\left\{` + strings.Join(parts, ", ") + `\right\}`
}

// symSetAttr is the attributes notebooks use: args, is_empty,
// is_FiniteSet, the set operations as methods (union, intersect) ...
func (in *interp) symSetAttr(s *symSet, name string) (Value, bool) {
	if s.images != nil || s.cset != nil {
		return in.imageSetAttr(s, name)
	}
	switch name {
	case "args":
		return &Tuple{Items: append([]Value(nil), s.items...)}, true
	case "is_empty":
		if s.kind == "EmptySet" {
			return true, true
		}
		return s.kind == "FiniteSet" && len(s.items) == 0, true
	case "is_FiniteSet":
		return s.kind == "FiniteSet", true
	case "as_relational":
		parts, ok := s.realParts()
		if !ok {
			break
		}
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("as_relational", args, 1, 1)
			return in.partsAsRelational(parts, args[0])
		}}, true
	case "left_open", "right_open":
		if s.kind != "Interval" {
			break
		}
		return &sympyBool{v: name == "left_open" && s.parts[0].LOpen || name == "right_open" && s.parts[0].HOpen}, true
	case "is_Interval":
		return s.kind == "Interval", true
	case "is_subset":
		parts, ok := s.realParts()
		if !ok {
			break
		}
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("is_subset", args, 1, 1)
			t, err := engine.SetIsSubset(parts, in.realSetParts(args[0], "other set"))
			if err != nil {
				panic(err)
			}
			return triValue(t)
		}}, true
	case "measure":
		parts, ok := s.realParts()
		if !ok {
			break
		}
		var terms []engine.Expr
		for _, p := range parts {
			if p.Points == nil {
				terms = append(terms, engine.Sub(p.Hi, p.Lo))
			}
		}
		return engine.NewAdd(terms...), true
	case "contains":
		parts, ok := s.realParts()
		if !ok {
			break
		}
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("contains", args, 1, 1)
			c := engine.SetContains(parts, in.sympify(args[0]))
			if c == nil {
				throw("NotImplementedError", "dcalc cannot decide membership in %s yet", in.setStr(r.(*symSet)))
			}
			return boolValue(c)
		}}, true
	case "union", "intersect", "intersection":
		if _, ok := s.realParts(); !ok {
			break
		}
		op := byte('&')
		if name == "union" {
			op = '|'
		}
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			return in.setsFold(op, []Value{r, args[0]})
		}}, true
	case "complement":
		parts, ok := s.realParts()
		if !ok {
			break
		}
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("complement", args, 1, 1)
			u, ok := args[0].(*symSet)
			if !ok || u.kind != "Reals" {
				throw("NotImplementedError", "dcalc's complement takes the universe S.Reals")
			}
			reals, _ := u.realParts()
			return in.combineSets('-', reals, parts)
		}}, true
	case "inf", "sup", "start", "end":
		parts, ok := s.realParts()
		if !ok || len(parts) == 0 || s.kind == "Reals" || (name == "start" || name == "end") && s.kind != "Interval" {
			break
		}
		lo, hi := engine.SetBounds(parts)
		if name == "inf" || name == "start" {
			return lo, true
		}
		return hi, true
	}
	return nil, false
}

// setsEqual is == of two sets: same kind and elements.
func setsEqual(a, b *symSet) bool {
	if a.kind != b.kind || len(a.items) != len(b.items) || len(a.images) != len(b.images) || engine.SetStr(a.parts) != engine.SetStr(b.parts) {
		return false
	}
	if (a.cset == nil) != (b.cset == nil) || a.cset != nil && a.cset.Str() != b.cset.Str() {
		return false
	}
	for i := range a.images {
		if a.images[i].N != b.images[i].N || !engine.Equal(a.images[i].Expr, b.images[i].Expr) {
			return false
		}
	}
	for i := range a.items {
		if !valuesEqual(a.items[i], b.items[i]) {
			return false
		}
	}
	return true
}

// setsTable binds FiniteSet, solveset and linsolve (and the sets'
// names: EmptySet, Reals, Complexes).
var setsTable = []*binding{
	{Name: "FiniteSet", Sig: "(*args)", Doc: "The finite set of the arguments.",
		Fn: func(in *interp, a *callArgs) Value {
			items := make([]Value, len(a.Rest()))
			for i, v := range a.Rest() {
				items[i] = in.sympifyValue(v)
			}
			return newFiniteSet(in, items)
		}},
	{Name: "solveset", Honours: "symbol domain", Doc: "The set of solutions of f = 0: polynomial and rational equations, and the general solutions (ImageSet unions) of trigonometric, hyperbolic and exponential ones.",
		Fn: func(in *interp, a *callArgs) Value {
			return in.solveset(a.Get("f"), a.Get("symbol"), a.Get("domain"))
		}},
	nsolveRow,
	{Name: "linsolve", Sig: "(system, *symbols)", Doc: "The solutions of a linear system as a FiniteSet of one tuple (free symbols stay as parameters).",
		Fn: func(in *interp, a *callArgs) Value { return in.linsolve(a.Get("system"), a.Rest()) }},
	{Name: "solve_linear_system", Sig: "(system, *symbols)", Doc: "The solution of the linear system whose augmented matrix is system, as a dict of the solved symbols (None when inconsistent).",
		Fn: func(in *interp, a *callArgs) Value { return in.solveLinearSystem(a.Get("system"), a.Rest()) }},
	{Name: "nonlinsolve", Sig: "(system, *symbols)", Doc: "The solutions of a polynomial system as a FiniteSet of tuples (systems with finitely many solutions).",
		Fn: func(in *interp, a *callArgs) Value { return in.nonlinsolve(a.Get("system"), a.Rest()) }},
}

// solveset is solveset(f, symbol, domain) for rational functions of one
// symbol with rational coefficients, whose roots are rational or
// radicals already in the form a + b*I (SymPy expands each root with
// expand_complex, which dcalc only knows to leave alone then).
func (in *interp) solveset(fv, symv, domv Value) Value {
	// a truth value: every point of the domain, or none
	if t, ok := truthOf(fv); ok {
		if !t {
			return emptySet
		}
		if d, ok := domv.(*symSet); ok {
			return d
		}
		return complexesSet
	}
	if r, ok := fv.(*Relational); ok && r.Op != "==" && r.Op != "!=" {
		return in.solvesetInequality(r, symv, domv)
	}
	f := in.equationExpr(fv)
	reals := false
	var interval []engine.SetPart
	if domv != nil && domv != none {
		d, ok := domv.(*symSet)
		switch {
		case ok && d.kind == "Interval":
			interval, _ = d.realParts()
		case !ok || d.kind != "Reals" && d.kind != "Complexes":
			throw("NotImplementedError", "dcalc's solveset takes the domain S.Reals, S.Complexes or an Interval")
		}
		reals = ok && d.kind != "Complexes"
	}
	var x *engine.Symbol
	if symv != nil && symv != none {
		s, ok := in.sympify(symv).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's solveset solves for a symbol")
		}
		x = s
	} else {
		fs := engine.FreeSymbols(f)
		switch len(fs) {
		case 0:
		case 1:
			x = fs[0]
		default:
			throw("ValueError", "The independent variable must be specified for a multivariate equation.")
		}
	}
	if len(interval) == 1 {
		roots, all, err := engine.SolveSetInInterval(f, x, interval[0])
		if err != nil {
			panic(err)
		}
		if all {
			return domv
		}
		return newFiniteSet(in, exprValues(roots))
	}
	r, err := engine.SolveSet(f, x, reals)
	if err != nil {
		panic(err)
	}
	return in.solSetValue(x, r, reals)
}

// linsolve is linsolve(system, *symbols): a list of equations (the
// symbols given), the pair (A, b) of A·x = b, or an augmented matrix
// [A | b], whose free unknowns are named tau0, tau1, ... when no
// symbols are given.
func (in *interp) linsolve(sys Value, symv []Value) Value {
	if len(symv) == 1 && in.isIterable(symv[0]) {
		if _, ok := symv[0].(*matrixValue); !ok {
			symv = in.toSlice(symv[0])
		}
	}
	A, b, matrixForm := in.linsolveMatrices(sys)
	if !matrixForm {
		eqs := in.equationList(sys)
		if len(symv) == 0 {
			throw("ValueError", "\nWhen passing a system of equations, the explicit symbols for which a\nsolution is being sought must be given as a sequence, too.")
		}
		return in.linsolveSolutions(eqs, in.uniqueSymbols(symv), nil)
	}
	rows, cols := A.Shape()
	var syms []*engine.Symbol
	var taus []*engine.Symbol
	if len(symv) == 0 {
		for _, s := range engine.FreeSymbols(engine.NewTuple(append(A.Entries(), b.Entries()...)...)) {
			if strings.HasPrefix(s.Name(), "tau") {
				throw("NotImplementedError", "dcalc's linsolve names the free unknowns tau0, tau1, ...; the system already has a symbol %s", s.Name())
			}
		}
		for range cols {
			syms = append(syms, engine.NewDummy("Dummy"))
		}
		taus = syms
	} else {
		syms = in.uniqueSymbols(symv)
	}
	eqs := make([]engine.Expr, rows)
	for i := range rows {
		var terms []engine.Expr
		for j := range min(cols, len(syms)) {
			if el := A.At(i, j); engine.IsZero(el) != engine.True {
				terms = append(terms, engine.NewMul(el, syms[j]))
			}
		}
		eqs[i] = engine.NewAdd(append(terms, engine.Neg(b.Flat(i)))...)
	}
	return in.linsolveSolutions(eqs, syms, taus)
}

// linsolveMatrices reads linsolve's matrix forms: (A, b) or [A | b].
func (in *interp) linsolveMatrices(sys Value) (A, b *engine.Matrix, ok bool) {
	if m, isM := asMatrix(sys); isM {
		rows, cols := m.Shape()
		if cols < 1 {
			throw("ValueError", "Invalid arguments")
		}
		var ar, br [][]engine.Expr
		for i := range rows {
			row := m.Row(i).Entries()
			ar = append(ar, row[:cols-1])
			br = append(br, row[cols-1:])
		}
		return mustEngineMatrix(ar), mustEngineMatrix(br), true
	}
	if items, _ := seqItems(sys); len(items) == 2 {
		if a, isA := asMatrix(items[0]); isA {
			bm, isB := asMatrix(items[1])
			if !isB {
				throw("NotImplementedError", "dcalc's linsolve takes (A, b) with b a Matrix")
			}
			return a, bm, true
		}
	}
	return nil, nil, false
}

// mustEngineMatrix builds a matrix from rows of equal length.
func mustEngineMatrix(rows [][]engine.Expr) *engine.Matrix {
	m, err := engine.NewMatrix(rows)
	if err != nil {
		panic(err)
	}
	return m
}

// uniqueSymbols reads the unknowns, refusing repeats as SymPy does.
func (in *interp) uniqueSymbols(symv []Value) []*engine.Symbol {
	var syms []*engine.Symbol
	for _, v := range symv {
		s, ok := in.sympify(v).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "solving for non-symbols is not supported")
		}
		for _, t := range syms {
			if engine.Equal(s, t) {
				throw("ValueError", "duplicate symbols given")
			}
		}
		syms = append(syms, s)
	}
	return syms
}

// linsolveSolutions is the FiniteSet of the solution tuple (EmptySet
// when inconsistent); the dummies taus that stay free are renamed tau0,
// tau1, ... in order.
func (in *interp) linsolveSolutions(eqs []engine.Expr, syms, taus []*engine.Symbol) Value {
	vals, ok, err := engine.LinsolveValues(eqs, syms)
	if err != nil {
		panic(err)
	}
	if !ok {
		return emptySet
	}
	if len(taus) > 0 {
		var pairs [][2]engine.Expr
		for _, d := range taus {
			if slices.ContainsFunc(vals, func(v engine.Expr) bool { return engine.Has(v, d) }) {
				pairs = append(pairs, [2]engine.Expr{d, engine.NewSymbol("tau"+itoa(len(pairs)), engine.Assumptions{})})
			}
		}
		for i, v := range vals {
			vals[i] = engine.Xreplace(v, pairs)
		}
	}
	t := &Tuple{Items: make([]Value, len(vals))}
	for i, v := range vals {
		t.Items[i] = v
	}
	return newFiniteSet(in, []Value{t})
}

// solvesetInequality is solveset of a polynomial inequality in one
// symbol over S.Reals: an Interval, a Union of them (with a FiniteSet
// of isolated points), Reals or EmptySet.
func (in *interp) solvesetInequality(r *Relational, symv, domv Value) Value {
	dom, ok := domv.(*symSet)
	var domParts []engine.SetPart
	if ok {
		domParts, ok = dom.realParts()
	}
	if !ok || dom.kind == "FiniteSet" || dom.kind == "EmptySet" {
		throw("NotImplementedError", "dcalc's solveset of an inequality needs a real domain (S.Reals or an Interval; SymPy answers a ConditionSet over the complexes)")
	}
	d := engine.Sub(r.Lhs, r.Rhs)
	var given []Value
	if symv != nil && symv != none {
		given = []Value{symv}
	}
	syms := in.solveSymbols([]engine.Expr{d}, given)
	if len(syms) != 1 {
		throw("ValueError", "The independent variable must be specified for a multivariate equation.")
	}
	parts, all, err := engine.SolveInequalitySet([]engine.Inequality{{Op: r.Op, Expr: d}}, syms[0])
	if err == nil && dom.kind != "Reals" {
		if all {
			return dom
		}
		return in.combineSets('&', parts, domParts)
	}
	switch {
	case err != nil:
		panic(err)
	case all:
		return realsSet
	}
	return in.setFromParts(parts)
}

// partsAsRelational is Set.as_relational(symbol) of a union of real
// parts: false for the empty set.
func (in *interp) partsAsRelational(parts []engine.SetPart, symv Value) Value {
	x, ok := in.sympify(symv).(*engine.Symbol)
	if !ok {
		throw("NotImplementedError", "dcalc's as_relational takes a symbol")
	}
	if len(parts) == 0 {
		return &sympyBool{v: false}
	}
	return boolValue(engine.SetAsRelational(parts, x))
}

// realParts is the set as union parts for as_relational: Reals is the
// whole line, EmptySet none, a FiniteSet of expressions its points.
func (s *symSet) realParts() ([]engine.SetPart, bool) {
	switch s.kind {
	case "Reals":
		return []engine.SetPart{{Lo: engine.NegOo, Hi: engine.Oo, LOpen: true, HOpen: true}}, true
	case "EmptySet":
		return []engine.SetPart{}, true
	case "FiniteSet":
		pts := make([]engine.Expr, len(s.items))
		for i, it := range s.items {
			e, ok := it.(engine.Expr)
			if !ok {
				return nil, false
			}
			pts[i] = e
		}
		return []engine.SetPart{{Points: pts}}, true
	}
	return s.parts, s.parts != nil
}

// setFromParts is the set value of union parts: EmptySet, a FiniteSet,
// an Interval or a Union.
func (in *interp) setFromParts(parts []engine.SetPart) Value {
	switch {
	case len(parts) == 0:
		return emptySet
	case len(parts) == 1 && parts[0].Points != nil:
		items := make([]Value, len(parts[0].Points))
		for i, p := range parts[0].Points {
			items[i] = p
		}
		return newFiniteSet(in, items)
	case len(parts) == 1:
		return &symSet{kind: "Interval", parts: parts}
	}
	return &symSet{kind: "Union", parts: parts}
}

// combineSets is a | b, a & b or a - b of real sets.
func (in *interp) combineSets(op byte, a, b []engine.SetPart) Value {
	return in.setFromParts(combineParts(op, a, b))
}

// combineParts is engine.SetCombine, raising its errors.
func combineParts(op byte, a, b []engine.SetPart) []engine.SetPart {
	r, ok, err := engine.SetCombine(op, a, b)
	if err != nil {
		panic(err)
	}
	if !ok {
		throw("NotImplementedError", "dcalc combines sets of real numbers with numeric ends only")
	}
	return r
}

// setBinop is |, & and - between real sets (Set.__or__, __and__,
// __sub__).
func (in *interp) setBinop(op string, a, b Value) (Value, bool) {
	sa, ok1 := a.(*symSet)
	sb, ok2 := b.(*symSet)
	if !ok1 || !ok2 || len(op) != 1 || !strings.Contains("|&-", op) {
		return nil, false
	}
	pa, ok1 := sa.realParts()
	pb, ok2 := sb.realParts()
	if !ok1 || !ok2 {
		return nil, false
	}
	return in.combineSets(op[0], pa, pb), true
}

// setHas is `v in s`: Python's bool of s.contains(v), a TypeError when
// that is a relation.
func (in *interp) setHas(s *symSet, parts []engine.SetPart, v Value) bool {
	c := engine.SetContains(parts, in.sympify(v))
	switch {
	case c == nil:
		throw("NotImplementedError", "dcalc cannot decide membership in %s yet", in.setStr(s))
	case engine.Equal(c, engine.STrue):
		return true
	case engine.Equal(c, engine.SFalse):
		return false
	}
	throw("TypeError", "did not evaluate to a bool: %s", engine.Str(c))
	return false
}

// newInterval is Interval(start, end, left_open=False, right_open=False).
func (in *interp) newInterval(lo, hi Value, lopen, hopen bool) Value {
	parts, _ := engine.NewIntervalSet(in.sympify(lo), in.sympify(hi), lopen, hopen)
	return in.setFromParts(parts)
}

// setsFold is the union of set values (Union(a, b, ...)) or their
// intersection.
func (in *interp) setsFold(op byte, vs []Value) Value {
	if op == '&' && len(vs) == 2 {
		a, ok1 := vs[0].(*symSet)
		b, ok2 := vs[1].(*symSet)
		if ok1 && ok2 && (a.images != nil || b.images != nil || a.cset != nil || b.cset != nil) {
			return in.imageIntersect(a, b)
		}
	}
	var acc []engine.SetPart
	for i, v := range vs {
		s, ok := v.(*symSet)
		if !ok {
			throw("TypeError", "Input args to Union must be Sets")
		}
		p, ok := s.realParts()
		if !ok {
			throw("NotImplementedError", "dcalc combines sets of real numbers only")
		}
		if i == 0 {
			acc = p
			continue
		}
		acc = combineParts(op, acc, p)
	}
	return in.setFromParts(acc)
}

func init() {
	ctor := func(lopen, hopen bool) func(in *interp, args []Value, kw []kwArg) Value {
		return func(in *interp, args []Value, kw []kwArg) Value {
			nargs("Interval", args, 2, 2)
			return in.newInterval(args[0], args[1], lopen, hopen)
		}
	}
	open := func(name string, l, r bool) Value { return &Builtin{Name: name, Fn: ctor(l, r)} }
	sympyClasses["Interval"] = &Class{Name: "Interval", Module: "sympy.sets.sets",
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("Interval", args, 2, 4)
			flags := [2]bool{}
			for i, a := range args[2:] {
				flags[i] = in.truth(a, nil)
			}
			for _, k := range kw {
				switch k.Name {
				case "left_open":
					flags[0] = in.truth(k.Value, nil)
				case "right_open":
					flags[1] = in.truth(k.Value, nil)
				default:
					throw("TypeError", "Interval.__new__() got an unexpected keyword argument '%s'", k.Name)
				}
			}
			return in.newInterval(args[0], args[1], flags[0], flags[1])
		},
		Is:    func(v Value) bool { s, ok := v.(*symSet); return ok && s.kind == "Interval" },
		Attrs: map[string]Value{"open": open("open", true, true), "Lopen": open("Lopen", true, false), "Ropen": open("Ropen", false, true)}}
	for name, op := range map[string]byte{"Union": '|', "Intersection": '&'} {
		sympyClasses[name] = &Class{Name: name, Module: "sympy.sets.sets",
			Call: func(in *interp, args []Value, kw []kwArg) Value {
				if len(args) == 0 {
					if op == '|' {
						return emptySet
					}
					throw("NotImplementedError", "dcalc's Intersection() needs sets")
				}
				return in.setsFold(op, args)
			},
			Is: func(v Value) bool { s, ok := v.(*symSet); return ok && s.kind == name }}
	}
}

// truthOf is a Python or SymPy truth value's bool; ok is false for
// anything else.
func truthOf(v Value) (t, ok bool) {
	switch b := v.(type) {
	case bool:
		return b, true
	case *sympyBool:
		return b.v, true
	}
	return false, false
}

// nonlinsolve is nonlinsolve(system, *symbols) where SymPy answers from
// solve_poly_system alone: one equation in one symbol goes to solveset
// (each root a 1-tuple), and a system whose numerators are polynomials
// in the symbols with finitely many solutions gives the FiniteSet of
// their tuples. Systems SymPy hands to its substitution solver
// (non-polynomial equations, infinitely many solutions) are refused.
func (in *interp) nonlinsolve(sys Value, symv []Value) Value {
	eqs := in.equationList(sys)
	if len(eqs) == 0 {
		return emptySet
	}
	if len(symv) == 0 {
		throw("ValueError", "\nSymbols must be given, for which solution of the system is to be\nfound.")
	}
	syms := in.solveSymbols(nil, symv)
	if len(syms) == 0 {
		throw("IndexError", "\nSymbols must be given, for which solution of the system is to be\nfound.")
	}
	if len(eqs) == 1 && len(syms) == 1 {
		set := in.solveset(eqs[0], syms[0], nil)
		s, ok := set.(*symSet)
		if !ok || s.kind != "FiniteSet" && s.kind != "EmptySet" {
			throw("NotImplementedError", "dcalc's nonlinsolve gives finite solution sets only")
		}
		items := make([]Value, len(s.items))
		for i, r := range s.items {
			items[i] = &Tuple{Items: []Value{r}}
		}
		return newFiniteSet(in, items)
	}
	gens := make([]engine.Expr, len(syms))
	for i, s := range syms {
		gens[i] = s
	}
	var nums []engine.Expr
	for _, e := range eqs {
		n, _, err := engine.AsNumerDenom(e)
		if err != nil {
			panic(err)
		}
		if !engine.IsPolynomial(n, gens) {
			throw("NotImplementedError", "dcalc's nonlinsolve solves polynomial systems (SymPy's substitution solver for the others is not there yet)")
		}
		if engine.IsZero(n) == engine.True {
			continue
		}
		nums = append(nums, n)
	}
	if len(nums) == 0 {
		throw("NotImplementedError", "dcalc's nonlinsolve gives finite solution sets only")
	}
	tups, err := engine.NonlinsolvePoly(nums, syms)
	if err != nil {
		panic(err)
	}
	return newFiniteSet(in, tupleValues(tups))
}

// solveLinearSystem is solve_linear_system(M, *symbols): the equations
// M*Matrix(symbols + (-1,)) solved as linsolve solves them, each symbol
// that is not free with its value, in the symbols' order.
func (in *interp) solveLinearSystem(sys Value, symv []Value) Value {
	m, ok := asMatrix(sys)
	if !ok {
		throw("AttributeError", "'%s' object has no attribute 'shape'", typeName(sys))
	}
	syms := in.solveSymbols(nil, symv)
	r, c := m.Shape()
	if c != len(syms)+1 {
		throw("AssertionError", "")
	}
	eqs := make([]engine.Expr, r)
	for i := range r {
		terms := []engine.Expr{engine.Neg(m.At(i, c-1))}
		for j, s := range syms {
			terms = append(terms, engine.NewMul(m.At(i, j), s))
		}
		eqs[i] = engine.NewAdd(terms...)
	}
	vals, ok, err := engine.LinsolveValues(eqs, syms)
	if err != nil {
		panic(err)
	}
	if !ok {
		return none
	}
	d := newDict()
	for i, s := range syms {
		if !engine.Equal(vals[i], s) {
			d.Set(s, vals[i])
		}
	}
	return d
}

// equationList is a system's equations as expressions: each item of an
// iterable, or the one equation given.
func (in *interp) equationList(sys Value) []engine.Expr {
	if !in.isIterable(sys) {
		return []engine.Expr{in.equationExpr(sys)}
	}
	var eqs []engine.Expr
	in.iterate(sys, func(v Value) bool { eqs = append(eqs, in.equationExpr(v)); return true })
	return eqs
}

// tupleValues is solution tuples as Tuple values.
func tupleValues(tups [][]engine.Expr) []Value {
	items := make([]Value, len(tups))
	for i, t := range tups {
		items[i] = &Tuple{Items: exprValues(t)}
	}
	return items
}
