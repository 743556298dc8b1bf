package session

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// This file is the part of mpmath lambdify(..., 'mpmath') and notebooks
// use: mpf numbers at the working precision mp.dps (15 digits, 53 bits
// by default) with mpmath's repr and str, arithmetic with Python numbers,
// and the elementary functions, computed by engine/mpf (a port of
// mpmath's own libmpf). Complex results (mpc) raise NotImplementedError.

// mpmathFloat is an mpmath mpf.
type mpmathFloat struct{ v mpf.Float }

// mpContext is mpmath's mp: the working precision.
type mpContext struct{ prec int }

// mpPrec is the session's working precision in bits.
func (in *interp) mpPrec() int {
	if in.mp == nil {
		in.mp = &mpContext{prec: 53}
	}
	return in.mp.prec
}

// mpDps is mpmath's prec_to_dps.
func mpDps(prec int) int { return max(1, int(math.Round(float64(prec)/3.3219280948873626)-1)) }

// mpReprDps is mpmath's repr_dps: 17 digits at 15, else dps + 3.
func mpReprDps(prec int) int {
	d := mpDps(prec)
	if d == 15 {
		return 17
	}
	return d + 3
}

func (in *interp) mpmathRepr(x *mpmathFloat) string {
	if x.v.IsInf() {
		if x.v.Sign() < 0 {
			return "mpf('-inf')"
		}
		return "mpf('+inf')"
	}
	if x.v.IsNaN() {
		return "mpf('nan')"
	}
	return "mpf('" + mpf.Format(x.v, mpReprDps(in.mpPrec()), true) + "')"
}

func (in *interp) mpmathStr(x *mpmathFloat) string {
	switch {
	case x.v.IsInf() && x.v.Sign() < 0:
		return "-inf"
	case x.v.IsInf():
		return "+inf"
	case x.v.IsNaN():
		return "nan"
	}
	return mpf.Format(x.v, mpDps(in.mpPrec()), true)
}

// toMpf converts a Python number or mpf to an mpf at the working
// precision (ok false for other values).
func (in *interp) toMpf(v Value) (mpf.Float, bool) {
	prec := in.mpPrec()
	switch x := v.(type) {
	case *mpmathFloat:
		return x.v, true
	case *mpConstant:
		return x.value(prec), true
	case bool:
		if x {
			return mpf.FromInt64(1, prec), true
		}
		return mpf.FromInt64(0, prec), true
	case *big.Int:
		return mpf.FromInt(x, prec), true
	case float64:
		return mpf.FromFloat64(x, 53).WithPrec(prec), true
	}
	return mpf.Float{}, false
}

// mpfArg converts a function argument, refusing complex numbers.
func (in *interp) mpfArg(v Value, fn string) mpf.Float {
	if _, ok := v.(complex128); ok {
		throw("NotImplementedError", "dcalc's mpmath has no complex numbers (mpc) yet: mpmath.%s of a complex", fn)
	}
	if s, ok := v.(string); ok {
		f, err := mpf.FromString(strings.TrimSpace(s), in.mpPrec())
		if err != nil {
			throw("ValueError", "could not convert string to mpf: %s", strRepr(s))
		}
		return f
	}
	if t, ok := v.(*Tuple); ok && len(t.Items) == 4 {
		// mpf((sign, man, exp, bc)), as SymPy's mpmath printer writes Floats
		sign, man, exp := in.toInt(t.Items[0]), in.toInt(t.Items[1]), in.toInt(t.Items[2])
		r := new(big.Rat).SetInt(man)
		e := exp.Int64()
		scale := new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(abs64(e))))
		if e >= 0 {
			r.Mul(r, scale)
		} else {
			r.Quo(r, scale)
		}
		if sign.Sign() != 0 {
			r.Neg(r)
		}
		return mpf.FromRat(r, in.mpPrec())
	}
	f, ok := in.toMpf(v)
	if !ok {
		f, ok = in.toMpf(in.toFloat(v))
		if !ok {
			throw("TypeError", "cannot create mpf from %s", in.repr(v))
		}
	}
	return f
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// mpmathBinop is arithmetic and comparison with an mpf operand.
func (in *interp) mpmathBinop(op string, a, b Value) (Value, bool) {
	if !isMpmath(a) && !isMpmath(b) {
		return nil, false
	}
	if _, ok := a.(complex128); ok {
		throw("NotImplementedError", "dcalc's mpmath has no complex numbers (mpc) yet")
	}
	if _, ok := b.(complex128); ok {
		throw("NotImplementedError", "dcalc's mpmath has no complex numbers (mpc) yet")
	}
	x, okx := in.toMpf(a)
	y, oky := in.toMpf(b)
	if !okx || !oky {
		return nil, false
	}
	prec := in.mpPrec()
	switch op {
	case "+":
		return &mpmathFloat{mpf.Add(x, y, prec)}, true
	case "-":
		return &mpmathFloat{mpf.Sub(x, y, prec)}, true
	case "*":
		return &mpmathFloat{mpf.Mul(x, y, prec)}, true
	case "/":
		if y.IsZero() {
			throw("ZeroDivisionError", "")
		}
		return &mpmathFloat{mpf.Quo(x, y, prec)}, true
	case "**":
		if y.IsInt() && y.IsFinite() {
			n, _ := y.ToRat().Num(), 0
			if n.IsInt64() && abs64(n.Int64()) < 1<<30 {
				return &mpmathFloat{mpf.PowInt(x, int(n.Int64()), prec)}, true
			}
		}
		if x.Sign() < 0 {
			throw("NotImplementedError", "dcalc's mpmath has no complex numbers (mpc) yet: a negative number to a fractional power")
		}
		return &mpmathFloat{mpf.Pow(x, y, prec)}, true
	case "==", "!=", "<", "<=", ">", ">=":
		if x.IsNaN() || y.IsNaN() {
			return op == "!=", true
		}
		c := mpf.Cmp(x, y)
		return map[string]bool{"==": c == 0, "!=": c != 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0}[op], true
	}
	throw("NotImplementedError", "dcalc's mpmath does not support %s on mpf yet", op)
	return nil, false
}

