package engine

import (
	"math/rand"
	"testing"
)

// randomField builds a random scalar expression in the coordinates xs
// from products, sums and elementary functions of them.
func randomField(r *rand.Rand, xs [3]*Symbol, depth int) Expr {
	if depth == 0 || r.Intn(4) == 0 {
		if r.Intn(3) == 0 {
			return NewInt(int64(r.Intn(5) + 1))
		}
		return NewPow(xs[r.Intn(3)], NewInt(int64(r.Intn(3)+1)))
	}
	a, b := randomField(r, xs, depth-1), randomField(r, xs, depth-1)
	switch r.Intn(5) {
	case 0:
		return NewAdd(a, b)
	case 1:
		return NewMul(a, fnSin.call(b))
	case 2:
		return NewMul(a, fnExp.call(b))
	}
	return NewMul(a, b)
}

// vanishes reports whether e is zero at three points (coordinates 0.3 to
// 1.7), to 20 digits.
func vanishes(t *testing.T, e Expr, xs [3]*Symbol) bool {
	for _, pt := range [][3]int64{{3, 7, 11}, {13, 5, 9}, {17, 12, 4}} {
		subs := [][2]Expr{}
		for k, x := range xs {
			subs = append(subs, [2]Expr{x, Div(NewInt(pt[k]), NewInt(10))})
		}
		v, err := Evalf(e, 30, subs)
		if err != nil {
			t.Fatalf("evalf %s: %v", Str(e), err)
		}
		f, ok := v.(*Float)
		if !ok {
			if Equal(v, Zero) {
				continue
			}
			t.Fatalf("evalf %s gave %s", Str(e), Str(v))
		}
		if abs := f.Float64(); abs > 1e-20 || abs < -1e-20 {
			return false
		}
	}
	return true
}

// TestVectorCalculusIdentities checks the operators against the
// identities of vector calculus in each coordinate system: curl grad f
// = 0, div curl F = 0, the Laplacian of r**n in spherical coordinates,
// and the scalar potential of a gradient field has that gradient.
func TestVectorCalculusIdentities(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	for _, kind := range []string{"cartesian", "spherical", "cylindrical"} {
		c, err := NewCoordSys("Q", kind, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		xs := c.Scalars()
		for i := 0; i < 12; i++ {
			f := randomField(r, xs, 3)
			g, err := Gradient(f, true)
			if err != nil {
				t.Fatal(err)
			}
			cg, err := Curl(g, true)
			if err != nil {
				t.Fatal(err)
			}
			for _, term := range cg.Terms() {
				if !vanishes(t, term.Coef, xs) {
					t.Errorf("%s: curl grad %s = %s, want 0", kind, Str(f), VectorStr(cg))
				}
			}
			F := VecAdd(VecScale(randomField(r, xs, 2), BaseVec(c, 0)), VecScale(randomField(r, xs, 2), BaseVec(c, 1)),
				VecScale(randomField(r, xs, 2), BaseVec(c, 2)))
			cf, err := Curl(F, true)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Divergence(cf, true)
			if err != nil {
				t.Fatal(err)
			}
			if !vanishes(t, d, xs) {
				t.Errorf("%s: div curl %s = %s, want 0", kind, VectorStr(F), Str(d))
			}
		}
	}
	s, _ := NewCoordSys("S", "spherical", nil, nil)
	rr := s.Scalars()[0]
	for n := int64(-2); n <= 4; n++ {
		l, err := Laplacian(NewPow(rr, NewInt(n)))
		if err != nil {
			t.Fatal(err)
		}
		want := NewMul(NewInt(n*(n+1)), NewPow(rr, NewInt(n-2)))
		if !vanishes(t, Sub(l, want), s.Scalars()) {
			t.Errorf("laplacian(r**%d) = %s, want %s", n, Str(l), Str(want))
		}
	}
	// harmonic functions: z = r cos(theta) in both, x**2 - y**2 =
	// r**2 sin(theta)**2 cos(2 phi) in spherical, x = r cos(theta) in
	// cylindrical
	y, _ := NewCoordSys("C", "cylindrical", nil, nil)
	sr, st, sp := s.Scalars()[0], s.Scalars()[1], s.Scalars()[2]
	for _, h := range []struct {
		f  Expr
		xs [3]*Symbol
	}{
		{NewMul(sr, fnCos.call(st)), s.Scalars()},
		{NewMul(NewPow(sr, Two), NewPow(fnSin.call(st), Two), fnCos.call(NewMul(Two, sp))), s.Scalars()},
		{NewMul(y.Scalars()[0], fnCos.call(y.Scalars()[1])), y.Scalars()},
	} {
		l, err := Laplacian(h.f)
		if err != nil {
			t.Fatal(err)
		}
		if !vanishes(t, l, h.xs) {
			t.Errorf("laplacian(%s) = %s, want 0", Str(h.f), Str(l))
		}
	}
	c, _ := NewCoordSys("N", "cartesian", nil, nil)
	xs := c.Scalars()
	for i := 0; i < 10; i++ {
		f := Expand(NewMul(randomField(r, xs, 0), randomField(r, xs, 0), NewAdd(xs[0], xs[2])))
		g, _ := Gradient(f, true)
		p, err := ScalarPotential(g, c)
		if err != nil {
			t.Fatal(err)
		}
		gp, _ := Gradient(p, true)
		if !gp.Equal(g) {
			t.Errorf("grad scalar_potential(grad %s) = %s, want %s", Str(f), VectorStr(gp), VectorStr(g))
		}
	}
}

// TestVectorProductIdentities: a x b = -(b x a), a.(a x b) = 0 and
// Lagrange's |a x b|**2 + (a.b)**2 = |a|**2 |b|**2, for vectors with
// symbolic components.
func TestVectorProductIdentities(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	c, _ := NewCoordSys("N", "cartesian", nil, nil)
	xs := c.Scalars()
	random := func() *Vector {
		parts := make([]*Vector, 3)
		for k := range parts {
			parts[k] = VecScale(randomField(r, xs, 1), BaseVec(c, k))
		}
		return VecAdd(parts...)
	}
	for i := 0; i < 20; i++ {
		a, b := random(), random()
		ab, _ := VecCross(a, b)
		ba, _ := VecCross(b, a)
		if s := VecAdd(ab, ba).Map(Expand); !s.IsZero() {
			t.Errorf("a x b + b x a = %s for a = %s, b = %s", VectorStr(s), VectorStr(a), VectorStr(b))
		}
		d, _ := VecDot(a, ab)
		if !Equal(Expand(d), Zero) {
			t.Errorf("a.(a x b) = %s for a = %s, b = %s", Str(d), VectorStr(a), VectorStr(b))
		}
		n2, _ := VecDot(ab, ab)
		dot, _ := VecDot(a, b)
		aa, _ := VecDot(a, a)
		bb, _ := VecDot(b, b)
		if lhs, rhs := Expand(NewAdd(n2, NewPow(dot, Two))), Expand(NewMul(aa, bb)); !Equal(lhs, rhs) {
			t.Errorf("Lagrange's identity fails for a = %s, b = %s", VectorStr(a), VectorStr(b))
		}
	}
}
