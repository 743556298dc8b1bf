package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file is SymPy's Poly (and the PurePoly that Matrix.charpoly
// returns) for polynomials in one symbol with rational coefficients:
// printing as SymPy prints them (str and pretty alike, latex), and the
// methods notebooks use (as_expr, all_coeffs, coeffs, degree, LC, eval,
// gen, gens).

// polyValue is a univariate polynomial, coefficients lowest degree first.
type polyValue struct {
	cls    string // "Poly" or "PurePoly"
	gen    *engine.Symbol
	coeffs []*big.Rat
}

// newPolyValue reads e as a polynomial in x with rational coefficients.
func newPolyValue(cls string, e engine.Expr, x *engine.Symbol) *polyValue {
	cs, ok := engine.RationalCoeffs(e, x)
	if !ok {
		throw("NotImplementedError", "dcalc's %s takes a polynomial in one symbol with rational coefficients", cls)
	}
	return &polyValue{cls: cls, gen: x, coeffs: cs}
}

func (p *polyValue) domain() string {
	for _, c := range p.coeffs {
		if !c.IsInt() {
			return "QQ"
		}
	}
	return "ZZ"
}

// terms is _print_Poly's term list: each nonzero term from the highest
// power, a leading sign folded into the first term.
func (p *polyValue) terms(coeff func(*big.Rat) string, monom func(int) string, sep string) string {
	var parts []string
	for k := len(p.coeffs) - 1; k >= 0; k-- {
		c := p.coeffs[k]
		if c.Sign() == 0 && !(k == 0 && len(parts) == 0) {
			continue
		}
		m := ""
		if k > 0 {
			m = monom(k)
		}
		var t string
		switch {
		case m != "" && c.Cmp(big.NewRat(1, 1)) == 0:
			parts = append(parts, "+", m)
			continue
		case m != "" && c.Cmp(big.NewRat(-1, 1)) == 0:
			parts = append(parts, "-", m)
			continue
		case m == "":
			t = coeff(c)
		default:
			t = coeff(c) + sep + m
		}
		if strings.HasPrefix(t, "-") {
			parts = append(parts, "-", t[1:])
		} else {
			parts = append(parts, "+", t)
		}
	}
	if parts[0] == "-" {
		parts[1] = "-" + parts[1]
	}
	return strings.Join(parts[1:], " ")
}

func (p *polyValue) str() string {
	g := p.gen.Name()
	expr := p.terms(func(c *big.Rat) string { return engine.Str(engine.RatExpr(c)) },
		func(k int) string {
			if k == 1 {
				return g
			}
			return g + "**" + itoa(k)
		}, "*")
	return p.cls + "(" + expr + ", " + g + ", domain='" + p.domain() + "')"
}

func (p *polyValue) latex() string {
	expr := p.terms(func(c *big.Rat) string { return engine.Latex(engine.RatExpr(c)) },
		func(k int) string {
			return engine.Latex(engine.NewPow(p.gen, engine.NewInt(int64(k))))
		}, " ")
	dom := `\mathbb{Z}`
	if p.domain() == "QQ" {
		dom = `\mathbb{Q}`
	}
	return `\operatorname{` + p.cls + `}{\left( ` + expr + ", " + engine.Latex(p.gen) + ", domain=" + dom + ` \right)}`
}

func (p *polyValue) expr() engine.Expr {
	ts := make([]engine.Expr, len(p.coeffs))
	for i, c := range p.coeffs {
		ts[i] = engine.NewMul(engine.RatExpr(c), engine.NewPow(p.gen, engine.NewInt(int64(i))))
	}
	return engine.NewAdd(ts...)
}

