package engine

// Dotprodsimp is SymPy's dotprodsimp, the simplification the determinant
// and the matrix power apply to each entry: a sum, product or power is
// expanded (dcalc's expand), and when it then counts six or more
// algebraic operations and may hold a rational function it is cancelled
// with its non-algebraic parts (functions) held as symbols; a sum of two
// quotients of five operations is put over one denominator when that is
// shorter (x/(x - 1) - 1/(x - 1) is 1).
func Dotprodsimp(e Expr) Expr {
	switch e.(type) {
	case *Add, *Mul, *Pow:
	default:
		return e
	}
	e = Expand(e)
	ops, ratfunc := countOpsAlg(e)
	switch {
	case ops >= 6:
		if !ratfunc {
			return e
		}
		held, back := holdNonAlgebraic(e)
		if len(back) > 0 {
			if n, _ := countOpsAlg(held); n < 6 {
				return e
			}
		}
		c, err := Cancel(held)
		if err != nil {
			panic(err) // cancel refused: the sum as it is would not be SymPy's
		}
		if Equal(c, held) {
			return e
		}
		return Xreplace(c, back)
	case ops == 5:
		s, ok := e.(*Add)
		if !ok || len(s.args) < 2 || !reciprocalLast(s.args[0]) || !reciprocalLast(s.args[1]) {
			return e
		}
		if t := Together(e, false); func() bool { n, _ := countOpsAlg(t); return n < ops }() {
			return t
		}
	}
	return e
}

// reciprocalLast reports whether e is a product whose last factor is a
// power with exponent -1.
func reciprocalLast(e Expr) bool {
	m, ok := e.(*Mul)
	if !ok {
		return false
	}
	p, ok := m.args[len(m.args)-1].(*Pow)
	return ok && isInt(p.Exp(), -1)
}

// countOpsAlg is dotprodsimp's count_ops_alg: the algebraic operations
// of e without looking inside functions, and whether e may hold a
// rational function (a power with an exponent not known nonnegative or
// a denominator that is not an integer).
func countOpsAlg(e Expr) (int, bool) {
	ops, ratfunc := 0, false
	stack := []Expr{e}
	for len(stack) > 0 {
		a := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch x := a.(type) {
		case *Integer, *Rational:
			if !isInt(a, 1) {
				r := toRat(a)
				if r.Sign() < 0 {
					ops++
				}
				if !r.IsInt() {
					ops++
				}
			}
		case *Mul:
			if CouldExtractMinusSign(a) {
				ops++
				if isInt(x.args[0], -1) {
					a = NewMul(x.args[1:]...)
				} else {
					a = Neg(a)
				}
			}
			n, d := fractionOf(a)
			switch {
			case IsInteger(n):
				ops++
				if toRat(n).Sign() < 0 {
					ops++
				}
				stack = append(stack, d)
			case !isInt(d, 1):
				if !IsInteger(d) {
					stack = append(stack, d)
					ratfunc = true
				}
				ops++
				stack = append(stack, n)
			default:
				// (len(a.args) - 1 as SymPy counts it, -1 for a symbol)
				ops += len(a.Args()) - 1
				stack = append(stack, a.Args()...)
			}
		case *Add:
			negs := 0
			for _, t := range x.args {
				if CouldExtractMinusSign(t) {
					negs++
					t = Neg(t)
				}
				stack = append(stack, t)
			}
			ops += len(x.args)
			if negs != len(x.args) {
				ops--
			}
		case *Pow:
			ops++
			stack = append(stack, x.Base())
			if !ratfunc {
				ratfunc = IsNegative(x.Exp()) != False
			}
		}
	}
	return ops, ratfunc
}

// holdNonAlgebraic is dotprodsimp's nonalg_subs_dummies: each function
// (or other non-algebraic part with arguments) outside sums, products
// and powers becomes a Dummy, equal parts the same one; back maps the
// Dummies to the parts.
func holdNonAlgebraic(e Expr) (Expr, [][2]Expr) {
	var back [][2]Expr
	var walk func(Expr) Expr
	walk = func(x Expr) Expr {
		switch x.(type) {
		case *Add, *Mul, *Pow:
			return mapArgs(x, walk)
		}
		if len(x.Args()) == 0 {
			return x
		}
		for _, b := range back {
			if Equal(b[1], x) {
				return b[0]
			}
		}
		d := NewDummy("d")
		back = append(back, [2]Expr{d, x})
		return d
	}
	return walk(e), back
}
