package session

import (
	"math/big"
	"slices"
	"strings"
)

// Python's collections module: defaultdict, Counter and OrderedDict,
// each a dict (a *Dict whose kind says which) with the behaviour
// CPython 3.11 gives the subclass: a defaultdict fills in a missing key
// from its factory, a Counter counts (a missing key reads 0) and prints
// in most_common order, an OrderedDict prints as a list of pairs.

// dictKind is which dict subclass a *Dict is.
type dictKind int

const (
	plainDict dictKind = iota
	defaultDict
	counterDict
	orderedDict
)

// collTypeNames are the classes' names as CPython's messages print them
// (the C types with their module, Counter without).
var collTypeNames = map[dictKind]string{defaultDict: "collections.defaultdict", counterDict: "Counter", orderedDict: "collections.OrderedDict"}

// collCompare is the interpreter's comparison, reached through a
// variable: repr (which prints a Counter in count order) is part of the
// package's initialisation graph, and compare reaches back into it.
var collCompare func(in *interp, op string, a, b Value) Value

// collClasses are the module's classes by kind.
var collClasses = map[dictKind]*Class{}

func init() {
	collCompare = (*interp).compare
	mk := func(kind dictKind, name string, call func(in *interp, args []Value, kw []kwArg) Value) {
		collClasses[kind] = &Class{Name: name, Module: "collections", Call: call,
			Is: func(v Value) bool { d, ok := v.(*Dict); return ok && d.kind == kind }}
	}
	mk(defaultDict, "defaultdict", func(in *interp, args []Value, kw []kwArg) Value {
		d := newDict()
		d.kind, d.factory = defaultDict, none
		if len(args) > 0 {
			if args[0] != none && !isCallable(args[0]) {
				throw("TypeError", "first argument must be callable or None")
			}
			d.factory = args[0]
			args = args[1:]
		}
		in.fillDict("defaultdict", d, args, kw)
		return d
	})
	mk(counterDict, "Counter", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Counter", args, 0, 1)
		d := newDict()
		d.kind = counterDict
		if len(args) == 1 && args[0] != none {
			in.counterAdd(d, args[0], 1)
		}
		for _, k := range kw {
			in.counterAddOne(d, k.Name, k.Value, 1)
		}
		return d
	})
	mk(orderedDict, "OrderedDict", func(in *interp, args []Value, kw []kwArg) Value {
		d := newDict()
		d.kind = orderedDict
		in.fillDict("OrderedDict", d, args, kw)
		return d
	})
	stdlibKnown["collections"] = []string{"namedtuple", "deque", "ChainMap", "UserDict", "UserList", "UserString", "abc"}
}

// collectionsModule is `import collections`.
func collectionsModule(*interp) *Module {
	m := &Module{Name: "collections", Attrs: map[string]Value{}}
	for _, c := range collClasses {
		m.Attrs[c.Name] = c
	}
	return m
}

// fillDict is dict(*args, **kw) into d.
func (in *interp) fillDict(name string, d *Dict, args []Value, kw []kwArg) {
	if len(args) > 1 {
		throw("TypeError", "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		in.dictUpdate(d, args[0])
	}
	for _, k := range kw {
		d.Set(k.Name, k.Value)
	}
}

// counterAddOne adds sign*n to d[k] (a missing count is 0).
func (in *interp) counterAddOne(d *Dict, k, n Value, sign int64) {
	hashValue(k)
	old, ok := d.Get(k)
	if !ok {
		old = big.NewInt(0)
	}
	if sign < 0 {
		d.Set(k, in.binop("-", old, n, nil))
		return
	}
	d.Set(k, in.binop("+", old, n, nil))
}

// counterAdd is Counter.update (sign 1) or subtract (-1): the counts of
// a mapping, or one for each element of an iterable.
func (in *interp) counterAdd(d *Dict, v Value, sign int64) {
	if m, ok := v.(*Dict); ok {
		ks, vs := m.Items()
		for i := range ks {
			in.counterAddOne(d, ks[i], vs[i], sign)
		}
		return
	}
	in.iterate(v, func(x Value) bool {
		in.counterAddOne(d, x, big.NewInt(1), sign)
		return true
	})
}

// missing is d[k] for a key d lacks: a defaultdict's factory value
// (stored), a Counter's 0; ok is false for a plain dict.
func (d *Dict) missing(in *interp, k Value) (Value, bool) {
	switch d.kind {
	case defaultDict:
		if d.factory == none {
			return nil, false
		}
		v := in.call(d.factory, nil, nil)
		d.Set(k, v)
		return v, true
	case counterDict:
		return big.NewInt(0), true
	}
	return nil, false
}

// mostCommon is Counter.most_common(): the items by count, largest
// first, ties in insertion order.
func (in *interp) mostCommon(d *Dict) []Value {
	ks, vs := d.Items()
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case in.truth(collCompare(in, ">", vs[a], vs[b]), nil):
			return -1
		case in.truth(collCompare(in, "<", vs[a], vs[b]), nil):
			return 1
		}
		return 0
	})
	out := make([]Value, len(idx))
	for i, j := range idx {
		out[i] = &Tuple{Items: []Value{ks[j], vs[j]}}
	}
	return out
}

