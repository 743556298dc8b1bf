package session

import (
	"math"
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/engine/mpf"
)

// sympifyNumber converts a Python number to a SymPy number, as sympify
// does: int → Integer, float → Float (53 bits), complex → a + b*I.
func sympifyNumber(v Value) (engine.Expr, bool) {
	switch x := v.(type) {
	case engine.Expr:
		return x, true
	case bool:
		if x {
			return engine.One, true
		}
		return engine.Zero, true
	case *big.Int:
		return engine.NewBigInt(x), true
	case *pyFraction:
		return fractionExpr(x), true
	case float64:
		return floatExpr(x), true
	case complex128:
		re, im := floatExpr(real(x)), floatExpr(imag(x))
		if imag(x) == 0 {
			return re, true
		}
		if real(x) == 0 {
			return engine.NewMul(im, engine.I), true
		}
		return engine.NewAdd(re, engine.NewMul(im, engine.I)), true
	}
	return nil, false
}

func floatExpr(f float64) engine.Expr {
	switch {
	case math.IsInf(f, 1):
		return engine.Oo
	case math.IsInf(f, -1):
		return engine.NegOo
	case math.IsNaN(f):
		return engine.NaN
	}
	return engine.NewFloat(f, 53)
}

// sympify converts v to an Expr for a SymPy function argument, raising
// SympifyError-like TypeErrors for other values.
func (in *interp) sympify(v Value) engine.Expr {
	if e, ok := sympifyNumber(v); ok {
		return e
	}
	switch x := v.(type) {
	case string:
		if e, ok := sympifyNumber(in.sympifyString(x, nil, false, true, true)); ok {
			return e
		}
		throw("SympifyError", "SympifyError: %s", in.repr(x))
	case *Tuple:
		items := make([]engine.Expr, len(x.Items))
		for i, it := range x.Items {
			items[i] = in.sympify(it)
		}
		return engine.NewTuple(items...)
	case *mpmathFloat: // a Float of mpmath's working precision
		return in.sympifyMpf(x)
	}
	if e, ok := extSympify(in, v); ok {
		return e
	}
	if p, ok := v.(*polyValue); ok {
		throw("NotImplementedError", "dcalc does not take a %s where an expression is expected yet; use %s.as_expr()", p.cls, p.cls)
	}
	switch v.(type) {
	case *vectorValue:
		throw("NotImplementedError", "dcalc does not take a vector where a scalar expression is expected yet")
	case *logicValue, *Relational, *sympyBool:
		// SymPy's functions take Booleans (simplify(x & y) is x & y) or
		// fail in their own ways; dcalc's expect expressions
		throw("NotImplementedError", "dcalc does not take a %s where an expression is expected yet", typeName(v))
	}
	throw("SympifyError", "SympifyError: %s", in.repr(v))
	return nil
}

func exprNeg(e engine.Expr) engine.Expr { return engine.Neg(e) }

func exprEqual(a, b engine.Expr) bool { return engine.Equal(a, b) }

func (in *interp) exprBinop(op string, a, b Value) Value {
	ea, aok := sympifyNumber(a)
	eb, bok := sympifyNumber(b)
	if !aok || !bok {
		unsupported(op, a, b)
	}
	if boolMeetsExpr(op, a, b) {
		if bitwiseOps[op] {
			if r, ok := integerBitwise(op, boolAsInteger(ea, a), boolAsInteger(eb, b)); ok {
				return r // Integer.__and__ takes a bool as the int it is
			}
		}
		unsupported(op, a, b)
	}
	switch op {
	case "+":
		return engine.NewAdd(ea, eb)
	case "-":
		return engine.Sub(ea, eb)
	case "*":
		return engine.NewMul(ea, eb)
	case "/":
		return engine.Div(ea, eb)
	case "**":
		return engine.NewPow(ea, eb)
	case "//", "%":
		_, leftPy := a.(engine.Expr)
		if r, ok := numFloorMod(op, ea, eb, !leftPy); ok {
			return r
		}
	}
	switch op {
	case "&", "|", "^":
		if r, ok := integerBitwise(op, ea, eb); ok {
			return r
		}
	case "<<", ">>":
		if r, ok := integerBitwise(op, ea, eb); ok {
			return r
		}
	}
	switch op {
	case "//":
		if d := engine.LookupFunc("floor"); d != nil {
			return in.applyDef(d, engine.Div(ea, eb))
		}
	case "%":
		if r, ok := in.numberMod(ea, eb); ok {
			return r
		}
		// SymPy's answer is Mod(a, b), which dcalc does not have
		throw("NotImplementedError", "dcalc does not implement sympy.Mod yet: %s %% %s", in.str(a), in.str(b))
	}
	unsupported(op, a, b)
	return nil
}

