package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// factorTable binds factor, factor_list and cancel (the .factor() and
// .cancel() methods are in factorMethodTable).
var factorTable = []*binding{
	{Name: "factor", Doc: "Factor a polynomial or rational function over the rationals.",
		Fn: func(in *interp, a *callArgs) Value { args, kw := a.legacy(); return in.factor("factor", args, kw) }},
	{Name: "factor_list", Doc: "The constant and the (factor, multiplicity) pairs of a polynomial.",
		Fn: func(in *interp, a *callArgs) Value {
			args, kw := a.legacy()
			if len(args) == 1 && len(kw) == 0 {
				if p, ok := args[0].(*polyValue); ok {
					return polyMethods["factor_list"].fn(in, p, nil, nil)
				}
			}
			e := in.factorArg("factor_list", args, kw)
			c, fs, err := engine.FactorList(e)
			if err != nil {
				panic(err)
			}
			items := make([]Value, len(fs))
			for i, f := range fs {
				items[i] = &Tuple{Items: []Value{f.Base, f.Exp}}
			}
			return &Tuple{Items: []Value{c, &List{Items: items}}}
		}},
	{Name: "ratsimp", Doc: "The quotient and remainder form of a rational function: cancel, then divide the numerator by the denominator (lex order).",
		Fn: func(in *interp, a *callArgs) Value { return in.ratsimp(in.sympify(a.Get("expr"))) }},
	{Name: "cancel", Doc: "Put a rational function in the form p/q with no common factors (p, q expanded).",
		Fn: func(in *interp, a *callArgs) Value { args, kw := a.legacy(); return in.cancel(args, kw) }},
	leadingRow("LC", "The leading coefficient in lex order of the polynomial's generators (or of gens)."),
	leadingRow("LM", "The leading monomial in lex order of the polynomial's generators (or of gens)."),
	leadingRow("LT", "The leading term (coefficient times monomial) in lex order."),
	{Name: "degree", Honours: "gen", Doc: "The degree of a polynomial in gen (a symbol; a univariate polynomial's own by default).",
		Fn: func(in *interp, a *callArgs) Value {
			if p, ok := a.Get("f").(*polyValue); ok {
				return in.polyDegree(p, a.Get("gen"))
			}
			e := in.sympify(a.Get("f"))
			var x *engine.Symbol
			if g := a.Get("gen"); g != nil && g != none {
				if _, isInt := g.(*big.Int); !isInt {
					s, ok := in.sympify(g).(*engine.Symbol)
					if !ok {
						throw("NotImplementedError", "dcalc's degree() takes a symbol as gen")
					}
					x = s
				}
			}
			if x == nil {
				fs := engine.FreeSymbols(e)
				switch {
				case len(fs) > 1:
					throw("TypeError", "\nA symbolic generator of interest is required for a multivariate\nexpression like func = %s, e.g. degree(func, gen = %s) instead of\ndegree(func, gen = 0).", engine.Str(e), fs[0].Name())
				case len(fs) == 1:
					x = fs[0]
				default:
					if engine.IsZero(e) == engine.True {
						return engine.NegOo
					}
					return big.NewInt(0)
				}
			}
			d, ok := engine.Degree(e, x)
			if !ok {
				throw("PolynomialError", "%s contains an element of the set of generators.", engine.Str(engine.NonPolynomialPart(e, x)))
			}
			if d < 0 {
				return engine.NegOo
			}
			return big.NewInt(int64(d))
		}},
	{Name: "roots", Honours: "multiple", Doc: "The roots of a polynomial in one symbol with their multiplicities, as a dict (multiple=True: a list).",
		Fn: func(in *interp, a *callArgs) Value {
			var e engine.Expr
			var x *engine.Symbol
			if p, ok := a.Get("f").(*polyValue); ok { // roots(Poly(...)): its generator
				e, x = p.expr(), p.gen("roots")
			} else {
				e = in.sympify(a.Get("f"))
			}
			switch gens := a.Rest(); len(gens) {
			case 0:
				fs := engine.FreeSymbols(e)
				if len(fs) > 1 {
					throw("PolynomialError", "multivariate polynomials are not supported")
				}
				if len(fs) == 1 && x == nil {
					x = fs[0]
				}
			case 1:
				s, ok := in.sympify(gens[0]).(*engine.Symbol)
				if !ok {
					throw("PolynomialError", "generator must be a Symbol")
				}
				x = s
			default:
				throw("PolynomialError", "multivariate polynomials are not supported")
			}
			multiple := a.Get("multiple") != nil && in.truth(a.Get("multiple"), nil)
			var rs []engine.RootMult
			if x != nil {
				var err error
				if rs, err = engine.Roots(e, x); err != nil {
					panic(err)
				}
			}
			if multiple {
				var keys []engine.Expr
				for _, r := range rs {
					keys = append(keys, r.Root)
				}
				engine.Ordered(keys)
				l := &List{}
				for _, k := range keys {
					for _, r := range rs {
						if engine.Equal(r.Root, k) {
							for range r.Mult {
								l.Items = append(l.Items, k)
							}
						}
					}
				}
				return l
			}
			d := newDict()
			for _, r := range rs {
				d.Set(r.Root, big.NewInt(int64(r.Mult)))
			}
			return d
		}},
	{Name: "together", Honours: "deep", Doc: "Combine a sum over a common denominator (gcd_terms), without expanding.",
		Fn: func(in *interp, a *callArgs) Value {
			deep := a.Get("deep") != nil && in.truth(a.Get("deep"), nil)
			if p, ok := a.Get("expr").(*polyValue); ok { // together of a Poly is itself
				return p
			}
			return engine.Together(in.sympify(a.Get("expr")), deep)
		}},
	{Name: "apart", Honours: "x", Doc: "Partial fractions of a rational function of x (other symbols in the numerator when x is given).",
		Fn: func(in *interp, a *callArgs) Value { return in.apart(in.sympify(a.Get("f")), a.Get("x")) }},
	{Name: "collect", Honours: "func evaluate", Doc: "Group the terms of a sum by powers of syms (evaluate=False: a dict of them).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.collect(in.sympify(a.Get("expr")), a.Get("syms"), a.Get("func"), a.Get("evaluate"))
		}},
}

