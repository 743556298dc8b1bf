package engine

// Gram-Schmidt orthogonalization and the QR decomposition, as SymPy's
// _QRdecomposition_optional computes them, and the matrix edits that go
// with them.

// QROptional is SymPy's _QRdecomposition_optional: classical Gram-Schmidt
// on the columns with the Hermitian dot product (the left vector
// conjugated), expand_mul after each step, and columns that become zero
// dropped (with their rows of R). With normalize each column of Q is
// divided by its norm and the row of R multiplied by it. QRdecomposition
// is QROptional(true); GramSchmidt returns the columns of Q.
func (m *Matrix) QROptional(normalize bool) (q, r *Matrix) {
	rows, cols := m.rows, m.cols
	Q := append([]Expr(nil), m.elems...)
	R := make([]Expr, cols*cols)
	for k := range R {
		R[k] = Zero
	}
	at := func(i, j int) Expr { return Q[i*cols+j] }
	dot := func(a, b int) Expr {
		terms := make([]Expr, rows)
		for k := range rows {
			terms[k] = NewMul(fnConjugate.call(at(k, a)), at(k, b))
		}
		return NewAdd(terms...)
	}
	zeroCol := func(j int) bool {
		for k := range rows {
			if IsZero(at(k, j)) != True {
				return false
			}
		}
		return true
	}
	var ranked []int
	for j := range cols {
		for i := range j {
			if zeroCol(i) {
				continue
			}
			rij := ExpandMul(Div(dot(i, j), dot(i, i)))
			R[i*cols+j] = rij
			for k := range rows {
				Q[k*cols+j] = Sub(at(k, j), NewMul(at(k, i), rij))
			}
		}
		for k := range rows {
			Q[k*cols+j] = ExpandMul(at(k, j))
		}
		if !zeroCol(j) {
			ranked = append(ranked, j)
			R[j*cols+j] = One
		}
	}
	q = NewMatrixFunc(rows, len(ranked), func(i, j int) Expr { return at(i, ranked[j]) })
	r = NewMatrixFunc(len(ranked), cols, func(i, j int) Expr { return R[ranked[i]*cols+j] })
	if normalize {
		for j := range q.cols {
			n := q.Col(j).Norm()
			for i := range q.rows {
				q.elems[i*q.cols+j] = Div(q.elems[i*q.cols+j], n)
			}
			for k := range r.cols {
				r.elems[j*r.cols+k] = NewMul(r.elems[j*r.cols+k], n)
			}
		}
	}
	return q, r
}

// HStack joins matrices with the same number of rows side by side.
func HStack(ms ...*Matrix) (*Matrix, error) {
	if len(ms) == 0 {
		return &Matrix{}, nil
	}
	rows, cols := ms[0].rows, 0
	for _, x := range ms {
		if x.rows != rows {
			return nil, errorf("ShapeError", "`self` and `other` must have the same number of rows.")
		}
		cols += x.cols
	}
	out := ZeroMatrix(rows, cols)
	c := 0
	for _, x := range ms {
		for i := range rows {
			for j := range x.cols {
				out.elems[i*cols+c+j] = x.At(i, j)
			}
		}
		c += x.cols
	}
	return out, nil
}

// Vec stacks the columns into one column (SymPy's vec).
func (m *Matrix) Vec() *Matrix {
	return NewMatrixFunc(m.rows*m.cols, 1, func(k, _ int) Expr { return m.At(k%m.rows, k/m.rows) })
}

// DelRow removes row i (0 ≤ i < rows).
func (m *Matrix) DelRow(i int) *Matrix {
	return NewMatrixFunc(m.rows-1, m.cols, func(r, c int) Expr {
		if r >= i {
			r++
		}
		return m.At(r, c)
	})
}

// DelCol removes column j (0 ≤ j < cols).
func (m *Matrix) DelCol(j int) *Matrix {
	return NewMatrixFunc(m.rows, m.cols-1, func(r, c int) Expr {
		if c >= j {
			c++
		}
		return m.At(r, c)
	})
}

