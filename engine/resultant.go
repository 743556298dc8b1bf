package engine

// Resultants and discriminants of polynomials in one variable whose
// coefficients are polynomials in other symbols (SymPy's resultant and
// discriminant over ZZ[...] or QQ[...]), through the Sylvester matrix.

// Resultant is the resultant of f and g in x: the determinant of their
// Sylvester matrix, expanded (as SymPy's Poly.as_expr prints it), the
// polynomial of higher degree first as in SymPy.
// Coefficients with symbols in a denominator are refused (SymPy works in
// a fraction field and prints its own form).
func Resultant(f, g Expr, x *Symbol) (Expr, error) {
	cf, err := resultantCoeffs(f, x)
	if err != nil {
		return nil, err
	}
	cg, err := resultantCoeffs(g, x)
	if err != nil {
		return nil, err
	}
	m, n := len(cf)-1, len(cg)-1
	if m < n {
		// SymPy's subresultant PRS takes the polynomial of higher
		// degree first, without the sign (-1)**(m*n) of the swap
		cf, cg, m, n = cg, cf, n, m
	}
	if m < 0 || n < 0 {
		return Zero, nil // a zero polynomial
	}
	if m == 0 && n == 0 {
		return One, nil
	}
	size := m + n
	syl := NewMatrixFunc(size, size, func(i, j int) Expr {
		if i < n { // row i: f's coefficients, highest first, shifted by i
			if k := j - i; k >= 0 && k <= m {
				return cf[m-k]
			}
			return Zero
		}
		r := i - n
		if k := j - r; k >= 0 && k <= n {
			return cg[n-k]
		}
		return Zero
	})
	d, err := syl.Det(Expand)
	if err != nil {
		return nil, err
	}
	return Expand(d), nil
}

// Discriminant is the discriminant of f in x: (-1)**(n(n-1)/2) times
// the resultant of f and f' over the leading coefficient (0 for a
// constant).
func Discriminant(f Expr, x *Symbol) (Expr, error) {
	cf, err := resultantCoeffs(f, x)
	if err != nil {
		return nil, err
	}
	n := len(cf) - 1
	if n <= 0 {
		return Zero, nil
	}
	df, err := Diff(f, VarCount{x, 1})
	if err != nil {
		return nil, err
	}
	r, err := Resultant(f, df, x)
	if err != nil {
		return nil, err
	}
	c := cf[n]
	if (n*(n-1)/2)%2 == 1 {
		c = Neg(c)
	}
	q, err := Cancel(Div(r, c))
	if err != nil {
		return nil, err
	}
	return Expand(q), nil
}

// resultantCoeffs are f's coefficients in x (lowest first), each a
// polynomial in the other symbols.
func resultantCoeffs(f Expr, x *Symbol) ([]Expr, error) {
	cs, ok := polyCoeffs(f, x)
	if !ok {
		return nil, errorf("PolynomialError", "%s is not a polynomial in %s", Str(f), Str(x))
	}
	for _, c := range cs {
		for _, t := range addArgs(c) {
			for _, fc := range mulArgs(t) {
				if p, ok := fc.(*Pow); ok && isNegCoeff(p.Exp()) && len(FreeSymbols(p.Base())) > 0 {
					return nil, errorf("NotImplementedError", "dcalc's resultant and discriminant take polynomial coefficients, not %s", Str(c))
				}
			}
		}
	}
	return cs, nil
}
