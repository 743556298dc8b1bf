package session

import (
	"cmp"
	"maps"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

// sympyClasses are SymPy's classes usable with isinstance and as
// constructors (Add(x, y)).
var sympyClasses = map[string]*Class{}

// sympyModule is the sympy module object.
var sympyModule *Module

func exprIs(pred func(e engine.Expr) bool) func(v Value) bool {
	return func(v Value) bool {
		e, ok := v.(engine.Expr)
		return ok && pred(e)
	}
}

func isNum(e engine.Expr) bool {
	switch e.(type) {
	case *engine.Integer, *engine.Rational, *engine.Float, *engine.Special:
		return true
	}
	return false
}

func init() {
	add := func(name string, is func(e engine.Expr) bool, call func(in *interp, args []Value, kw []kwArg) Value) {
		sympyClasses[name] = &Class{Name: name, Module: "sympy", Is: exprIs(is), Call: call}
	}
	add("Basic", func(e engine.Expr) bool { return true }, nil)
	add("Expr", func(e engine.Expr) bool { _, t := e.(*engine.Tuple); return !t }, nil)
	add("Atom", func(e engine.Expr) bool { return len(e.Args()) == 0 && !isTuple(e) }, nil)
	add("Symbol", func(e engine.Expr) bool { _, ok := e.(*engine.Symbol); return ok }, symbolCtor(false))
	add("Dummy", func(e engine.Expr) bool { s, ok := e.(*engine.Symbol); return ok && s.IsDummy() }, symbolCtor(true))
	add("Number", isNum, func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Number", args, 1, 1)
		if s, ok := args[0].(string); ok {
			// Number('12') is sympify's number; nan and inf by name
			switch strings.ToLower(s) {
			case "nan":
				return engine.NaN
			case "inf", "+inf":
				return engine.Oo
			case "-inf":
				return engine.NegOo
			}
			if e, ok := in.sympifyString(s, nil, false, true, true).(engine.Expr); ok && isNum(e) {
				return e
			}
			throw("ValueError", "String \"%s\" does not denote a Number", s)
		}
		if e, ok := sympifyNumber(args[0]); ok && isNum(e) {
			return e
		}
		throw("TypeError", "expected str|int|long|float|Decimal|Number object but got %s", in.repr(args[0]))
		return nil
	})
	add("Integer", func(e engine.Expr) bool { _, ok := e.(*engine.Integer); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) == 0 {
			throw("TypeError", "Integer.__new__() missing 1 required positional argument: 'i'")
		}
		nargs("Integer", args, 1, 1)
		if s, ok := args[0].(string); ok {
			return engine.NewBigInt(in.toInt(s))
		}
		if e, ok := args[0].(engine.Expr); ok {
			if !isNum(e) {
				throw("TypeError", "Argument of Integer should be of numeric type, got %s.", exprStr(e))
			}
		}
		return engine.NewBigInt(in.toInt(args[0]))
	})
	add("Rational", func(e engine.Expr) bool {
		switch e.(type) {
		case *engine.Integer, *engine.Rational:
			return true
		}
		return false
	}, func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) == 0 {
			throw("TypeError", "Rational.__new__() missing 1 required positional argument: 'p'")
		}
		nargs("Rational", args, 1, 3)
		p := in.toRational(args[0])
		q := big.NewRat(1, 1)
		if len(args) >= 2 {
			q = in.toRational(args[1])
		}
		if q.Sign() == 0 {
			if p.Sign() == 0 {
				return engine.NaN
			}
			return engine.Zoo
		}
		r := new(big.Rat).Quo(p, q)
		return engine.NewRational(r.Num(), r.Denom())
	})
	add("Float", func(e engine.Expr) bool { _, ok := e.(*engine.Float); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		opts := kwOnly("Float", kw, "dps", "precision")
		if len(args) == 0 {
			throw("TypeError", "Float.__new__() missing 1 required positional argument: 'num'")
		}
		nargs("Float", args, 0, 2)
		dps := 0
		if len(args) == 2 {
			dps = int(in.toIndex(args[1]))
		}
		if d, ok := opts["dps"]; ok {
			dps = int(in.toIndex(d))
		}
		if len(args) == 0 {
			return engine.NewFloat(0, 53)
		}
		var r engine.Expr
		var err error
		switch x := args[0].(type) {
		case string:
			r, err = newFloatString(x, dps)
		case float64:
			if dps == 0 {
				return floatExpr(x)
			}
			r, err = newFloatFrom(floatExpr(x), dps)
		default:
			r, err = newFloatFrom(in.sympify(x), dps)
		}
		if err != nil {
			panic(err)
		}
		return r
	})
	add("Add", func(e engine.Expr) bool { _, ok := e.(*engine.Add); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		if !in.evaluateKw("Add", kw) {
			return in.unevaluated("Add", args)
		}
		return engine.NewAdd(in.sympifyAll(args)...)
	})
	add("Mul", func(e engine.Expr) bool { _, ok := e.(*engine.Mul); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		if !in.evaluateKw("Mul", kw) {
			return in.unevaluated("Mul", args)
		}
		return engine.NewMul(in.sympifyAll(args)...)
	})
	add("Pow", func(e engine.Expr) bool { _, ok := e.(*engine.Pow); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Pow", args, 2, 2)
		if !in.evaluateKw("Pow", kw) {
			return in.unevaluated("Pow", args)
		}
		return engine.NewPow(in.sympify(args[0]), in.sympify(args[1]))
	})
	add("Function", func(e engine.Expr) bool { _, ok := e.(*engine.Func); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Function", args, 1, 1)
		a, rest := in.assumptions(kw)
		for k := range rest {
			throw("NotImplementedError", "dcalc's Function does not support %s= yet", k)
		}
		name, ok := args[0].(string)
		if !ok {
			throw("TypeError", "expecting string or Symbol for name")
		}
		return &FuncClass{Def: engine.UndefinedFunctionWith(name, a)}
	})
	add("AppliedUndef", func(e engine.Expr) bool { f, ok := e.(*engine.Func); return ok && f.Def().Undefined }, nil)
	add("Derivative", func(e engine.Expr) bool { _, ok := e.(*engine.Derivative); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		opts := kwOnly("Derivative", kw, "evaluate")
		if len(args) == 0 {
			throw("TypeError", "Derivative.__new__() missing 1 required positional argument: 'expr'")
		}
		e := in.sympify(args[0])
		if ev, ok := opts["evaluate"]; ok && in.truth(ev, nil) {
			return in.diff(e, in.diffVars(e, args[1:]))
		}
		return in.derivative(e, args[1:])
	})
	add("Subs", func(e engine.Expr) bool { _, ok := e.(*engine.Subs); return ok }, func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Subs", args, 3, 3)
		e := in.sympify(args[0])
		vars := in.exprSeq(args[1])
		pts := in.exprSeq(args[2])
		if len(vars) != len(pts) {
			throw("ValueError", "Number of point values must be the same as the number of variables.")
		}
		return engine.NewSubs(e, vars, pts)
	})
	add("Tuple", isTuple, func(in *interp, args []Value, kw []kwArg) Value {
		for _, a := range args {
			switch a.(type) {
			case bool, *sympyBool:
				throw("NotImplementedError", "dcalc's Tuple cannot hold True or False yet (SymPy keeps them as booleans, not 1 and 0)")
			}
		}
		return engine.NewTuple(in.sympifyAll(args)...)
	})
}

