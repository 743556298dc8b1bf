package engine

import (
	"math/big"
	"slices"
	"sort"
)

// This file is a small part of SymPy's solvers/solvers.py: solve for one
// equation in one unknown (polynomials whose irreducible factors have
// degree at most two, and polynomials in a single log or exp of the
// unknown) and for linear systems.

func notImpl(msg string) *Error { return &Error{Type: "NotImplementedError", Msg: msg} }

// numerDenoms multiplies e by every denominator that depends on x and
// returns the expanded numerator with the denominators (each base to its
// greatest negated exponent).
func numerDenoms(e Expr, x *Symbol) (Expr, []Expr) {
	var bases, exps []Expr
	for _, t := range addArgs(e) {
		for _, f := range mulArgs(t) {
			b, ex := AsBaseExp(f)
			if !Has(b, x) {
				continue
			}
			if c, _ := AsCoeffMul(ex); isNegCoeff(c) || (IsNumber(ex) && IsNegative(ex) == True) {
				ne := Neg(ex)
				i := indexExpr(bases, b)
				if i < 0 {
					bases = append(bases, b)
					exps = append(exps, ne)
				} else if d := Sub(ne, exps[i]); IsNumber(d) && IsPositive(d) == True {
					exps[i] = ne
				}
			}
		}
	}
	// multiply term by term so the denominators cancel before expanding
	var ts []Expr
	for _, t := range addArgs(e) {
		fs := []Expr{t}
		for i, b := range bases {
			fs = append(fs, NewPow(b, exps[i]))
		}
		ts = append(ts, NewMul(fs...))
	}
	dens := make([]Expr, len(bases))
	for i, b := range bases {
		dens[i] = NewPow(b, exps[i]) // x**x, not x, for x**(-x)
	}
	return Expand(NewAdd(ts...)), dens
}

// Solve returns the solutions of f = 0 for x in SymPy's order, as
// solve(f, x) does for the cases it supports.
func Solve(f Expr, x *Symbol) ([]Expr, error) {
	return solve(f, x, true)
}

// unknownInConcrete reports whether x appears inside an unevaluated Sum
// or Product of f.
func unknownInConcrete(f Expr, x *Symbol) bool {
	var cs []Expr
	collectCalls(f, SumDef, &cs)
	collectCalls(f, ProductDef, &cs)
	return slices.ContainsFunc(cs, func(c Expr) bool { return Has(c, x) })
}

// solve is Solve; expandAngles is false for a factor of a product,
// which _solve solves without solve()'s expansion of angles.
func solve(f Expr, x *Symbol, expandAngles bool) ([]Expr, error) {
	if unknownInConcrete(f, x) {
		// solve_linear divides by the derivative, Sum(2, (i, 1, n))
		// unevaluated, and checksol drops what it cannot verify
		// (solve(Sum(2*mu - 2*x[i], (i, 1, n)), mu) is [] in SymPy)
		return nil, notImpl("dcalc's solve does not solve for a symbol inside an unevaluated Sum or Product (SymPy's checksol decides there) yet")
	}
	if hasCallOf(f, fnPiecewise) || hasCallOf(f, fnAbs) {
		if r, ok, err := solvePiecewise(f, x); ok || err != nil {
			return r, err
		}
	}
	if hasFloat(f) {
		return solveFloats(f, x)
	}
	if expandAngles {
		var err error
		if f, err = expandSolveAngles(f, x); err != nil {
			return nil, err
		}
	}
	if m, ok := f.(*Mul); ok {
		return solveProduct(m, x)
	}
	if onlySinhCosh(f, x) {
		// _tsolve's last resort for a generator it cannot invert:
		// lhs.rewrite(exp) (cosh(x) - 2 is [log(2 - sqrt(3)), log(sqrt(3) + 2)])
		sols, err := solveExpanded(f, x)
		if e, ok := err.(*Error); ok && e.Type == "NotImplementedError" {
			g, rerr := Rewrite(f, "exp")
			if rerr != nil {
				return nil, err
			}
			return solveExpanded(g, x)
		}
		return sols, err
	}
	if offsetIntegerPower(f, x) {
		// b**(x + d): Poly keeps it as its generator and _vsolve's
		// inverse comes back in forms of its own (log(15)/log(3) for
		// 3**(x - 1) = 5, where expanding gives 1 + log(5)/log(3));
		// only rational solutions, which any route reaches, are kept
		sols, err := solveExpanded(f, x)
		if err == nil && !slices.ContainsFunc(sols, func(s Expr) bool { return !IsRational(s) }) {
			return sols, nil
		}
		return nil, notImpl("could not solve " + Str(f))
	}
	return solveExpanded(f, x)
}

// onlySinhCosh reports whether every function of x in f is sinh or cosh
// (tanh's rewritten form comes back in other forms than SymPy's).
func onlySinhCosh(f Expr, x *Symbol) bool {
	found := false
	other := anyNode(f, func(e Expr) bool {
		fn, ok := e.(*Func)
		if !ok || !Has(fn, x) {
			return false
		}
		if fn.def == fnSinh || fn.def == fnCosh {
			found = true
			return false
		}
		return true
	})
	return found && !other
}

// equationBinomial is roots_binomial for an equation that is itself a
// binomial in x with symbolic coefficients (not one reached by
// inverting a function, which _tsolve solves in other forms).
func equationBinomial(num Expr, x *Symbol) ([]Expr, bool) {
	cs, ok := polyCoeffs(num, x)
	if !ok {
		return nil, false
	}
	if _, ok := ratCoeffs(cs); ok {
		return nil, false
	}
	if _, ok := commonFactorCoeffs(cs); ok {
		return nil, false
	}
	return symbolicBinomial(cs)
}

// offsetIntegerPower reports whether f has a power b**(c*x + d) of an
// integer b with d != 0.
func offsetIntegerPower(f Expr, x *Symbol) bool {
	if p, ok := f.(*Pow); ok && IsInteger(p.Base()) {
		if a, ok := p.Exp().(*Add); ok && Has(a, x) {
			return true
		}
	}
	return slices.ContainsFunc(f.Args(), func(a Expr) bool { return offsetIntegerPower(a, x) })
}

