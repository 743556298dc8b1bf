package engine

import (
	"fmt"
	"sort"
	"sync"

	"github.com/dcalc/dcalc/engine/mpf"
)

// FuncDef describes a function: a built-in such as sin or log, or an
// undefined function made by Function('f'). A built-in is declared once
// (builtin) as a handle that code compares by pointer (f.def == fnExp),
// never by name, so an undefined function that happens to be called exp
// is never taken for the built-in; its family's file gives it its hooks.
type FuncDef struct {
	// Name is the printed name.
	Name string
	// Assume are the assumptions of an undefined function's values.
	Assume Assumptions
	// NArgs lists the allowed argument counts; nil allows any count.
	NArgs []int
	// Undefined marks functions made by Function('f'), which never evaluate.
	Undefined bool
	// ClassKey is SymPy's Function.class_key middle element (exp 10, log
	// 11, sin 20, ...; 0 for undefined functions, 10000 for others); it
	// orders functions for printing.
	ClassKey int
	h        uint64
	// rank is rankOf(Name), set when the definition is made (0: compute).
	rank int
	hooks
}

// hooks are what a built-in function knows how to do, each SymPy's
// method of the same role; a nil hook is one the function lacks (the
// registry test checks each is present or declared absent in lacks).
type hooks struct {
	// eval returns the evaluated form of the call, or nil to keep it
	// unevaluated (SymPy's eval classmethod). Args are already canonical.
	eval func(args []Expr) Expr
	// imagArg rewrites f(c*I) for c free of I (sin(c*I) = I*sinh(c));
	// applied before eval, as the eval methods do first.
	imagArg func(c Expr) Expr
	// fdiff returns the derivative with respect to argument i (0-based),
	// or nil when unknown (SymPy's fdiff).
	fdiff func(args []Expr, i int) Expr
	// fdiffSelf marks functions that are their own derivative (exp):
	// SymPy's fdiff returns self, so the call is not evaluated again.
	fdiffSelf bool
	// evalf is the numeric evaluation at any precision (fnevalf.go).
	evalf evalfHook
	// evalc is the machine-precision complex value (evalc.go: plots,
	// lambdify-style evaluation, numeric sampling).
	evalc func(z []complex128) (complex128, bool)
	// real is the is_real assumption of a call with these arguments.
	real func(args []Expr) Tri
	// holomorphic marks f with conjugate(f(z)) = f(conjugate(z)).
	holomorphic bool
	// series is how a one-argument call is expanded about a point:
	// by Taylor's formula (taylorSeries) or through a rewritten form
	// (for functions with a pole at 0: cot as cos/sin ...).
	series seriesHook
	// tex and pretty print the calls that SymPy's printers draw in their
	// own notation (exp as e^x, Abs as |x|, factorial as n! ...); tex is
	// given the printed arguments and the exponent ("" for none) and
	// returns "" for the ordinary f(x) form; pretty returns nil for it.
	tex    func(p *texPrinter, f *Func, args []string, exp string) string
	pretty func(p *prettyPrinter, f *Func) *pict
	// str prints the call when SymPy's StrPrinter has its own form
	// (Limit's dir='+'); "" for name(args).
	str func(p *strPrinter, f *Func) string
	// notFunction marks SymPy classes that are not Functions (Max, Min,
	// Integral, Limit): they sort by Basic.class_key, (5, 0, name).
	notFunction bool
	// boolean marks SymPy's Booleans (relations, And, Or, Not, Xor,
	// true, false: logic.go): truth values, never numbers.
	boolean bool
	// lacks names the hooks among eval, fdiff, evalf, evalc, real and
	// series that the function does not have, each with the reason.
	lacks map[string]string
}

// Func is an applied function f(args...).
type Func struct {
	def  *FuncDef
	args []Expr
	h    uint64
	sm   uint64
	key  keyCache
}

var funcRegistry = map[string]*FuncDef{}

