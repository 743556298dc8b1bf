package engine

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"sync/atomic"
)

// Expr is an immutable symbolic expression. The concrete types are
// *Integer, *Rational, *Float, *Special, *Constant, *Symbol, *Add, *Mul,
// *Pow, *Func, *Derivative, *Subs and *Tuple. Expressions are built with
// the exported constructors, which put them in SymPy's canonical form.
type Expr interface {
	// Hash returns a structural hash: equal expressions hash equally.
	Hash() uint64
	// Args returns the operands (nil for atoms). The slice must not be
	// modified.
	Args() []Expr
	// String returns SymPy's str() form.
	String() string
	kind() kind
}

// kind orders the expression types; the order follows SymPy's
// ordering_of_classes so that canonical argument order matches.
type kind uint8

const (
	kNumber kind = iota // Integer, Rational, Float, Special (oo, zoo, nan)
	kConstant
	kSymbol
	kPow
	kMul
	kAdd
	kDerivative
	kFunc
	kSubs
	kTuple
)

var seed = maphash.MakeSeed()

func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return bits.RotateLeft64(h*0xff51afd7ed558ccd, 31)
}

func hashString(s string) uint64 { return maphash.String(seed, s) }

func hashArgs(k kind, tag uint64, args []Expr) uint64 {
	h := mix(uint64(k)+1, tag)
	for _, a := range args {
		h = mix(h, a.Hash())
	}
	return h
}

// Equal reports whether a and b are structurally equal, as SymPy's == does.
func Equal(a, b Expr) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	if a.Hash() != b.Hash() || a.kind() != b.kind() {
		return false
	}
	switch x := a.(type) {
	case *Integer, *Rational, *Float, *Special:
		return numEqual(a, b)
	case *Constant:
		return x.name == b.(*Constant).name
	case *Symbol:
		y := b.(*Symbol)
		return x.name == y.name && x.dummy == y.dummy && x.assume == y.assume && (x.base == nil) == (y.base == nil)
	case *Func:
		if x.def != b.(*Func).def {
			return false
		}
	case *Subs:
		return Equal(x.canon, b.(*Subs).canon)
	case *Derivative:
		y := b.(*Derivative)
		if len(x.vars) != len(y.vars) {
			return false
		}
		for i := range x.vars {
			if x.vars[i].Count != y.vars[i].Count {
				return false
			}
		}
	}
	xa, ya := a.Args(), b.Args()
	if len(xa) != len(ya) {
		return false
	}
	for i := range xa {
		if !Equal(xa[i], ya[i]) {
			return false
		}
	}
	return true
}

// Symbol is a named scalar variable, possibly with assumptions.
type Symbol struct {
	name   string
	dummy  int // >0 for Dummy symbols (printed with a leading underscore)
	assume Assumptions
	h      uint64
	key    keyCache
	base   *baseScalar // a coordinate of a CoordSys3D (SymPy's BaseScalar)
}

// Assumptions are the facts declared for a Symbol, as in
// Symbol('n', integer=True). Unset fields are unknown.
type Assumptions struct {
	Integer     bool
	Real        bool
	Positive    bool
	Negative    bool
	Nonnegative bool
	Nonpositive bool
	Nonzero     bool
	Even        bool
	Odd         bool
	Rational    bool
	Commutative bool // always true in dcalc; kept for symmetry with SymPy
}

// NewSymbol returns the symbol called name with assumptions a.
func NewSymbol(name string, a Assumptions) *Symbol {
	a = a.normalize()
	h := mix(hashString(name), uint64(kSymbol))
	if a != (Assumptions{}) {
		h = mix(h, uint64(a.bits()))
	}
	return &Symbol{name: name, assume: a, h: h}
}

var dummyCounter atomic.Int64

// NewDummy returns a fresh Dummy symbol that prints as _name and is equal
// only to itself.
func NewDummy(name string) *Symbol { return NewDummyAssumed(name, Assumptions{}) }

// NewDummyAssumed is NewDummy with assumptions (Dummy('k', integer=True,
// positive=True)).
func NewDummyAssumed(name string, a Assumptions) *Symbol {
	n := dummyCounter.Add(1)
	s := NewSymbol(name, a)
	s.dummy = int(n)
	s.h = mix(s.h, uint64(n))
	return s
}

