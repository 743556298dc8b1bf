package engine

import "math/big"

// This file is Matrix.exp for the matrices whose Jordan form is exact
// in the Gaussian rationals: a scalar s (a number or a product of
// symbols, no sum) times a matrix R of rational numbers whose
// eigenvalues are rational or Gaussian rational. SymPy computes
// P*exp(J)*P**-1 from jordan_form without intermediate simplification,
// so each entry is the canonical sum over the eigenvalues l of
// c*s**j*exp(l*s); dcalc writes the same sum from the spectral
// decomposition exp(s*R) = sum over l of exp(l*s) * sum over j of
// s**j/j! * (R - l*I)**j * Proj_l, with Proj_l the projection on the
// generalized eigenspace of l. Other matrices are refused.

func gqInt(n int64) gq { return gqRat(big.NewRat(n, 1)) }

func gqAdd(a, b gq) gq { return a.add(b).(gq) }
func gqSub(a, b gq) gq { return a.add(b.neg()).(gq) }
func gqMul(a, b gq) gq { return a.mul(b).(gq) }

// gqOf reads a Gaussian rational from an expression.
func gqOf(e Expr) (gq, bool) {
	if r := RatOf(e); r != nil {
		return gqRat(r), true
	}
	if e == I {
		return gq{new(big.Rat), big.NewRat(1, 1)}, true
	}
	switch x := e.(type) {
	case *Mul:
		if len(x.args) == 2 && x.args[1] == I {
			if r := RatOf(x.args[0]); r != nil {
				return gq{new(big.Rat), r}, true
			}
		}
	case *Add:
		s := gqInt(0)
		for _, a := range x.args {
			v, ok := gqOf(a)
			if !ok {
				return gq{}, false
			}
			s = gqAdd(s, v)
		}
		return s, true
	}
	return gq{}, false
}

type gqMat [][]gq

func gqIdentity(n int) gqMat {
	m := make(gqMat, n)
	for i := range m {
		m[i] = make([]gq, n)
		for j := range m[i] {
			m[i][j] = gqInt(0)
		}
		m[i][i] = gqInt(1)
	}
	return m
}

func (a gqMat) mul(b gqMat) gqMat {
	out := make(gqMat, len(a))
	for i := range a {
		out[i] = make([]gq, len(b[0]))
		for j := range b[0] {
			s := gqInt(0)
			for k := range b {
				s = gqAdd(s, gqMul(a[i][k], b[k][j]))
			}
			out[i][j] = s
		}
	}
	return out
}

