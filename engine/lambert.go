package engine

import "slices"

// This file is the part of SymPy's bivariate solver (_solve_lambert and
// _lambert in sympy/solvers/bivariate.py, reached from _tsolve) that
// notebooks meet: an equation (b*x + c)*exp(d*x + g) = R, whose log
// form log(b*x + c) + d*x + g = log(R) has the solution
// x = -c/b + (a/d)*W(d/(a*b)*exp((c*d - b*f)/(a*b))), on the branches
// k = 0 and, when SymPy can tell it is real, k = -1; then _tsolve's
// nsimplify of each solution (LambertW(-5*exp(-5), -1) + 5 is 0).
// Other Lambert forms (logarithms, powers p**x, x**x, a decaying
// exponential) are refused.

// solveLambertExp solves num = 0 for num = C*(b*x + c)*exp(d*x + g) - R
// with C, R nonzero and free of x; ok is false for other shapes.
func solveLambertExp(num Expr, x *Symbol) ([]Expr, bool) {
	if x.assume != (Assumptions{}) {
		// solve posifies a symbol with assumptions first (n*exp(n) for
		// a negative n meets exp(-n)): other routes
		return nil, false
	}
	dep, ind := siftExprs(addArgs(num), func(t Expr) bool { return Has(t, x) })
	if len(dep) == 0 || len(ind) == 0 {
		return nil, false
	}
	lhs, rhs := NewAdd(dep...), Neg(NewAdd(ind...))
	if len(dep) > 1 {
		// powsimp(factor(lhs, deep=True)): x*exp(x) - 5*exp(x) is
		// (x - 5)*exp(x)
		f, err := Factor(lhs)
		if err != nil {
			return nil, false
		}
		lhs = f
	}
	m, ok := lhs.(*Mul)
	if !ok {
		return nil, false
	}
	var ex *Func
	var lin, consts []Expr
	for _, f := range m.args {
		switch {
		case !Has(f, x):
			consts = append(consts, f)
		case isCallOf(f, fnExp) && ex == nil:
			ex = f.(*Func)
		default:
			lin = append(lin, f)
		}
	}
	if ex == nil || len(lin) != 1 || hasFloat(num) {
		return nil, false
	}
	if d, _, ok := linearIn(ex.args[0], x); !ok || !isPositiveRat(d) {
		// a decaying exponential (exp(-x)): SymPy's _tsolve takes
		// other routes there (roots of t**p - exp(A), or no answer)
		return nil, false
	}
	if b, _, ok := linearIn(lin[0], x); !ok || IsZero(b) != False {
		return nil, false
	}
	// _solve_lambert's Mul branch: log of both sides (expand_log with
	// force), then _invert moves the terms free of x to the right
	C := NewMul(consts...)
	// factor(deep=True) takes the content out of the linear factor
	logL := NewAdd(fnLog.call(C), fnLog.call(FactorTerms(lin[0])), ex.args[0])
	keep, move := siftExprs(addArgs(logL), func(t Expr) bool { return Has(t, x) })
	eq := Sub(NewAdd(keep...), Sub(fnLog.call(rhs), NewAdd(move...)))
	sols, ok := lambertLog(eq, x)
	if !ok {
		return nil, false
	}
	Ordered(sols)
	for i, s := range sols {
		// _tsolve: a simpler nsimplify'd form that checks replaces the
		// solution ((x - 5)*exp(x) + 5: LambertW(-5*exp(-5), -1) + 5 is 0)
		ns, err := Nsimplify(s, nil, 0, Unknown)
		if err != nil && valueVanishes(s) {
			ns, err = Zero, nil // nsimplify of a value that is 0
		}
		if err != nil || Equal(ns, s) || CountOps(ns) > CountOps(s) {
			continue
		}
		if !Equal(Xreplace(num, [][2]Expr{{x, ns}}), Zero) {
			return nil, false // SymPy's checksol decides: refused
		}
		sols[i] = ns
	}
	d, _, _ := linearIn(ex.args[0], x)
	_, c, _ := linearIn(lin[0], x)
	for _, s := range sols {
		if hasLambertBranch(s) && isInt(d, 1) && IsZero(c) != True {
			// a second real solution on the k = -1 branch of
			// (x - 1)*exp(x) = R: SymPy keeps it or not depending on
			// whether the equation was given expanded, which dcalc's
			// solve no longer knows here
			return nil, false
		}
	}
	return sols, true
}

