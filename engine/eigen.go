package engine

import (
	"math/big"
	"slices"
)

// This file is eigenvals and eigenvects of matrices with rational
// entries, as SymPy computes them for matrices over ZZ/QQ:
// eigenvals goes block by block (strongly connected components; a 1x1
// block is its entry) and takes roots() of each block's characteristic
// polynomial, so the dict keeps roots' order; eigenvects factors the
// characteristic polynomial and takes the null space of A - λI over Q
// for a linear factor and over Q(α) = Q[l]/(factor) for a quadratic one,
// then puts each root of the factor for α (dom_eigenvects), the whole
// list sorted by the eigenvalues' default_sort_key. What those paths
// cannot give (irreducible factors of degree three and more, roots()
// incomplete) raises NotImplementedError.

// Charpoly is det(l*I - m) for a square matrix with rational entries,
// coefficients lowest degree first (Faddeev–LeVerrier over Q).
func (m *Matrix) Charpoly() ([]*big.Rat, error) {
	rows, err := m.ratRows("charpoly")
	if err != nil {
		return nil, err
	}
	return charpolyRat(rows), nil
}

func charpolyRat(a [][]*big.Rat) []*big.Rat {
	n := len(a)
	c := make([]*big.Rat, n+1)
	c[n] = big.NewRat(1, 1)
	mk := make([][]*big.Rat, n) // M_0 = 0
	for i := range mk {
		mk[i] = make([]*big.Rat, n)
		for j := range mk[i] {
			mk[i][j] = new(big.Rat)
		}
	}
	for k := 1; k <= n; k++ {
		checkInterrupt()
		// M_k = A*M_{k-1} + c_{n-k+1} I
		next := make([][]*big.Rat, n)
		for i := range next {
			next[i] = make([]*big.Rat, n)
			for j := range next[i] {
				s := new(big.Rat)
				for l := range n {
					if a[i][l].Sign() != 0 && mk[l][j].Sign() != 0 {
						s.Add(s, new(big.Rat).Mul(a[i][l], mk[l][j]))
					}
				}
				if i == j {
					s.Add(s, c[n-k+1])
				}
				next[i][j] = s
			}
		}
		mk = next
		// c_{n-k} = -tr(A*M_k)/k
		tr := new(big.Rat)
		for i := range n {
			for l := range n {
				tr.Add(tr, new(big.Rat).Mul(a[i][l], mk[l][i]))
			}
		}
		c[n-k] = tr.Neg(tr).Quo(tr, big.NewRat(int64(k), 1))
	}
	return c
}

// Eigenvals is eigenvals() of a matrix with rational entries.
func (m *Matrix) Eigenvals() (out []RootMult, err error) {
	blocks, err := m.eigenBlocks()
	for _, rs := range blocks {
		for _, r := range rs {
			out = addRootMult(out, r.Root, r.Mult)
		}
	}
	return out, err
}

// EigenvalsList is eigenvals(multiple=True) of a matrix with rational
// entries: block by block, each block's roots in ordered() order (as
// roots(multiple=True) gives them), repeated by multiplicity.
func (m *Matrix) EigenvalsList() (out []Expr, err error) {
	blocks, err := m.eigenBlocks()
	for _, rs := range blocks {
		roots := make([]Expr, len(rs))
		for i, r := range rs {
			roots[i] = r.Root
		}
		Ordered(roots)
		for _, r := range roots {
			for _, q := range rs {
				if Equal(q.Root, r) {
					for range q.Mult {
						out = append(out, r)
					}
				}
			}
		}
	}
	return out, err
}

// eigenBlocks is the roots of each strongly connected block's
// characteristic polynomial, in SymPy's block order.
func (m *Matrix) eigenBlocks() (out [][]RootMult, err error) {
	defer recoverTo(&err)
	rows, err := m.ratRows("eigenvals")
	if err != nil {
		if m.rows != m.cols {
			return nil, err
		}
		if out, ok := m.eigenBlocksSymbolic(); ok {
			return out, nil
		}
		return nil, notImpl("dcalc's Matrix.eigenvals takes rational entries, and polynomial ones in blocks of size 1 or 2")
	}
	lam := NewDummy("lambda")
	for _, b := range m.components() {
		if len(b) == 1 {
			out = append(out, []RootMult{{ratFrom(rows[b[0]][b[0]]), 1}})
			continue
		}
		block := make([][]*big.Rat, len(b))
		for i, r := range b {
			block[i] = make([]*big.Rat, len(b))
			for j, c := range b {
				block[i][j] = rows[r][c]
			}
		}
		cp := charpolyRat(block)
		rs, err := Roots(rpExpr(cp, lam), lam)
		if err != nil {
			return nil, err
		}
		total := 0
		for _, r := range rs {
			total += r.Mult
		}
		if total != len(b) {
			return nil, notImpl("dcalc's eigenvals found only some roots of the characteristic polynomial (SymPy gives CRootOf)")
		}
		out = append(out, rs)
	}
	return out, nil
}

