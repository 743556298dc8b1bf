package engine

// This file is sympy.vector's differential operators (operators.py and
// functions.py): gradient, divergence and curl with the Lamé
// coefficients of the system, unevaluated (doit=False, as Del gives
// them) or evaluated, the Laplacian, directional derivatives and scalar
// potentials. Fields in several coordinate systems need SymPy's express
// between rotated frames, which dcalc does not have: they are refused.

// FieldSystem is the one coordinate system of the scalar field f and the
// vector field v (either may be nil): SymPy's _get_coord_systems. It is
// nil when there is none.
func FieldSystem(f Expr, v *Vector) (*CoordSys, error) {
	var found []*CoordSys
	add := func(c *CoordSys) {
		for _, s := range found {
			if s.Same(c) {
				return
			}
		}
		found = append(found, c)
	}
	scan := func(e Expr) {
		for _, s := range FreeSymbols(e) {
			if s.base != nil {
				add(s.base.sys)
			}
		}
	}
	if f != nil {
		scan(f)
	}
	if v != nil {
		for _, t := range v.terms {
			add(t.Sys)
			scan(t.Coef)
		}
	}
	switch len(found) {
	case 0:
		return nil, nil
	case 1:
		return found[0], nil
	}
	return nil, notImpl("dcalc does not implement fields in several coordinate systems yet")
}

func derivativeBy(e Expr, x *Symbol) Expr {
	return NewDerivative(e, []VarCount{{Var: x, Count: 1}})
}

func overLame(a, b Expr) Expr { return NewMul(a, NewPow(b, NegOne)) }

func basisOf(c *CoordSys) [3]*Vector { return [3]*Vector{BaseVec(c, 0), BaseVec(c, 1), BaseVec(c, 2)} }

func doitVector(v *Vector, doit bool) *Vector {
	if !doit {
		return v
	}
	return v.Map(Doit)
}

// Gradient is gradient(f, doit): the derivatives of f by the coordinates
// over the Lamé coefficients, times the base vectors.
func Gradient(f Expr, doit bool) (*Vector, error) {
	c, err := FieldSystem(f, nil)
	if c == nil || err != nil {
		return ZeroVector, err
	}
	h, xs, e := c.Lame(), c.scalars, basisOf(c)
	parts := make([]*Vector, 3)
	for k := range parts {
		parts[k] = VecScale(overLame(derivativeBy(f, xs[k]), h[k]), e[k])
	}
	return doitVector(VecAdd(parts...), doit), nil
}

// diffConditional is SymPy's _diff_conditional: the derivative of
// c1*c2*e by x, or 0 when that product is 0.
func diffConditional(e Expr, x *Symbol, c1, c2 Expr) Expr {
	arg := NewMul(c1, c2, e)
	if Equal(arg, Zero) {
		return Zero
	}
	return derivativeBy(arg, x)
}

// Divergence is divergence(v, doit).
func Divergence(v *Vector, doit bool) (Expr, error) {
	c, err := FieldSystem(nil, v)
	if c == nil || err != nil {
		return Zero, err
	}
	h, xs := c.Lame(), c.scalars
	vol := NewMul(h[0], h[1], h[2])
	res := NewAdd(
		overLame(diffConditional(v.Component(c, 0), xs[0], h[1], h[2]), vol),
		overLame(diffConditional(v.Component(c, 1), xs[1], h[2], h[0]), vol),
		overLame(diffConditional(v.Component(c, 2), xs[2], h[0], h[1]), vol))
	if doit {
		return Doit(res), nil
	}
	return res, nil
}

// Curl is curl(v, doit).
func Curl(v *Vector, doit bool) (*Vector, error) {
	c, err := FieldSystem(nil, v)
	if c == nil || err != nil {
		return ZeroVector, err
	}
	h, xs, e := c.Lame(), c.scalars, basisOf(c)
	vx, vy, vz := v.Component(c, 0), v.Component(c, 1), v.Component(c, 2)
	d := func(f, hk Expr, x *Symbol) Expr { return derivativeBy(NewMul(f, hk), x) }
	out := VecAdd(
		VecScale(overLame(Sub(d(vz, h[2], xs[1]), d(vy, h[1], xs[2])), NewMul(h[1], h[2])), e[0]),
		VecScale(overLame(Sub(d(vx, h[0], xs[2]), d(vz, h[2], xs[0])), NewMul(h[0], h[2])), e[1]),
		VecScale(overLame(Sub(d(vy, h[1], xs[0]), d(vx, h[0], xs[1])), NewMul(h[1], h[0])), e[2]))
	return doitVector(out, doit), nil
}

