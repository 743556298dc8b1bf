package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/engine/mpf"
)

// nsolve is SymPy's nsolve for one equation in one unknown: the
// expression lambdified for mpmath, then mpmath's findroot with its
// default solver, the secant method, as mpmath runs it (20 guard bits,
// tolerance eps*2**10, at most 30 steps, the residual verified), the
// root returned as a Float of the working precision. Systems (mpmath's
// MDNewton) and the other solvers are not in dcalc yet.
var nsolveRow = &binding{
	Name: "nsolve", Honours: "dict prec solver tol maxsteps verify modules method",
	Doc: "A numerical root of f near x0 (mpmath's secant method): nsolve(cos(x) - x, x, 1).",
	Fn: func(in *interp, a *callArgs) Value {
		return in.nsolve(a.Rest(), a.Extra(), in.truth(a.Or("dict", false), nil))
	},
}

// findrootOptions are findroot's keywords nsolve passes on.
type findrootOptions struct {
	tol      *mpf.Float
	maxsteps int
	verify   bool
}

func (in *interp) nsolve(args []Value, kw []kwArg, asDict bool) Value {
	opts := findrootOptions{maxsteps: 30, verify: true}
	// SymPy's conserve_mpmath_dps: prec= holds for this call only
	saved := in.mpPrec()
	defer func() { in.mp.prec = saved }()
	for _, k := range kw {
		switch k.Name {
		case "prec": // mpmath's mp.dps, for the call
			in.mp.prec = mpf.DpsToPrec(int(in.toIndex(k.Value)))
		case "solver":
			if s, ok := k.Value.(string); !ok || s != "secant" {
				throw("NotImplementedError", "dcalc's nsolve has mpmath's secant solver only, not %s", in.repr(k.Value))
			}
		case "maxsteps":
			opts.maxsteps = int(in.toIndex(k.Value))
		case "verify":
			opts.verify = in.truth(k.Value, nil)
		case "tol":
			t := in.mpfArg(k.Value, "findroot")
			opts.tol = &t
		case "modules":
			if s, ok := k.Value.(string); ok && s == "mpmath" {
				continue
			}
			if l, ok := k.Value.(*List); ok && len(l.Items) == 1 && l.Items[0] == "mpmath" {
				continue
			}
			throw("NotImplementedError", "dcalc's nsolve evaluates with mpmath only")
		case "method":
			throw("ValueError", "\nKeyword \"method\" should not be used in this context.  When using\nsome mpmath solvers directly, the keyword \"method\" is used, but\nwhen using nsolve (and findroot) the keyword to use is \"solver\".")
		default:
			throw("NotImplementedError", "dcalc's nsolve does not support %s=", k.Name)
		}
	}
	var fv, fargs, x0 Value
	switch len(args) {
	case 3:
		fv, fargs, x0 = args[0], args[1], args[2]
	case 2:
		fv, x0 = args[0], args[1]
		if in.isIterable(fv) {
			throw("TypeError", "nsolve expected 3 arguments, got 2")
		}
	default:
		if len(args) < 2 {
			throw("TypeError", "nsolve expected at least 2 arguments, got %d", len(args))
		}
		throw("TypeError", "nsolve expected at most 3 arguments, got %d", len(args))
	}
	if in.isIterable(fv) {
		throw("NotImplementedError", "dcalc's nsolve solves one equation in one unknown; systems (mpmath's MDNewton) are not in dcalc yet")
	}
	if r, ok := fv.(*Relational); ok && r.Op != "==" {
		throw("TypeError", "nsolve cannot accept inequalities")
	}
	f := in.equationExpr(fv)
	syms := engine.FreeSymbols(f)
	var x engine.Expr
	if fargs == nil {
		if len(syms) > 0 {
			x = syms[0]
		}
	} else if in.isIterable(fargs) {
		items := in.toSlice(fargs)
		if len(items) > 0 {
			x = in.sympify(items[0])
		}
	} else {
		x = in.sympify(fargs)
	}
	if len(syms) != 1 || x == nil || !engine.Equal(syms[0], x) {
		throw("ValueError", "\nexpected a one-dimensional and numerical function")
	}
	fn := in.lambdify(x, f, "mpmath")
	root := in.findroot(fn, x0, opts)
	v := &mpmathFloat{root}
	res := Value(in.sympifyMpf(v))
	if asDict {
		d := newDict()
		d.Set(x, res)
		return &List{Items: []Value{d}}
	}
	return res
}

