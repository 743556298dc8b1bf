package engine

import "slices"

// This file is eigenvects() of a matrix whose entries are rational
// functions of symbols with rational coefficients, as SymPy computes it
// over the fraction field QQ(symbols) (_eigenvects_DOM): the
// characteristic polynomial factored, each factor linear in the
// eigenvalue's variable giving the eigenvalue -c0/c1, its eigenvectors
// the null space of A - λI from the reduced row echelon form over the
// field (1 at each free column), every entry in the field's normal form
// (cancelled). Factors of higher degree (SymPy's algebraic branch over
// the fraction field) raise NotImplementedError.

// fracFieldEntry reports whether e is a rational function of symbols
// with rational coefficients: no radicals, functions or constants.
func fracFieldEntry(e Expr) bool {
	switch x := e.(type) {
	case *Symbol, *Integer, *Rational:
		return true
	case *Add, *Mul:
		return !slices.ContainsFunc(e.Args(), func(a Expr) bool { return !fracFieldEntry(a) })
	case *Pow:
		_, isInt := x.Exp().(*Integer)
		return isInt && fracFieldEntry(x.Base())
	}
	return false
}

// fracNorm is an element of QQ(symbols) in its normal form.
func fracNorm(e Expr) Expr {
	c, err := Cancel(e)
	if err != nil {
		panic(err)
	}
	return c
}

// eigenvectsFrac is eigenvects() over QQ(symbols); ok is false when an
// entry is not a rational function of symbols.
func (m *Matrix) eigenvectsFrac() (out []EigenTriple, ok bool, err error) {
	if slices.ContainsFunc(m.elems, func(e Expr) bool { return !fracFieldEntry(e) }) {
		return nil, false, nil
	}
	n := m.rows
	lam := NewDummy("lambda")
	charMat := NewMatrixFunc(n, n, func(i, j int) Expr {
		if i == j {
			return NewAdd(lam, Neg(m.At(i, j)))
		}
		return Neg(m.At(i, j))
	})
	cp, err := charMat.Det(Expand)
	if err != nil {
		return nil, true, err
	}
	num, _ := asNumerDenom(fracNorm(cp))
	_, fs, err := FactorList(Expand(num))
	if err != nil {
		return nil, true, err
	}
	for _, fp := range fs {
		if !Has(fp.Base, lam) {
			continue
		}
		cs, isPoly := polyCoeffs(fp.Base, lam)
		k := int(toRat(fp.Exp).Num().Int64())
		if isPoly && len(cs) == 3 {
			ts, err := m.eigenvectsQuadFrac(cs, lam, k)
			if err != nil {
				return nil, true, err
			}
			out = append(out, ts...)
			continue
		}
		if !isPoly || len(cs) != 2 {
			return nil, true, notImpl("dcalc's eigenvects over symbols takes eigenvalues from factors of degree one or two of the characteristic polynomial, not of degree " + Str(NewInt(int64(len(cs)-1))))
		}
		ev := fracNorm(Div(Neg(cs[0]), cs[1]))
		shifted := NewMatrixFunc(n, n, func(i, j int) Expr {
			if i == j {
				return fracNorm(NewAdd(m.At(i, j), Neg(ev)))
			}
			return fracNorm(m.At(i, j))
		})
		basis := shifted.fracNullspace()
		if len(basis) == 0 {
			return nil, true, notImpl("Can't evaluate eigenvector for eigenvalue " + Str(ev))
		}
		out = append(out, EigenTriple{ev, k, basis})
	}
	slices.SortStableFunc(out, func(a, b EigenTriple) int { return cmpSkey(sortKey(a.Val), sortKey(b.Val)) })
	return out, true, nil
}

// fracField is QQ(symbols) with its elements in normal form.
var fracField = field[Expr]{
	zero:   isZeroInt,
	mul:    func(a, b Expr) Expr { return fracNorm(NewMul(a, b)) },
	sub:    func(a, b Expr) Expr { return fracNorm(NewAdd(a, Neg(b))) },
	inv:    func(a Expr) Expr { return fracNorm(Div(One, a)) },
	of:     func(n int64) Expr { return NewInt(n) },
	negate: func(a Expr) Expr { return fracNorm(Neg(a)) },
}

