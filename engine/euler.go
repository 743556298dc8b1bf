package engine

// EulerEquations is sympy.calculus.euler.euler_equations(L, funcs, vars):
// for each function f, dL/df plus (-1)**i times the derivative of
// dL/d(f') for every multiset of i variables, up to the highest order of
// f's derivatives in L; each returned expression is the left side of
// Eq(..., 0).
func EulerEquations(L Expr, funcs []Expr, vars []*Symbol) ([]Expr, error) {
	order := 0
	walkExpr(L, func(e Expr) {
		if d, ok := e.(*Derivative); ok && containsExpr(funcs, d.Expr()) {
			n := 0
			for _, v := range d.Vars() {
				n += v.Count
			}
			order = max(order, n)
		}
	})
	var out []Expr
	for _, f := range funcs {
		eq, err := Diff(L, VarCount{Var: f, Count: 1})
		if err != nil {
			return nil, err
		}
		for i := 1; i <= order; i++ {
			for _, p := range multisets(vars, i) {
				df, err := Diff(f, p...)
				if err != nil {
					return nil, err
				}
				// one diff(L, f', *p), as SymPy writes it: Derivative
				// orders the variables itself, and its form differs from
				// two diffs in turn
				t, err := Diff(L, append([]VarCount{{Var: df, Count: 1}}, p...)...)
				if err != nil {
					return nil, err
				}
				if i%2 == 1 {
					t = Neg(t)
				}
				eq = NewAdd(eq, t)
			}
		}
		out = append(out, eq)
	}
	return out, nil
}

// multisets is itertools.combinations_with_replacement(vars, k) as
// derivative variables (each variable once with its count).
func multisets(vars []*Symbol, k int) [][]VarCount {
	var out [][]VarCount
	var rec func(start, left int, cur []VarCount)
	rec = func(start, left int, cur []VarCount) {
		if left == 0 {
			out = append(out, append([]VarCount(nil), cur...))
			return
		}
		for i := start; i < len(vars); i++ {
			for c := left; c >= 1; c-- {
				if i == len(vars)-1 && c != left {
					continue
				}
				rec(i+1, left-c, append(cur, VarCount{Var: vars[i], Count: c}))
			}
		}
	}
	rec(0, k, nil)
	return out
}

// FunctionAtoms is e.atoms(Function): the distinct function calls in e,
// defined (sin(q(t))) and undefined (q(t)) alike.
func FunctionAtoms(e Expr) []Expr {
	var out []Expr
	walkExpr(e, func(s Expr) {
		if _, ok := s.(*Func); ok && !containsExpr(out, s) {
			out = append(out, s)
		}
	})
	return out
}

// IsDerivative reports whether e is an unevaluated Derivative.
func IsDerivative(e Expr) bool { _, ok := e.(*Derivative); return ok }
