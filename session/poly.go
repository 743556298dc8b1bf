package session

import (
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file is SymPy's Poly and PurePoly (the class Matrix.charpoly
// returns): construction with given or automatic generators and a
// domain (engine.NewPoly), printing, the methods notebooks use, and
// arithmetic, whose results are read back into the unified generators
// and domain as Poly._unify does.

// polyValue is a Poly or a PurePoly.
type polyValue struct {
	cls string // "Poly" or "PurePoly"
	p   *engine.Poly
}

// monomialValue is the Monomial Poly.LM returns: print shows its str;
// its repr (an object address in SymPy) is refused.
type monomialValue struct{ s string }

// domainValue is a polys domain (ZZ, QQ, ZZ[a], ...) as Poly.domain
// returns it and the domain= option takes it.
type domainValue struct{ d engine.Domain }

func (p *polyValue) str() string   { return p.p.StrAs(p.cls) }
func (p *polyValue) latex() string { return p.p.LatexAs(p.cls) }

func (p *polyValue) expr() engine.Expr { return p.p.AsExpr() }

// univariate is the generator of a Poly in one generator.
func (p *polyValue) univariate(what string) engine.Expr {
	if len(p.p.Gens) != 1 {
		throw("PolynomialError", "multivariate polynomials not supported")
	}
	return p.p.Gens[0]
}

// gen is the generator as a Symbol, for the operations dcalc has for
// polynomials in one symbol.
func (p *polyValue) gen(what string) *engine.Symbol {
	s, ok := p.univariate(what).(*engine.Symbol)
	if !ok {
		throw("NotImplementedError", "dcalc's %s takes a polynomial in a symbol, not in %s", what, engine.Str(p.p.Gens[0]))
	}
	return s
}

// ratCoeffs is a univariate polynomial over ZZ or QQ as its
// coefficients, lowest degree first.
func (p *polyValue) ratCoeffs(what string) []*big.Rat {
	x := p.gen(what)
	if k := p.p.Dom.Kind; k != engine.DomZZ && k != engine.DomQQ {
		throw("NotImplementedError", "dcalc's %s takes a polynomial over ZZ or QQ, not %s", what, p.p.Dom.String())
	}
	cs, ok := engine.RationalCoeffs(p.expr(), x)
	if !ok {
		throw("NotImplementedError", "dcalc's %s takes a polynomial with rational coefficients", what)
	}
	return cs
}

// ratPoly is the Poly (cls) in x over dom with rational coefficients
// cs, lowest degree first.
func ratPoly(cls string, x engine.Expr, cs []*big.Rat, dom *engine.Domain) *polyValue {
	ts := make([]engine.Expr, len(cs))
	for i, c := range cs {
		ts[i] = engine.NewMul(engine.RatExpr(c), engine.NewPow(x, engine.NewInt(int64(i))))
	}
	return newPoly(cls, engine.NewAdd(ts...), []engine.Expr{x}, dom)
}

// newPoly is Poly(e, *gens, domain=dom), its errors raised as SymPy's.
func newPoly(cls string, e engine.Expr, gens []engine.Expr, dom *engine.Domain) *polyValue {
	p, err := engine.NewPoly(e, gens, dom)
	if err != nil {
		panic(err)
	}
	return &polyValue{cls: cls, p: p}
}

// polyTable binds Poly, PurePoly, the domains and the root finders that
// take a Poly.
var polyTable = []*binding{
	{Name: "Poly", Sig: "(rep, *gens, **args)", Honours: "domain",
		Doc: "A polynomial in the given generators (or those of the expression), over ZZ, QQ, ZZ_I, QQ_I, RR, a polynomial ring, a fraction field or EX.",
		Fn:  func(in *interp, a *callArgs) Value { return in.polyCtor("Poly", a) }},
	{Name: "poly", Sig: "(expr, *gens, **args)", Honours: "domain",
		Doc: "The Poly of an expression (as Poly(expr, *gens)).",
		Fn:  func(in *interp, a *callArgs) Value { return in.polyOf("Poly", in.sympify(a.Get("expr")), a) }},
	{Name: "PurePoly", Sig: "(rep, *gens, **args)", Honours: "domain",
		Doc: "A polynomial whose generator is a placeholder (as charpoly returns).",
		Fn:  func(in *interp, a *callArgs) Value { return in.polyCtor("PurePoly", a) }},
	{Name: "nroots", Honours: "n", Doc: "The roots of a polynomial to n digits (real ones first in ascending order, then complex ones).",
		Fn: func(in *interp, a *callArgs) Value {
			return nroots(in, in.univariatePoly("nroots", a.Get("f")).ratCoeffs("nroots"), a.Or("n", big.NewInt(15)))
		}},
	{Name: "real_roots", Doc: "The real roots of a polynomial in ascending order, repeated by multiplicity (radicals where SymPy gives them).",
		Fn: func(in *interp, a *callArgs) Value {
			reals, _, err := engine.AllRoots(in.univariatePoly("real_roots", a.Get("f")).ratCoeffs("real_roots"))
			if err != nil {
				panic(err)
			}
			return exprList(reals)
		}},
}

// installDomains binds the simple domains by their names.
func installDomains(ns map[string]Value) {
	for _, name := range []string{"ZZ", "QQ", "ZZ_I", "QQ_I", "RR", "EX"} {
		d, _ := engine.DomainByName(name)
		ns[name] = &domainValue{d}
	}
}

func (in *interp) polyCtor(cls string, a *callArgs) Value {
	switch rep := a.Get("rep").(type) {
	case *polyValue:
		return in.polyOf(cls, rep.expr(), a)
	case *Relational:
		if rep.Op == "==" { // _dict_from_expr reads Eq(l, r) as l - r
			return in.polyOf(cls, engine.Sub(rep.Lhs, rep.Rhs), a)
		}
	case *List, *Tuple:
		// _from_list: the coefficients from the highest degree, in one
		// generator
		items := in.toSlice(rep)
		if len(a.Rest()) != 1 {
			throw("NotImplementedError", "dcalc's %s from a list takes one generator", cls)
		}
		g := in.sympify(a.Rest()[0])
		ts := make([]engine.Expr, len(items))
		for i, it := range items {
			ts[i] = engine.NewMul(in.sympify(it), engine.NewPow(g, engine.NewInt(int64(len(items)-1-i))))
		}
		return in.polyOf(cls, engine.NewAdd(ts...), a)
	}
	return in.polyOf(cls, in.sympify(a.Get("rep")), a)
}

// asPoly is Expr.as_poly: Poly(e, *gens, **args), or None when e is not
// a polynomial in them.
func (in *interp) asPoly(e engine.Expr, a *callArgs) (v Value) {
	defer func() {
		if r := recover(); r != nil {
			typ := ""
			switch x := r.(type) {
			case *Exception:
				typ = x.Type
			case *engine.Error:
				typ = x.Type
			}
			if typ == "PolynomialError" || typ == "GeneratorsNeeded" {
				v = none
				return
			}
			panic(r)
		}
	}()
	return in.polyOf("Poly", e, a)
}

// polyOf is Poly(e, *gens, domain=...) with the generators and options of a.
func (in *interp) polyOf(cls string, e engine.Expr, a *callArgs) Value {
	var dom *engine.Domain
	for _, k := range a.Extra() {
		if k.Name == "domain" {
			d := in.domainArg(k.Value)
			dom = &d
		}
	}
	gens := make([]engine.Expr, 0, len(a.Rest()))
	for _, g := range flattenValues(&List{Items: a.Rest()}) {
		ge := in.sympify(g)
		if engine.IsNumber(ge) {
			throw("GeneratorsError", "generator must be a Symbol or an expression, not %s", engine.Str(ge))
		}
		if slices.ContainsFunc(gens, func(h engine.Expr) bool { return engine.Equal(h, ge) }) {
			throw("GeneratorsError", "duplicated generators: %s", in.repr(&Tuple{Items: a.Rest()}))
		}
		gens = append(gens, ge)
	}
	return newPoly(cls, e, gens, dom)
}

// domainArg reads the domain= option: a domain or its name.
func (in *interp) domainArg(v Value) engine.Domain {
	switch x := v.(type) {
	case *domainValue:
		return x.d
	case string:
		if d, ok := engine.DomainByName(x); ok {
			return d
		}
		throw("NotImplementedError", "dcalc's Poly takes the domains ZZ, QQ, ZZ_I, QQ_I, RR and EX, not %s", x)
	}
	throw("NotImplementedError", "dcalc's Poly takes the domains ZZ, QQ, ZZ_I, QQ_I, RR and EX, not %s", in.repr(v))
	return engine.Domain{}
}

// nroots is nroots(p, n): the numeric roots to n digits.
func nroots(in *interp, cs []*big.Rat, n Value) Value {
	d := int(in.toIndex(n))
	if d < 1 {
		throw("ValueError", "n must be a positive integer")
	}
	rs, err := engine.NRoots(cs, d)
	if err != nil {
		panic(err)
	}
	return exprList(rs)
}

// univariatePoly reads f (a Poly, or an expression in one symbol) as a
// Poly for the function name.
func (in *interp) univariatePoly(name string, f Value) *polyValue {
	if p, ok := f.(*polyValue); ok {
		return p
	}
	e := in.sympify(f)
	fs := engine.FreeSymbols(e)
	if len(fs) != 1 {
		throw("NotImplementedError", "dcalc's %s takes a polynomial in one symbol", name)
	}
	return newPoly("Poly", e, []engine.Expr{fs[0]}, nil)
}

// polyEqual is Poly.__eq__ (PurePoly's compares coefficients whatever
// the generators are called): other values are read with the Poly's
// generators and domain first.
func polyEqual(a *polyValue, b Value) bool {
	pb, ok := b.(*polyValue)
	if !ok {
		if n, isInt := b.(*big.Int); isInt {
			b = engine.NewBigInt(n)
		}
		e, isExpr := b.(engine.Expr)
		if !isExpr {
			return false
		}
		d := a.p.Dom
		q, err := engine.NewPoly(e, a.p.Gens, &d)
		if err != nil {
			return false
		}
		pb = &polyValue{cls: a.cls, p: q}
	}
	if a.cls != pb.cls || len(a.p.Gens) != len(pb.p.Gens) || a.p.Dom.String() != pb.p.Dom.String() {
		return false
	}
	if a.cls == "Poly" && !slices.EqualFunc(a.p.Gens, pb.p.Gens, engine.Equal) {
		return false
	}
	return slices.EqualFunc(a.p.Terms, pb.p.Terms, func(s, t engine.PolyTerm) bool {
		return slices.Equal(s.Monom, t.Monom) && engine.Equal(s.Coeff, t.Coeff)
	})
}

// polyCall is p(*values): eval at the values of the first generators.
func (in *interp) polyCall(p *polyValue, args []Value, kw []kwArg) Value {
	noKw("__call__", kw)
	return in.polyEvalValues(p, args)
}

// polyNames is dir(Poly) in SymPy 1.14 without the names starting with
// an underscore: a name here that polyAttr lacks is NotImplementedError,
// any other an AttributeError.
const polyNames = "EC EM ET LC LM LT TC abs add add_ground all_coeffs all_monoms all_roots all_terms args " +
	"as_content_primitive as_dict as_dummy as_expr as_list as_poly assumptions0 atoms cancel canonical_variables " +
	"class_key clear_denoms coeff coeff_monomial coeffs cofactors compare compose content copy could_extract_minus_sign " +
	"count count_ops count_roots decompose default_assumptions deflate degree degree_list diff discriminant dispersion " +
	"dispersionset div doit domain dummy_eq eject eq eval exclude expr expr_free_symbols exquo exquo_ground factor_list " +
	"factor_list_include find free_symbols free_symbols_in_domain from_dict from_expr from_list from_poly fromiter func " +
	"galois_group gcd gcdex gen gens get_domain get_modulus gff_list ground_roots half_gcdex has has_free has_only_gens " +
	"has_xfree homogeneous_order homogenize inject integrate intervals invert is_Add is_AlgebraicNumber is_Atom " +
	"is_Boolean is_Derivative is_Dummy is_Equality is_Float is_Function is_Indexed is_Integer is_MatAdd is_MatMul " +
	"is_Matrix is_Mul is_Not is_Number is_NumberSymbol is_Order is_Piecewise is_Point is_Poly is_Pow is_Rational " +
	"is_Relational is_Symbol is_Vector is_Wild is_algebraic is_antihermitian is_commutative is_comparable is_complex " +
	"is_composite is_cyclotomic is_even is_extended_negative is_extended_nonnegative is_extended_nonpositive " +
	"is_extended_nonzero is_extended_positive is_extended_real is_finite is_ground is_hermitian is_homogeneous " +
	"is_hypergeometric is_imaginary is_infinite is_integer is_irrational is_irreducible is_linear is_monic is_monomial " +
	"is_multivariate is_negative is_noninteger is_nonnegative is_nonpositive is_nonzero is_number is_odd is_one " +
	"is_polar is_positive is_prime is_primitive is_quadratic is_rational is_real is_same is_sqf is_symbol " +
	"is_transcendental is_univariate is_zero kind l1_norm lcm length lift ltrim make_monic_over_integers_by_scaling_roots " +
	"match matches max_norm monic monoms mul mul_ground ne neg new norm nroots nth nth_power_roots_poly one pdiv per " +
	"pexquo pow pquo prem primitive quo quo_ground rat_clear_denoms rcall real_roots refine refine_root rem reorder rep " +
	"replace resultant retract revert rewrite root same_root set_domain set_modulus shift shift_list simplify slice " +
	"sort_key sqf_list sqf_list_include sqf_norm sqf_part sqr sturm sub sub_ground subresultants subs terms terms_gcd " +
	"termwise to_exact to_field to_ring total_degree transform trunc unify which_all_roots which_real_roots xreplace zero"

// polyFlags are the Basic class flags of a Poly.
var polyFlags = map[string]bool{
	"is_Poly": true, "is_commutative": true, "is_Add": false, "is_Mul": false, "is_Pow": false,
	"is_Symbol": false, "is_Number": false, "is_Function": false, "is_Atom": false, "is_Integer": false,
	"is_Rational": false, "is_Float": false, "is_Matrix": false, "is_Relational": false,
}

// polyAttr is the attributes and methods of a Poly.
func (in *interp) polyAttr(p *polyValue, name string) (Value, bool) {
	if v, ok := polyFlags[name]; ok {
		return v, true
	}
	if row, ok := polyMethods[name]; ok {
		if row.prop {
			return row.fn(in, p, nil, nil), true
		}
		return &BoundMethod{Recv: p, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
			return row.fn(in, p, args, kw)
		}}, true
	}
	if slices.Contains(strings.Fields(polyNames), name) {
		throw("NotImplementedError", "dcalc does not implement %s.%s yet", p.cls, name)
	}
	return nil, false
}

