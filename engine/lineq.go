package engine

import "slices"

// LinEq is one linear equation in dictionary form: the coefficient of
// each unknown (by index; none is zero) and the term free of them.
type LinEq struct {
	Coeffs map[int]Expr
	Const  Expr
}

// NonlinearError is SymPy's PolyNonlinearError: a term that is not
// linear in the unknowns (Msg as SymPy words it).
type NonlinearError struct{ Msg string }

func (e *NonlinearError) Error() string { return e.Msg }

// LinEqToDict is SymPy's _linear_eq_to_dict for one equation (an Eq's
// sides given as lhs and rhs, rhs nil for an expression): the terms are
// read off the expression tree without expanding it, so (a + 1)**2*x
// keeps its coefficient (a + 1)**2, and the coefficients of a sum's
// terms are added.
func LinEqToDict(lhs, rhs Expr, xs []*Symbol) (LinEq, error) {
	c, d, err := linEq2Dict(lhs, xs)
	if err != nil || rhs == nil {
		return LinEq{Coeffs: d, Const: c}, err
	}
	cr, dr, err := linEq2Dict(rhs, xs)
	if err != nil {
		return LinEq{}, err
	}
	c = Sub(c, cr)
	for k, v := range dr {
		if t, ok := d[k]; ok {
			d[k] = Sub(t, v)
		} else {
			d[k] = Neg(v)
		}
	}
	for k, v := range d {
		if IsZero(v) == True {
			delete(d, k)
		}
	}
	return LinEq{Coeffs: d, Const: c}, nil
}

// linEq2Dict is SymPy's _lin_eq2dict.
func linEq2Dict(a Expr, xs []*Symbol) (Expr, map[int]Expr, error) {
	if i := slices.IndexFunc(xs, func(x *Symbol) bool { return Equal(x, a) }); i >= 0 {
		return Zero, map[int]Expr{i: One}, nil
	}
	switch a := a.(type) {
	case *Add:
		var consts []Expr
		terms := map[int][]Expr{}
		for _, t := range a.args {
			c, d, err := linEq2Dict(t, xs)
			if err != nil {
				return nil, nil, err
			}
			consts = append(consts, c)
			for k, v := range d {
				terms[k] = append(terms[k], v)
			}
		}
		out := map[int]Expr{}
		for k, vs := range terms {
			out[k] = NewAdd(vs...)
		}
		return NewAdd(consts...), out, nil
	case *Mul:
		var consts []Expr
		var terms map[int]Expr
		var termsCoeff Expr
		for _, f := range a.args {
			c, d, err := linEq2Dict(f, xs)
			if err != nil {
				return nil, nil, err
			}
			switch {
			case len(d) == 0:
				consts = append(consts, c)
			case terms == nil:
				terms, termsCoeff = d, c
			default:
				return nil, nil, &NonlinearError{Msg: "\nnonlinear cross-term: " + Str(a)}
			}
		}
		coeff := NewMul(consts...)
		if terms == nil {
			return coeff, map[int]Expr{}, nil
		}
		out := map[int]Expr{}
		for k, v := range terms {
			out[k] = NewMul(coeff, v)
		}
		return NewMul(coeff, termsCoeff), out, nil
	}
	for _, x := range xs {
		if Has(a, x) {
			return nil, nil, &NonlinearError{Msg: "nonlinear term: " + Str(a)}
		}
	}
	return a, map[int]Expr{}, nil
}
