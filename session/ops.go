package session

import (
	"fmt"
	"hash/maphash"
	"math"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
	"github.com/dcalc/dcalc/session/ndarray"
)

func sprint(v any) string { return fmt.Sprint(v) }

// typeName is Python's type(v).__name__.
func typeName(v Value) string {
	switch v := v.(type) {
	case *noneType:
		return "NoneType"
	case *ellipsisType:
		return "ellipsis"
	case bool:
		return "bool"
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Dict:
		return "dict"
	case *Set:
		if v.Frozen {
			return "frozenset"
		}
		return "set"
	case *Range:
		return "range"
	case *sliceValue:
		return "slice"
	case *Iterator:
		return v.Kind
	case *Function:
		return "function"
	case *Builtin:
		return "builtin_function_or_method"
	case *BoundMethod:
		if _, ok := v.Recv.(engine.Expr); ok {
			return "method"
		}
		return "builtin_function_or_method"
	case *Module:
		return "module"
	case *pyObject:
		return v.Type
	case *Class:
		if v.Module == "sympy" {
			return "ManagedProperties"
		}
		return "type"
	case *FuncClass:
		if v.Def.Undefined {
			return "UndefinedFunction"
		}
		return "FunctionClass"
	case *ExcValue:
		return v.Class.Name
	case *Relational:
		return relClassName(v.Op)
	case engine.Expr:
		return exprTypeName(v)
	}
	if n, ok := extTypeName(v); ok {
		return n
	}
	return fmt.Sprintf("%T", v)
}

func relClassName(op string) string {
	switch op {
	case "<":
		return "StrictLessThan"
	case "<=":
		return "LessThan"
	case ">":
		return "StrictGreaterThan"
	case ">=":
		return "GreaterThan"
	case "==":
		return "Equality"
	}
	return "Unequality"
}

// exprTypeName is the SymPy class name of e.
func exprTypeName(e engine.Expr) string {
	switch x := e.(type) {
	case *engine.Integer:
		if x.IsInt64() {
			switch x.Int64() {
			case 0:
				return "Zero"
			case 1:
				return "One"
			case -1:
				return "NegativeOne"
			}
		}
		return "Integer"
	case *engine.Rational:
		if engine.Equal(x, engine.Half) {
			return "Half"
		}
		return "Rational"
	case *engine.Float:
		return "Float"
	case *engine.Special:
		switch x {
		case engine.Oo:
			return "Infinity"
		case engine.NegOo:
			return "NegativeInfinity"
		case engine.Zoo:
			return "ComplexInfinity"
		}
		return "NaN"
	case *engine.Constant:
		switch x {
		case engine.Pi:
			return "Pi"
		case engine.E:
			return "Exp1"
		case engine.I:
			return "ImaginaryUnit"
		}
		return x.Name()
	case *engine.Symbol:
		if x.IsDummy() {
			return "Dummy"
		}
		return "Symbol"
	case *engine.Add:
		return "Add"
	case *engine.Mul:
		return "Mul"
	case *engine.Pow:
		return "Pow"
	case *engine.Func:
		return x.Name()
	case *engine.Derivative:
		return "Derivative"
	case *engine.Subs:
		return "Subs"
	case *engine.Tuple:
		return "Tuple"
	}
	if n, ok := extTypeName(e); ok {
		return n
	}
	return fmt.Sprintf("%T", e)
}

// ---- truth, hashing, equality ----

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
	case *FuncClass:
		y, ok := b.(*FuncClass)
		return ok && (x.Def == y.Def || x.Def.Undefined && y.Def.Undefined && x.Def.Name == y.Def.Name)
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

// ---- arithmetic ----

var binopNames = map[string]string{"+": "+", "-": "-", "*": "*", "/": "/", "//": "//", "%": "%", "**": "** or pow()", "@": "@", "&": "&", "|": "|", "^": "^", "<<": "<<", ">>": ">>"}

func unsupported(op string, a, b Value) {
	throw("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", binopNames[op], typeName(a), typeName(b))
}

