package session

import (
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// This file gives the interpreter sympy.vector on top of engine.Vector:
// CoordSys3D systems and their base scalars and vectors, vector
// arithmetic, dot and cross products, the vector methods notebooks use,
// and the differential operators (gradient, divergence, curl, Del,
// laplacian) in Cartesian, spherical and cylindrical coordinates.

// coordSysValue is a CoordSys3D.
type coordSysValue struct{ c *engine.CoordSys }

// vectorValue is a Vector: a BaseVector, VectorMul, VectorAdd or
// VectorZero as SymPy would hold it.
type vectorValue struct{ v *engine.Vector }

// delValue is Del(), the vector differential operator.
type delValue struct{}

func (c *coordSysValue) pyStr() string  { return c.c.Name() }
func (c *coordSysValue) pyRepr() string { return c.c.Name() }
func (v *vectorValue) pyStr() string    { return engine.VectorStr(v.v) }
func (v *vectorValue) pyRepr() string   { return engine.VectorStr(v.v) }
func (d *delValue) pyStr() string       { return "Del()" }
func (d *delValue) pyRepr() string      { return "Del()" }

// hash implements pyHashable: equal vectors hash alike.
func (v *vectorValue) hash() uint64 { return v.v.Hash() }

// cpythonHash implements pyHashable: SymPy's hash is not reproducible.
func (v *vectorValue) cpythonHash() (int64, bool) { return 0, false }

// equal implements pyEqualer.
func (v *vectorValue) equal(other Value) bool {
	w, ok := other.(*vectorValue)
	return ok && v.v.Equal(w.v)
}

func (v *vectorValue) className() string {
	ts := v.v.Terms()
	switch {
	case len(ts) == 0:
		return "VectorZero"
	case len(ts) > 1:
		return "VectorAdd"
	case engine.Equal(ts[0].Coef, engine.One):
		return "BaseVector"
	}
	return "VectorMul"
}

func vec(v *engine.Vector) *vectorValue { return &vectorValue{v: v} }

// vectorArg reads v as a vector, or raises SymPy's TypeError.
func vectorArg(v Value, what string) *engine.Vector {
	w, ok := v.(*vectorValue)
	if !ok {
		throw("TypeError", "%s should be a Vector", what)
	}
	return w.v
}

// checked panics with err when there is one.
func checked[T any](r T, err error) T {
	if err != nil {
		panic(err)
	}
	return r
}

// vectorBinop is the arithmetic of vectors: + and - of vectors, scalar
// multiples and quotients, & (dot) and ^ (cross), and Del's & and ^.
func (in *interp) vectorBinop(op string, a, b Value) (Value, bool) {
	if _, ok := a.(*delValue); ok {
		switch op {
		case "&":
			return in.divergence(b, false), true
		case "^":
			return in.curl(b, false), true
		}
		return nil, false
	}
	va, aok := a.(*vectorValue)
	vb, bok := b.(*vectorValue)
	if !aok && !bok {
		return nil, false
	}
	switch op {
	case "+", "-":
		if aok && bok {
			if op == "-" {
				return vec(engine.VecAdd(va.v, engine.VecScale(engine.NegOne, vb.v))), true
			}
			return vec(engine.VecAdd(va.v, vb.v)), true
		}
		other := b
		if bok {
			other = a
		} else if op == "-" {
			other = in.unary("-", b)
		}
		throw("TypeError", "%s cannot be interpreted correctly", in.str(other))
	case "*":
		if aok && bok {
			throw("ValueError", "Invalid multiplication")
		}
		if aok {
			return vec(engine.VecScale(in.vectorScalar(b), va.v)), true
		}
		return vec(engine.VecScale(in.vectorScalar(a), vb.v)), true
	case "/":
		if !aok {
			throw("TypeError", "Invalid divisor for division")
		}
		if bok {
			throw("TypeError", "Cannot divide two vectors")
		}
		s := in.vectorScalar(b)
		if engine.Equal(s, engine.Zero) {
			throw("ValueError", "Cannot divide a vector by zero")
		}
		return vec(engine.VecScale(engine.NewPow(s, engine.NegOne), va.v)), true
	case "&":
		if aok && bok {
			return checked(engine.VecDot(va.v, vb.v)), true
		}
		throw("TypeError", "%s is not a vector, dyadic or del operator", in.str(b))
	case "^":
		if aok && bok {
			return vec(checked(engine.VecCross(va.v, vb.v))), true
		}
	case "|", "**":
		throw("NotImplementedError", "dcalc does not implement dyadics and powers of vectors yet")
	}
	return nil, false
}

// vectorScalar reads the scalar of a multiple of a vector.
func (in *interp) vectorScalar(v Value) engine.Expr {
	switch v.(type) {
	case engine.Expr, bool:
	default:
		if _, ok := sympifyNumber(v); !ok {
			throw("TypeError", "unsupported operand type for vector multiplication: '%s'", typeName(v))
		}
	}
	return in.sympify(v)
}

func (in *interp) vectorUnary(op string, v Value) (Value, bool) {
	w, ok := v.(*vectorValue)
	if !ok {
		return nil, false
	}
	switch op {
	case "-":
		return vec(engine.VecScale(engine.NegOne, w.v)), true
	case "+":
		return w, true
	}
	return nil, false
}

// vectorSystem is the one coordinate system of a scalar or vector field;
// nil when there is none.
func vectorSystem(v Value) *engine.CoordSys {
	var c *engine.CoordSys
	var err error
	switch x := v.(type) {
	case *vectorValue:
		c, err = engine.FieldSystem(nil, x.v)
	case engine.Expr:
		c, err = engine.FieldSystem(x, nil)
	}
	return checked(c, err)
}

// gradient is sympy.vector's gradient(scalar_field, doit).
func (in *interp) gradient(f Value, doit bool) Value {
	if _, ok := f.(*vectorValue); ok {
		throw("NotImplementedError", "dcalc does not implement the gradient of a vector yet")
	}
	return vec(checked(engine.Gradient(in.sympify(f), doit)))
}

// divergence is divergence(vect, doit).
func (in *interp) divergence(v Value, doit bool) Value {
	return checked(engine.Divergence(vectorArg(v, "vect"), doit))
}

// curl is curl(vect, doit).
func (in *interp) curl(v Value, doit bool) Value {
	return vec(checked(engine.Curl(vectorArg(v, "vect"), doit)))
}

// laplacian is laplacian(expr) of a scalar or vector field.
func (in *interp) laplacian(f Value) Value {
	switch x := f.(type) {
	case *vectorValue:
		return vec(checked(engine.VectorLaplacian(x.v)))
	case *big.Int, float64, bool:
		throw("AttributeError", "'%s' object has no attribute 'is_Vector'", typeName(f))
	}
	return checked(engine.Laplacian(in.sympify(f)))
}

// directionalDerivative is directional_derivative(field, direction_vector).
func (in *interp) directionalDerivative(field, dir Value) Value {
	d := vectorArg(dir, "direction_vector")
	if w, ok := field.(*vectorValue); ok {
		return vec(checked(engine.VectorDirectionalDerivative(w.v, d)))
	}
	return checked(engine.DirectionalDerivative(in.sympify(field), d))
}

// matrixToVector is matrix_to_vector(matrix, system).
func (in *interp) matrixToVector(m Value, cs Value) Value {
	c, ok := cs.(*coordSysValue)
	if !ok {
		throw("TypeError", "system should be a CoordSys3D")
	}
	out := engine.ZeroVector
	k := 0
	in.iterate(m, func(x Value) bool {
		if k > 2 {
			throw("IndexError", "tuple index out of range")
		}
		out = engine.VecAdd(out, engine.VecScale(in.sympify(x), engine.BaseVec(c.c, k)))
		k++
		return true
	})
	return vec(out)
}

// vectorEach applies the expression method name to each component:
// in components order for BasisDependent's own methods, in the order of
// the Add arguments for Basic's subs and xreplace.
func (in *interp) vectorEach(w *engine.Vector, name string, args []Value, kw []kwArg) *vectorValue {
	b := exprMethodIndex[name]
	f := func(e engine.Expr) engine.Expr { return in.sympify(in.call(b.method(e), args, kw)) }
	if name == "subs" || name == "xreplace" {
		return vec(w.MapArgs(f))
	}
	return vec(w.Map(f))
}
