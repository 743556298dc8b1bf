package engine

// This file is SymPy's deltaintegrate (integrals/deltafunctions.py) for
// DiracDelta of an argument linear in x: the delta alone integrates to
// Heaviside (or to the delta of one order less), and a product
// c(x)*DiracDelta(x - p, n) to the sifted value (-1)**n*c^(n)(p) times
// Heaviside(x - p), as integrate's term loop reaches it.

// integDelta integrates a term holding DiracDelta; handled is false when
// t holds none, ok false when its shape is not followed (a delta of a
// nonlinear argument, a product of deltas, a power of one).
func integDelta(t Expr, x *Symbol) (F Expr, handled, ok bool) {
	if !hasCallOf(t, fnDiracDelta) {
		return nil, false, false
	}
	c, g := independentOf(mulArgs(t), x)
	F, ok = deltaIntegrate(g, x, 0)
	if !ok {
		return nil, true, false
	}
	return NewMul(c, F), true, true
}

// deltaIntegrate is deltaintegrate(f, x) for f free of constant factors.
func deltaIntegrate(f Expr, x *Symbol, depth int) (Expr, bool) {
	if depth > 3 {
		return nil, false
	}
	if d, ok := f.(*Func); ok && d.def == fnDiracDelta {
		a, b, ok := linearIn(d.args[0], x)
		if !ok || IsZero(a) == True {
			return nil, false
		}
		if len(d.args) == 2 {
			// the k-th derivative: its (k-1)-th over the leading
			// coefficient
			k := d.args[1].(*Integer)
			return Div(fnDiracDelta.call(d.args[0], NewInt(k.Int64()-1)), a), true
		}
		if Equal(a, One) {
			return fnHeaviside.call(d.args[0]), true
		}
		// expand(diracdelta=True): DiracDelta(x + b/a)/|a|
		h := Div(fnDiracDelta.call(Sub(x, Neg(Div(b, a)))), fnAbs.call(a))
		c, g := independentOf(mulArgs(h), x)
		F, ok := deltaIntegrate(g, x, depth+1)
		if !ok {
			return nil, false
		}
		return NewMul(c, F), true
	}
	if _, isMul := f.(*Mul); !isMul {
		return nil, false
	}
	if g := Expand(f); !Equal(g, f) {
		// the expansion's terms one by one, as integrate takes them
		var parts []Expr
		for _, t := range addArgs(g) {
			c, h := independentOf(mulArgs(t), x)
			F, ok := deltaIntegrate(h, x, depth+1)
			if !ok {
				return nil, false
			}
			parts = append(parts, NewMul(c, F))
		}
		return NewAdd(parts...), true
	}
	var delta *Func
	var rest []Expr
	for _, m := range mulArgs(f) {
		if d, ok := m.(*Func); ok && d.def == fnDiracDelta && Has(d, x) {
			if delta != nil {
				return nil, false // a product of deltas
			}
			delta = d
			continue
		}
		if hasCallOf(m, fnDiracDelta) {
			return nil, false
		}
		rest = append(rest, m)
	}
	if delta == nil {
		return nil, false
	}
	a, b, ok := linearIn(delta.args[0], x)
	if !ok || IsZero(a) == True {
		return nil, false
	}
	restMult := NewMul(rest...)
	n := int64(0)
	if len(delta.args) == 2 {
		n = delta.args[1].(*Integer).Int64()
	} else if !Equal(a, One) {
		restMult = Div(restMult, fnAbs.call(a))
	}
	point := Neg(Div(b, a))
	for m := int64(0); n >= 0; n, m = n-1, m+1 {
		d := restMult
		if n > 0 {
			var err error
			if d, err = Diff(restMult, VarCount{x, int(n)}); err != nil {
				return nil, false
			}
		}
		r := SubsPairs(d, [][2]Expr{{x, point}})
		if n%2 == 1 {
			r = Neg(r)
		}
		if IsZero(r) == True {
			continue // (an undecided r counts as nonzero, as r.is_zero is None)
		}
		if m == 0 {
			return NewMul(r, fnHeaviside.call(Sub(x, point))), true
		}
		// (SymPy's answer, at x rather than x - p)
		return NewMul(r, fnDiracDelta.call(x, NewInt(m-1))), true
	}
	return Zero, true
}
