package engine

import (
	"slices"
	"sort"
)

// This file is SymPy 1.14's cse (sympy/simplify/cse_main.py) without
// optimizations: opt_cse finds negated sums and products, negative
// powers and the common argument subsets of sums and of products
// (match_common_args with its FuncArgTracker), then tree_cse marks every
// subexpression met twice and rebuilds the expressions bottom-up,
// products' and sums' arguments in SymPy's canonical order, naming each
// marked subexpression by the next of the numbered symbols. The order of
// every step is SymPy's, so the names and the replacements come out the
// same.

// cseNode is an expression or an unevaluated operation over nodes.
type cseNode interface{}

// uneval is cse's Unevaluated: an operation kept unevaluated so that a
// common sub-sum or sub-product can be matched inside others. It is
// compared by identity.
type uneval struct {
	op   string // "Add", "Mul" or "Pow"
	args []cseNode
}

// exprIndex maps expressions (by structure) and unevals (by identity)
// to values.
type exprIndex[V any] struct {
	byHash map[uint64][]exprEntry[V]
	byPtr  map[*uneval]V
}

type exprEntry[V any] struct {
	e Expr
	v V
}

func newExprIndex[V any]() *exprIndex[V] {
	return &exprIndex[V]{byHash: map[uint64][]exprEntry[V]{}, byPtr: map[*uneval]V{}}
}

func (m *exprIndex[V]) get(n cseNode) (V, bool) {
	if u, ok := n.(*uneval); ok {
		v, ok := m.byPtr[u]
		return v, ok
	}
	e := n.(Expr)
	for _, en := range m.byHash[e.Hash()] {
		if Equal(en.e, e) {
			return en.v, true
		}
	}
	var zero V
	return zero, false
}

func (m *exprIndex[V]) set(n cseNode, v V) {
	if u, ok := n.(*uneval); ok {
		m.byPtr[u] = v
		return
	}
	e := n.(Expr)
	h := e.Hash()
	for i, en := range m.byHash[h] {
		if Equal(en.e, e) {
			m.byHash[h][i].v = v
			return
		}
	}
	m.byHash[h] = append(m.byHash[h], exprEntry[V]{e, v})
}

// orderedInts is SymPy's OrderedSet of integers: insertion order.
type orderedInts struct {
	items []int
}

func newOrderedInts(xs ...int) *orderedInts {
	s := &orderedInts{}
	for _, x := range xs {
		s.add(x)
	}
	return s
}

func (s *orderedInts) has(x int) bool { return slices.Contains(s.items, x) }

func (s *orderedInts) add(x int) {
	if !s.has(x) {
		s.items = append(s.items, x)
	}
}

func (s *orderedInts) remove(x int) {
	if i := slices.Index(s.items, x); i >= 0 {
		s.items = slices.Delete(s.items, i, i+1)
	}
}

// intersect is s.intersection(o): s's order.
func (s *orderedInts) intersect(o *orderedInts) *orderedInts {
	r := &orderedInts{}
	for _, x := range s.items {
		if o.has(x) {
			r.items = append(r.items, x)
		}
	}
	return r
}

// minus is s.difference(o): s's order.
func (s *orderedInts) minus(o *orderedInts) *orderedInts {
	r := &orderedInts{}
	for _, x := range s.items {
		if !o.has(x) {
			r.items = append(r.items, x)
		}
	}
	return r
}

// funcArgTracker is SymPy's FuncArgTracker: value numbers for the
// arguments, and the maps between functions and their argument sets.
type funcArgTracker struct {
	numbers    *exprIndex[int]
	values     []cseNode
	argToFuncs []*orderedInts
	funcToArgs []*orderedInts
}

func newFuncArgTracker(funcs []Expr) *funcArgTracker {
	t := &funcArgTracker{numbers: newExprIndex[int]()}
	for i, f := range funcs {
		args := newOrderedInts()
		for _, a := range f.Args() {
			n := t.number(a)
			args.add(n)
			t.argToFuncs[n].add(i)
		}
		t.funcToArgs = append(t.funcToArgs, args)
	}
	return t
}

// number is get_or_add_value_number.
func (t *funcArgTracker) number(v cseNode) int {
	if n, ok := t.numbers.get(v); ok {
		return n
	}
	n := len(t.values)
	t.numbers.set(v, n)
	t.values = append(t.values, v)
	t.argToFuncs = append(t.argToFuncs, newOrderedInts())
	return n
}

