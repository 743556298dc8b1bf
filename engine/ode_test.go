package engine

import (
	"math/cmplx"
	"math/rand"
	"testing"
)

// TestODESolutionsSatisfyEquation solves random linear ODEs with
// constant coefficients (characteristic roots rational, complex and
// repeated; right-hand sides for undetermined coefficients) and checks
// that each solution, put back into the equation, leaves zero, and that
// initial conditions hold.
func TestODESolutionsSatisfyEquation(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f := MustApply(UndefinedFunction("f"), x)
	rnd := rand.New(rand.NewSource(3))
	rootPool := []Expr{Zero, One, NegOne, Two, NewInt(-3), NewRational(bigInt(1), bigInt(2))}
	rhsPool := []Expr{Zero, x, NewPow(x, Two), fnExp.call(x), fnExp.call(Neg(x)), fnSin.call(x),
		fnCos.call(NewMul(Two, x)), NewMul(x, fnExp.call(x)), NewMul(fnExp.call(x), fnSin.call(x))}
	s := NewDummy("s")
	checked := 0
	for trial := 0; trial < 60; trial++ {
		var roots []Expr
		for len(roots) < 1+rnd.Intn(3) {
			if rnd.Intn(3) == 0 {
				a, b := rootPool[rnd.Intn(len(rootPool))], NewInt(int64(1+rnd.Intn(2)))
				roots = append(roots, NewAdd(a, NewMul(b, I)), Sub(a, NewMul(b, I)))
			} else {
				roots = append(roots, rootPool[rnd.Intn(len(rootPool))])
			}
		}
		p := Expr(One)
		for _, r := range roots {
			p = NewMul(p, Sub(s, r))
		}
		cs, ok := polyCoeffs(Expand(p), s)
		if !ok {
			t.Fatal("characteristic polynomial")
		}
		eq := Neg(rhsPool[rnd.Intn(len(rhsPool))])
		for k, c := range cs {
			d := f
			if k > 0 {
				d = NewDerivative(f, []VarCount{{x, k}})
			}
			eq = NewAdd(eq, NewMul(c, d))
		}
		o, sols := solveOrSkip(t, eq, f)
		l, _ := o.linear()
		for _, sol := range sols {
			if r := Expand(l.apply(sol, x, true)); IsZero(r) != True {
				t.Errorf("%s: f(x) = %s leaves %s", Str(eq), Str(sol), Str(r))
			}
			ics := [][2]Expr{{MustApply(UndefinedFunction("f"), Zero), One}}
			for k := 1; k < len(cs)-1; k++ {
				ics = append(ics, [2]Expr{NewSubs(NewDerivative(f, []VarCount{{x, k}}), []Expr{x}, []Expr{Zero}), NewInt(int64(k + 1))})
			}
			fixed, err := o.SolveICs(sol, ics)
			if err != nil {
				t.Fatalf("%s with %v: %v", Str(sol), ics, err)
			}
			if v := Expand(SubsPairs(fixed, [][2]Expr{{x, Zero}})); !isInt(v, 1) {
				t.Errorf("%s: f(0) = %s, not 1", Str(fixed), Str(v))
			}
			checked++
		}
	}
	if checked < 30 {
		t.Fatalf("only %d solutions checked", checked)
	}
}

// TestTermsGcdKeepsValue checks that terms_gcd's factored form expands
// back to the sum and pulls out the common monomial of exponentials.
func TestTermsGcdKeepsValue(t *testing.T) {
	x, c1, c2 := NewSymbol("x", Assumptions{}), NewSymbol("C1", Assumptions{}), NewSymbol("C2", Assumptions{})
	for _, e := range []Expr{
		NewAdd(NewMul(c1, fnExp.call(x)), NewMul(c2, fnExp.call(NewMul(Two, x)))),
		NewAdd(NewMul(NewRational(bigInt(1), bigInt(34)), x), NewRational(bigInt(6), bigInt(289))),
		NewAdd(NewMul(NewInt(6), x, x), NewMul(NewInt(9), x)),
	} {
		for _, clear := range []bool{true, false} {
			g, err := TermsGcd(e, true, clear, false)
			if err != nil {
				t.Fatal(err)
			}
			if _, isAdd := g.(*Add); isAdd {
				t.Errorf("terms_gcd(%s) = %s: nothing pulled out", Str(e), Str(g))
			}
			if !Equal(Expand(g), Expand(e)) {
				t.Errorf("terms_gcd(%s) = %s, which is not equal", Str(e), Str(g))
			}
		}
	}
}