// derivative is the unevaluated Derivative(e, *varArgs).
func (in *interp) derivative(e engine.Expr, varArgs []Value) engine.Expr {
	vars := in.diffVars(e, varArgs)
	if vars != nil && len(vars) == 0 {
		return e // every count was zero
	}
	if len(vars) == 0 {
		throw("ValueError", "\n    Since there are no variables in the expression %s,\n    it cannot be differentiated.\n", exprStr(e))
	}
	return engine.NewDerivative(e, vars)
}

func isTuple(e engine.Expr) bool { _, ok := e.(*engine.Tuple); return ok }

func (in *interp) sympifyAll(args []Value) []engine.Expr {
	out := make([]engine.Expr, len(args))
	for i, a := range args {
		out[i] = in.sympify(a)
	}
	return out
}

// exprSeq turns a single expression or a sequence into a list of Exprs.
func (in *interp) exprSeq(v Value) []engine.Expr {
	switch x := v.(type) {
	case *List, *Tuple, *engine.Tuple:
		return in.sympifyAll(in.toSlice(x))
	}
	return []engine.Expr{in.sympify(v)}
}

func (in *interp) toRational(v Value) *big.Rat {
	switch x := v.(type) {
	case *big.Int:
		return new(big.Rat).SetInt(x)
	case bool:
		return new(big.Rat).SetInt(boolInt(x))
	case float64:
		r, ok := new(big.Rat).SetString(floatRepr(x))
		if !ok {
			throw("TypeError", "invalid input: %s", floatRepr(x))
		}
		return r
	case string:
		r, ok := new(big.Rat).SetString(strings.TrimSpace(x))
		if !ok {
			throw("TypeError", "invalid input: %s", x)
		}
		return r
	case *engine.Integer:
		return new(big.Rat).SetInt(x.Big())
	case *engine.Rational:
		return x.Rat()
	case *engine.Float:
		r, _ := x.Big().Rat(nil)
		return r
	}
	throw("TypeError", "invalid input: %s", in.str(v))
	return nil
}

var assumptionNames = map[string]bool{
	"integer": true, "real": true, "positive": true, "negative": true, "nonnegative": true,
	"nonpositive": true, "nonzero": true, "commutative": true, "complex": true, "finite": true,
	"rational": true, "even": true, "odd": true, "prime": true, "zero": true, "extended_real": true,
	"irrational": true, "imaginary": true, "algebraic": true, "transcendental": true, "noninteger": true,
}

