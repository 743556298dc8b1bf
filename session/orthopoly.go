package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// This file holds the classical orthogonal polynomials of an integer
// order: SymPy's legendre, chebyshevt, chebyshevu, hermite and laguerre
// evaluate into the expanded polynomial (_eval_at_order, the polynomial
// in a dummy with x substituted); a symbolic order is refused.

// orthoRecurrence gives the coefficients (lowest degree first) of the
// polynomial of order n+1 from those of orders n and n-1.
type orthoRecurrence struct {
	p0, p1 []*big.Rat // orders 0 and 1
	// next is p_{n+1} = (a*x + b)*p_n + c*p_{n-1} for order n
	next func(n int64) (a, b, c *big.Rat)
}

func rats(xs ...int64) []*big.Rat {
	out := make([]*big.Rat, len(xs))
	for i, x := range xs {
		out[i] = big.NewRat(x, 1)
	}
	return out
}

var orthoPolys = map[string]orthoRecurrence{
	"legendre": {rats(1), rats(0, 1), func(n int64) (a, b, c *big.Rat) {
		// (n + 1)P_{n+1} = (2n + 1)x P_n - n P_{n-1}
		return big.NewRat(2*n+1, n+1), new(big.Rat), big.NewRat(-n, n+1)
	}},
	"chebyshevt": {rats(1), rats(0, 1), func(int64) (a, b, c *big.Rat) {
		return big.NewRat(2, 1), new(big.Rat), big.NewRat(-1, 1)
	}},
	"chebyshevu": {rats(1), rats(0, 2), func(int64) (a, b, c *big.Rat) {
		return big.NewRat(2, 1), new(big.Rat), big.NewRat(-1, 1)
	}},
	"hermite": {rats(1), rats(0, 2), func(n int64) (a, b, c *big.Rat) {
		return big.NewRat(2, 1), new(big.Rat), big.NewRat(-2*n, 1)
	}},
	"hermite_prob": {rats(1), rats(0, 1), func(n int64) (a, b, c *big.Rat) {
		// He_{n+1} = x He_n - n He_{n-1}
		return big.NewRat(1, 1), new(big.Rat), big.NewRat(-n, 1)
	}},
	"laguerre": {rats(1), rats(1, -1), func(n int64) (a, b, c *big.Rat) {
		// (n + 1)L_{n+1} = (2n + 1 - x)L_n - n L_{n-1}
		return big.NewRat(-1, n+1), big.NewRat(2*n+1, n+1), big.NewRat(-n, n+1)
	}},
}

// orthoCoeffs is the coefficient list of the polynomial of order n.
func orthoCoeffs(r orthoRecurrence, n int64) []*big.Rat {
	prev, cur := r.p0, r.p1
	if n == 0 {
		return prev
	}
	for k := int64(1); k < n; k++ {
		a, b, c := r.next(k)
		nx := make([]*big.Rat, len(cur)+1)
		for i := range nx {
			nx[i] = new(big.Rat)
		}
		for i, v := range cur {
			nx[i+1].Add(nx[i+1], new(big.Rat).Mul(a, v))
			nx[i].Add(nx[i], new(big.Rat).Mul(b, v))
		}
		for i, v := range prev {
			nx[i].Add(nx[i], new(big.Rat).Mul(c, v))
		}
		prev, cur = cur, nx
	}
	return cur
}

// orthoPoly is name(n, x) for an integer order n: the polynomial with x
// put in (legendre(-n, x) is legendre(n - 1, x), chebyshevt(-n, x)
// chebyshevt(n, x), chebyshevu(-n, x) -chebyshevu(n - 2, x)).
func (in *interp) orthoPoly(name string, nv, xv Value) Value {
	nn, ok := in.sympify(nv).(*engine.Integer)
	if !ok || !nn.IsInt64() {
		throw("NotImplementedError", "dcalc's %s takes an integer order only, not %s", name, in.str(nv))
	}
	n := nn.Int64()
	sign := engine.One
	if n < 0 {
		switch name {
		case "legendre":
			n = -n - 1
		case "chebyshevt":
			n = -n
		case "chebyshevu":
			if n == -1 {
				return engine.Zero
			}
			n, sign = -n-2, engine.NegOne
		case "hermite":
			throw("ValueError", "The index n must be nonnegative integer (got %d)", n)
		default:
			throw("NotImplementedError", "dcalc's %s takes a nonnegative order only", name)
		}
	}
	if n > 2000 {
		throw("NotImplementedError", "dcalc's %s takes an order up to 2000", name)
	}
	x := in.sympify(xv)
	d := engine.NewDummy("x")
	var terms []engine.Expr
	for k, c := range orthoCoeffs(orthoPolys[name], n) {
		if c.Sign() != 0 {
			terms = append(terms, engine.NewMul(engine.RatExpr(c), engine.NewPow(d, engine.NewInt(int64(k)))))
		}
	}
	p := engine.SubsPairs(engine.NewAdd(terms...), [][2]engine.Expr{{d, x}})
	return engine.NewMul(sign, p)
}

