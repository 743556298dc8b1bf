package session

import (
	"fmt"
	"math/big"
	"strings"
	"time"
)

// The parts of Python's standard library that notebooks around calculus
// use: time, random (pyrandom.go), itertools, functools, copy and
// operator. Each module is a table of rows; a name of the real module
// that dcalc lacks raises NotImplementedError (stdlibKnown).

// stdlibModules builds each module on import. It is filled by init: the
// modules' functions reach the interpreter, which reaches this table
// back through import.
var stdlibModules map[string]func(in *interp) *Module

func init() {
	stdlibModules = map[string]func(in *interp) *Module{
		"time":        func(in *interp) *Module { return tableModule("time", timeTable) },
		"random":      func(in *interp) *Module { return tableModule("random", randomTablePy) },
		"itertools":   itertoolsModule,
		"functools":   func(in *interp) *Module { return tableModule("functools", functoolsTable) },
		"copy":        func(in *interp) *Module { return tableModule("copy", copyTable) },
		"operator":    operatorModule,
		"fractions":   fractionModule,
		"collections": collectionsModule,
		"typing":      typingModule,
		"statistics":  statisticsModule,
		"sys":         sysModule,
	}
}

// stdlibKnown lists public names of those modules that dcalc does not
// have: asking for one is NotImplementedError, not AttributeError.
var stdlibKnown = map[string][]string{
	"time":      {"strftime", "strptime", "gmtime", "localtime", "ctime", "asctime", "mktime", "thread_time", "get_clock_info", "struct_time", "timezone", "tzname"},
	"random":    {"Random", "SystemRandom", "betavariate", "binomialvariate", "expovariate", "gammavariate", "lognormvariate", "paretovariate", "randbytes", "triangular", "vonmisesvariate", "weibullvariate", "getstate", "setstate"},
	"itertools": {"tee", "batched"},
	"functools": {"cmp_to_key", "total_ordering", "singledispatch", "singledispatchmethod", "cached_property", "partialmethod", "update_wrapper", "WRAPPER_ASSIGNMENTS"},
	"copy":      {"Error", "replace"},
	"operator":  {"methodcaller", "iadd", "imul", "isub", "index", "length_hint", "call", "inv", "lshift", "rshift", "and_", "or_", "xor", "contains", "countOf", "indexOf", "getitem", "setitem", "delitem", "is_", "is_not"},
}

// tableModule is a module whose names are the rows of table.
func tableModule(name string, table []*binding) *Module {
	m := &Module{Name: name, Attrs: map[string]Value{}}
	installTable(m.Attrs, table)
	return m
}

// clockStart is when perf_counter, monotonic and process_time count from.
var clockStart = time.Now()

var timeTable = []*binding{
	{Name: "time", Sig: "()", Doc: "Seconds since the epoch, as a float.",
		Fn: func(in *interp, a *callArgs) Value { return float64(time.Now().UnixNano()) / 1e9 }},
	{Name: "time_ns", Sig: "()", Doc: "Nanoseconds since the epoch.",
		Fn: func(in *interp, a *callArgs) Value { return big.NewInt(time.Now().UnixNano()) }},
	{Name: "perf_counter", Sig: "()", Doc: "A monotonic clock in seconds, for timing.",
		Fn: func(in *interp, a *callArgs) Value { return time.Since(clockStart).Seconds() }},
	{Name: "perf_counter_ns", Sig: "()", Doc: "perf_counter in nanoseconds.",
		Fn: func(in *interp, a *callArgs) Value { return big.NewInt(time.Since(clockStart).Nanoseconds()) }},
	{Name: "monotonic", Sig: "()", Doc: "A monotonic clock in seconds.",
		Fn: func(in *interp, a *callArgs) Value { return time.Since(clockStart).Seconds() }},
	{Name: "process_time", Sig: "()", Doc: "Processor time of the process in seconds (wall time since start here).",
		Fn: func(in *interp, a *callArgs) Value { return time.Since(clockStart).Seconds() }},
	{Name: "sleep", Sig: "(secs, /)", Doc: "Waits secs seconds (Ctrl-C interrupts).",
		Fn: func(in *interp, a *callArgs) Value {
			d := in.toFloat(a.Get("secs"))
			if d < 0 {
				throw("ValueError", "sleep length must be non-negative")
			}
			end := time.Now().Add(time.Duration(d * float64(time.Second)))
			for time.Now().Before(end) {
				in.checkInterrupt()
				time.Sleep(min(time.Until(end), 20*time.Millisecond))
			}
			return none
		}},
}