func (a Assumptions) normalize() Assumptions {
	if a.Positive {
		a.Real, a.Nonnegative, a.Nonzero = true, true, true
	}
	if a.Negative {
		a.Real, a.Nonpositive, a.Nonzero = true, true, true
	}
	if a.Even || a.Odd {
		a.Integer = true
	}
	if a.Odd {
		a.Nonzero = true
	}
	if a.Integer {
		a.Rational = true
	}
	if a.Rational || a.Nonnegative || a.Nonpositive {
		a.Real = true
	}
	a.Commutative = false // not tracked; all symbols commute
	return a
}

func (a Assumptions) bits() uint {
	var b uint
	for i, f := range []bool{a.Integer, a.Real, a.Positive, a.Negative, a.Nonnegative, a.Nonpositive, a.Nonzero, a.Even, a.Odd, a.Rational} {
		if f {
			b |= 1 << i
		}
	}
	return b
}

// Name returns the symbol's name (without the Dummy underscore).
func (s *Symbol) Name() string { return s.name }

// IsDummy reports whether s is a Dummy symbol.
func (s *Symbol) IsDummy() bool { return s.dummy > 0 }

// Assumptions returns the declared assumptions of s.
func (s *Symbol) Assumptions() Assumptions { return s.assume }

// Hash implements Expr.
func (s *Symbol) Hash() uint64 { return s.h }

// Args implements Expr.
func (s *Symbol) Args() []Expr { return nil }
func (s *Symbol) kind() kind   { return kSymbol }

// Constant is one of the named real constants pi and E (SymPy's
// NumberSymbol singletons) or the imaginary unit I.
type Constant struct {
	name string // "pi", "E", "I", "EulerGamma", ...
	h    uint64
}

func newConstant(name string) *Constant {
	return &Constant{name: name, h: mix(hashString(name), uint64(kConstant))}
}

// The constants.
var (
	Pi = newConstant("pi")
	E  = newConstant("E")
	I  = newConstant("I")
)

// Name returns the constant's printed name.
func (c *Constant) Name() string { return c.name }

// Hash implements Expr.
func (c *Constant) Hash() uint64 { return c.h }

// Args implements Expr.
func (c *Constant) Args() []Expr { return nil }
func (c *Constant) kind() kind   { return kConstant }

// Add is a sum of two or more terms in canonical order, the numeric
// coefficient (if not zero) first.
type Add struct {
	args []Expr
	h    uint64
	sm   uint64 // symMask of the args
	key  keyCache
	// terms indexes the terms by the hash of their part without the
	// coefficient, for the next s + t (addOneTerm); the sum built from
	// this one takes it over.
	terms atomic.Pointer[termIndex]
}

// Args implements Expr.
func (a *Add) Args() []Expr { return a.args }

// Hash implements Expr.
func (a *Add) Hash() uint64 { return a.h }
func (a *Add) kind() kind   { return kAdd }

// Mul is a product of two or more factors in canonical order, the numeric
// coefficient (if not one) first.
type Mul struct {
	args []Expr
	h    uint64
	sm   uint64 // symMask of the args
	key  keyCache
}

// Args implements Expr.
func (m *Mul) Args() []Expr { return m.args }

// Hash implements Expr.
func (m *Mul) Hash() uint64 { return m.h }
func (m *Mul) kind() kind   { return kMul }

// Pow is Base**Exp.
type Pow struct {
	args [2]Expr
	h    uint64
	sm   uint64
	key  keyCache
}

// Base returns the base.
func (p *Pow) Base() Expr { return p.args[0] }

// Exp returns the exponent.
func (p *Pow) Exp() Expr { return p.args[1] }

// Args implements Expr.
func (p *Pow) Args() []Expr { return p.args[:] }

// Hash implements Expr.
func (p *Pow) Hash() uint64 { return p.h }
func (p *Pow) kind() kind   { return kPow }

// Tuple is an ordered sequence of expressions (SymPy's Tuple), used inside
// Subs and as a generic container argument.
type Tuple struct {
	args []Expr
	h    uint64
	sm   uint64 // symMask of the args
	key  keyCache
}

