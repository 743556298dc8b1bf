package session

// This file holds truth, equality and hashing of Python values: ==,
// hash() as CPython computes it, and the identity rules of `is`.

import (
	"hash/maphash"
	"math"
	"math/big"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
	"github.com/dcalc/dcalc/session/ndarray"
)

func (in *interp) truth(v Value, node grammar.Node) bool {
	switch v := v.(type) {
	case bool:
		return v
	case *noneType:
		return false
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case *List:
		return len(v.Items) > 0
	case *Tuple:
		return len(v.Items) > 0
	case *Dict:
		return v.Len() > 0
	case *Set:
		return v.d.Len() > 0
	case *Range:
		return v.Len() > 0
	case *Relational:
		in.setNode(node)
		throw("TypeError", "cannot determine truth value of Relational: %s", in.str(v))
	case *ndarray.Array:
		in.setNode(node)
		return arrayTruth(v)
	case *mpmathFloat:
		return !v.v.IsZero()
	case *sympyBool:
		return v.v
	case pyTruthy:
		in.setNode(node)
		return v.truth()
	case engine.Expr:
		switch x := v.(type) {
		case *engine.Integer:
			return x.Sign() != 0
		case *engine.Float:
			return x.Float64() != 0
		case *engine.Rational:
			return true
		}
		return true
	}
	return true
}

var hashSeed = maphash.MakeSeed()

// shuffleBits spreads an element's hash before a frozenset xors the
// hashes of its elements together (CPython's _shuffle_bits).
func shuffleBits(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }

func hashValue(v Value) uint64 {
	switch v := v.(type) {
	case bool:
		if v {
			return 1
		}
		return 0
	case *big.Int:
		if v.IsInt64() {
			return uint64(v.Int64())
		}
		return maphash.String(hashSeed, v.String())
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1e18 {
			return uint64(int64(v))
		}
		return math.Float64bits(v)
	case complex128:
		if imag(v) == 0 {
			return hashValue(real(v))
		}
		return math.Float64bits(real(v))*31 + math.Float64bits(imag(v))
	case string:
		return maphash.String(hashSeed, v)
	case *Tuple:
		h := uint64(0x345678)
		for _, it := range v.Items {
			h = h*1000003 ^ hashValue(it)
		}
		return h
	case *noneType:
		return 0x9e3779b9
	case *Set:
		if !v.Frozen {
			throw("TypeError", "unhashable type: 'set'")
		}
		h := uint64(0)
		for _, it := range v.Items() {
			h ^= shuffleBits(hashValue(it))
		}
		return h
	case *List, *Dict:
		throw("TypeError", "unhashable type: '%s'", typeName(v))
	case pyHashable:
		return v.hash()
	case engine.Expr:
		switch x := v.(type) {
		case *engine.Integer:
			return hashValue(x.Big())
		case *engine.Float:
			return hashValue(x.Float64())
		}
		return v.Hash()
	}
	return uint64(reflectPtr(v))
}

// valuesEqual is Python's ==.
func valuesEqual(a, b Value) bool { return eqDepth(a, b, 0) }

// sameContainer reports whether a and b are the same container object:
// CPython compares container items by identity first, so a list that
// contains itself equals itself.
func sameContainer(a, b Value) bool {
	switch a.(type) {
	case *List, *Dict, *Tuple, *Set:
		return a == b
	}
	return false
}

// eqDepth is == for values nested depth containers deep.
func eqDepth(a, b Value, depth int) bool {
	if sameContainer(a, b) {
		return true
	}
	if depth > maxDepth {
		throw("RecursionError", "maximum recursion depth exceeded in comparison")
	}
	if o, ok := a.(pyEqualer); ok {
		return o.equal(b)
	}
	if o, ok := b.(pyEqualer); ok {
		return o.equal(a)
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case *noneType:
		return b == none
	case *List:
		y, ok := b.(*List)
		return ok && itemsEqualDepth(x.Items, y.Items, depth+1)
	case *Tuple:
		if y, ok := b.(*engine.Tuple); ok {
			return sympyTupleEqual(y, x, depth)
		}
		y, ok := b.(*Tuple)
		return ok && itemsEqualDepth(x.Items, y.Items, depth+1)
	case *engine.Tuple:
		if y, ok := b.(*Tuple); ok {
			return sympyTupleEqual(x, y, depth)
		}
	case *Dict:
		y, ok := b.(*Dict)
		if !ok || x.Len() != y.Len() {
			return false
		}
		ks, vs := x.Items()
		for i, k := range ks {
			w, ok := y.Get(k)
			if !ok || !eqDepth(vs[i], w, depth+1) {
				return false
			}
		}
		return true
	case *Set:
		y, ok := b.(*Set)
		if !ok || x.d.Len() != y.d.Len() {
			return false
		}
		for _, k := range x.Items() {
			if !y.Has(k) {
				return false
			}
		}
		return true
	case *Range:
		y, ok := b.(*Range)
		return ok && *x == *y
	case *Relational:
		y, ok := b.(*Relational)
		return ok && x.Op == y.Op && engine.Equal(x.Lhs, y.Lhs) && engine.Equal(x.Rhs, y.Rhs)
	case *lambdaValue:
		y, ok := b.(*lambdaValue)
		return ok && x.equal(y)
	case *FuncClass:
		y, ok := b.(*FuncClass)
		return ok && (x.Def == y.Def || x.Def.Undefined && y.Def.Undefined && x.Def.Name == y.Def.Name && x.Def.Assume == y.Def.Assume)
	}
	if p, ok := a.(*polyValue); ok {
		return polyEqual(p, b)
	}
	if p, ok := b.(*polyValue); ok {
		return polyEqual(p, a)
	}
	if isPyNumber(a) && isPyNumber(b) {
		return numEqual(a, b)
	}
	ea, aok := a.(engine.Expr)
	eb, bok := b.(engine.Expr)
	if aok || bok {
		if !aok {
			var ok bool
			if ea, ok = sympifyNumber(a); !ok {
				return false
			}
		}
		if !bok {
			var ok bool
			if eb, ok = sympifyNumber(b); !ok {
				return false
			}
		}
		return exprEqual(ea, eb)
	}
	if eq, ok := extEqual(a, b); ok {
		return eq
	}
	return a == b
}