// collRepr is repr() of a dict subclass, given the plain dict's repr.
func (in *interp) collRepr(d *Dict, plain string) string {
	switch d.kind {
	case defaultDict:
		return "defaultdict(" + in.repr(d.factory) + ", " + plain + ")"
	case counterDict:
		if d.Len() == 0 {
			return "Counter()"
		}
		parts := []string{}
		for _, it := range in.mostCommon(d) {
			p := it.(*Tuple).Items
			parts = append(parts, in.repr(p[0])+": "+in.repr(p[1]))
		}
		return "Counter({" + strings.Join(parts, ", ") + "})"
	case orderedDict:
		if d.Len() == 0 {
			return "OrderedDict()"
		}
		return "OrderedDict(" + in.repr(&List{Items: dictPairs(d)}) + ")"
	}
	return plain
}

// dictPairs are d's items as (key, value) tuples.
func dictPairs(d *Dict) []Value {
	ks, vs := d.Items()
	out := make([]Value, len(ks))
	for i := range ks {
		out[i] = &Tuple{Items: []Value{ks[i], vs[i]}}
	}
	return out
}

// copyDict is d.copy(): the same kind of dict with the same items.
func copyDict(d *Dict) *Dict {
	r := newDict()
	r.kind, r.factory = d.kind, d.factory
	ks, vs := d.Items()
	for i := range ks {
		r.Set(ks[i], vs[i])
	}
	return r
}

// counterBinary is Counter + - | & Counter: the positive counts of the
// sum, difference, maximum or minimum, as CPython's Counter keeps them.
func (in *interp) counterBinary(op string, a, b *Dict) (Value, bool) {
	if a.kind != counterDict || b.kind != counterDict {
		return nil, false
	}
	r := newDict()
	r.kind = counterDict
	zero := big.NewInt(0)
	get := func(d *Dict, k Value) Value {
		if v, ok := d.Get(k); ok {
			return v
		}
		return zero
	}
	positive := func(v Value) bool { return in.truth(in.compare(">", v, zero), nil) }
	keys := a.Keys()
	for _, k := range b.Keys() {
		if _, ok := a.Get(k); !ok {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		x, y := get(a, k), get(b, k)
		var v Value
		switch op {
		case "+":
			v = in.binop("+", x, y, nil)
		case "-":
			v = in.binop("-", x, y, nil)
		case "|":
			v = x
			if in.truth(in.compare("<", x, y), nil) {
				v = y
			}
		case "&":
			v = x
			if in.truth(in.compare(">", x, y), nil) {
				v = y
			}
		default:
			return nil, false
		}
		if positive(v) {
			r.Set(k, v)
		}
	}
	return r, true
}

// collMethods are the methods the subclasses add to dict's, or change
// (filled by init: they reach the interpreter, whose initialisation
// reaches them back through attribute lookup).
var collMethods map[dictKind]map[string]methodFn

func init() {
	collMethods = map[dictKind]map[string]methodFn{
		counterDict: {
			"most_common": func(in *interp, r Value, args []Value, kw []kwArg) Value {
				args = cPositional("most_common", args, kw, 0, none, "n")
				items := in.mostCommon(r.(*Dict))
				if len(args) == 1 && args[0] != none {
					n := int(in.toIndex(args[0]))
					items = items[:max(0, min(n, len(items)))]
				}
				return &List{Items: items}
			},
			"elements": func(in *interp, r Value, args []Value, kw []kwArg) Value {
				nargs("elements", args, 0, 0)
				d := r.(*Dict)
				ks, vs := d.Items()
				var out []Value
				for i := range ks {
					n := in.toIndex(vs[i])
					for range max(n, 0) {
						out = append(out, ks[i])
					}
				}
				return &Iterator{Kind: "itertools.chain", Items: out}
			},
			"total": func(in *interp, r Value, args []Value, kw []kwArg) Value {
				nargs("total", args, 0, 0)
				var sum Value = big.NewInt(0)
				for _, v := range r.(*Dict).vals {
					if v != nil {
						sum = in.binop("+", sum, v, nil)
					}
				}
				return sum
			},
			"update": func(in *interp, r Value, args []Value, kw []kwArg) Value {
				return in.counterMethod(r.(*Dict), args, kw, 1)
			},
			"subtract": func(in *interp, r Value, args []Value, kw []kwArg) Value {
				return in.counterMethod(r.(*Dict), args, kw, -1)
			},
		},
		orderedDict: {
			"move_to_end": func(in *interp, r Value, args []Value, kw []kwArg) Value {
				args = cPositional("move_to_end", args, kw, 1, true, "key", "last")
				d := r.(*Dict)
				v, ok := d.Get(args[0])
				if !ok {
					throw("KeyError", "%s", in.repr(args[0]))
				}
				if len(args) < 2 || in.truth(args[1], nil) {
					d.Delete(args[0])
					d.Set(args[0], v)
					return none
				}
				ks, vs := d.Items()
				r2 := newDict()
				r2.Set(args[0], v)
				for i := range ks {
					if !in.truth(in.compare("==", ks[i], args[0]), nil) {
						r2.Set(ks[i], vs[i])
					}
				}
				r2.kind = d.kind
				*d = *r2
				return none
			},
		},
	}
}

// counterMethod is Counter.update or subtract with a mapping or an
// iterable and keyword counts.
func (in *interp) counterMethod(d *Dict, args []Value, kw []kwArg, sign int64) Value {
	nargs("update", args, 0, 1)
	if len(args) == 1 && args[0] != none {
		in.counterAdd(d, args[0], sign)
	}
	for _, k := range kw {
		in.counterAddOne(d, k.Name, k.Value, sign)
	}
	return none
}