// numFloorMod is SymPy's a // b (an Integer, floor(a/b)) and a % b
// (a - b*floor(a/b)) for finite real numbers.
//
// leftPy says a came from a Python number: Python then calls the Float's
// reflected method (Float.__rmod__, Expr.__rfloordiv__), which first
// rounds a to the Float's precision.
func numFloorMod(op string, a, b engine.Expr, leftPy bool) (engine.Expr, bool) {
	if !finiteReal(a) || !finiteReal(b) {
		return nil, false
	}
	if engine.IsZero(b) == engine.True {
		if _, isRat := a.(*engine.Rational); op == "%" && !isRat {
			throw("ZeroDivisionError", "integer modulo by zero")
		}
		throw("ZeroDivisionError", "integer division or modulo by zero")
	}
	var q *big.Int
	if engine.IsRational(a) && engine.IsRational(b) {
		r := new(big.Rat).Quo(ratOf(a), ratOf(b))
		q, _ = floorDivMod(r.Num(), r.Denom())
	} else {
		aF, aFloat := a.(*engine.Float)
		bF, bFloat := b.(*engine.Float)
		if op == "//" {
			if engine.IsInteger(a) && !leftPy {
				// Integer.__floordiv__ -> divmod: floor of the exact quotient
				r := new(big.Rat).Quo(exactRat(a), exactRat(b))
				q, _ = floorDivMod(r.Num(), r.Denom())
			} else {
				// Expr.__floordiv__ / __rfloordiv__: floor(a/b), a Float
				f, ok := engine.Div(a, b).(*engine.Float)
				if !ok || f.Big().IsInf() {
					return nil, false
				}
				var acc big.Accuracy
				q, acc = f.Big().Int(nil)
				if acc == big.Above {
					q.Sub(q, big.NewInt(1))
				}
			}
			return engine.NewBigInt(q), true
		}
		// op == "%": SymPy's Float.__mod__/__rmod__ and Rational.__mod__
		prec := floatPrec(a, b)
		// Float._new (the mpf_mod paths) turns a zero result into the
		// Integer 0; Float(...) (the exact Rational paths) keeps 0.0.
		fnew := false
		switch {
		case aFloat && engine.IsInteger(b):
			b = engine.NewMpfFloat(mpf.FromRat(exactRat(b), int(aF.Prec())))
			fnew = true
		case aFloat && bFloat:
		case aFloat:
		case leftPy && bFloat:
			a = engine.NewMpfFloat(mpf.FromRat(exactRat(a), int(bF.Prec())))
			fnew = true
		case bFloat:
			prec = int(bF.Prec())
		}
		ra, rb := exactRat(a), exactRat(b)
		r := new(big.Rat).Quo(ra, rb)
		fq, _ := floorDivMod(r.Num(), r.Denom())
		rem := new(big.Rat).Sub(ra, new(big.Rat).Mul(rb, new(big.Rat).SetInt(fq)))
		if rem.Sign() == 0 && fnew {
			return engine.Zero, true
		}
		return engine.NewMpfFloat(mpf.FromRat(rem, prec)), true
	}
	qi := engine.NewBigInt(q)
	if op == "//" {
		return qi, true
	}
	return engine.Sub(a, engine.NewMul(b, qi)), true
}

func finiteReal(e engine.Expr) bool {
	switch e.(type) {
	case *engine.Integer, *engine.Rational, *engine.Float:
		return true
	}
	return false
}

func ratOf(e engine.Expr) *big.Rat {
	switch e := e.(type) {
	case *engine.Integer:
		return new(big.Rat).SetInt(e.Big())
	case *engine.Rational:
		return e.Rat()
	}
	return nil
}