var functoolsTable = []*binding{
	{Name: "reduce", Sig: "(function, iterable, initial=<missing>, /)", Honours: "initial",
		Doc: "Folds iterable from the left with function.",
		Fn: func(in *interp, a *callArgs) Value {
			fn := a.Get("function")
			acc := a.Get("initial")
			in.iterate(a.Get("iterable"), func(v Value) bool {
				if acc == nil {
					acc = v
				} else {
					acc = in.call(fn, []Value{acc, v}, nil)
				}
				return true
			})
			if acc == nil {
				throw("TypeError", "reduce() of empty iterable with no initial value")
			}
			return acc
		}},
	{Name: "partial", Sig: "(func, /, *args, **keywords)", Honours: "**",
		Doc: "func with some arguments fixed.",
		Fn: func(in *interp, a *callArgs) Value {
			return &partialFn{fn: a.Get("func"), args: a.Rest(), kw: a.Extra()}
		}},
	{Name: "lru_cache", Sig: "(maxsize=128, typed=False)", Honours: "maxsize",
		Doc: "Caches a function's results by argument (a decorator).",
		Fn: func(in *interp, a *callArgs) Value {
			size := a.Or("maxsize", big.NewInt(128))
			if isCallable(size) {
				return newCached(size, 128) // @lru_cache without parentheses
			}
			limit := -1
			if size != none {
				limit = max(int(in.toIndex(size)), 0)
			}
			return &Builtin{Name: "decorating_function", Fn: func(in *interp, args []Value, kw []kwArg) Value {
				nargs("decorating_function", args, 1, 1)
				return newCached(args[0], limit)
			}}
		}},
	{Name: "cache", Sig: "(user_function, /)", Doc: "lru_cache(maxsize=None).",
		Fn: func(in *interp, a *callArgs) Value { return newCached(a.Get("user_function"), -1) }},
	{Name: "wraps", Sig: "(wrapped, assigned=<WRAPPER_ASSIGNMENTS>, updated=<WRAPPER_UPDATES>)",
		Doc: "A decorator giving the wrapper the wrapped function's name and docstring.",
		Fn: func(in *interp, a *callArgs) Value {
			wrapped := a.Get("wrapped")
			return &Builtin{Name: "update_wrapper", Fn: func(in *interp, args []Value, kw []kwArg) Value {
				nargs("wraps", args, 1, 1)
				if w, ok := args[0].(*Function); ok {
					if f, ok := wrapped.(*Function); ok {
						w.Name, w.Qualname = f.Name, f.qualname()
						if d, ok := f.docString().(string); ok {
							w.Doc = d
						}
					} else if b, ok := wrapped.(*Builtin); ok {
						w.Name, w.Qualname = b.Name, b.Name
					}
				}
				return args[0]
			}}
		}},
}

// partialFn is functools.partial(fn, *args, **kw).
type partialFn struct {
	fn   Value
	args []Value
	kw   []kwArg
}

// cachedFn is a function wrapped by lru_cache or cache.
type cachedFn struct {
	fn     Value
	limit  int // -1: unbounded
	memo   *Dict
	hits   int
	misses int
}

func newCached(fn Value, limit int) *cachedFn {
	return &cachedFn{fn: fn, limit: limit, memo: newDict()}
}

// isCallable reports whether v can be called.
func isCallable(v Value) bool {
	switch x := v.(type) {
	case *Function, *Builtin, *BoundMethod, *Class, *FuncClass, *userClass, *methodValue, *staticMethod, *partialFn, *cachedFn:
		return true
	case *instance:
		_, ok := x.cls.lookup("__call__")
		return ok
	}
	return false
}

// callCached looks the arguments up in the cache before calling.
func (in *interp) callCached(c *cachedFn, args []Value, kw []kwArg) Value {
	key := append([]Value(nil), args...)
	for _, k := range kw {
		key = append(key, kwMark, k.Name, k.Value)
	}
	kt := &Tuple{Items: key}
	if v, ok := c.memo.Get(kt); ok {
		c.hits++
		if c.limit > 0 { // most recently used last
			c.memo.Delete(kt)
			c.memo.Set(kt, v)
		}
		return v
	}
	c.misses++
	v := in.call(c.fn, args, kw)
	if c.limit != 0 {
		c.memo.Set(kt, v)
		if c.limit > 0 && c.memo.Len() > c.limit {
			c.memo.Delete(c.memo.Keys()[0])
		}
	}
	return v
}

// kwMark separates positional from keyword arguments in a cache key.
var kwMark = "\x00kw"

// cachedAttr is an attribute of a cached function.
func (in *interp) cachedAttr(c *cachedFn, name string) (Value, bool) {
	switch name {
	case "cache_info":
		return &Builtin{Name: "cache_info", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			size := "None"
			if c.limit >= 0 {
				size = fmt.Sprint(c.limit)
			}
			return &pyObject{Type: "CacheInfo", Repr: fmt.Sprintf("CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)", c.hits, c.misses, size, c.memo.Len()),
				Attrs: map[string]Value{"hits": big.NewInt(int64(c.hits)), "misses": big.NewInt(int64(c.misses)), "currsize": big.NewInt(int64(c.memo.Len()))}}
		}}, true
	case "cache_clear":
		return &Builtin{Name: "cache_clear", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			c.memo, c.hits, c.misses = newDict(), 0, 0
			return none
		}}, true
	case "__wrapped__":
		return c.fn, true
	}
	return nil, false
}