func (in *interp) assumptions(kw []kwArg, extra ...string) (engine.Assumptions, map[string]Value) {
	var a engine.Assumptions
	rest := map[string]Value{}
	for _, k := range kw {
		ok := false
		for _, e := range extra {
			if e == k.Name {
				ok = true
			}
		}
		if ok {
			rest[k.Name] = k.Value
			continue
		}
		if !assumptionNames[k.Name] {
			throw("TypeError", "Symbol.__new__() got an unexpected keyword argument '%s'", k.Name)
		}
		t := in.truth(k.Value, nil)
		if !t {
			if k.Name == "commutative" {
				throw("NotImplementedError", "dcalc does not support noncommutative symbols yet")
			}
			// a negated fact (real=False …) is not modelled; dropping it
			// could change answers
			throw("NotImplementedError", "dcalc does not support the assumption %s=False yet", k.Name)
		}
		switch k.Name {
		case "imaginary", "zero", "algebraic", "transcendental", "noninteger":
			throw("NotImplementedError", "dcalc does not support the assumption %s=True yet", k.Name)
		case "integer", "prime":
			a.Integer = true
		case "even":
			a.Even = true
		case "odd":
			a.Odd = true
		case "rational":
			a.Rational = true
		case "real", "extended_real", "irrational":
			a.Real = true
		case "positive":
			a.Positive = true
		case "negative":
			a.Negative = true
		case "nonnegative":
			a.Nonnegative = true
		case "nonpositive":
			a.Nonpositive = true
		case "nonzero":
			a.Nonzero = true
		}
		if k.Name == "prime" {
			a.Positive = true
		}
	}
	return a, rest
}

func symbolCtor(dummy bool) func(in *interp, args []Value, kw []kwArg) Value {
	return func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Symbol", args, 0, 1)
		a, _ := in.assumptions(kw)
		if dummy {
			name := "Dummy"
			if len(args) == 1 {
				name = in.str(args[0])
			}
			return engine.NewDummy(name)
		}
		if len(args) == 0 {
			throw("TypeError", "Symbol.__new__() missing 1 required positional argument: 'name'")
		}
		name, ok := args[0].(string)
		if !ok {
			throw("TypeError", "name should be a string, not %s", typeName(args[0]))
		}
		return engine.NewSymbol(name, a)
	}
}

var symRangeRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`([0-9]*:[0-9]+|[a-zA-Z]?:[a-zA-Z])`) })

// expandSymbolNames splits a symbols() string into names, expanding
// ranges such as x:3 and a:d.
func expandSymbolNames(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	seq := strings.HasSuffix(s, ",")
	var raw []string
	if strings.Contains(s, ",") {
		for _, p := range strings.Split(s, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			raw = append(raw, strings.Fields(p)...)
		}
	} else {
		raw = strings.Fields(s)
	}
	if len(raw) > 1 {
		seq = true
	}
	var out []string
	for _, name := range raw {
		if !strings.Contains(name, ":") {
			out = append(out, name)
			continue
		}
		seq = true
		loc := symRangeRE().FindStringIndex(name)
		if loc == nil {
			out = append(out, name)
			continue
		}
		pre, rng, post := name[:loc[0]], name[loc[0]:loc[1]], name[loc[1]:]
		a, b, _ := strings.Cut(rng, ":")
		if len(b) > 0 && b[0] >= '0' && b[0] <= '9' {
			lo := 0
			if a != "" {
				v, _ := new(big.Int).SetString(a, 10)
				lo = int(v.Int64())
			}
			hv, _ := new(big.Int).SetString(b, 10)
			for i := lo; i < int(hv.Int64()); i++ {
				out = append(out, pre+itoa(i)+post)
			}
		} else {
			lo := byte('a')
			if a != "" {
				lo = a[0]
			}
			for c := lo; c <= b[0]; c++ {
				out = append(out, pre+string(c)+post)
			}
		}
	}
	return out, seq
}

func (in *interp) symbols(args []Value, kw []kwArg) Value {
	if len(args) == 0 {
		throw("TypeError", "symbols() missing 1 required positional argument: 'names'")
	}
	nargs("symbols", args, 1, 1)
	a, rest := in.assumptions(kw, "cls", "seq")
	cls := rest["cls"]
	mk := func(name string) Value {
		switch c := cls.(type) {
		case nil:
		case *Class:
			switch c.Name {
			case "Function":
				return &FuncClass{Def: engine.UndefinedFunction(name)}
			case "Dummy":
				return engine.NewDummy(name)
			}
		}
		return engine.NewSymbol(name, a)
	}
	switch x := args[0].(type) {
	case string:
		if strings.TrimSpace(strings.ReplaceAll(x, ",", " ")) == "" {
			throw("ValueError", "no symbols given")
		}
		names, seq := expandSymbolNames(x)
		if s, ok := rest["seq"]; ok && in.truth(s, nil) {
			seq = true
		}
		if len(names) == 0 {
			return &Tuple{}
		}
		if !seq && len(names) == 1 {
			return mk(names[0])
		}
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = mk(n)
		}
		return &Tuple{Items: items}
	case *List, *Tuple:
		items := in.toSlice(x)
		out := make([]Value, len(items))
		for i, it := range items {
			out[i] = in.symbols([]Value{it}, kw)
		}
		if _, ok := x.(*List); ok {
			return &List{Items: out}
		}
		return &Tuple{Items: out}
	}
	throw("TypeError", "symbols() argument must be a string")
	return nil
}