// polyMethod is a Poly attribute (prop) or method.
type polyMethod struct {
	prop bool
	fn   func(in *interp, p *polyValue, args []Value, kw []kwArg) Value
}

// method wraps a method that takes no keywords and between lo and hi
// positional arguments.
func method(name string, lo, hi int, f func(in *interp, p *polyValue, args []Value) Value) polyMethod {
	return polyMethod{fn: func(in *interp, p *polyValue, args []Value, kw []kwArg) Value {
		noKw(name, kw)
		nargs(name, args, lo, hi)
		return f(in, p, args)
	}}
}

func prop(f func(p *polyValue) Value) polyMethod {
	return polyMethod{prop: true, fn: func(_ *interp, p *polyValue, _ []Value, _ []kwArg) Value { return f(p) }}
}

// termsOrZero is terms() with the zero polynomial as its one zero term.
func (p *polyValue) termsOrZero() []engine.PolyTerm {
	if len(p.p.Terms) == 0 {
		return []engine.PolyTerm{{Monom: make([]int, len(p.p.Gens)), Coeff: engine.Zero}}
	}
	return p.p.Terms
}

func monomTuple(m []int) *Tuple {
	t := &Tuple{Items: make([]Value, len(m))}
	for i, k := range m {
		t.Items[i] = big.NewInt(int64(k))
	}
	return t
}

