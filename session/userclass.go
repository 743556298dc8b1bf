package session

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/grammar"
)

// This file holds classes made by class statements: the class and its
// instances, methods bound to them, the decorators that change how a
// function in a class is found (property, staticmethod, classmethod) and
// super(). Special methods (__add__, __len__, __eq__ ...) are called by
// the interpreter's operations through the hooks in userops.go.

// userClass is a class made by a class statement: its namespace, its
// bases (classes made the same way; object is implied) and the method
// resolution order CPython computes (C3).
type userClass struct {
	name, qualname string
	bases          []*userClass
	mro            []*userClass // the class first
	dict           *Dict        // the class namespace, in definition order
	in             *interp      // runs special methods for hashing and equality
}

// instance is an object of a userClass; its attributes are its __dict__.
type instance struct {
	cls  *userClass
	dict *Dict
	id   int
}

// methodValue is a function bound to an object (CPython's method type).
type methodValue struct {
	self Value
	fn   Value
}

// property is the value of a function decorated with @property.
type property struct{ fget, fset, fdel Value }

// staticMethod and classMethod wrap a function in a class body.
type staticMethod struct{ fn Value }

type classMethod struct{ fn Value }

// superObj is super(): attribute lookup that starts after cls in the
// method resolution order of self's class.
type superObj struct {
	cls  *userClass
	self Value
}

// notImplementedType is the type of NotImplemented, which a binary
// special method returns to let the other operand try.
type notImplementedType struct{}

var notImplemented = &notImplementedType{}

// objectClass is the class object: every class derives from it.
var objectClass = &Class{Name: "object", Is: func(Value) bool { return true },
	Call: func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) > 0 || len(kw) > 0 {
			throw("TypeError", "object() takes no arguments")
		}
		return &pyObject{Type: "object", Repr: "<object object at " + fakeAddress(in.nextObjectID()) + ">"}
	}}

// classLevelUnsupported are special methods whose meaning dcalc does not
// implement: a class defining one is refused rather than run with the
// method silently ignored.
var classLevelUnsupported = map[string]bool{"__new__": true, "__setattr__": true, "__getattribute__": true,
	"__delattr__": true, "__init_subclass__": true, "__set_name__": true, "__class_getitem__": true,
	"__get__": true, "__set__": true, "__delete__": true, "__slots__": true,
	"__await__": true, "__aiter__": true}

// execClass runs a class statement: its decorators, bases and body, then
// binds the class.
func (in *interp) execClass(s *grammar.ClassStmt, e *env) {
	decs := in.evalElts(s.Decorators, e)
	var bases []Value
	for _, a := range s.Args {
		in.setNode(a.Value)
		switch {
		case a.Name != "":
			panic(newExc("NotImplementedError", "dcalc does not support class keywords (%s=) yet", a.Name))
		case a.Star != 0:
			panic(newExc("NotImplementedError", "dcalc does not support unpacked class bases yet"))
		}
		bases = append(bases, in.eval(a.Value, e))
	}
	in.setNode(s)
	qual := s.Name
	if e.qual != "" {
		qual = e.qual + "." + s.Name
	}
	ns := &env{vars: map[string]Value{}, parent: e, info: &scopeInfo{class: true}, globals: e.globals, qual: qual}
	if len(s.Body) > 0 {
		if st, ok := s.Body[0].(*grammar.ExprStmt); ok {
			if doc, ok := st.X.(*grammar.StringLit); ok {
				ns.bind("__doc__", doc.Value)
			}
		}
	}
	in.execBlock(s.Body, ns)
	in.setNode(s)
	var v Value
	if base := excBase(bases); base != nil {
		v = in.exceptionClass(s, base, bases, ns)
	} else {
		v = in.newUserClass(s.Name, qual, bases, ns)
	}
	for i := len(decs) - 1; i >= 0; i-- {
		v = in.call(decs[i], []Value{v}, nil)
	}
	in.assign(e, s.Name, v)
}

// excBase returns the exception class among bases, if any.
func excBase(bases []Value) *Class {
	for _, b := range bases {
		if c, ok := b.(*Class); ok && c.Exc {
			return c
		}
	}
	return nil
}