// diffVars parses diff's variable arguments: symbols, counts and
// (symbol, count) tuples.
func (in *interp) diffVars(e engine.Expr, args []Value) []engine.VarCount {
	var vars []engine.VarCount
	if len(args) == 0 {
		fs := engine.FreeSymbols(e)
		if len(fs) == 1 {
			return []engine.VarCount{{Var: fs[0], Count: 1}}
		}
		if len(fs) > 1 {
			in.diff(e, nil) // raises SymPy's ValueError
		}
		return nil
	}
	for i, a := range args {
		switch x := a.(type) {
		case *big.Int, *engine.Integer:
			n := in.toIndex(x)
			if i == 0 {
				throw("ValueError", "First variable cannot be a number: %d", n)
			}
			if len(vars) == 0 {
				// A zero count emptied SymPy's variable_count list.
				throw("IndexError", "list index out of range")
			}
			last := &vars[len(vars)-1]
			if last.Count != 1 {
				throw("TypeError", "tuple (%s, %d) followed by number %d", exprStr(last.Var), last.Count, n)
			}
			if n == 0 {
				// A zero count drops the variable; the result is empty
				// but not nil, so diff returns e unchanged.
				vars = append(make([]engine.VarCount, 0, len(vars)), vars[:len(vars)-1]...)
				continue
			}
			last.Count = int(n)
		case *Tuple, *engine.Tuple, *List:
			items := in.toSlice(x)
			if len(items) != 2 {
				throw("ValueError", "Expecting (var, count) pair")
			}
			if c, ok := items[1].(engine.Expr); ok && !engine.IsNumber(c) {
				// SymPy keeps Derivative(e, (x, k)) unevaluated
				throw("NotImplementedError", "dcalc does not support symbolic derivative orders such as (%s, %s) yet", in.str(items[0]), exprStr(c))
			}
			vars = append(vars, engine.VarCount{Var: in.sympify(items[0]), Count: int(in.toIndex(items[1]))})
		default:
			vars = append(vars, engine.VarCount{Var: in.sympify(a), Count: 1})
		}
	}
	return vars
}

func (in *interp) diff(e engine.Expr, vars []engine.VarCount) engine.Expr {
	if vars != nil && len(vars) == 0 {
		return e // every count was zero
	}
	r, err := engine.Diff(e, vars...)
	if err != nil {
		panic(err)
	}
	if diffObserver != nil {
		diffObserver(e, vars, r)
	}
	return r
}

// diffObserver, when set (by a test), sees every derivative diff()
// computes: the steps test checks each against steps().
var diffObserver func(e engine.Expr, vars []engine.VarCount, result engine.Expr)

// subsArgs parses the arguments of subs: (old, new), a dict or a list
// of pairs.
func (in *interp) subsArgs(args []Value) [][2]engine.Expr {
	var pairs [][2]engine.Expr
	switch len(args) {
	case 1:
		switch x := args[0].(type) {
		case *Dict:
			ks, vs := x.Items()
			for i := range ks {
				pairs = append(pairs, [2]engine.Expr{in.subsValue(ks[i]), in.subsValue(vs[i])})
			}
		case *List, *Tuple, *Set:
			for _, it := range in.toSlice(x) {
				kv := in.toSlice(it)
				if len(kv) != 2 {
					throw("ValueError", "subs accepts either 1 or 2 arguments")
				}
				pairs = append(pairs, [2]engine.Expr{in.subsValue(kv[0]), in.subsValue(kv[1])})
			}
		default:
			throw("ValueError", "When a single argument is passed to subs it should be a dictionary of old: new pairs or an iterable of (old, new) tuples.")
		}
		switch args[0].(type) {
		case *Dict, *Set:
			// Basic.subs orders an unordered sequence: the larger
			// old expressions first (Derivative(x(t), t) before x(t)),
			// then by default_sort_key
			slices.SortStableFunc(pairs, func(a, b [2]engine.Expr) int {
				if na, nb := engine.NodeCount(a[0]), engine.NodeCount(b[0]); na != nb {
					return cmp.Compare(nb, na)
				}
				return engine.CompareSortKey(a[0], b[0])
			})
		}
	case 2:
		pairs = append(pairs, [2]engine.Expr{in.subsValue(args[0]), in.subsValue(args[1])})
	case 0:
		throw("TypeError", "Basic.subs() missing 1 required positional argument: 'arg1'")
	default:
		throw("ValueError", "subs accepts either 1 or 2 arguments")
	}
	return pairs
}

func (in *interp) subs(e engine.Expr, args []Value) engine.Expr {
	if len(args) == 2 {
		if f, ok := args[0].(*FuncClass); ok {
			return in.replaceFunction(e, f, args[1])
		}
	}
	pairs := in.subsArgs(args)
	r := engine.SubsPairs(e, pairs)
	if slices.ContainsFunc(pairs, func(p [2]engine.Expr) bool { return engine.IsBoolean(p[1]) }) && engine.BooleanMisplaced(r) {
		// SymPy's sympify(True) is S.true, which arithmetic refuses
		throw("TypeError", "BooleanAtom not allowed in this context.")
	}
	return r
}

