package session

import (
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

type methodFn = func(in *interp, recv Value, args []Value, kw []kwArg) Value

var listMethods map[string]methodFn

func init() {
	listMethods = map[string]methodFn{
		"append": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("list.append", args, 1, 1)
			l := r.(*List)
			l.Items = append(l.Items, args[0])
			return none
		},
		"extend": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("list.extend", args, 1, 1)
			l := r.(*List)
			l.Items = append(l.Items, in.toSlice(args[0])...)
			return none
		},
		"insert": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("insert", args, 2, 2)
			l := r.(*List)
			i := int(in.toIndex(args[0]))
			n := len(l.Items)
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = args[1]
			return none
		},
		"pop": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("pop", args, 0, 1)
			l := r.(*List)
			if len(l.Items) == 0 {
				throw("IndexError", "pop from empty list")
			}
			i := len(l.Items) - 1
			if len(args) == 1 {
				i = int(in.toIndex(args[0]))
				if i < 0 {
					i += len(l.Items)
				}
				if i < 0 || i >= len(l.Items) {
					throw("IndexError", "pop index out of range")
				}
			}
			v := l.Items[i]
			l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
			return v
		},
		"remove": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("list.remove", args, 1, 1)
			l := r.(*List)
			for i, it := range l.Items {
				if valuesEqual(it, args[0]) {
					l.Items = append(l.Items[:i:i], l.Items[i+1:]...)
					return none
				}
			}
			throw("ValueError", "list.remove(x): x not in list")
			return nil
		},
		"index": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("index", args, 1, 3)
			for i, it := range r.(*List).Items {
				if valuesEqual(it, args[0]) {
					return big.NewInt(int64(i))
				}
			}
			throw("ValueError", "%s is not in list", in.repr(args[0]))
			return nil
		},
		"count": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("count", args, 1, 1)
			n := 0
			for _, it := range r.(*List).Items {
				if valuesEqual(it, args[0]) {
					n++
				}
			}
			return big.NewInt(int64(n))
		},
		"sort": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			if len(args) > 0 {
				throw("TypeError", "sort() takes no positional arguments")
			}
			opts := cKwOnly("sort", kw, "key", "reverse")
			rev := false
			if v, ok := opts["reverse"]; ok {
				rev = in.truth(v, nil)
			}
			l := r.(*List)
			l.Items = in.sorted(l.Items, opts["key"], rev)
			return none
		},
		"reverse": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			l := r.(*List)
			for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
				l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
			}
			return none
		},
		"copy": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			return &List{Items: append([]Value(nil), r.(*List).Items...)}
		},
		"clear": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			r.(*List).Items = nil
			return none
		},
	}
}

var tupleMethods = map[string]methodFn{
	"index": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("index", args, 1, 3)
		for i, it := range r.(*Tuple).Items {
			if valuesEqual(it, args[0]) {
				return big.NewInt(int64(i))
			}
		}
		throw("ValueError", "tuple.index(x): x not in tuple")
		return nil
	},
	"count": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("count", args, 1, 1)
		n := 0
		for _, it := range r.(*Tuple).Items {
			if valuesEqual(it, args[0]) {
				n++
			}
		}
		return big.NewInt(int64(n))
	},
}

var dictMethods = map[string]methodFn{
	"keys": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		return &dictView{kind: "dict_keys", d: r.(*Dict)}
	},
	"values": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		return &dictView{kind: "dict_values", d: r.(*Dict)}
	},
	"items": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		return &dictView{kind: "dict_items", d: r.(*Dict)}
	},
	"get": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("get", args, 1, 2)
		hashValue(args[0])
		if v, ok := r.(*Dict).Get(args[0]); ok {
			return v
		}
		if len(args) == 2 {
			return args[1]
		}
		return none
	},
	"pop": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("pop", args, 1, 2)
		d := r.(*Dict)
		if v, ok := d.Get(args[0]); ok {
			d.Delete(args[0])
			return v
		}
		if len(args) == 2 {
			return args[1]
		}
		throw("KeyError", "%s", in.repr(args[0]))
		return nil
	},
	"setdefault": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("setdefault", args, 1, 2)
		d := r.(*Dict)
		if v, ok := d.Get(args[0]); ok {
			return v
		}
		var v Value = none
		if len(args) == 2 {
			v = args[1]
		}
		d.Set(args[0], v)
		return v
	},
	"update": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("update", args, 0, 1)
		d := r.(*Dict)
		if len(args) == 1 {
			in.dictUpdate(d, args[0])
		}
		for _, k := range kw {
			d.Set(k.Name, k.Value)
		}
		return none
	},
	"copy": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		d := newDict()
		in.dictUpdate(d, r)
		return d
	},
	"clear": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		d := r.(*Dict)
		kind, factory := d.kind, d.factory
		*d = *newDict()
		d.kind, d.factory = kind, factory
		return none
	},
}