// polyAttr is the attributes and methods of a Poly.
func (in *interp) polyAttr(p *polyValue, name string) (Value, bool) {
	method := func(f func(args []Value) Value) Value {
		return &BoundMethod{Recv: p, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
			kwOnly(name, kw)
			return f(args)
		}}
	}
	deg := len(p.coeffs) - 1
	for deg > 0 && p.coeffs[deg].Sign() == 0 {
		deg--
	}
	switch name {
	case "nroots":
		return &BoundMethod{Recv: p, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
			nargs(name, args, 0, 1)
			n := Value(big.NewInt(15))
			if len(args) == 1 {
				n = args[0]
			}
			if v, ok := kwOnly(name, kw, "n")["n"]; ok {
				n = v
			}
			return p.nroots(in, n)
		}}, true
	case "all_roots", "real_roots":
		return method(func(args []Value) Value {
			nargs(name, args, 0, 0)
			reals, complexes, err := engine.AllRoots(p.coeffs)
			if err != nil {
				panic(err)
			}
			if name == "all_roots" {
				reals = append(reals, complexes...)
			}
			return exprList(reals)
		}), true
	case "gen":
		return p.gen, true
	case "gens":
		return &Tuple{Items: []Value{p.gen}}, true
	case "as_expr":
		return method(func(args []Value) Value { nargs(name, args, 0, 0); return p.expr() }), true
	case "degree":
		return method(func(args []Value) Value {
			nargs(name, args, 0, 1)
			if deg == 0 && p.coeffs[0].Sign() == 0 {
				return engine.NegOo
			}
			return big.NewInt(int64(deg))
		}), true
	case "all_coeffs", "coeffs":
		return method(func(args []Value) Value {
			nargs(name, args, 0, 0)
			l := &List{}
			for k := deg; k >= 0; k-- {
				if name == "coeffs" && p.coeffs[k].Sign() == 0 && !(k == 0 && len(l.Items) == 0) {
					continue
				}
				l.Items = append(l.Items, engine.RatExpr(p.coeffs[k]))
			}
			return l
		}), true
	case "LC":
		return method(func(args []Value) Value { nargs(name, args, 0, 0); return engine.RatExpr(p.coeffs[deg]) }), true
	case "eval":
		return method(func(args []Value) Value {
			nargs(name, args, 1, 1)
			return in.polyEval(p, args[0])
		}), true
	}
	return nil, false
}

func (in *interp) polyEval(p *polyValue, v Value) Value {
	return engine.SubsPairs(p.expr(), [][2]engine.Expr{{p.gen, in.sympify(v)}})
}

// polyEqual is == of two polynomials.
func polyEqual(a, b *polyValue) bool {
	if a.cls != b.cls || !engine.Equal(a.gen, b.gen) && a.cls == "Poly" {
		return false
	}
	return engine.Equal(a.expr(), engine.SubsPairs(b.expr(), [][2]engine.Expr{{b.gen, a.gen}}))
}

// polyTable binds Poly and PurePoly.
var polyTable = []*binding{
	{Name: "Poly", Sig: "(rep, *gens, **args)", Doc: "A polynomial in one symbol with rational coefficients.",
		Fn: func(in *interp, a *callArgs) Value { return in.polyCtor("Poly", a) }},
	{Name: "PurePoly", Sig: "(rep, *gens, **args)", Doc: "A polynomial whose generator is a placeholder (as charpoly returns).",
		Fn: func(in *interp, a *callArgs) Value { return in.polyCtor("PurePoly", a) }},
	{Name: "nroots", Honours: "n", Doc: "The roots of a polynomial to n digits (real ones first in ascending order, then complex ones).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.univariatePoly("nroots", a.Get("f")).nroots(in, a.Or("n", big.NewInt(15)))
		}},
	{Name: "real_roots", Doc: "The real roots of a polynomial in ascending order, repeated by multiplicity (radicals where SymPy gives them).",
		Fn: func(in *interp, a *callArgs) Value {
			reals, _, err := engine.AllRoots(in.univariatePoly("real_roots", a.Get("f")).coeffs)
			if err != nil {
				panic(err)
			}
			return exprList(reals)
		}},
}

func (in *interp) polyCtor(cls string, a *callArgs) Value {
	if len(a.Extra()) > 0 {
		throw("NotImplementedError", "dcalc's %s takes no options (domain=, ...) yet", cls)
	}
	e := in.sympify(a.Get("rep"))
	var x *engine.Symbol
	switch gens := a.Rest(); len(gens) {
	case 0:
		fs := engine.FreeSymbols(e)
		if len(fs) != 1 {
			throw("NotImplementedError", "dcalc's %s takes a polynomial in one symbol (give the symbol)", cls)
		}
		x = fs[0]
	case 1:
		s, ok := in.sympify(gens[0]).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's %s takes a symbol as its generator", cls)
		}
		x = s
	default:
		throw("NotImplementedError", "dcalc's %s takes one generator", cls)
	}
	return newPolyValue(cls, e, x)
}

// nroots is nroots(p, n): the numeric roots to n digits.
func (p *polyValue) nroots(in *interp, n Value) Value {
	d := int(in.toIndex(n))
	if d < 1 {
		throw("ValueError", "n must be a positive integer")
	}
	rs, err := engine.NRoots(p.coeffs, d)
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
	return newPolyValue("Poly", e, fs[0])
}