// eigenBlocksSymbolic is eigenBlocks for polynomial entries (SymPy's
// domain ZZ[x, ...]) when every strongly connected block has size 1 or
// 2: the roots of the block's characteristic polynomial, whose
// coefficients are the expanded polynomials Berkowitz gives, by
// rootsComposite (a 1x1 block's root is factor of its entry, whatever
// the entry).
func (m *Matrix) eigenBlocksSymbolic() (out [][]RootMult, ok bool) {
	for _, b := range m.components() {
		switch len(b) {
		case 1:
			// roots_linear over the entry's domain: factor(entry)
			r, err := Factor(m.At(b[0], b[0]))
			if err != nil {
				return nil, false
			}
			out = append(out, []RootMult{{r, 1}})
			continue
		case 2:
		default:
			return nil, false
		}
		a, bb := m.At(b[0], b[0]), m.At(b[0], b[1])
		c, d := m.At(b[1], b[0]), m.At(b[1], b[1])
		cs := []Expr{Expand(Sub(NewMul(a, d), NewMul(bb, c))), Expand(Neg(NewAdd(a, d))), One}
		var rs []RootMult
		if _, rational := ratCoeffs(cs); rational {
			// a block of numbers: roots over QQ
			lam := NewDummy("lambda")
			var err error
			if rs, err = Roots(polyExpr(cs, lam), lam); err != nil || len(rs) == 0 {
				return nil, false
			}
		} else if rs, ok = rootsComposite(cs); !ok {
			return nil, false
		}
		out = append(out, rs)
	}
	return out, true
}

// EigenTriple is one (eigenvalue, multiplicity, eigenvectors) of
// eigenvects().
type EigenTriple struct {
	Val     Expr
	Mult    int
	Vectors []*Matrix
}

// Eigenvects is eigenvects() of a matrix with rational entries, or with
// rational functions of symbols (eigenfrac.go).
func (m *Matrix) Eigenvects() (out []EigenTriple, err error) {
	defer recoverTo(&err)
	rows, err := m.ratRows("eigenvects")
	if err != nil {
		if m.rows == m.cols {
			if out, ok, ferr := m.eigenvectsFrac(); ok {
				return out, ferr
			}
		}
		return nil, err
	}
	if m.rows != m.cols {
		return nil, &Error{Type: "NonSquareMatrixError", Msg: ""}
	}
	n := m.rows
	lam := NewDummy("lambda")
	cp := charpolyRat(rows)
	_, fs, err := FactorList(rpExpr(cp, lam))
	if err != nil {
		return nil, err
	}
	for _, fp := range fs {
		fc, _ := polyCoeffs(fp.Base, lam)
		f, _ := ratCoeffs(fc)
		k := int(toRat(fp.Exp).Num().Int64())
		switch len(f) {
		case 2: // rational eigenvalue
			ev := new(big.Rat).Quo(new(big.Rat).Neg(f[0]), f[1])
			shifted := NewMatrixFunc(n, n, func(i, j int) Expr {
				v := new(big.Rat).Set(rows[i][j])
				if i == j {
					v.Sub(v, ev)
				}
				return ratFrom(v)
			})
			basis, err := shifted.Nullspace()
			if err != nil {
				return nil, err
			}
			out = append(out, EigenTriple{ratFrom(ev), k, basis})
		case 3:
			vecs := quadNullspace(rows, f)
			rs, err := Roots(fp.Base, lam)
			if err != nil {
				return nil, err
			}
			for _, r := range rs {
				var basis []*Matrix
				for _, v := range vecs {
					ents := make([]Expr, n)
					for i, e := range v {
						ents[i] = NewAdd(ratFrom(e[0]), NewMul(ratFrom(e[1]), r.Root))
					}
					basis = append(basis, NewColumn(ents))
				}
				out = append(out, EigenTriple{r.Root, k, basis})
			}
		default:
			return nil, notImpl("dcalc's eigenvects does not handle eigenvalues of degree 3 or more over the rationals yet")
		}
	}
	slices.SortStableFunc(out, func(a, b EigenTriple) int { return cmpSkey(sortKey(a.Val), sortKey(b.Val)) })
	return out, nil
}

// qelem is p0 + p1*α in Q(α), α a root of the quadratic f.
type qelem [2]*big.Rat

// quadField is Q[l]/(f) for f = f0 + f1*l + f2*l**2.
type quadField struct{ s, t *big.Rat } // α² = -s α - t

