package session

import (
	"slices"
	"strings"
)

// Type hints: list[float] and dict[str, int] (types.GenericAlias),
// int | None (types.UnionType), and the typing module's List, Optional,
// Callable ... as annotations use them. dcalc evaluates and keeps
// annotations (f.__annotations__) and prints the hints as CPython does;
// nothing checks them, as nothing does in CPython.

// typeHint is a parameterised type, a union of types or a bare typing
// special form.
type typeHint struct {
	// origin is the builtin class (list) or the typing name (List,
	// Optional, Any)
	origin string
	// typing marks typing's forms, printed typing.List[int]
	typing bool
	args   []Value
	// union marks X | Y (types.UnionType): args are the members
	union bool
	// cls is the class the hint calls (list[int]() is a list)
	cls *Class
}

// typingForms are typing's names: each subscripts to a hint.
var typingForms = []string{"Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Type", "Optional", "Union", "Callable",
	"Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping", "MutableSequence", "Generator", "Literal", "Final",
	"ClassVar", "Collection", "Container", "Hashable", "Sized", "Reversible", "Awaitable", "Coroutine", "AbstractSet"}

// typingModule is `import typing`.
func typingModule(*interp) *Module {
	m := &Module{Name: "typing", Attrs: map[string]Value{}}
	for _, n := range typingForms {
		m.Attrs[n] = &typeHint{origin: n, typing: true}
	}
	installTable(m.Attrs, []*binding{
		{Name: "cast", Sig: "(typ, val)", Doc: "val itself (a hint for type checkers).",
			Fn: func(in *interp, a *callArgs) Value { return a.Get("val") }},
		{Name: "TypeVar", Sig: "(name, *constraints, bound=None, covariant=False, contravariant=False)", Honours: "bound",
			Doc: "A type variable, printed ~T.",
			Fn: func(in *interp, a *callArgs) Value {
				return &pyObject{Type: "TypeVar", Repr: "~" + in.str(a.Get("name"))}
			}},
	})
	return m
}

func init() {
	stdlibKnown["typing"] = []string{"NamedTuple", "TypedDict", "Protocol", "Generic", "overload", "get_type_hints", "NewType",
		"runtime_checkable", "Annotated", "ParamSpec", "Self", "NoReturn", "TYPE_CHECKING", "get_args", "get_origin"}
}

// genericClasses are the builtin classes that subscript to a hint.
var genericClasses = map[string]bool{"list": true, "dict": true, "tuple": true, "set": true, "frozenset": true, "type": true}

// subscriptHint is cls[idx] or form[idx] for a class or typing form, and
// false for anything else.
func subscriptHint(in *interp, v, idx Value) (Value, bool) {
	args := []Value{idx}
	if t, ok := idx.(*Tuple); ok && t.nt == nil {
		args = t.Items
	}
	switch x := v.(type) {
	case *Class:
		if !genericClasses[x.Name] || x.Module != "" {
			return nil, false
		}
		return &typeHint{origin: x.Name, args: args, cls: x}, true
	case *typeHint:
		if x.args != nil {
			throw("TypeError", "%s is not a generic class", hintRepr(in, x))
		}
		if x.union || x.origin == "Any" {
			throw("TypeError", "%s is not subscriptable", hintRepr(in, x))
		}
		switch x.origin {
		case "Optional":
			if len(args) != 1 {
				throw("TypeError", "typing.Optional requires a single type. Got %s.", in.repr(idx))
			}
			return &typeHint{origin: "Union", typing: true, args: unionMembers([]Value{args[0], none})}, true
		case "Union":
			members := unionMembers(args)
			if len(members) == 1 {
				return members[0], true
			}
			return &typeHint{origin: "Union", typing: true, args: members}, true
		}
		return &typeHint{origin: x.origin, typing: true, args: args, cls: pyClassMap[strings.ToLower(x.origin)]}, true
	}
	return nil, false
}

// unionMembers are a union's distinct members, nested unions flattened.
func unionMembers(args []Value) []Value {
	var flat []Value
	for _, a := range args {
		if h, ok := a.(*typeHint); ok && (h.union || h.origin == "Union" && h.typing && h.args != nil) {
			flat = append(flat, unionMembers(h.args)...)
			continue
		}
		flat = append(flat, a)
	}
	var out []Value
	for _, a := range flat {
		if !slices.ContainsFunc(out, func(o Value) bool { return o == a || valuesEqual(o, a) }) {
			out = append(out, a)
		}
	}
	return out
}

