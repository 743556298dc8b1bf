package session

import (
	"cmp"
	"math/big"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/engine/mpf"
)

// nsolve is SymPy's nsolve for one equation in one unknown: the
// expression lambdified for mpmath, then mpmath's findroot with its
// default solver, the secant method, as mpmath runs it (20 guard bits,
// tolerance eps*2**10, at most 30 steps, the residual verified), the
// root returned as a Float of the working precision. Systems (mpmath's
// MDNewton for systems, nsolveSystem) are ported; the other solvers are
// not in dcalc yet.
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
	maxsteps int // 0: the solver's own (secant 30, MDNewton 10)
	verify   bool
}

func (in *interp) nsolve(args []Value, kw []kwArg, asDict bool) Value {
	opts := findrootOptions{verify: true}
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
		return in.nsolveSystem(fv, fargs, x0, opts, asDict)
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
	return floatOfMpf(x.v.WithPrec(in.mpPrec()))
}

// floatOfMpf is SymPy's Float(mpf): a Float, except that an mpf zero
// gives the Integer 0 (Float._new's zero special case), as nsolve
// prints a root at 0.
func floatOfMpf(v mpf.Float) engine.Expr {
	if v.IsZero() {
		return engine.Zero
	}
	return engine.NewFloatMpf(v)
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
		if mpf.Cmp(errv, bound) < 0 || steps >= cmp.Or(opts.maxsteps, 30) {
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

// nsolveSystem is nsolve of a system: the equations and their Jacobian,
// and mpmath's MDNewton from x0 (Newton steps solved by LU with partial
// pivoting, halved until the residual's max-norm falls, at most 10
// steps), the root verified as findroot does and returned as a column
// Matrix of Floats.
func (in *interp) nsolveSystem(fv, fargs, x0 Value, opts findrootOptions, asDict bool) Value {
	var fs []engine.Expr
	for _, v := range in.toSlice(fv) {
		if r, ok := v.(*Relational); ok && r.Op != "==" {
			throw("TypeError", "nsolve cannot accept inequalities")
		}
		fs = append(fs, in.equationExpr(v))
	}
	if fargs == nil || !in.isIterable(fargs) || !in.isIterable(x0) {
		throw("NotImplementedError", "dcalc's nsolve of a system takes the unknowns and a starting point: nsolve([f1, f2], [x, y], [x0, y0])")
	}
	var xs []engine.Expr
	for _, v := range in.toSlice(fargs) {
		xs = append(xs, in.sympify(v))
	}
	starts := in.toSlice(x0)
	if len(starts) != len(xs) {
		throw("TypeError", "nsolve expected exactly %d guess vectors, got %d", len(xs), len(starts))
	}
	if len(xs) > len(fs) {
		throw("NotImplementedError", "\nneed at least as many equations as variables")
	}
	if len(fs) > len(xs) {
		throw("NotImplementedError", "dcalc's nsolve solves square systems (mpmath solves overdetermined ones by least squares)")
	}
	n := len(xs)
	jac := make([][]engine.Expr, n)
	for i, f := range fs {
		jac[i] = make([]engine.Expr, n)
		for j, x := range xs {
			d, err := engine.Diff(f, engine.VarCount{Var: x, Count: 1})
			if err != nil {
				panic(err)
			}
			jac[i][j] = d
		}
	}
	saved := in.mpPrec()
	prec := saved + 20
	in.mp.prec = prec
	defer func() { in.mp.prec = saved }()
	tol := mpf.FromMantExp(big.NewInt(1), 1-prec+10, prec, false)
	if opts.tol != nil {
		tol = *opts.tol
	}
	at := func(e engine.Expr, x []mpf.Float) mpf.Float {
		subs := make([][2]engine.Expr, n)
		for i := range xs {
			subs[i] = [2]engine.Expr{xs[i], engine.NewFloatMpf(x[i])}
		}
		v, err := engine.Evalf(e, mpDps(prec)+3, subs)
		if err != nil {
			panic(err)
		}
		fl, ok := v.(*engine.Float)
		if !ok {
			if engine.IsZero(v) == engine.True {
				return mpf.Zero(prec)
			}
			throw("NotImplementedError", "dcalc's findroot has no complex numbers (mpc) yet: %s", engine.Str(v))
		}
		return fl.Mpf().WithPrec(prec)
	}
	vec := func(x []mpf.Float) []mpf.Float {
		out := make([]mpf.Float, n)
		for i, f := range fs {
			out[i] = at(f, x)
		}
		return out
	}
	norm := func(v []mpf.Float) mpf.Float { // max-norm
		m := mpf.Zero(prec)
		for _, c := range v {
			if mpf.Cmp(c.Abs(), m) > 0 {
				m = c.Abs()
			}
		}
		return m
	}
	x := make([]mpf.Float, n)
	for i, v := range starts {
		x[i] = in.findrootPoint(v)
	}
	fx := vec(x)
	fxnorm := norm(fx)
	one := mpf.FromInt64(1, prec)
	for step := 1; ; step++ {
		J := make([][]mpf.Float, n)
		for i := range J {
			J[i] = make([]mpf.Float, n)
			for j := range J[i] {
				J[i][j] = at(jac[i][j], x)
			}
		}
		rhs := make([]mpf.Float, n)
		for i := range fx {
			rhs[i] = fx[i].Neg()
		}
		s := luSolve(J, rhs, prec+10)
		l := one
		x1 := addScaled(x, s, l, prec)
		cancel := false
		for {
			if sameVec(x1, x) {
				cancel = true
				break
			}
			fx1 := vec(x1)
			if nn := norm(fx1); mpf.Cmp(nn, fxnorm) < 0 {
				fx, fxnorm, x = fx1, nn, x1
				break
			}
			l = mpf.Quo(l, mpf.FromInt64(2, prec), prec)
			x1 = addScaled(x, s, l, prec)
		}
		bound := norm(x)
		if mpf.Cmp(bound, one) < 0 {
			bound = one
		}
		if cancel || mpf.Cmp(fxnorm, mpf.Mul(tol, bound, prec)) < 0 || step >= cmp.Or(opts.maxsteps, 10) {
			break
		}
	}
	if opts.verify {
		r := norm(vec(x))
		r2 := mpf.Mul(r, r, prec)
		if mpf.Cmp(r2, tol) > 0 {
			throw("ValueError", "Could not find root within given tolerance. (%s > %s)\nTry another starting point or tweak arguments.",
				mpf.Format(r2, mpDps(prec), true), mpf.Format(tol, mpDps(prec), true))
		}
	}
	vals := make([]engine.Expr, n)
	for i := range x { // Floats of the caller's working precision
		vals[i] = floatOfMpf(x[i].WithPrec(saved))
	}
	if asDict {
		d := newDict()
		for i := range xs {
			d.Set(xs[i], vals[i])
		}
		return &List{Items: []Value{d}}
	}
	rows := make([][]engine.Expr, n)
	for i := range vals {
		rows[i] = []engine.Expr{vals[i]}
	}
	m, err := engine.NewMatrix(rows)
	return mustMatrix(m, err)
}

// luSolve solves A*x = b by LU with partial pivoting (mpmath's lu_solve)
// at precision prec.
func luSolve(A [][]mpf.Float, b []mpf.Float, prec int) []mpf.Float {
	n := len(A)
	a := make([][]mpf.Float, n)
	for i := range A {
		a[i] = append([]mpf.Float(nil), A[i]...)
	}
	rhs := append([]mpf.Float(nil), b...)
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if mpf.Cmp(a[i][k].Abs(), a[p][k].Abs()) > 0 {
				p = i
			}
		}
		if a[p][k].IsZero() {
			throw("ZeroDivisionError", "matrix is numerically singular")
		}
		a[k], a[p] = a[p], a[k]
		rhs[k], rhs[p] = rhs[p], rhs[k]
		for i := k + 1; i < n; i++ {
			f := mpf.Quo(a[i][k], a[k][k], prec)
			for j := k; j < n; j++ {
				a[i][j] = mpf.Sub(a[i][j], mpf.Mul(f, a[k][j], prec), prec)
			}
			rhs[i] = mpf.Sub(rhs[i], mpf.Mul(f, rhs[k], prec), prec)
		}
	}
	x := make([]mpf.Float, n)
	for i := n - 1; i >= 0; i-- {
		s := rhs[i]
		for j := i + 1; j < n; j++ {
			s = mpf.Sub(s, mpf.Mul(a[i][j], x[j], prec), prec)
		}
		x[i] = mpf.Quo(s, a[i][i], prec)
	}
	return x
}

func addScaled(x, s []mpf.Float, l mpf.Float, prec int) []mpf.Float {
	out := make([]mpf.Float, len(x))
	for i := range x {
		out[i] = mpf.Add(x[i], mpf.Mul(l, s[i], prec), prec)
	}
	return out
}

func sameVec(a, b []mpf.Float) bool {
	for i := range a {
		if mpf.Cmp(a[i], b[i]) != 0 {
			return false
		}
	}
	return true
}