// subsValue is a side of a substitution: a truth value, relation or
// logic value becomes the engine Boolean, anything else sympifies.
func (in *interp) subsValue(v Value) engine.Expr {
	switch v.(type) {
	case bool, *sympyBool, *Relational, *logicValue:
		return in.boolExpr(v)
	}
	return in.sympify(v)
}

// evalf implements N(e, n) and e.evalf(n, subs=...).
func (in *interp) evalf(e engine.Expr, args []Value, kw []kwArg, name string) engine.Expr {
	opts := kwOnly(name, kw, "subs", "n", "chop", "strict", "maxn", "verbose")
	dps := defaultDps
	if len(args) > 1 {
		throw("TypeError", "%s() takes from 1 to 2 positional arguments but %d were given", name, len(args)+1)
	}
	if len(args) == 1 {
		dps = int(in.toIndex(args[0]))
	}
	if n, ok := opts["n"]; ok {
		dps = int(in.toIndex(n))
	}
	var pairs [][2]engine.Expr
	if s, ok := opts["subs"]; ok {
		pairs = in.subsArgs([]Value{s})
	}
	return evalfHook(e, dps, pairs)
}

// sympyNames returns the names `from sympy import *` binds.
func (in *interp) sympyNames() map[string]Value {
	ns := map[string]Value{}
	for name, c := range sympyClasses {
		if name == "Atom" || name == "AppliedUndef" {
			continue
		}
		ns[name] = c
	}
	for _, name := range engine.FuncNames() {
		ns[name] = &FuncClass{Def: engine.LookupFunc(name)}
	}
	ns["Indexed"] = sympyClasses["Indexed"] // a class, not a function, in SymPy
	ns["pi"] = engine.Pi
	ns["E"] = engine.E
	ns["I"] = engine.I
	ns["oo"] = engine.Oo
	ns["zoo"] = engine.Zoo
	ns["nan"] = engine.NaN
	ns["S"] = sClass
	ns["true"] = &sympyBool{v: true} // S.true and S.false
	ns["false"] = &sympyBool{v: false}
	for _, n := range []string{"SympifyError", "BasePolynomialError", "PolynomialError", "CoercionFailed", "ComputationFailed",
		"GeneratorsError", "GeneratorsNeeded", "NonSquareMatrixError", "ShapeError", "PoleError"} {
		ns[n] = excClass(n)
	}
	installTable(ns, sympyTable)
	if d := engine.LookupFunc("log"); d != nil {
		ns["log"] = &FuncClass{Def: d}
		ns["ln"] = ns["log"]
	}
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		ns[name] = &Builtin{Name: name, Fn: fn}
	}
	def("Eq", relCtor("=="))
	def("Ne", relCtor("!="))
	def("Lt", relCtor("<"))
	def("Le", relCtor("<="))
	def("Gt", relCtor(">"))
	def("Ge", relCtor(">="))
	installMatrixNames(ns)
	installAPIGaps(ns)
	installTable(ns, gcdTable)
	installTable(ns, ntheoryTable)
	installTable(ns, odeTable)
	installTable(ns, sortKeyRows)
	installTable(ns, fourierRows)
	installTable(ns, factorTable)
	installTable(ns, calculusTable)
	installTable(ns, finiteDiffTable)
	installTable(ns, setsTable)
	installTable(ns, monotonicRows)
	installTable(ns, rangeRows)
	installTable(ns, polyTable)
	installDomains(ns)
	installTable(ns, ndimTable)
	ns["EmptySet"] = emptySet
	ns["Reals"] = realsSet
	ns["Complexes"] = complexesSet
	installTable(ns, lambdifyTable)
	installTable(ns, textplotTable)
	installTable(ns, plotTable)
	installTable(ns, traversalTable)
	installTable(ns, cseTable)
	installTable(ns, orthoPolyTable)
	installTable(ns, initSessionTable)
	return ns
}

func flattenValues(v Value) []Value {
	switch x := v.(type) {
	case *Tuple:
		var out []Value
		for _, it := range x.Items {
			out = append(out, flattenValues(it)...)
		}
		return out
	case *List:
		var out []Value
		for _, it := range x.Items {
			out = append(out, flattenValues(it)...)
		}
		return out
	}
	return []Value{v}
}

func relCtor(op string) func(in *interp, args []Value, kw []kwArg) Value {
	return func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Relational", args, 1, 2)
		// (SymPy ignores other keywords here)
		if ev := kwValue(kw, "evaluate"); ev != nil && !in.truth(ev, nil) {
			// Relational.__new__ with evaluate=False: the relation as written
			a := in.sympify(args[0])
			b := engine.Expr(engine.Zero)
			if len(args) == 2 {
				b = in.sympify(args[1])
			}
			return &Relational{Op: op, Lhs: a, Rhs: b}
		}
		if op == "==" || op == "!=" {
			// a truth value or relation on a side: Eq(y, True) stays,
			// Ne(False, x**2) is True (a Boolean is no expression)
			for _, v := range args {
				if _, isNum := v.(*big.Int); isLogical(v) && !isNum {
					if _, isSym := v.(*engine.Symbol); !isSym {
						return in.boolRel(op, args)
					}
				}
			}
		}
		a := in.sympify(args[0])
		b := engine.Expr(engine.Zero)
		if len(args) == 2 {
			b = in.sympify(args[1])
		}
		switch op {
		case "==", "!=":
			if t := engine.RelTruth(op, a, b); t != engine.Unknown {
				return &sympyBool{v: t == engine.True}
			}
			return &Relational{Op: op, Lhs: a, Rhs: b}
		}
		return in.exprCompare(op, a, b)
	}
}

