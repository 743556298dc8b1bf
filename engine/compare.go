package engine

import (
	"slices"
	"strings"
)

// classRank follows SymPy's ordering_of_classes; names not in it rank
// after all of them and compare by name.
var classRank = map[string]int{
	"Zero": 0, "One": 1, "Half": 2, "Infinity": 3, "NaN": 4, "NegativeOne": 5, "NegativeInfinity": 6,
	"Integer": 7, "Rational": 8, "Float": 9,
	"Exp1": 10, "Pi": 11, "ImaginaryUnit": 12,
	"Symbol": 13, "Wild": 14,
	"Pow": 15, "Mul": 16, "Add": 17,
	"Derivative": 18, "Integral": 19,
}

const unknownRank = 1000

// className returns SymPy's class name for e.
func className(e Expr) string {
	switch x := e.(type) {
	case *Integer:
		switch {
		case x.b == nil && x.v == 0:
			return "Zero"
		case x.b == nil && x.v == 1:
			return "One"
		case x.b == nil && x.v == -1:
			return "NegativeOne"
		}
		return "Integer"
	case *Rational:
		if x == Half || x.r.Cmp(Half.r) == 0 {
			return "Half"
		}
		return "Rational"
	case *Float:
		return "Float"
	case *Special:
		switch x {
		case Oo:
			return "Infinity"
		case NegOo:
			return "NegativeInfinity"
		case Zoo:
			return "ComplexInfinity"
		}
		return "NaN"
	case *Constant:
		switch x {
		case Pi:
			return "Pi"
		case E:
			return "Exp1"
		case I:
			return "ImaginaryUnit"
		}
		return x.name
	case *Symbol:
		if x.dummy > 0 {
			return "Dummy"
		}
		if x.base != nil {
			return "BaseScalar"
		}
		return "Symbol"
	case *Pow:
		return "Pow"
	case *Mul:
		return "Mul"
	case *Add:
		return "Add"
	case *Derivative:
		return "Derivative"
	case *Func:
		return x.def.Name
	case *Subs:
		return "Subs"
	case *Tuple:
		return "Tuple"
	}
	return "?"
}

func rankOf(name string) int {
	if r, ok := classRank[name]; ok {
		return r
	}
	return unknownRank
}

// classOrder is rankOf(className(e)) without building the name for the
// classes in classRank (ranks there are distinct, so equal known ranks
// mean equal class names).
func classOrder(e Expr) int {
	switch x := e.(type) {
	case *Integer:
		if x.b == nil {
			switch x.v {
			case 0:
				return 0
			case 1:
				return 1
			case -1:
				return 5
			}
		}
		return 7
	case *Rational:
		if x == Half || x.r.Cmp(Half.r) == 0 {
			return 2
		}
		return 8
	case *Float:
		return 9
	case *Symbol:
		if x.dummy > 0 || x.base != nil {
			return unknownRank // Dummy, BaseScalar
		}
		return 13
	case *Pow:
		return 15
	case *Mul:
		return 16
	case *Add:
		return 17
	case *Derivative:
		return 18
	case *Func:
		if x.def.rank != 0 {
			return x.def.rank
		}
	}
	return rankOf(className(e))
}

// Compare orders expressions canonically, as SymPy's Basic.compare: by
// class, then by content. It returns -1, 0 or 1.
func Compare(a, b Expr) int {
	if a == b {
		return 0
	}
	ra, rb := classOrder(a), classOrder(b)
	if ra != rb {
		return cmpInt(ra, rb)
	}
	if ra == unknownRank {
		if na, nb := className(a), className(b); na != nb {
			return strings.Compare(na, nb)
		}
	}
	switch x := a.(type) {
	case *Integer, *Rational, *Float:
		if c, ok := numCmp(a, b); ok {
			return c
		}
		return 0
	case *Special, *Constant:
		return 0
	case *Symbol:
		y := b.(*Symbol)
		if x.base != nil && y.base != nil {
			// BaseScalar's arguments: the index, then the system
			if c := cmpInt(x.base.index, y.base.index); c != 0 {
				return c
			}
		}
		if c := strings.Compare(x.name, y.name); c != 0 {
			return c
		}
		if c := cmpInt(x.dummy, y.dummy); c != 0 {
			return c
		}
		return cmpInt(int(x.assume.bits()), int(y.assume.bits()))
	case *Derivative:
		y := b.(*Derivative)
		if c := cmpInt(len(x.vars), len(y.vars)); c != 0 {
			return c
		}
		if c := Compare(x.args[0], y.args[0]); c != 0 {
			return c
		}
		for i := range x.vars {
			if c := Compare(x.vars[i].Var, y.vars[i].Var); c != 0 {
				return c
			}
			if c := cmpInt(x.vars[i].Count, y.vars[i].Count); c != 0 {
				return c
			}
		}
		return 0
	}
	xa, ya := a.Args(), b.Args()
	if c := cmpInt(len(xa), len(ya)); c != 0 {
		return c
	}
	for i := range xa {
		if c := Compare(xa[i], ya[i]); c != 0 {
			return c
		}
	}
	return 0
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func sortExprs(xs []Expr) {
	slices.SortStableFunc(xs, Compare)
}

// exprMap is a map keyed by structural equality. Up to exprMapLinear
// keys it compares hashes in a slice, as most sums and products have a
// few terms; past that it indexes them in a Go map.
type exprMap[V any] struct {
	m    map[uint64]int // hash -> slot of the latest key with that hash, once built
	hs   []uint64       // hs[i]: the hash of keys[i]
	next []int          // next[i]: earlier slot with the same hash, or -1 (with m)
	keys []Expr
	vals []V
}

// exprMapLinear is the number of keys up to which exprMap scans.
const exprMapLinear = 8

func newExprMap[V any](n int) *exprMap[V] {
	return &exprMap[V]{hs: make([]uint64, 0, n), keys: make([]Expr, 0, n), vals: make([]V, 0, n)}
}

// find returns the slot of k, whose hash is h, or -1.
func (em *exprMap[V]) find(k Expr, h uint64) int {
	if em.m == nil {
		for i, hi := range em.hs {
			if hi == h && Equal(em.keys[i], k) {
				return i
			}
		}
		return -1
	}
	i, ok := em.m[h]
	if !ok {
		return -1
	}
	for ; i >= 0; i = em.next[i] {
		if Equal(em.keys[i], k) {
			return i
		}
	}
	return -1
}

// index returns the slot of k, or -1.
func (em *exprMap[V]) index(k Expr) int { return em.find(k, k.Hash()) }

// slot returns the slot of k, adding it with value v0 when absent.
func (em *exprMap[V]) slot(k Expr, v0 V) int {
	h := k.Hash()
	if i := em.find(k, h); i >= 0 {
		return i
	}
	i := len(em.keys)
	em.keys = append(em.keys, k)
	em.vals = append(em.vals, v0)
	em.hs = append(em.hs, h)
	switch {
	case em.m != nil:
		prev, ok := em.m[h]
		if !ok {
			prev = -1
		}
		em.next = append(em.next, prev)
		em.m[h] = i
	case len(em.keys) > exprMapLinear:
		em.m = make(map[uint64]int, max(cap(em.keys), 2*len(em.keys)))
		em.next = make([]int, len(em.keys), cap(em.keys))
		for j, hj := range em.hs {
			prev, ok := em.m[hj]
			if !ok {
				prev = -1
			}
			em.next[j] = prev
			em.m[hj] = j
		}
	}
	return i
}