func isPyNumber(v Value) bool {
	switch v.(type) {
	case bool, *big.Int, float64, complex128:
		return true
	}
	return false
}

func numEqual(a, b Value) bool {
	switch x := a.(type) {
	case bool:
		return numEqual(boolInt(x), b)
	case *big.Int:
		switch y := b.(type) {
		case bool:
			return x.Cmp(boolInt(y)) == 0
		case *big.Int:
			return x.Cmp(y) == 0
		case float64:
			return intFloatCmp(x, y) == 0
		case complex128:
			return imag(y) == 0 && intFloatCmp(x, real(y)) == 0
		}
	case float64:
		switch y := b.(type) {
		case bool, *big.Int:
			return numEqual(b, a)
		case float64:
			return x == y
		case complex128:
			return imag(y) == 0 && real(y) == x
		}
	case complex128:
		if y, ok := b.(complex128); ok {
			return x == y
		}
		return numEqual(b, a)
	}
	return false
}

// intFloatCmp compares an int with a float exactly (NaN compares as 2).
func intFloatCmp(x *big.Int, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	r := new(big.Rat).SetInt(x)
	fr := new(big.Rat)
	fr.SetFloat64(f)
	return r.Cmp(fr)
}

func boolInt(b bool) *big.Int {
	if b {
		return big.NewInt(1)
	}
	return big.NewInt(0)
}

// sympyTupleEqual is SymPy's Tuple == tuple: the tuple is sympified
// and compared item by item.
func sympyTupleEqual(x *engine.Tuple, y *Tuple, depth int) bool {
	args := x.Args()
	if len(args) != len(y.Items) {
		return false
	}
	for i, a := range args {
		if !eqDepth(a, y.Items[i], depth+1) {
			return false
		}
	}
	return true
}

func identical(a, b Value) bool {
	switch x := a.(type) {
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && (x == y || x.IsInt64() && y.IsInt64() && x.Int64() == y.Int64() && x.Int64() >= -5 && x.Int64() <= 256)
	case string:
		y, ok := b.(string)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && x == y
	case engine.Expr:
		y, ok := b.(engine.Expr)
		return ok && (x == y || engine.Equal(x, y) && isSingletonExpr(x))
	}
	return a == b
}

func itemsEqualDepth(a, b []Value, depth int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !eqDepth(a[i], b[i], depth) {
			return false
		}
	}
	return true
}

func isSingletonExpr(e engine.Expr) bool {
	switch x := e.(type) {
	case *engine.Special, *engine.Constant:
		return true
	case *engine.Integer:
		return x.IsInt64() && x.Int64() >= -1 && x.Int64() <= 1
	}
	return false
}

// pyHash is CPython's hash of v when it does not depend on the
// process's hash seed or on addresses: ints, bools, floats, SymPy
// Integers and tuples of those.
func pyHash(v Value) (int64, bool) {
	const mod = 1<<61 - 1
	switch v := v.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case *big.Int:
		m := new(big.Int).Mod(new(big.Int).Abs(v), big.NewInt(mod)).Int64()
		if v.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return m, true
	case float64:
		return floatHash(v)
	case *engine.Integer:
		return pyHash(v.Big())
	case pyHashable:
		return v.cpythonHash()
	case *Set:
		if !v.Frozen {
			return 0, false
		}
		// CPython's frozenset_hash: the null and dummy slots it also
		// visits cancel out, leaving the active entries
		var h uint64
		for _, it := range v.Items() {
			e, ok := pyHash(it)
			if !ok {
				return 0, false
			}
			h ^= shuffleBits(uint64(e))
		}
		h ^= uint64(v.d.Len()+1) * 1927868237
		h ^= (h >> 11) ^ (h >> 25)
		h = h*69069 + 907133923
		if h == ^uint64(0) {
			h = 590923713
		}
		return int64(h), true
	case *Tuple:
		const (
			p1 = 11400714785074694791
			p2 = 14029467366897019727
			p5 = 2870177450012600261
		)
		acc := uint64(p5)
		for _, it := range v.Items {
			h, ok := pyHash(it)
			if !ok {
				return 0, false
			}
			acc += uint64(h) * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(v.Items)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796, true
		}
		return int64(acc), true
	}
	return 0, false
}

// floatHash is CPython's _Py_HashDouble (NaN hashes by address).
func floatHash(v float64) (int64, bool) {
	const bits = 61
	const mod = 1<<bits - 1
	switch {
	case math.IsNaN(v):
		return 0, false
	case math.IsInf(v, 1):
		return 314159, true
	case math.IsInf(v, -1):
		return -314159, true
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = (x<<28)&mod | x>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= mod {
			x -= mod
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = (x<<uint(e))&mod | x>>uint(bits-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h, true
}