// exceptionClass makes a subclass of an exception class. Its body may
// hold a docstring and plain attributes; methods are not supported yet.
func (in *interp) exceptionClass(s *grammar.ClassStmt, base *Class, bases []Value, ns *env) *Class {
	if len(bases) > 1 {
		panic(newExc("NotImplementedError", "dcalc does not support an exception class with several bases yet"))
	}
	for _, n := range ns.order {
		switch ns.vars[n].(type) {
		case *Function, *property, *staticMethod, *classMethod:
			panic(newExc("NotImplementedError", "dcalc does not support methods in exception classes yet (%s.%s)", s.Name, n))
		}
	}
	c := &Class{Name: s.Name, Module: "__main__", Exc: true, Base: base, Doc: none}
	if d, ok := ns.vars["__doc__"]; ok {
		c.Doc = d
	}
	c.Call = func(in *interp, args []Value, kw []kwArg) Value {
		if len(kw) > 0 {
			throw("TypeError", "%s() takes no keyword arguments", c.Name)
		}
		return &ExcValue{Class: c, Args: append([]Value(nil), args...)}
	}
	return c
}

// newUserClass makes a class from the namespace its body filled.
func (in *interp) newUserClass(name, qual string, bases []Value, ns *env) *userClass {
	c := &userClass{name: name, qualname: qual, dict: newDict(), in: in}
	for _, b := range bases {
		switch b := b.(type) {
		case *userClass:
			c.bases = append(c.bases, b)
		case *Class:
			switch {
			case b.Module == "sympy":
				panic(newExc("NotImplementedError", "dcalc does not support subclassing SymPy classes yet (%s)", b.Name))
			case b != objectClass:
				panic(newExc("NotImplementedError", "dcalc does not support subclassing %s yet", in.repr(b)))
			}
		case *FuncClass:
			panic(newExc("NotImplementedError", "dcalc does not support subclassing SymPy classes yet (%s)", b.Def.Name))
		default:
			throw("TypeError", "bases must be types")
		}
	}
	mro, ok := c3(c, c.bases)
	if !ok {
		names := make([]string, len(c.bases))
		for i, b := range c.bases {
			names[i] = b.name
		}
		throw("TypeError", "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
	}
	c.mro = mro
	for _, n := range ns.order {
		v := ns.vars[n]
		if classLevelUnsupported[n] {
			panic(newExc("NotImplementedError", "dcalc does not support %s in classes yet (%s.%s)", n, name, n))
		}
		c.dict.Set(n, v)
		in.setDefiningClass(v, c)
	}
	if _, ok := c.dict.Get("__doc__"); !ok {
		c.dict.Set("__doc__", none)
	}
	c.dict.Set("__module__", "__main__")
	return c
}

// setDefiningClass records c as the class whose body defined v's
// function: super() without arguments starts its search after it.
func (in *interp) setDefiningClass(v Value, c *userClass) {
	switch f := v.(type) {
	case *Function:
		if f.class == nil {
			f.class = c
		}
	case *staticMethod:
		in.setDefiningClass(f.fn, c)
	case *classMethod:
		in.setDefiningClass(f.fn, c)
	case *property:
		for _, g := range []Value{f.fget, f.fset, f.fdel} {
			in.setDefiningClass(g, c)
		}
	}
}

// c3 is the C3 linearization of c with its bases (Python's MRO).
func c3(c *userClass, bases []*userClass) ([]*userClass, bool) {
	var seqs [][]*userClass
	for _, b := range bases {
		seqs = append(seqs, append([]*userClass(nil), b.mro...))
	}
	seqs = append(seqs, append([]*userClass(nil), bases...))
	out := []*userClass{c}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, true
		}
		var head *userClass
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			cand := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[min(1, len(t)):] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head = cand
				break
			}
		}
		if head == nil {
			return nil, false
		}
		out = append(out, head)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

// lookup finds name in the class and its bases, in MRO order.
func (c *userClass) lookup(name string) (Value, bool) {
	for _, k := range c.mro {
		if v, ok := k.dict.Get(name); ok {
			return v, true
		}
	}
	return nil, false
}

// subclassOf reports whether c is k or derives from it.
func (c *userClass) subclassOf(k *userClass) bool {
	for _, m := range c.mro {
		if m == k {
			return true
		}
	}
	return false
}

// special returns the special method name of v's class, if v is an
// instance whose class defines it.
func special(v Value, name string) (*instance, Value, bool) {
	o, ok := v.(*instance)
	if !ok {
		return nil, nil, false
	}
	m, ok := o.cls.lookup(name)
	if !ok || m == none {
		return o, nil, false
	}
	return o, m, true
}

// callSpecial calls o's special method m with args.
func (in *interp) callSpecial(o *instance, m Value, args ...Value) Value {
	return in.call(in.bindAttr(o, o.cls, m), args, nil)
}