// degreeIn is the degree in generator j (-oo for the zero polynomial).
func (p *polyValue) degreeIn(j int) (int, bool) {
	if len(p.p.Terms) == 0 {
		return 0, false
	}
	d := 0
	for _, t := range p.p.Terms {
		d = max(d, t.Monom[j])
	}
	return d, true
}

// genIndex is _gen_to_level: a generator's position, from an index or
// the generator itself.
func (in *interp) genIndex(p *polyValue, g Value) int {
	if i, ok := g.(*big.Int); ok {
		n := len(p.p.Gens)
		k := int(i.Int64())
		if k < 0 {
			k += n
		}
		if k < 0 || k >= n {
			throw("PolynomialError", "-%d <= gen < %d expected, got %s", n, n, i.String())
		}
		return k
	}
	e := in.sympify(g)
	for i, h := range p.p.Gens {
		if engine.Equal(h, e) {
			return i
		}
	}
	throw("PolynomialError", "a valid generator expected, got %s", engine.Str(e))
	return 0
}

// coeffAt is the coefficient of monomial m (zero when absent).
func (p *polyValue) coeffAt(m []int) engine.Expr {
	for _, t := range p.p.Terms {
		if slices.Equal(t.Monom, m) {
			return t.Coeff
		}
	}
	return engine.Zero
}

// polyMethods are the Poly attributes dcalc has.
var polyMethods map[string]polyMethod