// TestSeparableSolutionsSatisfyEquation solves separable first-order
// equations f' = g(x)*h(f) and checks each solution in the equation.
func TestSeparableSolutionsSatisfyEquation(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f := MustApply(UndefinedFunction("f"), x)
	df := NewDerivative(f, []VarCount{{x, 1}})
	gs := []Expr{x, fnSin.call(x), fnExp.call(x), NewAdd(x, One), Div(One, x)}
	// (sqrt(f) is left out: its solution (C1 + G)**2/4 satisfies the
	// equation where C1 + G >= 0 only, which the check cannot decide)
	hs := []Expr{f, NewPow(f, Two), Div(One, f), fnExp.call(f), Sub(f, NewInt(3))}
	solved := 0
	for _, g := range gs {
		for _, h := range hs {
			o, err := NewODE(Sub(df, NewMul(g, h)), f)
			if err != nil {
				t.Fatal(err)
			}
			sols, err := o.Solve()
			if err != nil {
				continue // refused
			}
			for _, s := range sols {
				ok, err := o.Satisfies(s)
				if err != nil || !ok {
					t.Errorf("f' = %s: f = %s does not satisfy it (%v)", Str(NewMul(g, h)), Str(s), err)
				}
				solved++
			}
		}
	}
	if solved < 15 {
		t.Fatalf("only %d separable solutions", solved)
	}
}

// TestEulerSolutionsSatisfyEquation solves Euler equations
// x**2*f^(2)(x) + a*x*f'(x) + b*f(x) = g(x) with rational characteristic
// roots (simple and repeated), homogeneous or with a right-hand side in
// powers of x and log(x), and checks each solution in the equation.
func TestEulerSolutionsSatisfyEquation(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f := MustApply(UndefinedFunction("f"), x)
	d1 := NewDerivative(f, []VarCount{{x, 1}})
	d2 := NewDerivative(f, []VarCount{{x, 2}})
	// roots r1, r2: s*(s - 1) + a*s + b = (s - r1)*(s - r2)
	rhs := []Expr{Zero, x, NewPow(x, NewInt(3)), fnLog.call(x), NewMul(x, fnLog.call(x))}
	for i, rr := range [][2]int64{{1, -1}, {1, 1}, {2, -3}, {0, 2}, {-1, -1}, {1, 2}, {3, -1}} {
		a := NewInt(1 - rr[0] - rr[1])
		b := NewInt(rr[0] * rr[1])
		// a right-hand side in log(x) for undetermined coefficients,
		// resonant where its power of x is a characteristic root
		eq := NewAdd(NewMul(NewPow(x, Two), d2), NewMul(a, x, d1), NewMul(b, f), Neg(rhs[i%len(rhs)]))
		o, err := NewODE(eq, f)
		if err != nil {
			t.Fatal(err)
		}
		sols, err := o.Solve()
		if err != nil {
			t.Fatalf("%s: %v", Str(eq), err)
		}
		for _, s := range sols {
			if ok, err := o.Satisfies(s); err != nil || !ok {
				t.Errorf("%s: f = %s does not satisfy it", Str(eq), Str(s))
			}
			if len(FreeSymbols(s)) != 3 { // x, C1, C2
				t.Errorf("%s: f = %s has not two constants", Str(eq), Str(s))
			}
		}
	}
}

