package session

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// str is Python's str(v).
func (in *interp) str(v Value) string {
	switch x := v.(type) {
	case string:
		return x
	case pyStringer:
		return x.pyStr()
	case *ExcValue:
		return x.exception(in).Msg
	case *pyObject:
		if x.Str != "" {
			return x.Str
		}
	}
	if s, ok := matrixStr(v); ok {
		return s
	}
	if s, ok := in.arrayStr(v); ok {
		return s
	}
	if s, ok := plotStr(v); ok {
		return s
	}
	if s, ok := in.mpmathValueStr(v); ok {
		return s
	}
	return in.repr(v)
}

// repr is Python's repr(v).
func (in *interp) repr(v Value) string {
	switch x := v.(type) {
	case *noneType:
		return "None"
	case *ellipsisType:
		return "Ellipsis"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case *big.Int:
		return x.String()
	case float64:
		if in.outFloatFmt != "" {
			return outFloat(in, x)
		}
		return floatRepr(x)
	case complex128:
		return complexRepr(x)
	case string:
		return strRepr(x)
	case *List:
		if in.enterRepr(x) {
			return "[...]"
		}
		defer in.leaveRepr(x)
		return "[" + in.joinRepr(x.Items) + "]"
	case *deque:
		return x.repr(in)
	case *typeHint:
		return hintRepr(in, x)
	case *Tuple:
		if x.nt != nil {
			return in.namedRepr(x)
		}
		in.enterRepr(x)
		defer in.leaveRepr(x)
		if len(x.Items) == 1 {
			return "(" + in.repr(x.Items[0]) + ",)"
		}
		return "(" + in.joinRepr(x.Items) + ")"
	case *Dict:
		if in.enterRepr(x) {
			switch x.kind {
			case defaultDict:
				return in.collRepr(x, "{...}") // dict's guard inside defaultdict's repr
			case orderedDict:
				return "..." // reprlib.recursive_repr
			}
			return "{...}"
		}
		defer in.leaveRepr(x)
		ks, vs := x.Items()
		parts := make([]string, len(ks))
		for i := range ks {
			parts[i] = in.repr(ks[i]) + ": " + in.repr(vs[i])
		}
		return in.collRepr(x, "{"+strings.Join(parts, ", ")+"}")
	case *Set:
		if x.Frozen {
			if x.d.Len() == 0 {
				return "frozenset()"
			}
			in.enterRepr(x)
			defer in.leaveRepr(x)
			return "frozenset({" + in.joinRepr(x.Items()) + "})"
		}
		if x.d.Len() == 0 {
			return "set()"
		}
		in.enterRepr(x)
		defer in.leaveRepr(x)
		return "{" + in.joinRepr(x.Items()) + "}"
	case *Range:
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop)
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step)
	case *sliceValue:
		return "slice(" + in.repr(x.Lo) + ", " + in.repr(x.Hi) + ", " + in.repr(x.Step) + ")"
	case *Iterator:
		if x.Name != "" {
			return fmt.Sprintf("<%s object %s at %s>", x.Kind, x.Name, fakeAddr(x))
		}
		return fmt.Sprintf("<%s object at %s>", x.Kind, fakeAddr(x))
	case *Function:
		return fmt.Sprintf("<function %s at %s>", x.qualname(), fakeAddr(x))
	case pyStringer:
		return x.pyRepr()
	case *userClass:
		return classRepr(x)
	case *methodValue:
		return in.methodRepr(x)
	case *superObj:
		return "<super: " + classRepr(x.cls) + ", " + in.repr(x.self) + ">"
	case *property:
		return fmt.Sprintf("<property object at %s>", fakeAddr(x))
	case *staticMethod:
		return "<staticmethod(" + in.repr(x.fn) + ")>"
	case *classMethod:
		return "<classmethod(" + in.repr(x.fn) + ")>"
	case *notImplementedType:
		return "NotImplemented"
	case *partialFn:
		parts := []string{in.repr(x.fn)}
		for _, a := range x.args {
			parts = append(parts, in.repr(a))
		}
		for _, k := range x.kw {
			parts = append(parts, k.Name+"="+in.repr(k.Value))
		}
		return "functools.partial(" + strings.Join(parts, ", ") + ")"
	case *cachedFn:
		return "<functools._lru_cache_wrapper object at " + fakeAddr(x) + ">"
	case *Builtin:
		if x.isSympyFunction() {
			return "<function " + x.Name + " at " + fakeAddr(x) + ">"
		}
		return "<built-in function " + x.Name + ">"
	case *BoundMethod:
		if e, ok := x.Recv.(engine.Expr); ok {
			return fmt.Sprintf("<bound method %s.%s of %s>", "Expr", x.Name, in.repr(e))
		}
		return fmt.Sprintf("<built-in method %s of %s object at %s>", x.Name, typeName(x.Recv), fakeAddr(x))
	case *pyObject:
		return x.Repr
	case *Module:
		if x.Name == "sympy" {
			return "<module 'sympy' from '/usr/lib/python3/site-packages/sympy/__init__.py'>"
		}
		return "<module '" + x.Name + "' (built-in)>"
	case *Class:
		switch {
		case x.Bare:
			return x.Name
		case x.Module == "sympy":
			return "<class '" + sympyClassPath(x.Name) + "'>"
		case x.Module != "":
			return "<class '" + x.Module + "." + x.Name + "'>"
		}
		return "<class '" + x.Name + "'>"
	case *FuncClass:
		return x.Def.Name
	case *lambdaValue:
		return x.str(in)
	case *ExcValue:
		args := x.Args
		if len(args) == 1 {
			return x.Class.Name + "(" + in.repr(args[0]) + ")"
		}
		return x.Class.Name + "(" + in.joinRepr(args) + ")"
	case *Relational:
		return x.Str()
	case engine.Expr:
		return exprStr(x)
	}
	if s, ok := extRepr(in, v); ok {
		return s
	}
	return fmt.Sprintf("<%s object>", typeName(v))
}

