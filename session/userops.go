package session

import "math/big"

// The interpreter's operations on instances of classes made by class
// statements: each calls the special method the class defines, with
// CPython's rules for the reflected operand, NotImplemented and the
// errors when a method is missing.

// binarySpecial names the special methods of the binary operators:
// a op b calls a.__op__(b), then b.__rop__(a).
var binarySpecial = map[string][2]string{
	"+": {"__add__", "__radd__"}, "-": {"__sub__", "__rsub__"}, "*": {"__mul__", "__rmul__"},
	"/": {"__truediv__", "__rtruediv__"}, "//": {"__floordiv__", "__rfloordiv__"},
	"%": {"__mod__", "__rmod__"}, "**": {"__pow__", "__rpow__"}, "@": {"__matmul__", "__rmatmul__"},
	"&": {"__and__", "__rand__"}, "|": {"__or__", "__ror__"}, "^": {"__xor__", "__rxor__"},
	"<<": {"__lshift__", "__rlshift__"}, ">>": {"__rshift__", "__rrshift__"},
}

// inplaceSpecial names the in-place forms (a += b calls a.__iadd__(b)
// first).
var inplaceSpecial = map[string]string{
	"+": "__iadd__", "-": "__isub__", "*": "__imul__", "/": "__itruediv__", "//": "__ifloordiv__",
	"%": "__imod__", "**": "__ipow__", "@": "__imatmul__", "&": "__iand__", "|": "__ior__",
	"^": "__ixor__", "<<": "__ilshift__", ">>": "__irshift__",
}

// instanceBinop is a op b when either is an instance; ok is false when
// neither is. With no method that answers it raises CPython's TypeError.
func (in *interp) instanceBinop(op string, a, b Value) (Value, bool) {
	ao, aIs := a.(*instance)
	bo, bIs := b.(*instance)
	if !aIs && !bIs {
		return nil, false
	}
	if _, isStr := a.(string); isStr && op == "%" {
		return nil, false // str % anything formats
	}
	names := binarySpecial[op]
	if aIs {
		if _, m, ok := special(ao, names[0]); ok {
			if r := in.callSpecial(ao, m, b); r != notImplemented {
				return r, true
			}
		}
	}
	if bIs && (!aIs || ao.cls != bo.cls) {
		if _, m, ok := special(bo, names[1]); ok {
			if r := in.callSpecial(bo, m, a); r != notImplemented {
				return r, true
			}
		}
	}
	unsupported(op, a, b)
	return nil, true
}

// instanceInplace is a op= b for an instance a with __iop__; ok is false
// when it has none (the plain operator is used then).
func (in *interp) instanceInplace(op string, a, b Value) (Value, bool) {
	if o, m, ok := special(a, inplaceSpecial[op]); ok {
		if r := in.callSpecial(o, m, b); r != notImplemented {
			return r, true
		}
	}
	return nil, false
}

// unarySpecial names the special methods of the unary operators.
var unarySpecial = map[string]string{"-": "__neg__", "+": "__pos__", "~": "__invert__", "abs": "__abs__"}

// instanceUnary is op v for an instance v.
func (in *interp) instanceUnary(op string, v Value) (Value, bool) {
	o, ok := v.(*instance)
	if !ok {
		return nil, false
	}
	if _, m, ok := special(o, unarySpecial[op]); ok {
		return in.callSpecial(o, m), true
	}
	if op == "abs" {
		throw("TypeError", "bad operand type for abs(): '%s'", o.cls.name)
	}
	throw("TypeError", "bad operand type for unary %s: '%s'", op, o.cls.name)
	return nil, true
}

// compareSpecial names the rich comparisons and their reflections.
var compareSpecial = map[string][2]string{
	"==": {"__eq__", "__eq__"}, "!=": {"__ne__", "__ne__"}, "<": {"__lt__", "__gt__"},
	"<=": {"__le__", "__ge__"}, ">": {"__gt__", "__lt__"}, ">=": {"__ge__", "__le__"},
}