func (in *interp) applyDef(d *engine.FuncDef, args ...engine.Expr) engine.Expr {
	r, err := engine.Apply(d, args...)
	if err != nil {
		panic(err)
	}
	return r
}

// applyFunc calls a SymPy function class on Python arguments.
func (in *interp) applyFunc(d *engine.FuncDef, args []Value, kw []kwArg) Value {
	if d == engine.PiecewiseDef {
		return in.newPiecewise(args, kw)
	}
	evaluate := true
	for _, k := range kw {
		if k.Name == "evaluate" {
			evaluate = in.truth(k.Value, nil)
			continue
		}
		throw("TypeError", "%s() got an unexpected keyword argument '%s'", d.Name, k.Name)
	}
	if ns := d.NArgs; len(ns) > 0 && !slices.Contains(ns, len(args)) {
		// SymPy's Function._new_ message.
		qual := "at least"
		if len(ns) == 1 {
			qual = "exactly"
		}
		least := slices.Min(ns)
		plural := "s"
		if least == 1 {
			plural = ""
		}
		throw("TypeError", "%s takes %s %d argument%s (%d given)", d.Name, qual, least, plural, len(args))
	}
	if len(args) == 1 && d.Name == "exp" && evaluate {
		if m, ok := asMatrix(args[0]); ok {
			// exp.eval: a Matrix argument (sympified to an
			// ImmutableMatrix) is its exp()
			return &matrixValue{m: matrixExp(m), immutable: true}
		}
	}
	xs := make([]engine.Expr, len(args))
	for i, a := range args {
		xs[i] = in.sympify(a)
	}
	if !evaluate && !d.Undefined {
		// Function.__new__ with evaluate=False: the call as written
		return engine.NewCallUnevaluated(d, xs...)
	}
	return in.applyDef(d, xs...)
}

// exprCompare compares with SymPy semantics: numbers give bool, symbolic
// comparisons give a Relational.
func (in *interp) exprCompare(op string, a, b Value) Value {
	ea, aok := sympifyNumber(a)
	eb, bok := sympifyNumber(b)
	_, aBool := a.(bool)
	_, bBool := b.(bool)
	if !aok || !bok || aBool || bBool {
		// SymPy's strict sympify rejects bool (it is not a number).
		throw("TypeError", "'%s' not supported between instances of '%s' and '%s'", op, typeName(a), typeName(b))
	}
	// SymPy checks its own operand first (the right one when Python
	// falls back to the reflected comparison).
	order := []engine.Expr{ea, eb}
	if _, isExpr := a.(engine.Expr); !isExpr {
		order = []engine.Expr{eb, ea}
	}
	for _, e := range order {
		if imagNumber(e) {
			throw("TypeError", "Invalid comparison of non-real %s", engine.Str(e))
		}
		if e == engine.NaN {
			throw("TypeError", "Invalid NaN comparison")
		}
	}
	t := engine.RelTruth(op, ea, eb)
	if t == engine.Unknown {
		if _, isExpr := a.(engine.Expr); !isExpr {
			// A Python number's __lt__ returns NotImplemented, so Python
			// calls the reflected method: 1 < x is x > 1.
			flip := map[string]string{"<": ">", ">": "<", "<=": ">=", ">=": "<="}
			return &Relational{Op: flip[op], Lhs: eb, Rhs: ea}
		}
		return &Relational{Op: op, Lhs: ea, Rhs: eb}
	}
	return &sympyBool{v: t == engine.True} // SymPy's BooleanTrue/BooleanFalse
}

func imagNumber(e engine.Expr) bool {
	if e == engine.Zoo {
		return true
	}
	c, ok := approx(e)
	return ok && imag(c) != 0
}

// approx evaluates a numeric expression in complex128: numbers
// directly, anything else through engine.ToComplex.
func approx(e engine.Expr) (complex128, bool) {
	switch x := e.(type) {
	case *engine.Integer:
		return complex(intToFloatSafe(x.Big()), 0), true
	case *engine.Rational:
		f, _ := x.Rat().Float64()
		return complex(f, 0), true
	case *engine.Float:
		return complex(x.Float64(), 0), true
	case *engine.Special:
		switch x {
		case engine.Oo:
			return complex(math.Inf(1), 0), true
		case engine.NegOo:
			return complex(math.Inf(-1), 0), true
		case engine.NaN:
			return complex(math.NaN(), 0), true
		}
		return 0, false
	}
	// Everything else goes through the engine's evalf at 15 digits, as
	// SymPy's __float__ and __complex__ do.
	return engine.ToComplex(e)
}

