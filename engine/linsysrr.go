package engine

// linsolveRR is linsolve of a linear system whose coefficients are
// numbers, at least one a Float (all of 53-bit precision), as SymPy's
// _linsolve takes it over the domain RR: the augmented matrix (one row
// per equation that has a term, the constant moved to the right) brought
// to reduced row echelon form by ddm_irref with partial pivoting (and
// sdm_irref's second normalisation of each row), then the particular
// solution from the last column and the null space from
// the free columns, each unknown's value the sum of its particular value
// and of free unknown times its null space entry (1.0 for the free
// unknown itself), Integer 0 where there is none. handled is false when
// a coefficient is not such a number or none is a Float.
func linsolveRR(eqs []Expr, xs []*Symbol) (vals []Expr, consistent, handled bool) {
	nsyms := len(xs)
	var rows [][]float64
	hasFloat := false
	for _, e := range eqs {
		terms, ok := linearTerms(e, xs)
		if !ok {
			return nil, false, false
		}
		row := make([]float64, nsyms+1)
		nonzero := false
		for col, c := range terms {
			v, isFloat, ok := rrValue(c)
			if !ok {
				return nil, false, false
			}
			hasFloat = hasFloat || isFloat
			if col < 0 {
				row[nsyms] = -v
			} else {
				row[col] = v
			}
			nonzero = nonzero || v != 0
		}
		if nonzero {
			rows = append(rows, row)
		}
	}
	if !hasFloat {
		return nil, false, false
	}
	for len(rows) < len(eqs) {
		rows = append(rows, make([]float64, nsyms+1))
	}
	pivots := ddmIrrefRR(rows)
	// _linsolve passes the dense echelon form through sdm_irref, which
	// multiplies each row by the inverse of its leading entry again: a
	// pivot that x*(1/x) left as 0.9999999999999999 moves the row
	for i, p := range pivots {
		if v := rows[i][p]; v != 1 {
			inv := 1 / v
			for l := range rows[i] {
				rows[i][l] = float64(rows[i][l] * inv)
			}
		}
	}
	if len(pivots) > 0 && pivots[len(pivots)-1] == nsyms {
		return nil, false, true
	}
	terms := make([][]Expr, nsyms)
	for i, p := range pivots {
		if v := rows[i][nsyms]; v != 0 {
			terms[p] = append(terms[p], NewFloat(v, 53))
		}
	}
	for j := range nsyms {
		if containsInt(pivots, j) {
			continue
		}
		// the null space vector of the free column j
		terms[j] = append(terms[j], NewMul(xs[j], NewFloat(1, 53)))
		for i, p := range pivots {
			if v := rows[i][j]; v != 0 {
				terms[p] = append(terms[p], NewMul(xs[j], NewFloat(-v, 53)))
			}
		}
	}
	vals = make([]Expr, nsyms)
	for j := range vals {
		vals[j] = NewAdd(terms[j]...)
	}
	return vals, true, true
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// rrValue is a coefficient as an element of RR: a Float of 53-bit
// precision or a rational; ok is false for anything else.
func rrValue(c Expr) (v float64, isFloat, ok bool) {
	switch x := c.(type) {
	case *Float:
		return x.Float64(), true, x.Prec() == 53
	case *Integer, *Rational:
		f, _ := toRat(c).Float64()
		return f, false, true
	}
	return 0, false, false
}