func (k quadField) mul(a, b qelem) qelem {
	hi := new(big.Rat).Mul(a[1], b[1])
	c0 := new(big.Rat).Sub(new(big.Rat).Mul(a[0], b[0]), new(big.Rat).Mul(k.t, hi))
	c1 := new(big.Rat).Add(new(big.Rat).Mul(a[0], b[1]), new(big.Rat).Mul(a[1], b[0]))
	c1.Sub(c1, new(big.Rat).Mul(k.s, hi))
	return qelem{c0, c1}
}

func (k quadField) inv(a qelem) qelem {
	// (a0 + a1 α)(v0 + v1 α) = 1: [[a0, -t a1], [a1, a0 - s a1]] v = [1, 0]
	m00, m01 := a[0], new(big.Rat).Neg(new(big.Rat).Mul(k.t, a[1]))
	m10, m11 := a[1], new(big.Rat).Sub(a[0], new(big.Rat).Mul(k.s, a[1]))
	det := new(big.Rat).Sub(new(big.Rat).Mul(m00, m11), new(big.Rat).Mul(m01, m10))
	return qelem{new(big.Rat).Quo(m11, det), new(big.Rat).Quo(new(big.Rat).Neg(m10), det)}
}

func (a qelem) zero() bool { return a[0].Sign() == 0 && a[1].Sign() == 0 }

func qsub(a, b qelem) qelem {
	return qelem{new(big.Rat).Sub(a[0], b[0]), new(big.Rat).Sub(a[1], b[1])}
}

// quadNullspace is the null space of A - α I over Q(α), each basis
// vector with 1 at its free column (the reduced echelon form's basis).
func quadNullspace(a [][]*big.Rat, f []*big.Rat) [][]qelem {
	k := quadField{new(big.Rat).Quo(f[1], f[2]), new(big.Rat).Quo(f[0], f[2])}
	n := len(a)
	mat := make([][]qelem, n)
	for i := range mat {
		mat[i] = make([]qelem, n)
		for j := range mat[i] {
			mat[i][j] = qelem{new(big.Rat).Set(a[i][j]), new(big.Rat)}
			if i == j {
				mat[i][j][1].SetInt64(-1)
			}
		}
	}
	K := field[qelem]{
		zero:   qelem.zero,
		mul:    k.mul,
		sub:    qsub,
		inv:    k.inv,
		of:     func(n int64) qelem { return qelem{big.NewRat(n, 1), new(big.Rat)} },
		negate: func(a qelem) qelem { return qsub(qelem{new(big.Rat), new(big.Rat)}, a) },
	}
	return nullspaceRref(K, mat)
}

// PrimitiveRationalVector is eigenvects(simplify=True)'s tidying of a
// vector for diagonalize: v / gcd(list(v)), then simplify on each entry.
// For rationals the gcd is the numerators' gcd over the denominators'
// lcm. Vectors of quadratic surds a + b*sqrt(d) (b*sqrt(d)*I) holding a
// 1 (the free entry of a null-space basis vector) have gcd 1, and
// simplify leaves such entries alone; other entries raise
// NotImplementedError.
func PrimitiveRationalVector(v *Matrix) (*Matrix, error) {
	num, den := new(big.Int), big.NewInt(1)
	surds, one := false, false
	for _, e := range v.elems {
		if !isRationalNumber(e) {
			if !isQuadSurd(e) {
				return nil, notImpl("dcalc's diagonalize cannot tidy the eigenvector entry " + Str(e) + " as SymPy's simplify would")
			}
			surds = true
			continue
		}
		if isInt(e, 1) {
			one = true
		}
		r := toRat(e)
		num.GCD(nil, nil, num, new(big.Int).Abs(r.Num()))
		den = lcm(den, r.Denom())
	}
	if surds {
		if !one {
			return nil, notImpl("dcalc's diagonalize cannot take the gcd of the eigenvector " + v.String())
		}
		return v, nil
	}
	if num.Sign() == 0 {
		return v, nil
	}
	g := new(big.Rat).SetFrac(num, den)
	return v.Map(func(e Expr) (Expr, error) { return ratFrom(new(big.Rat).Quo(toRat(e), g)), nil })
}

// isQuadSurd reports whether e is a + b*sqrt(d) or a + b*sqrt(d)*I
// with rational a, b and integer d (a may be absent).
func isQuadSurd(e Expr) bool {
	terms := addArgs(e)
	if len(terms) > 2 {
		return false
	}
	surd := 0
	for _, t := range terms {
		if isRationalNumber(t) {
			continue
		}
		for _, f := range mulArgs(t) {
			switch {
			case isRationalNumber(f), f == I:
			default:
				p, ok := f.(*Pow)
				if !ok || !IsInteger(p.Base()) || !Equal(p.Exp(), Half) {
					return false
				}
			}
		}
		surd++
	}
	return surd == 1
}