// instanceCompare is a op b for a rich comparison when either is an
// instance.
func (in *interp) instanceCompare(op string, a, b Value) (Value, bool) {
	ao, aIs := a.(*instance)
	bo, bIs := b.(*instance)
	if !aIs && !bIs {
		return nil, false
	}
	names, rich := compareSpecial[op]
	if !rich {
		return nil, false // in, is: not special methods of the operands
	}
	// the right operand first when its class derives from the left's
	rightFirst := aIs && bIs && bo.cls != ao.cls && bo.cls.subclassOf(ao.cls)
	try := func(o *instance, name string, other Value) (Value, bool) {
		if _, m, ok := special(o, name); ok {
			if r := in.callSpecial(o, m, other); r != notImplemented {
				return r, true
			}
		}
		return nil, false
	}
	if rightFirst {
		if r, ok := try(bo, names[1], a); ok {
			return r, true
		}
	}
	if aIs {
		if r, ok := try(ao, names[0], b); ok {
			return r, true
		}
	}
	if bIs && !rightFirst {
		if r, ok := try(bo, names[1], a); ok {
			return r, true
		}
	}
	switch op {
	case "==":
		return a == b, true
	case "!=": // object.__ne__ inverts __eq__
		if aIs {
			if r, ok := try(ao, "__eq__", b); ok {
				return !in.truth(r, nil), true
			}
		}
		return a != b, true
	}
	throw("TypeError", "'%s' not supported between instances of '%s' and '%s'", op, typeName(a), typeName(b))
	return nil, true
}

// equal is == for an instance on either side, as a Go bool (containers
// and dictionaries compare their items with it).
func (o *instance) equal(other Value) bool {
	in := o.cls.in
	r, _ := in.instanceCompare("==", o, other)
	return in.truth(r, nil)
}

// hash implements pyHashable: the int __hash__ returns (hashed as that
// int, so an instance equal to an int finds its key), or the object's
// identity.
func (o *instance) hash() uint64 {
	if n, ok := o.hashInt(); ok {
		return hashValue(n)
	}
	return uint64(o.id) * 0x9e3779b97f4a7c15
}

// cpythonHash implements pyHashable: hash(o) is what __hash__ returned
// when it fits a machine word (-1 becomes -2), else that int's hash, as
// CPython's slot_tp_hash.
func (o *instance) cpythonHash() (int64, bool) {
	n, ok := o.hashInt()
	switch {
	case !ok:
		return 0, false
	case !n.IsInt64():
		return pyHash(n)
	case n.Int64() == -1:
		return -2, true
	}
	return n.Int64(), true
}

// hashInt calls __hash__; ok is false when the class keeps object's
// identity hash. A class that defines __eq__ without __hash__ makes its
// instances unhashable, as CPython does.
func (o *instance) hashInt() (*big.Int, bool) {
	h, ok := o.cls.lookup("__hash__")
	if !ok {
		if _, eq := o.cls.lookup("__eq__"); eq {
			throw("TypeError", "unhashable type: '%s'", o.cls.name)
		}
		return nil, false
	}
	if h == none {
		throw("TypeError", "unhashable type: '%s'", o.cls.name)
	}
	switch r := o.cls.in.callSpecial(o, h).(type) {
	case *big.Int:
		return r, true
	case bool:
		return boolInt(r), true
	}
	throw("TypeError", "__hash__ method should return an integer")
	return nil, false
}

// truth is bool(o): __bool__, then __len__, else true.
func (o *instance) truth() bool {
	in := o.cls.in
	if _, m, ok := special(o, "__bool__"); ok {
		r := in.callSpecial(o, m)
		b, isBool := r.(bool)
		if !isBool {
			throw("TypeError", "__bool__ should return bool, returned %s", typeName(r))
		}
		return b
	}
	if _, ok := o.cls.lookup("__len__"); ok {
		return o.length() != 0
	}
	return true
}

// length is len(o) through __len__.
func (o *instance) length() int {
	in := o.cls.in
	_, m, ok := special(o, "__len__")
	if !ok {
		throw("TypeError", "object of type '%s' has no len()", o.cls.name)
	}
	r := in.callSpecial(o, m)
	switch r.(type) {
	case bool:
	default:
		if _, isInt := r.(interface{ Int64() int64 }); !isInt {
			throw("TypeError", "'%s' object cannot be interpreted as an integer", typeName(r))
		}
	}
	n := in.toInt(r)
	if n.Sign() < 0 {
		throw("ValueError", "__len__() should return >= 0")
	}
	return int(n.Int64())
}

