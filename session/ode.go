package session

import "github.com/dcalc/dcalc/engine"

// odeTable binds dsolve, checkodesol and terms_gcd, the polynomial
// helper dsolve's clean-up of the constants uses.
var odeTable = []*binding{
	{Name: "checkodesol", Honours: "func", Doc: "(True, 0) when sol (an Eq(f(x), ...), its right side, or a list of them) satisfies the ODE.",
		Fn: func(in *interp, a *callArgs) Value { return in.checkodesol(a) }},
	{Name: "dsolve", Honours: "func ics", Doc: "Solve an ordinary differential equation for f(x): linear ones with constant coefficients (homogeneous, or by undetermined coefficients) and f^(n)(x) = g(x); ics={f(0): a, f(x).diff(x).subs(x, 0): b} fixes the constants.",
		Fn: func(in *interp, a *callArgs) Value { return in.dsolve(a) }},
	{Name: "terms_gcd", Honours: "deep clear expand", Doc: "Pull the greatest common monomial and the rational content out of a sum (clear=False keeps the fractions' form).",
		Fn: func(in *interp, a *callArgs) Value {
			if len(a.Rest()) > 0 {
				throw("NotImplementedError", "dcalc's terms_gcd does not take generators")
			}
			flag := func(name string, def bool) bool {
				if v := a.Get(name); v != nil {
					return in.truth(v, nil)
				}
				return def
			}
			f := a.Get("f")
			if r, ok := f.(*Relational); ok && r.Op == "==" {
				l, err := engine.TermsGcd(r.Lhs, flag("deep", false), flag("clear", true), flag("expand", true))
				if err != nil {
					panic(err)
				}
				rr, err := engine.TermsGcd(r.Rhs, flag("deep", false), flag("clear", true), flag("expand", true))
				if err != nil {
					panic(err)
				}
				return &Relational{Op: "==", Lhs: l, Rhs: rr}
			}
			out, err := engine.TermsGcd(in.sympify(f), flag("deep", false), flag("clear", true), flag("expand", true))
			if err != nil {
				panic(err)
			}
			return out
		}},
}

// checkodesol is checkodesol(ode, sol, func=None): SymPy's first test,
// the solution substituted and simplified to zero; a solution it does
// not confirm is refused, since SymPy's later tests decide the residual
// it reports.
func (in *interp) checkodesol(a *callArgs) Value {
	ode := in.odeProblem(a.Get("ode"), a.Get("func"))
	check := func(v Value) Value {
		var rhs engine.Expr
		if r, ok := v.(*Relational); ok {
			if r.Op != "==" || !engine.Equal(r.Lhs, ode.F) || engine.Has(r.Rhs, ode.F) {
				throw("NotImplementedError", "dcalc's checkodesol takes solutions solved for %s", in.str(ode.F))
			}
			rhs = r.Rhs
		} else {
			rhs = in.sympify(v)
		}
		ok, err := ode.Satisfies(rhs)
		if err != nil {
			panic(err)
		}
		if !ok {
			throw("NotImplementedError", "dcalc's checkodesol could not confirm the solution (SymPy reports a residual from further tests)")
		}
		return &Tuple{Items: []Value{true, engine.Zero}}
	}
	switch s := a.Get("sol").(type) {
	case *List:
		out := &List{}
		for _, it := range s.Items {
			out.Items = append(out.Items, check(it))
		}
		return out
	case *Tuple, *Set:
		throw("NotImplementedError", "dcalc's checkodesol takes one solution or a list of them")
	default:
		return check(s)
	}
	return nil
}

// odeProblem is the ODE of dsolve's and checkodesol's arguments: an
// equation or an expression equal to zero, in func or the one unknown
// function it holds.
func (in *interp) odeProblem(eqv, fv Value) *engine.ODE {
	var eq engine.Expr
	switch v := eqv.(type) {
	case *Relational:
		if v.Op != "==" {
			throw("NotImplementedError", "dcalc's dsolve takes an equation or an expression equal to zero")
		}
		eq = engine.Sub(v.Lhs, v.Rhs)
	case *List, *Tuple:
		throw("NotImplementedError", "dcalc's dsolve does not solve systems of ODEs yet")
	default:
		eq = in.sympify(v)
	}
	var f engine.Expr
	if fv != nil && fv != none {
		f = in.sympify(fv)
	} else {
		var calls []engine.Expr
		for _, c := range engine.FunctionAtoms(eq) {
			if engine.IsUndefinedCall(c) {
				calls = append(calls, c)
			}
		}
		if len(calls) != 1 {
			throw("NotImplementedError", "dcalc's dsolve needs func when the equation has more or fewer than one unknown function")
		}
		f = calls[0]
	}
	ode, err := engine.NewODE(eq, f)
	if err != nil {
		panic(err)
	}
	return ode
}

// dsolve is dsolve(eq, func=None, ics=None).
func (in *interp) dsolve(a *callArgs) Value {
	ode := in.odeProblem(a.Get("eq"), a.Get("func"))
	f := ode.F
	sols, err := ode.Solve()
	if err != nil {
		panic(err)
	}
	if icv := a.Get("ics"); icv != nil && icv != none {
		d, ok := icv.(*Dict)
		if !ok {
			throw("NotImplementedError", "dcalc's dsolve takes ics as a dict")
		}
		var ics [][2]engine.Expr
		for _, k := range d.Keys() {
			v, _ := d.Get(k)
			ics = append(ics, [2]engine.Expr{in.sympify(k), in.sympify(v)})
		}
		// with several solutions, those the conditions cannot fit
		// (ValueError) are dropped, as _helper_simplify does
		var kept []engine.Expr
		for _, s := range sols {
			r, err := ode.SolveICs(s, ics)
			if e, ok := err.(*engine.Error); ok && e.Type == "ValueError" && len(sols) > 1 {
				continue
			}
			if err != nil {
				panic(err)
			}
			kept = append(kept, r)
		}
		sols = kept
	}
	out := make([]Value, len(sols))
	for i, s := range sols {
		out[i] = &Relational{Op: "==", Lhs: f, Rhs: s}
	}
	if len(out) == 1 {
		return out[0]
	}
	return &List{Items: out}
}