// bindAttr turns a class attribute found for obj (an instance, or the
// class itself when cls is obj) into what attribute access returns.
func (in *interp) bindAttr(obj Value, cls *userClass, v Value) Value {
	_, isClass := obj.(*userClass)
	switch f := v.(type) {
	case *Function:
		if isClass {
			return f
		}
		return &methodValue{self: obj, fn: f}
	case *staticMethod:
		return f.fn
	case *classMethod:
		return &methodValue{self: cls, fn: f.fn}
	case *property:
		if isClass {
			return f
		}
		if f.fget == nil || f.fget == none {
			throw("AttributeError", "property object has no getter")
		}
		return in.call(f.fget, []Value{obj}, nil)
	}
	return v
}

// instanceAttr is getattr(o, name).
func (in *interp) instanceAttr(o *instance, name string) (Value, bool) {
	v, inClass := o.cls.lookup(name)
	if p, ok := v.(*property); inClass && ok {
		return in.bindAttr(o, o.cls, p), true
	}
	if a, ok := o.dict.Get(name); ok {
		return a, true
	}
	if inClass {
		return in.bindAttr(o, o.cls, v), true
	}
	switch name {
	case "__dict__":
		return o.dict, true
	case "__class__":
		return o.cls, true
	}
	if g, ok := o.cls.lookup("__getattr__"); ok {
		return in.call(in.bindAttr(o, o.cls, g), []Value{name}, nil), true
	}
	return nil, false
}

// classAttr is getattr(c, name) for a class.
func (in *interp) classAttr(c *userClass, name string) (Value, bool) {
	if v, ok := c.lookup(name); ok {
		return in.bindAttr(c, c, v), true
	}
	switch name {
	case "__name__":
		return c.name, true
	case "__qualname__":
		return c.qualname, true
	case "__dict__":
		return c.dict, true
	case "__mro__":
		items := make([]Value, 0, len(c.mro)+1)
		for _, k := range c.mro {
			items = append(items, k)
		}
		return &Tuple{Items: append(items, objectClass)}, true
	case "__bases__":
		items := make([]Value, len(c.bases))
		for i, b := range c.bases {
			items[i] = b
		}
		if len(items) == 0 {
			items = []Value{objectClass}
		}
		return &Tuple{Items: items}, true
	case "__base__":
		if len(c.bases) == 0 {
			return objectClass, true
		}
		return c.bases[0], true
	case "__class__":
		return pyClassMap["type"], true
	}
	return nil, false
}