// rref reduces a in place and returns its pivot columns.
func (a gqMat) rref() []int {
	var pivots []int
	r := 0
	for c := 0; c < len(a[0]) && r < len(a); c++ {
		p := -1
		for i := r; i < len(a); i++ {
			if !a[i][c].isZero() {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		a[r], a[p] = a[p], a[r]
		inv := a[r][c].inv().(gq)
		for j := range a[r] {
			a[r][j] = gqMul(a[r][j], inv)
		}
		for i := range a {
			if i != r && !a[i][c].isZero() {
				f := a[i][c]
				for j := range a[i] {
					a[i][j] = gqSub(a[i][j], gqMul(f, a[r][j]))
				}
			}
		}
		pivots = append(pivots, c)
		r++
	}
	return pivots
}

// nullspace is a basis of the kernel of a (a is not changed).
func (a gqMat) nullspace() [][]gq {
	m := make(gqMat, len(a))
	for i := range a {
		m[i] = append([]gq(nil), a[i]...)
	}
	pivots := m.rref()
	isPivot := map[int]int{}
	for i, p := range pivots {
		isPivot[p] = i
	}
	var basis [][]gq
	for f := range m[0] {
		if _, ok := isPivot[f]; ok {
			continue
		}
		v := make([]gq, len(m[0]))
		for j := range v {
			v[j] = gqInt(0)
		}
		v[f] = gqInt(1)
		for p, row := range isPivot {
			v[p] = m[row][f].neg().(gq)
		}
		basis = append(basis, v)
	}
	return basis
}

// inverse is a**-1, or false when a is singular.
func (a gqMat) inverse() (gqMat, bool) {
	n := len(a)
	aug := make(gqMat, n)
	id := gqIdentity(n)
	for i := range a {
		aug[i] = append(append([]gq(nil), a[i]...), id[i]...)
	}
	if p := aug.rref(); len(p) < n || p[n-1] != n-1 {
		return nil, false
	}
	out := make(gqMat, n)
	for i := range aug {
		out[i] = aug[i][n:]
	}
	return out, true
}

// MatrixExp is Matrix.exp for a scalar times a rational matrix with
// Gaussian rational eigenvalues; ok is false for other matrices.
func (m *Matrix) MatrixExp() (r *Matrix, ok bool, err error) {
	defer recoverTo(&err)
	n := m.rows
	var s Expr
	for _, e := range m.elems {
		if !Equal(e, Zero) {
			s = e
			break
		}
	}
	if s == nil {
		return Identity(n), true, nil
	}
	if _, isAdd := s.(*Add); isAdd || hasCallOf(s, fnPiecewise) {
		return nil, false, nil
	}
	R := make(gqMat, n)
	rat := make([][]Expr, n)
	for i := range R {
		R[i] = make([]gq, n)
		rat[i] = make([]Expr, n)
		for j := range R[i] {
			q := Div(m.At(i, j), s)
			v := RatOf(q)
			if v == nil {
				return nil, false, nil
			}
			R[i][j] = gqRat(v)
			rat[i][j] = q
		}
	}
	rm, err := NewMatrix(rat)
	if err != nil {
		return nil, false, err
	}
	eigs, err := rm.Eigenvals()
	if err != nil {
		return nil, false, nil
	}
	allReal := true
	for _, e := range m.elems {
		if !Equal(e, Zero) && IsReal(e) != True {
			allReal = false
		}
	}
	type space struct {
		l     gq
		lexpr Expr
		mult  int
		cols  []int
	}
	var spaces []space
	var P [][]gq // columns
	for _, rmult := range eigs {
		l, ok := gqOf(rmult.Root)
		if !ok || (l.im.Sign() != 0 && !allReal) {
			// complex eigenvalues of a matrix that is not real: SymPy's
			// P*exp(J)*P**-1 keeps products of Gaussian rationals
			// uncollected, and its eigenvalues of A*t are written
			// from roots of the scaled polynomial (2*t*(-1 - I))
			return nil, false, nil
		}
		N := shifted(R, l)
		Nm := gqIdentity(n)
		for range rmult.Mult {
			Nm = Nm.mul(N)
		}
		basis := Nm.nullspace()
		if len(basis) != rmult.Mult {
			return nil, false, nil
		}
		sp := space{l: l, lexpr: rmult.Root, mult: rmult.Mult}
		for _, v := range basis {
			sp.cols = append(sp.cols, len(P))
			P = append(P, v)
		}
		spaces = append(spaces, sp)
	}
	if len(P) != n {
		return nil, false, nil
	}
	Pm := make(gqMat, n)
	for i := range Pm {
		Pm[i] = make([]gq, n)
		for j := range Pm[i] {
			Pm[i][j] = P[j][i]
		}
	}
	Pinv, ok := Pm.inverse()
	if !ok {
		return nil, false, nil
	}
	terms := make([][]Expr, n*n)
	for _, sp := range spaces {
		proj := make(gqMat, n)
		for i := range proj {
			proj[i] = make([]gq, n)
			for j := range proj[i] {
				v := gqInt(0)
				for _, c := range sp.cols {
					v = gqAdd(v, gqMul(Pm[i][c], Pinv[c][j]))
				}
				proj[i][j] = v
			}
		}
		N := shifted(R, sp.l)
		ex := fnExp.call(NewMul(s, sp.lexpr))
		C := proj
		fact := big.NewInt(1)
		for j := 0; j < sp.mult; j++ {
			if j > 0 {
				C = N.mul(C)
				fact.Mul(fact, big.NewInt(int64(j)))
			}
			scale := NewMul(NewPow(s, NewInt(int64(j))), NewRational(big.NewInt(1), fact), ex)
			for i := range C {
				for k := range C[i] {
					if !C[i][k].isZero() {
						terms[i*n+k] = append(terms[i*n+k], NewMul(C[i][k].expr(), scale))
					}
				}
			}
		}
	}
	out := NewMatrixFunc(n, n, func(i, j int) Expr { return NewAdd(terms[i*n+j]...) })
	if allReal {
		// Matrix.exp takes the real part when every entry is real
		out, err = out.Map(func(e Expr) (Expr, error) { return Apply(fnRe, e) })
		if err != nil {
			return nil, false, err
		}
	}
	return out, true, nil
}

// shifted is R - l*I.
func shifted(R gqMat, l gq) gqMat {
	out := make(gqMat, len(R))
	for i := range R {
		out[i] = append([]gq(nil), R[i]...)
		out[i][i] = gqSub(out[i][i], l)
	}
	return out
}