func init() {
	polyMethods = map[string]polyMethod{
		"gens": prop(func(p *polyValue) Value { return exprTuple(p.p.Gens) }),
		"gen":  prop(func(p *polyValue) Value { return p.p.Gens[0] }),
		"domain": prop(func(p *polyValue) Value {
			return &domainValue{p.p.Dom}
		}),
		"free_symbols": prop(func(p *polyValue) Value { return freeSymbolSet(p.expr()) }),
		"expr":         prop(func(p *polyValue) Value { return p.expr() }),
		"is_univariate": prop(func(p *polyValue) Value {
			return len(p.p.Gens) == 1
		}),
		"is_multivariate": prop(func(p *polyValue) Value { return len(p.p.Gens) > 1 }),
		"is_zero":         prop(func(p *polyValue) Value { return len(p.p.Terms) == 0 }),
		"is_one": prop(func(p *polyValue) Value {
			return len(p.p.Terms) == 1 && p.p.Terms[0].Monom[0] == 0 && p.p.IsGround() && engine.Equal(p.p.Terms[0].Coeff, engine.One)
		}),
		"is_ground":   prop(func(p *polyValue) Value { return p.p.IsGround() }),
		"is_monomial": prop(func(p *polyValue) Value { return len(p.p.Terms) <= 1 }),
		"is_linear":   prop(func(p *polyValue) Value { return p.totalDegreeAtMost(1) }),
		"is_quadratic": prop(func(p *polyValue) Value {
			return p.totalDegreeAtMost(2)
		}),
		"is_monic": prop(func(p *polyValue) Value {
			return len(p.p.Terms) > 0 && engine.Equal(p.p.Terms[0].Coeff, engine.One)
		}),
		"get_domain": method("get_domain", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return &domainValue{p.p.Dom} }),
		"as_expr":    method("as_expr", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return p.expr() }),
		"as_poly":    method("as_poly", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return p }),
		"length":     method("length", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return big.NewInt(int64(len(p.p.Terms))) }),
		"terms": method("terms", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			l := &List{}
			for _, t := range p.termsOrZero() {
				l.Items = append(l.Items, &Tuple{Items: []Value{monomTuple(t.Monom), t.Coeff}})
			}
			return l
		}),
		"coeffs": method("coeffs", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			l := &List{}
			for _, t := range p.termsOrZero() {
				l.Items = append(l.Items, t.Coeff)
			}
			return l
		}),
		"monoms": method("monoms", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			l := &List{}
			for _, t := range p.termsOrZero() {
				l.Items = append(l.Items, monomTuple(t.Monom))
			}
			return l
		}),
		"as_dict": method("as_dict", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			d := newDict()
			ts := slices.Clone(p.p.Terms)
			slices.Reverse(ts)
			for _, t := range ts {
				d.Set(monomTuple(t.Monom), t.Coeff)
			}
			return d
		}),
		"all_coeffs": method("all_coeffs", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			p.univariate("all_coeffs")
			n, ok := p.degreeIn(0)
			if !ok {
				return &List{Items: []Value{engine.Zero}}
			}
			l := &List{}
			for k := n; k >= 0; k-- {
				l.Items = append(l.Items, p.coeffAt([]int{k}))
			}
			return l
		}),
		"degree": polyMethod{fn: func(in *interp, p *polyValue, args []Value, kw []kwArg) Value {
			d, ok := p.degreeIn(in.genIndex(p, optionalArg("degree", "gen", args, kw, big.NewInt(0))))
			if !ok {
				return engine.NegOo
			}
			return big.NewInt(int64(d))
		}},
		"degree_list": method("degree_list", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			t := &Tuple{}
			for j := range p.p.Gens {
				d, ok := p.degreeIn(j)
				if !ok {
					t.Items = append(t.Items, math.Inf(-1))
					continue
				}
				t.Items = append(t.Items, big.NewInt(int64(d)))
			}
			return t
		}),
		"total_degree": method("total_degree", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			d := 0
			for _, t := range p.p.Terms {
				s := 0
				for _, k := range t.Monom {
					s += k
				}
				d = max(d, s)
			}
			return big.NewInt(int64(d))
		}),
		"LC": method("LC", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return p.termsOrZero()[0].Coeff }),
		"TC": method("TC", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			return p.coeffAt(make([]int, len(p.p.Gens)))
		}),
		"EC": method("EC", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			ts := p.termsOrZero()
			return ts[len(ts)-1].Coeff
		}),
		"coeff_monomial": method("coeff_monomial", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			return p.coeffAt(in.monomOf(p, args[0]))
		}),
		"nth": method("nth", 0, 1<<20, func(in *interp, p *polyValue, args []Value) Value {
			if len(args) != len(p.p.Gens) {
				throw("ValueError", "exponent of each generator must be specified")
			}
			m := make([]int, len(args))
			for i, a := range args {
				m[i] = int(in.toIndex(a))
			}
			return p.coeffAt(m)
		}),
		"eval": polyMethod{fn: func(in *interp, p *polyValue, args []Value, kw []kwArg) Value {
			nargs("eval", args, 1, 2)
			opts := kwOnly("eval", kw, "a", "auto")
			if a, ok := opts["a"]; ok {
				args = append(args, a)
			}
			if len(args) == 2 {
				return in.polyEvalAt(p, in.genIndex(p, args[0]), args[1])
			}
			switch x := args[0].(type) {
			case *Dict:
				var r Value = p
				for _, k := range x.Keys() {
					v, _ := x.Get(k)
					q, ok := r.(*polyValue)
					if !ok {
						throw("AttributeError", "'%s' object has no attribute 'eval'", typeName(r))
					}
					r = in.polyEvalAt(q, in.genIndex(q, k), v)
				}
				return r
			case *List, *Tuple:
				return in.polyEvalValues(p, flattenValues(x))
			}
			return in.polyEvalAt(p, 0, args[0])
		}},
		"subs": method("subs", 1, 2, func(in *interp, p *polyValue, args []Value) Value {
			return in.polySubs(p, args)
		}),
		"diff": polyMethod{fn: func(in *interp, p *polyValue, args []Value, kw []kwArg) Value {
			kwOnly("diff", kw, "evaluate")
			return in.polyDiff(p, args)
		}},
		"monic": method("monic", 0, 0, func(in *interp, p *polyValue, _ []Value) Value {
			p.ratCoeffsAny("monic")
			if len(p.p.Terms) == 0 {
				return p
			}
			field := p.p.Dom
			if field.Kind == engine.DomZZ {
				field.Kind = engine.DomQQ
			}
			return newPoly(p.cls, engine.Expand(engine.Div(p.expr(), p.p.Terms[0].Coeff)), p.p.Gens, &field)
		}),
		"content": method("content", 0, 0, func(in *interp, p *polyValue, _ []Value) Value {
			return engine.RatExpr(p.content())
		}),
		"primitive": method("primitive", 0, 0, func(in *interp, p *polyValue, _ []Value) Value {
			c := p.content()
			d := p.p.Dom
			q := p
			if c.Sign() != 0 {
				q = newPoly(p.cls, engine.Expand(engine.Div(p.expr(), engine.RatExpr(c))), p.p.Gens, &d)
			}
			return &Tuple{Items: []Value{engine.RatExpr(c), q}}
		}),
		"factor_list": method("factor_list", 0, 0, func(in *interp, p *polyValue, _ []Value) Value {
			p.ratCoeffsAny("factor_list")
			c, fs, err := engine.FactorList(p.expr())
			if err != nil {
				panic(err)
			}
			d := p.p.Dom
			items := make([]Value, len(fs))
			for i, f := range fs {
				items[i] = &Tuple{Items: []Value{newPoly(p.cls, f.Base, p.p.Gens, &d), f.Exp}}
			}
			return &Tuple{Items: []Value{c, &List{Items: items}}}
		}),
		"nroots": polyMethod{fn: func(in *interp, p *polyValue, args []Value, kw []kwArg) Value {
			return nroots(in, p.ratCoeffs("nroots"), optionalArg("nroots", "n", args, kw, big.NewInt(15)))
		}},
		"div": method("div", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			return in.polyDivide("div", p, in.polyOther(p, args[0]))
		}),
		"quo": method("quo", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			return in.polyDivide("quo", p, in.polyOther(p, args[0]))
		}),
		"rem": method("rem", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			return in.polyDivide("rem", p, in.polyOther(p, args[0]))
		}),
		"gcd": method("gcd", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			return in.polyGcdLcm("gcd", p, in.polyOther(p, args[0]))
		}),
		"lcm": method("lcm", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			return in.polyGcdLcm("lcm", p, in.polyOther(p, args[0]))
		}),
		"LM": method("LM", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			// a Monomial, whose str writes every exponent (x**2*y**0)
			// and whose repr is an object address: only str is given
			var fs []string
			for i, k := range p.termsOrZero()[0].Monom {
				fs = append(fs, engine.Str(p.p.Gens[i])+"**"+itoa(k))
			}
			return &monomialValue{strings.Join(fs, "*")}
		}),
		"to_field": method("to_field", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value {
			d, ok := p.p.Dom.Field()
			if !ok {
				throw("NotImplementedError", "dcalc's Poly.to_field takes a polynomial over ZZ, QQ or the Gaussian domains")
			}
			return newPoly(p.cls, p.expr(), p.p.Gens, &d)
		}),
		"set_domain": method("set_domain", 1, 1, func(in *interp, p *polyValue, args []Value) Value {
			d := in.domainArg(args[0])
			return newPoly(p.cls, p.expr(), p.p.Gens, &d)
		}),
		"integrate": method("integrate", 0, 1<<20, func(in *interp, p *polyValue, args []Value) Value {
			if len(args) > 0 {
				throw("NotImplementedError", "dcalc's Poly.integrate integrates in the first generator only")
			}
			d, ok := p.p.Dom.Field()
			if !ok {
				throw("NotImplementedError", "dcalc's Poly.integrate takes a polynomial over ZZ, QQ or the Gaussian domains")
			}
			ts := make([]engine.Expr, len(p.p.Terms))
			for i, t := range p.p.Terms {
				m := slices.Clone(t.Monom)
				m[0]++
				ts[i] = engine.Div(engine.NewMul(t.Coeff, engine.Monomial(m, p.p.Gens)), engine.NewInt(int64(m[0])))
			}
			return newPoly(p.cls, engine.NewAdd(ts...), p.p.Gens, &d)
		}),
		"all_roots":  method("all_roots", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return p.roots("all_roots") }),
		"real_roots": method("real_roots", 0, 0, func(_ *interp, p *polyValue, _ []Value) Value { return p.roots("real_roots") }),
	}
}