// sClass is SymPy's S: S(1) sympifies, S.Half etc. are singletons.
var sClass *Class

func init() {
	sClass = &Class{Name: "S", Module: "sympy", Is: func(v Value) bool { return false },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("S", args, 1, 1)
			return in.sympifyValue(args[0])
		}}
}

var sSingletons = map[string]engine.Expr{
	"Zero": engine.Zero, "One": engine.One, "NegativeOne": engine.NegOne, "Half": engine.Half,
	"Infinity": engine.Oo, "NegativeInfinity": engine.NegOo, "ComplexInfinity": engine.Zoo,
	"NaN": engine.NaN, "Pi": engine.Pi, "Exp1": engine.E, "ImaginaryUnit": engine.I,
}

func sympyClassAttr(in *interp, c *Class, name string) (Value, bool) {
	if c == sClass {
		if e, ok := sSingletons[name]; ok {
			return e, true
		}
		switch name {
		case "true", "false":
			return &sympyBool{v: name == "true"}, true
		case "Reals":
			return realsSet, true
		case "Complexes":
			return complexesSet, true
		case "EmptySet":
			return emptySet, true
		}
	}
	return nil, false
}

// sympifyValue is sympify(v): numbers and strings become expressions,
// containers are converted element-wise.
func (in *interp) sympifyValue(v Value) Value {
	switch v.(type) {
	case *List, *Tuple, *Dict:
		// SymPy recurses into containers: a self-containing list is a
		// RecursionError
		if in.sympifyDepth++; in.sympifyDepth > maxDepth {
			in.sympifyDepth = 0
			throw("RecursionError", "maximum recursion depth exceeded")
		}
		defer func() {
			if in.sympifyDepth > 0 {
				in.sympifyDepth--
			}
		}()
	}
	switch x := v.(type) {
	case *List:
		out := make([]Value, len(x.Items))
		for i, it := range x.Items {
			out[i] = in.sympifyValue(it)
		}
		return &List{Items: out}
	case *Tuple:
		out := make([]Value, len(x.Items))
		for i, it := range x.Items {
			out[i] = in.sympifyValue(it)
		}
		return &Tuple{Items: out}
	case *Dict:
		d := newDict()
		ks, vs := x.Items()
		for i := range ks {
			d.Set(in.sympifyValue(ks[i]), in.sympifyValue(vs[i]))
		}
		return d
	case *FuncClass, *Relational, *sympyBool, *logicValue:
		return v
	case bool:
		// SymPy's true and false (BooleanTrue, BooleanFalse), not 1 and 0
		return &sympyBool{v: x}
	case string:
		return in.sympifyString(x, nil, false, true, true)
	}
	if m, ok := in.matrixSympifyValue(v); ok {
		return m
	}
	return in.sympify(v)
}

// installSympy creates the sympy module and returns a namespace with
// SymPy's names bound, as a program's globals start.
func (in *interp) installSympy() map[string]Value {
	ns := in.sympyNames()
	sympyModule = &Module{Name: "sympy", Attrs: ns}
	g := maps.Clone(ns)
	// not in sympy's __all__, so not bound by the star import
	ns["__version__"] = "1.14.0"
	return g
}

func (in *interp) importModule(n *grammar.ImportName, e *env) {
	name := n.Name
	root, _, _ := strings.Cut(name, ".")
	mod := in.module(name, n)
	if n.Alias != "" {
		in.assign(e, n.Alias, mod)
		return
	}
	in.assign(e, root, in.module(root, n))
}