// frozenSetMutators are the set methods a frozenset does not have.
var frozenSetMutators = map[string]bool{"add": true, "update": true, "discard": true, "remove": true, "pop": true, "clear": true,
	"intersection_update": true, "difference_update": true, "symmetric_difference_update": true}

var setMethods = map[string]methodFn{
	"add": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("set.add", args, 1, 1)
		hashValue(args[0])
		r.(*Set).Add(args[0])
		return none
	},
	"update": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		for _, a := range args {
			in.setUpdate(r.(*Set), a)
		}
		return none
	},
	"discard": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("set.discard", args, 1, 1)
		r.(*Set).Remove(args[0])
		return none
	},
	"remove": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("set.remove", args, 1, 1)
		if !r.(*Set).Remove(args[0]) {
			throw("KeyError", "%s", in.repr(args[0]))
		}
		return none
	},
	"union": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		s := newSet()
		s.Merge(r.(*Set))
		for _, a := range args {
			in.setUpdate(s, a)
		}
		return s
	},
	"intersection": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("intersection", args, 1, 1)
		o, ok := args[0].(*Set)
		if !ok {
			s := newSet()
			in.iterate(args[0], func(v Value) bool {
				if r.(*Set).Has(v) {
					s.Add(v)
				}
				return true
			})
			return s
		}
		return setIntersection(r.(*Set), o)
	},
	"difference": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("difference", args, 1, 1)
		o := newSet()
		in.setUpdate(o, args[0])
		return setDifference(r.(*Set), o)
	},
	"issubset": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("issubset", args, 1, 1)
		o := newSet()
		in.iterate(args[0], func(v Value) bool { o.Add(v); return true })
		for _, v := range r.(*Set).Items() {
			if !o.Has(v) {
				return false
			}
		}
		return true
	},
	"issuperset": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("issuperset", args, 1, 1)
		all := true
		in.iterate(args[0], func(v Value) bool { all = r.(*Set).Has(v); return all })
		return all
	},
	"isdisjoint": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("isdisjoint", args, 1, 1)
		disjoint := true
		in.iterate(args[0], func(v Value) bool { disjoint = !r.(*Set).Has(v); return disjoint })
		return disjoint
	},
	"symmetric_difference": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("symmetric_difference", args, 1, 1)
		return symmetricDifference(in, r.(*Set), args[0])
	},
	"symmetric_difference_update": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		nargs("symmetric_difference_update", args, 1, 1)
		s := r.(*Set)
		d := symmetricDifference(in, s, args[0])
		*s = *d
		return none
	},
	"pop": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		s := r.(*Set)
		items := s.Items()
		if len(items) == 0 {
			throw("KeyError", "'pop from an empty set'")
		}
		s.Remove(items[0])
		return items[0]
	},
	"copy": func(in *interp, r Value, args []Value, kw []kwArg) Value {
		s := newSet()
		s.Merge(r.(*Set))
		return s
	},
}

func strArg(name string, v Value) string {
	s, ok := v.(string)
	if !ok {
		throw("TypeError", "%s arg must be None or str", name)
	}
	return s
}

var strMethods map[string]methodFn