// Cholesky is SymPy's cholesky(hermitian): the lower triangular L with
// M = L*L.H (L*L.T when not hermitian), by the column formulas with
// expand_mul after each entry. The matrix must be Hermitian (symmetric)
// and each pivot not known to be non-positive.
func (m *Matrix) Cholesky(hermitian bool) (*Matrix, error) {
	if err := m.checkDecomposable(hermitian); err != nil {
		return nil, err
	}
	n := m.rows
	L := ZeroMatrix(n, n)
	for i := range n {
		for j := range i {
			L.elems[i*n+j] = ExpandMul(NewMul(Div(One, L.At(j, j)), m.decompRest(L, i, j, hermitian, nil)))
		}
		lii2 := ExpandMul(m.decompRest(L, i, i, hermitian, nil))
		if hermitian && IsPositive(lii2) == False {
			return nil, errorf("NonPositiveDefiniteMatrixError", "Matrix must be positive-definite")
		}
		L.elems[i*n+i] = Sqrt(lii2)
	}
	return L, nil
}

// LDL is SymPy's LDLdecomposition(hermitian): unit lower triangular L
// and diagonal D with M = L*D*L.H (L.T when not hermitian).
func (m *Matrix) LDL(hermitian bool) (*Matrix, *Matrix, error) {
	if err := m.checkDecomposable(hermitian); err != nil {
		return nil, nil, err
	}
	n := m.rows
	L, D := Identity(n), ZeroMatrix(n, n)
	d := func(k int) Expr { return D.elems[k*n+k] }
	for i := range n {
		for j := range i {
			L.elems[i*n+j] = ExpandMul(NewMul(Div(One, d(j)), m.decompRest(L, i, j, hermitian, d)))
		}
		D.elems[i*n+i] = ExpandMul(m.decompRest(L, i, i, hermitian, d))
		if hermitian && IsPositive(d(i)) == False {
			return nil, nil, errorf("NonPositiveDefiniteMatrixError", "Matrix must be positive-definite")
		}
	}
	return L, D, nil
}

// decompRest is M[i,j] minus the sum over k < j of L[i,k]*conj(L[j,k])
// (times w(k) when w is given): what both decompositions solve for at
// entry (i, j). The conjugate is taken only for a Hermitian one.
func (m *Matrix) decompRest(L *Matrix, i, j int, hermitian bool, w func(int) Expr) Expr {
	terms := []Expr{Zero}
	for k := range j {
		c := L.At(j, k)
		if hermitian {
			c = fnConjugate.call(c)
		}
		t := NewMul(L.At(i, k), c)
		if w != nil {
			t = NewMul(L.At(i, k), c, w(k))
		}
		terms = append(terms, t)
	}
	return Sub(m.At(i, j), NewAdd(terms...))
}

// checkDecomposable is the check cholesky and LDLdecomposition make
// first: a square matrix whose entries minus those of its (conjugate)
// transpose are known to be zero, by evaluation or simplify.
func (m *Matrix) checkDecomposable(hermitian bool) error {
	if m.rows != m.cols {
		return errorf("NonSquareMatrixError", "Matrix must be square.")
	}
	for i := range m.rows {
		for j := range m.cols {
			o := m.At(j, i)
			if hermitian {
				o = fnConjugate.call(o)
			}
			if diff := Expand(Sub(m.At(i, j), o)); IsZero(diff) != True && !simplifiesToZero(diff) {
				// not known to be zero: SymPy's is_hermitian (with
				// simplify) is False or None, and either raises
				if hermitian {
					return errorf("ValueError", "Matrix must be Hermitian.")
				}
				return errorf("ValueError", "Matrix must be symmetric.")
			}
		}
	}
	return nil
}

// simplifiesToZero reports whether simplify proves e zero (false when
// simplify refuses e).
func simplifiesToZero(e Expr) (zero bool) {
	defer func() {
		if recover() != nil {
			zero = false
		}
	}()
	return IsZero(Simplify(e)) == True
}