func (in *interp) module(name string, node *grammar.ImportName) *Module {
	switch name {
	case "sympy":
		return sympyModule
	case "math":
		return mathModule()
	case "numpy":
		return in.numpyModule()
	case "mpmath":
		return in.mpmathModule()
	case "matplotlib":
		return in.matplotlibModule()
	case "matplotlib.pyplot":
		return in.pyplotModule()
	case "matplotlib.cm":
		return in.cmModule()
	case "mpl_toolkits":
		return mplToolkitsModule()
	case "mpl_toolkits.mplot3d":
		return mplot3dModule()
	case "numpy.linalg", "numpy.random", "numpy.testing":
		return in.numpyModule().Attrs[strings.TrimPrefix(name, "numpy.")].(*Module)
	case "sympy.vector":
		return vectorModule()
	case "sympy.abc":
		m := &Module{Name: "sympy.abc", Attrs: map[string]Value{}}
		for _, c := range "abcdefghijklmnopqrstuvwxyz" {
			m.Attrs[string(c)] = engine.NewSymbol(string(c), engine.Assumptions{})
		}
		for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
			m.Attrs[string(c)] = engine.NewSymbol(string(c), engine.Assumptions{})
		}
		for _, g := range []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lamda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"} {
			m.Attrs[g] = engine.NewSymbol(g, engine.Assumptions{})
		}
		return m
	}
	if e, ok := sympyAPI(name); ok && e.Kind == "module" {
		return sympySubmoduleView(name)
	}
	if mk, ok := stdlibModules[name]; ok {
		if in.stdlib == nil {
			in.stdlib = map[string]*Module{}
		}
		if m, ok := in.stdlib[name]; ok {
			return m
		}
		m := mk(in)
		in.stdlib[name] = m
		return m
	}
	if m := in.s.ipythonModule(name); m != nil {
		return m
	}
	if strings.HasPrefix(name, "sympy.") {
		panic(newExc("ModuleNotFoundError", "No module named '%s'", name))
	}
	if strings.HasPrefix(name, "matplotlib.") || strings.HasPrefix(name, "mpl_toolkits.") {
		throw("NotImplementedError", "dcalc does not implement %s yet", name)
	}
	top := strings.SplitN(name, ".", 2)[0]
	if hostModules[top] {
		throw("NotImplementedError", "dcalc does not provide Python's %s module: programs cannot reach files, processes or the network (docs/security.md)", top)
	}
	if pythonStdlib[top] {
		throw("NotImplementedError", "dcalc does not implement the standard library module '%s' yet", name)
	}
	exc := newExc("ModuleNotFoundError", "No module named '%s'", top)
	panic(exc)
}

// sympySubmoduleView is a SymPy submodule such as sympy.solvers: it has
// the names dcalc binds (sympy's own namespace), so that importing from
// where SymPy defines a name works.
func sympySubmoduleView(name string) *Module {
	if name == "sympy.plotting" {
		// sympy.plotting is sympy's names and plot3d, made when imported.
		attrs := maps.Clone(sympyModule.Attrs)
		installTable(attrs, plottingOnlyRows())
		return &Module{Name: name, Attrs: attrs}
	}
	if name == "sympy.vector" {
		return vectorModule()
	}
	if name == "sympy.physics.mechanics" || name == "sympy.physics.vector" {
		attrs := maps.Clone(sympyModule.Attrs)
		attrs["dynamicsymbols"] = dynamicSymbolsClass
		installTable(attrs, vprintingRows)
		return &Module{Name: name, Attrs: attrs}
	}
	if name == "sympy.parsing.sympy_parser" {
		attrs := maps.Clone(sympyModule.Attrs)
		maps.Copy(attrs, parserRows())
		return &Module{Name: name, Attrs: attrs}
	}
	if name == "sympy.calculus" || name == "sympy.calculus.util" {
		attrs := maps.Clone(sympyModule.Attrs)
		for _, b := range calculusUtilRows {
			attrs[b.Name] = b.builtin()
		}
		return &Module{Name: name, Attrs: attrs}
	}
	return &Module{Name: name, Attrs: sympyModule.Attrs}
}

// sympySubmodule answers mod.name for a missing attribute of a SymPy
// module: the submodule view when name is a SymPy submodule, and
// NotImplementedError when it is a public SymPy name dcalc lacks. It
// returns nil when SymPy has no such name either.
func (in *interp) sympySubmodule(mod *Module, name string) Value {
	if mod.Name == "numpy" || strings.HasPrefix(mod.Name, "numpy.") {
		rel := strings.TrimPrefix(strings.TrimPrefix(mod.Name, "numpy"), ".") + "." + name
		if isNumpyName(strings.TrimPrefix(rel, ".")) {
			panic(notImplementedName(mod.Name + "." + name))
		}
		return nil
	}
	if (mod.Name == "mpmath" || mod.Name == "matplotlib" || strings.HasPrefix(mod.Name, "matplotlib.")) && mod.Name != "matplotlib.cm" {
		panic(notImplementedName(mod.Name + "." + name))
	}
	if mod.Name == "sys" && slices.Contains(sysNames, name) {
		panic(newExc("NotImplementedError", "dcalc's sys module has only version, version_info, platform, maxsize, float_info, "+
			"argv, path, stdout, stderr, exit and the recursion limit: programs cannot reach the interpreter or the host (docs/security.md)"))
	}
	if known, ok := stdlibKnown[mod.Name]; ok {
		for _, k := range known {
			if k == name {
				panic(newExc("NotImplementedError", "dcalc does not implement %s.%s yet", mod.Name, name))
			}
		}
		return nil
	}
	if mod.Name == "IPython" || strings.HasPrefix(mod.Name, "IPython.") {
		// dcalc has the part of IPython notebooks use; the rest is known
		// to exist.
		panic(notImplementedName(mod.Name + "." + name))
	}
	if mod.Name != "sympy" && !strings.HasPrefix(mod.Name, "sympy.") {
		return nil
	}
	full := mod.Name + "." + name
	if e, ok := sympyAPI(full); ok {
		if e.Kind == "module" {
			if full == "sympy.abc" {
				return in.module(full, nil) // its own names, not sympy's
			}
			return sympySubmoduleView(full)
		}
		panic(notImplementedName(full))
	}
	return nil
}