// sympifyMpf is sympify of an mpf: a Float of the working precision.
func (in *interp) sympifyMpf(x *mpmathFloat) engine.Expr {
	return engine.NewFloatMpf(x.v.WithPrec(in.mpPrec()))
}

// findroot is mpmath's findroot(f, x0) with the secant solver: one
// starting point (the second is x0 + 1/4) or two.
func (in *interp) findroot(fn Value, x0v Value, opts findrootOptions) mpf.Float {
	saved := in.mpPrec()
	in.mp.prec = saved + 20
	defer func() { in.mp.prec = saved }()
	prec := in.mp.prec
	tol := mpf.FromMantExp(big.NewInt(1), 1-prec+10, prec, false) // eps * 2**10
	if opts.tol != nil {
		tol = *opts.tol
	}
	var x0, x1 mpf.Float
	if in.isIterable(x0v) {
		pts := in.toSlice(x0v)
		switch len(pts) {
		case 1:
			x0 = in.findrootPoint(pts[0])
			x1 = mpf.Add(x0, mpf.FromRat(big.NewRat(1, 4), prec), prec)
		case 2:
			x0, x1 = in.findrootPoint(pts[0]), in.findrootPoint(pts[1])
		default:
			throw("NotImplementedError", "dcalc's findroot takes one or two starting points")
		}
	} else {
		x0 = in.findrootPoint(x0v)
		x1 = mpf.Add(x0, mpf.FromRat(big.NewRat(1, 4), prec), prec)
	}
	f := func(x mpf.Float) mpf.Float {
		return in.mpfArg(in.call(fn, []Value{&mpmathFloat{x}}, nil), "findroot")
	}
	// mpmath's Secant iteration, stopped by findroot
	f0 := f(x0)
	var x mpf.Float
	steps := 0
	for {
		f1 := f(x1)
		l := mpf.Sub(x1, x0, prec)
		if l.IsZero() {
			break
		}
		s := mpf.Quo(mpf.Sub(f1, f0, prec), l, prec)
		if s.IsZero() {
			break
		}
		x0, x1 = x1, mpf.Sub(x1, mpf.Quo(f1, s, prec), prec)
		f0 = f1
		x = x1
		steps++
		errv := l.Abs()
		norm := x.Abs()
		if one := mpf.FromInt64(1, prec); mpf.Cmp(norm, one) < 0 {
			norm = one
		}
		bound := mpf.Mul(tol, norm, prec)
		if mpf.Cmp(errv, bound) < 0 || steps >= opts.maxsteps {
			break
		}
	}
	if steps == 0 {
		throw("ValueError", "Could not find root using the given solver.\nTry another starting point or tweak arguments.")
	}
	if opts.verify {
		r := f(x)
		r2 := mpf.Mul(r, r, prec)
		if mpf.Cmp(r2, tol) > 0 {
			throw("ValueError", "Could not find root within given tolerance. (%s > %s)\nTry another starting point or tweak arguments.",
				mpf.Format(r2, mpDps(prec), true), mpf.Format(tol, mpDps(prec), true))
		}
	}
	return x
}

// findrootPoint converts a starting point as mpmath's convert does: a
// number at the working precision.
func (in *interp) findrootPoint(v Value) mpf.Float {
	prec := in.mpPrec()
	if e, ok := v.(engine.Expr); ok {
		switch x := e.(type) {
		case *engine.Integer:
			return mpf.FromInt(x.Big(), prec)
		case *engine.Rational:
			return mpf.FromRat(x.Rat(), prec)
		case *engine.Float:
			return x.Mpf().WithPrec(prec)
		}
		if !engine.IsNumber(e) {
			throw("TypeError", "cannot create mpf from %s", engine.Str(e))
		}
		fl, err := engine.Evalf(e, mpDps(prec)+5, nil)
		if err != nil {
			panic(err)
		}
		if ff, ok := fl.(*engine.Float); ok {
			return ff.Mpf().WithPrec(prec)
		}
		throw("NotImplementedError", "dcalc's findroot has no complex numbers (mpc) yet: starting point %s", engine.Str(e))
	}
	return in.mpfArg(v, "findroot")
}