// solveExpanded is solve of f with its angles expanded, neither a
// product nor holding Floats.
func solveExpanded(f Expr, x *Symbol) ([]Expr, error) {
	num, dens := numerDenoms(f, x)
	var sols []Expr
	var err error
	if r, ok := solveLinear(f, x); ok {
		sols = []Expr{r}
	} else if r, ok := newRadicalEquation(num, x); ok && !isMulExpr(f) {
		// SymPy checks the candidates against solve_linear's numerator,
		// f.as_numer_denom()[0], not an expanded one (checksol's answer
		// depends on the form: 3 - (a + 1)*sqrt(3 - x) keeps
		// 3 - 9/(a + 1)**2, its expansion rejects it)
		r.check, _ = asNumerDenom(f)
		sols, err = solveRadical(r)
	} else if rs, ok := equationBinomial(num, x); ok {
		sols = rs
	} else {
		sols, err = solveNumer(num, x)
	}
	if err != nil {
		return nil, err
	}
	var out []Expr
	for _, s := range sols {
		ok := true
		for _, d := range dens {
			v := Expand(SubsPairs(d, [][2]Expr{{x, s}}))
			if IsZero(v) == True || v == Zoo || v == NaN {
				ok = false
			}
		}
		// solutions making the expression undefined are dropped, but
		// not those of a product: _solve solves and checks each factor
		// alone, then drops only what zeroes a denominator
		// (x*log(x) has the solutions 0 and 1)
		if v := SubsPairs(f, [][2]Expr{{x, s}}); hasSpecial(v) && !isMulExpr(f) {
			ok = false
		}
		// and so are those the symbol's assumptions rule out
		// (check_assumptions(s, **x.assumptions0) is False)
		if CheckAssumptions(s, x.assume) == False {
			ok = false
		}
		if ok && !containsExpr(out, s) {
			out = append(out, s)
		}
	}
	sortByDefaultKey(out)
	return out, nil
}

// solveProduct is _solve of a product: the solutions of each factor
// with x, less those that make a denominator of the product zero or
// contradict x's assumptions.
func solveProduct(m *Mul, x *Symbol) ([]Expr, error) {
	dens := simpleDens(m, x, nil)
	var out []Expr
	for _, fa := range m.args {
		if !Has(fa, x) {
			continue
		}
		sols, err := solve(fa, x, false)
		if err != nil {
			return nil, err
		}
		for _, s := range sols {
			ok := CheckAssumptions(s, x.assume) != False
			for _, d := range dens {
				if v := Expand(SubsPairs(d, [][2]Expr{{x, s}})); IsZero(v) == True || v == Zoo || v == NaN {
					ok = false
				}
			}
			if ok && !containsExpr(out, s) {
				out = append(out, s)
			}
		}
	}
	sortByDefaultKey(out)
	return out, nil
}

// simpleDens is _simple_dens: the bases of the powers with a negative
// exponent anywhere in e that depend on x ((1/x - 1)*(sqrt(x) - x) has
// the denominator x inside its first factor).
func simpleDens(e Expr, x *Symbol, out []Expr) []Expr {
	if p, ok := e.(*Pow); ok && Has(p, x) && isNegCoeff(p.Exp()) {
		// a numeric exponent leaves the base; x**(-x) has the
		// denominator x**x, which 0 does not zero (0**0 is 1)
		d := p.Base()
		if !IsNumber(p.Exp()) {
			d = NewPow(p.Base(), Neg(p.Exp()))
		}
		if !containsExpr(out, d) {
			out = append(out, d)
		}
	}
	for _, a := range e.Args() {
		out = simpleDens(a, x, out)
	}
	return out
}

// CheckAssumptions is SymPy's check_assumptions(e, **a): False when e is
// known to contradict one of the facts in a, True when it is known to
// satisfy all of them, Unknown otherwise.
func CheckAssumptions(e Expr, a Assumptions) Tri {
	a = a.normalize()
	res := True
	check := func(want bool, got Tri) {
		if !want || res == False {
			return
		}
		if got == False {
			res = False
		} else if got == Unknown {
			res = Unknown
		}
	}
	check(a.Integer, IsIntegerValued(e))
	check(a.Real, IsReal(e))
	check(a.Positive, IsPositive(e))
	check(a.Negative, IsNegative(e))
	check(a.Nonnegative, IsNegative(e).not())
	check(a.Nonpositive, IsPositive(e).not())
	check(a.Nonzero, IsZero(e).not())
	check(a.Even, evenFact(e))
	check(a.Odd, oddFact(e))
	check(a.Rational, rationalFact(e))
	return res
}

// RationalizeSystem is solve's first step on equations holding Floats
// (rational=None): each Float replaced by nsimplify's rational for it;
// floats reports whether there was one, so that the solutions go back
// through NfloatSolution.
func RationalizeSystem(eqs []Expr) (out []Expr, floats bool) {
	out = make([]Expr, len(eqs))
	for i, e := range eqs {
		out[i] = e
		if hasFloat(e) {
			floats = true
			out[i] = realToRational(e, 0)
		}
	}
	return out, floats
}

// NfloatSolution is nfloat(v, exponent=False) for a solution value: a
// number becomes a 15-digit Float, a polynomial with rational
// coefficients has them evaluated; other values raise
// NotImplementedError rather than risk a form SymPy would not print.
func NfloatSolution(v Expr) (Expr, error) {
	if !isRatPolynomial(v) && len(FreeSymbols(v)) > 0 {
		return nil, notImpl("solve with floating-point coefficients: dcalc cannot restore floats in " + Str(v) + " yet")
	}
	if IsRational(v) {
		return NewFloatFrom(v, 15)
	}
	return Evalf(v, 15, nil)
}

// solveFloats is solve's handling of floats (rational=None) for one
// equation, as RationalizeSystem and NfloatSolution do it for systems:
// the floats become nsimplify's rationals, the exact equation is solved
// and the solutions are evaluated back to floats.
func solveFloats(f Expr, x *Symbol) ([]Expr, error) {
	eqs, _ := RationalizeSystem([]Expr{f})
	sols, err := Solve(eqs[0], x)
	if err != nil {
		return nil, err
	}
	var out []Expr
	for _, s := range sols {
		v, err := NfloatSolution(s)
		if err != nil {
			return nil, err
		}
		if !containsExpr(out, v) {
			out = append(out, v)
		}
	}
	// solve sorts its solutions (dicts) by default_sort_key after nfloat
	sortByDefaultKey(out)
	return out, nil
}

// SortFloatSolutions is solve's final solution.sort(key=default_sort_key)
// for solutions of a system written back as Floats: the solution dicts,
// whose keys are the same symbols in each, compare value by value.
func SortFloatSolutions(tups [][]Expr) {
	sort.SliceStable(tups, func(i, j int) bool {
		for k := range tups[i] {
			if c := cmpSkey(sortKey(tups[i][k]), sortKey(tups[j][k])); c != 0 {
				return c < 0
			}
		}
		return false
	})
}

func hasFloat(e Expr) bool {
	if _, ok := e.(*Float); ok {
		return true
	}
	for _, a := range e.Args() {
		if hasFloat(a) {
			return true
		}
	}
	return false
}

// isRatPolynomial reports whether e is a polynomial in symbols with
// rational coefficients.
func isRatPolynomial(e Expr) bool {
	switch x := e.(type) {
	case *Integer, *Rational, *Symbol:
		return true
	case *Add, *Mul:
		for _, a := range x.Args() {
			if !isRatPolynomial(a) {
				return false
			}
		}
		return true
	case *Pow:
		n, ok := x.Exp().(*Integer)
		return ok && n.Sign() > 0 && isRatPolynomial(x.Base())
	}
	return false
}

func hasSpecial(e Expr) bool {
	switch e {
	case Zoo, NaN, Oo, NegOo:
		return true
	}
	for _, a := range e.Args() {
		if hasSpecial(a) {
			return true
		}
	}
	return false
}

