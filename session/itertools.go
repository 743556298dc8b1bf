package session

import (
	"math/big"
)

// The itertools module. The combinatoric iterators are built whole (in
// CPython's order); count, cycle, repeat without a count and islice are
// lazy, so that islice(count(), 5) ends.

// itertoolsModule builds the module.
func itertoolsModule(in *interp) *Module {
	m := tableModule("itertools", itertoolsTable)
	chain := &Class{Name: "chain", Call: m.Attrs["chain"].(*Builtin).Fn, Attrs: map[string]Value{
		"from_iterable": &Builtin{Name: "from_iterable", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw("from_iterable", kw)
			nargs("from_iterable", args, 1, 1)
			return in.chain(in.puller(args[0]))
		}}}}
	chain.Is = func(v Value) bool { it, ok := v.(*Iterator); return ok && it.Kind == "itertools.chain" }
	m.Attrs["chain"] = chain
	return m
}

// puller returns a function that yields v's items one at a time,
// pulling from iterators rather than draining them.
func (in *interp) puller(v Value) func() (Value, bool) {
	if it, ok := v.(*Iterator); ok {
		return it.next
	}
	items := in.toSlice(v)
	i := 0
	return func() (Value, bool) {
		if i >= len(items) {
			return nil, false
		}
		i++
		return items[i-1], true
	}
}

// lazy is an iterator of kind whose items come from pull.
func lazy(kind string, pull func() (Value, bool)) *Iterator {
	return &Iterator{Kind: kind, pull: pull}
}

// chain yields the items of each iterable that next gives.
func (in *interp) chain(next func() (Value, bool)) *Iterator {
	var cur func() (Value, bool)
	return lazy("itertools.chain", func() (Value, bool) {
		for {
			if cur == nil {
				src, ok := next()
				if !ok {
					return nil, false
				}
				cur = in.puller(src)
			}
			if v, ok := cur(); ok {
				return v, true
			}
			cur = nil
		}
	})
}

// pools returns the items of each iterable, repeated r times.
func (in *interp) pools(its []Value, r int) [][]Value {
	var out [][]Value
	for k := 0; k < r; k++ {
		for _, it := range its {
			out = append(out, in.toSlice(it))
		}
	}
	return out
}

// product is itertools.product: the rightmost element advances first.
func product(pools [][]Value) [][]Value {
	result := [][]Value{{}}
	for _, pool := range pools {
		var next [][]Value
		for _, x := range result {
			for _, y := range pool {
				next = append(next, append(append([]Value(nil), x...), y))
			}
		}
		result = next
	}
	return result
}

// combinations of pool taken r at a time, in lexicographic order of
// positions; repl allows an element again (combinations_with_replacement).
func combinations(pool []Value, r int, repl bool) [][]Value {
	var out [][]Value
	idx := make([]int, 0, r)
	var rec func(startAt int)
	rec = func(startAt int) {
		if len(idx) == r {
			c := make([]Value, r)
			for i, j := range idx {
				c[i] = pool[j]
			}
			out = append(out, c)
			return
		}
		for j := startAt; j < len(pool); j++ {
			idx = append(idx, j)
			if repl {
				rec(j)
			} else {
				rec(j + 1)
			}
			idx = idx[:len(idx)-1]
		}
	}
	rec(0)
	return out
}

// permutations of pool taken r at a time, in CPython's order.
func permutations(pool []Value, r int) [][]Value {
	var out [][]Value
	used := make([]bool, len(pool))
	cur := make([]Value, 0, r)
	var rec func()
	rec = func() {
		if len(cur) == r {
			out = append(out, append([]Value(nil), cur...))
			return
		}
		for j := range pool {
			if used[j] {
				continue
			}
			used[j] = true
			cur = append(cur, pool[j])
			rec()
			cur = cur[:len(cur)-1]
			used[j] = false
		}
	}
	rec()
	return out
}

// tuples turns rows into an iterator of tuples.
func tuples(kind string, rows [][]Value) *Iterator {
	items := make([]Value, len(rows))
	for i, r := range rows {
		items[i] = &Tuple{Items: r}
	}
	return &Iterator{Kind: kind, Items: items}
}

// nonNegative reads r for the combinatoric iterators.
func (in *interp) nonNegative(v Value) int {
	r := in.toIndex(v)
	if r < 0 {
		throw("ValueError", "r must be non-negative")
	}
	return int(r)
}