func (in *interp) fromImport(s *grammar.FromImportStmt, e *env) {
	mod := in.module(s.Module, nil)
	if s.Star {
		for k, v := range mod.Attrs {
			if strings.HasPrefix(k, "_") {
				continue // not public (sympy's __version__)
			}
			in.assign(e, k, v)
		}
		if mod.Name == "sympy" || strings.HasPrefix(mod.Name, "sympy.") && mod.Name != "sympy.abc" {
			in.starSympy = true
		}
		return
	}
	for _, n := range s.Names {
		v, ok := mod.Attrs[n.Name]
		if !ok {
			in.setNode(s)
			v = in.missingImport(mod, n.Name)
		}
		in.assign(e, importBinding(n), v)
	}
}

// missingImport answers `from mod import name` for a name mod lacks: a
// SymPy submodule, NotImplementedError for a SymPy name dcalc does not
// have (any name of a SymPy submodule other than sympy itself may be
// one: only sympy's own list of names is complete), else ImportError.
func (in *interp) missingImport(mod *Module, name string) Value {
	if m := in.sympySubmodule(mod, name); m != nil {
		return m
	}
	if strings.HasPrefix(mod.Name, "sympy.") && mod.Name != "sympy.abc" {
		panic(notImplementedName(mod.Name + "." + name))
	}
	throw("ImportError", "cannot import name '%s' from '%s' (%s)", name, mod.Name, moduleFile(mod.Name))
	return nil
}

func moduleFile(name string) string {
	if name == "math" {
		return "built-in"
	}
	return "/usr/lib/python3/site-packages/" + strings.ReplaceAll(name, ".", "/") + "/__init__.py"
}

// prettyOptions reads pprint/pretty's keyword arguments: use_unicode,
// num_columns and wrap_line=False (no wrapping). Those not given are
// init_printing's global settings, as SymPy's Printer takes them: unicode
// unless init_printing(use_unicode=False), at the width it set or else
// the terminal's.
func (in *interp) prettyOptions(name string, kw []kwArg) (uni bool, width int) {
	opts := kwOnly(name, kw, "use_unicode", "wrap_line", "num_columns", "order")
	uni, width = !in.s.asciiPretty, in.s.outWidth()
	if u, ok := opts["use_unicode"]; ok && u != none {
		uni = in.truth(u, nil)
	}
	if w, ok := opts["num_columns"]; ok && w != none {
		width = int(in.toIndex(w))
	}
	if w, ok := opts["wrap_line"]; ok && !in.truth(w, nil) {
		width = 1 << 30
	}
	return uni, width
}

// sympyBool is SymPy's true or false (S(True), sympify(False)): it prints
// and compares as Python's bool, and is not a number (S(True) + 1 is a
// TypeError, as in SymPy).
type sympyBool struct{ v bool }

func sympyBoolRepr(v Value) (string, bool) {
	b, ok := v.(*sympyBool)
	if !ok {
		return "", false
	}
	if b.v {
		return "True", true
	}
	return "False", true
}

// sympyBoolBinop makes arithmetic with a SymPy boolean a TypeError and
// compares it as a bool.
func sympyBoolBinop(op string, a, b Value) (Value, bool) {
	x, xok := a.(*sympyBool)
	y, yok := b.(*sympyBool)
	if !xok && !yok {
		return nil, false
	}
	switch op {
	case "==", "!=":
		av, bv := a, b
		if xok {
			av = x.v
		}
		if yok {
			bv = y.v
		}
		eq := false
		if ab, ok := av.(bool); ok {
			if bb, ok := bv.(bool); ok {
				eq = ab == bb
			}
		}
		return eq == (op == "=="), true
	case "&", "|", "^":
		throw("NotImplementedError", "dcalc does not implement SymPy's logic operators on booleans yet")
	}
	throw("TypeError", "BooleanAtom not allowed in this context.")
	return nil, false
}

// kwValue is the value of keyword name, or nil.
func kwValue(kw []kwArg, name string) Value {
	for _, k := range kw {
		if k.Name == name {
			return k.Value
		}
	}
	return nil
}

// evaluateKw reads the evaluate keyword of Add, Mul and Pow (any other
// keyword is refused rather than ignored).
func (in *interp) evaluateKw(name string, kw []kwArg) bool {
	opts := kwOnly(name, kw, "evaluate")
	v, ok := opts["evaluate"]
	return !ok || in.truth(v, nil)
}

// unevaluated is Add, Mul or Pow with evaluate=False: the arguments kept
// as given. With fewer than two arguments SymPy builds a one-argument
// (or empty) node that prints oddly; dcalc refuses those.
func (in *interp) unevaluated(op string, args []Value) Value {
	if len(args) < 2 {
		throw("NotImplementedError", "dcalc's %s(..., evaluate=False) takes two or more arguments", op)
	}
	return engine.NewUnevaluated(op, in.sympifyAll(args)...)
}