func (p *polyValue) roots(name string) Value {
	reals, complexes, err := engine.AllRoots(p.ratCoeffs(name))
	if err != nil {
		panic(err)
	}
	if name == "all_roots" {
		reals = append(reals, complexes...)
	}
	return exprList(reals)
}

func (p *polyValue) totalDegreeAtMost(n int) bool {
	for _, t := range p.p.Terms {
		s := 0
		for _, k := range t.Monom {
			s += k
		}
		if s > n {
			return false
		}
	}
	return true
}

// ratCoeffsAny checks that the domain is ZZ or QQ.
func (p *polyValue) ratCoeffsAny(what string) {
	if k := p.p.Dom.Kind; k != engine.DomZZ && k != engine.DomQQ {
		throw("NotImplementedError", "dcalc's Poly.%s takes a polynomial over ZZ or QQ, not %s", what, p.p.Dom.String())
	}
}

// content is the gcd of the coefficients over ZZ or QQ (QQ's gcd of
// fractions: the gcd of the numerators over the lcm of the
// denominators).
func (p *polyValue) content() *big.Rat {
	p.ratCoeffsAny("content")
	num, den := new(big.Int), big.NewInt(1)
	for _, t := range p.p.Terms {
		r := engine.RatOf(t.Coeff)
		num.GCD(nil, nil, num, new(big.Int).Abs(r.Num()))
		den.Div(new(big.Int).Mul(den, r.Denom()), new(big.Int).GCD(nil, nil, den, r.Denom()))
	}
	if num.Sign() == 0 {
		return new(big.Rat)
	}
	return new(big.Rat).SetFrac(num, den)
}

