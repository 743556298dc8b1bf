package engine

import (
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Constant recognition as mpmath's identify does it for SymPy's
// nsimplify: the integer relation algorithm PSLQ (Bailey's pseudocode
// in fixed-point arithmetic, step for step as mpmath runs it, so the
// relation found — and the formula built from it — is the same), tried
// on x and on transforms of it (1/x, x², √x, exp, log, with each base
// constant), then on log x against the logarithms of 2, 3, 5, 7. The
// formula is built as an expression the way sympify would read
// mpmath's string.

// floorDiv is Python's a // b.
func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, bigOne)
	}
	return q
}

// roundFixed is mpmath's round_fixed: x rounded to a multiple of 2**prec.
func roundFixed(x *big.Int, prec uint) *big.Int {
	r := new(big.Int).Add(x, new(big.Int).Lsh(bigOne, prec-1))
	r.Rsh(r, prec)
	return r.Lsh(r, prec)
}

// toFixed is mpmath's to_fixed: floor(x * 2**prec).
func toFixed(x mpf.Float, prec int) *big.Int {
	man, exp := x.MantExp()
	if off := exp + prec; off >= 0 {
		return man.Lsh(man, uint(off))
	} else {
		return man.Rsh(man, uint(-off))
	}
}

// pslq is mpmath's pslq(x, tol, maxcoeff, maxsteps=100) at working
// precision prec (bits): integers c with |sum c_k x_k| < tol and every
// |c_k| < maxcoeff, or nil.
func pslq(xs []mpf.Float, prec int, tol mpf.Float, maxcoeff int64) []*big.Int {
	n := len(xs)
	p := uint(prec + 60)
	tolF := toFixed(tol, int(p))
	x := make([]*big.Int, n+1)
	for k, v := range xs {
		x[k+1] = toFixed(v, int(p))
	}
	minx := new(big.Int).Abs(x[1])
	for _, v := range x[2:] {
		if a := new(big.Int).Abs(v); a.Cmp(minx) < 0 {
			minx = a
		}
	}
	if minx.Sign() == 0 {
		return nil // mpmath raises: a zero in the vector
	}
	if minx.Cmp(new(big.Int).Quo(tolF, big.NewInt(100))) < 0 {
		return nil
	}
	one := new(big.Int).Lsh(bigOne, p)
	fixedSqrt := func(v *big.Int) *big.Int { return new(big.Int).Sqrt(new(big.Int).Lsh(v, p)) }
	mulShift := func(a, b *big.Int) *big.Int { return new(big.Int).Rsh(new(big.Int).Mul(a, b), p) }
	divFixed := func(a, b *big.Int) *big.Int { return floorDiv(new(big.Int).Lsh(a, p), b) }
	g := fixedSqrt(new(big.Int).Quo(new(big.Int).Lsh(big.NewInt(4), p), big.NewInt(3)))
	mat := func() [][]*big.Int {
		m := make([][]*big.Int, n+1)
		for i := range m {
			m[i] = make([]*big.Int, n+1)
			for j := range m[i] {
				m[i][j] = new(big.Int)
			}
		}
		return m
	}
	A, B, H := mat(), mat(), mat()
	for i := 1; i <= n; i++ {
		A[i][i].Set(one)
		B[i][i].Set(one)
	}
	s := make([]*big.Int, n+1)
	for k := 1; k <= n; k++ {
		t := new(big.Int)
		for j := k; j <= n; j++ {
			t.Add(t, new(big.Int).Rsh(new(big.Int).Mul(x[j], x[j]), p))
		}
		s[k] = fixedSqrt(t)
	}
	t := s[1]
	y := make([]*big.Int, n+1)
	for k := 1; k <= n; k++ {
		y[k] = divFixed(x[k], t)
		s[k] = divFixed(s[k], t)
	}
	for i := 1; i <= n; i++ {
		if i <= n-1 {
			if s[i].Sign() != 0 {
				H[i][i] = divFixed(s[i+1], s[i])
			}
		}
		for j := 1; j < i; j++ {
			if sjj1 := new(big.Int).Mul(s[j], s[j+1]); sjj1.Sign() != 0 {
				H[i][j] = floorDiv(new(big.Int).Lsh(new(big.Int).Neg(new(big.Int).Mul(y[i], y[j])), p), sjj1)
			}
		}
	}
	// reduce: row i by row j with multiplier t (mpmath's inner loops)
	reduce := func(i, j int, t *big.Int) {
		y[j] = new(big.Int).Add(y[j], mulShift(t, y[i]))
		for k := 1; k <= j; k++ {
			H[i][k] = new(big.Int).Sub(H[i][k], mulShift(t, H[j][k]))
		}
		for k := 1; k <= n; k++ {
			A[i][k] = new(big.Int).Sub(A[i][k], mulShift(t, A[j][k]))
			B[k][j] = new(big.Int).Add(B[k][j], mulShift(t, B[k][i]))
		}
	}
	for i := 2; i <= n; i++ {
		for j := i - 1; j > 0; j-- {
			if H[j][j].Sign() == 0 {
				continue
			}
			reduce(i, j, roundFixed(divFixed(H[i][j], H[j][j]), p))
		}
	}
	maxc := big.NewInt(maxcoeff)
	for rep := 0; rep < 100; rep++ {
		checkInterrupt()
		m, szmax := -1, big.NewInt(-1)
		for i := 1; i < n; i++ {
			sz := new(big.Int).Exp(g, big.NewInt(int64(i)), nil)
			sz.Mul(sz, new(big.Int).Abs(H[i][i]))
			sz.Rsh(sz, p*uint(i-1))
			if sz.Cmp(szmax) > 0 {
				m, szmax = i, sz
			}
		}
		y[m], y[m+1] = y[m+1], y[m]
		H[m], H[m+1] = H[m+1], H[m]
		A[m], A[m+1] = A[m+1], A[m]
		for i := 1; i <= n; i++ {
			B[i][m], B[i][m+1] = B[i][m+1], B[i][m]
		}
		if m <= n-2 {
			t0 := fixedSqrt(new(big.Int).Rsh(new(big.Int).Add(new(big.Int).Mul(H[m][m], H[m][m]), new(big.Int).Mul(H[m][m+1], H[m][m+1])), p))
			if t0.Sign() == 0 {
				break
			}
			t1, t2 := divFixed(H[m][m], t0), divFixed(H[m][m+1], t0)
			for i := m; i <= n; i++ {
				t3, t4 := H[i][m], H[i][m+1]
				H[i][m] = new(big.Int).Rsh(new(big.Int).Add(new(big.Int).Mul(t1, t3), new(big.Int).Mul(t2, t4)), p)
				H[i][m+1] = new(big.Int).Rsh(new(big.Int).Sub(new(big.Int).Mul(t1, t4), new(big.Int).Mul(t2, t3)), p)
			}
		}
		for i := m + 1; i <= n; i++ {
			for j := min(i-1, m+1); j > 0; j-- {
				if H[j][j].Sign() == 0 {
					break // mpmath's ZeroDivisionError ends the loop over j
				}
				reduce(i, j, roundFixed(divFixed(H[i][j], H[j][j]), p))
			}
		}
		for i := 1; i <= n; i++ {
			if new(big.Int).Abs(y[i]).Cmp(tolF) < 0 {
				vec := make([]*big.Int, n)
				ok := true
				for j := 1; j <= n; j++ {
					vec[j-1] = new(big.Int).Rsh(roundFixed(B[j][i], p), p)
					if new(big.Int).Abs(vec[j-1]).Cmp(maxc) >= 0 {
						ok = false
					}
				}
				if ok {
					return vec
				}
			}
		}
		recnorm := new(big.Int)
		for i := 1; i <= n; i++ {
			for j := 1; j <= n; j++ {
				if a := new(big.Int).Abs(H[i][j]); a.Cmp(recnorm) > 0 {
					recnorm = a
				}
			}
		}
		if recnorm.Sign() != 0 {
			norm := new(big.Int).Quo(new(big.Int).Lsh(bigOne, 2*p), recnorm)
			norm.Rsh(norm, p)
			norm.Quo(norm, big.NewInt(100))
			if norm.Cmp(maxc) >= 0 {
				break
			}
		}
	}
	return nil
}