// argsInValueOrder are the arguments of a set by value number.
func (t *funcArgTracker) argsInValueOrder(set *orderedInts) []cseNode {
	ns := slices.Clone(set.items)
	sort.Ints(ns)
	out := make([]cseNode, len(ns))
	for i, n := range ns {
		out[i] = t.values[n]
	}
	return out
}

func (t *funcArgTracker) stopTracking(i int) {
	for _, a := range t.funcToArgs[i].items {
		t.argToFuncs[a].remove(i)
	}
}

// commonCandidates is get_common_arg_candidates: the functions from
// minI on sharing at least two arguments with set, by count.
func (t *funcArgTracker) commonCandidates(set *orderedInts, minI int) map[int]int {
	counts := map[int]int{}
	if len(set.items) == 0 {
		return counts
	}
	var largest *orderedInts
	for _, a := range set.items {
		if fs := t.argToFuncs[a]; largest == nil || len(fs.items) > len(largest.items) {
			largest = fs
		}
	}
	for _, a := range set.items {
		fs := t.argToFuncs[a]
		if fs == largest {
			continue
		}
		for _, f := range fs.items {
			if f >= minI {
				counts[f]++
			}
		}
	}
	for f, c := range counts {
		if c >= 1 && largest.has(f) {
			counts[f]++
		}
	}
	for f, c := range counts {
		if c < 2 {
			delete(counts, f)
		}
	}
	return counts
}

// subsetCandidates is get_subset_candidates: the functions (in
// restrict, when given) whose arguments include all of set.
func (t *funcArgTracker) subsetCandidates(set, restrict *orderedInts) *orderedInts {
	idx := newOrderedInts(t.argToFuncs[set.items[0]].items...)
	if restrict != nil {
		idx = idx.intersect(restrict)
	}
	for _, a := range set.items[1:] {
		idx = idx.intersect(t.argToFuncs[a])
	}
	return idx
}

func (t *funcArgTracker) update(i int, args *orderedInts) {
	old := t.funcToArgs[i]
	for _, a := range old.minus(args).items {
		t.argToFuncs[a].remove(i)
	}
	for _, a := range args.minus(old).items {
		t.argToFuncs[a].add(i)
	}
	t.funcToArgs[i] = newOrderedInts(args.items...)
}

// matchCommonArgs is match_common_args for Add or Mul over funcs.
func matchCommonArgs(op string, funcs []Expr, optSubs *exprIndex[cseNode]) {
	funcs = slices.Clone(funcs)
	sort.SliceStable(funcs, func(i, j int) bool { return len(funcs[i].Args()) < len(funcs[j].Args()) })
	t := newFuncArgTracker(funcs)
	changed := newOrderedInts()
	for i := range funcs {
		counts := t.commonCandidates(t.funcToArgs[i], i+1)
		keys := make([]int, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			if counts[keys[a]] != counts[keys[b]] {
				return counts[keys[a]] < counts[keys[b]]
			}
			return keys[a] < keys[b]
		})
		candidates := newOrderedInts(keys...)
		for len(candidates.items) > 0 {
			j := candidates.items[0]
			candidates.items = candidates.items[1:]
			com := t.funcToArgs[i].intersect(t.funcToArgs[j])
			if len(com.items) <= 1 {
				continue
			}
			var comNumber int
			if diffI := t.funcToArgs[i].minus(com); len(diffI.items) > 0 {
				comFunc := &uneval{op: op, args: t.argsInValueOrder(com)}
				comNumber = t.number(comFunc)
				diffI.add(comNumber)
				t.update(i, diffI)
				changed.add(i)
			} else {
				comNumber = t.number(funcs[i])
			}
			diffJ := t.funcToArgs[j].minus(com)
			diffJ.add(comNumber)
			t.update(j, diffJ)
			changed.add(j)
			for _, k := range t.subsetCandidates(com, candidates).items {
				diffK := t.funcToArgs[k].minus(com)
				diffK.add(comNumber)
				t.update(k, diffK)
				changed.add(k)
			}
		}
		if changed.has(i) {
			optSubs.set(funcs[i], &uneval{op: op, args: t.argsInValueOrder(t.funcToArgs[i])})
		}
		t.stopTracking(i)
	}
}