// getItem implements pyIndexable through __getitem__.
func (o *instance) getItem(in *interp, idx Value) Value {
	_, m, ok := special(o, "__getitem__")
	if !ok {
		throw("TypeError", "'%s' object is not subscriptable", o.cls.name)
	}
	return in.callSpecial(o, m, idx)
}

// setItem implements pyItemSetter through __setitem__.
func (o *instance) setItem(in *interp, idx, val Value) {
	_, m, ok := special(o, "__setitem__")
	if !ok {
		throw("TypeError", "'%s' object does not support item assignment", o.cls.name)
	}
	in.callSpecial(o, m, idx, val)
}

// delItem implements pyItemDeleter through __delitem__.
func (o *instance) delItem(in *interp, idx Value) {
	_, m, ok := special(o, "__delitem__")
	if !ok {
		throw("TypeError", "'%s' object does not support item deletion", o.cls.name)
	}
	in.callSpecial(o, m, idx)
}

// iterate implements pyIterable: __iter__ (an iterator object with
// __next__, or any iterable it returns), else __getitem__ with 0, 1, 2 …
// until IndexError.
func (o *instance) iterate(in *interp, f func(Value) bool) {
	if _, m, ok := special(o, "__iter__"); ok {
		it := in.callSpecial(o, m)
		if io, nx, ok := special(it, "__next__"); ok {
			for {
				var v Value
				stop := stopsOn("StopIteration", func() { v = in.callSpecial(io, nx) })
				if stop || !f(v) {
					return
				}
			}
		}
		if _, ok := it.(*instance); ok {
			throw("TypeError", "iter() returned non-iterator of type '%s'", typeName(it))
		}
		in.iterate(it, f)
		return
	}
	if _, m, ok := special(o, "__getitem__"); ok {
		for i := 0; ; i++ {
			var v Value
			stop := stopsOn("IndexError", func() { v = in.callSpecial(o, m, bigInt(i)) })
			if stop || !f(v) {
				return
			}
		}
	}
	throw("TypeError", "'%s' object is not iterable", o.cls.name)
}

// contains implements pyContainer: __contains__, else a search of the
// iteration.
func (o *instance) contains(v Value) bool {
	in := o.cls.in
	if _, m, ok := special(o, "__contains__"); ok {
		return in.truth(in.callSpecial(o, m, v), nil)
	}
	found := false
	o.iterate(in, func(x Value) bool {
		if valuesEqual(x, v) {
			found = true
			return false
		}
		return true
	})
	return found
}

// callInstance is o(args) through __call__.
func (in *interp) callInstance(o *instance, args []Value, kw []kwArg) Value {
	_, m, ok := special(o, "__call__")
	if !ok {
		throw("TypeError", "'%s' object is not callable", o.cls.name)
	}
	return in.call(in.bindAttr(o, o.cls, m), args, kw)
}

// instanceFormat is format(o, spec): __format__, or str(o) for an
// empty spec.
func (in *interp) instanceFormat(o *instance, spec string) string {
	if _, m, ok := special(o, "__format__"); ok {
		return in.stringResult("__format__", in.callSpecial(o, m, spec))
	}
	if spec != "" {
		throw("TypeError", "unsupported format string passed to %s.__format__", o.cls.name)
	}
	return in.instanceStr(o)
}

// pyStr implements pyStringer: str(o).
func (o *instance) pyStr() string { return o.cls.in.instanceStr(o) }

// pyRepr implements pyStringer: repr(o).
func (o *instance) pyRepr() string { return o.cls.in.instanceRepr(o) }

// stopsOn runs body and reports whether it raised the exception typ,
// which ends an iteration; other exceptions propagate.
func stopsOn(typ string, body func()) (stopped bool) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok && e.Type == typ {
				stopped = true
				return
			}
			panic(r)
		}
	}()
	body()
	return false
}
