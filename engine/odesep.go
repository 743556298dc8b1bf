package engine

// The separable hint: f'(x) = g(x)*h(f) solved as integral(1/h) =
// integral(g) + C1, then, as odesimp does it, the constants cleaned up,
// the relation solved for f(x), each solution expanded with its
// exponentials combined (_expand) and cleaned up again.

// separate splits e (free of f'(x), with y in place of f(x)) into a
// constant, an x part and a y part whose product is e; ok is false when
// a factor depends on both.
func separate(e Expr, x, y *Symbol) (c, xp, yp Expr, ok bool) {
	c, xp, yp = One, One, One
	fe, err := Factor(e)
	if err != nil {
		fe = e
	}
	for _, a := range mulArgs(fe) {
		hx, hy := Has(a, x), Has(a, y)
		switch {
		case hx && hy:
			return nil, nil, nil, false
		case hx:
			xp = NewMul(xp, a)
		case hy:
			yp = NewMul(yp, a)
		default:
			c = NewMul(c, a)
		}
	}
	return c, xp, yp, true
}

// separable solves a first-order equation d + e*f'(x) = 0 whose d and e
// separate; ok is false when they do not.
func (o *ODE) separable() (sols []Expr, consts []Expr, ok bool) {
	p := NewDummy("p")
	dfx := NewDerivative(o.F, []VarCount{{o.X, 1}})
	eq := Expand(Xreplace(o.Eq, [][2]Expr{{dfx, p}}))
	cs, isPoly := polyCoeffs(eq, p)
	if !isPoly || len(cs) != 2 || anyDerivativeOf(eq, o.F) {
		return nil, nil, false
	}
	y := NewDummy("y")
	toY := [][2]Expr{{o.F, y}}
	d, e := Xreplace(cs[0], toY), Xreplace(cs[1], toY)
	c1, x1, y1, ok1 := separate(d, o.X, y)
	c2, x2, y2, ok2 := separate(e, o.X, y)
	if !ok1 || !ok2 || isZeroInt(d) {
		return nil, nil, false
	}
	consts = o.constants(1, true)
	Y := integrateOrRefuse(Div(NewMul(c2, y2), y1), y)
	X := integrateOrRefuse(Div(Neg(NewMul(c1, x1)), x2), o.X)
	var logs []Expr
	collectCalls(Y, fnLog, &logs)
	if len(logs) > 1 && (!isOneCoeff(c1) || !isOneCoeff(c2) || hasNonIntegerRational(X)) {
		// a relation with several logarithms: SymPy's match and
		// separatevars place a numeric factor or a sign on the other
		// side (f' = -3*f*(1 - f) gives C1/(C1 - exp(3*x)), f' = f**2 + f
		// gives 1/(C1*exp(-x) - 1)), and an exponent with a fraction
		// becomes a power of exp in its solve; neither is retraced
		panic(notImpl("dcalc's dsolve does not follow SymPy's form for this separable equation"))
	}
	lhs := Xreplace(Y, [][2]Expr{{y, o.F}})
	return o.solveRelation(lhs, NewAdd(X, consts[0]), consts), consts, true
}

// solveRelation is odesimp for an implicit solution lhs = rhs:
// constantsimp, then the relation solved for f(x), each solution
// expanded with its exponentials combined (_expand).
func (o *ODE) solveRelation(lhs, rhs Expr, consts []Expr) (sols []Expr) {
	lhs, rhs = constantSimpEq(lhs, rhs, consts)
	if Equal(lhs, o.F) && !Has(rhs, o.F) {
		return []Expr{rhs}
	}
	fy := NewDummy("f")
	ts, err := Solve(Xreplace(Sub(lhs, rhs), [][2]Expr{{o.F, fy}}), fy)
	if err != nil {
		panic(err)
	}
	if len(ts) == 0 {
		panic(notImpl("dcalc's dsolve could not solve its implicit solution for " + Str(o.F)))
	}
	for _, t := range ts {
		t = Xreplace(t, [][2]Expr{{fy, o.F}})
		if _, den := asNumerDenom(t); !isAdd(den) {
			var err error
			if t, err = Powsimp(Expand(t), true, psExp, false); err != nil {
				panic(err)
			}
		}
		sols = append(sols, t)
	}
	return sols
}

// anyDerivativeOf reports whether e holds a derivative of f.
func anyDerivativeOf(e, f Expr) bool {
	return anyNode(e, func(s Expr) bool {
		d, ok := s.(*Derivative)
		return ok && Equal(d.Expr(), f)
	})
}

// constantSimpEq is constantsimp of an implicit solution lhs = rhs: the
// constant subexpressions and terms_gcd on both sides, and, when both
// are sums, the numbers and constants moved to the right, the rest to
// the left (__remove_linear_redundancies).
func constantSimpEq(lhs, rhs Expr, consts []Expr) (Expr, Expr) {
	for range 20 {
		ol, or := lhs, rhs
		lhs, rhs = constantSimp(lhs, consts), constantSimp(rhs, consts)
		sumLike := func(e Expr) bool { _, a := e.(*Add); _, s := e.(*Symbol); return a || s }
		mulLike := func(e Expr) bool { _, m := e.(*Mul); _, s := e.(*Symbol); return m || s }
		if sumLike(lhs) && sumLike(rhs) {
			isC := func(t Expr) bool { return IsNumber(t) || containsExpr(consts, t) }
			var ln, lc, rn, rc []Expr
			for _, t := range addArgs(lhs) {
				if isC(t) {
					lc = append(lc, t)
				} else {
					ln = append(ln, t)
				}
			}
			for _, t := range addArgs(rhs) {
				if isC(t) {
					rc = append(rc, t)
				} else {
					rn = append(rn, t)
				}
			}
			lhs = Sub(NewAdd(ln...), NewAdd(rn...))
			rhs = Sub(NewAdd(rc...), NewAdd(lc...))
		} else if mulLike(lhs) && mulLike(rhs) {
			var keep, move []Expr
			for _, t := range mulArgs(lhs) {
				if IsNumber(t) || containsExpr(consts, t) {
					move = append(move, t)
				} else {
					keep = append(keep, t)
				}
			}
			if len(move) > 0 {
				lhs, rhs = NewMul(keep...), Div(rhs, NewMul(move...))
			}
		}
		if Equal(lhs, ol) && Equal(rhs, or) {
			break
		}
	}
	return lhs, rhs
}

// isOneCoeff reports whether c's numeric coefficient is 1.
func isOneCoeff(c Expr) bool {
	k, _ := AsCoeffMul(c)
	return isInt(k, 1)
}

// hasNonIntegerRational reports whether e holds a fraction such as 1/2.
func hasNonIntegerRational(e Expr) bool {
	return anyNode(e, func(s Expr) bool {
		r, ok := s.(*Rational)
		return ok && !r.r.IsInt()
	})
}
