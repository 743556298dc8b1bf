package session

// This file holds the interpreter's operators: binary and unary
// arithmetic dispatch (each type's own through pyBinary, numbers in
// numbers.go, SymPy values in the engine) and comparisons.

import (
	"math"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

var binopNames = map[string]string{"+": "+", "-": "-", "*": "*", "/": "/", "//": "//", "%": "%", "**": "** or pow()", "@": "@", "&": "&", "|": "|", "^": "^", "<<": "<<", ">>": ">>"}

func unsupported(op string, a, b Value) {
	for _, v := range []Value{a, b} {
		if o, ok := v.(sympyObject); ok {
			// SymPy builds an unevaluated Add or Mul holding the object
			// (1 + FourierSeries): a SymPy operation dcalc lacks
			throw("NotImplementedError", "dcalc does not build %s %s %s with a %s (SymPy's unevaluated expression)", typeName(a), binopNames[op], typeName(b), o.className())
		}
	}
	throw("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", binopNames[op], typeName(a), typeName(b))
}

func (in *interp) binop(op string, a, b Value, node grammar.Node) Value {
	if r, ok := in.instanceBinop(op, a, b); ok {
		return r
	}
	if r, ok := in.fractionBinop(op, a, b); ok {
		return r
	}
	if op == "|" {
		if r, ok := unionHint(a, b); ok {
			return r
		}
	}
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
	case pyBinary:
		if d, ok := x.(*Dict); ok {
			if y, ok := b.(*Dict); ok {
				if r, ok := in.counterBinary(op, d, y); ok {
					return r
				}
			}
		}
		if r, ok := x.binary(op, b); ok {
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

// negatedRel is each relation's negation (Relational.negated).
var negatedRel = map[string]string{"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}

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
		case "~":
			if n, ok := x.(*engine.Integer); ok {
				return engine.NewBigInt(new(big.Int).Not(n.Big())) // Integer.__invert__
			}
			if _, ok := x.(*engine.Symbol); ok {
				return boolValue(engine.NewNot(x)) // Boolean.__invert__
			}
		}
	case pyUnary:
		if r, ok := x.unary(op); ok {
			return r
		}
	case *Relational:
		if op == "~" {
			// Not(rel) is rel.negated
			return &Relational{Op: negatedRel[x.Op], Lhs: x.Lhs, Rhs: x.Rhs}
		}
	}
	if r, ok := in.instanceUnary(op, v); ok {
		return r
	}
	if f, ok := v.(*pyFraction); ok {
		switch op {
		case "-":
			return &pyFraction{r: new(big.Rat).Neg(f.r)}
		case "+":
			return f
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
	if r, ok := in.instanceCompare(op, a, b); ok {
		return r
	}
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

// order compares two Python values: -1, 0, 1, or 2 for unordered (NaN).
func (in *interp) order(a, b Value) (int, bool) {
	if c, ok := fractionOrder(a, b); ok {
		return c, c != 2
	}
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
