package engine

import "sort"

// FreeSymbols returns the free symbols of e sorted by name (SymPy's
// free_symbols; the variables of a Subs are bound).
func FreeSymbols(e Expr) []*Symbol {
	var out []*Symbol
	seen := map[uint64][]*Symbol{}
	var walk func(e Expr, bound []Expr)
	walk = func(e Expr, bound []Expr) {
		switch x := e.(type) {
		case *Symbol:
			for _, b := range bound {
				if Equal(b, x) {
					return
				}
			}
			for _, s := range seen[x.h] {
				if Equal(s, x) {
					return
				}
			}
			seen[x.h] = append(seen[x.h], x)
			out = append(out, x)
			return
		case *Subs:
			walk(x.Expr(), append(append([]Expr{}, bound...), x.Vars()...))
			for _, p := range x.Points() {
				walk(p, bound)
			}
			return
		}
		for _, a := range e.Args() {
			walk(a, bound)
		}
	}
	walk(e, nil)
	sort.SliceStable(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// Has reports whether sub occurs in e as a subexpression.
func Has(e, sub Expr) bool {
	if Equal(e, sub) {
		return true
	}
	for _, a := range e.Args() {
		if Has(a, sub) {
			return true
		}
	}
	return false
}

// rebuild makes an expression of e's type from new args with the
// canonical constructors, so that everything re-evaluates.
func rebuild(e Expr, na []Expr) Expr {
	switch x := e.(type) {
	case *Add:
		return NewAdd(na...)
	case *Mul:
		return NewMul(na...)
	case *Pow:
		return NewPow(na[0], na[1])
	case *Func:
		if x.def.Undefined {
			return newFunc(x.def, na)
		}
		return MustApply(x.def, na...)
	case *Derivative:
		vc := make([]VarCount, len(x.vars))
		for i, v := range x.vars {
			vc[i] = VarCount{na[i+1], v.Count}
		}
		return NewDerivative(na[0], vc)
	case *Subs:
		return NewSubs(na[0], na[1].Args(), na[2].Args())
	case *Tuple:
		return NewTuple(na...)
	}
	return e
}

// Xreplace replaces exact subexpressions (SymPy's xreplace), rebuilding
// the changed nodes canonically.
func Xreplace(e Expr, pairs [][2]Expr) Expr {
	for _, p := range pairs {
		if Equal(e, p[0]) {
			return p[1]
		}
	}
	return mapArgs(e, func(a Expr) Expr { return Xreplace(a, pairs) })
}

// SubsPairs substitutes each (old, new) pair in turn, as SymPy's
// expr.subs([(old, new), ...]).
func SubsPairs(e Expr, pairs [][2]Expr) Expr {
	for _, p := range pairs {
		checkInterrupt()
		e = subs1(e, p[0], p[1])
	}
	return e
}

// subs1 substitutes nw for old everywhere in e. Shared subexpressions are
// rebuilt once (a memo keyed by structure), so a DAG-like expression such
// as a derivative of a long product costs its distinct nodes, not its
// tree size.
func subs1(e, old, nw Expr) Expr {
	return subsMemo(e, old, nw, newExprMap[Expr](16))
}

func subsMemo(e, old, nw Expr, memo *exprMap[Expr]) Expr {
	if Equal(e, old) {
		return nw
	}
	if len(e.Args()) == 0 {
		return e
	}
	// e cannot contain old when old has a symbol e lacks (the symbol
	// masks are Bloom filters over every symbol in the tree, bound ones
	// too); then nothing below changes.
	if om := symMask(old); om != 0 && symMask(e)&om != om {
		return e
	}
	if i := memo.index(e); i >= 0 {
		return memo.vals[i]
	}
	r := subsNode(e, old, nw, memo)
	memo.slot(e, r)
	return r
}

func subsNode(e, old, nw Expr, memo *exprMap[Expr]) Expr {
	switch x := e.(type) {
	case *Derivative:
		return derivSubs(x, old, nw)
	case *Subs:
		for i, v := range x.Vars() {
			if Equal(v, old) {
				pts := append([]Expr{}, x.Points()...)
				for j := i; j < len(pts); j++ {
					pts[j] = subs1(pts[j], old, nw)
				}
				return NewSubs(x.Expr(), x.Vars(), pts)
			}
		}
		pts := make([]Expr, len(x.Points()))
		for i, p := range x.Points() {
			pts[i] = subs1(p, old, nw)
		}
		return NewSubs(subs1(x.Expr(), old, nw), x.Vars(), pts)
	}
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	na := make([]Expr, len(args))
	changed := false
	for i, a := range args {
		na[i] = subsMemo(a, old, nw, memo)
		if na[i] != a && !Equal(na[i], a) {
			changed = true
		}
	}
	if !changed {
		return e
	}
	return rebuild(e, na)
}

// derivSubs is Derivative._eval_subs for the common cases.
func derivSubs(d *Derivative, old, nw Expr) Expr {
	for _, v := range d.Vars() {
		if Equal(v.Var, old) {
			if diffWrt(nw) {
				return Xreplace(d, [][2]Expr{{old, nw}})
			}
			if _, ok := old.(*Symbol); ok {
				return NewSubs(d, []Expr{old}, []Expr{nw})
			}
			xi := NewDummy("xi")
			return NewSubs(Xreplace(d, [][2]Expr{{old, xi}}), []Expr{xi}, []Expr{nw})
		}
	}
	if od, ok := old.(*Derivative); ok && Equal(od.Expr(), d.Expr()) {
		if Equal(NewDerivative(od.Expr(), sortVarCount(od.Vars())), NewDerivative(d.Expr(), sortVarCount(d.Vars()))) {
			return nw
		}
	}
	ne := subs1(d.Expr(), old, nw)
	if Equal(ne, d.Expr()) {
		return d
	}
	if !Equal(d.Expr(), old) {
		// new may not bring in a variable of differentiation
		for _, v := range d.Vars() {
			if s, ok := v.Var.(*Symbol); ok && containsSym(FreeSymbols(nw), s) && !containsSym(FreeSymbols(old), s) && containsSym(FreeSymbols(d.Expr()), s) {
				return NewSubs(d, []Expr{old}, []Expr{nw})
			}
		}
	}
	return derivativeNew(ne, d.Vars(), false)
}

// subsDoit is Subs.doit.
func subsDoit(s *Subs) Expr {
	var vars, pts []Expr
	for i, v := range s.Vars() {
		if !Equal(v, s.Points()[i]) {
			vars = append(vars, v)
			pts = append(pts, s.Points()[i])
		}
	}
	e := s.Expr()
	if len(vars) == 0 {
		return e
	}
	var rv Expr
	if d, ok := e.(*Derivative); ok {
		var undone [][2]Expr
		for i := range vars {
			undone = append(undone, [2]Expr{vars[i], pts[i]})
		}
		// differentiate with respect to the variables present
		expr := d.Expr()
		var wrt []VarCount
		for _, vc := range d.Vars() {
			sym, isSym := vc.Var.(*Symbol)
			if isSym && containsSym(FreeSymbols(expr), sym) {
				expr = diffN(expr, vc.Var, vc.Count)
			} else {
				wrt = append(wrt, vc)
			}
		}
		if dd, ok := expr.(*Derivative); ok && len(wrt) == 0 && Equal(dd, d) {
			return NewSubs(d, vars, pts)
		}
		rv = SubsPairs(expr, undone)
		for _, vc := range wrt {
			rv = diffN(rv, vc.Var, vc.Count)
		}
	} else {
		pairs := make([][2]Expr, len(vars))
		for i := range vars {
			pairs[i] = [2]Expr{vars[i], pts[i]}
		}
		rv = SubsPairs(Doit(e), pairs)
	}
	if !Equal(rv, s) {
		rv = Doit(rv)
	}
	return rv
}

// SubsDoit evaluates an unevaluated Subs (Subs(...).doit()).
func SubsDoit(s *Subs) Expr { return subsDoit(s) }

// mapArgs rebuilds e canonically with f applied to each argument, or
// returns e itself when f returned every argument unchanged (the same
// pointer).
func mapArgs(e Expr, f func(Expr) Expr) Expr {
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	var na []Expr
	for i, a := range args {
		b := f(a)
		if na == nil {
			if b == a {
				continue
			}
			na = make([]Expr, len(args))
			copy(na, args[:i])
		}
		na[i] = b
	}
	if na == nil {
		return e
	}
	return rebuild(e, na)
}