// cseAtom is SymPy's is_Atom (and is_Order) for cse's walks.
func cseAtom(e Expr) bool {
	switch x := e.(type) {
	case *Symbol, *Integer, *Rational, *Float, *Constant, *Special:
		return true
	case *Func:
		return x.def == OrderDef
	}
	return false
}

// optCSE is opt_cse: the substitutions that expose common parts.
func optCSE(exprs []Expr) *exprIndex[cseNode] {
	optSubs := newExprIndex[cseNode]()
	seen := newExprIndex[bool]()
	var adds, muls []Expr
	addOnce := func(list []Expr, e Expr) []Expr {
		for _, o := range list {
			if Equal(o, e) {
				return list
			}
		}
		return append(list, e)
	}
	var find func(e Expr)
	find = func(e Expr) {
		if cseAtom(e) {
			return
		}
		if t, ok := e.(*Tuple); ok {
			for _, a := range t.args {
				find(a)
			}
			return
		}
		if _, ok := seen.get(e); ok {
			return
		}
		seen.set(e, true)
		for _, a := range e.Args() {
			find(a)
		}
		if CouldExtractMinusSign(e) {
			var neg Expr
			if a, ok := e.(*Add); ok {
				ts := make([]Expr, len(a.args))
				for i, t := range a.args {
					ts[i] = Neg(t)
				}
				neg = NewAdd(ts...)
			} else {
				neg = Neg(e)
			}
			if !cseAtom(neg) {
				optSubs.set(e, &uneval{op: "Mul", args: []cseNode{NegOne, neg}})
				seen.set(neg, true)
				e = neg
			}
		}
		switch x := e.(type) {
		case *Mul:
			muls = addOnce(muls, x)
		case *Add:
			adds = addOnce(adds, x)
		case *Pow:
			if CouldExtractMinusSign(x.args[1]) {
				optSubs.set(x, &uneval{op: "Pow", args: []cseNode{NewPow(x.args[0], Neg(x.args[1])), NegOne}})
			}
		}
	}
	for _, e := range exprs {
		find(e)
	}
	var commutative []Expr
	for _, m := range muls {
		if len(argsCnc(m)) > 1 {
			commutative = addOnce(commutative, m)
		}
	}
	matchCommonArgs("Add", adds, optSubs)
	matchCommonArgs("Mul", commutative, optSubs)
	return optSubs
}

// argsCnc is a product's commutative factors as args_cnc lists them: a
// negative numeric coefficient other than -1 split into -1 and its
// absolute value.
func argsCnc(e Expr) []Expr {
	c := slices.Clone(mulArgs(e))
	if len(c) > 0 {
		if n, ok := c[0].(*Integer); ok && n.Sign() < 0 && !Equal(n, NegOne) {
			c = append([]Expr{NegOne, Neg(n)}, c[1:]...)
		} else if r, ok := c[0].(*Rational); ok && r.r.Sign() < 0 {
			c = append([]Expr{NegOne, Neg(r)}, c[1:]...)
		} else if f, ok := c[0].(*Float); ok && f.v.Sign() < 0 {
			c = append([]Expr{NegOne, Neg(f)}, c[1:]...)
		}
	}
	return c
}

// cseOrdered is sympy's ordered(): by node count, then default_sort_key.
func cseOrdered(xs []Expr) []Expr {
	out := slices.Clone(xs)
	sort.SliceStable(out, func(i, j int) bool {
		ni, nj := basicCount(out[i]), basicCount(out[j])
		if ni != nj {
			return ni < nj
		}
		return CompareSortKey(out[i], out[j]) < 0
	})
	return out
}

// basicCount is e.count(Basic): the nodes of its tree, as SymPy's args
// build it.
func basicCount(e Expr) int {
	if d, ok := e.(*Derivative); ok {
		return 1 + basicCount(d.args[0]) + 3*len(d.vars)
	}
	n := 1
	for _, a := range e.Args() {
		n += basicCount(a)
	}
	return n
}