func containsExpr(xs []Expr, e Expr) bool { return indexExpr(xs, e) >= 0 }

func indexExpr(xs []Expr, e Expr) int {
	for i, x := range xs {
		if Equal(x, e) {
			return i
		}
	}
	return -1
}

// SortIndexDefault sorts keys by default_sort_key, permuting idx alike.
func SortIndexDefault(keys []Expr, idx []int) {
	sort.Stable(keyIdx{keys, idx})
}

type keyIdx struct {
	keys []Expr
	idx  []int
}

func (k keyIdx) Len() int { return len(k.keys) }
func (k keyIdx) Less(i, j int) bool {
	return cmpSkey(sortKey(k.keys[i]), sortKey(k.keys[j])) < 0
}
func (k keyIdx) Swap(i, j int) {
	k.keys[i], k.keys[j] = k.keys[j], k.keys[i]
	k.idx[i], k.idx[j] = k.idx[j], k.idx[i]
}

// CompareSortKey compares a and b by SymPy's default_sort_key: -1, 0
// or 1.
func CompareSortKey(a, b Expr) int { return cmpSkey(sortKey(a), sortKey(b)) }

// Ordered sorts expressions as SymPy's ordered(): by the number of
// nodes in the tree first, then by default_sort_key.
func Ordered(xs []Expr) {
	sort.SliceStable(xs, func(i, j int) bool {
		if a, b := nodeCount(xs[i]), nodeCount(xs[j]); a != b {
			return a < b
		}
		return cmpSkey(sortKey(xs[i]), sortKey(xs[j])) < 0
	})
}

// nodeCount is sorting._nodes: the nodes of the tree, a Float counting
// one half, a derivative its expression's plus its orders.
// NodeCount is SymPy's _nodes: the nodes of e's tree, a Float counting
// one half.
func NodeCount(e Expr) float64 { return nodeCount(e) }

func nodeCount(e Expr) float64 {
	switch x := e.(type) {
	case *Float:
		return 0.5
	case *Derivative:
		n := nodeCount(x.Expr())
		for _, v := range x.Vars() {
			n += float64(v.Count)
		}
		return n
	}
	n := 1.0
	if IsPiecewise(e) {
		n += float64(len(e.Args()) / 2) // the ExprCondPairs
	}
	for _, a := range e.Args() {
		n += nodeCount(a)
	}
	return n
}

func sortByDefaultKey(xs []Expr) {
	sort.SliceStable(xs, func(i, j int) bool { return cmpSkey(sortKey(xs[i]), sortKey(xs[j])) < 0 })
}

// powerZeros is the zeros of b**e with e holding x where solve finds
// them at once: none for a positive base (2**x); for the base x, 0 when
// e is positive there (x**(x + 1)) and none otherwise (x**x, x**(x - 1),
// x**(1/x)). ok is false for other powers.
func powerZeros(b, e Expr, x *Symbol) ([]Expr, bool) {
	if !Has(e, x) {
		return nil, false
	}
	if !Has(b, x) && IsPositive(b) == True {
		return nil, true
	}
	if !Equal(b, x) {
		return nil, false
	}
	if v := SubsPairs(e, [][2]Expr{{x, Zero}}); !hasSpecial(v) && IsPositive(v) == True {
		return []Expr{Zero}, true
	}
	return nil, true
}

func solveNumer(num Expr, x *Symbol) ([]Expr, error) {
	if !Has(num, x) {
		return nil, nil
	}
	if b, e := AsBaseExp(num); Has(e, x) {
		if zs, ok := powerZeros(b, e, x); ok {
			return zs, nil
		}
	}
	if cs, ok := polyCoeffs(num, x); ok {
		rs, ok := polyRoots(cs)
		if !ok {
			return nil, notImpl("could not solve " + Str(num))
		}
		return rs, nil
	}
	// a sum in sin, cos and tan of one argument: SymPy's _solve takes
	// it whole (2*sin(x)*cos(x) - cos(x) by tan(x/2), not by factors)
	if _, isMul := num.(*Mul); !isMul {
		var gens []Expr
		collectGens(num, x, &gens)
		if rs, applies, err := solveTrig(num, x, gens); applies {
			return rs, err
		}
	}
	// a product: solve each factor that can vanish
	if m, ok := FactorTerms(num).(*Mul); ok {
		var out []Expr
		for _, f := range m.args {
			b, e := AsBaseExp(f)
			if !Has(f, x) {
				continue
			}
			if fn, ok := f.(*Func); ok && fn.def == fnExp {
				continue
			}
			if isPositiveRatPower(e) {
				// b**(p/q) vanishes where b does (sqrt(x - 1) at 1)
				e = One
			}
			if zs, ok := powerZeros(b, e, x); ok {
				out = append(out, zs...)
				continue
			}
			if z, ok := e.(*Integer); ok && z.Sign() < 0 {
				continue // a denominator: its zeros are not solutions
			}
			if z, ok := e.(*Integer); !ok || z.Sign() <= 0 {
				if Equal(b, E) {
					continue
				}
				return nil, notImpl("could not solve " + Str(num))
			}
			fn, _ := numerDenoms(b, x)
			rs, err := solveNumer(fn, x)
			if err != nil {
				return nil, err
			}
			out = append(out, rs...)
		}
		return out, nil
	}
	// a polynomial in one function of x: log(x) or exp(x)
	var gens []Expr
	collectGens(num, x, &gens)
	if rs, ok := solveExpPoly(num, x, gens); ok {
		return rs, nil
	}

	if r, ok := newRadicalEquation(num, x); ok {
		r.check = num
		return solveRadical(r)
	}
	if out, ok := solveEqualLogs(num, x); ok {
		return out, nil
	}
	if out, ok := solveLogSum(num, x, gens); ok {
		return out, nil
	}
	if slices.ContainsFunc(gens, func(g Expr) bool { p, ok := g.(*Pow); return ok && Has(p.Exp(), x) }) {
		// _tsolve factors a sum: x**x*log(x) + x**x is x**x*(log(x) + 1)
		// (only a split into two or more factors with x: a constant
		// taken out, (4**x - 20)/4 for 4**(x - 1) - 5, expands back
		// to the same sum and would recurse without end)
		if fac, err := Factor(num); err == nil && factorsWith(fac, x) >= 2 {
			return solveNumer(fac, x)
		}
	}
	if len(gens) == 1 {
		g, ok := gens[0].(*Func)
		if !ok {
			return nil, notImpl("could not solve " + Str(num))
		}
		if inv, ok := solveInverse[g.def]; ok && len(g.args) == 1 && Equal(g.args[0], x) {
			if out, ok := solveByInverse(num, x, g, inv); ok {
				return out, nil
			}
		}
		if len(g.args) == 1 && !Equal(g.args[0], x) {
			if out, ok := solveNestedInverse(num, x, g); ok {
				return out, nil
			}
		}
		if len(g.args) == 1 && Equal(g.args[0], x) && g.def == fnLog {
			d := NewDummy("g")
			p := Xreplace(num, [][2]Expr{{g, d}})
			if !Has(p, x) {
				if cs, ok := polyCoeffs(p, d); ok {
					rs, ok := polyRoots(cs)
					if ok {
						var out []Expr
						for _, r := range rs {
							keep, decided := checkInverted(num, x, fnExp.call(r))
							if !decided {
								return nil, notImpl("could not solve " + Str(num))
							}
							if keep {
								out = append(out, fnExp.call(r))
							}
						}
						return out, nil
					}
				}
			}
		}
	}
	if out, ok := solveLambertExp(num, x); ok {
		return out, nil
	}
	return nil, notImpl("could not solve " + Str(num))
}

