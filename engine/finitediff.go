package engine

// Finite differences as sympy.calculus.finite_diff computes them:
// Fornberg's weights on an arbitrary grid, their application to sample
// values, and the rewriting of derivatives as differences.

// FiniteDiffWeights is SymPy's finite_diff_weights(order, x_list, x0):
// w[m][n][nu] is the weight of the sample at xs[nu] in the m-th
// derivative at x0 from the first n+1 points (Fornberg, Mathematics of
// Computation 51 (1988), 699-706). Entries the recurrence never sets are
// 0; the arithmetic is SymPy's, so symbolic grids give SymPy's forms.
func FiniteDiffWeights(order int, xs []Expr, x0 Expr) [][][]Expr {
	if order < 0 {
		panic(errorf("ValueError", "Negative derivative order illegal."))
	}
	M, N := order, len(xs)-1
	delta := make([][][]Expr, M+1)
	for m := range delta {
		delta[m] = make([][]Expr, N+1)
		for n := range delta[m] {
			delta[m][n] = make([]Expr, N+1)
			for nu := range delta[m][n] {
				delta[m][n][nu] = Zero
			}
		}
	}
	if N < 0 {
		panic(errorf("IndexError", "list index out of range"))
	}
	// prev is delta[m-1] as Python indexes it: delta[-1] is the last
	// order, multiplied by m = 0 there.
	prev := func(m int) [][]Expr {
		if m == 0 {
			return delta[M]
		}
		return delta[m-1]
	}
	delta[0][0][0] = One
	var c1 Expr = One
	for n := 1; n <= N; n++ {
		var c2 Expr = One
		for nu := 0; nu < n; nu++ {
			c3 := Sub(xs[n], xs[nu])
			c2 = NewMul(c2, c3)
			if n <= M {
				delta[n][n-1][nu] = Zero
			}
			for m := 0; m <= min(n, M); m++ {
				d := Sub(NewMul(Sub(xs[n], x0), delta[m][n-1][nu]), NewMul(NewInt(int64(m)), prev(m)[n-1][nu]))
				delta[m][n][nu] = Div(d, c3)
			}
		}
		for m := 0; m <= min(n, M); m++ {
			d := Sub(NewMul(NewInt(int64(m)), prev(m)[n-1][n-1]), NewMul(Sub(xs[n-1], x0), delta[m][n-1][n-1]))
			delta[m][n][n] = NewMul(Div(c1, c2), d)
		}
		c1 = c2
	}
	return delta
}

// ApplyFiniteDiff is SymPy's apply_finite_diff(order, x_list, y_list,
// x0): the order-th derivative at x0 from the samples ys at xs.
func ApplyFiniteDiff(order int, xs, ys []Expr, x0 Expr) Expr {
	if len(xs) != len(ys) {
		panic(errorf("ValueError", "x_list and y_list not equal in length."))
	}
	delta := FiniteDiffWeights(order, xs, x0)
	var d Expr = Zero
	for nu := range xs {
		d = NewAdd(d, NewMul(delta[order][len(xs)-1][nu], ys[nu]))
	}
	return d
}

// FiniteDiffPoints are the points of Derivative.as_finite_difference:
// either a step (Step, the grid centred on x0) or the grid itself.
type FiniteDiffPoints struct {
	Step Expr
	Grid []Expr
}

// AsFiniteDifference is SymPy's Derivative.as_finite_difference(points,
// x0, wrt) applied to every Derivative in e (_as_finite_diff); x0 and
// wrt may be nil (SymPy's None).
func AsFiniteDifference(e Expr, pts FiniteDiffPoints, x0, wrt Expr) Expr {
	d, ok := e.(*Derivative)
	if !ok {
		if len(e.Args()) == 0 {
			return e
		}
		args := make([]Expr, len(e.Args()))
		for i, a := range e.Args() {
			args[i] = AsFiniteDifference(a, pts, x0, wrt)
		}
		return rebuild(e, args)
	}
	if wrt == nil {
		var res Expr = d
		for _, v := range d.vars {
			res = AsFiniteDifference(res, pts, x0, v.Var)
		}
		return res
	}
	order := 0
	for _, v := range d.vars {
		if Equal(v.Var, wrt) {
			order += v.Count
		}
	}
	if x0 == nil {
		x0 = wrt
	}
	grid := pts.Grid
	if grid == nil {
		h := pts.Step
		if f, ok := h.(*Func); ok && indexExpr(f.args, wrt) >= 0 {
			h = SubsPairs(h, [][2]Expr{{wrt, x0}})
		}
		if order%2 == 0 {
			for i := -order / 2; i <= order/2; i++ {
				grid = append(grid, NewAdd(x0, NewMul(h, NewInt(int64(i)))))
			}
		} else {
			for i := -order; i <= order; i += 2 {
				grid = append(grid, NewAdd(x0, Div(NewMul(h, NewInt(int64(i))), Two)))
			}
		}
	}
	if len(grid) < order+1 {
		panic(errorf("ValueError", "Too few points for order %d", order))
	}
	var others []VarCount
	for _, v := range d.vars {
		if !Equal(v.Var, wrt) {
			others = append(others, v)
		}
	}
	if len(others) > 1 {
		// SymPy lists them in the order of a set, which varies from
		// run to run
		panic(errorf("NotImplementedError", "dcalc's as_finite_difference takes derivatives in at most two variables"))
	}
	ys := make([]Expr, len(grid))
	for i, x := range grid {
		ys[i] = derivativeNew(SubsPairs(d.Expr(), [][2]Expr{{wrt, x}}), others, false)
	}
	return ApplyFiniteDiff(order, grid, ys, x0)
}

// DifferenceSubs is the last step of SymPy's differentiate_finite: each
// Subs(d, v, p) left by the differencing, bottom up, becomes d's finite
// difference in v at p. When such a d is not a Derivative (SymPy then
// fails with an AttributeError), it is returned as bad.
func DifferenceSubs(e Expr, pts FiniteDiffPoints) (r, bad Expr) {
	args := e.Args()
	if len(args) == 0 {
		return e, nil
	}
	na := make([]Expr, len(args))
	for i, a := range args {
		if na[i], bad = DifferenceSubs(a, pts); bad != nil {
			return nil, bad
		}
	}
	e = rebuild(e, na)
	s, isSubs := e.(*Subs)
	if !isSubs {
		return e, nil
	}
	if _, isD := s.Expr().(*Derivative); !isD {
		return nil, s.Expr()
	}
	return AsFiniteDifference(s.Expr(), pts, s.Points()[0], s.Vars()[0]), nil
}