// apart is apart(e, x) for a rational function of x (other symbols in
// the numerator's coefficients when x is given).
func (in *interp) apart(e engine.Expr, xv Value) Value {
	fs := engine.FreeSymbols(e)
	if len(fs) > 1 && (xv == nil || xv == none) {
		// (SymPy's own apart refuses these too)
		throw("NotImplementedError", "multivariate partial fraction decomposition")
	}
	var x *engine.Symbol
	if xv != nil && xv != none {
		s, ok := in.sympify(xv).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's apart() takes a symbol x")
		}
		x = s
	} else if len(fs) == 1 {
		x = fs[0]
	} else {
		return e
	}
	apart := engine.Apart
	if len(fs) > 1 {
		apart = engine.ApartParams
	}
	r, err := apart(e, x)
	if err != nil {
		panic(err)
	}
	return r
}

// collect is collect(expr, syms, func, evaluate).
func (in *interp) collect(e engine.Expr, syms, fn, evaluate Value) Value {
	var ss []engine.Expr
	if in.isIterable(syms) {
		in.iterate(syms, func(v Value) bool { ss = append(ss, in.sympify(v)); return true })
	} else {
		ss = []engine.Expr{in.sympify(syms)}
	}
	if evaluate != nil && evaluate != none && !in.truth(evaluate, nil) {
		d := newDict()
		for _, p := range in.collectGroups(e, ss, fn) {
			d.Set(p.Key, p.Val)
		}
		return d
	}
	return in.collectEval(e, ss, fn)
}

// collectGroups is collect's grouping of the terms of e, with func
// applied to each coefficient.
func (in *interp) collectGroups(e engine.Expr, ss []engine.Expr, fn Value) []engine.CollectPair {
	ps, err := engine.Collect(e, ss)
	if err != nil {
		panic(err)
	}
	if fn != nil && fn != none {
		for i := range ps {
			ps[i].Val = in.sympify(in.call(fn, []Value{ps[i].Val}, nil))
		}
	}
	return ps
}

