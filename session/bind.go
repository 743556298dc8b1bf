package session

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// This file is the binding machinery: a Python signature, the argument
// unpacker that applies it with CPython's error wording, and the table
// row (binding) that ties a SymPy name to its Go implementation. The
// tables themselves live beside the code they bind (sympy.go,
// calculus.go, matrix.go, ...).

// sympyAPIText is SymPy 1.14's public API: one "name\tkind\tsignature"
// line per public name, written by testdata/gen_sympy_api.py.
//
//go:embed testdata/sympy_api.tsv
var sympyAPIText string

// apiEntry is one public SymPy name.
type apiEntry struct {
	Kind string // function, class, value or module
	Sig  string // "(f, *symbols, **kwargs)" for functions
}

// sympyAPI returns the entry of a dotted SymPy name such as
// "sympy.diff" or "sympy.plotting.plot3d". It searches the embedded
// table by bisection (gen_sympy_api.py writes its rows sorted by name,
// TestSympyAPISorted checks it), so start-up builds no index.
func sympyAPI(name string) (apiEntry, bool) {
	t := sympyAPIText
	lo, hi := 0, len(t) // line starts
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(t[lo:mid], '\n') + 1
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		key, rest, _ := strings.Cut(t[start:end], "\t")
		switch {
		case key == name:
			kind, sig, _ := strings.Cut(rest, "\t")
			return apiEntry{Kind: kind, Sig: sig}, true
		case key < name:
			lo = end + 1
		default:
			hi = start
		}
	}
	return apiEntry{}, false
}

// notImplementedName is the error for a public SymPy name dcalc does not
// bind: dcalc knows the name, so a NameError or AttributeError (which
// suggest a typo) would mislead.
func notImplementedName(qualified string) *Exception {
	return newExc("NotImplementedError", "dcalc does not implement %s yet", qualified)
}

// paramKind is how a parameter may be passed.
type paramKind uint8

const (
	pkPosOnly paramKind = iota // before "/"
	pkPosOrKw                  // the usual kind
	pkVarPos                   // *args
	pkKwOnly                   // after "*" or *args
	pkVarKw                    // **kwargs
)

// param is one parameter of a signature.
type param struct {
	Name    string
	Default string // the default's source text; "" when required
	Kind    paramKind
}

// signature is a parsed Python parameter list.
type signature struct {
	Params []param
}

// parseSignature parses a parameter list as inspect.signature prints it:
// "(f, *symbols, evaluate=True, **kwargs)". Defaults are kept as text.
func parseSignature(s string) (*signature, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return nil, fmt.Errorf("signature %q: want a parenthesised list", s)
	}
	sig := &signature{}
	kind := pkPosOrKw
	for _, part := range splitTopLevel(s[1 : len(s)-1]) {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
			continue
		case part == "/":
			for i := range sig.Params {
				sig.Params[i].Kind = pkPosOnly
			}
			continue
		case part == "*":
			kind = pkKwOnly
			continue
		}
		p := param{Kind: kind}
		if strings.HasPrefix(part, "**") {
			p.Kind, part = pkVarKw, part[2:]
		} else if strings.HasPrefix(part, "*") {
			p.Kind, part = pkVarPos, part[1:]
			kind = pkKwOnly
		}
		name, def, hasDef := strings.Cut(part, "=")
		p.Name = strings.TrimSpace(name)
		if hasDef {
			p.Default = strings.TrimSpace(def)
		}
		sig.Params = append(sig.Params, p)
	}
	return sig, nil
}