func init() {
	strMethods = map[string]methodFn{
		"upper": func(in *interp, r Value, args []Value, kw []kwArg) Value { return strings.ToUpper(r.(string)) },
		"lower": func(in *interp, r Value, args []Value, kw []kwArg) Value { return strings.ToLower(r.(string)) },
		"title": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			prev := false
			return strings.Map(func(c rune) rune {
				up := !prev
				prev = unicode.IsLetter(c)
				if up {
					return unicode.ToUpper(c)
				}
				return unicode.ToLower(c)
			}, r.(string))
		},
		"capitalize": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			rs := []rune(strings.ToLower(r.(string)))
			if len(rs) > 0 {
				rs[0] = unicode.ToUpper(rs[0])
			}
			return string(rs)
		},
		"strip": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			if len(args) == 1 && args[0] != none {
				return strings.Trim(r.(string), strArg("strip", args[0]))
			}
			return strings.TrimSpace(r.(string))
		},
		"lstrip": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			if len(args) == 1 && args[0] != none {
				return strings.TrimLeft(r.(string), strArg("lstrip", args[0]))
			}
			return strings.TrimLeftFunc(r.(string), unicode.IsSpace)
		},
		"rstrip": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			if len(args) == 1 && args[0] != none {
				return strings.TrimRight(r.(string), strArg("rstrip", args[0]))
			}
			return strings.TrimRightFunc(r.(string), unicode.IsSpace)
		},
		"split": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			opts := cKwOnly("split", kw, "sep", "maxsplit")
			var parts []string
			var sep Value = none
			if len(args) > 0 {
				sep = args[0]
			}
			if v, ok := opts["sep"]; ok {
				sep = v
			}
			if sep == none {
				parts = strings.Fields(r.(string))
			} else {
				s := strArg("split", sep)
				if s == "" {
					throw("ValueError", "empty separator")
				}
				parts = strings.Split(r.(string), s)
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = p
			}
			return &List{Items: out}
		},
		"splitlines": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			s := strings.TrimSuffix(r.(string), "\n")
			var out []Value
			if s == "" && r.(string) == "" {
				return &List{}
			}
			for _, p := range strings.Split(s, "\n") {
				out = append(out, p)
			}
			return &List{Items: out}
		},
		"join": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("join", args, 1, 1)
			var parts []string
			i, size := 0, 0
			in.iterate(args[0], func(v Value) bool {
				s, ok := v.(string)
				if !ok {
					throw("TypeError", "sequence item %d: expected str instance, %s found", i, typeName(v))
				}
				parts = append(parts, s)
				size += len(s) + len(r.(string))
				checkAlloc(size, 1)
				i++
				return true
			})
			return strings.Join(parts, r.(string))
		},
		"replace": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("replace", args, 2, 3)
			n := -1
			if len(args) == 3 {
				n = int(in.toIndex(args[2]))
			}
			s, old, new := r.(string), strArg("replace", args[0]), strArg("replace", args[1])
			if k := strings.Count(s, old); len(new) > len(old) && k > 0 {
				if n >= 0 && n < k {
					k = n
				}
				checkAlloc(len(s)+k*(len(new)-len(old)), 1)
			}
			return strings.Replace(s, old, new, n)
		},
		"startswith": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("startswith", args, 1, 1)
			if t, ok := args[0].(*Tuple); ok {
				for _, p := range t.Items {
					if strings.HasPrefix(r.(string), strArg("startswith", p)) {
						return true
					}
				}
				return false
			}
			return strings.HasPrefix(r.(string), strArg("startswith", args[0]))
		},
		"endswith": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("endswith", args, 1, 1)
			if t, ok := args[0].(*Tuple); ok {
				for _, p := range t.Items {
					if strings.HasSuffix(r.(string), strArg("endswith", p)) {
						return true
					}
				}
				return false
			}
			return strings.HasSuffix(r.(string), strArg("endswith", args[0]))
		},
		"find": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("find", args, 1, 1)
			i := strings.Index(r.(string), strArg("find", args[0]))
			if i >= 0 {
				i = len([]rune(r.(string)[:i]))
			}
			return big.NewInt(int64(i))
		},
		"count": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("count", args, 1, 1)
			return big.NewInt(int64(strings.Count(r.(string), strArg("count", args[0]))))
		},
		"center": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			return strPad(in, r.(string), args, '^')
		},
		"ljust": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			return strPad(in, r.(string), args, '<')
		},
		"rjust": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			return strPad(in, r.(string), args, '>')
		},
		"zfill": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("zfill", args, 1, 1)
			s := r.(string)
			w := int(in.toIndex(args[0]))
			sign := ""
			if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
				sign, s = s[:1], s[1:]
			}
			if n := len([]rune(s)) + len(sign); n < w {
				s = repeatStr("0", w-n) + s
			}
			return sign + s
		},
		"isdigit": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			s := r.(string)
			if s == "" {
				return false
			}
			for _, c := range s {
				if !unicode.IsDigit(c) {
					return false
				}
			}
			return true
		},
		"isalpha": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			s := r.(string)
			if s == "" {
				return false
			}
			for _, c := range s {
				if !unicode.IsLetter(c) {
					return false
				}
			}
			return true
		},
		"format": func(in *interp, r Value, args []Value, kw []kwArg) Value {
			return in.strFormat(r.(string), args, kw)
		},
	}
}

