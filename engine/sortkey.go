package engine

import (
	"math"
	"sort"
	"strings"
	"sync/atomic"
)

// skey is a value of a SymPy sort key: an int, a string, a number
// (compared by value) or a tuple of skeys, compared as Python compares
// tuples.
//
// It is 48 bytes: the tuple's elements inline, the scalar in an
// interface (the small ints of class keys and argument counts box
// without allocating, an Expr is already an interface). Sort keys are a
// large part of what printing allocates; a struct with a field for each
// kind took 72.
type skey struct {
	tag byte // 'i' int, 's' string, 'n' number, 't' tuple
	t   []skey
	x   any // int64 ('i'), string ('s') or Expr ('n')
}

func kInt(i int64) skey   { return skey{tag: 'i', x: i} }
func kStr(s string) skey  { return skey{tag: 's', x: s} }
func kNum(n Expr) skey    { return skey{tag: 'n', x: n} }
func kTup(t ...skey) skey { return skey{tag: 't', t: t} }
func classKey(a, b int, name string) skey {
	return kTup(kInt(int64(a)), kInt(int64(b)), kStr(name))
}

// Class keys that never change, shared (skey tuples are never modified).
var (
	numberClassKey = classKey(1, 0, "Number")
	mulClassKey    = classKey(3, 0, "Mul")
	addClassKey    = classKey(3, 1, "Add")
	powClassKey    = classKey(3, 2, "Pow")
	symClassKey    = classKey(2, 0, "Symbol")
)

func cmpSkey(a, b skey) int {
	if a.tag != b.tag {
		// numbers of different representations compare by value
		if isNumTag(a.tag) && isNumTag(b.tag) {
			return cmpFloat(skeyFloat(a), skeyFloat(b))
		}
		return cmpInt(int(a.tag), int(b.tag))
	}
	switch a.tag {
	case 'i':
		ai, bi := a.x.(int64), b.x.(int64)
		switch {
		case ai < bi:
			return -1
		case ai > bi:
			return 1
		}
		return 0
	case 's':
		return strings.Compare(a.x.(string), b.x.(string))
	case 'n':
		if c, ok := numCmp(a.x.(Expr), b.x.(Expr)); ok {
			return c
		}
		return 0
	}
	if len(a.t) > 0 && len(a.t) == len(b.t) && &a.t[0] == &b.t[0] {
		return 0 // one cached key (a shared subexpression)
	}
	for i := 0; i < len(a.t) && i < len(b.t); i++ {
		if c := cmpSkey(a.t[i], b.t[i]); c != 0 {
			return c
		}
	}
	return cmpInt(len(a.t), len(b.t))
}

func isNumTag(t byte) bool { return t == 'i' || t == 'n' }

func skeyFloat(k skey) float64 {
	switch k.tag {
	case 'i':
		return float64(k.x.(int64))
	}
	v, _ := evalComplex(k.x.(Expr))
	return real(v)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// exprClassKey is SymPy's class_key.
func exprClassKey(e Expr) skey {
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special:
		return numberClassKey
	case *Symbol:
		if x.dummy == 0 && x.base == nil {
			return symClassKey
		}
		return classKey(2, 0, className(e))
	case *Constant:
		return classKey(2, 0, className(e))
	case *Func:
		if x.def == fnTrue || x.def == fnFalse {
			return classKey(2, 0, x.def.Name) // BooleanAtom: Atom.class_key
		}
		if x.def.notFunction {
			// Max and Min are LatticeOps, Integral and Limit Exprs, not
			// Functions: Basic.class_key
			return classKey(5, 0, x.def.Name)
		}
		return classKey(4, x.def.ClassKey, x.def.Name)
	case *Mul:
		return mulClassKey
	case *Add:
		return addClassKey
	case *Pow:
		return powClassKey
	}
	return classKey(5, 0, className(e))
}

// The parts of a number's sort key that do not depend on its value.
var (
	numberArgsKey = kTup(kInt(0), kTup())
	emptyKey      = kTup()
)

var oneSortKey = kTup(numberClassKey, numberArgsKey, emptyKey, kNum(One))

// keyCache holds a symbol's or compound node's sort key, and its fuzzy
// facts (cachedFact), once computed. Nodes are
// immutable, so the key never changes; without the cache, keys of nested
// sums and products are recomputed at every level (exponential in the
// depth).
type keyCache struct {
	p     atomic.Pointer[skey]
	facts atomic.Uint32 // the node's fuzzy facts (factcache.go)
}

