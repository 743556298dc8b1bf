package session

import (
	"math/big"
	"slices"
	"strings"

	"github.com/dcalc/dcalc/engine"
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
	stdlibKnown["collections"] = []string{"ChainMap", "UserDict", "UserList", "UserString", "abc"}
}

// collectionsModule is `import collections`.
func collectionsModule(*interp) *Module {
	m := &Module{Name: "collections", Attrs: map[string]Value{}}
	for _, c := range collClasses {
		m.Attrs[c.Name] = c
	}
	m.Attrs["deque"] = dequeClass
	installTable(m.Attrs, []*binding{{Name: "namedtuple", Sig: "(typename, field_names, *, rename=False, defaults=None, module=None)", Honours: "defaults",
		Doc: "A tuple class whose items are also named fields: Point = namedtuple('Point', 'x y').",
		Fn:  func(in *interp, a *callArgs) Value { return in.newNamedTuple(a) }}})
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

// deque is collections.deque: a list-like sequence with O(1) appends
// and pops at both ends and an optional maximum length, past which the
// other end drops.
type deque struct {
	items  []Value
	maxlen int // -1: unbounded
}

// dequeClass is collections.deque.
var dequeClass = &Class{Name: "deque", Module: "collections",
	Is: func(v Value) bool { _, ok := v.(*deque); return ok },
	Call: func(in *interp, args []Value, kw []kwArg) Value {
		args = cPositional("deque", args, kw, 0, none, "iterable", "maxlen")
		nargs("deque", args, 0, 2)
		q := &deque{maxlen: -1}
		if len(args) == 2 && args[1] != none {
			n, ok := args[1].(*big.Int)
			if !ok {
				throw("TypeError", "an integer is required")
			}
			if n.Sign() < 0 {
				throw("ValueError", "maxlen must be non-negative")
			}
			q.maxlen = int(n.Int64())
		}
		if len(args) >= 1 && args[0] != none {
			q.extend(in, args[0], false)
		}
		return q
	}}

func (q *deque) push(v Value, left bool) {
	if q.maxlen == 0 {
		return
	}
	if left {
		q.items = append([]Value{v}, q.items...)
		if q.maxlen > 0 && len(q.items) > q.maxlen {
			q.items = q.items[:q.maxlen]
		}
		return
	}
	q.items = append(q.items, v)
	if q.maxlen > 0 && len(q.items) > q.maxlen {
		q.items = q.items[len(q.items)-q.maxlen:]
	}
}

func (q *deque) extend(in *interp, it Value, left bool) {
	for _, v := range in.toSlice(it) {
		q.push(v, left)
	}
}

func (q *deque) iterate(_ *interp, f func(Value) bool) {
	for _, v := range append([]Value(nil), q.items...) {
		if !f(v) {
			return
		}
	}
}

func (q *deque) length() int { return len(q.items) }

func (q *deque) truth() bool { return len(q.items) > 0 }

func (q *deque) index(in *interp, idx Value) int {
	n, ok := idx.(*big.Int)
	if !ok {
		if b, isBool := idx.(bool); isBool {
			n = big.NewInt(map[bool]int64{true: 1}[b])
		} else {
			throw("TypeError", "sequence index must be integer, not '%s'", typeName(idx))
		}
	}
	i := int(n.Int64())
	if i < 0 {
		i += len(q.items)
	}
	if !n.IsInt64() || i < 0 || i >= len(q.items) {
		throw("IndexError", "deque index out of range")
	}
	return i
}

func (q *deque) getItem(in *interp, idx Value) Value { return q.items[q.index(in, idx)] }

func (q *deque) setItem(in *interp, idx, v Value) { q.items[q.index(in, idx)] = v }

func (q *deque) contains(v Value) bool {
	for _, it := range q.items {
		if valuesEqual(it, v) {
			return true
		}
	}
	return false
}

func (q *deque) equal(other Value) bool {
	r, ok := other.(*deque)
	if !ok || len(r.items) != len(q.items) {
		return false
	}
	for i := range q.items {
		if !valuesEqual(q.items[i], r.items[i]) {
			return false
		}
	}
	return true
}

// repr is deque([...]) with maxlen= when it has one.
func (q *deque) repr(in *interp) string {
	s := "deque(" + in.repr(&List{Items: q.items})
	if q.maxlen >= 0 {
		s += ", maxlen=" + big.NewInt(int64(q.maxlen)).String()
	}
	return s + ")"
}

// dequeMethods are deque's methods.
var dequeMethods map[string]methodFn

func init() {
	pop := func(name string, left bool) methodFn {
		return func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs(name, args, 0, 0)
			q := r.(*deque)
			if len(q.items) == 0 {
				throw("IndexError", "pop from an empty deque")
			}
			if left {
				v := q.items[0]
				q.items = q.items[1:]
				return v
			}
			v := q.items[len(q.items)-1]
			q.items = q.items[:len(q.items)-1]
			return v
		}
	}
	dequeMethods = map[string]methodFn{
		"append": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("append", args, 1, 1)
			r.(*deque).push(args[0], false)
			return none
		},
		"appendleft": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("appendleft", args, 1, 1)
			r.(*deque).push(args[0], true)
			return none
		},
		"extend": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("extend", args, 1, 1)
			r.(*deque).extend(in, args[0], false)
			return none
		},
		"extendleft": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("extendleft", args, 1, 1)
			r.(*deque).extend(in, args[0], true)
			return none
		},
		"pop":     pop("pop", false),
		"popleft": pop("popleft", true),
		"rotate": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("rotate", args, 0, 1)
			q := r.(*deque)
			n := 1
			if len(args) == 1 {
				n = int(in.toIndex(args[0]))
			}
			if len(q.items) > 0 {
				k := ((n % len(q.items)) + len(q.items)) % len(q.items)
				q.items = append(append([]Value(nil), q.items[len(q.items)-k:]...), q.items[:len(q.items)-k]...)
			}
			return none
		},
		"clear": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("clear", args, 0, 0)
			r.(*deque).items = nil
			return none
		},
		"count": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			return listMethods["count"](in, &List{Items: r.(*deque).items}, args, kw)
		},
		"reverse": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("reverse", args, 0, 0)
			slices.Reverse(r.(*deque).items)
			return none
		},
		"copy": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("copy", args, 0, 0)
			q := r.(*deque)
			return &deque{items: append([]Value(nil), q.items...), maxlen: q.maxlen}
		},
	}
}

