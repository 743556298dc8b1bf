package session

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// argument helpers

func nargs(name string, args []Value, min, max int) {
	n := len(args)
	if n >= min && n <= max {
		return
	}
	switch {
	case min == max && min == 0:
		throw("TypeError", "%s() takes no arguments (%d given)", name, n)
	case min == max && min == 1:
		throw("TypeError", "%s() takes exactly one argument (%d given)", name, n)
	case min == max:
		throw("TypeError", "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		throw("TypeError", "%s expected at least %d argument%s, got %d", name, min, pluralS(min), n)
	}
	throw("TypeError", "%s expected at most %d argument%s, got %d", name, max, pluralS(max), n)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func noKw(name string, kw []kwArg) {
	if len(kw) > 0 {
		throw("TypeError", "%s() takes no keyword arguments", name)
	}
}

func kwOnly(name string, kw []kwArg, allowed ...string) map[string]Value {
	m := map[string]Value{}
	for _, k := range kw {
		ok := false
		for _, a := range allowed {
			if a == k.Name {
				ok = true
			}
		}
		if !ok {
			throw("TypeError", "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		m[k.Name] = k.Value
	}
	return m
}

// cPositional merges the keyword arguments of a C-implemented function
// whose parameters can be named (pow(base=2, exp=10)) into its positional
// arguments, with CPython's errors for a missing required argument (the
// first required names) or a duplicate. An optional parameter skipped
// over gets fill. Keywords not in names are left to the caller's check.
func cPositional(name string, args []Value, kw []kwArg, required int, fill Value, names ...string) []Value {
	out := append([]Value(nil), args...)
	var dup string
	for _, k := range kw {
		i := slices.Index(names, k.Name)
		switch {
		case i < 0:
		case i < len(args):
			if dup == "" {
				dup = fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", name, k.Name, i+1)
			}
		default:
			for len(out) <= i {
				out = append(out, nil)
			}
			out[i] = k.Value
		}
	}
	for i := 0; i < required; i++ {
		if i >= len(out) || out[i] == nil {
			throw("TypeError", "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	if dup != "" {
		throw("TypeError", "%s", dup)
	}
	for i := range out {
		if out[i] == nil {
			out[i] = fill
		}
	}
	return out
}

// cKwOnly is kwOnly for a function CPython implements in C, whose
// wording differs: "'foo' is an invalid keyword argument for print()".
func cKwOnly(name string, kw []kwArg, allowed ...string) map[string]Value {
	m := map[string]Value{}
	for _, k := range kw {
		if !slices.Contains(allowed, k.Name) {
			throw("TypeError", "'%s' is an invalid keyword argument for %s()", k.Name, name)
		}
		m[k.Name] = k.Value
	}
	return m
}

func (in *interp) toInt(v Value) *big.Int {
	switch x := v.(type) {
	case *ndarray.Array:
		return in.toInt(arrayScalar(x))
	case *mpmathFloat:
		if !x.v.IsFinite() {
			throw("ValueError", "cannot convert %s to int", in.mpmathStr(x))
		}
		q := x.v.ToRat()
		return new(big.Int).Quo(q.Num(), q.Denom())
	case *big.Int:
		return x
	case bool:
		return boolInt(x)
	case *pyFraction:
		return new(big.Int).Quo(x.r.Num(), x.r.Denom()) // truncates, as int() does
	case float64:
		if math.IsInf(x, 0) {
			throw("OverflowError", "cannot convert float infinity to integer")
		}
		if math.IsNaN(x) {
			throw("ValueError", "cannot convert float NaN to integer")
		}
		b, _ := new(big.Float).SetFloat64(math.Trunc(x)).Int(nil)
		return b
	case string:
		s := strings.TrimSpace(strings.ReplaceAll(x, "_", ""))
		b, ok := new(big.Int).SetString(s, 10)
		if !ok {
			throw("ValueError", "invalid literal for int() with base 10: %s", strRepr(x))
		}
		return b
	case engine.Expr:
		switch e := x.(type) {
		case *engine.Integer:
			return e.Big()
		case *engine.Rational:
			q := new(big.Int).Quo(e.Num(), e.Den())
			return q
		case *engine.Float:
			b, _ := new(big.Float).Copy(e.Big()).Int(nil)
			return b
		}
		return exprToInt(x)
	}
	throw("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(v))
	return nil
}

func (in *interp) toFloat(v Value) float64 {
	switch x := v.(type) {
	case *pyFraction:
		f, _ := x.r.Float64()
		return f
	case *ndarray.Array:
		return in.toFloat(arrayScalar(x))
	case *mpmathFloat:
		return x.v.ToFloat64()
	case *mpConstant:
		return x.value(53).ToFloat64()
	case float64:
		return x
	case *big.Int:
		return intToFloat(x)
	case bool:
		if x {
			return 1
		}
		return 0
	case string:
		s := strings.TrimSpace(x)
		switch strings.ToLower(s) {
		case "inf", "+inf", "infinity", "+infinity":
			return math.Inf(1)
		case "-inf", "-infinity":
			return math.Inf(-1)
		case "nan", "+nan", "-nan":
			return math.NaN()
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			throw("ValueError", "could not convert string to float: %s", strRepr(x))
		}
		return f
	case engine.Expr:
		if x == engine.Zoo {
			throw("TypeError", "Cannot convert complex to float")
		}
		if c, ok := approx(x); ok && engine.IsNumberExpr(x) {
			if imag(c) != 0 {
				throw("TypeError", "Cannot convert complex to float")
			}
			return real(c)
		}
		throw("TypeError", "Cannot convert expression to float")
	}
	throw("TypeError", "float() argument must be a string or a real number, not '%s'", typeName(v))
	return 0
}

func (in *interp) toIndex(v Value) int64 {
	switch x := v.(type) {
	case *big.Int:
		if !x.IsInt64() {
			throw("OverflowError", "Python int too large to convert to C ssize_t")
		}
		return x.Int64()
	case bool:
		if x {
			return 1
		}
		return 0
	case *engine.Integer:
		return in.toIndex(x.Big())
	}
	throw("TypeError", "'%s' object cannot be interpreted as an integer", typeName(v))
	return 0
}

func (in *interp) length(v Value) int {
	switch x := v.(type) {
	case string:
		return len([]rune(x))
	case *List:
		return len(x.Items)
	case *Tuple:
		return len(x.Items)
	case *Dict:
		return x.Len()
	case *Set:
		return x.d.Len()
	case *Range:
		return int(x.Len())
	case *engine.Tuple:
		return len(x.Args())
	case pySized:
		return x.length()
	}
	if n, ok := extLen(v); ok {
		return n
	}
	throw("TypeError", "object of type '%s' has no len()", typeName(v))
	return 0
}

func (in *interp) print(args []Value, kw []kwArg) Value {
	opts := cKwOnly("print", kw, "sep", "end", "file", "flush")
	sep, end := " ", "\n"
	if v, ok := opts["sep"]; ok && v != none {
		s, ok := v.(string)
		if !ok {
			throw("TypeError", "sep must be None or a string, not %s", typeName(v))
		}
		sep = s
	}
	if v, ok := opts["end"]; ok && v != none {
		s, ok := v.(string)
		if !ok {
			throw("TypeError", "end must be None or a string, not %s", typeName(v))
		}
		end = s
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(in.str(a))
	}
	b.WriteString(end)
	switch f := opts["file"]; {
	case f == nil || f == none || f == in.stdio[0]:
		io.WriteString(in.s.out, b.String())
	case f == in.stdio[1]:
		w := in.s.errOut
		if w == nil {
			w = in.s.out
		}
		io.WriteString(w, b.String())
	default:
		// CPython writes each piece with the file's write method
		write := in.getAttr(f, "write", nil)
		for i, a := range args {
			if i > 0 {
				in.call(write, []Value{sep}, nil)
			}
			in.call(write, []Value{in.str(a)}, nil)
		}
		in.call(write, []Value{end}, nil)
	}
	return none
}

func (in *interp) keyed(items []Value, key Value) []Value {
	if key == nil || key == none {
		return items
	}
	ks := make([]Value, len(items))
	for i, it := range items {
		ks[i] = in.call(key, []Value{it}, nil)
	}
	return ks
}

func (in *interp) less(a, b Value) bool {
	return in.truth(in.compare("<", a, b), nil)
}

func (in *interp) minmax(name string, args []Value, kw []kwArg) Value {
	opts := kwOnly(name, kw, "key", "default")
	items := args
	if len(args) == 1 {
		items = in.toSlice(args[0])
	}
	if len(args) == 0 {
		throw("TypeError", "%s expected at least 1 argument, got 0", name)
	}
	if len(items) == 0 {
		if d, ok := opts["default"]; ok {
			return d
		}
		throw("ValueError", "%s() arg is an empty sequence", name)
	}
	keys := in.keyed(items, opts["key"])
	best := 0
	for i := 1; i < len(items); i++ {
		// CPython's min_max compares the new item with the best so far.
		op := "<"
		if name == "max" {
			op = ">"
		}
		if in.truth(in.compare(op, keys[i], keys[best]), nil) {
			best = i
		}
	}
	return items[best]
}

// sorted sorts like CPython's list.sort: for fewer than 64 items it is
// timsort's count_run plus binary insertion, so the same comparisons run
// in the same order (which decides, say, which Relational fails to have
// a truth value); longer lists use a stable merge sort on "<".
func (in *interp) sorted(items []Value, key Value, reverse bool) []Value {
	keys := in.keyed(items, key)
	n := len(items)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if reverse {
		slices.Reverse(idx)
	}
	lt := func(a, b int) bool { return in.less(keys[a], keys[b]) }
	if n < 64 {
		if n > 1 {
			run := 2
			if lt(idx[1], idx[0]) {
				for run < n && lt(idx[run], idx[run-1]) {
					run++
				}
				slices.Reverse(idx[:run])
			} else {
				for run < n && !lt(idx[run], idx[run-1]) {
					run++
				}
			}
			for start := run; start < n; start++ {
				pivot := idx[start]
				l, r := 0, start
				for l < r {
					p := l + (r-l)>>1
					if lt(pivot, idx[p]) {
						r = p
					} else {
						l = p + 1
					}
				}
				copy(idx[l+1:start+1], idx[l:start])
				idx[l] = pivot
			}
		}
	} else {
		sort.SliceStable(idx, func(i, j int) bool { return lt(idx[i], idx[j]) })
	}
	if reverse {
		slices.Reverse(idx)
	}
	out := make([]Value, n)
	for i, k := range idx {
		out[i] = items[k]
	}
	return out
}

func (in *interp) round(args []Value, kw []kwArg) Value {
	opts := cKwOnly("round", kw, "ndigits")
	if len(opts) > 0 {
		args = append(args, opts["ndigits"])
	}
	nargs("round", args, 1, 2)
	if f, ok := args[0].(*pyFraction); ok {
		if len(args) == 1 || args[1] == none {
			return roundHalfEven(f.r)
		}
		return roundFraction(f.r, in.toInt(args[1]))
	}
	var nd Value = none
	if len(args) == 2 {
		nd = args[1]
	}
	switch x := args[0].(type) {
	case bool:
		return boolInt(x)
	case *big.Int:
		if nd == none {
			return x
		}
		n := in.toIndex(nd)
		if n >= 0 {
			return x
		}
		if -n > int64(len(x.String())+1) {
			// |x| < 10**-n / 2: the result is 0, without building 10**-n.
			return new(big.Int)
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q, m := floorDivMod(x, p)
		twice := new(big.Int).Mul(m, big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		return q.Mul(q, p)
	case float64:
		if nd == none {
			if math.IsInf(x, 0) {
				throw("OverflowError", "cannot convert float infinity to integer")
			}
			if math.IsNaN(x) {
				throw("ValueError", "cannot convert float NaN to integer")
			}
			return in.toInt(math.RoundToEven(x))
		}
		n := in.toIndex(nd)
		// CPython's float_round: beyond these digits the float is
		// unchanged, or a zero of its sign.
		const ndigitsMax, ndigitsMin = 323, -308
		switch {
		case n > ndigitsMax || math.IsInf(x, 0) || math.IsNaN(x):
			return x
		case n < ndigitsMin:
			return 0.0 * x
		}
		s := strconv.FormatFloat(x, 'f', int(max(n, 0)), 64)
		if n < 0 {
			// Exactly, as CPython's dtoa-based rounding: x/10**-n to the
			// nearest integer (ties to even), times 10**-n, correctly
			// rounded back to a float.
			p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
			r := new(big.Rat).SetFloat64(x)
			num := new(big.Int).Mul(r.Num(), big.NewInt(2))
			den := new(big.Int).Mul(r.Denom(), p)
			// round(num/(2*den)) half to even = floor((num + den) / (2*den)), adjusted on ties
			q, m := floorDivMod(new(big.Int).Add(num, den), new(big.Int).Mul(den, big.NewInt(2)))
			if m.Sign() == 0 && q.Bit(0) == 1 {
				q.Sub(q, big.NewInt(1)) // a tie went up to an odd number
			}
			f, _ := new(big.Rat).SetInt(q.Mul(q, p)).Float64()
			if math.IsInf(f, 0) {
				throw("OverflowError", "rounded value too large to represent")
			}
			if f == 0 {
				return 0.0 * x
			}
			return f
		}
		f, _ := strconv.ParseFloat(s, 64)
		return f
	case engine.Expr:
		return in.exprRound(x, nd)
	}
	throw("TypeError", "type %s doesn't define __round__ method", typeName(args[0]))
	return nil
}

// exprRound is SymPy's Expr.round for real numbers: it evaluates e to
// dps+1 digits (dps is 15 for exact numbers, else the largest Float
// precision), rounds half to even at the requested digit and returns an
// Integer (no ndigits) or a Float with just the digits it knows.
func (in *interp) exprRound(e engine.Expr, nd Value) Value {
	p, has := 0, nd != none
	if has {
		p = int(in.toIndex(nd))
	}
	if c, ok := approx(e); ok && imag(c) != 0 && engine.IsNumberExpr(e) {
		// SymPy rounds the real and imaginary parts separately.
		re, im := engine.EvalRe(e), engine.EvalIm(e)
		if re != nil && im != nil {
			rr, err1 := engine.Round(re, p, has)
			ri, err2 := engine.Round(im, p, has)
			if err1 == nil && err2 == nil {
				return engine.NewAdd(rr, engine.NewMul(ri, engine.I))
			}
		}
	}
	r, err := engine.Round(e, p, has)
	if err != nil {
		panic(err)
	}
	return r
}

func (in *interp) absValue(v Value) Value {
	switch x := v.(type) {
	case *instance:
		r, _ := in.instanceUnary("abs", x)
		return r
	case *pyFraction:
		return &pyFraction{r: new(big.Rat).Abs(x.r)}
	case bool:
		return boolInt(x)
	case *big.Int:
		return new(big.Int).Abs(x)
	case float64:
		return math.Abs(x)
	case complex128:
		return math.Hypot(real(x), imag(x))
	case engine.Expr:
		if d := engine.LookupFunc("Abs"); d != nil {
			return in.applyDef(d, x)
		}
		if c, ok := approx(x); ok && engine.IsNumberExpr(x) && imag(c) == 0 {
			if real(c) < 0 {
				return engine.Neg(x)
			}
			return x
		}
		throw("NotImplementedError", "Abs is not available")
	case *ndarray.Array:
		r, fl := npCall2(func() (*ndarray.Array, ndarray.Flags) { return absoluteUfunc.Map(x) })
		return in.npResult(r, fl, "absolute")
	case *mpmathFloat, *mpConstant:
		r, _ := in.mpmathUnary("abs", x)
		return r
	}
	throw("TypeError", "bad operand type for abs(): '%s'", typeName(v))
	return nil
}

func (in *interp) sum(args []Value, kw []kwArg) Value {
	opts := cKwOnly("sum", kw, "start")
	nargs("sum", args, 1, 2)
	var acc Value = big.NewInt(0)
	if len(args) == 2 {
		acc = args[1]
	}
	if s, ok := opts["start"]; ok {
		acc = s
	}
	if _, ok := acc.(string); ok {
		throw("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
	}
	in.iterate(args[0], func(v Value) bool {
		in.checkInterrupt()
		acc = in.binop("+", acc, v, nil)
		return true
	})
	return acc
}

func (in *interp) pyRange(args []Value, kw []kwArg) Value {
	noKw("range", kw)
	if len(args) == 0 {
		throw("TypeError", "range expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		throw("TypeError", "range expected at most 3 arguments, got %d", len(args))
	}
	r := &Range{Step: 1}
	switch len(args) {
	case 1:
		r.Stop = in.toIndex(args[0])
	default:
		r.Start, r.Stop = in.toIndex(args[0]), in.toIndex(args[1])
		if len(args) == 3 {
			r.Step = in.toIndex(args[2])
			if r.Step == 0 {
				throw("ValueError", "range() arg 3 must not be zero")
			}
		}
	}
	return r
}

func (in *interp) installBuiltins() {
	b := in.builtins
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		b[name] = &Builtin{Name: name, Fn: fn}
	}
	def("print", func(in *interp, args []Value, kw []kwArg) Value { return in.print(args, kw) })
	in.installHelp()          // help(obj): session/help.go
	in.installClassBuiltins() // object, super, property ...: session/userclass.go
	def("len", func(in *interp, args []Value, kw []kwArg) Value {
		noKw("len", kw)
		nargs("len", args, 1, 1)
		return big.NewInt(int64(in.length(args[0])))
	})
	def("range", func(in *interp, args []Value, kw []kwArg) Value { return in.pyRange(args, kw) })
	def("enumerate", func(in *interp, args []Value, kw []kwArg) Value {
		opts := cKwOnly("enumerate", kw, "start")
		nargs("enumerate", args, 1, 2)
		start := big.NewInt(0)
		if len(args) == 2 {
			start = in.toInt(args[1])
		}
		if s, ok := opts["start"]; ok {
			start = in.toInt(s)
		}
		var out []Value
		i := new(big.Int).Set(start)
		in.iterate(args[0], func(v Value) bool {
			out = append(out, &Tuple{Items: []Value{new(big.Int).Set(i), v}})
			i.Add(i, big.NewInt(1))
			return true
		})
		return &Iterator{Kind: "enumerate", Items: out}
	})
	def("zip", func(in *interp, args []Value, kw []kwArg) Value {
		cKwOnly("zip", kw, "strict")
		its := make([]*Iterator, len(args))
		for i, a := range args {
			its[i] = in.iterOf(a)
		}
		var out []Value
		for len(its) > 0 {
			// as zip pulls: one item from each in turn, until one is
			// exhausted (an endless iterator beside a finite one ends)
			t := make([]Value, len(its))
			for i, it := range its {
				v, ok := it.next()
				if !ok {
					return &Iterator{Kind: "zip", Items: out}
				}
				t[i] = v
			}
			out = append(out, &Tuple{Items: t})
			in.checkInterrupt()
		}
		return &Iterator{Kind: "zip", Items: out}
	})
	def("sum", func(in *interp, args []Value, kw []kwArg) Value { return in.sum(args, kw) })
	def("min", func(in *interp, args []Value, kw []kwArg) Value { return in.minmax("min", args, kw) })
	def("max", func(in *interp, args []Value, kw []kwArg) Value { return in.minmax("max", args, kw) })
	def("abs", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("abs", args, 1, 1)
		return in.absValue(args[0])
	})
	def("round", func(in *interp, args []Value, kw []kwArg) Value { return in.round(args, kw) })
	def("sorted", func(in *interp, args []Value, kw []kwArg) Value {
		opts := cKwOnly("sort", kw, "key", "reverse")
		if len(args) != 1 {
			throw("TypeError", "sorted expected 1 argument, got %d", len(args))
		}
		rev := false
		if r, ok := opts["reverse"]; ok {
			rev = in.truth(r, nil)
		}
		return &List{Items: in.sorted(in.toSlice(args[0]), opts["key"], rev)}
	})
	def("reversed", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("reversed", args, 1, 1)
		switch args[0].(type) {
		case *Dict, *Set, *Iterator:
			throw("TypeError", "'%s' object is not reversible", typeName(args[0]))
		}
		items := in.toSlice(args[0])
		out := make([]Value, len(items))
		for i, it := range items {
			out[len(items)-1-i] = it
		}
		return &Iterator{Kind: "reversed", Items: out}
	})
	def("map", func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) < 2 {
			throw("TypeError", "map() must have at least two arguments.")
		}
		lists := make([][]Value, len(args)-1)
		n := -1
		for i, a := range args[1:] {
			lists[i] = in.toSlice(a)
			if n < 0 || len(lists[i]) < n {
				n = len(lists[i])
			}
		}
		var out []Value
		for k := 0; k < n; k++ {
			xs := make([]Value, len(lists))
			for i := range lists {
				xs[i] = lists[i][k]
			}
			out = append(out, in.call(args[0], xs, nil))
		}
		return &Iterator{Kind: "map", Items: out}
	})
	def("filter", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("filter", args, 2, 2)
		var out []Value
		in.iterate(args[1], func(v Value) bool {
			t := v
			if args[0] != none {
				t = in.call(args[0], []Value{v}, nil)
			}
			if in.truth(t, nil) {
				out = append(out, v)
			}
			return true
		})
		return &Iterator{Kind: "filter", Items: out}
	})
	def("any", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("any", args, 1, 1)
		r := false
		in.iterate(args[0], func(v Value) bool {
			if in.truth(v, nil) {
				r = true
				return false
			}
			return true
		})
		return r
	})
	def("all", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("all", args, 1, 1)
		r := true
		in.iterate(args[0], func(v Value) bool {
			if !in.truth(v, nil) {
				r = false
				return false
			}
			return true
		})
		return r
	})
	def("isinstance", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("isinstance", args, 2, 2)
		return in.isInstance(args[0], args[1])
	})
	def("issubclass", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("issubclass", args, 2, 2)
		if r, ok := in.userIsSubclass(args[0], args[1]); ok {
			return r
		}
		c, ok := args[0].(*Class)
		if !ok {
			throw("TypeError", "issubclass() arg 1 must be a class")
		}
		t, ok := args[1].(*Class)
		if !ok {
			return false
		}
		for ; c != nil; c = c.Base {
			if c == t {
				return true
			}
		}
		return false
	})
	def("type", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("type", args, 1, 1)
		return in.typeOf(args[0])
	})
	def("repr", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("repr", args, 1, 1)
		return in.repr(args[0])
	})
	def("ascii", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("ascii", args, 1, 1)
		return asciiRepr(in.repr(args[0]))
	})
	def("format", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("format", args, 1, 2)
		spec := ""
		if len(args) == 2 {
			s, ok := args[1].(string)
			if !ok {
				throw("TypeError", "format() argument 2 must be str, not %s", typeName(args[1]))
			}
			spec = s
		}
		return in.format(args[0], spec)
	})
	def("divmod", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("divmod", args, 2, 2)
		if isPyNumber(args[0]) && isPyNumber(args[1]) {
			_, ac := args[0].(complex128)
			_, bc := args[1].(complex128)
			if ac || bc {
				throw("TypeError", "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(args[0]), typeName(args[1]))
			}
			if _, ok := args[0].(float64); !ok {
				if _, ok := args[1].(float64); !ok {
					a, b := in.toInt(args[0]), in.toInt(args[1])
					if b.Sign() == 0 {
						throw("ZeroDivisionError", "integer division or modulo by zero")
					}
					q, m := floorDivMod(a, b)
					return &Tuple{Items: []Value{q, m}}
				}
			}
			if in.toFloat(args[1]) == 0 {
				throw("ZeroDivisionError", "float divmod()")
			}
		}
		return &Tuple{Items: []Value{in.binop("//", args[0], args[1], nil), in.binop("%", args[0], args[1], nil)}}
	})
	def("pow", func(in *interp, args []Value, kw []kwArg) Value {
		args = cPositional("pow", args, kw, 2, none, "base", "exp", "mod")
		nargs("pow", args, 2, 3)
		if len(args) == 3 && args[2] != none {
			a, e, m := in.toInt(args[0]), in.toInt(args[1]), in.toInt(args[2])
			if m.Sign() == 0 {
				throw("ValueError", "pow() 3rd argument cannot be 0")
			}
			am := new(big.Int).Abs(m)
			if e.Sign() < 0 {
				// CPython 3.8+: a negative exponent uses the inverse of
				// the base modulo m.
				inv := new(big.Int).ModInverse(new(big.Int).Mod(a, am), am)
				switch {
				case am.Cmp(big.NewInt(1)) == 0:
					inv = new(big.Int) // everything is 0 modulo 1
				case inv == nil:
					throw("ValueError", "base is not invertible for the given modulus")
				}
				a, e = inv, new(big.Int).Neg(e)
			}
			r := new(big.Int).Exp(a, e, am)
			if r.Sign() != 0 && m.Sign() < 0 {
				r.Add(r, m)
			}
			return r
		}
		return in.binop("**", args[0], args[1], nil)
	})
	def("hash", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("hash", args, 1, 1)
		h := hashValue(args[0]) // raises TypeError for unhashable values
		if v, ok := pyHash(args[0]); ok {
			return big.NewInt(v) // CPython's value for numbers and their tuples
		}
		// str, None, SymPy objects: CPython's differ from run to run
		// (hash seed, addresses); any fixed 61-bit value keeps the rules
		return new(big.Int).SetUint64(h >> 3)
	})
	def("callable", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("callable", args, 1, 1)
		return isCallable(args[0])
	})
	def("iter", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("iter", args, 1, 1)
		return in.iterOf(args[0])
	})
	def("next", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("next", args, 1, 2)
		it, ok := args[0].(*Iterator)
		if !ok {
			throw("TypeError", "'%s' object is not an iterator", typeName(args[0]))
		}
		v, more := it.next()
		if !more {
			if len(args) == 2 {
				return args[1]
			}
			throw("StopIteration", "")
		}
		return v
	})
	for _, name := range []string{"exit", "quit"} {
		// site's Quitter: a script ends with SystemExit(code)
		def(name, func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, 0, 1)
			if len(args) == 0 {
				return in.raiseSystemExit(nil)
			}
			return in.raiseSystemExit(args[0])
		})
	}
	def("input", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("input", args, 0, 1)
		prompt := ""
		if len(args) == 1 {
			prompt = in.str(args[0])
		}
		if in.s.input == nil {
			io.WriteString(in.s.out, prompt)
			throw("EOFError", "EOF when reading a line")
		}
		line, err := in.s.input(prompt)
		if err != nil {
			if errors.Is(err, ErrInputInterrupt) {
				throw("KeyboardInterrupt", "")
			}
			if errors.Is(err, ErrInputUnsupported) {
				throw("StdinNotImplementedError", "%s", err.Error())
			}
			throw("EOFError", "EOF when reading a line")
		}
		return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	})
	def("chr", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("chr", args, 1, 1)
		return string(rune(in.toIndex(args[0])))
	})
	def("ord", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("ord", args, 1, 1)
		s, ok := args[0].(string)
		if !ok || len([]rune(s)) != 1 {
			throw("TypeError", "ord() expected a character, but string of length %d found", len([]rune(in.str(args[0]))))
		}
		return big.NewInt(int64([]rune(s)[0]))
	})
	def("dir", func(in *interp, args []Value, kw []kwArg) Value {
		var names []string
		if len(args) == 0 {
			names = in.s.Names()
		} else {
			names = in.attrNames(args[0])
		}
		sort.Strings(names)
		out := make([]Value, len(names))
		for i, n := range names {
			out[i] = n
		}
		return &List{Items: out}
	})
	def("getattr", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("getattr", args, 2, 3)
		name, ok := args[1].(string)
		if !ok {
			throw("TypeError", "attribute name must be string, not '%s'", typeName(args[1]))
		}
		if len(args) == 3 {
			var r Value
			func() {
				defer func() {
					if x := recover(); x != nil {
						if e, ok := x.(*Exception); ok && e.Type == "AttributeError" {
							r = args[2]
							return
						}
						panic(x)
					}
				}()
				r = in.getAttr(args[0], name, nil)
			}()
			return r
		}
		return in.getAttr(args[0], name, nil)
	})
	def("hasattr", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("hasattr", args, 2, 2)
		name, _ := args[1].(string)
		r := true
		func() {
			defer func() {
				if x := recover(); x != nil {
					if e, ok := x.(*Exception); ok && e.Type == "AttributeError" {
						r = false
						return
					}
					panic(x)
				}
			}()
			in.getAttr(args[0], name, nil)
		}()
		return r
	})
	def("globals", func(in *interp, args []Value, kw []kwArg) Value {
		d := newDict()
		for _, n := range in.s.Names() {
			if v, ok := in.globals.vars[n]; ok {
				d.Set(n, v)
			}
		}
		return d
	})
	def("id", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("id", args, 1, 1)
		return new(big.Int).SetUint64(uint64(reflectPtr(args[0])))
	})
	for _, c := range pyClasses() {
		b[c.Name] = c
	}
	// enumerate, zip, map, filter and reversed are classes in Python:
	// they print as <class 'zip'> and type() of their results is them.
	for _, name := range []string{"enumerate", "zip", "map", "filter", "reversed"} {
		fn := b[name].(*Builtin).Fn
		kind := name
		b[name] = &Class{Name: name, Call: fn, Is: func(v Value) bool {
			it, ok := v.(*Iterator)
			return ok && it.Kind == kind
		}}
	}
	if bc, ok := b["bool"].(*Class); ok {
		bc.Base, _ = b["int"].(*Class)
	}
	radix := func(name, prefix string, base int) {
		def(name, func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, 1, 1)
			var n *big.Int
			switch x := args[0].(type) {
			case *big.Int:
				n = x
			case bool:
				n = boolInt(x)
			default:
				throw("TypeError", "'%s' object cannot be interpreted as an integer", typeName(args[0]))
			}
			if n.Sign() < 0 {
				return "-" + prefix + new(big.Int).Neg(n).Text(base)
			}
			return prefix + n.Text(base)
		})
	}
	radix("hex", "0x", 16)
	radix("bin", "0b", 2)
	radix("oct", "0o", 8)
	for name, c := range excClasses {
		if c.Module == "" { // SymPy's come with the sympy namespace
			b[name] = c
		}
	}
	b["None"] = none
	b["Ellipsis"] = ellipsis
	b["__name__"] = "__main__"
}