// TestFirstOrderLinearSolutionsSatisfyEquation solves first-order
// linear equations with variable coefficients, f' + p(x)*f = q(x) (by
// 1st_exact's integrating factor or as Euler equations), and exact
// equations built from a potential, and checks each solution in the
// equation.
func TestFirstOrderLinearSolutionsSatisfyEquation(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f := MustApply(UndefinedFunction("f"), x)
	df := NewDerivative(f, []VarCount{{x, 1}})
	ps := []Expr{Div(One, x), NewMul(Two, x), Div(Two, NewAdd(x, One)), Div(NewInt(3), NewAdd(x, NewInt(100))), fnCos.call(x)}
	qs := []Expr{One, x, fnExp.call(Neg(NewPow(x, Two))), NewPow(x, Two), fnSin.call(x)}
	var eqs []Expr
	for _, p := range ps {
		for _, q := range qs {
			eqs = append(eqs, NewAdd(df, NewMul(p, f), Neg(q)))
		}
	}
	// exact: d/dx of x**2*f + sin(x) and of x*f**2 + x**3
	eqs = append(eqs, NewAdd(NewMul(Two, x, f), NewMul(NewPow(x, Two), df), fnCos.call(x)),
		NewAdd(NewPow(f, Two), NewMul(NewInt(3), NewPow(x, Two)), NewMul(Two, x, f, df)))
	solved := checkSolutions(t, eqs, f)
	if solved < 15 {
		t.Fatalf("only %d solutions of %d equations", solved, len(eqs))
	}
}

// numericallyZero reports whether the equation's left side with f =
// sol vanishes at a few points, each constant set to a sample value.
func numericallyZero(o *ODE, sol Expr) bool {
	res := o.Eq
	d1 := NewDerivative(o.F, []VarCount{{o.X, 1}})
	dsol, err := Diff(sol, VarCount{Var: o.X, Count: 1})
	if err != nil {
		return false
	}
	res = Xreplace(res, [][2]Expr{{d1, dsol}, {o.F, sol}})
	for _, xv := range []Expr{NewRational(bigInt(3), bigInt(10)), NewRational(bigInt(17), bigInt(10)), NewRational(bigInt(29), bigInt(10))} {
		reps := [][2]Expr{{o.X, xv}}
		for _, c := range o.freeConstants(sol) {
			reps = append(reps, [2]Expr{c, NewRational(bigInt(7), bigInt(10))})
		}
		v, ok := evalComplex(SubsPairs(res, reps))
		if !ok || cmplx.Abs(v) > 1e-9 {
			return false
		}
	}
	return true
}

// TestBernoulliSolutionsSatisfyEquation solves Bernoulli equations
// f' + p*f = q*f**n and checks each solution in the equation.
func TestBernoulliSolutionsSatisfyEquation(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	f := MustApply(UndefinedFunction("f"), x)
	df := NewDerivative(f, []VarCount{{x, 1}})
	ps := []Expr{Div(One, x), NewInt(-1), Div(NewInt(-2), x)}
	qs := []Expr{x, fnExp.call(x), NewPow(x, Two), One}
	ns := []Expr{Two, NewInt(-1), NewInt(3)}
	var eqs []Expr
	for _, p := range ps {
		for _, q := range qs {
			for _, n := range ns {
				eqs = append(eqs, NewAdd(df, NewMul(p, f), Neg(NewMul(q, NewPow(f, n)))))
			}
		}
	}
	solved := checkSolutions(t, eqs, f)
	if solved < 15 {
		t.Fatalf("only %d solutions", solved)
	}
}

// checkSolutions solves each equation in f and checks every solution in
// it (by simplify, or where simplify refuses, at sample points); an
// equation dcalc refuses is skipped. It returns how many solutions were
// checked.
func checkSolutions(t *testing.T, eqs []Expr, f Expr) int {
	t.Helper()
	solved := 0
	for _, eq := range eqs {
		o, sols := solveOrSkip(t, eq, f)
		for _, s := range sols {
			ok, err := o.Satisfies(s)
			if err != nil {
				ok = numericallyZero(o, s)
			}
			if !ok {
				t.Errorf("%s: f = %s does not satisfy it", Str(eq), Str(s))
			}
			solved++
		}
	}
	return solved
}

// solveOrSkip is dsolve of eq in f: its solutions, none when dcalc
// refuses the equation with NotImplementedError; any other error fails
// the test.
func solveOrSkip(t *testing.T, eq, f Expr) (*ODE, []Expr) {
	t.Helper()
	o, err := NewODE(eq, f)
	if err != nil {
		t.Fatal(err)
	}
	sols, err := o.Solve()
	if err != nil {
		if e, ok := err.(*Error); ok && e.Type == "NotImplementedError" {
			return o, nil
		}
		t.Fatalf("%s: %v", Str(eq), err)
	}
	return o, sols
}