// builtin declares the built-in function name, taking nargs arguments
// (none given: any number): the handle exists before any init, so tables
// can be keyed by it; its family's init gives it its hooks.
func builtin(name string, classKey int, nargs ...int) *FuncDef {
	d := &FuncDef{Name: name, NArgs: nargs, ClassKey: classKey}
	if d.ClassKey == 0 {
		d.ClassKey = 10000
	}
	d.h = hashString("func:" + d.Name)
	d.rank = rankOf(d.Name)
	funcRegistry[d.Name] = d
	return d
}

// LookupFunc returns the built-in function called name, or nil.
func LookupFunc(name string) *FuncDef { return funcRegistry[name] }

// FuncNames returns the names of all built-in functions, sorted.
func FuncNames() []string {
	var ns []string
	for n := range funcRegistry {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// undefinedFuncs interns undefined functions by name, so that
// Function('f') made twice (a re-run cell, another session) is one
// definition, as in SymPy, where such functions compare by name and
// assumptions: Equal compares definitions by pointer.
var undefinedFuncs sync.Map // name → *FuncDef

// UndefinedFunction returns the undefined function called name, as
// SymPy's Function('f'). Every call with the same name returns the same
// definition.
func UndefinedFunction(name string) *FuncDef {
	return UndefinedFunctionWith(name, Assumptions{})
}

// UndefinedFunctionWith is Function(name, **assumptions): its values
// have the facts of a symbol with those assumptions (Function('f',
// real=True)(x) is real). Functions with the same name and assumptions
// are one definition; other assumptions make another.
func UndefinedFunctionWith(name string, a Assumptions) *FuncDef {
	a = a.normalize()
	key := name
	if a != (Assumptions{}) {
		key = fmt.Sprintf("%s\x00%d", name, a.bits())
	}
	if d, ok := undefinedFuncs.Load(key); ok {
		return d.(*FuncDef)
	}
	d := &FuncDef{Name: name, Undefined: true, Assume: a, h: hashString("ufunc:" + name), rank: rankOf(name)}
	actual, _ := undefinedFuncs.LoadOrStore(key, d)
	return actual.(*FuncDef)
}

// assumedSymbol stands for an applied undefined function with
// assumptions: its facts are those of a symbol with the same
// assumptions. Anything else is returned as it is.
func assumedSymbol(e Expr) Expr {
	if f, ok := e.(*Func); ok && f.def.Undefined && f.def.Assume != (Assumptions{}) {
		return NewSymbol("_"+f.def.Name, f.def.Assume)
	}
	return e
}

// Def returns the function's definition.
func (f *Func) Def() *FuncDef { return f.def }

// Name returns the function's name.
func (f *Func) Name() string { return f.def.Name }

// Args implements Expr.
func (f *Func) Args() []Expr { return f.args }

// Hash implements Expr.
func (f *Func) Hash() uint64 { return f.h }
func (f *Func) kind() kind   { return kFunc }

// Error is an engine error that maps to a Python exception: Type is the
// exception class name ("TypeError", "ValueError", ...).
type Error struct {
	Type string
	Msg  string
}

// Error implements error.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func errorf(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Msg: fmt.Sprintf(format, args...)}
}

// Apply calls the function d on args, evaluating as SymPy does. It fails
// with a TypeError when the number of arguments is wrong.
func Apply(d *FuncDef, args ...Expr) (Expr, error) {
	if d.NArgs != nil {
		ok := false
		for _, n := range d.NArgs {
			if n == len(args) {
				ok = true
			}
		}
		if !ok {
			return nil, errorf("TypeError", "%s takes %s but %d %s given", d.Name, nargsText(d.NArgs), len(args), wasWere(len(args)))
		}
	}
	if !d.boolean && d != fnPiecewise { // (a piece or a side may be nan)
		for _, a := range args {
			if a == NaN {
				return NaN, nil
			}
		}
	}
	if r := d.evaluate(args); r != nil {
		return r, nil
	}
	return newFunc(d, args), nil
}

// evaluate is d's automatic evaluation of a call with canonical args
// (its imagArg rule, then its eval), or nil when the call stays as it is.
func (d *FuncDef) evaluate(args []Expr) Expr {
	if d.imagArg != nil && len(args) == 1 && !isFloat(args[0]) {
		if c := imagCoeff(args[0]); c != nil {
			return d.imagArg(c)
		}
	}
	if d.eval != nil {
		if r := d.eval(args); r != nil {
			return r
		}
	}
	return d.floatArgs(args)
}

// floatArgs is the end of SymPy's Function.__new__: a call that stays
// unevaluated although every argument is a Float (or a sum a + b*I of
// numbers with a Float) is evaluated numerically at the largest of their
// precisions (Ei(2.5) is 7.07376589457860). A value dcalc cannot compute
// there raises NotImplementedError rather than stay a call SymPy would
// have evaluated. Classes that are not Functions (Max, Integral ...) and
// undefined functions never do this.
func (d *FuncDef) floatArgs(args []Expr) Expr {
	if d.evalf == nil || d.notFunction || d.Undefined || len(args) == 0 {
		return nil
	}
	hi := 0
	for _, a := range args {
		p := shouldEvalf(a)
		if p <= 0 {
			return nil // (most calls stop at their first argument)
		}
		hi = max(hi, p)
	}
	r, err := Evalf(newFunc(d, args), mpf.PrecToDps(hi), nil)
	if err != nil {
		panic(err)
	}
	if f, ok := r.(*Func); ok && f.def == d {
		panic(notImpl(fmt.Sprintf("dcalc cannot evaluate %s numerically, as SymPy does for Float arguments", Str(f))))
	}
	return r
}

// shouldEvalf is Function._should_evalf: a Float's precision in bits,
// the larger part's for a pure complex sum of numbers holding a Float,
// and -1 for anything else.
func shouldEvalf(a Expr) int {
	if f, ok := a.(*Float); ok {
		return int(f.Prec())
	}
	s, ok := a.(*Add)
	if !ok || len(s.args) != 2 {
		return -1 // a pure complex a + b*I has two terms
	}
	re, im, ok := pureComplex(s)
	if !ok {
		return -1
	}
	return max(numPrec(re), numPrec(im))
}

// numPrec is Number._prec: a Float's precision, -1 for exact numbers.
func numPrec(n Expr) int {
	if f, ok := n.(*Float); ok {
		return int(f.Prec())
	}
	return -1
}

// MustApply is Apply for callers that pass a valid argument count.
func MustApply(d *FuncDef, args ...Expr) Expr {
	r, err := Apply(d, args...)
	if err != nil {
		panic(err)
	}
	return r
}

// call applies the built-in d (a handle such as fnSin) to args.
func (d *FuncDef) call(args ...Expr) Expr { return MustApply(d, args...) }

// isCall reports whether e is a call of the built-in d, returning it.
func isCall(e Expr, d *FuncDef) (*Func, bool) {
	f, ok := e.(*Func)
	if !ok || f.def != d {
		return nil, false
	}
	return f, true
}

// isCallOf reports whether e is a call of one of the built-ins ds.
func isCallOf(e Expr, ds ...*FuncDef) bool {
	if f, ok := e.(*Func); ok {
		for _, d := range ds {
			if f.def == d {
				return true
			}
		}
	}
	return false
}

func newFunc(d *FuncDef, args []Expr) *Func {
	h := d.h
	if d.Undefined {
		h = hashString("ufunc:" + d.Name)
	}
	return &Func{def: d, args: args, h: hashArgs(kFunc, h, args), sm: maskArgs(args)}
}

func nargsText(ns []int) string {
	if len(ns) == 1 {
		if ns[0] == 1 {
			return "exactly 1 argument"
		}
		return fmt.Sprintf("exactly %d arguments", ns[0])
	}
	s := ""
	for i, n := range ns {
		if i > 0 {
			if i == len(ns)-1 {
				s += " or "
			} else {
				s += ", "
			}
		}
		s += fmt.Sprint(n)
	}
	return s + " arguments"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// VarCount is one differentiation variable with its order.
type VarCount struct {
	Var   Expr
	Count int
}

// Derivative is an unevaluated derivative of Expr with respect to
// Vars (SymPy's Derivative).
type Derivative struct {
	args []Expr // expr, then the variables
	vars []VarCount
	h    uint64
	sm   uint64
	key  keyCache
}

// NewDerivative returns the unevaluated Derivative(e, vars...), merging
// adjacent repeats of the same variable as SymPy does.
func NewDerivative(e Expr, vars []VarCount) *Derivative {
	var vc []VarCount
	if d, ok := e.(*Derivative); ok {
		e = d.args[0]
		vc = append(vc, d.vars...)
	}
	for _, v := range vars {
		if n := len(vc); n > 0 && Equal(vc[n-1].Var, v.Var) {
			vc[n-1].Count += v.Count
			continue
		}
		vc = append(vc, v)
	}
	args := make([]Expr, 1, len(vc)+1)
	args[0] = e
	h := uint64(0)
	for _, v := range vc {
		args = append(args, v.Var)
		h = mix(h, uint64(v.Count))
	}
	return &Derivative{args: args, vars: vc, h: hashArgs(kDerivative, h, args), sm: maskArgs(args)}
}

// Expr returns the expression being differentiated.
func (d *Derivative) Expr() Expr { return d.args[0] }

// Vars returns the variables with their counts.
func (d *Derivative) Vars() []VarCount { return d.vars }

// Args implements Expr: the expression followed by the variables.
func (d *Derivative) Args() []Expr { return d.args }

// Hash implements Expr.
func (d *Derivative) Hash() uint64 { return d.h }
func (d *Derivative) kind() kind   { return kDerivative }

// Subs is an unevaluated substitution Subs(expr, vars, points).
type Subs struct {
	args  []Expr // expr, *Tuple vars, *Tuple points
	canon Expr   // subsCanon: what equality and the hash compare
	h     uint64
	sm    uint64
	key   keyCache
}

// NewSubs returns the unevaluated Subs(e, vars, points). A Subs of a
// Subs is denested as SymPy does: Subs(Subs(e, a, p), b, q) is
// Subs(e, (a, b), (p, q)).
func NewSubs(e Expr, vars, points []Expr) *Subs {
	if in, ok := e.(*Subs); ok {
		vars = append(append([]Expr{}, in.Vars()...), vars...)
		points = append(append([]Expr{}, in.Points()...), points...)
		e = in.Expr()
	}
	args := []Expr{e, NewTuple(vars...), NewTuple(points...)}
	c := subsCanon(e, vars, points)
	return &Subs{args: args, canon: c, h: hashArgs(kSubs, 0, []Expr{c}), sm: maskArgs(args)}
}

// subsCanon is Subs._hashable_content: the expression with each variable
// replaced by a symbol named after its point ("_" + str(point)), then the
// variable-point pairs of variables the expression lacks, in canonical
// order. Two Subs with the same content are equal (2*Subs(x, x, 0) ==
// Subs(x, x, 0) + Subs(y, y, 0)).
func subsCanon(e Expr, vars, points []Expr) Expr {
	reps := make([][2]Expr, len(vars))
	var extra []Expr
	for i, v := range vars {
		reps[i] = [2]Expr{v, NewSymbol("_"+Str(points[i]), Assumptions{})}
		if !Has(e, v) {
			extra = append(extra, NewTuple(v, points[i]))
		}
	}
	sort.Slice(extra, func(i, j int) bool { return Compare(extra[i], extra[j]) < 0 })
	return NewTuple(append([]Expr{Xreplace(e, reps)}, extra...)...)
}

// Expr returns the expression substituted into.
func (s *Subs) Expr() Expr { return s.args[0] }

// Vars returns the substituted variables.
func (s *Subs) Vars() []Expr { return s.args[1].Args() }

// Points returns the values substituted for Vars.
func (s *Subs) Points() []Expr { return s.args[2].Args() }

// Args implements Expr.
func (s *Subs) Args() []Expr { return s.args }

// Hash implements Expr.
func (s *Subs) Hash() uint64 { return s.h }
func (s *Subs) kind() kind   { return kSubs }