// idConst is one of identify's base constants: its value and the
// expression its name stands for (1 for the constant mpmath adds).
type idConst struct {
	v    mpf.Float
	e    Expr
	name string
}

// idTransform is one of mpmath's transforms: t = f(x, c) is recognised,
// then x is rebuilt from the recognised y as build(y, c). red marks the
// transforms skipped for c = 1; unit is the formula for c = 1 when it
// differs from build(y, 1) as sympify reads it.
type idTransform struct {
	f     func(x, c mpf.Float, wp int) mpf.Float
	build func(y, c Expr) Expr
	red   bool
}

func idMul(a, b mpf.Float, wp int) mpf.Float { return mpf.Mul(a, b, wp) }
func idQuo(a, b mpf.Float, wp int) mpf.Float { return mpf.Quo(a, b, wp) }
func idSq(a mpf.Float, wp int) mpf.Float     { return mpf.Mul(a, a, wp) }

// idTransforms are mpmath's transforms, in its order. They are set in
// init: their inverses build expressions (Div ...), whose evaluation can
// reach nsimplify and so this table.
var idTransforms []idTransform

func init() {
	idTransforms = []idTransform{
		{func(x, c mpf.Float, wp int) mpf.Float { return idMul(x, c, wp) }, func(y, c Expr) Expr { return Div(y, c) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(x, c, wp) }, func(y, c Expr) Expr { return NewMul(c, y) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(c, x, wp) }, func(y, c Expr) Expr { return Div(c, y) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idSq(idMul(x, c, wp), wp) }, func(y, c Expr) Expr { return Div(Sqrt(y), c) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idSq(idQuo(x, c, wp), wp) }, func(y, c Expr) Expr { return NewMul(c, Sqrt(y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idSq(idQuo(c, x, wp), wp) }, func(y, c Expr) Expr { return Div(c, Sqrt(y)) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idMul(c, idSq(x, wp), wp) }, func(y, c Expr) Expr { return Div(Sqrt(y), Sqrt(c)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(idSq(x, wp), c, wp) }, func(y, c Expr) Expr { return NewMul(Sqrt(c), Sqrt(y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(c, idSq(x, wp), wp) }, func(y, c Expr) Expr { return Div(Sqrt(c), Sqrt(y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Sqrt(idMul(x, c, wp), wp) }, func(y, c Expr) Expr { return Div(NewPow(y, Two), c) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Sqrt(idQuo(x, c, wp), wp) }, func(y, c Expr) Expr { return NewMul(c, NewPow(y, Two)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Sqrt(idQuo(c, x, wp), wp) }, func(y, c Expr) Expr { return Div(c, NewPow(y, Two)) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idMul(c, mpf.Sqrt(x, wp), wp) }, func(y, c Expr) Expr { return Div(NewPow(y, Two), NewPow(c, Two)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(mpf.Sqrt(x, wp), c, wp) }, func(y, c Expr) Expr { return NewMul(NewPow(c, Two), NewPow(y, Two)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(c, mpf.Sqrt(x, wp), wp) }, func(y, c Expr) Expr { return Div(NewPow(c, Two), NewPow(y, Two)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Exp(idMul(x, c, wp), wp) }, func(y, c Expr) Expr { return Div(fnLog.call(y), c) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Exp(idQuo(x, c, wp), wp) }, func(y, c Expr) Expr { return NewMul(c, fnLog.call(y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Exp(idQuo(c, x, wp), wp) }, func(y, c Expr) Expr { return Div(c, fnLog.call(y)) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idMul(c, mpf.Exp(x, wp), wp) }, func(y, c Expr) Expr { return fnLog.call(Div(y, c)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(mpf.Exp(x, wp), c, wp) }, func(y, c Expr) Expr { return fnLog.call(NewMul(c, y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(c, mpf.Exp(x, wp), wp) }, func(y, c Expr) Expr { return fnLog.call(Div(c, y)) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Log(idMul(x, c, wp), wp) }, func(y, c Expr) Expr { return Div(fnExp.call(y), c) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Log(idQuo(x, c, wp), wp) }, func(y, c Expr) Expr { return NewMul(c, fnExp.call(y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return mpf.Log(idQuo(c, x, wp), wp) }, func(y, c Expr) Expr { return Div(c, fnExp.call(y)) }, false},
		{func(x, c mpf.Float, wp int) mpf.Float { return idMul(c, mpf.Log(x, wp), wp) }, func(y, c Expr) Expr { return fnExp.call(Div(y, c)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(mpf.Log(x, wp), c, wp) }, func(y, c Expr) Expr { return fnExp.call(NewMul(c, y)) }, true},
		{func(x, c mpf.Float, wp int) mpf.Float { return idQuo(c, mpf.Log(x, wp), wp) }, func(y, c Expr) Expr { return fnExp.call(Div(c, y)) }, false},
	}
}

// fracgcd is mpmath's fracgcd(p, q) read as the number p/q.
func fracgcd(p, q *big.Int) Expr { return NewRational(p, q) }

// pslqValue is pslqstring(r, constants) as sympify reads it: the sum of
// -r[i+1]/r[0] times constant i.
func pslqValue(r []*big.Int, cs []idConst) Expr {
	terms := []Expr{}
	for i, p := range r[1:] {
		if p.Sign() != 0 {
			terms = append(terms, NewMul(fracgcd(new(big.Int).Neg(p), r[0]), cs[i].e))
		}
	}
	if len(terms) == 0 {
		return Zero
	}
	return NewAdd(terms...)
}

// prodValue is prodstring(r, constants) as sympify reads it: the
// product of constant i to the power -r[i+1]/r[0].
func prodValue(r []*big.Int, cs []idConst) Expr {
	var num, den []Expr
	for i, p := range r[1:] {
		if p.Sign() == 0 {
			continue
		}
		z := fracgcd(new(big.Int).Neg(p), r[0])
		if s, _ := numSign(z); s < 0 {
			den = append(den, NewPow(cs[i].e, Neg(z)))
		} else {
			num = append(num, NewPow(cs[i].e, z))
		}
	}
	return Div(NewMul(num...), NewMul(den...))
}

// quadraticValue is quadraticstring(t, a, b, c): the root of
// a + b*y + c*y**2 nearer to t.
func quadraticValue(t mpf.Float, a, b, c *big.Int, wp int) Expr {
	if c.Sign() < 0 {
		a, b, c = new(big.Int).Neg(a), new(big.Int).Neg(b), new(big.Int).Neg(c)
	}
	d := new(big.Int).Sub(new(big.Int).Mul(b, b), new(big.Int).Mul(big.NewInt(4), new(big.Int).Mul(a, c)))
	nearFirst := false
	if d.Sign() >= 0 {
		sd := mpf.Sqrt(mpf.FromInt(d, wp), wp)
		mb, c2 := mpf.FromInt(new(big.Int).Neg(b), wp), mpf.FromInt(new(big.Int).Lsh(c, 1), wp)
		u1 := mpf.Quo(mpf.Add(mb, sd, wp), c2, wp)
		u2 := mpf.Quo(mpf.Sub(mb, sd, wp), c2, wp)
		nearFirst = mpf.Cmp(mpf.Sub(u1, t, wp).Abs(), mpf.Sub(u2, t, wp).Abs()) < 0
	}
	sq := Sqrt(NewBigInt(d))
	two := NewBigInt(new(big.Int).Lsh(c, 1))
	if !nearFirst {
		sq = Neg(sq)
	}
	return Div(NewAdd(NewBigInt(new(big.Int).Neg(b)), sq), two)
}

// identify is mpmath's identify(x, constants, tol) at wp bits (full
// False, maxcoeff 1000): the formula as an expression, or nil.
func identify(x mpf.Float, consts []idConst, tol mpf.Float, wp int) Expr {
	if x.IsZero() {
		return Zero
	}
	if x.Sign() < 0 {
		if r := identify(x.Neg(), consts, tol, wp); r != nil {
			return Neg(r)
		}
		return nil
	}
	const maxc = 1000
	big2 := mpf.FromInt64(maxc*maxc, wp)
	cs := append([]idConst{{v: mpf.FromInt64(1, wp), e: One, name: "1"}}, consts...)
	vals := make([]mpf.Float, len(cs))
	for i, c := range cs {
		vals[i] = c.v
	}
	bounded := func(r []*big.Int) bool {
		for _, v := range r {
			if v.CmpAbs(big.NewInt(maxc)) > 0 {
				return false
			}
		}
		return true
	}
	for _, tr := range idTransforms {
		for _, c := range cs {
			if tr.red && c.name == "1" {
				continue
			}
			t := tr.f(x, c.v, wp)
			if !t.IsFinite() || mpf.Cmp(t.Abs(), big2) > 0 || mpf.Cmp(t.Abs(), tol) < 0 {
				continue
			}
			var y Expr
			if r := pslq(append([]mpf.Float{t}, vals...), wp, tol, maxc); r != nil && bounded(r) && r[0].Sign() != 0 {
				y = pslqValue(r, cs)
			} else if q := pslq([]mpf.Float{mpf.FromInt64(1, wp), t, mpf.Mul(t, t, wp)}, wp, tol, maxc); q != nil && q[2].Sign() != 0 && bounded(q) {
				y = quadraticValue(t, q[0], q[1], q[2], wp)
			}
			if y != nil {
				return tr.build(y, c.e)
			}
		}
	}
	if mpf.Cmp(x, mpf.FromInt64(1, wp)) == 0 {
		return nil
	}
	var logs []idConst
	for _, p := range []int64{2, 3, 5, 7} {
		logs = append(logs, idConst{v: mpf.Log(mpf.FromInt64(p, wp), wp), e: NewInt(p)})
	}
	defTol := mpf.FromMantExp(big.NewInt(1), -int(float64(wp)*0.75), 0, false)
	for _, c := range cs {
		if c.name == "1" {
			continue // log 1 is 0: a rational multiple of every log
		}
		la := mpf.Log(c.v, wp)
		rational := false
		for _, p := range []int64{2, 3, 5, 7} {
			v := mpf.Quo(la, mpf.Log(mpf.FromInt64(p, wp), wp), wp)
			if v.IsZero() || pslq([]mpf.Float{mpf.FromInt64(1, wp), v}, wp, defTol, maxc) != nil {
				rational = true
			}
		}
		if !rational {
			logs = append(logs, idConst{v: la, e: c.e})
		}
	}
	lv := []mpf.Float{mpf.Log(x, wp)}
	for _, l := range logs {
		lv = append(lv, l.v)
	}
	if r := pslq(lv, wp, tol, maxc); r != nil && bounded(r) && r[0].Sign() != 0 {
		return prodValue(r, logs)
	}
	return nil
}