// monomOf reads a monomial given as an expression (x**2*y) or a tuple
// of exponents.
func (in *interp) monomOf(p *polyValue, v Value) []int {
	if t, ok := v.(*Tuple); ok {
		m := make([]int, len(t.Items))
		for i, it := range t.Items {
			m[i] = int(in.toIndex(it))
		}
		return m
	}
	q, err := engine.NewPoly(in.sympify(v), p.p.Gens, nil)
	if err != nil || len(q.Terms) != 1 || !engine.Equal(q.Terms[0].Coeff, engine.One) {
		throw("ValueError", "Expected a monomial got %s", in.str(v))
	}
	return q.Terms[0].Monom
}

// polyEvalValues evaluates at values for the first generators in turn.
func (in *interp) polyEvalValues(p *polyValue, vals []Value) Value {
	if len(vals) > len(p.p.Gens) {
		throw("ValueError", "too many values provided")
	}
	var r Value = p
	for _, v := range vals {
		r = in.polyEvalAt(r.(*polyValue), 0, v)
	}
	return r
}

// polyEvalAt is eval(gen j, a): the polynomial in the other generators,
// over the domain unified with a's, or the value when none is left.
func (in *interp) polyEvalAt(p *polyValue, j int, v Value) Value {
	p.noEXArithmetic()
	a := in.sympify(v)
	ad, err := engine.NewPoly(a, []engine.Expr{engine.NewSymbol("_poly_eval_gen", engine.Assumptions{})}, nil)
	if err != nil {
		panic(err)
	}
	dom, ok := engine.UnifyDomains(p.p.Dom, ad.Dom, p.p.Gens)
	if !ok {
		throw("UnificationFailed", "Cannot unify %s with %s, given %s generators", p.p.Dom.String(), ad.Dom.String(), in.str(exprTuple(p.p.Gens)))
	}
	r := engine.SubsPairs(p.expr(), [][2]engine.Expr{{p.p.Gens[j], a}})
	rest := slices.Delete(slices.Clone(p.p.Gens), j, j+1)
	if len(rest) == 0 {
		q := newPoly(p.cls, r, []engine.Expr{engine.NewSymbol("_poly_eval_gen", engine.Assumptions{})}, &dom)
		return q.termsOrZero()[0].Coeff
	}
	return newPoly(p.cls, r, rest, &dom)
}

// polySubs is Poly._eval_subs: a generator replaced by a number is eval,
// by a new symbol a renaming; anything else substitutes in the
// expression.
func (in *interp) polySubs(p *polyValue, args []Value) Value {
	pairs := in.subsArgs(args)
	if !slices.ContainsFunc(pairs, func(pr [2]engine.Expr) bool { return !engine.Equal(pr[0], pr[1]) }) {
		return p // Basic.subs skips old == new
	}
	if len(pairs) == 1 {
		old, nw := pairs[0][0], pairs[0][1]
		if j := slices.IndexFunc(p.p.Gens, func(g engine.Expr) bool { return engine.Equal(g, old) }); j >= 0 {
			if engine.IsNumberExpr(nw) {
				return in.polyEvalAt(p, j, nw)
			}
			if s, ok := nw.(*engine.Symbol); ok && !slices.ContainsFunc(p.p.Gens, func(g engine.Expr) bool { return engine.Equal(g, s) }) &&
				!slices.ContainsFunc(p.p.Dom.Gens, func(g engine.Expr) bool { return engine.HasFreeSymbol(g, s) }) {
				gens := slices.Clone(p.p.Gens)
				gens[j] = s
				q := *p.p
				q.Gens = gens
				return &polyValue{cls: p.cls, p: &q}
			}
		}
	}
	return in.subs(p.expr(), args)
}

// polyDiff is Poly.diff: with no arguments the derivative in the first
// generator; otherwise in each generator given (or (gen, n)).
func (in *interp) polyDiff(p *polyValue, specs []Value) Value {
	p.noEXArithmetic()
	e := p.expr()
	if len(specs) == 0 {
		specs = []Value{p.p.Gens[0]}
	}
	for _, s := range specs {
		n := int64(1)
		g := s
		if t, ok := s.(*Tuple); ok && len(t.Items) == 2 {
			g, n = t.Items[0], in.toIndex(t.Items[1])
		}
		x := p.p.Gens[in.genIndex(p, g)]
		s, ok := x.(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's Poly.diff takes symbol generators")
		}
		r, err := engine.Diff(e, engine.VarCount{Var: s, Count: int(n)})
		if err != nil {
			panic(err)
		}
		e = r
	}
	d := p.p.Dom
	return newPoly(p.cls, e, p.p.Gens, &d)
}