func isMpmath(v Value) bool {
	switch v.(type) {
	case *mpmathFloat, *mpConstant:
		return true
	}
	return false
}

// mpmathUnary is -x, +x and abs(x) of an mpf.
func (in *interp) mpmathUnary(op string, v Value) (Value, bool) {
	if !isMpmath(v) {
		return nil, false
	}
	x, _ := in.toMpf(v)
	switch op {
	case "-":
		return &mpmathFloat{x.Neg()}, true
	case "+":
		return &mpmathFloat{x.WithPrec(in.mpPrec())}, true
	case "abs":
		return &mpmathFloat{x.Abs()}, true
	}
	return nil, false
}

// mpf1 binds a one-argument mpmath function.
func mpf1(name string, f func(x mpf.Float, prec int) mpf.Float) *Builtin {
	return &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs(name, args, 1, 1)
		noKw(name, kw)
		x := in.mpfArg(args[0], name)
		r := f(x, in.mpPrec())
		if r.IsNaN() && !x.IsNaN() {
			throw("NotImplementedError", "dcalc's mpmath has no complex numbers (mpc) yet: mpmath.%s(%s) is complex", name, in.mpmathStr(&mpmathFloat{x}))
		}
		return &mpmathFloat{r}
	}}
}

// mpmathModule makes the mpmath module.
func (in *interp) mpmathModule() *Module {
	if in.mpMod != nil {
		return in.mpMod
	}
	m := &Module{Name: "mpmath", Attrs: map[string]Value{}}
	in.mpPrec()
	m.Attrs["mp"] = in.mp
	m.Attrs["mpf"] = &Class{Name: "mpf", Module: "mpmath", Is: func(v Value) bool { _, ok := v.(*mpmathFloat); return ok },
		Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("mpf", args, 0, 1)
			if len(args) == 0 {
				return &mpmathFloat{mpf.Zero(in.mpPrec())}
			}
			return &mpmathFloat{in.mpfArg(args[0], "mpf")}
		}}
	for name, f := range map[string]func(mpf.Float, int) mpf.Float{
		"sin": mpf.Sin, "cos": mpf.Cos, "tan": mpf.Tan, "asin": mpf.Asin, "acos": mpf.Acos, "atan": mpf.Atan,
		"sinh": mpf.Sinh, "cosh": mpf.Cosh, "tanh": mpf.Tanh, "asinh": mpf.Asinh, "acosh": mpf.Acosh, "atanh": mpf.Atanh,
		"exp": mpf.Exp, "sqrt": mpf.Sqrt,
		"fabs": func(x mpf.Float, prec int) mpf.Float { return x.Abs().WithPrec(prec) },
	} {
		m.Attrs[name] = mpf1(name, f)
	}
	m.Attrs["log"] = &Builtin{Name: "log", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("log", args, 1, 2)
		prec := in.mpPrec()
		x := in.mpfArg(args[0], "log")
		if x.Sign() < 0 {
			throw("NotImplementedError", "dcalc's mpmath has no complex numbers (mpc) yet: the log of a negative number")
		}
		if len(args) == 2 {
			b := in.mpfArg(args[1], "log")
			return &mpmathFloat{mpf.Quo(mpf.Log(x, prec+20), mpf.Log(b, prec+20), prec)}
		}
		return &mpmathFloat{mpf.Log(x, prec)}
	}}
	for name, f := range map[string]func(mpf.Float, int) mpf.Float{"gamma": mpf.Gamma, "loggamma": mpf.LogGamma} {
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			x := in.mpfArg(args[0], name)
			r := f(x, in.mpPrec())
			if r.IsNaN() {
				if x.IsInt() && x.Sign() <= 0 {
					throw("ValueError", "gamma function pole")
				}
				throw("NotImplementedError", "dcalc's mpmath.%s does not take this argument yet (a complex result, or beyond 1e15)", name)
			}
			return &mpmathFloat{r}
		}}
	}
	m.Attrs["atan2"] = &Builtin{Name: "atan2", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("atan2", args, 2, 2)
		return &mpmathFloat{mpf.Atan2(in.mpfArg(args[0], "atan2"), in.mpfArg(args[1], "atan2"), in.mpPrec())}
	}}
	for _, name := range []string{"floor", "ceil"} {
		m.Attrs[name] = &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			q := in.mpfArg(args[0], name).ToRat()
			n := new(big.Int).Quo(q.Num(), q.Denom()) // toward zero
			if new(big.Rat).SetInt(n).Cmp(q) != 0 {
				if name == "floor" && q.Sign() < 0 {
					n.Sub(n, big.NewInt(1))
				}
				if name == "ceil" && q.Sign() > 0 {
					n.Add(n, big.NewInt(1))
				}
			}
			return &mpmathFloat{mpf.FromInt(n, in.mpPrec())}
		}}
	}
	m.Attrs["pi"], m.Attrs["e"] = &mpConstant{name: "pi"}, &mpConstant{name: "e"}
	m.Attrs["sign"] = &Builtin{Name: "sign", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("sign", args, 1, 1)
		return &mpmathFloat{mpf.FromInt64(int64(in.mpfArg(args[0], "sign").Sign()), in.mpPrec())}
	}}
	m.Attrs["nstr"] = &Builtin{Name: "nstr", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("nstr", args, 1, 2)
		n := 6
		if len(args) == 2 {
			n = int(in.toIndex(args[1]))
		}
		return mpf.Format(in.mpfArg(args[0], "nstr"), n, true)
	}}
	in.mpMod = m
	return m
}

