package session

import (
	"math"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

var pyClassMap = map[string]*Class{}

func pyClasses() []*Class {
	if len(pyClassMap) > 0 {
		out := make([]*Class, 0, len(pyClassMap))
		for _, c := range pyClassMap {
			out = append(out, c)
		}
		return out
	}
	add := func(c *Class) { pyClassMap[c.Name] = c }
	add(&Class{Name: "int", Is: func(v Value) bool {
		switch v.(type) {
		case *big.Int, bool:
			return true
		}
		return false
	}, Call: func(in *interp, args []Value, kw []kwArg) Value {
		opts := cKwOnly("int", kw, "base")
		if len(args) == 0 {
			return big.NewInt(0)
		}
		if b, ok := opts["base"]; ok {
			args = append(args, b)
		}
		if len(args) == 2 {
			s, ok := args[0].(string)
			if !ok {
				throw("TypeError", "int() can't convert non-string with explicit base")
			}
			base := int(in.toIndex(args[1]))
			t := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "_", "")))
			if base == 0 || base == 16 && strings.HasPrefix(t, "0x") || base == 8 && strings.HasPrefix(t, "0o") || base == 2 && strings.HasPrefix(t, "0b") {
				base = 0
			}
			r, ok := new(big.Int).SetString(t, base)
			if !ok {
				throw("ValueError", "invalid literal for int() with base %d: %s", in.toIndex(args[1]), strRepr(s))
			}
			return r
		}
		nargs("int", args, 1, 1)
		return in.toInt(args[0])
	}})
	add(&Class{Name: "float", Is: func(v Value) bool { _, ok := v.(float64); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			noKw("float", kw)
			nargs("float", args, 0, 1)
			if len(args) == 0 {
				return 0.0
			}
			return in.toFloat(args[0])
		}})
	add(&Class{Name: "complex", Is: func(v Value) bool { _, ok := v.(complex128); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			args = cPositional("complex", args, kw, 0, big.NewInt(0), "real", "imag")
			nargs("complex", args, 0, 2)
			var re, im float64
			if len(args) >= 1 {
				if c, ok := args[0].(complex128); ok {
					re, im = real(c), imag(c)
				} else if e, ok := args[0].(engine.Expr); ok && e == engine.Zoo {
					re, im = math.NaN(), math.NaN()
				} else if e, ok := args[0].(engine.Expr); ok {
					c, ok := approx(e)
					if !ok || !engine.IsNumberExpr(e) {
						throw("TypeError", "Cannot convert expression to complex")
					}
					re, im = real(c), imag(c)
				} else {
					re = in.toFloat(args[0])
				}
			}
			if len(args) == 2 {
				// complex(a, b) is a + b*1j with b a real: the imaginary
				// part keeps b's sign (complex(1.5, -0.0) is (1.5-0j)).
				if _, ok := args[0].(complex128); ok {
					im += in.toFloat(args[1])
				} else {
					im = in.toFloat(args[1])
				}
			}
			return complex(re, im)
		}})
	add(&Class{Name: "str", Is: func(v Value) bool { _, ok := v.(string); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("str", args, 0, 1)
			if len(args) == 0 {
				return ""
			}
			return in.str(args[0])
		}})
	add(&Class{Name: "bool", Is: func(v Value) bool { _, ok := v.(bool); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("bool", args, 0, 1)
			if len(args) == 0 {
				return false
			}
			return in.truth(args[0], nil)
		}})
	add(&Class{Name: "list", Is: func(v Value) bool { _, ok := v.(*List); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("list", args, 0, 1)
			if len(args) == 0 {
				return &List{}
			}
			return &List{Items: in.toSlice(args[0])}
		}})
	add(&Class{Name: "tuple", Is: func(v Value) bool { _, ok := v.(*Tuple); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("tuple", args, 0, 1)
			if len(args) == 0 {
				return &Tuple{}
			}
			if t, ok := args[0].(*Tuple); ok {
				return t
			}
			return &Tuple{Items: in.toSlice(args[0])}
		}})
	add(&Class{Name: "dict", Is: func(v Value) bool { _, ok := v.(*Dict); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("dict", args, 0, 1)
			d := newDict()
			if len(args) == 1 {
				in.dictUpdate(d, args[0])
			}
			for _, k := range kw {
				d.Set(k.Name, k.Value)
			}
			return d
		}})
	add(&Class{Name: "set", Is: func(v Value) bool { x, ok := v.(*Set); return ok && !x.Frozen },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("set", args, 0, 1)
			s := newSet()
			if len(args) == 1 {
				in.setUpdate(s, args[0])
			}
			return s
		}})
	add(&Class{Name: "frozenset", Is: func(v Value) bool { x, ok := v.(*Set); return ok && x.Frozen },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("frozenset", args, 0, 1)
			if f, ok := args0(args).(*Set); ok && f.Frozen {
				return f // frozenset(f) is f, as in CPython
			}
			s := pyClassMap["set"].Call(in, args, kw).(*Set)
			s.Frozen = true
			return s
		}})
	add(&Class{Name: "range", Is: func(v Value) bool { _, ok := v.(*Range); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value { return in.pyRange(args, kw) }})
	add(objectClass)
	add(&Class{Name: "type", Is: func(v Value) bool {
		switch v.(type) {
		case *Class, *FuncClass, *userClass:
			return true
		}
		return false
	}, Call: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("type", args, 1, 1)
		return in.typeOf(args[0])
	}})
	return pyClasses()
}