// NewTuple returns the tuple of xs.
func NewTuple(xs ...Expr) *Tuple {
	return &Tuple{args: xs, h: hashArgs(kTuple, 0, xs), sm: maskArgs(xs)}
}

// Args implements Expr.
func (t *Tuple) Args() []Expr { return t.args }

// Hash implements Expr.
func (t *Tuple) Hash() uint64 { return t.h }
func (t *Tuple) kind() kind   { return kTuple }

// newAdd builds an Add from canonical, sorted args without checking.
func newAdd(args []Expr) *Add {
	return &Add{args: args, h: hashArgs(kAdd, 0, args), sm: maskArgs(args)}
}

// newMul builds a Mul from canonical, sorted args without checking.
func newMul(args []Expr) *Mul {
	return &Mul{args: args, h: hashArgs(kMul, 0, args), sm: maskArgs(args)}
}

// newPow builds an unevaluated Pow.
func newPow(b, e Expr) *Pow {
	p := &Pow{args: [2]Expr{b, e}}
	p.h = hashArgs(kPow, 0, p.args[:])
	p.sm = symMask(b) | symMask(e)
	return p
}

// symMask is a 64-bit Bloom filter of the symbols in e: each symbol sets
// one bit chosen by its hash, compound nodes OR their arguments' masks at
// construction. A clear bit proves a symbol absent without a walk.
func symMask(e Expr) uint64 {
	switch x := e.(type) {
	case *Symbol:
		return 1 << (x.h & 63)
	case *Add:
		return x.sm
	case *Mul:
		return x.sm
	case *Pow:
		return x.sm
	case *Func:
		return x.sm
	case *Tuple:
		return x.sm
	case *Derivative:
		return x.sm
	case *Subs:
		return x.sm
	}
	return 0
}

func maskArgs(args []Expr) uint64 {
	var m uint64
	for _, a := range args {
		m |= symMask(a)
	}
	return m
}

// HasFreeSymbol reports whether s occurs free in e (as FreeSymbols would
// list it), pruning subtrees whose symbol mask lacks s.
func HasFreeSymbol(e Expr, s *Symbol) bool {
	bit := symMask(s)
	var walk func(e Expr) bool
	walk = func(e Expr) bool {
		if symMask(e)&bit == 0 {
			return false
		}
		switch x := e.(type) {
		case *Symbol:
			return Equal(x, s)
		case *Subs:
			for _, p := range x.Points() {
				if walk(p) {
					return true
				}
			}
			for _, v := range x.Vars() {
				if Equal(v, s) {
					return false
				}
			}
			return walk(x.Expr())
		}
		for _, a := range e.Args() {
			if walk(a) {
				return true
			}
		}
		return false
	}
	return walk(e)
}

// HasFunc reports whether e holds a function call.
func HasFunc(e Expr) bool { return hasKind(e, kFunc) }

// NegativePowerBases is the distinct bases of the powers of e with a
// negative numeric exponent (SymPy's atoms(Pow) with exp.is_negative),
// in the order they are met.
func NegativePowerBases(e Expr) []Expr {
	var out []Expr
	var walk func(Expr)
	walk = func(x Expr) {
		if p, ok := x.(*Pow); ok && IsNumber(p.Exp()) && IsNegative(p.Exp()) == True && !containsExpr(out, p.Base()) {
			out = append(out, p.Base())
		}
		for _, a := range x.Args() {
			walk(a)
		}
	}
	walk(e)
	return out
}

// NewCallUnevaluated is d(args...) with evaluate=False: the call as
// given, no evaluation rule applied (sin(0) stays sin(0)); doit and
// substitution rebuild it with d's rules.
func NewCallUnevaluated(d *FuncDef, args ...Expr) Expr { return newFunc(d, slices.Clone(args)) }

// NewUnevaluated builds Add, Mul or Pow (op "Add", "Mul", "Pow") from
// args as given, as SymPy's constructors do with evaluate=False: no
// flattening, sorting, combining or numeric evaluation.
func NewUnevaluated(op string, args ...Expr) Expr {
	switch op {
	case "Add":
		return newAdd(slices.Clone(args))
	case "Mul":
		return newMul(slices.Clone(args))
	case "Pow":
		return newPow(args[0], args[1])
	}
	panic("NewUnevaluated: unknown operation " + op)
}