// polyBinop is +, -, * and ** with a Poly on either side: the other
// operand read as a Poly in the same generators (a plain integer in the
// same domain), both put in the unified generators and domain, and the
// result read back there; / is the quotient of the expressions.
func (in *interp) polyBinop(op string, a, b Value) (Value, bool) {
	pa, aok := a.(*polyValue)
	pb, bok := b.(*polyValue)
	if !aok && !bok {
		return nil, false
	}
	switch op {
	case "+", "-", "*", "/", "**":
	default:
		return nil, false
	}
	if op == "**" {
		if !aok || bok {
			return nil, false
		}
		n, ok := b.(*big.Int)
		if !ok || n.Sign() < 0 {
			throw("ValueError", "Cannot raise polynomial to a negative power")
		}
		d := pa.p.Dom
		pa.noEXArithmetic()
		return newPoly(pa.cls, engine.Expand(engine.NewPow(pa.expr(), engine.NewBigInt(n))), pa.p.Gens, &d), true
	}
	if op == "/" {
		return engine.Div(in.polyArg(a), in.polyArg(b)), true
	}
	first := pa
	if !aok {
		first = pb
	}
	lift := func(v Value) (*polyValue, bool) {
		if p, ok := v.(*polyValue); ok {
			return p, true
		}
		e, ok := v.(engine.Expr)
		if !ok {
			switch v.(type) {
			case *big.Int, float64:
				e = in.sympify(v)
			default:
				return nil, false
			}
		}
		var dom *engine.Domain
		if engine.IsInteger(e) {
			d := first.p.Dom
			dom = &d
		}
		q, err := engine.NewPoly(e, first.p.Gens, dom)
		if err != nil {
			return nil, false
		}
		return &polyValue{cls: first.cls, p: q}, true
	}
	la, ok1 := lift(a)
	lb, ok2 := lift(b)
	if !ok1 || !ok2 {
		if _, isExpr := b.(engine.Expr); !isExpr && aok {
			return nil, false
		}
		if _, isExpr := a.(engine.Expr); !isExpr && bok {
			return nil, false
		}
		throw("NotImplementedError", "dcalc does not mix a Poly with a non-polynomial expression (SymPy deprecates it); use as_expr()")
	}
	la.noEXArithmetic()
	lb.noEXArithmetic()
	gens := engine.UnifyGens(la.p.Gens, lb.p.Gens)
	dom, ok := engine.UnifyDomains(la.p.Dom, lb.p.Dom, gens)
	if !ok {
		throw("UnificationFailed", "Cannot unify %s with %s, given %s generators", la.p.Dom.String(), lb.p.Dom.String(), in.str(exprTuple(gens)))
	}
	var r engine.Expr
	switch op {
	case "+":
		r = engine.NewAdd(la.expr(), lb.expr())
	case "-":
		r = engine.Sub(la.expr(), lb.expr())
	case "*":
		r = engine.Expand(engine.NewMul(la.expr(), lb.expr()))
	}
	return newPoly(la.cls, r, gens, &dom), true
}

// noEXArithmetic refuses arithmetic over EX, whose elements SymPy
// simplifies with cancel and expand after each operation.
func (p *polyValue) noEXArithmetic() {
	if p.p.Dom.Kind == engine.DomEX {
		throw("NotImplementedError", "dcalc does not do arithmetic with Polys over EX yet")
	}
}

// polyUnary is -p and +p.
func (in *interp) polyUnary(op string, v Value) (Value, bool) {
	p, ok := v.(*polyValue)
	if !ok {
		return nil, false
	}
	switch op {
	case "-":
		d := p.p.Dom
		return newPoly(p.cls, engine.Neg(p.expr()), p.p.Gens, &d), true
	case "+":
		return p, true
	}
	return nil, false
}

// domainAttr is the attributes of a domain.
func (in *interp) domainAttr(d *domainValue, name string) (Value, bool) {
	switch name {
	case "is_Field":
		return d.d.IsField(), true
	case "is_Ring":
		return !d.d.IsField(), true
	case "is_ZZ":
		return d.d.Kind == engine.DomZZ, true
	case "is_QQ":
		return d.d.Kind == engine.DomQQ, true
	case "is_RR":
		return d.d.Kind == engine.DomRR, true
	case "is_EX":
		return d.d.Kind == engine.DomEX, true
	case "is_Composite":
		return d.d.IsComposite(), true
	case "is_PolynomialRing":
		return d.d.Kind == engine.DomPoly, true
	case "is_FractionField":
		return d.d.Kind == engine.DomFrac, true
	case "symbols", "gens":
		if d.d.IsComposite() {
			return exprTuple(d.d.Gens), true
		}
	case "dom", "domain":
		if d.d.IsComposite() {
			return &domainValue{engine.Domain{Kind: d.d.Ground}}, true
		}
	}
	return nil, false
}

// polyPair reads the operands of a binary polys function of which at
// least one is a Poly: both as Polys in the unified generators, and the
// unified domain, which must be ZZ or QQ.
func (in *interp) polyPair(name string, f, g Value) (*polyValue, *polyValue, []engine.Expr, engine.Domain) {
	pf, fok := f.(*polyValue)
	pg, gok := g.(*polyValue)
	first := pf
	if !fok {
		first = pg
	}
	lift := func(v Value, p *polyValue, ok bool) *polyValue {
		if ok {
			return p
		}
		return newPoly(first.cls, in.sympify(v), first.p.Gens, nil)
	}
	pf, pg = lift(f, pf, fok), lift(g, pg, gok)
	gens := engine.UnifyGens(pf.p.Gens, pg.p.Gens)
	dom, ok := engine.UnifyDomains(pf.p.Dom, pg.p.Dom, gens)
	if !ok {
		throw("UnificationFailed", "Cannot unify %s with %s, given %s generators", pf.p.Dom.String(), pg.p.Dom.String(), in.str(exprTuple(gens)))
	}
	if dom.Kind != engine.DomZZ && dom.Kind != engine.DomQQ {
		throw("NotImplementedError", "dcalc's %s of Polys takes polynomials over ZZ or QQ, not %s", name, dom.String())
	}
	return pf, pg, gens, dom
}

// retracted is e as a Poly in gens over dom, or over ZZ when dom is QQ
// only because division made it a field and every coefficient is an
// integer (Poly.div's retract).
func retracted(cls string, e engine.Expr, gens []engine.Expr, dom engine.Domain) *polyValue {
	q := newPoly(cls, e, gens, &engine.Domain{Kind: engine.DomQQ})
	if dom.Kind == engine.DomZZ && !slices.ContainsFunc(q.p.Terms, func(t engine.PolyTerm) bool { return !engine.IsInteger(t.Coeff) }) {
		return newPoly(cls, e, gens, &dom)
	}
	return q
}

// polyDivide is div, quo and rem of Polys: the quotient and remainder
// over the field, put back over ZZ when both are integral (quo and rem
// each on its own).
func (in *interp) polyDivide(name string, f, g Value) Value {
	pf, pg, gens, dom := in.polyPair(name, f, g)
	q, r, err := engine.PolyDiv(pf.expr(), pg.expr())
	if err != nil {
		panic(err)
	}
	switch name {
	case "quo":
		return retracted(pf.cls, q, gens, dom)
	case "rem":
		return retracted(pf.cls, r, gens, dom)
	}
	both := engine.NewAdd(engine.NewMul(q, engine.NewSymbol("_q", engine.Assumptions{})), r)
	if retracted(pf.cls, both, append(slices.Clone(gens), engine.NewSymbol("_q", engine.Assumptions{})), dom).p.Dom.Kind == engine.DomZZ {
		return &Tuple{Items: []Value{newPoly(pf.cls, q, gens, &dom), newPoly(pf.cls, r, gens, &dom)}}
	}
	qq := engine.Domain{Kind: engine.DomQQ}
	return &Tuple{Items: []Value{newPoly(pf.cls, q, gens, &qq), newPoly(pf.cls, r, gens, &qq)}}
}