// orthoPolyRow is a row of the *_poly functions: the recurrence, the
// name in the negative-index message, and the domain of the Poly.
type orthoPolyRow struct {
	fn, title, domain string
}

var orthoPolyRows = map[string]orthoPolyRow{
	"legendre_poly":     {"legendre", "Legendre polynomial", "QQ"},
	"chebyshevt_poly":   {"chebyshevt", "Chebyshev polynomial of the first kind", "ZZ"},
	"chebyshevu_poly":   {"chebyshevu", "Chebyshev polynomial of the second kind", "ZZ"},
	"hermite_poly":      {"hermite", "Hermite polynomial", "ZZ"},
	"hermite_prob_poly": {"hermite_prob", "probabilist's Hermite polynomial", "ZZ"},
	"laguerre_poly":     {"laguerre", "Laguerre polynomial", "QQ"},
}

// orthoPolyTable binds legendre_poly and its kin: SymPy's named_poly,
// the polynomial of index n in x (a dummy _x when x is None) as an
// expression, or as a Poly with polys=True.
var orthoPolyTable = func() []*binding {
	var out []*binding
	for _, name := range []string{"legendre_poly", "chebyshevt_poly", "chebyshevu_poly", "hermite_poly", "hermite_prob_poly", "laguerre_poly"} {
		row := orthoPolyRows[name]
		honours := "x polys"
		if name == "laguerre_poly" {
			honours = "x polys alpha"
		}
		out = append(out, &binding{Name: name, Honours: honours, Doc: "The " + row.title + " of index n, expanded (polys=True: a Poly).",
			Fn: func(in *interp, a *callArgs) Value { return in.namedPoly(row, a) }})
	}
	return out
}()

// namedPoly is named_poly(n, ...) for one of orthoPolyRows.
func (in *interp) namedPoly(row orthoPolyRow, a *callArgs) Value {
	if al := a.Get("alpha"); al != nil && !engine.Equal(in.sympify(al), engine.Zero) {
		throw("NotImplementedError", "dcalc's laguerre_poly takes alpha=0 only")
	}
	nn, ok := in.sympify(a.Get("n")).(*engine.Integer)
	if !ok || !nn.IsInt64() {
		throw("NotImplementedError", "dcalc's %s_poly takes an integer index only", row.fn)
	}
	n := nn.Int64()
	if n < 0 {
		throw("ValueError", "Cannot generate %s of index %d", row.title, n)
	}
	if n > 2000 {
		throw("NotImplementedError", "dcalc's %s_poly takes an index up to 2000", row.fn)
	}
	var x engine.Expr = engine.NewDummy("x")
	xv := a.Get("x")
	if xv != nil && xv != none {
		x = in.sympify(xv)
	}
	var terms []engine.Expr
	for k, c := range orthoCoeffs(orthoPolys[row.fn], n) {
		if c.Sign() != 0 {
			terms = append(terms, engine.NewMul(engine.RatExpr(c), engine.NewPow(x, engine.NewInt(int64(k)))))
		}
	}
	if p := a.Get("polys"); p != nil && in.truth(p, nil) {
		if xv == nil || xv == none {
			throw("NotImplementedError", "dcalc's %s_poly with polys=True needs x (SymPy gives a PurePoly)", row.fn)
		}
		if _, isSym := x.(*engine.Symbol); !isSym {
			throw("NotImplementedError", "dcalc's %s_poly with polys=True takes a symbol x", row.fn)
		}
		return in.call(sympyModule.Attrs["Poly"], []Value{engine.NewAdd(terms...), x}, []kwArg{{Name: "domain", Value: row.domain}})
	}
	if _, isSym := x.(*engine.Symbol); isSym {
		return engine.NewAdd(terms...)
	}
	d := engine.NewDummy("x")
	var dt []engine.Expr
	for k, c := range orthoCoeffs(orthoPolys[row.fn], n) {
		if c.Sign() != 0 {
			dt = append(dt, engine.NewMul(engine.RatExpr(c), engine.NewPow(d, engine.NewInt(int64(k)))))
		}
	}
	return engine.SubsPairs(engine.NewAdd(dt...), [][2]engine.Expr{{d, x}})
}