// collectEval is collect(e, syms, func) with evaluate=True: as SymPy
// does, a product is collected factor by factor and a power in its base
// (each returned as it is then), a sum term by term before its terms
// are grouped.
func (in *interp) collectEval(e engine.Expr, ss []engine.Expr, fn Value) engine.Expr {
	switch t := e.(type) {
	case *engine.Mul:
		args := t.Args()
		out := make([]engine.Expr, len(args))
		for i, a := range args {
			out[i] = in.collectEval(a, ss, fn)
		}
		return engine.NewMul(out...)
	case *engine.Pow:
		return engine.NewPow(in.collectEval(t.Base(), ss, fn), t.Exp())
	case *engine.Add:
		args := t.Args()
		out := make([]engine.Expr, len(args))
		for i, a := range args {
			out[i] = in.collectEval(a, ss, fn)
		}
		e = engine.NewAdd(out...)
	}
	ps := in.collectGroups(e, ss, fn)
	ts := make([]engine.Expr, len(ps))
	for i, p := range ps {
		ts[i] = engine.NewMul(p.Key, p.Val)
	}
	return engine.NewAdd(ts...)
}

// factorMethodTable binds e.factor().
var factorMethodTable = []*binding{
	exprMethod("together", "", "Combine a sum over a common denominator (gcd_terms), without expanding.",
		func(in *interp, e engine.Expr, a *callArgs) Value { return engine.Together(e, false) }),
	exprMethod("apart", "x", "Partial fractions of a rational function of x (other symbols in the numerator when x is given).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return in.apart(e, a.Get("x"))
		}),
	exprMethod("collect", "func evaluate", "Group the terms of a sum by powers of syms (evaluate=False: a dict of them).",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return in.collect(e, a.Get("syms"), a.Get("func"), a.Get("evaluate"))
		}),
	exprMethod("factor", "", "Factor a polynomial or rational function over the rationals.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return in.factor("factor", append([]Value{e}, a.Rest()...), nil)
		}),
	exprMethod("ratsimp", "", "The quotient and remainder form of a rational function (SymPy's ratsimp).",
		func(in *interp, e engine.Expr, a *callArgs) Value { return in.ratsimp(e) }),
	exprMethod("cancel", "", "Put a rational function in the form p/q with no common factors.",
		func(in *interp, e engine.Expr, a *callArgs) Value {
			return in.cancel(append([]Value{e}, a.Rest()...), nil)
		}),
}

func (in *interp) cancel(args []Value, kw []kwArg) Value {
	if len(args) == 1 && len(kw) == 0 {
		if p, ok := args[0].(*polyValue); ok { // cancel of a Poly is itself
			return p
		}
	}
	r, err := engine.Cancel(in.factorArg("cancel", args, kw))
	if err != nil {
		panic(err)
	}
	return r
}

// factorArg checks factor's arguments: one expression; generators and
// options (deep, extension, modulus, gaussian …) are not supported yet and
// say so rather than being ignored.
func (in *interp) factorArg(name string, args []Value, kw []kwArg) engine.Expr {
	if len(args) == 0 {
		throw("TypeError", "%s() missing 1 required positional argument: 'f'", name)
	}
	if len(args) > 1 {
		throw("NotImplementedError", "dcalc's %s does not take generators yet", name)
	}
	for _, k := range kw {
		throw("NotImplementedError", "dcalc's %s does not support the option %s= yet", name, k.Name)
	}
	return in.sympify(args[0])
}

func (in *interp) factor(name string, args []Value, kw []kwArg) Value {
	if len(args) == 1 && len(kw) == 0 {
		if p, ok := args[0].(*polyValue); ok { // factor of a Poly is itself
			return p
		}
	}
	r, err := engine.Factor(in.factorArg(name, args, kw))
	if err != nil {
		panic(err)
	}
	return r
}

// ratsimp is ratsimp(expr).
func (in *interp) ratsimp(e engine.Expr) Value {
	r, err := engine.Ratsimp(e)
	if err != nil {
		panic(err)
	}
	return r
}

// leadingRow binds LC, LM or LT.
func leadingRow(name, doc string) *binding {
	return &binding{Name: name, Doc: doc, Fn: func(in *interp, a *callArgs) Value {
		var gens []engine.Expr
		for _, g := range a.Rest() {
			gens = append(gens, in.sympify(g))
		}
		f := a.Get("f")
		if p, ok := f.(*polyValue); ok { // the Poly's own generators
			f = p.expr()
			if len(gens) == 0 {
				gens = p.p.Gens
			}
		}
		lc, lm, err := engine.LeadingTerm(name, in.sympify(f), gens)
		if err != nil {
			panic(err)
		}
		switch name {
		case "LC":
			return lc
		case "LM":
			return lm
		}
		return engine.NewMul(lc, lm)
	}}
}