// polyGcdLcm is gcd and lcm of Polys: over ZZ with SymPy's integer
// content and positive leading coefficient, over QQ monic.
func (in *interp) polyGcdLcm(name string, f, g Value) Value {
	pf, pg, gens, dom := in.polyPair(name, f, g)
	h, err := engine.PolyGcdLcm(pf.expr(), pg.expr(), name == "lcm")
	if err != nil {
		panic(err)
	}
	r := newPoly(pf.cls, h, gens, &dom)
	if dom.Kind == engine.DomQQ && len(r.p.Terms) > 0 {
		r = newPoly(pf.cls, engine.Expand(engine.Div(h, r.p.Terms[0].Coeff)), gens, &dom)
	}
	return r
}

// polyBinary is gcd, lcm, div, quo or rem when one of its two operands is
// a Poly (the result is then Polys, as SymPy's polys option makes it).
func (in *interp) polyBinary(name string, args []Value) (Value, bool) {
	if len(args) != 2 {
		return nil, false
	}
	_, fok := args[0].(*polyValue)
	_, gok := args[1].(*polyValue)
	if !fok && !gok {
		return nil, false
	}
	if name == "gcd" || name == "lcm" {
		return in.polyGcdLcm(name, args[0], args[1]), true
	}
	return in.polyDivide(name, args[0], args[1]), true
}

func (m *monomialValue) pyStr() string { return m.s }

func (m *monomialValue) pyRepr() string {
	throw("NotImplementedError", "dcalc does not give the repr of a Monomial (an object address in SymPy); print it")
	return ""
}

// polyDegree is degree(p, gen) of a Poly: a generator it lacks is looked
// for among the expression's own, and is degree 0 when absent there too.
func (in *interp) polyDegree(p *polyValue, gen Value) Value {
	if gen == nil || gen == none {
		gen = big.NewInt(0)
	}
	if _, isInt := gen.(*big.Int); !isInt {
		g := in.sympify(gen)
		if !slices.ContainsFunc(p.p.Gens, func(h engine.Expr) bool { return engine.Equal(h, g) }) {
			q, err := engine.NewPoly(p.expr(), nil, nil)
			if err != nil || !slices.ContainsFunc(q.Gens, func(h engine.Expr) bool { return engine.Equal(h, g) }) {
				return engine.Zero
			}
			p = &polyValue{cls: p.cls, p: q}
		}
	}
	d, ok := p.degreeIn(in.genIndex(p, gen))
	if !ok {
		return engine.NegOo
	}
	return engine.NewInt(int64(d))
}

// charpoly is Matrix.charpoly: the characteristic polynomial
// (Berkowitz's for rational entries, det(x*I - M) for others) as a
// PurePoly in x (renamed with a leading underscore
// while an entry has a symbol of its name, as uniquely_named_symbol
// does) over the domain of the entries (SymPy's M.to_DM()). Entries
// that need EX or RR (SymPy simplifies the Berkowitz coefficients or
// works in Floats there) are refused.
func (in *interp) charpoly(m *engine.Matrix, x *engine.Symbol) Value {
	r, _ := m.Shape()
	names := map[string]bool{}
	var entries []engine.Expr
	for i := range r {
		for j := range r {
			entries = append(entries, m.At(i, j))
			for _, s := range engine.FreeSymbols(m.At(i, j)) {
				names[s.Name()] = true
			}
		}
	}
	for names[x.Name()] {
		x = engine.NewSymbol("_"+x.Name(), engine.Assumptions{})
	}
	dom, err := engine.ConstructDomain(entries)
	if err != nil {
		panic(err)
	}
	if dom.Kind == engine.DomEX || dom.Kind == engine.DomRR || dom.IsComposite() && dom.Ground == engine.DomRR {
		throw("NotImplementedError", "dcalc's Matrix.charpoly does not take entries whose domain is %s", dom.String())
	}
	if cs, err := m.Charpoly(); err == nil {
		return ratPoly("PurePoly", x, cs, &dom)
	}
	xm := engine.NewMatrixFunc(r, r, func(i, j int) engine.Expr {
		if i == j {
			return engine.Sub(x, m.At(i, j))
		}
		return engine.Neg(m.At(i, j))
	})
	d, err := xm.Det(engine.Expand)
	if err != nil {
		panic(err)
	}
	return newPoly("PurePoly", engine.Expand(d), []engine.Expr{x}, &dom)
}

// polyOther is the argument of a Poly method as Poly._unify reads it: a
// Poly, or an element of the Poly's domain (UnificationFailed otherwise).
func (in *interp) polyOther(p *polyValue, v Value) Value {
	if q, ok := v.(*polyValue); ok {
		return q
	}
	e := in.sympify(v)
	d := p.p.Dom
	q, err := engine.NewPoly(e, []engine.Expr{engine.NewSymbol("_ground", engine.Assumptions{})}, &d)
	if err != nil || !q.IsGround() {
		throw("UnificationFailed", "Cannot unify %s with %s", p.str(), engine.Str(e))
	}
	return newPoly(p.cls, e, p.p.Gens, &d)
}

// optionalArg reads a method's one optional argument, given by position
// or as the keyword name (def when absent).
func optionalArg(method, name string, args []Value, kw []kwArg, def Value) Value {
	nargs(method, args, 0, 1)
	if len(args) == 1 {
		def = args[0]
	}
	if v, ok := kwOnly(method, kw, name)[name]; ok {
		def = v
	}
	return def
}