func (in *interp) binop(op string, a, b Value, node grammar.Node) Value {
	if r, ok := in.extBinop(op, a, b); ok {
		return r
	}
	if x, ok := a.(string); ok && op == "%" {
		// str.__mod__ comes before any __rmod__ of the right operand.
		return in.percentFormat(x, b)
	}
	if op == "*" {
		// Sequence repetition by a SymPy Integer (it has __index__).
		if n, ok := b.(*engine.Integer); ok {
			switch a.(type) {
			case string, *List, *Tuple:
				return in.binop(op, a, n.Big(), node)
			}
		}
		if n, ok := a.(*engine.Integer); ok {
			switch b.(type) {
			case string, *List, *Tuple:
				return in.binop(op, b, n.Big(), node)
			}
		}
		// SymPy's __rmul__ returns NotImplemented for a sequence.
		seq, other := a, b
		if _, ok := a.(engine.Expr); ok {
			seq, other = b, a
		}
		if _, ok := other.(engine.Expr); ok {
			switch seq.(type) {
			case string, *List, *Tuple:
				throw("TypeError", "can't multiply sequence by non-int of type '%s'", typeName(other))
			}
		}
	}
	_, ae := a.(engine.Expr)
	_, be := b.(engine.Expr)
	if ae || be {
		return in.exprBinop(op, a, b)
	}
	if isPyNumber(a) && isPyNumber(b) {
		return numBinop(op, a, b)
	}
	switch x := a.(type) {
	case string:
		switch op {
		case "+":
			if y, ok := b.(string); ok {
				return x + y
			}
			throw("TypeError", "can only concatenate str (not \"%s\") to str", typeName(b))
		case "*":
			if n, ok := seqCount(b); ok {
				return repeatStr(x, n)
			}
			if !isPyNumber(b) {
				break
			}
			throw("TypeError", "can't multiply sequence by non-int of type '%s'", typeName(b))
		case "%":
			return in.percentFormat(x, b)
		}
	case *List:
		other := func(v Value) ([]Value, bool) {
			y, ok := v.(*List)
			if !ok {
				return nil, false
			}
			return y.Items, true
		}
		if items, ok := seqBinop(op, "list", x.Items, b, other); ok {
			return &List{Items: items}
		}
	case *Tuple:
		other := func(v Value) ([]Value, bool) {
			y, ok := v.(*Tuple)
			if !ok {
				return nil, false
			}
			return y.Items, true
		}
		if items, ok := seqBinop(op, "tuple", x.Items, b, other); ok {
			return &Tuple{Items: items}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			// the result has the left operand's type (frozenset | set
			// is a frozenset)
			var r *Set
			switch op {
			case "|":
				r = newSet()
				r.Merge(x)
				r.Merge(y)
			case "&":
				r = setIntersection(x, y)
			case "-":
				r = setDifference(x, y)
			}
			if r != nil {
				r.Frozen = x.Frozen
				return r
			}
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == "|" {
			r := newDict()
			for _, d := range []*Dict{x, y} {
				ks, vs := d.Items()
				for i := range ks {
					r.Set(ks[i], vs[i])
				}
			}
			return r
		}
	}
	if op == "*" {
		_, aInt := seqCount(a)
		_, bInt := seqCount(b)
		switch a.(type) {
		case string, *List, *Tuple:
			if !bInt {
				throw("TypeError", "can't multiply sequence by non-int of type '%s'", typeName(b))
			}
		}
		switch b.(type) {
		case string, *List, *Tuple:
			if aInt {
				return in.binop(op, b, a, node)
			}
			throw("TypeError", "can't multiply sequence by non-int of type '%s'", typeName(a))
		}
	}
	unsupported(op, a, b)
	return nil
}

// maxIntBits bounds the size of an int made by ** or <<: bigger results
// raise MemoryError, since math/big cannot be interrupted and 10**10**8
// would run for minutes.
const maxIntBits = 1 << 25

func seqCount(v Value) (int, bool) {
	switch v := v.(type) {
	case *big.Int:
		if v.Sign() <= 0 {
			return 0, true
		}
		if !v.IsInt64() || v.Int64() > maxAlloc {
			throw("MemoryError", "")
		}
		return int(v.Int64()), true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func repeatItems(xs []Value, n int) []Value {
	checkAlloc(len(xs)*valueSize, n)
	out := make([]Value, 0, len(xs)*n)
	for i := 0; i < n; i++ {
		out = append(out, xs...)
	}
	return out
}

// numBinop does arithmetic on Python numbers.
func numBinop(op string, a, b Value) Value {
	_, ac := a.(complex128)
	_, bc := b.(complex128)
	_, af := a.(float64)
	_, bf := b.(float64)
	switch op {
	case "//", "%":
		if ac || bc {
			unsupported(op, a, b)
		}
	case "&", "|", "^", "<<", ">>":
		if ac || bc || af || bf {
			unsupported(op, a, b)
		}
	}
	if x, ok := a.(bool); ok {
		if y, ok := b.(bool); ok {
			switch op {
			case "&":
				return x && y
			case "|":
				return x || y
			case "^":
				return x != y
			}
		}
		a = boolInt(x)
	}
	if y, ok := b.(bool); ok {
		b = boolInt(y)
	}
	switch x := a.(type) {
	case *big.Int:
		switch y := b.(type) {
		case *big.Int:
			return intBinop(op, x, y)
		case float64:
			return floatBinop(op, intToFloat(x), y)
		case complex128:
			return complexBinop(op, complex(intToFloat(x), 0), y)
		}
	case float64:
		switch y := b.(type) {
		case *big.Int:
			return floatBinop(op, x, intToFloat(y))
		case float64:
			return floatBinop(op, x, y)
		case complex128:
			return complexBinop(op, complex(x, 0), y)
		}
	case complex128:
		switch y := b.(type) {
		case *big.Int:
			return complexBinop(op, x, complex(intToFloat(y), 0))
		case float64:
			return complexBinop(op, x, complex(y, 0))
		case complex128:
			return complexBinop(op, x, y)
		}
	}
	unsupported(op, a, b)
	return nil
}

func intToFloat(x *big.Int) float64 {
	if x.IsInt64() {
		return float64(x.Int64())
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		throw("OverflowError", "int too large to convert to float")
	}
	return f
}

func intBinop(op string, x, y *big.Int) Value {
	switch op {
	case "+":
		return new(big.Int).Add(x, y)
	case "-":
		return new(big.Int).Sub(x, y)
	case "*":
		return new(big.Int).Mul(x, y)
	case "/":
		if y.Sign() == 0 {
			throw("ZeroDivisionError", "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			throw("OverflowError", "integer division result too large for a float")
		}
		return f
	case "//", "%":
		if y.Sign() == 0 {
			if op == "%" {
				throw("ZeroDivisionError", "integer modulo by zero")
			}
			throw("ZeroDivisionError", "integer division or modulo by zero")
		}
		q, m := floorDivMod(x, y)
		if op == "//" {
			return q
		}
		return m
	case "**":
		if y.Sign() < 0 {
			if x.Sign() == 0 {
				throw("ZeroDivisionError", "0.0 cannot be raised to a negative power")
			}
			return floatBinop("**", intToFloat(x), intToFloat(y))
		}
		if x.CmpAbs(big.NewInt(1)) > 0 && (y.BitLen() > 32 || int64(x.BitLen()-1)*y.Int64() > maxIntBits) {
			throw("MemoryError", "")
		}
		return new(big.Int).Exp(x, y, nil)
	case "&":
		return new(big.Int).And(x, y)
	case "|":
		return new(big.Int).Or(x, y)
	case "^":
		return new(big.Int).Xor(x, y)
	case "<<":
		if y.Sign() < 0 {
			throw("ValueError", "negative shift count")
		}
		if x.Sign() == 0 {
			return new(big.Int)
		}
		if !y.IsInt64() || int64(x.BitLen())+y.Int64() > maxIntBits {
			throw("MemoryError", "")
		}
		return new(big.Int).Lsh(x, uint(y.Int64()))
	case ">>":
		if y.Sign() < 0 {
			throw("ValueError", "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			return big.NewInt(int64(x.Sign() >> 1)) // 0, or -1 for negative x
		}
		return new(big.Int).Rsh(x, uint(y.Int64()))
	}
	unsupported(op, x, y)
	return nil
}

func floorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func floatBinop(op string, x, y float64) Value {
	switch op {
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	case "/":
		if y == 0 {
			throw("ZeroDivisionError", "float division by zero")
		}
		return x / y
	case "//":
		if y == 0 {
			throw("ZeroDivisionError", "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return q
	case "%":
		if y == 0 {
			throw("ZeroDivisionError", "float modulo")
		}
		_, m := floatDivMod(x, y)
		return m
	case "**":
		if x == 0 && y < 0 {
			throw("ZeroDivisionError", "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) {
			return pyComplexPow(complex(x, 0), complex(y, 0))
		}
		r := libmPow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			throw("OverflowError", "(34, 'Numerical result out of range')")
		}
		return r
	}
	unsupported(op, x, y)
	return nil
}

// floatDivMod is CPython's float divmod for y != 0: the floor quotient
// and the remainder with the sign of y (NumPy's npy_divmod is the same
// algorithm).
func floatDivMod(x, y float64) (float64, float64) { return ndarray.DivMod(x, y) }

func complexBinop(op string, x, y complex128) Value {
	switch op {
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	case "/":
		if y == 0 {
			throw("ZeroDivisionError", "complex division by zero")
		}
		return complexQuo(x, y)
	case "**":
		if x == 0 && (real(y) < 0 || imag(y) != 0) {
			throw("ZeroDivisionError", "0.0 to a negative or complex power")
		}
		r := pyComplexPow(x, y)
		if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
			throw("OverflowError", "complex exponentiation")
		}
		return r
	}
	unsupported(op, x, y)
	return nil
}

func (in *interp) unary(op string, v Value) Value {
	switch x := v.(type) {
	case bool:
		return in.unary(op, boolInt(x))
	case *big.Int:
		switch op {
		case "-":
			return new(big.Int).Neg(x)
		case "+":
			return x
		case "~":
			return new(big.Int).Not(x)
		}
	case float64:
		switch op {
		case "-":
			return -x
		case "+":
			return x
		}
	case complex128:
		switch op {
		case "-":
			return -x
		case "+":
			return x
		}
	case engine.Expr:
		switch op {
		case "-":
			return exprNeg(x)
		case "+":
			return x
		}
	}
	if r, ok := in.extUnary(op, v); ok {
		return r
	}
	throw("TypeError", "bad operand type for unary %s: '%s'", op, typeName(v))
	return nil
}

// ---- comparison ----

func (in *interp) compare(op string, a, b Value) Value {
	switch op {
	case "==":
		if r, ok := in.extCompare(op, a, b); ok {
			return r
		}
		return valuesEqual(a, b)
	case "!=":
		if r, ok := in.extCompare(op, a, b); ok {
			return r
		}
		return !valuesEqual(a, b)
	case "is":
		return identical(a, b)
	case "is not":
		return !identical(a, b)
	case "in":
		return in.contains(b, a)
	case "not in":
		return !in.contains(b, a)
	}
	if r, ok := in.extCompare(op, a, b); ok {
		return r
	}
	_, ae := a.(engine.Expr)
	_, be := b.(engine.Expr)
	if ae || be {
		return in.exprCompare(op, a, b)
	}
	if x, ok := a.(*Set); ok {
		if y, ok := b.(*Set); ok {
			return setOrder(op, x, y)
		}
	}
	c, ok := in.order(a, b)
	if !ok {
		throw("TypeError", "'%s' not supported between instances of '%s' and '%s'", op, typeName(a), typeName(b))
	}
	if c == 2 { // NaN
		return false
	}
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	}
	return c >= 0
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

// order compares two Python values: -1, 0, 1, or 2 for unordered (NaN).
func (in *interp) order(a, b Value) (int, bool) {
	if isPyNumber(a) && isPyNumber(b) {
		if _, ok := a.(complex128); ok {
			return 0, false
		}
		if _, ok := b.(complex128); ok {
			return 0, false
		}
		if x, ok := a.(bool); ok {
			a = boolInt(x)
		}
		if y, ok := b.(bool); ok {
			b = boolInt(y)
		}
		switch x := a.(type) {
		case *big.Int:
			switch y := b.(type) {
			case *big.Int:
				return x.Cmp(y), true
			case float64:
				return intFloatCmp(x, y), true
			}
		case float64:
			switch y := b.(type) {
			case *big.Int:
				c := intFloatCmp(y, x)
				if c == 2 {
					return 2, true
				}
				return -c, true
			case float64:
				switch {
				case math.IsNaN(x) || math.IsNaN(y):
					return 2, true
				case x < y:
					return -1, true
				case x > y:
					return 1, true
				}
				return 0, true
			}
		}
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return strings.Compare(x, y), true
		}
	case *List:
		if y, ok := b.(*List); ok {
			return in.orderSeq(x.Items, y.Items)
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return in.orderSeq(x.Items, y.Items)
		}
	}
	return 0, false
}

func (in *interp) orderSeq(a, b []Value) (int, bool) {
	for i := 0; i < len(a) && i < len(b); i++ {
		if valuesEqual(a[i], b[i]) {
			continue
		}
		if in.truth(in.compare("<", a[i], b[i]), nil) {
			return -1, true
		}
		return 1, true
	}
	switch {
	case len(a) < len(b):
		return -1, true
	case len(a) > len(b):
		return 1, true
	}
	return 0, true
}

func (in *interp) contains(container, v Value) bool {
	switch c := container.(type) {
	case string:
		s, ok := v.(string)
		if !ok {
			throw("TypeError", "'in <string>' requires string as left operand, not %s", typeName(v))
		}
		return strings.Contains(c, s)
	case *Dict:
		hashValue(v)
		_, ok := c.Get(v)
		return ok
	case *Set:
		hashValue(v)
		return c.Has(v)
	case *Range:
		n, ok := v.(*big.Int)
		if !ok || !n.IsInt64() {
			return false
		}
		i := n.Int64()
		if c.Step > 0 {
			return i >= c.Start && i < c.Stop && (i-c.Start)%c.Step == 0
		}
		return i <= c.Start && i > c.Stop && (c.Start-i)%(-c.Step) == 0
	}
	if !in.isIterable(container) {
		throw("TypeError", "argument of type '%s' is not iterable", typeName(container))
	}
	found := false
	in.iterate(container, func(x Value) bool {
		if valuesEqual(x, v) {
			found = true
			return false
		}
		return true
	})
	return found
}

// ---- iteration ----

func (in *interp) isIterable(v Value) bool {
	switch v.(type) {
	case string, *List, *Tuple, *Dict, *Set, *Range, *Iterator, *engine.Tuple:
		return true
	}
	return extIterable(v)
}

// iterate calls f for each element of v until f returns false.
func (in *interp) iterate(v Value, f func(Value) bool) {
	switch x := v.(type) {
	case string:
		for _, r := range x {
			if !f(string(r)) {
				return
			}
		}
		return
	case *List:
		for i := 0; i < len(x.Items); i++ {
			if !f(x.Items[i]) {
				return
			}
		}
		return
	case *Tuple:
		for _, it := range x.Items {
			if !f(it) {
				return
			}
		}
		return
	case *Dict:
		for _, k := range x.Keys() {
			if !f(k) {
				return
			}
		}
		return
	case *Set:
		for _, k := range x.Items() {
			if !f(k) {
				return
			}
		}
		return
	case *Range:
		n := x.Len()
		for i := int64(0); i < n; i++ {
			if i&0xffff == 0xffff {
				in.checkInterrupt() // sum(range(10**18)) must stop on Ctrl-C
			}
			if !f(big.NewInt(x.Start + i*x.Step)) {
				return
			}
		}
		return
	case *Iterator:
		for {
			it, ok := x.next()
			if !ok || !f(it) {
				return
			}
		}
	case *engine.Tuple:
		for _, a := range x.Args() {
			if !f(a) {
				return
			}
		}
		return
	}
	if extIterate(in, v, f) {
		return
	}
	throw("TypeError", "'%s' object is not iterable", typeName(v))
}

// toSlice returns the elements of an iterable.
func (in *interp) toSlice(v Value) []Value {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...)
	case *Tuple:
		return x.Items
	case *Range:
		if x.Len() > 1<<28 {
			throw("MemoryError", "") // CPython sizes the list first
		}
	}
	var out []Value
	in.iterate(v, func(it Value) bool {
		out = append(out, it)
		return true
	})
	return out
}

// ---- subscripts ----

func (in *interp) seqIndex(idx Value, n int, what string) int {
	var i int
	switch x := idx.(type) {
	case *big.Int:
		if !x.IsInt64() {
			throw("IndexError", "cannot fit 'int' into an index-sized integer")
		}
		i = int(x.Int64())
	case bool:
		if x {
			i = 1
		}
	case *engine.Integer:
		if !x.IsInt64() {
			throw("IndexError", "cannot fit 'int' into an index-sized integer")
		}
		i = int(x.Int64())
	default:
		throw("TypeError", "%s indices must be integers or slices, not %s", what, typeName(idx))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		throw("IndexError", "%s index out of range", what)
	}
	return i
}

func (in *interp) getItem(v, idx Value) Value {
	switch x := v.(type) {
	case *List:
		if sl, ok := idx.(*sliceValue); ok {
			a, b, c := in.indices(sl, len(x.Items))
			var out []Value
			for _, i := range sliceIdx(a, b, c) {
				out = append(out, x.Items[i])
			}
			return &List{Items: out}
		}
		return x.Items[in.seqIndex(idx, len(x.Items), "list")]
	case *Tuple:
		if sl, ok := idx.(*sliceValue); ok {
			a, b, c := in.indices(sl, len(x.Items))
			var out []Value
			for _, i := range sliceIdx(a, b, c) {
				out = append(out, x.Items[i])
			}
			return &Tuple{Items: out}
		}
		return x.Items[in.seqIndex(idx, len(x.Items), "tuple")]
	case string:
		rs := []rune(x)
		if sl, ok := idx.(*sliceValue); ok {
			a, b, c := in.indices(sl, len(rs))
			var out []rune
			for _, i := range sliceIdx(a, b, c) {
				out = append(out, rs[i])
			}
			return string(out)
		}
		return string(rs[in.seqIndex(idx, len(rs), "string")])
	case *Dict:
		hashValue(idx)
		if r, ok := x.Get(idx); ok {
			return r
		}
		exc := newExc("KeyError", "%s", in.repr(idx))
		exc.value = &ExcValue{Class: excClass("KeyError"), Args: []Value{idx}, exc: exc}
		panic(exc)
	case *Range:
		if _, ok := idx.(*sliceValue); ok {
			throw("NotImplementedError", "range slicing")
		}
		i := in.seqIndex(idx, int(x.Len()), "range object")
		return big.NewInt(x.Start + int64(i)*x.Step)
	case *engine.Tuple:
		args := x.Args()
		if sl, ok := idx.(*sliceValue); ok {
			a, b, c := in.indices(sl, len(args))
			var out []engine.Expr
			for _, i := range sliceIdx(a, b, c) {
				out = append(out, args[i])
			}
			return engine.NewTuple(out...)
		}
		return args[in.seqIndex(idx, len(args), "tuple")]
	}
	if r, ok := in.extGetItem(v, idx); ok {
		return r
	}
	if _, ok := v.(*Class); ok {
		throw("TypeError", "type '%s' is not subscriptable", v.(*Class).Name)
	}
	throw("TypeError", "'%s' object is not subscriptable", typeName(v))
	return nil
}

func (in *interp) setItem(v, idx, val Value, node grammar.Node) {
	in.setNode(node)
	switch x := v.(type) {
	case *List:
		if sl, ok := idx.(*sliceValue); ok {
			a, b, c := in.indices(sl, len(x.Items))
			items := in.toSlice(val)
			if c != 1 {
				ix := sliceIdx(a, b, c)
				if len(ix) != len(items) {
					throw("ValueError", "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(ix))
				}
				for k, i := range ix {
					x.Items[i] = items[k]
				}
				return
			}
			if b < a {
				b = a
			}
			nl := append(append(append([]Value(nil), x.Items[:a]...), items...), x.Items[b:]...)
			x.Items = nl
			return
		}
		n := len(x.Items)
		i := 0
		func() {
			defer func() {
				if r := recover(); r != nil {
					if e, ok := r.(*Exception); ok && e.Type == "IndexError" {
						e.Msg = "list assignment index out of range"
					}
					panic(r)
				}
			}()
			i = in.seqIndex(idx, n, "list")
		}()
		x.Items[i] = val
		return
	case *Dict:
		hashValue(idx)
		x.Set(idx, val)
		return
	}
	if in.extSetItem(v, idx, val) {
		return
	}
	throw("TypeError", "'%s' object does not support item assignment", typeName(v))
}

func (in *interp) delItem(v, idx Value) {
	switch x := v.(type) {
	case *List:
		if sl, ok := idx.(*sliceValue); ok {
			a, b, c := in.indices(sl, len(x.Items))
			del := map[int]bool{}
			for _, i := range sliceIdx(a, b, c) {
				del[i] = true
			}
			var out []Value
			for i, it := range x.Items {
				if !del[i] {
					out = append(out, it)
				}
			}
			x.Items = out
			return
		}
		i := in.seqIndex(idx, len(x.Items), "list")
		x.Items = append(x.Items[:i:i], x.Items[i+1:]...)
		return
	case *Dict:
		if !x.Delete(idx) {
			throw("KeyError", "%s", in.repr(idx))
		}
		return
	}
	throw("TypeError", "'%s' object doesn't support item deletion", typeName(v))
}

func (in *interp) setAttr(obj Value, name string, v Value, node grammar.Node) {
	in.setNode(node)
	if f, ok := obj.(*Function); ok && name == "__name__" {
		if s, ok := v.(string); ok {
			f.Name = s
			return
		}
	}
	if m, ok := obj.(*Module); ok {
		m.Attrs[name] = v
		return
	}
	if in.setPlotAttr(obj, name, v) || in.setMpContext(obj, name, v) {
		return
	}
	throw("AttributeError", "'%s' object has no attribute '%s'", typeName(obj), name)
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

// setUpdate adds the members of the iterable a to s as CPython's
// set_update_internal does.
func (in *interp) setUpdate(s *Set, a Value) {
	switch a := a.(type) {
	case *Set:
		s.Merge(a)
		return
	case *Dict:
		if n := a.Len(); (s.fill+n)*5 >= (len(s.tab)-1)*3 {
			s.resize((s.d.Len() + n) * 2)
		}
	}
	in.iterate(a, func(v Value) bool {
		hashValue(v)
		s.Add(v)
		return true
	})
}

// setIntersection is CPython's set_intersection: it walks the smaller set.
func setIntersection(a, b *Set) *Set {
	if b.d.Len() > a.d.Len() {
		a, b = b, a
	}
	r := newSet()
	for _, v := range b.Items() {
		if a.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// setDifference is CPython's set_difference.
func setDifference(a, b *Set) *Set {
	r := newSet()
	if a.d.Len()>>2 > b.d.Len() {
		r.Merge(a)
		for _, v := range b.Items() {
			r.Remove(v)
		}
		return r
	}
	for _, v := range a.Items() {
		if !b.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// setOrder is Python's subset ordering of sets.
func setOrder(op string, a, b *Set) bool {
	sub := func(x, y *Set) bool {
		for _, v := range x.Items() {
			if !y.Has(v) {
				return false
			}
		}
		return true
	}
	switch op {
	case "<":
		return a.d.Len() < b.d.Len() && sub(a, b)
	case "<=":
		return sub(a, b)
	case ">":
		return b.d.Len() < a.d.Len() && sub(b, a)
	}
	return sub(b, a)
}

// pyComplexPow is CPython's complex power (complexobject.c): repeated
// squaring for integral exponents up to 100, else polar form.
func pyComplexPow(a, b complex128) complex128 {
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n < 0 {
			return complexQuo(1, complexPowu(a, -n))
		}
		return complexPowu(a, n)
	}
	if b == 0 {
		return 1
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			throw("ZeroDivisionError", "0.0 to a negative or complex power")
		}
		return 0
	}
	vabs := math.Hypot(real(a), imag(a))
	l := libmPow(vabs, real(b))
	at := libmAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= libmExp(at * imag(b))
		phase += imag(b) * libmLog(vabs)
	}
	return complex(l*libmCos(phase), l*libmSin(phase))
}

func complexPowu(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexMul and complexQuo are CPython's _Py_c_prod and _Py_c_quot
// (Go's complex division scales differently).
func complexMul(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

func complexQuo(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			throw("ZeroDivisionError", "complex division by zero")
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
	}
	return complex(math.NaN(), math.NaN())
}

// seqBinop is + and * for a list or tuple x (kind names it) with b:
// concatenation with the same kind, repetition by an int, and CPython's
// TypeErrors otherwise. ok is false when the operation is not handled
// here.
func seqBinop(op, kind string, x []Value, b Value, same func(Value) ([]Value, bool)) ([]Value, bool) {
	switch op {
	case "+":
		if y, ok := same(b); ok {
			return append(append([]Value(nil), x...), y...), true
		}
		throw("TypeError", "can only concatenate %s (not \"%s\") to %s", kind, typeName(b), kind)
	case "*":
		if n, ok := seqCount(b); ok {
			return repeatItems(x, n), true
		}
		if _, isExpr := b.(engine.Expr); isPyNumber(b) || isExpr {
			// SymPy's __rmul__ returns NotImplemented for a sequence.
			throw("TypeError", "can't multiply sequence by non-int of type '%s'", typeName(b))
		}
	}
	return nil, false
}
