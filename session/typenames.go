package session

// This file names Python types as type() and error messages print them.

import (
	"fmt"
	"math/big"

	"github.com/dcalc/dcalc/engine"
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
		if v.nt != nil {
			return v.nt.cls.Name
		}
		return "tuple"
	case *deque:
		return "collections.deque"
	case *typeHint:
		return v.className()
	case *Dict:
		if n, ok := collTypeNames[v.kind]; ok {
			return n
		}
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
	case *instance:
		return v.cls.name
	case *userClass:
		return "type"
	case *methodValue:
		return "method"
	case *superObj:
		return "super"
	case *property:
		return "property"
	case *staticMethod:
		return "staticmethod"
	case *classMethod:
		return "classmethod"
	case *notImplementedType:
		return "NotImplementedType"
	case *pyFraction:
		return "Fraction"
	case *indexedBase:
		return "IndexedBase"
	case *partialFn:
		return "functools.partial"
	case *cachedFn:
		return "functools._lru_cache_wrapper"
	case *Builtin:
		if v.isSympyFunction() {
			return "function"
		}
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
	case *lambdaValue:
		return "Lambda"
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
		if _, _, ok := engine.BaseScalarOf(x); ok {
			return "BaseScalar"
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