func keyCacheOf(e Expr) *keyCache {
	switch x := e.(type) {
	case *Add:
		return &x.key
	case *Mul:
		return &x.key
	case *Pow:
		return &x.key
	case *Func:
		return &x.key
	case *Derivative:
		return &x.key
	case *Subs:
		return &x.key
	case *Tuple:
		return &x.key
	case *Symbol:
		return &x.key
	}
	return nil
}

// sortKey is SymPy's default_sort_key (order=None).
func sortKey(e Expr) skey {
	c := keyCacheOf(e)
	if c == nil {
		return sortKeyOf(e)
	}
	if k := c.p.Load(); k != nil {
		return *k
	}
	k := sortKeyOf(e)
	c.p.Store(&k)
	return k
}

func sortKeyOf(e Expr) skey {
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special:
		if e == One {
			return oneSortKey
		}
		if e == Zoo {
			// ComplexInfinity is an AtomicExpr, not a Number: Atom's key
			return kTup(classKey(2, 0, "ComplexInfinity"), kTup(kInt(1), kTup(kStr("zoo"))), oneSortKey, kNum(One))
		}
		return kTup(numberClassKey, numberArgsKey, emptyKey, kNum(e))
	case *Symbol:
		if x.dummy > 0 {
			return kTup(exprClassKey(e), kTup(kInt(2), kTup(kStr(x.name), kInt(int64(x.dummy)))), oneSortKey, kNum(One))
		}
		return kTup(exprClassKey(e), kTup(kInt(1), kTup(kStr(Str(e)))), oneSortKey, kNum(One))
	case *Constant:
		return kTup(exprClassKey(e), kTup(kInt(1), kTup(kStr(Str(e)))), oneSortKey, kNum(One))
	case *Func:
		if x.def == fnPiecewise {
			// the args are ExprCondPairs: Basic.sort_key of a Tuple
			// subclass (5, 0, 'ExprCondPair')
			pairs := PiecewisePairs(x)
			ks := make([]skey, len(pairs))
			for i, p := range pairs {
				ks[i] = kTup(classKey(5, 0, "ExprCondPair"), kTup(kInt(2), kTup(sortKey(p[0]), sortKey(p[1]))), oneSortKey, kNum(One))
			}
			return kTup(exprClassKey(e), kTup(kInt(int64(len(ks))), kTup(ks...)), oneSortKey, kNum(One))
		}
		if x.def == fnIndexed || x.def == fnTrue || x.def == fnFalse {
			// Indexed and BooleanAtom are Atoms: Atom.sort_key keys them by str
			return kTup(exprClassKey(e), kTup(kInt(1), kTup(kStr(Str(e)))), oneSortKey, kNum(One))
		}
	case *Tuple:
		ks := make([]skey, len(x.args))
		for i, a := range x.args {
			ks[i] = sortKey(a)
		}
		return kTup(exprClassKey(e), kTup(kInt(int64(len(ks))), kTup(ks...)), oneSortKey, kNum(One))
	}
	coeff, ex := AsCoeffMul(e)
	var exp Expr = One
	if p, ok := ex.(*Pow); ok {
		ex, exp = p.args[0], p.args[1]
	}
	var args skey
	switch y := ex.(type) {
	case *Symbol:
		if y.dummy > 0 {
			args = kTup(kInt(1), kTup(sortKey(y)))
		} else {
			args = kTup(kInt(1), kTup(kStr(Str(y))))
		}
	case *Constant, *Integer, *Rational, *Float, *Special:
		args = kTup(kInt(1), kTup(kStr(Str(y))))
	default:
		if f, ok := ex.(*Func); ok && f.def == fnIndexed {
			args = kTup(kInt(1), kTup(kStr(Str(f)))) // an Atom's key
			break
		}
		var as []Expr
		var ks []skey
		switch z := ex.(type) {
		case *Add:
			as = OrderedTerms(z)
		case *Mul:
			as, ks = orderedFactorsKeyed(z)
		case *Derivative:
			as = derivativeSortArgs(z)
		default:
			as = ex.Args()
		}
		if ks == nil {
			ks = make([]skey, len(as))
			for i, a := range as {
				ks[i] = sortKey(a)
			}
		}
		args = kTup(kInt(int64(len(ks))), kTup(ks...))
	}
	return kTup(exprClassKey(ex), args, sortKey(exp), kNum(coeff))
}

