package session

import (
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
	kind  string  // "FiniteSet", "EmptySet", "Reals", "Complexes"
	items []Value // FiniteSet elements in iteration order
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
	if s.kind != "FiniteSet" {
		return s.kind
	}
	parts := make([]string, len(s.items))
	for i, it := range s.sorted(in) {
		parts[i] = in.str(it)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func (in *interp) setPretty(s *symSet, uni bool, width int) string {
	names := map[string][2]string{"EmptySet": {"∅", "EmptySet"}, "Reals": {"ℝ", "(-oo, oo)"}, "Complexes": {"ℂ", "Complexes"}}
	if n, ok := names[s.kind]; ok {
		if uni {
			return n[0]
		}
		return n[1]
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
	}
	parts := make([]string, len(s.items))
	for i, it := range s.sorted(in) {
		parts[i] = in.latex(it)
	}
	return `\left\{` + strings.Join(parts, ", ") + `\right\}`
}

// symSetAttr is the attributes notebooks use: args, is_empty, is_FiniteSet.
func (in *interp) symSetAttr(s *symSet, name string) (Value, bool) {
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
	}
	return nil, false
}

// setsEqual is == of two sets: same kind and elements.
func setsEqual(a, b *symSet) bool {
	if a.kind != b.kind || len(a.items) != len(b.items) {
		return false
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
	{Name: "solveset", Honours: "symbol domain", Doc: "The set of solutions of f = 0 (polynomial and rational equations in one symbol).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.solveset(a.Get("f"), a.Get("symbol"), a.Get("domain"))
		}},
	nsolveRow,
	{Name: "linsolve", Sig: "(system, *symbols)", Doc: "The solutions of a linear system as a FiniteSet of one tuple (free symbols stay as parameters).",
		Fn: func(in *interp, a *callArgs) Value { return in.linsolve(a.Get("system"), a.Rest()) }},
}

// solveset is solveset(f, symbol, domain) for rational functions of one
// symbol with rational coefficients, whose roots are rational or
// radicals already in the form a + b*I (SymPy expands each root with
// expand_complex, which dcalc only knows to leave alone then).
func (in *interp) solveset(fv, symv, domv Value) Value {
	f := in.equationExpr(fv)
	reals := false
	if domv != nil && domv != none {
		d, ok := domv.(*symSet)
		if !ok || d.kind != "Reals" && d.kind != "Complexes" {
			throw("NotImplementedError", "dcalc's solveset takes the domain S.Reals or S.Complexes")
		}
		reals = d.kind == "Reals"
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
	roots, all, err := engine.SolveSetRational(f, x, reals)
	if err != nil {
		panic(err)
	}
	if all {
		if reals {
			return realsSet
		}
		return complexesSet
	}
	items := make([]Value, len(roots))
	for i, r := range roots {
		items[i] = r
	}
	return newFiniteSet(in, items)
}

// linsolve is linsolve(equations, *symbols) for a list of equations.
func (in *interp) linsolve(sys Value, symv []Value) Value {
	if _, ok := asMatrix(sys); ok {
		throw("NotImplementedError", "dcalc's linsolve takes a list of equations (not a matrix form) yet")
	}
	var eqs []engine.Expr
	if in.isIterable(sys) {
		in.iterate(sys, func(v Value) bool { eqs = append(eqs, in.equationExpr(v)); return true })
	} else {
		eqs = []engine.Expr{in.equationExpr(sys)}
	}
	syms := in.solveSymbols(eqs, symv)
	vals, ok, err := engine.LinsolveValues(eqs, syms)
	if err != nil {
		panic(err)
	}
	if !ok {
		return emptySet
	}
	t := &Tuple{Items: make([]Value, len(vals))}
	for i, v := range vals {
		t.Items[i] = v
	}
	return newFiniteSet(in, []Value{t})
}