func (in *interp) dictUpdate(d *Dict, src Value) {
	if m, ok := src.(*Dict); ok {
		ks, vs := m.Items()
		for i := range ks {
			d.Set(ks[i], vs[i])
		}
		return
	}
	i := 0
	in.iterate(src, func(v Value) bool {
		kv := in.toSlice(v)
		if len(kv) != 2 {
			throw("ValueError", "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		hashValue(kv[0])
		d.Set(kv[0], kv[1])
		i++
		return true
	})
}

// typeOf returns type(v).
func (in *interp) typeOf(v Value) Value {
	switch x := v.(type) {
	case *ExcValue:
		return x.Class
	case *instance:
		return x.cls
	case engine.Expr:
		if f, ok := x.(*engine.Func); ok {
			return exprFunc(f)
		}
		name := exprTypeName(x)
		if c, ok := sympyClasses[name]; ok {
			return c
		}
		return in.dynClass(name, "sympy", func(v Value) bool {
			e, ok := v.(engine.Expr)
			return ok && exprTypeName(e) == name
		})
	case *matrixValue:
		return sympyModule.Attrs[typeName(x)]
	case *Dict:
		if c, ok := collClasses[x.kind]; ok {
			return c
		}
	case *Tuple:
		if x.nt != nil {
			return x.nt.cls
		}
	case *deque:
		return dequeClass
	case *indexedBase:
		return sympyClasses["IndexedBase"]
	case *logicValue:
		return sympyClasses[x.className()]
	case *sympyBool:
		name := typeName(x)
		return in.dynClass(name, "sympy.logic.boolalg", func(v Value) bool { return typeName(v) == name })
	case *symSet:
		if c, ok := sympyClasses[x.kind]; ok && x.parts != nil {
			return c
		}
	case *polyValue:
		return in.dynClass(x.cls, "sympy.polys.polytools", func(v Value) bool { return typeName(v) == x.cls })
	case *domainValue:
		name := x.d.ClassName()
		return in.dynClass(name, "sympy.polys.domains."+x.d.Module(), func(v Value) bool { return typeName(v) == name })
	case *Relational:
		name := typeName(x)
		return in.dynClass(name, "sympy", func(v Value) bool {
			r, ok := v.(*Relational)
			return ok && typeName(r) == name
		})
	}
	name := typeName(v)
	if c, ok := pyClassMap[name]; ok {
		return c
	}
	full := name
	module := ""
	if i := strings.LastIndexByte(name, '.'); i > 0 && !strings.Contains(name, "[") {
		module, name = name[:i], name[i+1:] // numpy.ndarray
	}
	return in.dynClass(name, module, func(w Value) bool { return typeName(w) == full })
}

// dynClass returns the one class object for a type that has no entry in
// the class tables, so that type(a) == type(b) holds for equal types.
func (in *interp) dynClass(name, module string, is func(Value) bool) *Class {
	key := module + "." + name
	if c, ok := in.classes[key]; ok {
		return c
	}
	if in.classes == nil {
		in.classes = map[string]*Class{}
	}
	c := &Class{Name: name, Module: module, Is: is}
	in.classes[key] = c
	return c
}

func (in *interp) isInstance(v, cls Value) bool {
	switch c := cls.(type) {
	case *Class:
		if c.Exc {
			ev, ok := v.(*ExcValue)
			if !ok {
				return false
			}
			for k := ev.Class; k != nil; k = k.Base {
				if k == c || k.Name == c.Name {
					return true
				}
			}
			return false
		}
		if c.Is == nil {
			return false
		}
		return c.Is(v)
	case *Tuple:
		for _, it := range c.Items {
			if in.isInstance(v, it) {
				return true
			}
		}
		return false
	case *FuncClass:
		f, ok := v.(*engine.Func)
		return ok && (f.Def() == c.Def || f.Def().Undefined && c.Def.Undefined && f.Def().Name == c.Def.Name)
	case *userClass:
		o, ok := v.(*instance)
		return ok && o.cls.subclassOf(c)
	}
	throw("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return false
}

// ---- exception classes ----

var excClasses = map[string]*Class{}

// excModules are the modules of SymPy's exception classes (__module__),
// which CPython's tracebacks and the classes' reprs print before the
// name.
var excModules = map[string]string{
	"SympifyError":                   "sympy.core.sympify",
	"BasePolynomialError":            "sympy.polys.polyerrors",
	"PolynomialError":                "sympy.polys.polyerrors",
	"CoercionFailed":                 "sympy.polys.polyerrors",
	"ComputationFailed":              "sympy.polys.polyerrors",
	"GeneratorsError":                "sympy.polys.polyerrors",
	"GeneratorsNeeded":               "sympy.polys.polyerrors",
	"UnificationFailed":              "sympy.polys.polyerrors",
	"MatrixError":                    "sympy.matrices.exceptions",
	"ShapeError":                     "sympy.matrices.exceptions",
	"NonSquareMatrixError":           "sympy.matrices.exceptions",
	"NonInvertibleMatrixError":       "sympy.matrices.exceptions",
	"NonPositiveDefiniteMatrixError": "sympy.matrices.exceptions",
	"ArgumentIndexError":             "sympy.core.function",
	"PoleError":                      "sympy.core.function",
	"TokenError":                     "tokenize",
	"PrintMethodNotImplementedError": "sympy.printing.printer",
	"StatisticsError":                "statistics",
	"NonlinearError":                 "sympy.solvers.solveset",
}

func init() {
	tree := [][2]string{
		{"BaseException", ""},
		{"Exception", "BaseException"},
		{"KeyboardInterrupt", "BaseException"},
		{"SystemExit", "BaseException"},
		{"ArithmeticError", "Exception"},
		{"ZeroDivisionError", "ArithmeticError"},
		{"OverflowError", "ArithmeticError"},
		{"FloatingPointError", "ArithmeticError"},
		{"AssertionError", "Exception"},
		{"AttributeError", "Exception"},
		{"EOFError", "Exception"},
		{"LookupError", "Exception"},
		{"IndexError", "LookupError"},
		{"KeyError", "LookupError"},
		{"MemoryError", "Exception"},
		{"NameError", "Exception"},
		{"UnboundLocalError", "NameError"},
		{"RuntimeError", "Exception"},
		{"NotImplementedError", "RuntimeError"},
		{"RecursionError", "RuntimeError"},
		{"StopIteration", "Exception"},
		{"SyntaxError", "Exception"},
		{"IndentationError", "SyntaxError"},
		{"TabError", "IndentationError"},
		{"SystemError", "Exception"},
		{"TypeError", "Exception"},
		{"ValueError", "Exception"},
		{"UnicodeError", "ValueError"},
		{"ImportError", "Exception"},
		{"ModuleNotFoundError", "ImportError"},
		{"OSError", "Exception"},
		{"SympifyError", "ValueError"},
		{"BasePolynomialError", "Exception"},
		{"PolynomialError", "BasePolynomialError"},
		{"CoercionFailed", "BasePolynomialError"},
		{"ComputationFailed", "BasePolynomialError"},
		{"GeneratorsError", "BasePolynomialError"},
		{"GeneratorsNeeded", "GeneratorsError"},
		{"UnificationFailed", "BasePolynomialError"},
		{"MatrixError", "Exception"},
		// ShapeError and NonInvertibleMatrixError are ValueError and
		// MatrixError in SymPy; dcalc's classes have one base, and
		// ValueError is the one programs catch
		{"ShapeError", "ValueError"},
		{"NonSquareMatrixError", "ShapeError"},
		{"NonInvertibleMatrixError", "ValueError"},
		{"NonPositiveDefiniteMatrixError", "ValueError"},
		{"ArgumentIndexError", "ValueError"},
		{"NonlinearError", "ValueError"},
		{"PoleError", "Exception"},
		{"TokenError", "Exception"},
		{"PrintMethodNotImplementedError", "NotImplementedError"},
		{"StatisticsError", "ValueError"},
	}
	for _, t := range tree {
		c := &Class{Name: t[0], Module: excModules[t[0]], Exc: true, Base: excClasses[t[1]]}
		c.Call = func(in *interp, args []Value, kw []kwArg) Value {
			return &ExcValue{Class: c, Args: append([]Value(nil), args...)}
		}
		excClasses[t[0]] = c
	}
}

// excClass returns the exception class called name (a new subclass of
// Exception for other names: the table is shared by all sessions, so a
// program's names are not added to it).
func excClass(name string) *Class {
	if c, ok := excClasses[name]; ok {
		return c
	}
	c := &Class{Name: name, Exc: true, Base: excClasses["Exception"]}
	c.Call = func(in *interp, args []Value, kw []kwArg) Value {
		return &ExcValue{Class: c, Args: append([]Value(nil), args...)}
	}
	return c
}

var _ = math.Inf

// args0 is the first argument, or nil.
func args0(args []Value) Value {
	if len(args) == 0 {
		return nil
	}
	return args[0]
}