func (in *interp) joinRepr(xs []Value) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = in.repr(x)
	}
	return strings.Join(parts, ", ")
}

var addrs = map[any]uintptr{}

func fakeAddr(p any) string {
	a, ok := addrs[p]
	if !ok {
		a = 0x7f3a2c000000 + uintptr(len(addrs)+1)*0x40
		addrs[p] = a
	}
	return fmt.Sprintf("0x%012x", a)
}

func reflectPtr(p any) uintptr {
	a, ok := addrs[p]
	if !ok {
		fakeAddr(p)
		a = addrs[p]
	}
	return a
}

// floatRepr is Python's repr of a float: the shortest string that
// round-trips, in fixed notation for exponents -4 <= e < 16.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		out += fmt.Sprintf("e%s%02d", sign, exp)
	} else if exp < 0 {
		out = "0." + repeatStr("0", -exp-1) + digits
	} else if len(digits) <= exp+1 {
		out = digits + repeatStr("0", exp+1-len(digits)) + ".0"
	} else {
		out = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}

func complexRepr(c complex128) string {
	im := imagRepr(imag(c))
	if real(c) == 0 && !math.Signbit(real(c)) {
		return im + "j"
	}
	re := imagRepr(real(c))
	sign := "+"
	if imag(c) < 0 || (imag(c) == 0 && math.Signbit(imag(c))) || math.IsNaN(imag(c)) && false {
		sign = "-"
		im = imagRepr(-imag(c))
	}
	return "(" + re + sign + im + "j)"
}