var itertoolsTable = []*binding{
	{Name: "product", Sig: "(*iterables, repeat=1)", Honours: "repeat", Doc: "Cartesian product of the iterables.",
		Fn: func(in *interp, a *callArgs) Value {
			r := int(in.toIndex(a.Or("repeat", big.NewInt(1))))
			if r < 0 {
				throw("ValueError", "repeat argument cannot be negative")
			}
			return tuples("itertools.product", product(in.pools(a.Rest(), r)))
		}},
	{Name: "combinations", Sig: "(iterable, r)", Doc: "r-length subsequences, in order.",
		Fn: func(in *interp, a *callArgs) Value {
			return tuples("itertools.combinations", combinations(in.toSlice(a.Get("iterable")), in.nonNegative(a.Get("r")), false))
		}},
	{Name: "combinations_with_replacement", Sig: "(iterable, r)", Doc: "r-length subsequences allowing repeats.",
		Fn: func(in *interp, a *callArgs) Value {
			pool := in.toSlice(a.Get("iterable"))
			r := in.nonNegative(a.Get("r"))
			if len(pool) == 0 && r > 0 {
				return tuples("itertools.combinations_with_replacement", nil)
			}
			return tuples("itertools.combinations_with_replacement", combinations(pool, r, true))
		}},
	{Name: "permutations", Sig: "(iterable, r=None)", Honours: "r", Doc: "r-length orderings.",
		Fn: func(in *interp, a *callArgs) Value {
			pool := in.toSlice(a.Get("iterable"))
			r := len(pool)
			if v := a.Or("r", none); v != none {
				r = in.nonNegative(v)
			}
			if r > len(pool) {
				return tuples("itertools.permutations", nil)
			}
			return tuples("itertools.permutations", permutations(pool, r))
		}},
	{Name: "chain", Sig: "(*iterables)", Doc: "The items of each iterable in turn.",
		Fn: func(in *interp, a *callArgs) Value {
			its := a.Rest()
			i := 0
			return in.chain(func() (Value, bool) {
				if i >= len(its) {
					return nil, false
				}
				i++
				return its[i-1], true
			})
		}},
	{Name: "count", Sig: "(start=0, step=1)", Honours: "start step", Doc: "start, start+step, … without end.",
		Fn: func(in *interp, a *callArgs) Value {
			cur, step := a.Or("start", big.NewInt(0)), a.Or("step", big.NewInt(1))
			return lazy("itertools.count", func() (Value, bool) {
				v := cur
				cur = in.binop("+", cur, step, nil)
				return v, true
			})
		}},
	{Name: "cycle", Sig: "(iterable, /)", Doc: "The iterable's items over and over.",
		Fn: func(in *interp, a *callArgs) Value {
			items := in.toSlice(a.Get("iterable"))
			i := 0
			return lazy("itertools.cycle", func() (Value, bool) {
				if len(items) == 0 {
					return nil, false
				}
				v := items[i%len(items)]
				i++
				return v, true
			})
		}},
	{Name: "repeat", Sig: "(object, times=None)", Honours: "times", Doc: "object, times times (or without end).",
		Fn: func(in *interp, a *callArgs) Value {
			obj := a.Get("object")
			left := int64(-1)
			if t := a.Or("times", none); t != none {
				left = max(in.toIndex(t), 0)
			}
			return lazy("repeat", func() (Value, bool) {
				if left == 0 {
					return nil, false
				}
				if left > 0 {
					left--
				}
				return obj, true
			})
		}},
	{Name: "islice", Sig: "(iterable, /, *args)", Doc: "islice(it, stop) or islice(it, start, stop[, step]).",
		Fn: func(in *interp, a *callArgs) Value { return in.islice(a.Get("iterable"), a.Rest()) }},
	{Name: "accumulate", Sig: "(iterable, func=None, *, initial=None)", Honours: "func initial", Doc: "Running totals (or running func).",
		Fn: func(in *interp, a *callArgs) Value {
			fn := a.Or("func", none)
			var acc Value
			var out []Value
			if init := a.Or("initial", none); init != none {
				acc = init
				out = append(out, acc)
			}
			in.iterate(a.Get("iterable"), func(v Value) bool {
				switch {
				case acc == nil:
					acc = v
				case fn == none:
					acc = in.binop("+", acc, v, nil)
				default:
					acc = in.call(fn, []Value{acc, v}, nil)
				}
				out = append(out, acc)
				return true
			})
			return &Iterator{Kind: "itertools.accumulate", Items: out}
		}},
	{Name: "zip_longest", Sig: "(*iterables, fillvalue=None)", Honours: "fillvalue", Doc: "zip to the longest, padding with fillvalue.",
		Fn: func(in *interp, a *callArgs) Value {
			fill := a.Or("fillvalue", none)
			var cols [][]Value
			n := 0
			for _, it := range a.Rest() {
				c := in.toSlice(it)
				cols = append(cols, c)
				n = max(n, len(c))
			}
			rows := make([][]Value, n)
			for i := range rows {
				for _, c := range cols {
					if i < len(c) {
						rows[i] = append(rows[i], c[i])
					} else {
						rows[i] = append(rows[i], fill)
					}
				}
			}
			return tuples("itertools.zip_longest", rows)
		}},
	{Name: "starmap", Sig: "(function, iterable, /)", Doc: "function(*args) for each args in iterable.",
		Fn: func(in *interp, a *callArgs) Value {
			var out []Value
			in.iterate(a.Get("iterable"), func(v Value) bool {
				out = append(out, in.call(a.Get("function"), in.toSlice(v), nil))
				return true
			})
			return &Iterator{Kind: "itertools.starmap", Items: out}
		}},
	{Name: "takewhile", Sig: "(predicate, iterable, /)", Doc: "Items while predicate holds.",
		Fn: func(in *interp, a *callArgs) Value {
			next, pred, done := in.puller(a.Get("iterable")), a.Get("predicate"), false
			return lazy("itertools.takewhile", func() (Value, bool) {
				if done {
					return nil, false
				}
				v, ok := next()
				if !ok || !in.truth(in.call(pred, []Value{v}, nil), nil) {
					done = true
					return nil, false
				}
				return v, true
			})
		}},
	{Name: "dropwhile", Sig: "(predicate, iterable, /)", Doc: "Items from the first for which predicate fails.",
		Fn: func(in *interp, a *callArgs) Value {
			next, pred, dropping := in.puller(a.Get("iterable")), a.Get("predicate"), true
			return lazy("itertools.dropwhile", func() (Value, bool) {
				for {
					v, ok := next()
					if !ok {
						return nil, false
					}
					if dropping && in.truth(in.call(pred, []Value{v}, nil), nil) {
						continue
					}
					dropping = false
					return v, true
				}
			})
		}},
	{Name: "filterfalse", Sig: "(function, iterable, /)", Doc: "Items for which function is false.",
		Fn: func(in *interp, a *callArgs) Value {
			var out []Value
			fn := a.Get("function")
			in.iterate(a.Get("iterable"), func(v Value) bool {
				t := v
				if fn != none {
					t = in.call(fn, []Value{v}, nil)
				}
				if !in.truth(t, nil) {
					out = append(out, v)
				}
				return true
			})
			return &Iterator{Kind: "itertools.filterfalse", Items: out}
		}},
	{Name: "compress", Sig: "(data, selectors)", Doc: "Items of data whose selector is true.",
		Fn: func(in *interp, a *callArgs) Value {
			data, sel := in.toSlice(a.Get("data")), in.toSlice(a.Get("selectors"))
			var out []Value
			for i := 0; i < len(data) && i < len(sel); i++ {
				if in.truth(sel[i], nil) {
					out = append(out, data[i])
				}
			}
			return &Iterator{Kind: "itertools.compress", Items: out}
		}},
	{Name: "pairwise", Sig: "(iterable, /)", Doc: "Overlapping pairs of consecutive items.",
		Fn: func(in *interp, a *callArgs) Value {
			items := in.toSlice(a.Get("iterable"))
			var rows [][]Value
			for i := 0; i+1 < len(items); i++ {
				rows = append(rows, []Value{items[i], items[i+1]})
			}
			return tuples("itertools.pairwise", rows)
		}},
	{Name: "groupby", Sig: "(iterable, key=None)", Honours: "key", Doc: "(key, items) for runs of items with equal keys.",
		Fn: func(in *interp, a *callArgs) Value {
			key := a.Or("key", none)
			var out []Value
			var curKey Value
			var group []Value
			flush := func() {
				if group != nil {
					out = append(out, &Tuple{Items: []Value{curKey, &Iterator{Kind: "itertools._grouper", Items: group}}})
				}
			}
			in.iterate(a.Get("iterable"), func(v Value) bool {
				k := v
				if key != none {
					k = in.call(key, []Value{v}, nil)
				}
				if group == nil || !valuesEqual(k, curKey) {
					flush()
					curKey, group = k, []Value{}
				}
				group = append(group, v)
				return true
			})
			flush()
			return &Iterator{Kind: "itertools.groupby", Items: out}
		}},
}