func intToFloatSafe(x *big.Int) float64 {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f
}

// boolMeetsExpr reports whether a SymPy operation between a bool and an
// expression fails: only Integer's own +, -, *, % and // accept a Python
// int (and so a bool); everything else sympifies strictly, and a bool is
// not a number there.
func boolMeetsExpr(op string, a, b Value) bool {
	_, aBool := a.(bool)
	_, bBool := b.(bool)
	if !aBool && !bBool {
		return false
	}
	other := a
	if aBool {
		other = b
	}
	if _, ok := other.(*engine.Integer); ok {
		switch op {
		case "+", "-", "*", "%", "//":
			return false
		}
	}
	return true
}

// numberMod is SymPy's Mod(p, q) evaluation for numbers p and q that are
// not both Integer, Rational or Float: zero cases, nan for infinities,
// else p - int(p/q)*q moved into q's sign. The bool is false when SymPy
// would leave Mod unevaluated.
func (in *interp) numberMod(p, q engine.Expr) (engine.Expr, bool) {
	if !engine.IsNumberExpr(p) || !engine.IsNumberExpr(q) {
		return nil, false
	}
	if engine.IsZero(q) == engine.True {
		throw("ZeroDivisionError", "Modulo by zero")
	}
	if p == engine.NaN || q == engine.NaN || engine.IsFinite(p) == engine.False || engine.IsFinite(q) == engine.False {
		return engine.NaN, true
	}
	if engine.IsZero(p) == engine.True || engine.Equal(p, q) || engine.Equal(p, engine.Neg(q)) ||
		engine.IsIntegerValued(p) == engine.True && engine.Equal(q, engine.One) {
		return engine.Zero, true
	}
	r := engine.Div(p, q)
	if engine.IsIntegerValued(r) == engine.True {
		return engine.Zero, true
	}
	c, ok := approx(r)
	if !ok || imag(c) != 0 || math.IsInf(real(c), 0) || math.IsNaN(real(c)) {
		return nil, false
	}
	d := engine.NewBigInt(exprToInt(r))
	rv := engine.Sub(p, engine.NewMul(d, q))
	prod := engine.NewMul(rv, q)
	neg := engine.IsNegative(prod) == engine.True
	if engine.IsNegative(prod) == engine.Unknown {
		if pc, ok := approx(prod); ok && imag(pc) == 0 {
			neg = real(pc) < 0
		}
	}
	if neg {
		rv = engine.NewAdd(rv, q)
	}
	return rv, true
}

// exactRat is the exact value of an Integer, Rational or Float.
func exactRat(e engine.Expr) *big.Rat {
	if f, ok := e.(*engine.Float); ok {
		return f.Mpf().ToRat()
	}
	return ratOf(e)
}

// floatPrec is the larger precision of the Float operands.
func floatPrec(a, b engine.Expr) int {
	p := 0
	for _, e := range []engine.Expr{a, b} {
		if f, ok := e.(*engine.Float); ok && int(f.Prec()) > p {
			p = int(f.Prec())
		}
	}
	return p
}

// bitwiseOps are the operators of integerBitwise.
var bitwiseOps = map[string]bool{"&": true, "|": true, "^": true, "<<": true, ">>": true}

// integerBitwise is SymPy's Integer.__and__, __or__, __xor__,
// __lshift__ and __rshift__: bitwise on two integers.
func integerBitwise(op string, a, b engine.Expr) (engine.Expr, bool) {
	x, ok1 := a.(*engine.Integer)
	y, ok2 := b.(*engine.Integer)
	if !ok1 || !ok2 {
		return nil, false
	}
	r := numBinop(op, x.Big(), y.Big())
	n, ok := r.(*big.Int)
	if !ok {
		return nil, false
	}
	return engine.NewBigInt(n), true
}

// boolAsInteger is e, or 0 or 1 for a Python bool v.
func boolAsInteger(e engine.Expr, v Value) engine.Expr {
	if t, ok := v.(bool); ok {
		if t {
			return engine.One
		}
		return engine.Zero
	}
	return e
}