// attr is a deque's methods and maxlen.
func (q *deque) attr(in *interp, name string) (Value, bool) {
	if name == "maxlen" {
		if q.maxlen < 0 {
			return none, true
		}
		return big.NewInt(int64(q.maxlen)), true
	}
	fn, ok := dequeMethods[name]
	if !ok {
		return nil, false
	}
	return &BoundMethod{Recv: q, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
		if len(kw) > 0 {
			throw("TypeError", "deque.%s() takes no keyword arguments", name)
		}
		return fn(in, r, args, nil)
	}}, true
}

// namedTuple is the class namedtuple() makes: a tuple whose items are
// also named fields.
type namedTuple struct {
	cls      *Class
	fields   []string
	defaults []Value // for the last len(defaults) fields
}

// newNamedTuple is namedtuple(typename, field_names, *, defaults=None).
func (in *interp) newNamedTuple(a *callArgs) Value {
	name, ok := a.Get("typename").(string)
	if !ok {
		throw("TypeError", "namedtuple() typename must be a str")
	}
	var fields []string
	switch f := a.Get("field_names").(type) {
	case string:
		fields = strings.Fields(strings.ReplaceAll(f, ",", " "))
	default:
		for _, v := range in.toSlice(f) {
			s, ok := v.(string)
			if !ok {
				throw("TypeError", "Type names and field names must be strings")
			}
			fields = append(fields, s)
		}
	}
	seen := map[string]bool{}
	for _, s := range append([]string{name}, fields...) {
		if !engine.PyIdentifier(s) {
			throw("ValueError", "Type names and field names must be valid identifiers: %s", strRepr(s))
		}
	}
	for _, s := range fields {
		if strings.HasPrefix(s, "_") {
			throw("ValueError", "Field names cannot start with an underscore: %s", strRepr(s))
		}
		if seen[s] {
			throw("ValueError", "Encountered duplicate field name: %s", strRepr(s))
		}
		seen[s] = true
	}
	nt := &namedTuple{fields: fields}
	if d := a.Get("defaults"); d != nil && d != none {
		nt.defaults = in.toSlice(d)
		if len(nt.defaults) > len(fields) {
			throw("TypeError", "Got more default values than field names")
		}
	}
	names := make([]Value, len(fields))
	for i, f := range fields {
		names[i] = f
	}
	nt.cls = &Class{Name: name, Module: "__main__",
		Is:    func(v Value) bool { t, ok := v.(*Tuple); return ok && t.nt == nt },
		Call:  func(in *interp, args []Value, kw []kwArg) Value { return nt.make(in, args, kw) },
		Attrs: map[string]Value{"_fields": &Tuple{Items: names}}}
	nt.cls.Attrs["_make"] = &Builtin{Name: "_make", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("_make", args, 1, 1)
		items := in.toSlice(args[0])
		if len(items) != len(fields) {
			throw("TypeError", "Expected %d arguments, got %d", len(fields), len(items))
		}
		return &Tuple{Items: items, nt: nt}
	}}
	return nt.cls
}