// fracNullspace is the null space of m over QQ(symbols).
func (m *Matrix) fracNullspace() []*Matrix {
	a := make([][]Expr, m.rows)
	for i := range a {
		a[i] = make([]Expr, m.cols)
		for j := range a[i] {
			a[i][j] = fracNorm(m.At(i, j))
		}
	}
	var out []*Matrix
	for _, v := range nullspaceRref(fracField, a) {
		out = append(out, NewColumn(v))
	}
	return out
}

// felem is c0 + c1*l in QQ(symbols)[l]/(l**2 + s*l + t).
type felem [2]Expr

// fquad is QQ(symbols)[l]/(l**2 + s*l + t).
type fquad struct{ s, t Expr }

func (k fquad) norm(a felem) felem { return felem{fracNorm(a[0]), fracNorm(a[1])} }

func (k fquad) sub(a, b felem) felem {
	return k.norm(felem{NewAdd(a[0], Neg(b[0])), NewAdd(a[1], Neg(b[1]))})
}

func (k fquad) mul(a, b felem) felem {
	hi := NewMul(a[1], b[1])
	return k.norm(felem{
		NewAdd(NewMul(a[0], b[0]), Neg(NewMul(k.t, hi))),
		NewAdd(NewMul(a[0], b[1]), NewMul(a[1], b[0]), Neg(NewMul(k.s, hi))),
	})
}

// inv solves (a0 + a1 l)(v0 + v1 l) = 1.
func (k fquad) inv(a felem) felem {
	m11 := NewAdd(a[0], Neg(NewMul(k.s, a[1])))
	det := NewAdd(NewMul(a[0], m11), NewMul(k.t, a[1], a[1]))
	return k.norm(felem{Div(m11, det), Div(Neg(a[1]), det)})
}

func (a felem) zero() bool { return isZeroInt(a[0]) && isZeroInt(a[1]) }

// eigenvectsQuadFrac is dom_eigenvects' algebraic branch for the
// irreducible quadratic factor cs (lowest degree first) of the
// characteristic polynomial in lam, of multiplicity k.
func (m *Matrix) eigenvectsQuadFrac(cs []Expr, lam *Symbol, k int) ([]EigenTriple, error) {
	f := fquad{fracNorm(Div(cs[1], cs[2])), fracNorm(Div(cs[0], cs[2]))}
	n := m.rows
	a := make([][]felem, n)
	for i := range a {
		a[i] = make([]felem, n)
		for j := range a[i] {
			a[i][j] = felem{fracNorm(m.At(i, j)), Zero}
			if i == j {
				a[i][j][1] = NegOne
			}
		}
	}
	K := field[felem]{
		zero:   func(a felem) bool { return a.zero() },
		mul:    f.mul,
		sub:    f.sub,
		inv:    f.inv,
		of:     func(n int64) felem { return felem{NewInt(n), Zero} },
		negate: func(a felem) felem { return f.sub(felem{Zero, Zero}, a) },
	}
	var vecs [][]Expr
	for _, v := range nullspaceRref(K, a) {
		ents := make([]Expr, n)
		for i, e := range v {
			ents[i] = NewAdd(e[0], NewMul(e[1], lam))
		}
		vecs = append(vecs, ents)
	}
	if len(vecs) == 0 {
		return nil, notImpl("Can't evaluate eigenvector for the roots of a quadratic factor")
	}
	minpoly := NewAdd(NewPow(lam, Two), NewMul(f.s, lam), f.t)
	rs, err := Roots(minpoly, lam)
	if err != nil {
		return nil, err
	}
	if len(rs) != 2 {
		return nil, notImpl("dcalc's eigenvects needs the eigenvalues in radicals (SymPy writes CRootOf here)")
	}
	var out []EigenTriple
	for _, root := range rs {
		var basis []*Matrix
		for _, v := range vecs {
			ents := make([]Expr, n)
			for i, e := range v {
				ents[i] = SubsPairs(e, [][2]Expr{{lam, root.Root}})
			}
			basis = append(basis, NewColumn(ents))
		}
		out = append(out, EigenTriple{root.Root, k, basis})
	}
	return out, nil
}