// imagRepr formats a complex component: repr without a trailing ".0".
func imagRepr(f float64) string {
	s := floatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// strRepr is Python's repr of a str.
func strRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError:
			b.WriteString(`\ufffd`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r > 0x7f && !unicode.IsPrint(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func asciiRepr(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

// ---- format() and format specs ----

type fmtSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	grouping  byte
	precision int // -1 when absent
	typ       byte
}

func parseSpec(spec string) (fmtSpec, bool) {
	fs := fmtSpec{fill: ' ', precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	fillGiven := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		fs.fill, fs.align = rs[0], byte(rs[1])
		i = 2
		fillGiven = true
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		fs.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		fs.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		fs.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		fs.zero = true
		if !fillGiven {
			fs.fill = '0'
		}
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		fs.width, _ = strconv.Atoi(string(rs[start:i]))
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		fs.grouping = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return fs, false
		}
		fs.precision, _ = strconv.Atoi(string(rs[start:i]))
	}
	if i < len(rs) {
		fs.typ = byte(rs[i])
		i++
	}
	return fs, i == len(rs)
}

// format is Python's format(v, spec).
func (in *interp) format(v Value, spec string) string {
	switch x := v.(type) {
	case *instance:
		return in.instanceFormat(x, spec)
	case string:
		if spec == "" {
			return x
		}
		fs := in.mustSpec(spec)
		if fs.typ != 0 && fs.typ != 's' {
			throw("ValueError", "Unknown format code '%c' for object of type 'str'", fs.typ)
		}
		if fs.precision >= 0 {
			rs := []rune(x)
			if len(rs) > fs.precision {
				x = string(rs[:fs.precision])
			}
		}
		return pad(x, fs, '<')
	case bool:
		if spec == "" {
			return in.str(x)
		}
		return in.format(boolInt(x), spec)
	case *big.Int:
		if spec == "" {
			return x.String()
		}
		return formatInt(x, in.mustNumSpec(spec, "int"))
	case float64:
		if spec == "" {
			return floatRepr(x)
		}
		return formatFloat(x, in.mustNumSpec(spec, "float"))
	case complex128:
		if spec == "" {
			return complexRepr(x)
		}
		return formatComplex(x, in.mustNumSpec(spec, "complex"))
	case engine.Expr:
		return in.formatExpr(x, spec)
	case *ndarray.Array:
		if x.NDim() == 0 {
			// ndarray.__format__ of a 0-d array formats its item
			return in.format(arrayValue(x), spec)
		}
	}
	if spec == "" {
		return in.str(v)
	}
	throw("TypeError", "unsupported format string passed to %s.__format__", typeName(v))
	return ""
}

func (in *interp) mustSpec(spec string) fmtSpec {
	fs, ok := parseSpec(spec)
	if !ok {
		throw("ValueError", "Invalid format specifier '%s' for object of type '%s'", spec, "str")
	}
	if fs.align == '=' {
		throw("ValueError", "'=' alignment not allowed in string format specifier")
	}
	if fs.sign != 0 {
		throw("ValueError", "Sign not allowed in string format specifier")
	}
	return fs
}

// mustNumSpec parses a format spec for a number of the Python type typ:
// the 0 flag means fill '0' and '=' alignment unless they are given.
func (in *interp) mustNumSpec(spec, typ string) fmtSpec {
	fs, ok := parseSpec(spec)
	if !ok {
		throw("ValueError", "Invalid format specifier '%s' for object of type '%s'", spec, typ)
	}
	if fs.zero && fs.align == 0 {
		fs.align = '='
	}
	if fs.align == 0 {
		fs.align = '>'
	}
	return fs
}

// formatExpr is SymPy's Expr.__format__: a Float formats the Decimal of
// its str; another number given a spec starting like "+8.3f" is first
// rounded (Expr.round) and formatted as a Python int or a Float; anything
// else is object.__format__ (str for an empty spec, else TypeError).
func (in *interp) formatExpr(e engine.Expr, spec string) string {
	if fl, ok := e.(*engine.Float); ok {
		s, ok := formatDecimal(exprStr(fl), spec)
		if !ok {
			throw("ValueError", "invalid format string")
		}
		return s
	}
	if prec, ok := sympyFixedPrec(spec); ok && engine.IsNumberExpr(e) {
		if r, ok := in.exprRound(e, big.NewInt(int64(prec))).(engine.Expr); ok {
			switch x := r.(type) {
			case *engine.Integer:
				return in.format(x.Big(), spec)
			case *engine.Float:
				return in.formatExpr(x, spec)
			}
		}
	}
	if spec == "" {
		return exprStr(e)
	}
	throw("TypeError", "unsupported format string passed to %s.__format__", exprTypeName(e))
	return ""
}

// sympyFixedPrec matches the start of spec against SymPy's
// r'\+?\d*\.(\d+)f' and returns the precision digits.
func sympyFixedPrec(spec string) (int, bool) {
	i := 0
	if i < len(spec) && spec[i] == '+' {
		i++
	}
	for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
		i++
	}
	if i >= len(spec) || spec[i] != '.' {
		return 0, false
	}
	i++
	start := i
	for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
		i++
	}
	if i == start || i >= len(spec) || spec[i] != 'f' {
		return 0, false
	}
	n, err := strconv.Atoi(spec[start:i])
	return n, err == nil
}