// derivativeSortArgs mirrors Derivative.args: expr, then (v, n) tuples.
func derivativeSortArgs(d *Derivative) []Expr {
	as := []Expr{d.args[0]}
	for _, v := range d.vars {
		as = append(as, NewTuple(v.Var, NewInt(int64(v.Count))))
	}
	return as
}

// OrderedFactors returns the factors of m in SymPy's printing order
// (Mul.as_ordered_factors).
func OrderedFactors(m *Mul) []Expr {
	out, _ := orderedFactorsKeyed(m)
	return out
}

// orderedFactorsKeyed is OrderedFactors that also returns the factors'
// sort keys, in the same order (sortKey of a product reuses them).
func orderedFactorsKeyed(m *Mul) ([]Expr, []skey) {
	fs := m.args
	keys := make([]skey, len(fs))
	for i, f := range fs {
		keys[i] = sortKey(f)
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return cmpSkey(keys[idx[a]], keys[idx[b]]) < 0 })
	out := make([]Expr, len(fs))
	ok := make([]skey, len(fs))
	for i, j := range idx {
		out[i] = fs[j]
		ok[i] = keys[j]
	}
	return out, ok
}

// decomposePower is SymPy's decompose_power: x**(3/2) -> (sqrt(x), 3),
// exp(-2*x) -> (exp(x), -2).
func decomposePower(e Expr) (Expr, int64) {
	base, exp := AsBaseExp(e)
	if IsNumber(exp) {
		if r := toRat(exp); r != nil {
			if !r.IsInt() {
				base = NewPow(base, NewRational(bigOne, r.Denom()))
			}
			if r.Num().IsInt64() {
				return base, r.Num().Int64()
			}
			return base, 1
		}
		return e, 1
	}
	c, tail := asCoeffMulRational(exp)
	if isInt(c, -1) {
		return NewPow(base, tail), -1
	}
	if !isInt(c, 1) {
		r := toRat(c)
		tail = NewMul(NewRational(bigOne, r.Denom()), tail)
		if r.Num().IsInt64() {
			return NewPow(base, tail), r.Num().Int64()
		}
	}
	return e, 1
}

// asCoeffMulRational is as_coeff_Mul(rational=True): only a rational
// coefficient is split off; a product led by a negative Float gives -1
// (-2.0*x is -1 times 2.0*x).
func asCoeffMulRational(e Expr) (Expr, Expr) {
	c, r := AsCoeffMul(e)
	if IsRational(c) {
		return c, r
	}
	if m, ok := e.(*Mul); ok && IsNumber(c) {
		if s, ok := numSign(c); ok && s < 0 && c != NegOo {
			return NegOne, NewMul(append([]Expr{Neg(c)}, m.args[1:]...)...)
		}
	}
	return One, e
}

type termKey struct {
	term Expr
	re   float64
	im   float64
	// nc are the factors whose is_commutative is not True (Limit):
	// as_terms keeps them out of the monomial
	nc    []Expr
	cpart []struct {
		base Expr
		exp  int64
	}
}