// islice is itertools.islice(iterable, [start,] stop[, step]).
func (in *interp) islice(src Value, args []Value) Value {
	if len(args) == 0 || len(args) > 3 {
		throw("TypeError", "islice expected at most 4 arguments, got %d", len(args)+1)
	}
	startAt, stop, step := int64(0), int64(-1), int64(1)
	idx := func(v Value, what string) int64 {
		if v == none {
			return -1
		}
		n, ok := v.(*big.Int)
		if !ok || n.Sign() < 0 || !n.IsInt64() {
			throw("ValueError", "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
		}
		return n.Int64()
	}
	if len(args) == 1 {
		stop = idx(args[0], "Stop")
	} else {
		if args[0] != none {
			startAt = idx(args[0], "Indices")
		}
		stop = idx(args[1], "Stop")
		if len(args) == 3 && args[2] != none {
			step = idx(args[2], "Step")
			if step == 0 {
				throw("ValueError", "Step for islice() must be a positive integer or None.")
			}
		}
	}
	next := in.puller(src)
	pos, want := int64(0), startAt
	return lazy("itertools.islice", func() (Value, bool) {
		for {
			if stop >= 0 && want >= stop {
				return nil, false
			}
			v, ok := next()
			if !ok {
				return nil, false
			}
			pos++
			if pos-1 == want {
				want += step
				return v, true
			}
		}
	})
}
