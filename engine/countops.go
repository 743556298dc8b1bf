package engine

// CountOps is SymPy's count_ops(expr) (visual=False): the number of
// operations in the expression as SymPy counts them — a negative
// rational is a NEG, a fraction a DIV, a product of n factors n - 1
// MULs, a sum's terms ADDs and SUBs (with a NEG when every term is
// negative), every power and function one, a leading -1 a NEG.
func CountOps(e Expr) int {
	if IsBoolean(e) && len(e.Args()) > 0 {
		// a relation or Boolean function given itself: one for its class
		// and the count of each argument
		n := 1
		for _, a := range e.Args() {
			n += CountOps(a)
		}
		return n
	}
	total := 0
	args := []Expr{e}
	for len(args) > 0 {
		a := args[len(args)-1]
		args = args[:len(args)-1]
		if isRationalNumber(a) {
			if !isInt(a, 1) {
				r := toRat(a)
				if r.Sign() < 0 {
					total++
				}
				if !r.IsInt() {
					total++
				}
				continue
			}
		} else if m, ok := a.(*Mul); ok {
			if coeffIsNeg(a) {
				total++ // NEG
				if isInt(m.args[0], -1) {
					a = mulRest(append([]Expr(nil), m.args[1:]...))
				} else {
					a = Neg(a)
				}
			}
			n, d := fractionOf(a)
			if IsInteger(n) {
				total++ // DIV
				if toRat(n).Sign() < 0 {
					total++
				}
				args = append(args, d)
				continue
			} else if !isInt(d, 1) {
				if !IsInteger(d) {
					args = append(args, d)
				}
				total++
				args = append(args, n)
				continue
			}
		} else if s, ok := a.(*Add); ok {
			negs := 0
			for i, ai := range s.args {
				if coeffIsNeg(ai) {
					negs++
					args = append(args, Neg(ai))
				} else {
					args = append(args, ai)
				}
				if i > 0 {
					total++ // ADD or SUB
				}
			}
			if negs == len(s.args) {
				total++ // NEG
			}
			continue
		}
		if p, ok := a.(*Pow); ok && isInt(p.Exp(), -1) {
			total++
			args = append(args, p.Base())
			continue
		}
		if a == E {
			total++
			continue
		}
		switch x := a.(type) {
		case *Mul:
			total += len(x.args) - 1
		case *Func:
			switch _, isRel := AsRelation(x); {
			case isCallOf(x, fnMax, fnMin, fnAnd, fnOr):
				total += len(x.args) - 1 // LatticeOps count their args
			case !isRel && len(x.args) > 0:
				total++ // (a relation is not counted, its sides are)
			}
		case *Pow, *Derivative:
			total++
		}
		if _, ok := a.(*Symbol); !ok {
			args = append(args, a.Args()...)
		}
	}
	return total
}

// coeffIsNeg is _coeff_isneg: a negative number, or a product whose
// numeric coefficient is negative.
func coeffIsNeg(a Expr) bool {
	if m, ok := a.(*Mul); ok {
		a = m.args[0]
	}
	if !IsNumber(a) {
		return false
	}
	s, ok := numSign(a)
	return ok && s < 0
}

// fractionOf is SymPy's fraction(expr) (exact=False): the factors with
// positive exponents over those with negative ones, a rational
// coefficient split into its numerator and denominator.
func fractionOf(e Expr) (Expr, Expr) {
	var numer, denom []Expr
	for _, t := range mulArgs(e) {
		if p, ok := t.(*Pow); ok {
			b, ex := p.Base(), p.Exp()
			switch {
			case IsNegative(ex) == True:
				if isInt(ex, -1) {
					denom = append(denom, b)
				} else {
					denom = append(denom, NewPow(b, Neg(ex)))
				}
			case IsPositive(ex) == True:
				numer = append(numer, t)
			default:
				if _, isMul := ex.(*Mul); isMul {
					n, d := asNumerDenom(t)
					if !isInt(n, 1) {
						numer = append(numer, n)
					}
					denom = append(denom, d)
				} else {
					numer = append(numer, t)
				}
			}
			continue
		}
		if f, ok := t.(*Func); ok && f.def == fnExp {
			if c, _ := AsCoeffMul(f.args[0]); IsNumber(c) && IsNegative(c) == True {
				denom = append(denom, fnExp.call(Neg(f.args[0])))
				continue
			}
		}
		if r, ok := t.(*Rational); ok {
			if !isInt(NewBigInt(r.r.Num()), 1) {
				numer = append(numer, NewBigInt(r.r.Num()))
			}
			denom = append(denom, NewBigInt(r.r.Denom()))
			continue
		}
		numer = append(numer, t)
	}
	return NewMul(numer...), NewMul(denom...)
}