// factorsWith counts the factors of a product that contain x.
func factorsWith(e Expr, x *Symbol) int {
	m, ok := e.(*Mul)
	if !ok {
		return 0
	}
	n := 0
	for _, f := range m.args {
		if Has(f, x) {
			n++
		}
	}
	return n
}

// solveInverse names the inverse that solve applies to f(x) = r (sin,
// cos and tan are solvetrig.go's).
var solveInverse = map[*FuncDef]*FuncDef{fnAtan: fnTan, fnAsin: fnSin, fnAcos: fnCos, fnAsinh: fnSinh, fnAtanh: fnTanh}

// solveByInverse solves a polynomial in g = f(x) by the inverse of f
// applied to each root, keeping the solutions that substitute back to
// zero (SymPy's checksol drops the others: asin(x) = 3 has none); ok is
// false when a check cannot be decided.
func solveByInverse(num Expr, x *Symbol, g *Func, inv *FuncDef) ([]Expr, bool) {
	rs, ok := rootsInGenerator(num, g, x)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		if IsReal(r) != True {
			return nil, false
		}
		s := inv.call(r)
		switch IsZero(Expand(SubsPairs(num, [][2]Expr{{x, s}}))) {
		case True:
			out = append(out, s)
		case Unknown:
			return nil, false
		}
	}
	return out, true
}

// nestedInverse names the inverse solve's _invert applies to f(h(x)) =
// r before solving h(x) = inverse(r): log and atan (exp's would make
// SymPy's complex roots of powers of exp(x)).
var nestedInverse = map[*FuncDef]*FuncDef{fnLog: fnExp, fnAtan: fnTan}

// solveNestedInverse solves a polynomial in one generator g = f(h(x)),
// h not x itself: the roots r in g, then h(x) = inverse(r) for each
// (log(x + 3) = a gives x = exp(a) - 3). ok is false for other shapes.
func solveNestedInverse(num Expr, x *Symbol, g *Func) ([]Expr, bool) {
	inv, ok := nestedInverse[g.def]
	if !ok {
		return nil, false
	}
	rs, ok := rootsInGenerator(num, g, x)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		if len(FreeSymbols(r)) == 0 && toRat(r) == nil && toRat(inv.call(r)) == nil {
			// an irrational root: SymPy keeps sqrt(-1 + exp(-sqrt(2)))
			// where dcalc's roots take exp(-sqrt(2)/2) out (a root whose
			// inverse is rational, log(3), has one form either way)
			return nil, false
		}
		inner, _ := numerDenoms(Sub(g.args[0], inv.call(r)), x)
		sols, err := solveNumer(inner, x)
		if err != nil {
			return nil, false
		}
		if out, ok = appendChecked(out, num, x, sols); !ok {
			return nil, false
		}
	}
	return out, true
}

// solveEqualLogs is _invert's two-term case with rhs 0: c*log(u) -
// c*log(v) = 0 gives u - v = 0, whose solutions are checked in the
// equation (log(x) - log(2*x - 1) has the solution 1).
func solveEqualLogs(num Expr, x *Symbol) ([]Expr, bool) {
	a, ok := num.(*Add)
	if !ok || len(a.args) != 2 {
		return nil, false
	}
	ai, ad := asIndependent(a.args[0])
	bi, bd := asIndependent(a.args[1])
	fa, ok1 := ad.(*Func)
	fb, ok2 := bd.(*Func)
	if !ok1 || !ok2 || fa.def != fnLog || fb.def != fnLog || len(fa.args) != 1 || len(fb.args) != 1 || !Equal(ai, Neg(bi)) {
		return nil, false
	}
	d := Sub(fa.args[0], fb.args[0])
	if !Has(Expand(d), x) {
		// u - v free of x (log(x + 1) - log(x + 3)): SymPy finds no
		// algorithm (NotImplementedError), not an empty list
		return nil, false
	}
	cands, err := Solve(d, x)
	if err != nil {
		return nil, false
	}
	return appendChecked(nil, num, x, cands)
}

// solveLogSum is _tsolve's logcombine step: logarithms of expressions
// in x whose sum equals an x-free rest (log(x - 1) - log(x) = a) combine
// into one logarithm (logcombine with force=True, as _tsolve calls it),
// and its argument = exp(rest) is solved, the candidates checked.
func solveLogSum(num Expr, x *Symbol, gens []Expr) ([]Expr, bool) {
	if len(gens) < 2 {
		return nil, false
	}
	for _, g := range gens {
		if f, ok := g.(*Func); !ok || f.def != fnLog || len(f.args) != 1 {
			return nil, false
		}
	}
	lhs, rest := siftExprs(addArgs(num), func(t Expr) bool { return Has(t, x) })
	rhs := Neg(NewAdd(rest...))
	if isZeroInt(rhs) {
		return nil, false
	}
	c, err := Logcombine(NewAdd(lhs...), true)
	if err != nil {
		return nil, false
	}
	f, ok := c.(*Func)
	if !ok || f.def != fnLog {
		return nil, false
	}
	eq := Sub(f.args[0], fnExp.call(rhs))
	var sols []Expr
	if n, _ := asNumerDenom(eq); isLinearIn(n, x) {
		// solve_linear: -n(0)/n' with expand_mul, then simplify (n is
		// not expanded: exp(C1 - x) stays whole)
		dn, _ := Diff(n, VarCount{Var: x, Count: 1})
		n0 := SubsPairs(n, [][2]Expr{{x, Zero}})
		sols = []Expr{Simplify(ExpandMul(Div(Neg(n0), dn)))}
	} else {
		inner, _ := numerDenoms(eq, x)
		var err error
		if sols, err = solveNumer(inner, x); err != nil {
			return nil, false
		}
	}
	return appendChecked(nil, num, x, sols)
}

// solveLinear is _solve's solve_linear step for an equation that is not
// a product: when the numerator of f as it stands (not expanded) is
// linear in x, the root -n(0)/n' with expand_mul, then simplified (the
// unexpanded derivative keeps what cancels in it: 4*(x + 1)**2, not
// 4*x**2 + 8*x + 4). ok is false for other equations and for numeric
// coefficients, whose root is the same number either way.
func solveLinear(f Expr, x *Symbol) (Expr, bool) {
	if isMulExpr(f) {
		return nil, false
	}
	n, _ := asNumerDenom(f)
	if !isLinearIn(n, x) {
		return nil, false
	}
	dn, err := Diff(n, VarCount{Var: x, Count: 1})
	if err != nil {
		return nil, false
	}
	r := ExpandMul(Div(Neg(SubsPairs(n, [][2]Expr{{x, Zero}})), dn))
	if IsNumber(r) {
		return nil, false
	}
	if s, err := trySimplify(r); err == nil {
		r = s
	}
	return r, true
}