// builtinKeywords is the keyword table of CPython's built-in functions
// and types: the keywords each accepts ("" for none). A keyword not
// listed raises CPython's TypeError before the call runs, so none is
// ignored. Names not in the table (dict, help, type, object) do their
// own checking.
var builtinKeywords = map[string]string{
	"abs": "", "all": "", "any": "", "ascii": "", "bin": "", "callable": "", "chr": "", "dir": "",
	"divmod": "", "format": "", "getattr": "", "globals": "", "hasattr": "", "hash": "", "hex": "",
	"id": "", "input": "", "isinstance": "", "issubclass": "", "iter": "", "len": "", "next": "",
	"oct": "", "ord": "", "repr": "", "bool": "", "filter": "", "float": "", "frozenset": "",
	"list": "", "map": "", "range": "", "reversed": "", "set": "", "tuple": "",
	"print": "sep end file flush", "max": "key default", "min": "key default", "pow": "base exp mod",
	"round": "number ndigits", "sorted": "key reverse", "sum": "start", "complex": "real imag",
	"enumerate": "iterable start", "int": "base", "str": "object encoding errors", "zip": "strict",
}

// checkBuiltinKeywords checks the keywords of a call of fn, when fn is
// the built-in function or type called name in builtinKeywords, worded as
// CPython words it.
func (in *interp) checkBuiltinKeywords(fn Value, name string, kw []kwArg) {
	spec, ok := builtinKeywords[name]
	if !ok || in.builtins[name] != fn {
		return
	}
	allowed := strings.Fields(spec)
	for _, k := range kw {
		if slices.Contains(allowed, k.Name) {
			continue
		}
		if len(allowed) == 0 {
			throw("TypeError", "%s() takes no keyword arguments", name)
		}
		if name == "sorted" {
			name = "sort" // CPython's sorted calls list.sort
		}
		throw("TypeError", "'%s' is an invalid keyword argument for %s()", k.Name, name)
	}
}

// exprToInt is SymPy's Expr.__int__ for a number that is not an Integer,
// Rational or Float: round to two decimals, then truncate.
func exprToInt(x engine.Expr) *big.Int {
	switch x {
	case engine.Oo, engine.NegOo, engine.NaN:
		throw("TypeError", "Cannot convert %s to int", engine.Str(x))
	case engine.Zoo:
		throw("TypeError", "Cannot convert complex to int")
	}
	if !engine.IsNumberExpr(x) {
		throw("TypeError", "Cannot convert symbols to int")
	}
	if c, ok := approx(x); ok && imag(c) != 0 {
		throw("TypeError", "Cannot convert complex to int")
	}
	r, err := engine.Round(x, 2, true)
	if err != nil {
		throw("TypeError", "Cannot convert complex to int")
	}
	switch v := r.(type) {
	case *engine.Integer:
		return v.Big()
	case *engine.Float:
		b, _ := new(big.Float).Copy(v.Big()).Int(nil)
		return b
	}
	throw("TypeError", "Cannot convert complex to int")
	return nil
}