var copyTable = []*binding{
	{Name: "copy", Sig: "(x)", Doc: "A shallow copy.",
		Fn: func(in *interp, a *callArgs) Value { return in.copyValue(a.Get("x"), nil) }},
	{Name: "deepcopy", Sig: "(x, memo=None, _nil=[])", Doc: "A deep copy.",
		Fn: func(in *interp, a *callArgs) Value { return in.copyValue(a.Get("x"), map[Value]Value{}) }},
}

// copyValue copies v: its top level when memo is nil, else all the way
// down (memo maps what was copied to its copy, so shared and cyclic
// structure is kept).
func (in *interp) copyValue(v Value, memo map[Value]Value) Value {
	deep := memo != nil
	if deep {
		if c, ok := memo[v]; ok {
			return c
		}
	}
	item := func(x Value) Value {
		if deep {
			return in.copyValue(x, memo)
		}
		return x
	}
	switch x := v.(type) {
	case *List:
		c := &List{}
		if deep {
			memo[v] = c
		}
		for _, it := range x.Items {
			c.Items = append(c.Items, item(it))
		}
		return c
	case *Tuple:
		if !deep {
			return x
		}
		c := &Tuple{}
		for _, it := range x.Items {
			c.Items = append(c.Items, item(it))
		}
		return c
	case *Dict:
		c := newDict()
		if deep {
			memo[v] = c
		}
		ks, vs := x.Items()
		for i := range ks {
			c.Set(item(ks[i]), item(vs[i]))
		}
		return c
	case *Set:
		c := newSet()
		c.Frozen = x.Frozen
		for _, it := range x.Items() {
			c.Add(item(it))
		}
		return c
	case *instance:
		c := &instance{cls: x.cls, dict: newDict(), id: in.nextObjectID()}
		if deep {
			memo[v] = c
		}
		ks, vs := x.dict.Items()
		for i := range ks {
			c.dict.Set(ks[i], item(vs[i]))
		}
		return c
	}
	if _, isMatrix := asMatrix(v); isMatrix {
		return in.call(in.getAttr(v, "copy", nil), nil, nil)
	}
	if _, ok := arrayTypeName(v); ok {
		return in.call(in.getAttr(v, "copy", nil), nil, nil)
	}
	return v // immutable: numbers, strings, SymPy expressions, functions
}

// operatorModule is the operator module: the operators as functions.
func operatorModule(in *interp) *Module {
	m := &Module{Name: "operator", Attrs: map[string]Value{}}
	bin := func(name, op string) {
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, 2, 2)
			return in.binop(op, args[0], args[1], nil)
		}}
	}
	for name, op := range map[string]string{"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//",
		"mod": "%", "pow": "**", "matmul": "@", "concat": "+"} {
		bin(name, op)
	}
	for name, op := range map[string]string{"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="} {
		name, op := name, op
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, 2, 2)
			return in.compare(op, args[0], args[1])
		}}
	}
	for name, op := range map[string]string{"neg": "-", "pos": "+", "invert": "~"} {
		name, op := name, op
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, 1, 1)
			return in.unary(op, args[0])
		}}
	}
	m.Attrs["abs"] = in.builtins["abs"]
	m.Attrs["not_"] = &Builtin{Name: "not_", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("not_", args, 1, 1)
		return !in.truth(args[0], nil)
	}}
	m.Attrs["truth"] = &Builtin{Name: "truth", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("truth", args, 1, 1)
		return in.truth(args[0], nil)
	}}
	m.Attrs["itemgetter"] = &Builtin{Name: "itemgetter", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("itemgetter", kw)
		if len(args) == 0 {
			throw("TypeError", "itemgetter expected 1 argument, got 0")
		}
		keys := append([]Value(nil), args...)
		return &Builtin{Name: "itemgetter", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("itemgetter", args, 1, 1)
			if len(keys) == 1 {
				return in.getItem(args[0], keys[0])
			}
			out := make([]Value, len(keys))
			for i, k := range keys {
				out[i] = in.getItem(args[0], k)
			}
			return &Tuple{Items: out}
		}}
	}}
	m.Attrs["attrgetter"] = &Builtin{Name: "attrgetter", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("attrgetter", kw)
		if len(args) == 0 {
			throw("TypeError", "attrgetter expected 1 argument, got 0")
		}
		names := make([]string, len(args))
		for i, a := range args {
			s, ok := a.(string)
			if !ok {
				throw("TypeError", "attribute name must be a string")
			}
			names[i] = s
		}
		get := func(in *interp, v Value, dotted string) Value {
			for _, part := range strings.Split(dotted, ".") {
				v = in.getAttr(v, part, nil)
			}
			return v
		}
		return &Builtin{Name: "attrgetter", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("attrgetter", args, 1, 1)
			if len(names) == 1 {
				return get(in, args[0], names[0])
			}
			out := make([]Value, len(names))
			for i, n := range names {
				out[i] = get(in, args[0], n)
			}
			return &Tuple{Items: out}
		}}
	}}
	return m
}
