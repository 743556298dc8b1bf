package engine

import "math/big"

// This file is Function._eval_nseries for an undefined function of a
// linear argument, f(c0 + c1*x) about x = 0, SymPy's "general
// algorithm": f(c0) + sum over i of the i-th derivative at c0 times
// (c1*x)**i/i!, each derivative an unevaluated
// Subs(Derivative(f(xi), (xi, i)), xi, c0), expanded. The variable is
// the symbol xi when the argument is x itself (uniquely_named_symbol)
// and the dummy xi_1 of Function.fdiff otherwise, as SymPy prints them:
// series(f(x + h), h, 0, 3) is f(x) + h*Subs(Derivative(f(_xi_1),
// _xi_1), _xi_1, x) + h**2*Subs(Derivative(f(_xi_1), (_xi_1, 2)),
// _xi_1, x)/2 + O(h**3), the Taylor expansion finite-difference
// formulas are derived from.

// serUndefined is the series of f(arg) for an undefined f; ok is false
// for an argument that is not linear in x.
func serUndefined(f *Func, x *Symbol, n int) (pser, bool) {
	if len(f.args) != 1 {
		return pser{}, false
	}
	arg := f.args[0]
	cs, ok := polyCoeffs(arg, x)
	if !ok || len(cs) > 2 {
		return pser{}, false
	}
	var c0, c1 Expr = cs[0], Zero
	if len(cs) == 2 {
		c1 = cs[1]
	}
	var xi *Symbol
	if Equal(arg, x) {
		if x.Name() == "xi" {
			return pser{}, false // uniquely_named_symbol would rename it
		}
		xi = NewSymbol("xi", Assumptions{})
	} else {
		xi = NewDummy("xi_1")
	}
	c := make([]Expr, 0, n)
	c = append(c, MustApply(f.def, c0))
	fact := big.NewInt(1)
	for i := 1; i < n; i++ {
		fact.Mul(fact, big.NewInt(int64(i)))
		d := NewSubs(NewDerivative(MustApply(f.def, xi), []VarCount{{xi, i}}), []Expr{xi}, []Expr{c0})
		c = append(c, Expand(Div(NewMul(NewPow(c1, NewInt(int64(i))), d), NewBigInt(fact))))
	}
	return pser{val: 0, c: c, prec: n}.norm(n), true
}