// OrderedTerms returns the terms of a in SymPy's printing order
// (Add.as_ordered_terms with the default lex order).
func OrderedTerms(a *Add) []Expr {
	if ts, ok := OrderedTermsWithO(a); ok {
		return ts
	}
	args := a.args
	// Add(Number positive, Mul(Number negative, expr)) keeps that order:
	// 1 - x.
	if len(args) == 2 {
		first, second := args[0], args[1]
		if !isNumberOrNumberSymbol(first) && isNumberOrNumberSymbol(second) {
			first, second = second, first
		}
		if isNumberOrNumberSymbol(first) {
			if m, ok := second.(*Mul); ok && len(m.args) == 2 && IsNumber(m.args[0]) {
				s1, ok1 := numSign(m.args[0])
				if IsPositive(first) == True && ok1 && s1 < 0 {
					return []Expr{first, second}
				}
			}
		}
	}
	terms := make([]termKey, len(args))
	gens := newExprMap[int](len(args))
	for i, t := range args {
		tk := termKey{term: t}
		c, rest := AsCoeffMul(t)
		cv, _ := evalComplex(c)
		if !isInt(rest, 1) {
			for _, f := range mulArgs(rest) {
				if isNumeric(f) {
					if fv, ok := evalComplex(f); ok && !math.IsInf(real(fv), 0) && !math.IsNaN(real(fv)) {
						cv *= fv
						continue
					}
				}
				if IsLimit(f) {
					tk.nc = append(tk.nc, f)
					continue
				}
				base, ex := decomposePower(f)
				// cpart[base] = exp: a later equal base overwrites.
				found := false
				for k := range tk.cpart {
					if Equal(tk.cpart[k].base, base) {
						tk.cpart[k].exp = ex
						found = true
					}
				}
				if !found {
					tk.cpart = append(tk.cpart, struct {
						base Expr
						exp  int64
					}{base, ex})
				}
				gens.slot(base, 0)
			}
		}
		tk.re, tk.im = real(cv), imag(cv)
		terms[i] = tk
	}
	// sort the generators by default_sort_key
	gk := make([]skey, len(gens.keys))
	for i, g := range gens.keys {
		gk[i] = sortKey(g)
	}
	order := make([]int, len(gens.keys))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cmpSkey(gk[order[a]], gk[order[b]]) < 0 })
	pos := make([]int, len(order))
	for rank, i := range order {
		pos[i] = rank
	}
	// Sparse monomials: (generator rank, exponent) sorted by rank. Comparing
	// them walks both lists; a missing rank is exponent 0.
	type rankExp struct {
		rank int
		exp  int64
	}
	monoms := make([][]rankExp, len(terms))
	for i, tk := range terms {
		m := make([]rankExp, 0, len(tk.cpart))
		for _, cp := range tk.cpart {
			if cp.exp != 0 {
				m = append(m, rankExp{pos[gens.index(cp.base)], cp.exp})
			}
		}
		sort.Slice(m, func(a, b int) bool { return m[a].rank < m[b].rank })
		monoms[i] = m
	}
	// cmpMonom compares the negated dense monomials of a and b.
	cmpMonom := func(ma, mb []rankExp) int {
		i, j := 0, 0
		for i < len(ma) || j < len(mb) {
			var ra, rb = int(^uint(0) >> 1), int(^uint(0) >> 1)
			if i < len(ma) {
				ra = ma[i].rank
			}
			if j < len(mb) {
				rb = mb[j].rank
			}
			var ea, eb int64
			switch {
			case ra < rb:
				ea = ma[i].exp
				i++
			case rb < ra:
				eb = mb[j].exp
				j++
			default:
				ea, eb = ma[i].exp, mb[j].exp
				i++
				j++
			}
			if ea != eb {
				if -ea < -eb {
					return -1
				}
				return 1
			}
		}
		return 0
	}
	idx := make([]int, len(terms))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		a, b := idx[x], idx[y]
		if c := cmpMonom(monoms[a], monoms[b]); c != 0 {
			return c < 0
		}
		ta, tb := terms[a], terms[b]
		if c := cmpNC(ta.nc, tb.nc); c != 0 {
			return c < 0
		}
		ia, ib := ta.im != 0, tb.im != 0
		if ia != ib {
			return !ia
		}
		if ta.im != tb.im {
			return ta.im < tb.im
		}
		if ta.re != tb.re {
			return ta.re < tb.re
		}
		return ta.im < tb.im
	})
	out := make([]Expr, len(idx))
	for i, j := range idx {
		out[i] = terms[j].term
	}
	return out
}

// cmpNC compares the non-commutative parts of two terms as tuples of
// sort keys (a missing part, the empty tuple, first).
func cmpNC(a, b []Expr) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := cmpSkey(sortKey(a[i]), sortKey(b[i])); c != 0 {
			return c
		}
	}
	return cmpInt(len(a), len(b))
}

// isNumeric reports whether e has no free symbols (SymPy's is_number).
func isNumeric(e Expr) bool {
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special, *Constant:
		return true
	case *Symbol:
		return false
	case *Func:
		if x.def.Undefined {
			return false
		}
	case *Derivative, *Subs:
		return false
	}
	for _, a := range e.Args() {
		if !isNumeric(a) {
			return false
		}
	}
	return true
}

// isNumberOrNumberSymbol reports whether e is a Number or one of SymPy's
// NumberSymbols (pi, E, GoldenRatio, EulerGamma, Catalan), the classes
// as_ordered_terms special-cases.
func isNumberOrNumberSymbol(e Expr) bool {
	if IsNumber(e) {
		return true
	}
	c, ok := e.(*Constant)
	return ok && c != I
}