// superAttr is getattr(super(), name).
func (in *interp) superAttr(s *superObj, name string) (Value, bool) {
	var start *userClass
	switch x := s.self.(type) {
	case *instance:
		start = x.cls
	case *userClass:
		start = x
	}
	after := false
	for _, k := range start.mro {
		if after {
			if v, ok := k.dict.Get(name); ok {
				return in.bindAttr(s.self, start, v), true
			}
		}
		if k == s.cls {
			after = true
		}
	}
	if name == "__init__" {
		return &Builtin{Name: "__init__", Fn: func(in *interp, args []Value, kw []kwArg) Value {
			if len(args) > 0 || len(kw) > 0 {
				throw("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			return none
		}}, true
	}
	return nil, false
}

// setInstanceAttr is o.name = v.
func (in *interp) setInstanceAttr(o *instance, name string, v Value) {
	if a, ok := o.cls.lookup(name); ok {
		if p, ok := a.(*property); ok {
			if p.fset == nil || p.fset == none {
				throw("AttributeError", "property '%s' of '%s' object has no setter", propertyName(p), o.cls.name)
			}
			in.call(p.fset, []Value{o, v}, nil)
			return
		}
	}
	o.dict.Set(name, v)
}

// delInstanceAttr is del o.name.
func (in *interp) delInstanceAttr(o *instance, name string) {
	if a, ok := o.cls.lookup(name); ok {
		if p, ok := a.(*property); ok {
			if p.fdel == nil || p.fdel == none {
				throw("AttributeError", "property '%s' of '%s' object has no deleter", propertyName(p), o.cls.name)
			}
			in.call(p.fdel, []Value{o}, nil)
			return
		}
	}
	if !o.dict.Delete(name) {
		throw("AttributeError", "'%s' object has no attribute '%s'", o.cls.name, name)
	}
}

// propertyName is the name of a property's getter.
func propertyName(p *property) string {
	if f, ok := p.fget.(*Function); ok {
		return f.Name
	}
	return "?"
}

// instantiate is calling a class: a new instance, run through __init__.
func (in *interp) instantiate(c *userClass, args []Value, kw []kwArg) Value {
	o := &instance{cls: c, dict: newDict(), id: in.nextObjectID()}
	init, ok := c.lookup("__init__")
	if !ok {
		if len(args) > 0 || len(kw) > 0 {
			throw("TypeError", "%s() takes no arguments", c.name)
		}
		return o
	}
	if r := in.call(in.bindAttr(o, c, init), args, kw); r != none {
		throw("TypeError", "__init__() should return None, not '%s'", typeName(r))
	}
	return o
}

// callMethod calls a bound method: the object first, then args.
func (in *interp) callMethod(m *methodValue, args []Value, kw []kwArg) Value {
	all := make([]Value, 0, len(args)+1)
	return in.call(m.fn, append(append(all, m.self), args...), kw)
}

// zeroArgSuper is super() in a method: the class whose body defined the
// running function and the function's first argument.
func (in *interp) zeroArgSuper() Value {
	for i := len(in.frames) - 1; i >= 0; i-- {
		fr := in.frames[i]
		if fr.def == nil {
			continue
		}
		fn := fr.def
		if fn.class == nil {
			throw("RuntimeError", "super(): __class__ cell not found")
		}
		if len(fn.Params) == 0 || fn.Params[0].Star != 0 {
			throw("RuntimeError", "super(): no arguments")
		}
		self, ok := fr.locals.vars[fn.Params[0].Name]
		if !ok {
			throw("RuntimeError", "super(): arg[0] deleted")
		}
		return &superObj{cls: fn.class, self: self}
	}
	throw("RuntimeError", "super(): no arguments")
	return nil
}

// installClassBuiltins binds object, super, property, staticmethod,
// classmethod, setattr, delattr, vars and NotImplemented.
func (in *interp) installClassBuiltins() {
	b := in.builtins
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		b[name] = &Builtin{Name: name, Fn: fn}
	}
	b["NotImplemented"] = notImplemented
	def("super", func(in *interp, args []Value, kw []kwArg) Value {
		noKw("super", kw)
		nargs("super", args, 0, 2)
		switch len(args) {
		case 0:
			return in.zeroArgSuper()
		case 2:
			c, ok := args[0].(*userClass)
			if !ok {
				throw("TypeError", "super() argument 1 must be a type, not %s", typeName(args[0]))
			}
			switch o := args[1].(type) {
			case *instance:
				if o.cls.subclassOf(c) {
					return &superObj{cls: c, self: o}
				}
			case *userClass:
				if o.subclassOf(c) {
					return &superObj{cls: c, self: o}
				}
			}
			throw("TypeError", "super(type, obj): obj must be an instance or subtype of type")
		}
		panic(newExc("NotImplementedError", "dcalc does not support unbound super() objects"))
	})
	b["property"] = &Class{Name: "property", Is: func(v Value) bool { _, ok := v.(*property); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			args = cPositional("property", args, kw, 0, none, "fget", "fset", "fdel", "doc")
			nargs("property", args, 0, 4)
			p := &property{fget: none, fset: none, fdel: none}
			for i, a := range args {
				switch i {
				case 0:
					p.fget = a
				case 1:
					p.fset = a
				case 2:
					p.fdel = a
				}
			}
			return p
		}}
	b["staticmethod"] = &Class{Name: "staticmethod", Is: func(v Value) bool { _, ok := v.(*staticMethod); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			noKw("staticmethod", kw)
			nargs("staticmethod", args, 1, 1)
			return &staticMethod{fn: args[0]}
		}}
	b["classmethod"] = &Class{Name: "classmethod", Is: func(v Value) bool { _, ok := v.(*classMethod); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			noKw("classmethod", kw)
			nargs("classmethod", args, 1, 1)
			return &classMethod{fn: args[0]}
		}}
	def("setattr", func(in *interp, args []Value, kw []kwArg) Value {
		noKw("setattr", kw)
		nargs("setattr", args, 3, 3)
		name, ok := args[1].(string)
		if !ok {
			throw("TypeError", "attribute name must be string, not '%s'", typeName(args[1]))
		}
		in.setAttr(args[0], name, args[2], nil)
		return none
	})
	def("delattr", func(in *interp, args []Value, kw []kwArg) Value {
		noKw("delattr", kw)
		nargs("delattr", args, 2, 2)
		name, ok := args[1].(string)
		if !ok {
			throw("TypeError", "attribute name must be string, not '%s'", typeName(args[1]))
		}
		in.delAttr(args[0], name, nil)
		return none
	})
	def("vars", func(in *interp, args []Value, kw []kwArg) Value {
		noKw("vars", kw)
		nargs("vars", args, 0, 1)
		if len(args) == 0 {
			return in.builtins["globals"].(*Builtin).Fn(in, nil, nil)
		}
		switch o := args[0].(type) {
		case *instance:
			return o.dict
		case *userClass:
			return o.dict
		case *Module:
			d := newDict()
			for _, k := range mapKeys(o.Attrs) {
				d.Set(k, o.Attrs[k])
			}
			return d
		}
		throw("TypeError", "vars() argument must have __dict__ attribute")
		return nil
	})
}

// objectDir is dir(object()) in CPython 3.11: what every instance and
// class has besides its own attributes.
var objectDir = []string{"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
	"__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
	"__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
	"__sizeof__", "__str__", "__subclasshook__"}

// userClassNames lists dir(c) for a class: its namespace and its bases',
// with what every class made by a class statement has.
func userClassNames(c *userClass) []string {
	seen := map[string]bool{"__dict__": true, "__module__": true, "__weakref__": true}
	for _, n := range objectDir {
		seen[n] = true
	}
	for _, k := range c.mro {
		for _, n := range k.dict.Keys() {
			seen[n.(string)] = true
		}
	}
	return mapKeys(seen)
}

// instanceNames lists dir(o).
func instanceNames(o *instance) []string {
	names := userClassNames(o.cls)
	seen := map[string]bool{}
	for _, n := range names {
		seen[n] = true
	}
	for _, k := range o.dict.Keys() {
		if s, ok := k.(string); ok && !seen[s] {
			names = append(names, s)
		}
	}
	return names
}

// instanceRepr is repr(o): __repr__, or CPython's default.
func (in *interp) instanceRepr(o *instance) string {
	if _, m, ok := special(o, "__repr__"); ok {
		return in.stringResult("__repr__", in.callSpecial(o, m))
	}
	return fmt.Sprintf("<__main__.%s object at %s>", o.cls.qualname, fakeAddress(o.id))
}

// instanceStr is str(o): __str__, or repr.
func (in *interp) instanceStr(o *instance) string {
	if _, m, ok := special(o, "__str__"); ok {
		return in.stringResult("__str__", in.callSpecial(o, m))
	}
	return in.instanceRepr(o)
}

// stringResult checks that a __str__ or __repr__ returned a string.
func (in *interp) stringResult(method string, v Value) string {
	s, ok := v.(string)
	if !ok {
		throw("TypeError", "%s returned non-string (type %s)", method, typeName(v))
	}
	return s
}

// methodRepr is repr of a bound method.
func (in *interp) methodRepr(m *methodValue) string {
	name := "?"
	if f, ok := m.fn.(*Function); ok {
		name = f.qualname()
	}
	return "<bound method " + name + " of " + in.repr(m.self) + ">"
}

// classRepr is repr of a class made by a class statement.
func classRepr(c *userClass) string { return "<class '__main__." + c.qualname + "'>" }

// bigInt is n as a Python int.
func bigInt(n int) *big.Int { return big.NewInt(int64(n)) }

// userIsSubclass is issubclass(a, b) when a or b is a class made by a
// class statement (or b is object or a tuple); ok is false otherwise.
func (in *interp) userIsSubclass(a, b Value) (r Value, ok bool) {
	if t, isTuple := b.(*Tuple); isTuple {
		for _, it := range t.Items {
			if r, ok := in.userIsSubclass(a, it); ok && r == true {
				return true, true
			}
		}
		_, aUser := a.(*userClass)
		return false, aUser
	}
	ac, aUser := a.(*userClass)
	if b == objectClass {
		if _, isClass := a.(*Class); isClass || aUser {
			return true, true
		}
	}
	if !aUser {
		if _, bUser := b.(*userClass); bUser {
			if _, isClass := a.(*Class); !isClass {
				throw("TypeError", "issubclass() arg 1 must be a class")
			}
			return false, true
		}
		return nil, false
	}
	bc, bUser := b.(*userClass)
	if !bUser {
		if _, isClass := b.(*Class); isClass {
			return false, true
		}
		throw("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return ac.subclassOf(bc), true
}

// propertyAttr is an attribute of a property: its functions, and the
// setter/getter/deleter decorators, which return a copy with one
// function replaced.
func propertyAttr(p *property, name string) (Value, bool) {
	switch name {
	case "fget":
		return p.fget, true
	case "fset":
		return p.fset, true
	case "fdel":
		return p.fdel, true
	case "setter", "getter", "deleter":
		return &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, 1, 1)
			q := *p
			switch name {
			case "setter":
				q.fset = args[0]
			case "getter":
				q.fget = args[0]
			default:
				q.fdel = args[0]
			}
			return &q
		}}, true
	}
	return nil, false
}