// Laplacian is laplacian(f) of a scalar field: the divergence of the
// unevaluated gradient, evaluated.
func Laplacian(f Expr) (Expr, error) {
	g, err := Gradient(f, false)
	if err != nil {
		return nil, err
	}
	d, err := Divergence(g, false)
	if err != nil {
		return nil, err
	}
	return Doit(d), nil
}

// VectorLaplacian is laplacian(v) of a vector field: grad div v - curl
// curl v.
func VectorLaplacian(v *Vector) (*Vector, error) {
	d, err := Divergence(v, true)
	if err != nil {
		return nil, err
	}
	g, err := Gradient(d, true)
	if err != nil {
		return nil, err
	}
	c1, err := Curl(v, true)
	if err != nil {
		return nil, err
	}
	c2, err := Curl(c1, true)
	if err != nil {
		return nil, err
	}
	return VecAdd(g, VecScale(NegOne, c2)).Map(Doit), nil
}

// DirectionalDerivative is directional_derivative(f, d) of a scalar
// field: the sum of d's components times the derivatives of f.
func DirectionalDerivative(f Expr, d *Vector) (Expr, error) {
	c, err := FieldSystem(f, nil)
	if c == nil || err != nil {
		return Zero, err
	}
	terms := make([]Expr, 3)
	for k := range terms {
		terms[k] = NewMul(d.Component(c, k), Doit(derivativeBy(f, c.scalars[k])))
	}
	return NewAdd(terms...), nil
}

// VectorDirectionalDerivative is directional_derivative(v, d) of a
// vector field.
func VectorDirectionalDerivative(v, d *Vector) (*Vector, error) {
	c, err := FieldSystem(nil, v)
	if c == nil || err != nil {
		return ZeroVector, err
	}
	parts := make([]*Vector, 3)
	for k := range parts {
		x := c.scalars[k]
		dk := v.Map(func(e Expr) Expr { return Doit(derivativeBy(e, x)) })
		parts[k] = VecScale(d.Component(c, k), dk)
	}
	return VecAdd(parts...), nil
}

// IsConservative is is_conservative(v): its curl simplifies to 0.
func IsConservative(v *Vector) (bool, error) {
	if v.IsZero() {
		return true, nil
	}
	c, err := Curl(v, true)
	if err != nil {
		return false, err
	}
	return c.Map(Simplify).IsZero(), nil
}

// IsSolenoidal is is_solenoidal(v): its divergence simplifies to 0.
func IsSolenoidal(v *Vector) (bool, error) {
	if v.IsZero() {
		return true, nil
	}
	d, err := Divergence(v, true)
	if err != nil {
		return false, err
	}
	return Equal(Simplify(d), Zero), nil
}

// ErrNotConservative is scalar_potential's ValueError.
var ErrNotConservative = &Error{Type: "ValueError", Msg: "Field is not conservative"}

// ScalarPotential is scalar_potential(v, c): the integral of the first
// component by the first coordinate, corrected coordinate by coordinate.
func ScalarPotential(v *Vector, c *CoordSys) (Expr, error) {
	ok, err := IsConservative(v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNotConservative
	}
	if v.IsZero() {
		return Zero, nil
	}
	if s, _ := FieldSystem(nil, v); s != nil && !s.Same(c) {
		return nil, notImpl("dcalc does not express fields in another coordinate system yet")
	}
	xs := c.scalars
	f := Integrate(v.Component(c, 0), xs[0])
	for k := 1; k < 3; k++ {
		rest := Sub(v.Component(c, k), Doit(derivativeBy(f, xs[k])))
		f = NewAdd(f, Integrate(rest, xs[k]))
	}
	return f, nil
}