func pad(s string, fs fmtSpec, dflt byte) string {
	n := utf8.RuneCountInString(s)
	if n >= fs.width {
		return s
	}
	fill := string(fs.fill)
	k := fs.width - n
	align := fs.align
	if align == 0 {
		align = dflt
	}
	switch align {
	case '<':
		return s + repeatStr(fill, k)
	case '^':
		return repeatStr(fill, k/2) + s + repeatStr(fill, k-k/2)
	}
	return repeatStr(fill, k) + s
}

// percentFormat implements str % args.
func (in *interp) percentFormat(f string, arg Value) string {
	var args []Value
	if t, ok := arg.(*Tuple); ok {
		args = t.Items
	} else {
		args = []Value{arg}
	}
	var b strings.Builder
	ai := 0
	rs := []rune(f)
	next := func() Value {
		if ai >= len(args) {
			throw("TypeError", "not enough arguments for format string")
		}
		ai++
		return args[ai-1]
	}
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' {
			b.WriteRune(rs[i])
			continue
		}
		i++
		if i >= len(rs) {
			throw("ValueError", "incomplete format")
		}
		if rs[i] == '%' {
			b.WriteByte('%')
			continue
		}
		start := i
		for i < len(rs) && strings.ContainsRune("-+ #0123456789.", rs[i]) {
			i++
		}
		if i >= len(rs) {
			throw("ValueError", "incomplete format")
		}
		flags := string(rs[start:i])
		conv := rs[i]
		spec := ""
		left := strings.HasPrefix(flags, "-")
		flags = strings.TrimLeft(flags, "-")
		if left {
			spec = "<"
		} else if conv == 's' || conv == 'r' {
			spec = ">"
		}
		spec += flags
		v := next()
		switch conv {
		case 's':
			b.WriteString(in.format(in.str(v), spec))
		case 'r':
			b.WriteString(in.format(in.repr(v), spec))
		case 'd', 'i':
			n := in.toInt(v)
			b.WriteString(in.format(n, spec+"d"))
		case 'f', 'F', 'e', 'E', 'g', 'G':
			b.WriteString(in.format(in.toFloat(v), spec+string(conv)))
		case 'x', 'X', 'o':
			b.WriteString(in.format(in.toInt(v), spec+string(conv)))
		default:
			throw("ValueError", "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
	}
	if ai < len(args) {
		throw("TypeError", "not all arguments converted during string formatting")
	}
	return b.String()
}

// sympyClassPath is the qualified name of a SymPy class.
func sympyClassPath(name string) string {
	mod := "sympy.core.numbers"
	switch name {
	case "Add":
		mod = "sympy.core.add"
	case "Mul":
		mod = "sympy.core.mul"
	case "Pow":
		mod = "sympy.core.power"
	case "Symbol", "Dummy":
		mod = "sympy.core.symbol"
	case "Derivative", "Subs", "Function", "AppliedUndef":
		mod = "sympy.core.function"
	case "Tuple":
		mod = "sympy.core.containers"
	case "Basic", "Atom":
		mod = "sympy.core.basic"
	case "Expr":
		mod = "sympy.core.expr"
	case "StrictLessThan", "LessThan", "StrictGreaterThan", "GreaterThan", "Equality", "Unequality":
		mod = "sympy.core.relational"
	case "MutableDenseMatrix":
		mod = "sympy.matrices.dense"
	case "ImmutableDenseMatrix":
		mod = "sympy.matrices.immutable"
	case "S":
		return "sympy.core.singleton.SingletonRegistry"
	}
	return mod + "." + name
}

// enterRepr marks a container as being printed and reports whether it
// already was (a recursive reference, printed as [...] or {...}).
func (in *interp) enterRepr(p any) bool {
	if in.reprActive == nil {
		in.reprActive = map[any]bool{}
	}
	if in.reprActive[p] {
		return true
	}
	if len(in.reprActive) >= maxDepth {
		throw("RecursionError", "maximum recursion depth exceeded while getting the repr of an object")
	}
	in.reprActive[p] = true
	return false
}

func (in *interp) leaveRepr(p any) { delete(in.reprActive, p) }