// CSE is cse(exprs) with SymPy's defaults: the (symbol, subexpression)
// replacements, each in terms of the earlier ones, and the reduced
// expressions. next gives the symbols to use; a name the expressions use
// is skipped. Piecewise expressions are refused: SymPy walks their
// (expr, cond) pairs as sequences, which dcalc's representation does
// not reproduce.
func CSE(exprs []Expr, next func() (Expr, bool)) (repl [][2]Expr, reduced []Expr, err error) {
	defer recoverTo(&err)
	for _, e := range exprs {
		if hasCallOf(e, fnPiecewise) {
			return nil, nil, notImpl("dcalc's cse does not take Piecewise expressions yet")
		}
	}
	optSubs := optCSE(exprs)
	toEliminate := newExprIndex[bool]()
	seen := newExprIndex[bool]()
	excluded := map[string]bool{}
	var find func(n cseNode)
	find = func(n cseNode) {
		var args []cseNode
		switch x := n.(type) {
		case *uneval:
			if _, ok := seen.get(x); ok {
				toEliminate.set(x, true)
				return
			}
			seen.set(x, true)
			args = x.args
		case Expr:
			if cseAtom(x) {
				if s, ok := x.(*Symbol); ok {
					excluded[s.name] = true
				}
				return
			}
			if t, ok := x.(*Tuple); ok {
				for _, a := range t.args {
					find(a)
				}
				return
			}
			if _, ok := seen.get(x); ok {
				toEliminate.set(x, true)
				return
			}
			seen.set(x, true)
			if s, ok := optSubs.get(x); ok {
				find2(s, find)
				return
			}
			for _, a := range x.Args() {
				args = append(args, a)
			}
		}
		for _, a := range args {
			find(a)
		}
	}
	for _, e := range exprs {
		find(e)
	}
	subs := newExprIndex[Expr]()
	nextSym := func() Expr {
		for {
			s, ok := next()
			if !ok {
				panic(&Error{Type: "ValueError", Msg: "Symbols iterator ran out of symbols."})
			}
			if sym, isSym := s.(*Symbol); !isSym || !excluded[sym.name] {
				return s
			}
		}
	}
	var rebuild func(n cseNode) Expr
	rebuild = func(n cseNode) Expr {
		if e, ok := n.(Expr); ok {
			if len(e.Args()) == 0 {
				return e
			}
			if t, ok := e.(*Tuple); ok {
				na := make([]Expr, len(t.args))
				for i, a := range t.args {
					na[i] = rebuild(a)
				}
				return NewTuple(na...)
			}
		}
		if s, ok := subs.get(n); ok {
			return s
		}
		orig := n
		if e, ok := n.(Expr); ok {
			if s, ok := optSubs.get(e); ok {
				n = s
			}
		}
		var newExpr Expr
		switch x := n.(type) {
		case *uneval:
			na := make([]Expr, len(x.args))
			for i, a := range x.args {
				na[i] = rebuild(a)
			}
			switch x.op {
			case "Add":
				newExpr = NewAdd(na...)
			case "Mul":
				newExpr = NewMul(na...)
			default:
				newExpr = NewPow(na[0], na[1])
			}
		case Expr:
			var args []Expr
			switch x.(type) {
			case *Mul:
				args = cseOrdered(argsCnc(x))
			case *Add:
				args = cseOrdered(x.Args())
			default:
				args = x.Args()
			}
			na := make([]Expr, len(args))
			changed := false
			for i, a := range args {
				na[i] = rebuild(a)
				changed = changed || !Equal(na[i], a)
			}
			newExpr = x
			if changed {
				newExpr = rebuild2(x, na)
			}
		}
		if _, ok := toEliminate.get(orig); ok {
			sym := nextSym()
			subs.set(orig, sym)
			repl = append(repl, [2]Expr{sym, newExpr})
			return sym
		}
		return newExpr
	}
	for _, e := range exprs {
		reduced = append(reduced, rebuild(e))
	}
	return repl, reduced, nil
}

// find2 walks an opt_subs replacement as _find_repeated does after
// swapping it in: an uneval's arguments, or an expression's.
func find2(n cseNode, find func(cseNode)) {
	switch x := n.(type) {
	case *uneval:
		for _, a := range x.args {
			find(a)
		}
	case Expr:
		for _, a := range x.Args() {
			find(a)
		}
	}
}

// rebuild2 is expr.func(*new_args) for cse: Mul and Add of the
// reordered arguments, any other head through rebuild.
func rebuild2(e Expr, na []Expr) Expr {
	switch e.(type) {
	case *Mul:
		return NewMul(na...)
	case *Add:
		return NewAdd(na...)
	}
	return rebuild(e, na)
}