// isTypeLike reports whether v may stand in a type union (int | None).
func isTypeLike(v Value) bool {
	switch x := v.(type) {
	case *Class, *userClass:
		return true
	case *typeHint:
		return !x.typing || x.args != nil || x.origin == "Any"
	}
	return false
}

// unionHint is a | b for types, or false when they are not types.
func unionHint(a, b Value) (Value, bool) {
	if !(isTypeLike(a) && (isTypeLike(b) || b == none) || a == none && isTypeLike(b)) {
		return nil, false
	}
	return &typeHint{union: true, args: unionMembers([]Value{a, b})}, true
}

// typeRepr is typing's _type_repr: a class by its (qualified) name, None
// as None, ... as ..., a list of types in brackets.
func typeRepr(in *interp, v Value) string {
	switch x := v.(type) {
	case *Class:
		if x.Module != "" && x.Module != "builtins" {
			if x.Module == "sympy" {
				return sympyClassPath(x.Name)
			}
			return x.Module + "." + x.Name
		}
		return x.Name
	case *userClass:
		return "__main__." + x.name
	case *noneType:
		return "None"
	case *typeHint:
		return hintRepr(in, x)
	case *List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = typeRepr(in, it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if v == ellipsis {
		return "..."
	}
	if in == nil {
		return "?"
	}
	return in.repr(v)
}

// hintArgs are a hint's arguments as its repr writes them.
func hintArgs(in *interp, args []Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = typeRepr(in, a)
	}
	return strings.Join(parts, ", ")
}

// hintRepr is repr() of a hint: list[int], typing.List[int],
// typing.Optional[int], int | None.
func hintRepr(in *interp, h *typeHint) string {
	if h.union {
		parts := make([]string, len(h.args))
		for i, a := range h.args {
			parts[i] = typeRepr(in, a)
		}
		return strings.Join(parts, " | ")
	}
	name := h.origin
	if h.typing {
		name = "typing." + name
	}
	if h.args == nil {
		return name
	}
	if h.typing && h.origin == "Union" {
		if len(h.args) == 2 && (h.args[1] == none || h.args[0] == none) {
			other := h.args[0]
			if other == none {
				other = h.args[1]
			}
			return "typing.Optional[" + typeRepr(in, other) + "]"
		}
		// typing keeps None as type(None) in a Union's arguments
		parts := make([]string, len(h.args))
		for i, a := range h.args {
			parts[i] = typeRepr(in, a)
			if a == none {
				parts[i] = "NoneType"
			}
		}
		return name + "[" + strings.Join(parts, ", ") + "]"
	}
	if len(h.args) == 0 {
		return name + "[()]"
	}
	return name + "[" + hintArgs(in, h.args) + "]"
}

// className is the hint's type: types.GenericAlias, types.UnionType or
// typing's own.
func (h *typeHint) className() string {
	switch {
	case h.union:
		return "types.UnionType"
	case !h.typing:
		return "types.GenericAlias"
	case h.origin == "Union":
		return "typing._UnionGenericAlias"
	case h.args == nil:
		return "typing._SpecialForm"
	}
	return "typing._GenericAlias"
}

// equal is == of hints: the same origin and arguments.
func (h *typeHint) equal(other Value) bool {
	o, ok := other.(*typeHint)
	if !ok || o.origin != h.origin || o.typing != h.typing || o.union != h.union || len(o.args) != len(h.args) || (o.args == nil) != (h.args == nil) {
		return false
	}
	for i := range h.args {
		if !valuesEqual(h.args[i], o.args[i]) {
			return false
		}
	}
	return true
}

// call is list[int](...): the origin class called.
func (h *typeHint) call(in *interp, args []Value, kw []kwArg) Value { return in.callHint(h, args, kw) }

// callHint is list[int](...): the origin class called.
func (in *interp) callHint(h *typeHint, args []Value, kw []kwArg) Value {
	if h.cls == nil || h.cls.Call == nil {
		throw("TypeError", "Type %s cannot be instantiated; use %s() instead", strings.TrimPrefix(hintRepr(in, h), "typing."), strings.ToLower(h.origin))
	}
	return h.cls.Call(in, args, kw)
}