// isLinearIn reports whether e is linear in x: its derivative is free of
// x and not zero.
func isLinearIn(e Expr, x *Symbol) bool {
	d, err := Diff(e, VarCount{Var: x, Count: 1})
	return err == nil && !Has(d, x) && IsZero(d) != True
}

// appendChecked appends to out the candidates that checkInverted keeps,
// each once; ok is false when a check is not decided.
func appendChecked(out []Expr, num Expr, x *Symbol, cands []Expr) ([]Expr, bool) {
	for _, s := range cands {
		keep, decided := checkInverted(num, x, s)
		if !decided {
			return nil, false
		}
		if keep && !containsExpr(out, s) {
			out = append(out, s)
		}
	}
	return out, true
}

// checkInverted is solve's checksol for a solution s of num = 0 found by
// inverting a function: one that substitutes to nonzero is dropped
// (atan(2*x) = 5 has none, log(x) = -4*I neither), an undecided one kept
// as SymPy keeps it; decided is false when a step of the check is one
// dcalc cannot follow.
func checkInverted(num Expr, x *Symbol, s Expr) (keep, decided bool) {
	t, err := checksol(num, x, s)
	if err != nil {
		return false, false
	}
	return t != False, true
}

// rootsInGenerator is the roots of num as a polynomial in the
// generator g (a function of x); ok is false as for rootsInDummy.
func rootsInGenerator(num, g Expr, x *Symbol) ([]Expr, bool) {
	d := NewDummy("g")
	return rootsInDummy(Xreplace(num, [][2]Expr{{g, d}}), d, x)
}

// rootsInDummy is the roots of p as a polynomial in the dummy d that
// stands for a function of x; ok is false when x is left or p is not a
// polynomial dcalc can solve.
func rootsInDummy(p Expr, d, x *Symbol) ([]Expr, bool) {
	if Has(p, x) {
		return nil, false
	}
	cs, ok := polyCoeffs(p, d)
	if !ok {
		return nil, false
	}
	return polyRoots(cs)
}

// solveExpPoly solves a polynomial in exponentials exp(c*x), c
// rational, as SymPy's solve does: the numerator of as_numer_denom (the
// sum times the product of the distinct exp(-c*x) it divides by) must be
// a polynomial in one generator exp(x/q) (Poly's decomposition of
// exp(p*x/q) into exp(x/q)**p), as exp(2*x) - 3*exp(x) + 2, exp(x) +
// exp(-x) - 4 and exp(x/2) - 3 are; q*log of every nonzero root,
// simplified when the polynomial has at most two roots (solve's
// simplify flag, which it unsets for more: log(2**(1/3)) stays,
// log(sqrt(2)) becomes log(2)/2). Other shapes (exp(x/3) + exp(-2*x/3)
// has the two generators exp(x) and exp(x/3) there) are refused.
func solveExpPoly(num Expr, x *Symbol, gens []Expr) ([]Expr, bool) {
	if len(gens) == 0 {
		return nil, false
	}
	cs := make([]*big.Rat, len(gens))
	var reps [][2]Expr
	shift := new(big.Rat)
	var base Expr // E, or b for powers b**(c*x)
	for i, g := range gens {
		b, arg, ok := expGenerator(g)
		if !ok || base != nil && !Equal(b, base) {
			return nil, false
		}
		base = b
		c, rest := AsCoeffMul(arg)
		if b != E && !isInt(c, 1) && !isInt(c, -1) {
			// 2**(3*x): SymPy's roots of the cube then come back as
			// (log(32) - 2*I*pi)/(3*log(2)) through _tsolve, not as
			// log(root)/log(2)
			return nil, false
		}
		k := toRat(c)
		if k == nil || !Equal(rest, x) || k.Sign() == 0 {
			return nil, false
		}
		cs[i] = k
		if k.Sign() < 0 && !slices.ContainsFunc(cs[:i], func(o *big.Rat) bool { return o.Cmp(k) == 0 }) {
			shift.Sub(shift, k) // as_numer_denom multiplies by each distinct exp(-c*x)
		}
		reps = append(reps, [2]Expr{g, Zero})
	}
	// the exponents of the numerator's generators, constants included
	exps := make([]*big.Rat, 0, len(cs)+1)
	for _, c := range cs {
		exps = append(exps, new(big.Rat).Add(c, shift))
	}
	if shift.Sign() != 0 && IsZero(Expand(Xreplace(num, reps))) != True {
		exps = append(exps, shift)
	}
	var q *big.Int
	for _, c := range exps {
		if c.Sign() == 0 {
			continue
		}
		if q == nil {
			q = c.Denom()
		} else if q.Cmp(c.Denom()) != 0 {
			return nil, false // two generators, exp(x) and exp(x/3)
		}
		if !c.Num().IsInt64() || c.Num().Int64() > 1000 {
			return nil, false
		}
	}
	if q == nil {
		return nil, false
	}
	// w = exp(x/L), L the common denominator of the c and the shift,
	// writes each term of num*exp(shift*x) as a power of w; the
	// numerator's exponents are multiples of m = L/q, so u = w**m
	L := new(big.Int).Set(q)
	for _, c := range append(slices.Clone(cs), shift) {
		L.Div(new(big.Int).Mul(L, c.Denom()), new(big.Int).GCD(nil, nil, L, c.Denom()))
	}
	Lr := new(big.Rat).SetInt(L)
	w := NewDummy("w")
	for i, c := range cs {
		reps[i][1] = NewPow(w, NewBigInt(new(big.Rat).Mul(c, Lr).Num()))
	}
	lift := NewPow(w, NewBigInt(new(big.Rat).Mul(shift, Lr).Num()))
	wc, ok := polyCoeffs(Expand(NewMul(Xreplace(num, reps), lift)), w)
	if !ok {
		return nil, false
	}
	m := new(big.Int).Div(L, q).Int64()
	u := NewDummy("u")
	var terms []Expr
	for k, c := range wc {
		if IsZero(c) == True {
			continue
		}
		if int64(k)%m != 0 {
			return nil, false
		}
		terms = append(terms, NewMul(c, NewPow(u, NewInt(int64(k)/m))))
	}
	rs, ok := rootsInDummy(NewAdd(terms...), u, x)
	if !ok {
		return nil, false
	}
	var out []Expr
	for _, r := range rs {
		if IsZero(r) == True {
			continue
		}
		l := fnLog.call(r)
		if f, ok := l.(*Func); ok && f.def == fnLog && hasCallOf(f.args[0], fnExp) {
			// exp(x - 3) = 2: SymPy's simplify splits log(2*exp(3)) into
			// log(2) + 3 (expand_log's positive factors); dcalc's does not
			return nil, false
		}
		if f, ok := l.(*Func); ok && f.def == fnLog && Has(f.args[0], I) {
			// SymPy's log rewrites a complex algebraic argument
			// (log(-1/2 + sqrt(3)*I/2) is 2*I*pi/3); dcalc's does not
			return nil, false
		}
		if base != E {
			l = Div(l, fnLog.call(base)) // _vsolve(b**x - t, x): log(t)/log(b)
		}
		s := NewMul(NewBigInt(q), l)
		if len(rs) <= 2 {
			s = Simplify(s)
		}
		out = append(out, s)
	}
	return out, true
}