// splitTopLevel splits s at the commas outside brackets and quotes.
func splitTopLevel(s string) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case c == ',' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// String formats the signature as inspect.signature does.
func (sig *signature) String() string {
	var parts []string
	star := false
	for i, p := range sig.Params {
		s := p.Name
		switch p.Kind {
		case pkVarPos:
			s, star = "*"+s, true
		case pkVarKw:
			s = "**" + s
		case pkKwOnly:
			if !star {
				parts = append(parts, "*")
				star = true
			}
		}
		if p.Default != "" {
			s += "=" + p.Default
		}
		parts = append(parts, s)
		if p.Kind == pkPosOnly && (i+1 == len(sig.Params) || sig.Params[i+1].Kind != pkPosOnly) {
			parts = append(parts, "/")
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// callArgs are the arguments of one call after they have been matched to
// a signature.
type callArgs struct {
	// Self is the receiver of a method call.
	Self  Value
	sig   *signature
	vals  []Value // per parameter; nil when not given
	rest  []Value // the *args
	extra []kwArg // the **kwargs
}

// Has reports whether the parameter name was given.
func (a *callArgs) Has(name string) bool {
	v, _ := a.lookup(name)
	return v != nil
}

// Get returns the value given for the parameter name, or nil.
func (a *callArgs) Get(name string) Value {
	v, _ := a.lookup(name)
	return v
}

// Or returns the value given for name, or def when it was not given.
func (a *callArgs) Or(name string, def Value) Value {
	if v := a.Get(name); v != nil {
		return v
	}
	return def
}

// Rest returns the *args.
func (a *callArgs) Rest() []Value { return a.rest }

// Extra returns the keyword arguments gathered by **kwargs.
func (a *callArgs) Extra() []kwArg { return a.extra }

// lookup finds name among the parameters, then among the extra
// keywords (a keyword SymPy takes through **kwargs, such as diff's
// evaluate).
func (a *callArgs) lookup(name string) (Value, bool) {
	for i, p := range a.sig.Params {
		if p.Name == name {
			return a.vals[i], true
		}
	}
	for _, k := range a.extra {
		if k.Name == name {
			return k.Value, true
		}
	}
	return nil, false
}

// bind matches positional and keyword arguments to the signature, with
// the TypeErrors CPython raises for a Python function named fn.
func (sig *signature) bind(fn string, args []Value, kw []kwArg) *callArgs {
	a := &callArgs{sig: sig, vals: make([]Value, len(sig.Params))}
	nPos, hasVarPos, hasVarKw := 0, false, false
	for _, p := range sig.Params {
		switch p.Kind {
		case pkPosOnly, pkPosOrKw:
			nPos++
		case pkVarPos:
			hasVarPos = true
		case pkVarKw:
			hasVarKw = true
		}
	}
	for i, v := range args {
		if i < nPos {
			a.vals[i] = v
			continue
		}
		if !hasVarPos {
			throw("TypeError", "%s", tooManyPositional(fn, sig, len(args), kw))
		}
		a.rest = append(a.rest, v)
	}
	var posOnlyKw []string
	for _, k := range kw {
		i := sig.index(k.Name)
		switch {
		case i < 0 || sig.Params[i].Kind == pkVarPos || sig.Params[i].Kind == pkVarKw:
			if !hasVarKw {
				throw("TypeError", "%s() got an unexpected keyword argument '%s'", fn, k.Name)
			}
			a.extra = append(a.extra, k)
		case sig.Params[i].Kind == pkPosOnly:
			if !hasVarKw {
				posOnlyKw = append(posOnlyKw, k.Name)
				continue
			}
			a.extra = append(a.extra, k)
		case a.vals[i] != nil:
			throw("TypeError", "%s() got multiple values for argument '%s'", fn, k.Name)
		default:
			a.vals[i] = k.Value
		}
	}
	if len(posOnlyKw) > 0 {
		throw("TypeError", "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn, strings.Join(posOnlyKw, ", "))
	}
	var missingPos, missingKw []string
	for i, p := range sig.Params {
		if a.vals[i] != nil || p.Default != "" {
			continue
		}
		switch p.Kind {
		case pkPosOnly, pkPosOrKw:
			missingPos = append(missingPos, "'"+p.Name+"'")
		case pkKwOnly:
			missingKw = append(missingKw, "'"+p.Name+"'")
		}
	}
	if len(missingPos) > 0 {
		throw("TypeError", "%s() missing %d required positional argument%s: %s", fn, len(missingPos), pluralS(len(missingPos)), pyList(missingPos))
	}
	if len(missingKw) > 0 {
		throw("TypeError", "%s() missing %d required keyword-only argument%s: %s", fn, len(missingKw), pluralS(len(missingKw)), pyList(missingKw))
	}
	return a
}

func (sig *signature) hasVarKw() bool {
	for _, p := range sig.Params {
		if p.Kind == pkVarKw {
			return true
		}
	}
	return false
}

func (sig *signature) index(name string) int {
	for i, p := range sig.Params {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// tooManyPositional is CPython's message for a call with too many
// positional arguments (ceval.c too_many_positional).
func tooManyPositional(fn string, sig *signature, given int, kw []kwArg) string {
	atLeast, most := 0, 0
	for _, p := range sig.Params {
		if p.Kind == pkPosOnly || p.Kind == pkPosOrKw {
			most++
			if p.Default == "" {
				atLeast++
			}
		}
	}
	takes := fmt.Sprint(most)
	if atLeast != most {
		takes = fmt.Sprintf("from %d to %d", atLeast, most)
	}
	kwGiven := 0
	for _, k := range kw {
		if i := sig.index(k.Name); i >= 0 && sig.Params[i].Kind == pkKwOnly {
			kwGiven++
		}
	}
	extra := ""
	if kwGiven > 0 {
		extra = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", pluralS(given), kwGiven, pluralS(kwGiven))
	}
	verb := "were"
	if given == 1 && kwGiven == 0 {
		verb = "was"
	}
	return fmt.Sprintf("%s() takes %s positional argument%s but %d%s %s given", fn, takes, pluralS(most), given, extra, verb)
}

// pyList joins quoted names as CPython's error messages do: "'a'",
// "'a' and 'b'", "'a', 'b', and 'c'".
func pyList(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// binding is one row of a namespace table: a name, its Python signature,
// the parameters the implementation honours, a one-line doc and the
// implementation.
type binding struct {
	// Name is the name bound in the namespace.
	Name string
	// Sig is the signature; "" takes SymPy's own from sympy_api.tsv.
	Sig string
	// API is the row's name in sympy_api.tsv when it is not Name, such
	// as "Expr.diff" for a method.
	API string
	// Honours lists the parameters with defaults that Fn reads, the
	// keywords it reads from **kwargs (such as diff's evaluate), and "**"
	// when Fn takes any keyword. A parameter not listed may only be
	// given with its default value: any other value, or another keyword,
	// raises NotImplementedError naming it, so no keyword is silently
	// ignored.
	Honours string
	// Doc is a one-line description for help() and docs.
	Doc string
	// Fn is the implementation.
	Fn func(in *interp, a *callArgs) Value
	// Settings names the SymPy function whose keyword-only parameters
	// are the valid extra keywords (pprint takes pretty's settings).
	Settings string
	// UnknownKw is the TypeError for a keyword that is not a valid
	// setting, when SymPy words it its own way ("Unknown setting '%s'.").
	UnknownKw string

	once    sync.Once
	sig     *signature
	errName string // the name CPython's errors use: "diff", "Basic.subs"
	uses    map[string]bool
}

// signature returns the row's parsed signature.
func (b *binding) signature() *signature {
	b.once.Do(func() {
		text, api := b.Sig, b.API
		if api == "" {
			api = b.Name
		}
		b.errName = api
		if text == "" {
			e, ok := sympyAPI("sympy." + api)
			if !ok || e.Sig == "" {
				panic("binding " + api + ": no signature and none in sympy_api.tsv")
			}
			text = e.Sig
			if i := strings.IndexByte(text, '('); i > 0 { // a method's qualified name
				b.errName, text = text[:i], text[i:]
			}
		}
		sig, err := parseSignature(text)
		if err != nil {
			panic("binding " + b.Name + ": " + err.Error())
		}
		b.sig = sig
		b.uses = map[string]bool{}
		for _, n := range strings.Fields(b.Honours) {
			if n != "**" && sig.index(n) < 0 && !sig.hasVarKw() {
				panic("binding " + b.Name + ": honours unknown parameter " + n)
			}
			b.uses[n] = true
		}
	})
	return b.sig
}

// call binds the arguments, refuses what the implementation does not
// honour, and runs it.
func (b *binding) call(in *interp, args []Value, kw []kwArg) Value {
	return b.callSelf(in, nil, args, kw)
}

// callSelf is call for a method of self.
func (b *binding) callSelf(in *interp, self Value, args []Value, kw []kwArg) Value {
	sig := b.signature()
	if b.UnknownKw != "" && !sig.hasVarKw() {
		for _, k := range kw {
			if sig.index(k.Name) < 0 {
				throw("TypeError", b.UnknownKw, k.Name)
			}
		}
	}
	a := sig.bind(b.errName, args, kw)
	a.Self = self
	for i, p := range sig.Params {
		v := a.vals[i]
		if v == nil || p.Default == "" || b.uses[p.Name] {
			continue
		}
		if in.repr(v) != p.Default {
			throw("NotImplementedError", "dcalc's %s() does not support %s=%s yet", b.errName, p.Name, in.repr(v))
		}
	}
	for _, k := range a.extra {
		if b.uses[k.Name] || b.uses["**"] {
			continue
		}
		def, valid := b.setting(k.Name)
		if valid && in.repr(k.Value) == def {
			continue // a setting given its default value
		}
		if b.UnknownKw != "" && !valid {
			throw("TypeError", b.UnknownKw, k.Name)
		}
		throw("NotImplementedError", "dcalc's %s() does not support %s=%s yet", b.errName, k.Name, in.repr(k.Value))
	}
	if r, ok := a.first().(*Relational); ok && self == nil && len(args) > 0 {
		switch {
		case relationAsIs[b.Name]:
			return r // cancel and powsimp leave a relation as it is
		case sidewise[b.Name]:
			// the function taken on each side, the relation built
			// again (expand(Eq((x + 1)**2, 0)) is Eq(x**2 + 2*x + 1, 0))
			side := func(e Value) Value {
				return b.callSelf(in, nil, append([]Value{e}, args[1:]...), kw)
			}
			return relCtor(r.Op)(in, []Value{side(r.Lhs), side(r.Rhs)}, nil)
		}
	}
	return b.Fn(in, a)
}

// sidewise are the functions SymPy applies to both sides of a relation
// given as their expression (they map over a Basic's arguments).
var sidewise = map[string]bool{
	"expand": true, "factor": true, "together": true, "trigsimp": true,
	"expand_trig": true, "radsimp": true, "expand_log": true, "signsimp": true,
	"expand_mul": true, "factor_terms": true, "logcombine": true,
}

// relationAsIs are the functions that return a relation unchanged.
var relationAsIs = map[string]bool{"cancel": true, "powsimp": true}

// first is the first positional argument given, or nil.
func (a *callArgs) first() Value {
	if len(a.sig.Params) == 0 || (a.sig.Params[0].Kind != pkPosOrKw && a.sig.Params[0].Kind != pkPosOnly) {
		return nil
	}
	return a.vals[0]
}

// setting looks name up among the keyword-only parameters of the SymPy
// function b.Settings: its default's text, and whether it is one.
func (b *binding) setting(name string) (def string, ok bool) {
	e, found := sympyAPI("sympy." + b.Settings)
	if b.Settings == "" || !found {
		return "", false
	}
	sig, err := parseSignature(e.Sig)
	if err != nil {
		return "", false
	}
	i := sig.index(name)
	if i < 0 || sig.Params[i].Kind != pkKwOnly {
		return "", false
	}
	return sig.Params[i].Default, true
}

// method makes the bound method of the row for self.
func (b *binding) method(self Value) *BoundMethod {
	return &BoundMethod{Recv: self, Name: b.Name, Fn: b.callSelf}
}

// builtin makes the Python value of the row.
func (b *binding) builtin() *Builtin {
	return &Builtin{Name: b.Name, Fn: b.call, Doc: b.Doc, bind: b}
}

// installTable binds every row of table in ns.
func installTable(ns map[string]Value, table []*binding) {
	for _, b := range table {
		ns[b.Name] = b.builtin()
	}
}

// keywords returns the keyword-only parameters that were given and the
// extra keywords, as keyword arguments: for implementations that read
// their options from a keyword list.
func (a *callArgs) keywords() []kwArg {
	var kw []kwArg
	for i, p := range a.sig.Params {
		if p.Kind == pkKwOnly && a.vals[i] != nil {
			kw = append(kw, kwArg{Name: p.Name, Value: a.vals[i]})
		}
	}
	return append(kw, a.extra...)
}

// legacy returns the call as positional arguments (the positional
// parameters up to the first one not given, then *args) and keywords
// (positional parameters given after a gap, then those of keywords):
// for implementations written before the tables.
func (a *callArgs) legacy() (args []Value, kw []kwArg) {
	gap := false
	for i, p := range a.sig.Params {
		if p.Kind != pkPosOnly && p.Kind != pkPosOrKw {
			continue
		}
		switch {
		case a.vals[i] == nil:
			gap = true
		case gap:
			kw = append(kw, kwArg{Name: p.Name, Value: a.vals[i]})
		default:
			args = append(args, a.vals[i])
		}
	}
	return append(args, a.rest...), append(kw, a.keywords()...)
}

// legacyRow makes a table row for an implementation that takes its
// arguments as a positional list and a keyword list (see
// callArgs.legacy); it honours no parameter with a default, so any
// option raises NotImplementedError unless given its default value.
func legacyRow(name, sig string, fn func(in *interp, args []Value, kw []kwArg) Value) *binding {
	return &binding{Name: name, Sig: sig, Fn: func(in *interp, a *callArgs) Value {
		args, kw := a.legacy()
		return fn(in, args, kw)
	}}
}

// tableRows indexes the rows of the sympy namespace tables and of the
// expression method table by name, for help().
var tableRows = map[string]*binding{}

func init() {
	for _, t := range [][]*binding{sympyTable, calculusTable, setsTable, monotonicRows, rangeRows, polyTable, factorTable, gcdTable, lambdifyTable, textplotTable, plotTable, ndimTable, ntheoryTable, odeTable,
		traversalTable, cseTable, orthoPolyTable, initSessionTable} {
		for _, b := range t {
			tableRows[b.Name] = b
		}
	}
}

// tableRow returns the row bound to name: a sympy function, or else an
// expression method; nil when no table binds name.
func tableRow(name string) *binding {
	if b, ok := tableRows[name]; ok {
		return b
	}
	return exprMethodIndex[name]
}

// displaySignature is the row's call as help() shows it:
// "diff(f, *symbols, **kwargs)", or "expr.subs(arg1, arg2=None, **kwargs)"
// for a method.
func (b *binding) displaySignature() string {
	sig := b.signature().String()
	if strings.HasPrefix(b.API, "Expr.") {
		return "expr." + b.Name + sig
	}
	return b.Name + sig
}

// unhonoured lists the options of the row's signature that its
// implementation does not read.
func (b *binding) unhonoured() []string {
	var out []string
	for _, p := range b.signature().Params {
		if p.Default != "" && !b.uses[p.Name] {
			out = append(out, p.Name)
		}
	}
	return out
}