func strPad(in *interp, s string, args []Value, align byte) string {
	nargs("pad", args, 1, 2)
	fs := fmtSpec{fill: ' ', align: align, width: int(in.toIndex(args[0]))}
	if len(args) == 2 {
		f := []rune(strArg("pad", args[1]))
		if len(f) != 1 {
			throw("TypeError", "The fill character must be exactly one character long")
		}
		fs.fill = f[0]
	}
	if align == '^' {
		// str.center puts the extra fill on the right when the padding
		// is odd and the width is even, like CPython.
		n := len([]rune(s))
		if n >= fs.width {
			return s
		}
		k := fs.width - n
		left := k / 2
		if k%2 == 1 && fs.width%2 == 1 {
			left++
		}
		return repeatStr(string(fs.fill), left) + s + repeatStr(string(fs.fill), k-left)
	}
	return pad(s, fs, align)
}

// strFormat implements str.format with automatic and explicit field
// numbering, keyword fields, conversions and specs.
func (in *interp) strFormat(f string, args []Value, kw []kwArg) string {
	var b strings.Builder
	auto := 0
	rs := []rune(f)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == '}' {
			if i+1 < len(rs) && rs[i+1] == '}' {
				i++
			}
			b.WriteRune('}')
			continue
		}
		if c != '{' {
			b.WriteRune(c)
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '{' {
			b.WriteRune('{')
			i++
			continue
		}
		depth := 1
		j := i + 1
		for ; j < len(rs) && depth > 0; j++ {
			if rs[j] == '{' {
				depth++
			} else if rs[j] == '}' {
				depth--
			}
		}
		if depth > 0 {
			throw("ValueError", "expected '}' before end of string")
		}
		field := string(rs[i+1 : j-1])
		i = j - 1
		name, spec, _ := strings.Cut(field, ":")
		conv := ""
		if k := strings.IndexByte(name, '!'); k >= 0 {
			name, conv = name[:k], name[k+1:]
		}
		attr := ""
		if k := strings.IndexAny(name, ".["); k >= 0 {
			name, attr = name[:k], name[k:]
		}
		var v Value
		if name == "" {
			if auto >= len(args) {
				throw("IndexError", "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, ok := new(big.Int).SetString(name, 10); ok {
			k := int(n.Int64())
			if k >= len(args) {
				throw("IndexError", "Replacement index %d out of range for positional args tuple", k)
			}
			v = args[k]
		} else {
			found := false
			for _, a := range kw {
				if a.Name == name {
					v, found = a.Value, true
				}
			}
			if !found {
				throw("KeyError", "%s", strRepr(name))
			}
		}
		for attr != "" {
			if attr[0] == '.' {
				rest := attr[1:]
				k := strings.IndexAny(rest, ".[")
				if k < 0 {
					k = len(rest)
				}
				v = in.getAttr(v, rest[:k], nil)
				attr = rest[k:]
			} else {
				k := strings.IndexByte(attr, ']')
				if k < 0 {
					throw("ValueError", "expected '}' before end of string")
				}
				key := attr[1:k]
				var idx Value = key
				if n, ok := new(big.Int).SetString(key, 10); ok {
					idx = n
				}
				v = in.getItem(v, idx)
				attr = attr[k+1:]
			}
		}
		if strings.Contains(spec, "{") {
			spec = in.strFormat(spec, args, kw)
		}
		switch conv {
		case "r":
			v = in.repr(v)
		case "s":
			v = in.str(v)
		case "a":
			v = asciiRepr(in.repr(v))
		}
		b.WriteString(in.format(v, spec))
	}
	return b.String()
}

// dictView is a dict's keys(), values() or items() view.
type dictView struct {
	kind string
	d    *Dict
}

func (v *dictView) iterate(_ *interp, f func(Value) bool) {
	for _, it := range v.items() {
		if !f(it) {
			return
		}
	}
}

func (v *dictView) items() []Value {
	ks, vs := v.d.Items()
	switch v.kind {
	case "dict_keys":
		return ks
	case "dict_values":
		return vs
	}
	out := make([]Value, len(ks))
	for i := range ks {
		out[i] = &Tuple{Items: []Value{ks[i], vs[i]}}
	}
	return out
}

// methodTakesKeywords are the methods of the built-in types that
// CPython lets take keyword arguments; the others raise "list.append()
// takes no keyword arguments".
var methodTakesKeywords = map[string]bool{
	"list.sort": true, "str.split": true, "str.rsplit": true, "str.splitlines": true,
	"str.encode": true, "str.expandtabs": true, "str.format": true, "dict.update": true,
	"Counter.update": true, "Counter.subtract": true, "Counter.most_common": true, "OrderedDict.move_to_end": true,
}

// getAttr is Python's getattr(v, name).
func (in *interp) getAttr(v Value, name string, node grammar.Node) Value {
	bind := func(typ string, m map[string]methodFn) Value {
		fn, ok := m[name]
		if !ok {
			return nil
		}
		if !methodTakesKeywords[typ+"."+name] {
			inner := fn
			fn = func(in *interp, r Value, args []Value, kw []kwArg) Value {
				if len(kw) > 0 {
					throw("TypeError", "%s.%s() takes no keyword arguments", typ, name)
				}
				return inner(in, r, args, nil)
			}
		}
		return &BoundMethod{Recv: v, Name: name, Fn: fn}
	}
	var r Value
	switch x := v.(type) {
	case *List:
		r = bind("list", listMethods)
	case *Tuple:
		if x.nt != nil {
			if a, ok := in.namedAttr(x, name); ok {
				return a
			}
		}
		r = bind("tuple", tupleMethods)
	case *Dict:
		if x.kind != plainDict {
			if name == "default_factory" && x.kind == defaultDict {
				return x.factory
			}
			if name == "copy" {
				return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
					nargs("copy", args, 0, 0)
					return copyDict(r.(*Dict))
				}}
			}
			if r = bind(collClasses[x.kind].Name, collMethods[x.kind]); r != nil {
				break
			}
		}
		r = bind("dict", dictMethods)
	case *Set:
		if x.Frozen {
			if frozenSetMutators[name] {
				break
			}
			r = bind("frozenset", setMethods)
			if b, ok := r.(*BoundMethod); ok {
				inner := b.Fn
				b.Fn = func(in *interp, rv Value, args []Value, kw []kwArg) Value {
					out := inner(in, rv, args, kw)
					if s, ok := out.(*Set); ok && s != x {
						s.Frozen = true // union, copy ... of a frozenset
					}
					return out
				}
			}
			break
		}
		r = bind("set", setMethods)
	case string:
		r = bind("str", strMethods)
	case *pyObject:
		if a, ok := x.Attrs[name]; ok {
			return a
		}
		if x.Qual != "" && !strings.HasPrefix(name, "__") {
			in.setNode(node)
			panic(notImplementedName(x.Qual + "." + name))
		}
	case *instance:
		if a, ok := in.instanceAttr(x, name); ok {
			return a
		}
		in.setNode(node)
		exc := newExc("AttributeError", "'%s' object has no attribute '%s'", x.cls.name, name)
		exc.Suggestion = suggest(name, in.attrNames(v))
		panic(exc)
	case *userClass:
		if a, ok := in.classAttr(x, name); ok {
			return a
		}
		in.setNode(node)
		exc := newExc("AttributeError", "type object '%s' has no attribute '%s'", x.name, name)
		exc.Suggestion = suggest(name, in.attrNames(v))
		panic(exc)
	case *superObj:
		if a, ok := in.superAttr(x, name); ok {
			return a
		}
		in.setNode(node)
		throw("AttributeError", "'super' object has no attribute '%s'", name)
	case *methodValue:
		switch name {
		case "__self__":
			return x.self
		case "__func__":
			return x.fn
		}
		return in.getAttr(x.fn, name, node)
	case *property:
		if r, ok := propertyAttr(x, name); ok {
			return r
		}
	case *staticMethod:
		if name == "__func__" {
			return x.fn
		}
	case *pyFraction:
		if a, ok := in.fractionAttr(x, name); ok {
			return a
		}
	case *indexedBase:
		if a, ok := x.attr(name); ok {
			return a
		}
	case *cachedFn:
		if a, ok := in.cachedAttr(x, name); ok {
			return a
		}
		return in.getAttr(x.fn, name, node)
	case *partialFn:
		switch name {
		case "func":
			return x.fn
		case "args":
			return &Tuple{Items: x.args}
		case "keywords":
			d := newDict()
			for _, k := range x.kw {
				d.Set(k.Name, k.Value)
			}
			return d
		}
	case *classMethod:
		if name == "__func__" {
			return x.fn
		}
	case *Module:
		if a, ok := x.Attrs[name]; ok {
			return a
		}
		if name == "__name__" {
			return x.Name
		}
		in.setNode(node)
		if m := in.sympySubmodule(x, name); m != nil {
			return m
		}
		if slices.Contains(x.Lacks, name) {
			throw("NotImplementedError", "dcalc does not implement %s.%s yet", x.Name, name)
		}
		exc := newExc("AttributeError", "module '%s' has no attribute '%s'", x.Name, name)
		exc.Suggestion = suggest(name, mapKeys(x.Attrs))
		panic(exc)
	case *big.Int:
		switch name {
		case "real", "numerator":
			return x
		case "imag":
			return big.NewInt(0)
		case "denominator":
			return big.NewInt(1)
		case "bit_length":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				return big.NewInt(int64(new(big.Int).Abs(r.(*big.Int)).BitLen()))
			}}
		case "as_integer_ratio":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				nargs(name, args, 0, 0)
				return &Tuple{Items: []Value{r, big.NewInt(1)}}
			}}
		case "conjugate":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				return r
			}}
		}
	case float64:
		switch name {
		case "real":
			return x
		case "imag":
			return 0.0
		case "is_integer":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				f := r.(float64)
				return f == math.Trunc(f) && !math.IsInf(f, 0)
			}}
		case "as_integer_ratio":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				nargs(name, args, 0, 0)
				f := r.(float64)
				if math.IsInf(f, 0) {
					throw("OverflowError", "cannot convert Infinity to integer ratio")
				}
				if math.IsNaN(f) {
					throw("ValueError", "cannot convert NaN to integer ratio")
				}
				q := new(big.Rat).SetFloat64(f)
				return &Tuple{Items: []Value{new(big.Int).Set(q.Num()), new(big.Int).Set(q.Denom())}}
			}}
		case "conjugate":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				return r
			}}
		}
	case complex128:
		switch name {
		case "real":
			return real(x)
		case "imag":
			return imag(x)
		case "conjugate":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				c := r.(complex128)
				return complex(real(c), -imag(c))
			}}
		}
	case *Function:
		switch name {
		case "__name__":
			return x.Name
		case "__qualname__":
			return x.qualname()
		case "__doc__":
			return x.docString()
		case "__module__":
			return "__main__"
		case "__annotations__":
			if x.Annotations == nil {
				x.Annotations = newDict()
			}
			return x.Annotations
		}
	case *Builtin:
		if name == "__name__" {
			return x.Name
		}
	case *Class:
		switch name {
		case "__name__", "__qualname__":
			return x.Name
		case "__doc__":
			if x.Doc != nil {
				return x.Doc
			}
		case "__module__":
			if x.Module != "" {
				return x.Module
			}
			return "builtins"
		case "__mro__", "__bases__", "__base__":
			if x.Exc || x == objectClass {
				return excMro(x, name)
			}
		}
		if a, ok := x.Attrs[name]; ok {
			return a
		}
		if a, ok := sympyClassAttr(in, x, name); ok {
			return a
		}
	case *ExcValue:
		switch name {
		case "args":
			return &Tuple{Items: x.Args}
		case "code":
			if derivesFrom(x.Class, excClasses["SystemExit"]) {
				return systemExitCode(x.Args)
			}
		case "__cause__", "__context__":
			var c *Exception
			if x.exc != nil {
				c = x.exc.Cause
				if name == "__context__" {
					c = x.exc.Context
				}
			}
			if c == nil {
				return none
			}
			return in.excValue(c)
		case "__suppress_context__":
			return x.exc != nil && x.exc.SuppressContext
		}
	case *sympyBool:
		switch name {
		case "args": // BooleanAtom: no arguments
			return &Tuple{}
		case "negated": // BooleanAtom.negated is ~self
			return &sympyBool{v: !x.v}
		case "canonical":
			return x
		case "func":
			return in.typeOf(x)
		}
	case *Relational:
		switch name {
		case "lhs":
			return x.Lhs
		case "rhs":
			return x.Rhs
		case "args":
			return &Tuple{Items: []Value{x.Lhs, x.Rhs}}
		case "rel_op":
			return x.Op
		case "doit":
			// Basic.doit: the sides' doit, the relation evaluated again
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				nargs("doit", args, 0, 0)
				if len(kw) > 0 {
					throw("NotImplementedError", "dcalc's Relational.doit takes no hints (%s=) yet", kw[0].Name)
				}
				rel := r.(*Relational)
				return relCtor(rel.Op)(in, []Value{engine.Doit(rel.Lhs), engine.Doit(rel.Rhs)}, nil)
			}}
		case "reversed": // Relational.__new__: not evaluated
			return &Relational{Op: relSwap[x.Op], Lhs: x.Rhs, Rhs: x.Lhs}
		case "reversedsign":
			return &Relational{Op: relSwap[x.Op], Lhs: engine.Neg(x.Lhs), Rhs: engine.Neg(x.Rhs)}
		case "negated":
			return &Relational{Op: relNegated[x.Op], Lhs: x.Lhs, Rhs: x.Rhs}
		case "canonical":
			return canonicalRel(x)
		case "strict", "weak":
			op, ok := relStrictWeak[name][x.Op]
			if !ok {
				return x
			}
			return boolValue(engine.NewRel(op, x.Lhs, x.Rhs))
		case "lts", "gts":
			switch {
			case x.Op == "<" || x.Op == "<=":
				return map[string]engine.Expr{"lts": x.Lhs, "gts": x.Rhs}[name]
			case x.Op == ">" || x.Op == ">=":
				return map[string]engine.Expr{"lts": x.Rhs, "gts": x.Lhs}[name]
			}
		case "func":
			return in.typeOf(x)
		case "free_symbols":
			s := newSet()
			for _, side := range []engine.Expr{x.Lhs, x.Rhs} {
				for _, sym := range engine.FreeSymbols(side) {
					s.Add(sym)
				}
			}
			return s
		case "subs":
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				kwOnly("subs", kw, "simultaneous")
				rel := r.(*Relational)
				return boolValue(in.subs(engine.RelFunc(rel.Op, rel.Lhs, rel.Rhs), args))
			}}
		case "evalf", "n":
			// Relational._eval_evalf: each side evaluated, the relation
			// built again
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
				rel := r.(*Relational)
				l, rr := in.evalf(rel.Lhs, args, kw, name), in.evalf(rel.Rhs, args, kw, name)
				return boolValue(engine.NewRel(rel.Op, l, rr))
			}}
		}
	case *FuncClass:
		switch name {
		case "__name__", "name":
			return x.Def.Name
		}
	case *lambdaValue:
		if v, ok := x.attr(in, name); ok {
			return v
		}
		if lambdaMissing[name] {
			panic(notImplementedName("Lambda." + name))
		}
	case engine.Expr:
		if a, ok := in.exprAttr(x, name); ok {
			return a
		}
		if _, ok := sympyAPI("sympy.Expr." + name); ok {
			in.setNode(node)
			panic(notImplementedName("Expr." + name))
		}
		if cls := exprTypeName(x); cls != "" {
			if _, ok := sympyAPI("sympy." + cls + "." + name); ok {
				in.setNode(node)
				panic(notImplementedName(cls + "." + name))
			}
		}
	}
	if r != nil {
		return r
	}
	if a, ok := in.extAttr(v, name); ok {
		return a
	}
	in.setNode(node)
	if _, isMatrix := asMatrix(v); isMatrix {
		if _, known := sympyAPI("sympy.Matrix." + name); known {
			panic(notImplementedName("Matrix." + name))
		}
	}
	exc := newExc("AttributeError", "'%s' object has no attribute '%s'", typeName(v), name)
	if _, ok := v.(*Class); ok {
		exc.Msg = "type object '" + v.(*Class).Name + "' has no attribute '" + name + "'"
	}
	exc.Suggestion = suggest(name, in.attrNames(v))
	panic(exc)
}

func mapKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// attrNames lists the attribute names of v (for dir() and suggestions).
func (in *interp) attrNames(v Value) []string {
	switch x := v.(type) {
	case *List:
		return mapKeys(listMethods)
	case *Tuple:
		return mapKeys(tupleMethods)
	case *Dict:
		return mapKeys(dictMethods)
	case *Set:
		if x.Frozen {
			var names []string
			for _, n := range mapKeys(setMethods) {
				if !frozenSetMutators[n] {
					names = append(names, n)
				}
			}
			return names
		}
		return mapKeys(setMethods)
	case string:
		return mapKeys(strMethods)
	case *Module:
		return mapKeys(x.Attrs)
	case *pyObject:
		return mapKeys(x.Attrs)
	case *instance:
		return instanceNames(x)
	case *userClass:
		return userClassNames(x)
	case *big.Int:
		return []string{"bit_length", "denominator", "imag", "numerator", "real"}
	case float64:
		return []string{"imag", "is_integer", "real"}
	case engine.Expr:
		return in.exprAttrNames(x)
	}
	return nil
}

// symmetricDifference is the elements in exactly one of s and the
// iterable o: s's elements first, in their order, then o's.
func symmetricDifference(in *interp, s *Set, o Value) *Set {
	other := newSet()
	in.setUpdate(other, o)
	r := newSet()
	for _, v := range s.Items() {
		if !other.Has(v) {
			r.Add(v)
		}
	}
	for _, v := range other.Items() {
		if !s.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (in *interp) setAttr(obj Value, name string, v Value, node grammar.Node) {
	in.setNode(node)
	switch o := obj.(type) {
	case *instance:
		in.setInstanceAttr(o, name, v)
		return
	case *userClass:
		o.dict.Set(name, v)
		return
	}
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

// delAttr is del obj.name.
func (in *interp) delAttr(obj Value, name string, node grammar.Node) {
	in.setNode(node)
	switch o := obj.(type) {
	case *instance:
		in.delInstanceAttr(o, name)
		return
	case *userClass:
		if !o.dict.Delete(name) {
			throw("AttributeError", "type object '%s' has no attribute '%s'", o.name, name)
		}
		return
	case *Module:
		if _, ok := o.Attrs[name]; ok {
			delete(o.Attrs, name)
			return
		}
		throw("AttributeError", "module '%s' has no attribute '%s'", o.Name, name)
	}
	in.getAttr(obj, name, node) // AttributeError when there is none
	throw("AttributeError", "'%s' object attribute '%s' is read-only", typeName(obj), name)
}

// excMro is __mro__, __bases__ or __base__ of an exception class (or of
// object).
func excMro(c *Class, name string) Value {
	if c == objectClass {
		if name == "__mro__" {
			return &Tuple{Items: []Value{c}}
		}
		if name == "__bases__" {
			return &Tuple{}
		}
		return none
	}
	switch name {
	case "__base__":
		if c.Base == nil {
			return objectClass
		}
		return c.Base
	case "__bases__":
		if c.Base == nil {
			return &Tuple{Items: []Value{objectClass}}
		}
		return &Tuple{Items: []Value{c.Base}}
	}
	var items []Value
	for k := c; k != nil; k = k.Base {
		items = append(items, k)
	}
	return &Tuple{Items: append(items, objectClass)}
}