// expGenerator reads g as exp(arg) or b**arg with arg depending on x;
// b must be an integer from 2 that is not a perfect power: for 4**x
// SymPy's _tsolve rewrites the base (4**x - 2 has the solutions 1/2 and
// 1/2 + I*pi/log(2) there), a form dcalc does not reproduce.
func expGenerator(g Expr) (base, arg Expr, ok bool) {
	switch t := g.(type) {
	case *Func:
		return E, t.args[0], t.def == fnExp
	case *Pow:
		b, isInt := t.Base().(*Integer)
		if !isInt || b.Big().Cmp(big.NewInt(2)) < 0 {
			return nil, nil, false
		}
		if _, k := perfectPower(b.Big()); k > 1 {
			return nil, nil, false
		}
		return b, t.Exp(), true
	}
	return nil, nil, false
}

// collectGens gathers the maximal non-polynomial subexpressions of e that
// contain x.
func collectGens(e Expr, x *Symbol, gens *[]Expr) {
	switch t := e.(type) {
	case *Symbol:
		return
	case *Add, *Mul:
		for _, a := range t.Args() {
			collectGens(a, x, gens)
		}
		return
	case *Pow:
		if n, ok := t.Exp().(*Integer); ok && n.Sign() > 0 {
			collectGens(t.Base(), x, gens)
			return
		}
	}
	if Has(e, x) && !containsExpr(*gens, e) {
		*gens = append(*gens, e)
	}
}

// errNonlinear is SolveLinear's error for a system that is not linear.
var errNonlinear = notImpl("nonlinear system")

// IsNonlinear reports whether err is SolveLinear's error for a system
// that is not linear in the unknowns (one for SolvePolySystem).
func IsNonlinear(err error) bool { return err == error(errNonlinear) }

// SolveLinear solves a linear system for xs. It returns the solved
// symbols in SymPy's dict order with their values, an empty result when
// the system is inconsistent, and an error when it is not linear.
func SolveLinear(eqs []Expr, xs []*Symbol) ([][2]Expr, bool, error) {
	comps := unknownComponents(eqs, xs)
	if len(comps) < 2 {
		return solveLinearComponent(eqs, xs)
	}
	// SymPy's _solve_system solves the connected components (equations
	// linked by a shared unknown) one by one, each with its own domain.
	var out [][2]Expr
	for _, c := range comps {
		var ceqs []Expr
		for _, i := range c.eqs {
			ceqs = append(ceqs, eqs[i])
		}
		var cxs []*Symbol
		for _, j := range c.xs {
			cxs = append(cxs, xs[j])
		}
		sol, ok, err := solveLinearComponent(ceqs, cxs)
		if err != nil || !ok {
			return nil, ok, err
		}
		out = append(out, sol...)
	}
	sort.SliceStable(out, func(i, j int) bool { return cmpSkey(sortKey(out[i][0]), sortKey(out[j][0])) < 0 })
	return out, true, nil
}

// component is a set of equations and the unknowns they hold.
type component struct{ eqs, xs []int }

