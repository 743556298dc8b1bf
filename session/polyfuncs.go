package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// This file binds small SymPy helpers around polynomials and linear
// systems: interpolate (Lagrange's form, expanded), integer_nthroot,
// binomial_coefficients and binomial_coefficients_list,
// linear_eq_to_matrix and ode_order.

func init() { sympyTable = append(sympyTable, polyFuncsTable...) }

var polyFuncsTable = []*binding{
	{Name: "interpolate", Doc: "The polynomial through the points (x, y), or through (1, y1), (2, y2), ..., at x (a symbol or a value).",
		Fn: (*interp).interpolate},
	{Name: "integer_nthroot", Doc: "(floor of the n-th root of y, whether it is exact).",
		Fn: func(in *interp, a *callArgs) Value {
			y, n := in.sympifyInt(a.Get("y"), "integer_nthroot"), in.sympifyInt(a.Get("n"), "integer_nthroot")
			if y.Sign() < 0 {
				throw("ValueError", "y must be nonnegative")
			}
			if n.Sign() < 1 {
				throw("ValueError", "n must be positive")
			}
			r, exact := engine.IntNthRoot(y, n.Int64())
			return &Tuple{Items: []Value{r, exact}}
		}},
	{Name: "binomial_coefficients", Doc: "The binomial coefficients of (x + y)**n as a dict {(k1, k2): C(n, k1)}.",
		Fn: func(in *interp, a *callArgs) Value {
			n := int(in.sympifyInt(a.Get("n"), "binomial_coefficients").Int64())
			d := newDict()
			pair := func(i, j int) Value { return &Tuple{Items: []Value{itoBig(i), itoBig(j)}} }
			d.Set(pair(0, n), itoBig(1))
			d.Set(pair(n, 0), itoBig(1))
			c := big.NewInt(1)
			for k := 1; k <= n/2; k++ {
				c = binomialStep(c, n, k)
				d.Set(pair(k, n-k), new(big.Int).Set(c))
				d.Set(pair(n-k, k), new(big.Int).Set(c))
			}
			return d
		}},
	{Name: "binomial_coefficients_list", Doc: "The binomial coefficients C(n, 0) ... C(n, n) as a list.",
		Fn: func(in *interp, a *callArgs) Value {
			n := int(in.sympifyInt(a.Get("n"), "binomial_coefficients_list").Int64())
			if n < 0 {
				throw("ValueError", "negative dimensions are not allowed")
			}
			items := make([]Value, n+1)
			for i := range items {
				items[i] = itoBig(1)
			}
			c := big.NewInt(1)
			for k := 1; k <= n/2; k++ {
				c = binomialStep(c, n, k)
				items[k], items[n-k] = new(big.Int).Set(c), new(big.Int).Set(c)
			}
			return &List{Items: items}
		}},
	{Name: "linear_eq_to_matrix", Doc: "The matrix form (A, b) of linear equations in the given symbols.",
		Fn: (*interp).linearEqToMatrix},
	{Name: "ode_order", Doc: "The order of the highest derivative of func in expr.",
		Fn: func(in *interp, a *callArgs) Value {
			if c, ok := a.Get("func").(*FuncClass); ok {
				return itoBig(in.odeOrder(a.Get("expr"), nil, func(e engine.Expr) bool { return hasFunc(e, c.Def) }))
			}
			f := in.sympify(a.Get("func"))
			return itoBig(in.odeOrder(a.Get("expr"), f, func(e engine.Expr) bool { return engine.Has(e, f) }))
		}},
}

// binomialStep is C(n, k) from c = C(n, k-1): c*(n - k + 1)//k.
func binomialStep(c *big.Int, n, k int) *big.Int {
	c = new(big.Int).Mul(c, big.NewInt(int64(n-k+1)))
	return c.Quo(c, big.NewInt(int64(k)))
}

// interpolate is SymPy's interpolate: a known abscissa gives its value;
// otherwise interpolating_poly's Lagrange form expanded, built over a
// dummy and substituted when x is not a symbol free of the data.
func (in *interp) interpolate(a *callArgs) Value {
	data, xv := a.Get("data"), a.Get("x")
	x := in.sympify(xv)
	var xs, ys []engine.Expr
	switch d := data.(type) {
	case *Dict:
		ks, vs := d.Items()
		xs, ys = in.sympifyAll(ks), in.sympifyAll(vs)
	default:
		items := in.toSlice(data)
		if len(items) == 0 {
			throw("IndexError", "list index out of range")
		}
		if _, ok := items[0].(*Tuple); ok {
			for _, it := range items {
				pt := in.toSlice(it)
				if len(pt) != 2 {
					throw("ValueError", "too many values to unpack (expected 2)")
				}
				xs = append(xs, in.sympify(pt[0]))
				ys = append(ys, in.sympify(pt[1]))
			}
		} else {
			ys = in.sympifyAll(items)
			for i := range ys {
				xs = append(xs, engine.NewInt(int64(i+1)))
			}
		}
	}
	for i, xi := range xs {
		if engine.Equal(xi, x) {
			return ys[i]
		}
	}
	sym, ok := x.(*engine.Symbol)
	for _, e := range append(append([]engine.Expr(nil), xs...), ys...) {
		ok = ok && !engine.Has(e, sym)
	}
	if ok {
		return engine.Expand(interpolatingPoly(sym, xs, ys))
	}
	d := engine.NewDummy("Dummy")
	return engine.SubsPairs(engine.Expand(interpolatingPoly(d, xs, ys)), [][2]engine.Expr{{d, x}})
}