// make is Point(*args, **kw): positional items, then fields by name,
// then defaults, with CPython's messages for what does not fit.
func (nt *namedTuple) make(in *interp, args []Value, kw []kwArg) Value {
	who := nt.cls.Name + ".__new__()"
	if len(args) > len(nt.fields) {
		throw("TypeError", "%s takes %d positional arguments but %d were given", who, len(nt.fields)+1, len(args)+1)
	}
	items := make([]Value, len(nt.fields))
	copy(items, args)
	for _, k := range kw {
		i := slices.Index(nt.fields, k.Name)
		switch {
		case i < 0:
			throw("TypeError", "%s got an unexpected keyword argument '%s'", who, k.Name)
		case items[i] != nil:
			throw("TypeError", "%s got multiple values for argument '%s'", who, k.Name)
		}
		items[i] = k.Value
	}
	first := len(nt.fields) - len(nt.defaults)
	var missing []string
	for i := range items {
		if items[i] == nil && i >= first {
			items[i] = nt.defaults[i-first]
		}
		if items[i] == nil {
			missing = append(missing, "'"+nt.fields[i]+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		if len(missing) > 1 {
			list = strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
		}
		plural := map[bool]string{true: "s"}[len(missing) > 1]
		throw("TypeError", "%s missing %d required positional argument%s: %s", who, len(missing), plural, list)
	}
	return &Tuple{Items: items, nt: nt}
}

// namedAttr is a field of a named tuple, or its _asdict, _replace,
// _fields and _make.
func (in *interp) namedAttr(t *Tuple, name string) (Value, bool) {
	nt := t.nt
	if i := slices.Index(nt.fields, name); i >= 0 {
		return t.Items[i], true
	}
	switch name {
	case "_asdict":
		return &BoundMethod{Recv: t, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("_asdict", args, 0, 0)
			d := newDict()
			for i, f := range nt.fields {
				d.Set(f, t.Items[i])
			}
			return d
		}}, true
	case "_replace":
		return &BoundMethod{Recv: t, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("_replace", args, 0, 0)
			items := append([]Value(nil), t.Items...)
			var bad []string
			for _, k := range kw {
				if i := slices.Index(nt.fields, k.Name); i >= 0 {
					items[i] = k.Value
				} else {
					bad = append(bad, strRepr(k.Name))
				}
			}
			if len(bad) > 0 {
				throw("ValueError", "Got unexpected field names: [%s]", strings.Join(bad, ", "))
			}
			return &Tuple{Items: items, nt: nt}
		}}, true
	}
	if v, ok := nt.cls.Attrs[name]; ok {
		return v, true
	}
	return nil, false
}

// namedRepr is Point(x=1, y=2).
func (in *interp) namedRepr(t *Tuple) string {
	parts := make([]string, len(t.Items))
	for i, v := range t.Items {
		parts[i] = t.nt.fields[i] + "=" + in.repr(v)
	}
	return t.nt.cls.Name + "(" + strings.Join(parts, ", ") + ")"
}