// unknownComponents splits a system into the connected components of
// the graph whose edges join equations sharing an unknown, in the order
// of their first equation (equations with no unknown stand alone).
func unknownComponents(eqs []Expr, xs []*Symbol) []component {
	parent := make([]int, len(eqs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	holds := make([][]bool, len(eqs))
	for i, e := range eqs {
		holds[i] = make([]bool, len(xs))
		for j, x := range xs {
			holds[i][j] = Has(e, x)
		}
	}
	for j := range xs {
		first := -1
		for i := range eqs {
			if holds[i][j] {
				if first < 0 {
					first = i
				} else {
					parent[find(i)] = find(first)
				}
			}
		}
	}
	var out []component
	index := map[int]int{}
	for i := range eqs {
		r := find(i)
		k, ok := index[r]
		if !ok {
			k = len(out)
			index[r] = k
			out = append(out, component{})
		}
		out[k].eqs = append(out[k].eqs, i)
	}
	for k := range out {
		for j := range xs {
			for _, i := range out[k].eqs {
				if holds[i][j] {
					out[k].xs = append(out[k].xs, j)
					break
				}
			}
		}
	}
	return out
}

// solveLinearComponent solves one connected linear system.
func solveLinearComponent(eqs []Expr, xs []*Symbol) ([][2]Expr, bool, error) {
	if sol, ok, handled, err := solveLinearField(eqs, xs); handled {
		return sol, ok, err
	}
	n := len(xs)
	var rows [][]*big.Rat
	var rhs []Expr
	for _, e := range eqs {
		e = Expand(e)
		row := make([]*big.Rat, n)
		rest := e
		for i, x := range xs {
			cs, ok := polyCoeffs(e, x)
			if !ok || len(cs) > 2 {
				return nil, false, errNonlinear
			}
			row[i] = new(big.Rat)
			if len(cs) == 2 {
				r := toRat(cs[1])
				if r == nil {
					return nil, false, notImpl("symbolic coefficients")
				}
				row[i].Set(r)
				rest = Expand(Sub(rest, NewMul(cs[1], x)))
			}
		}
		for _, x := range xs {
			if Has(rest, x) {
				return nil, false, errNonlinear
			}
		}
		rows = append(rows, row)
		rhs = append(rhs, Neg(rest))
	}
	// Gauss-Jordan elimination
	var pivots []int
	r := 0
	for c := 0; c < n && r < len(rows); c++ {
		p := -1
		for i := r; i < len(rows); i++ {
			if rows[i][c].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		rows[r], rows[p] = rows[p], rows[r]
		rhs[r], rhs[p] = rhs[p], rhs[r]
		inv := new(big.Rat).Inv(rows[r][c])
		for j := range rows[r] {
			rows[r][j] = new(big.Rat).Mul(rows[r][j], inv)
		}
		rhs[r] = Expand(NewMul(ratFrom(inv), rhs[r]))
		for i := range rows {
			if i == r || rows[i][c].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(rows[i][c])
			for j := range rows[i] {
				rows[i][j] = new(big.Rat).Sub(rows[i][j], new(big.Rat).Mul(f, rows[r][j]))
			}
			rhs[i] = Expand(Sub(rhs[i], NewMul(ratFrom(f), rhs[r])))
		}
		pivots = append(pivots, c)
		r++
	}
	for i := r; i < len(rows); i++ {
		if IsZero(rhs[i]) != True {
			return nil, false, nil
		}
	}
	var out [][2]Expr
	for i, c := range pivots {
		v := rhs[i]
		for j := c + 1; j < n; j++ {
			if rows[i][j].Sign() != 0 {
				v = Sub(v, NewMul(ratFrom(rows[i][j]), xs[j]))
			}
		}
		out = append(out, [2]Expr{xs[c], Expand(v)})
	}
	sort.SliceStable(out, func(i, j int) bool { return cmpSkey(sortKey(out[i][0]), sortKey(out[j][0])) < 0 })
	return out, true, nil
}

// NonlinsolvePoly is nonlinsolve's solve_poly_system step: the
// solutions of a polynomial system with rational coefficients and
// finitely many solutions, sorted; other systems (SymPy's substitution
// solver) are refused.
func NonlinsolvePoly(nums []Expr, xs []*Symbol) ([][]Expr, error) {
	tups, ok, err := solvePolyGroebner(nums, xs)
	switch {
	case !ok:
		return nil, notImpl("dcalc's nonlinsolve solves polynomial systems with rational coefficients")
	case err == errNotZeroDim:
		return nil, notImpl("dcalc's nonlinsolve gives finite solution sets only (SymPy's substitution solver for the others is not there yet)")
	}
	return tups, err
}

// SolvePolySystem solves a system of polynomial equations by
// elimination: an equation in one unknown is solved outright, and an
// unknown occurring linearly is eliminated (with the branch where its
// coefficient vanishes). It returns the solutions as tuples in xs order,
// sorted as SymPy sorts them, or an error when a step is not supported.
func SolvePolySystem(eqs []Expr, xs []*Symbol) ([][]Expr, error) {
	if comps := unknownComponents(eqs, xs); len(comps) > 1 {
		return solveComponents(eqs, xs, comps)
	}
	tups, final, err := polySystemTuples(eqs, xs)
	if err != nil || final {
		return tups, err
	}
	var out [][]Expr
	for _, tup := range tups {
		ok := true
		// verify
		pairs := make([][2]Expr, len(xs))
		for i, x := range xs {
			pairs[i] = [2]Expr{x, tup[i]}
		}
		for _, e := range eqs {
			v := Expand(SubsPairs(e, pairs))
			if IsNumber(v) && IsZero(v) != True {
				ok = false
			}
			if hasSpecial(v) {
				ok = false
			}
		}
		if ok && !containsTuple(out, tup) {
			out = append(out, tup)
		}
	}
	// solve sorts its solution dicts by default_sort_key
	type keyed struct {
		t []Expr
		d solDict
	}
	ks := make([]keyed, len(out))
	for i, t := range out {
		ks[i] = keyed{t, tupleDict(t, xs)}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return cmpSolDict(a.d, b.d) })
	for i := range ks {
		out[i] = ks[i].t
	}
	return out, nil
}

// solveComponents is _solve_system's first step: the connected
// components of the system (equations linked by a shared unknown) are
// solved on their own (x, y by solve_biquadratic while z has its own
// equation) and their solutions combined, every one with every other,
// then sorted as solve sorts dicts.
func solveComponents(eqs []Expr, xs []*Symbol, comps []component) ([][]Expr, error) {
	out := [][]Expr{make([]Expr, len(xs))}
	for i, x := range xs {
		out[0][i] = x // an unknown in no equation stays free
	}
	for _, c := range comps {
		var ceqs []Expr
		for _, i := range c.eqs {
			ceqs = append(ceqs, eqs[i])
		}
		if len(c.xs) == 0 {
			if !isZeroInt(Expand(ceqs[0])) {
				return nil, nil
			}
			continue
		}
		cxs := make([]*Symbol, len(c.xs))
		for k, j := range c.xs {
			cxs[k] = xs[j]
		}
		sub, err := SolvePolySystem(ceqs, cxs)
		if err != nil || len(sub) == 0 {
			return nil, err
		}
		var next [][]Expr
		for _, t := range out {
			for _, s := range sub {
				u := slices.Clone(t)
				for k, j := range c.xs {
					u[j] = s[k]
				}
				next = append(next, u)
			}
		}
		out = next
	}
	slices.SortStableFunc(out, func(a, b []Expr) int { return cmpSolDict(tupleDict(a, xs), tupleDict(b, xs)) })
	return out, nil
}

// tupleDict is the solution dict of a tuple in xs order: an unknown
// whose value is itself is free (absent), the keys in ordered() order.
func tupleDict(t []Expr, xs []*Symbol) solDict {
	var d solDict
	for i, x := range xs {
		if !Equal(t[i], x) {
			d = append(d, [2]Expr{x, t[i]})
		}
	}
	slices.SortFunc(d, func(a, b [2]Expr) int { return cmpSkey(sortKey(a[0]), sortKey(b[0])) })
	return d
}

// polySystemTuples solves as SymPy's solve_poly_system when every
// numerator is a polynomial with rational coefficients in xs, as
// _solve_system goes on when such a system has infinitely many solutions
// (final: checked and sorted already, an unknown left free as itself),
// and by elimination otherwise.
func polySystemTuples(eqs []Expr, xs []*Symbol) (_ [][]Expr, final bool, err error) {
	var nums []Expr
	for _, e := range eqs {
		num := Expand(e)
		for _, x := range xs {
			num, _ = numerDenoms(num, x)
		}
		if !isZeroInt(num) {
			nums = append(nums, num)
		}
	}
	if len(nums) > 0 {
		tups, ok, err := solvePolyGroebner(nums, xs)
		switch {
		case ok && err == nil:
			return tups, false, nil
		case ok && err != errNotZeroDim:
			return nil, false, err
		case ok && len(nums) >= len(xs) && connected(nums, xs):
			// _solve_system: each equation solved for one unknown at a time
			var dens []Expr
			for _, e := range eqs {
				for _, x := range xs {
					_, ds := numerDenoms(Expand(e), x)
					dens = append(dens, ds...)
				}
			}
			dicts, err := solveFailedLoop(nums, eqs, dens, xs)
			if err != nil {
				return nil, false, err
			}
			out := make([][]Expr, len(dicts))
			for i, d := range dicts {
				out[i] = make([]Expr, len(xs))
				for j, x := range xs {
					out[i][j] = x
					if v, ok := d.get(x); ok {
						out[i][j] = v
					}
				}
			}
			return out, true, nil
		}
	}
	sols, err := polySystem(eqs, xs, 0)
	if err != nil {
		return nil, false, err
	}
	var out [][]Expr
	for _, s := range sols {
		tup := make([]Expr, len(xs))
		for i, x := range xs {
			v, found := s[x.Name()]
			if !found {
				return nil, false, notImpl("infinitely many solutions")
			}
			tup[i] = v
		}
		out = append(out, tup)
	}
	return out, false, nil
}

// connected reports whether the equations form one system (SymPy
// solves the connected components of a system separately): every two
// are linked through equations sharing unknowns.
func connected(eqs []Expr, xs []*Symbol) bool {
	seen := make([]bool, len(eqs))
	stack := []int{0}
	seen[0] = true
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for j := range eqs {
			if !seen[j] && slices.ContainsFunc(xs, func(x *Symbol) bool { return Has(eqs[i], x) && Has(eqs[j], x) }) {
				seen[j] = true
				stack = append(stack, j)
			}
		}
	}
	return !slices.Contains(seen, false)
}

func containsTuple(ts [][]Expr, t []Expr) bool {
	for _, u := range ts {
		same := true
		for i := range u {
			if !Equal(u[i], t[i]) {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return false
}

func polySystem(eqs []Expr, xs []*Symbol, depth int) ([]map[string]Expr, error) {
	if depth > 12 {
		return nil, notImpl("system too deep")
	}
	var work []Expr
	for _, e := range eqs {
		num := Expand(e)
		for _, x := range xs {
			num, _ = numerDenoms(num, x)
		}
		if isZeroInt(num) {
			continue
		}
		// exp factors never vanish
		if m, ok := FactorTerms(num).(*Mul); ok {
			var keep []Expr
			dropped := false
			for _, f := range m.args {
				if fn, ok := f.(*Func); ok && fn.def == fnExp {
					dropped = true
					continue
				}
				keep = append(keep, f)
			}
			if dropped {
				num = Expand(NewMul(keep...))
			}
		}
		free := false
		for _, x := range xs {
			if Has(num, x) {
				free = true
			}
		}
		if !free {
			if IsZero(num) == True || IsNumber(num) {
				return nil, nil // inconsistent
			}
			return nil, notImpl("parametric system")
		}
		work = append(work, num)
	}
	if len(work) == 0 {
		return []map[string]Expr{{}}, nil
	}
	others := func(skip int) []Expr {
		var r []Expr
		for i, e := range work {
			if i != skip {
				r = append(r, e)
			}
		}
		return r
	}
	without := func(v *Symbol) []*Symbol {
		var r []*Symbol
		for _, x := range xs {
			if x != v {
				r = append(r, x)
			}
		}
		return r
	}
	subsAll := func(es []Expr, v *Symbol, val Expr) []Expr {
		out := make([]Expr, len(es))
		for i, e := range es {
			out[i] = SubsPairs(e, [][2]Expr{{v, val}})
		}
		return out
	}
	// an equation in one unknown
	for i, e := range work {
		var in []*Symbol
		for _, x := range xs {
			if Has(e, x) {
				in = append(in, x)
			}
		}
		if len(in) != 1 {
			continue
		}
		v := in[0]
		cs, ok := polyCoeffs(e, v)
		if !ok {
			return nil, notImpl("non-polynomial system")
		}
		roots, ok := polyRoots(cs)
		if !ok {
			return nil, notImpl("could not solve " + Str(e))
		}
		var out []map[string]Expr
		for _, r := range roots {
			sub, err := polySystem(subsAll(others(i), v, r), without(v), depth+1)
			if err != nil {
				return nil, err
			}
			for _, s := range sub {
				s[v.Name()] = r
				out = append(out, s)
			}
		}
		return out, nil
	}
	// an unknown occurring linearly
	for _, v := range xs {
		for i, e := range work {
			cs, ok := polyCoeffs(e, v)
			if !ok || len(cs) != 2 {
				continue
			}
			A, B := cs[1], cs[0]
			val := Neg(Div(B, A))
			var out []map[string]Expr
			sub, err := polySystem(subsAll(others(i), v, val), without(v), depth+1)
			if err != nil {
				return nil, err
			}
			for _, s := range sub {
				pairs := [][2]Expr{}
				for k, w := range s {
					for _, x := range xs {
						if x.Name() == k {
							pairs = append(pairs, [2]Expr{x, w})
						}
					}
				}
				a := Expand(SubsPairs(A, pairs))
				if IsZero(a) == True {
					continue
				}
				s[v.Name()] = SubsPairs(val, pairs)
				out = append(out, s)
			}
			if !IsNumber(A) {
				// the branch A = 0 (then B = 0 too)
				sub, err := polySystem(append([]Expr{A, B}, others(i)...), xs, depth+1)
				if err != nil {
					return nil, err
				}
				out = append(out, sub...)
			}
			return out, nil
		}
	}
	return nil, notImpl("nonlinear system")
}

// solvePiecewise is _solve's Piecewise branch, after solve's rewrite of
// Abs of a real argument as a Piecewise (an Abs of x whose argument is
// not known to be real is SymPy's NotImplementedError): each piece's
// roots, kept where its condition holds and no earlier one does. A
// condition that does not decide at a root (SymPy answers with a
// Piecewise solution) is refused; ok is false when f holds no Piecewise
// after all.
func solvePiecewise(f Expr, x *Symbol) (out []Expr, ok bool, err error) {
	defer recoverTo(&err)
	var absErr Expr
	f = mapCalls(f, fnAbs, func(a *Func) Expr {
		if !Has(a.args[0], x) {
			return a
		}
		if IsReal(a.args[0]) != True {
			absErr = a
			return a
		}
		return rewriteTo(a, "Piecewise")
	})
	if absErr != nil {
		return nil, true, notImpl("solving " + Str(absErr) + " when the argument is not real or imaginary.")
	}
	pw, isPw := isCall(piecewiseFold(f), fnPiecewise)
	if !isPw {
		return nil, false, nil
	}
	pairs := PiecewisePairs(pw)
	for i, ec := range pairs {
		if IsZero(ec[0]) == True {
			return nil, true, notImpl("solve cannot represent interval solutions")
		}
		cands, err := Solve(ec[0], x)
		if err != nil {
			return nil, true, err
		}
		conds := []Expr{ec[1]}
		for _, prev := range pairs[:i] {
			conds = append(conds, NewNot(prev[1]))
		}
		cond := NewAnd(conds...)
		for _, c := range cands {
			if containsExpr(out, c) {
				continue
			}
			v, typeErr := condAt(cond, x, c)
			switch {
			case typeErr || Equal(v, SFalse):
			case Equal(v, STrue):
				out = append(out, c)
			default:
				return nil, true, notImpl("dcalc's solve() does not answer with conditional (Piecewise) solutions yet")
			}
		}
	}
	sortByDefaultKey(out)
	return out, true, nil
}

// condAt is cond with x replaced by c; typeErr reports SymPy's
// TypeError (a complex root in an inequality), where solve skips the
// root.
func condAt(cond Expr, x *Symbol, c Expr) (v Expr, typeErr bool) {
	defer func() {
		if p := recover(); p != nil {
			if e, ok := p.(*Error); ok && e.Type == "TypeError" {
				v, typeErr = nil, true
				return
			}
			panic(p)
		}
	}()
	return SubsPairs(cond, [][2]Expr{{x, c}}), false
}

// mapCalls rebuilds e with every call of d replaced by f's result
// (bottom up).
func mapCalls(e Expr, d *FuncDef, f func(*Func) Expr) Expr {
	e = mapArgs(e, func(a Expr) Expr { return mapCalls(a, d, f) })
	if c, ok := isCall(e, d); ok {
		return f(c)
	}
	return e
}

// isPositiveRatPower reports whether e is a positive non-integer
// rational.
func isPositiveRatPower(e Expr) bool {
	q, ok := e.(*Rational)
	return ok && q.r.Sign() > 0
}

func isMulExpr(e Expr) bool { _, ok := e.(*Mul); return ok }