// interpolatingPoly is SymPy's interpolating_poly: Σ y_i·Π_{j≠i}(x -
// X_j)/(X_i - X_j), each numerator the full product divided by x - X_i.
func interpolatingPoly(x *engine.Symbol, xs, ys []engine.Expr) engine.Expr {
	var factors []engine.Expr
	for _, xi := range xs {
		factors = append(factors, engine.Sub(x, xi))
	}
	numert := engine.NewMul(factors...)
	terms := make([]engine.Expr, len(xs))
	for i, xi := range xs {
		numer := engine.Div(numert, engine.Sub(x, xi))
		var den []engine.Expr
		for j, xj := range xs {
			if i != j {
				den = append(den, engine.Sub(xi, xj))
			}
		}
		terms[i] = engine.NewMul(engine.Div(numer, engine.NewMul(den...)), ys[i])
	}
	return engine.NewAdd(terms...)
}

// linearEqToMatrix is linear_eq_to_matrix(equations, *symbols): the
// coefficient matrix A and the column b of the system A·x = b.
func (in *interp) linearEqToMatrix(a *callArgs) Value {
	symv := a.Rest()
	if len(symv) == 0 {
		throw("ValueError", "\nSymbols must be given, for which coefficients are to be found.")
	}
	if _, ok := symv[0].(*Set); ok {
		throw("TypeError", "Unordered 'set' type is not supported as input for symbols.")
	}
	if in.isIterable(symv[0]) {
		symv = in.toSlice(symv[0])
	}
	var syms []*engine.Symbol
	seen := map[string]bool{}
	for _, v := range symv {
		s, ok := in.sympify(v).(*engine.Symbol)
		if !ok {
			throw("NotImplementedError", "dcalc's linear_eq_to_matrix takes symbols as the unknowns")
		}
		if seen[s.Name()] {
			throw("ValueError", "Symbols must be unique")
		}
		seen[s.Name()] = true
		syms = append(syms, s)
	}
	eqv := a.Get("equations")
	var eqs []Value
	switch e := eqv.(type) {
	case *matrixValue:
		eqs = in.toSlice(e)
	case *Relational:
		eqs = []Value{e}
	default:
		if in.isIterable(eqv) {
			eqs = in.toSlice(eqv)
		} else {
			eqs = []Value{eqv}
		}
	}
	rows := make([][]engine.Expr, len(eqs))
	bs := make([][]engine.Expr, len(eqs))
	for i, ev := range eqs {
		var lhs, rhs engine.Expr
		if r, ok := ev.(*Relational); ok && r.Op == "==" {
			lhs, rhs = r.Lhs, r.Rhs
		} else {
			lhs = in.sympify(ev)
		}
		le, err := engine.LinEqToDict(lhs, rhs, syms)
		if err != nil {
			throw("NonlinearError", "%s", err.Error())
		}
		rows[i] = make([]engine.Expr, len(syms))
		for j := range syms {
			rows[i][j] = engine.Zero
			if c, ok := le.Coeffs[j]; ok {
				rows[i][j] = c
			}
		}
		bs[i] = []engine.Expr{engine.Neg(le.Const)}
	}
	A, err := engine.NewMatrix(rows)
	if err != nil {
		panic(err)
	}
	b, err := engine.NewMatrix(bs)
	if err != nil {
		panic(err)
	}
	return &Tuple{Items: []Value{newMatrixValue(A), newMatrixValue(b)}}
}

// odeOrder is SymPy's ode_order: 0 for an expression without the
// function, a derivative's number of variables (plus its argument's
// order when it differentiates something other than the function
// itself), the largest over the arguments otherwise. f is the applied
// function (nil for a function class, which no expression equals); has
// tells whether an expression holds it.
func (in *interp) odeOrder(v Value, f engine.Expr, has func(engine.Expr) bool) int {
	if r, ok := v.(*Relational); ok {
		return max(in.odeOrder(r.Lhs, f, has), in.odeOrder(r.Rhs, f, has))
	}
	return odeOrder(in.sympify(v), f, has)
}

func odeOrder(e, f engine.Expr, has func(engine.Expr) bool) int {
	if !has(e) {
		return 0
	}
	n, args := 0, e.Args()
	if d, ok := e.(*engine.Derivative); ok {
		for _, vc := range d.Vars() {
			n += vc.Count
		}
		if f != nil && engine.Equal(d.Expr(), f) {
			return n
		}
		args = d.Expr().Args()
	}
	best := 0
	for _, arg := range args {
		best = max(best, odeOrder(arg, f, has))
	}
	return n + best
}

func init() {
	sympyTable = append(sympyTable, &binding{Name: "residue", Doc: "The residue of expr at x = x0: the coefficient of 1/(x - x0) in its Laurent series.",
		Fn: func(in *interp, a *callArgs) Value {
			x, ok := in.sympify(a.Get("x")).(*engine.Symbol)
			if !ok {
				throw("NotImplementedError", "dcalc's residue takes a symbol x")
			}
			r, err := engine.Residue(in.sympify(a.Get("expr")), x, in.sympify(a.Or("x0", big.NewInt(0))))
			if err != nil {
				panic(err)
			}
			return r
		}})
}