// mpConstant is mpmath's pi or e: a constant evaluated at the working
// precision whenever it is used, as mpmath's constants are.
type mpConstant struct{ name string }

func (c *mpConstant) value(prec int) mpf.Float {
	if c.name == "pi" {
		return mpf.Pi(prec)
	}
	return mpf.E(prec)
}

// mpmathValueRepr is repr() of mpmath values: mpf('0.5'), <pi: 3.14159~>,
// and mp's settings.
func (in *interp) mpmathValueRepr(v Value) (string, bool) {
	switch x := v.(type) {
	case *mpmathFloat:
		return in.mpmathRepr(x), true
	case *mpConstant:
		return "<" + x.name + ": " + mpf.Format(x.value(53), 6, true) + "~>", true
	case *mpContext:
		return fmt.Sprintf("Mpmath settings:\n  mp.prec = %-17d [default: 53]\n  mp.dps = %-18d [default: 15]\n  mp.trap_complex = False     [default: False]", x.prec, mpDps(x.prec)), true
	}
	return "", false
}

// mpmathValueStr is str() of mpmath values.
func (in *interp) mpmathValueStr(v Value) (string, bool) {
	switch x := v.(type) {
	case *mpmathFloat:
		return in.mpmathStr(x), true
	case *mpConstant:
		return in.mpmathStr(&mpmathFloat{x.value(in.mpPrec())}), true
	}
	return "", false
}

// mpContextAttr reads mp.dps and mp.prec.
func (in *interp) mpContextAttr(v Value, name string) (Value, bool) {
	c, ok := v.(*mpContext)
	if !ok {
		return nil, false
	}
	switch name {
	case "dps":
		return big.NewInt(int64(mpDps(c.prec))), true
	case "prec":
		return big.NewInt(int64(c.prec)), true
	}
	return nil, false
}

// setMpContext sets mp.dps (digits) or mp.prec (bits).
func (in *interp) setMpContext(v Value, name string, val Value) bool {
	c, ok := v.(*mpContext)
	if !ok {
		return false
	}
	n := int(in.toIndex(val))
	if n < 1 {
		throw("ValueError", "precision must be positive")
	}
	switch name {
	case "dps":
		c.prec = max(1, int(math.Round(float64(n+1)*3.3219280948873626)))
	case "prec":
		c.prec = n
	default:
		throw("AttributeError", "'MPContext' object has no attribute '%s'", name)
	}
	return true
}