// lambertLog is _lambert for eq = a*log(b*x + c) + d*x + f with one
// logarithm of a linear argument.
func lambertLog(eq Expr, x *Symbol) ([]Expr, bool) {
	eq, err := ExpandLog(eq, false)
	if err != nil {
		return nil, false
	}
	eq = Expand(eq)
	var logs []*Func
	for _, t := range addArgs(eq) {
		for _, f := range mulArgs(t) {
			if fn, ok := f.(*Func); ok && fn.def == fnLog && Has(fn, x) {
				if !slices.ContainsFunc(logs, func(l *Func) bool { return Equal(l, fn) }) {
					logs = append(logs, fn)
				}
			}
		}
	}
	if len(logs) != 1 {
		return nil, false
	}
	mainlog := logs[0]
	other := Xreplace(eq, [][2]Expr{{mainlog, Zero}})
	d, f, ok := linearIn(other, x)
	if !ok || IsZero(d) != False {
		return nil, false
	}
	a := Expand(Div(Sub(eq, other), mainlog))
	if Has(a, x) {
		return nil, false
	}
	b, c, ok := linearIn(mainlog.args[0], x)
	if !ok || IsZero(b) != False {
		return nil, false
	}
	num := Div(Div(Sub(NewMul(c, d), NewMul(b, f)), a), b)
	if !integralTerms(num) {
		// a denominator p: SymPy takes the roots of t**p - exp(A),
		// refused
		return nil, false
	}
	arg := NewMul(Div(d, NewMul(a, b)), fnExp.call(num))
	var sols []Expr
	for _, k := range []Expr{NegOne, Zero} {
		w := fnLambertW.call(arg, k)
		if !Equal(k, Zero) && (IsReal(w) != True || IsFinite(w) != True) {
			continue
		}
		sols = append(sols, NewAdd(Neg(Div(c, b)), NewMul(Div(a, d), w)))
	}
	return sols, true
}

// isPositiveRat reports whether e is a positive rational number.
func isPositiveRat(e Expr) bool {
	r := RatOf(e)
	return r != nil && r.Sign() > 0
}

// integralTerms reports whether every term of e has an integer
// coefficient and no negative powers, so that as_numer_denom is (e, 1).
func integralTerms(e Expr) bool {
	for _, t := range addArgs(e) {
		c, rest := AsCoeffMul(t)
		if r := RatOf(c); r == nil || !r.IsInt() {
			return false
		}
		for _, f := range mulArgs(rest) {
			if _, ex := AsBaseExp(f); IsNegative(ex) != False {
				if _, isNum := ex.(*Integer); isNum || IsNegative(ex) == True {
					return false
				}
			}
		}
	}
	return true
}

// hasLambertBranch reports whether e holds LambertW(z, k) with k other
// than 0.
func hasLambertBranch(e Expr) bool {
	var ws []Expr
	collectCalls(e, fnLambertW, &ws)
	for _, w := range ws {
		if len(w.(*Func).args) == 2 {
			return true
		}
	}
	return false
}

// valueVanishes reports whether the number s = c + rest, c rational, has
// rest equal to -c at 30 digits (evalf of s itself cancels).
func valueVanishes(s Expr) bool {
	c, rest := AsCoeffAdd(s)
	if IsZero(c) == True {
		return false
	}
	a, err1 := Evalf(rest, 30, nil)
	b, err2 := Evalf(Neg(c), 30, nil)
	return err1 == nil && err2 == nil && Equal(a, b)
}
