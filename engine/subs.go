package engine

import (
	"sort"
	"strconv"
)

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
		case *Func:
			if IsLimit(x) { // the variable is bound; dir is not a symbol of the expression
				walk(x.args[0], append(append([]Expr{}, bound...), x.args[1]))
				walk(x.args[2], bound)
				return
			}
			if isIntegral(x) {
				// AddWithLimits.free_symbols: a variable with limits is
				// bound, one without (an antiderivative's) is not
				inner := append([]Expr{}, bound...)
				lims := integralLimits(x)
				for k := len(lims) - 1; k >= 0; k-- {
					for _, e := range lims[k][1:] {
						walk(e, inner)
					}
					if len(lims[k]) == 1 {
						walk(lims[k][0], inner)
					} else {
						inner = append(inner, lims[k][0])
					}
				}
				walk(x.args[0], inner)
				return
			}
			if !IsSum(x) && !IsProduct(x) {
				break
			}
			if lims := sumLimits(x); lims != nil {
				// the last limit is the outermost: each index is bound in
				// the summand and in the limits before it
				inner := append([]Expr{}, bound...)
				for k := len(lims) - 1; k >= 0; k-- {
					walk(lims[k][1], inner)
					walk(lims[k][2], inner)
					inner = append(inner, lims[k][0])
				}
				walk(x.args[0], inner)
				return
			}
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
		if o, isPow := old.(*Pow); isPow && Equal(e, o.Base()) {
			// Symbol._eval_subs: x as x**1 against a power of x
			// (x.subs(sqrt(x), y) is y**2)
			if r, ok := powSubs(e, One, old, nw, memo); ok {
				return r
			}
		}
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
	case *Func:
		if x.def == OrderDef {
			if r, ok := orderSubs(x, old, nw); ok {
				return r
			}
		}
	}
	if r, ok := algebraicSubs(e, old, nw, memo); ok {
		return r
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

// derivSubs is Derivative._eval_subs: the substitution is done inside
// the derivative unless it would make a variable of differentiation
// invalid or tie the expression to a variable in a new way; then the
// result is an unevaluated Subs.
func derivSubs(d *Derivative, old, nw Expr) Expr {
	vars := d.Vars()
	for _, v := range vars {
		if Equal(v.Var, old) && !diffWrt(nw) {
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
		if rest, ok := subtractCounts(vars, od.Vars()); ok {
			return canonicalDerivatives(derivativeNew(nw, rest, false))
		}
	}
	ne := subs1(d.Expr(), old, nw)
	nv := make([]VarCount, len(vars))
	varChanged := false
	for i, v := range vars {
		nv[i] = VarCount{subs1(v.Var, old, nw), v.Count}
		if !Equal(nv[i].Var, v.Var) {
			varChanged = true
		}
	}
	if Equal(d.Expr(), old) {
		return derivativeNew(ne, nv, false)
	}
	if !Equal(ne, d.Expr()) {
		// case (1): no new dependence on a variable of differentiation
		var reps [][2]Expr
		var wrt []*Symbol
		for _, v := range vars {
			if s, ok := v.Var.(*Symbol); ok {
				wrt = append(wrt, s)
				continue
			}
			dm := NewDummy("D")
			reps = append(reps, [2]Expr{v.Var, dm})
			wrt = append(wrt, dm)
		}
		var forbidden []*Symbol
		for _, s := range FreeSymbols(Xreplace(d.Expr(), reps)) {
			if containsSym(wrt, s) {
				forbidden = append(forbidden, s)
			}
		}
		ofree := FreeSymbols(Xreplace(old, reps))
		for _, s := range FreeSymbols(Xreplace(nw, reps)) {
			if !containsSym(ofree, s) && containsSym(forbidden, s) {
				return NewSubs(d, []Expr{old}, []Expr{nw})
			}
		}
	}
	if varChanged {
		// case (2): no variable may become something the expression
		// already contains
		atoms := atomicRecursive(d.Expr())
		for i, v := range nv {
			if Equal(v.Var, vars[i].Var) {
				continue
			}
			for _, a := range atoms {
				if Equal(a, v.Var) {
					return NewSubs(d, []Expr{old}, []Expr{nw})
				}
			}
		}
		// case (3): an invalid variable becomes a dummy bound by Subs
		newe := d.Expr()
		var svars, spts []Expr
		for i, v := range nv {
			if diffWrt(v.Var) {
				continue
			}
			xi := NewDummy("xi_" + strconv.Itoa(i))
			newe = Xreplace(newe, [][2]Expr{{vars[i].Var, xi}})
			svars = append(svars, xi)
			spts = append(spts, v.Var)
			nv[i].Var = xi
		}
		if len(svars) > 0 {
			newe = subs1(newe, old, nw)
			return NewSubs(derivativeNew(newe, nv, false), svars, spts)
		}
	}
	return derivativeNew(ne, nv, false)
}

// subtractCounts returns the variable counts of have less those of
// sub (collections.Counter difference, first occurrence of a variable
// counted) when sub's counts are all within have's.
func subtractCounts(have, sub []VarCount) ([]VarCount, bool) {
	first := func(vc []VarCount) []VarCount {
		var out []VarCount
		for i := len(vc) - 1; i >= 0; i-- {
			found := false
			for j := range out {
				if Equal(out[j].Var, vc[i].Var) {
					out[j].Count = vc[i].Count
					found = true
				}
			}
			if !found {
				out = append(out, vc[i])
			}
		}
		return out
	}
	h, s := first(have), first(sub)
	count := func(vc []VarCount, v Expr) int {
		for _, c := range vc {
			if Equal(c.Var, v) {
				return c.Count
			}
		}
		return 0
	}
	for _, c := range s {
		if c.Count > count(h, c.Var) {
			return nil, false
		}
	}
	var out []VarCount
	for _, c := range h {
		if k := c.Count - count(s, c.Var); k > 0 {
			out = append(out, VarCount{c.Var, k})
		}
	}
	return out, true
}

// atomicRecursive is SymPy's _atomic(e, recursive=True): the free
// symbols of e and every function application and derivative in it.
func atomicRecursive(e Expr) []Expr {
	free := FreeSymbols(e)
	var out []Expr
	add := func(a Expr) {
		for _, b := range out {
			if Equal(a, b) {
				return
			}
		}
		out = append(out, a)
	}
	var walk func(e Expr)
	walk = func(e Expr) {
		switch x := e.(type) {
		case *Symbol:
			if containsSym(free, x) {
				add(x)
			}
			return
		case *Func, *Derivative:
			add(e)
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return out
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
	pairs := make([][2]Expr, len(vars))
	for i := range vars {
		pairs[i] = [2]Expr{vars[i], pts[i]}
	}
	var rv Expr
	if d, ok := e.(*Derivative); ok {
		// substitutions unrelated to differentiation first
		var undone [][2]Expr
		arg := d.Expr()
		var cur Expr = d
		for _, p := range pairs {
			dm := NewDummy("D")
			if !HasFreeSymbol(Xreplace(cur, [][2]Expr{{p[0], dm}}), dm) {
				if Has(arg, p[0]) {
					cur = subs1(cur, p[0], p[1])
				}
			} else {
				undone = append(undone, p)
			}
		}
		if d, ok := cur.(*Derivative); ok {
			// differentiate with respect to the variables present
			expr := d.Expr()
			free := FreeSymbols(expr)
			var wrt []VarCount
			for _, vc := range d.Vars() {
				sym, isSym := vc.Var.(*Symbol)
				if isSym && containsSym(free, sym) {
					expr = diffN(expr, vc.Var, vc.Count)
					continue
				}
				if !isSym {
					dm := NewDummy("D")
					if HasFreeSymbol(subs1(expr, vc.Var, dm), dm) {
						expr = diffN(expr, vc.Var, vc.Count)
						continue
					}
				}
				wrt = append(wrt, vc)
			}
			rv = SubsPairs(expr, undone)
			for _, vc := range wrt {
				rv = diffN(rv, vc.Var, vc.Count)
			}
		} else {
			rv = SubsPairs(cur, undone)
		}
	} else {
		rv = SubsPairs(Doit(e), pairs)
	}
	if !Equal(rv, s) {
		rv = Doit(rv)
	}
	return rv
}

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
