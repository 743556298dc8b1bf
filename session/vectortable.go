package session

import (
	_ "embed"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// vectorTable binds the functions of sympy.vector.
var vectorTable = []*binding{
	{Name: "gradient", API: "vector.gradient", Sig: "(scalar_field, doit=True)", Honours: "doit",
		Doc: "The gradient of a scalar field in the coordinates of its CoordSys3D.",
		Fn:  func(in *interp, a *callArgs) Value { return in.gradient(a.Get("scalar_field"), in.optTrue(a, "doit")) }},
	{Name: "divergence", API: "vector.divergence", Sig: "(vect, doit=True)", Honours: "doit",
		Doc: "The divergence of a vector field.",
		Fn:  func(in *interp, a *callArgs) Value { return in.divergence(a.Get("vect"), in.optTrue(a, "doit")) }},
	{Name: "curl", API: "vector.curl", Sig: "(vect, doit=True)", Honours: "doit",
		Doc: "The curl of a vector field.",
		Fn:  func(in *interp, a *callArgs) Value { return in.curl(a.Get("vect"), in.optTrue(a, "doit")) }},
	{Name: "laplacian", API: "vector.laplacian", Sig: "(expr)",
		Doc: "The Laplacian of a scalar or vector field.",
		Fn:  func(in *interp, a *callArgs) Value { return in.laplacian(a.Get("expr")) }},
	{Name: "directional_derivative", API: "vector.directional_derivative", Sig: "(field, direction_vector)",
		Doc: "The derivative of a field along a vector (not normalised).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.directionalDerivative(a.Get("field"), a.Get("direction_vector"))
		}},
	{Name: "is_conservative", API: "vector.is_conservative", Sig: "(field)",
		Doc: "Whether the curl of a vector field simplifies to zero.",
		Fn: func(in *interp, a *callArgs) Value {
			return checked(engine.IsConservative(vectorArg(a.Get("field"), "field")))
		}},
	{Name: "is_solenoidal", API: "vector.is_solenoidal", Sig: "(field)",
		Doc: "Whether the divergence of a vector field simplifies to zero.",
		Fn: func(in *interp, a *callArgs) Value {
			return checked(engine.IsSolenoidal(vectorArg(a.Get("field"), "field")))
		}},
	{Name: "scalar_potential", API: "vector.scalar_potential", Sig: "(field, coord_sys)",
		Doc: "A scalar function whose gradient is the conservative field.",
		Fn: func(in *interp, a *callArgs) Value {
			w := vectorArg(a.Get("field"), "field")
			c, ok := a.Get("coord_sys").(*coordSysValue)
			if !ok {
				throw("TypeError", "coord_sys must be a CoordSys3D")
			}
			return checked(engine.ScalarPotential(w, c.c))
		}},
	{Name: "matrix_to_vector", API: "vector.matrix_to_vector", Sig: "(matrix, system)",
		Doc: "The vector whose components in system are the entries of a column matrix.",
		Fn:  func(in *interp, a *callArgs) Value { return in.matrixToVector(a.Get("matrix"), a.Get("system")) }},
	{Name: "express", API: "vector.express", Sig: "(expr, system, system2=None, variables=False)", Honours: "variables",
		Doc: "A field expressed in a coordinate system (dcalc: the system the field is already in).",
		Fn: func(in *interp, a *callArgs) Value {
			c, ok := a.Get("system").(*coordSysValue)
			if !ok {
				throw("TypeError", "system should be a CoordSys3D instance")
			}
			if s := vectorSystem(a.Get("expr")); s != nil && !s.Same(c.c) {
				throw("NotImplementedError", "dcalc does not express fields in another coordinate system yet")
			}
			return a.Get("expr")
		}},
	{Name: "vector_integrate", API: "vector.vector_integrate", Sig: "(field, *region)",
		Doc: "The integral of a scalar or vector field over a ParametricRegion (line, surface or volume), else integrate.",
		Fn:  func(in *interp, a *callArgs) Value { return in.vectorIntegrate(a.Get("field"), a.Rest()) }},
	{Name: "dot", API: "vector.dot", Sig: "(vect1, vect2)", Doc: "The dot product of two vectors.",
		Fn: func(in *interp, a *callArgs) Value {
			return checked(engine.VecDot(vectorArg(a.Get("vect1"), "vect1"), vectorArg(a.Get("vect2"), "vect2")))
		}},
	{Name: "cross", API: "vector.cross", Sig: "(vect1, vect2)", Doc: "The cross product of two vectors.",
		Fn: func(in *interp, a *callArgs) Value {
			return vec(checked(engine.VecCross(vectorArg(a.Get("vect1"), "vect1"), vectorArg(a.Get("vect2"), "vect2"))))
		}},
}

// optTrue reads a boolean option whose default is True.
func (in *interp) optTrue(a *callArgs, name string) bool {
	v := a.Get(name)
	return v == nil || in.truth(v, nil)
}

// coordSysRow is CoordSys3D's constructor.
var coordSysRow = &binding{Name: "CoordSys3D", API: "vector.CoordSys3D",
	Sig:     "(name, transformation=None, parent=None, location=None, rotation_matrix=None, vector_names=None, variable_names=None)",
	Honours: "transformation vector_names variable_names",
	Doc:     "A 3-D coordinate system: Cartesian, or transformation='spherical' or 'cylindrical'.",
	Fn: func(in *interp, a *callArgs) Value {
		name := in.str(a.Get("name")) // CoordSys3D takes str(name)
		kind := "cartesian"
		if t := a.Get("transformation"); t != nil && t != none {
			s, ok := t.(string)
			if !ok {
				throw("NotImplementedError", "dcalc's CoordSys3D takes a transformation by its name only")
			}
			kind = s
		}
		names := func(p string) []string {
			v := a.Get(p)
			if v == nil || v == none {
				return nil
			}
			var out []string
			in.iterate(v, func(x Value) bool {
				s, ok := x.(string)
				if !ok {
					throw("TypeError", "%s must be an iterable of strings", p)
				}
				out = append(out, s)
				return true
			})
			return out
		}
		c, err := engine.NewCoordSys(name, kind, names("vector_names"), names("variable_names"))
		if err != nil {
			if msg, ok := strings.CutPrefix(err.Error(), "IndexError: "); ok {
				throw("IndexError", "%s", msg)
			}
			throw("NotImplementedError", "%s", err.Error())
		}
		return &coordSysValue{c: c}
	}}

// vectorClasses are sympy.vector's classes, for isinstance and type().
func vectorClasses() []*Class {
	kind := func(name string) *Class {
		return &Class{Name: name, Module: "sympy.vector", Is: func(v Value) bool {
			w, ok := v.(*vectorValue)
			return ok && w.className() == name
		}}
	}
	return []*Class{
		{Name: "CoordSys3D", Module: "sympy.vector", Call: coordSysRow.call,
			Is: func(v Value) bool { _, ok := v.(*coordSysValue); return ok }},
		{Name: "Vector", Module: "sympy.vector", Attrs: map[string]Value{"zero": vec(engine.ZeroVector)},
			Is: func(v Value) bool { _, ok := v.(*vectorValue); return ok }},
		kind("BaseVector"), kind("VectorMul"), kind("VectorAdd"), kind("VectorZero"),
		{Name: "BaseScalar", Module: "sympy.vector", Is: func(v Value) bool {
			s, ok := v.(*engine.Symbol)
			if ok {
				_, _, ok = engine.BaseScalarOf(s)
			}
			return ok
		}},
		{Name: "ParametricRegion", Module: "sympy.vector", Call: func(in *interp, args []Value, kw []kwArg) Value {
			if len(kw) > 0 {
				throw("TypeError", "ParametricRegion() takes no keyword arguments")
			}
			return in.newParamRegion(args)
		}, Is: func(v Value) bool { _, ok := v.(*paramRegion); return ok }},
		{Name: "Del", Module: "sympy.vector", Call: func(in *interp, args []Value, kw []kwArg) Value {
			nargs("Del", args, 0, 0)
			return &delValue{}
		}, Is: func(v Value) bool { _, ok := v.(*delValue); return ok }},
	}
}

var vectorModuleValue *Module

// vectorModule is the sympy.vector module.
func vectorModule() *Module { return vectorModuleValue }

func init() {
	attrs := map[string]Value{}
	installTable(attrs, vectorTable)
	for _, c := range vectorClasses() {
		attrs[c.Name] = c
	}
	vectorModuleValue = &Module{Name: "sympy.vector", Attrs: attrs}
}

// vectorMethod makes a method row of vectors.
func vectorMethod(name, sig, honours, doc string, fn func(in *interp, w *engine.Vector, a *callArgs) Value) *binding {
	return &binding{Name: name, API: "Vector." + name, Sig: sig, Honours: honours, Doc: doc,
		Fn: func(in *interp, a *callArgs) Value { return fn(in, a.Self.(*vectorValue).v, a) }}
}

// vectorEachMethod applies the expression method of the same name to
// each component.
func vectorEachMethod(name, sig, doc string) *binding {
	return vectorMethod(name, sig, "**", doc, func(in *interp, w *engine.Vector, a *callArgs) Value {
		return in.vectorEach(w, name, a.Rest(), a.Extra())
	})
}

// vectorMethods are the methods of vectors.
var vectorMethods = []*binding{
	vectorMethod("dot", "(other)", "", "The dot product.", func(in *interp, w *engine.Vector, a *callArgs) Value {
		if _, ok := a.Get("other").(*delValue); ok {
			throw("NotImplementedError", "dcalc does not implement directional derivative operators (v.dot(Del())) yet; use directional_derivative")
		}
		r, _ := in.vectorBinop("&", vec(w), a.Get("other"))
		return r
	}),
	vectorMethod("cross", "(other)", "", "The cross product.", func(in *interp, w *engine.Vector, a *callArgs) Value {
		o, ok := a.Get("other").(*vectorValue)
		if !ok {
			throw("NotImplementedError", "dcalc's cross takes two vectors")
		}
		return vec(checked(engine.VecCross(w, o.v)))
	}),
	vectorMethod("magnitude", "()", "", "The length, sqrt(v & v).", func(in *interp, w *engine.Vector, a *callArgs) Value {
		return engine.Sqrt(checked(engine.VecDot(w, w)))
	}),
	vectorMethod("normalize", "()", "", "The vector divided by its magnitude.", func(in *interp, w *engine.Vector, a *callArgs) Value {
		if w.IsZero() {
			return vec(w)
		}
		return vec(engine.VecScale(engine.NewPow(engine.Sqrt(checked(engine.VecDot(w, w))), engine.NegOne), w))
	}),
	vectorMethod("to_matrix", "(system)", "", "The column of components in system.", func(in *interp, w *engine.Vector, a *callArgs) Value {
		c, ok := a.Get("system").(*coordSysValue)
		if !ok {
			throw("TypeError", "system should be a CoordSys3D")
		}
		col := make([]engine.Expr, 3)
		for k := range col {
			col[k] = checked(engine.VecDot(w, engine.BaseVec(c.c, k)))
		}
		return newMatrixValue(engine.NewMatrixFunc(3, 1, func(i, _ int) engine.Expr { return col[i] }))
	}),
	vectorMethod("separate", "()", "", "The parts of the vector in each coordinate system.", func(in *interp, w *engine.Vector, a *callArgs) Value {
		d := newDict()
		for _, c := range w.Systems() {
			var part []*engine.Vector
			for _, t := range w.Terms() {
				if t.Sys.Same(c) {
					part = append(part, engine.VecScale(t.Coef, engine.BaseVec(t.Sys, t.Index)))
				}
			}
			d.Set(&coordSysValue{c: c}, vec(engine.VecAdd(part...)))
		}
		return d
	}),
	vectorMethod("projection", "(other, scalar=False)", "scalar", "The projection of other on the vector.",
		func(in *interp, w *engine.Vector, a *callArgs) Value {
			o := vectorArg(a.Get("other"), "other")
			scalar := a.Get("scalar") != nil && in.truth(a.Get("scalar"), nil)
			if w.IsZero() {
				if scalar {
					return engine.Zero
				}
				return vec(w)
			}
			r := engine.Div(checked(engine.VecDot(w, o)), checked(engine.VecDot(w, w)))
			if scalar {
				return r
			}
			return vec(engine.VecScale(r, w))
		}),
	vectorMethod("equals", "(other)", "", "Whether the difference is identically zero.", func(in *interp, w *engine.Vector, a *callArgs) Value {
		d := engine.VecAdd(w, engine.VecScale(engine.NegOne, vectorArg(a.Get("other"), "other")))
		m := checked(engine.VecDot(d, d))
		return in.call(exprMethodIndex["equals"].method(m), []Value{engine.Zero}, nil)
	}),
	vectorEachMethod("diff", "(*args, **kwargs)", "Differentiate each component."),
	vectorEachMethod("subs", "(*args, **kwargs)", "Substitute in each component."),
	vectorEachMethod("xreplace", "(rule)", "Replace subexpressions in each component."),
	vectorEachMethod("simplify", "(**kwargs)", "Simplify each component."),
	vectorEachMethod("trigsimp", "(**opts)", "Simplify the trigonometric functions of each component."),
	vectorEachMethod("factor", "(*args, **kwargs)", "Factor each component."),
	vectorEachMethod("evalf", "(*args, **kwargs)", "Evaluate each component numerically."),
	vectorEachMethod("n", "(*args, **kwargs)", "Evaluate each component numerically."),
	vectorEachMethod("doit", "(**hints)", "Evaluate the unevaluated objects of each component."),
}

var vectorMethodIndex = map[string]*binding{}

func init() {
	for _, b := range vectorMethods {
		vectorMethodIndex[b.Name] = b
	}
}

// vectorAPIText lists the public attributes of SymPy's vectors,
// coordinate systems and Del ("Class name" lines), written by
// testdata/gen_vector_api.py: asking for one dcalc does not have is
// NotImplementedError, not an AttributeError that would suggest a typo.
//
//go:embed testdata/vector_api.txt
var vectorAPIText string

// refuseVectorAttr raises NotImplementedError when SymPy's class has
// the attribute name.
func refuseVectorAttr(class, typ, name string) {
	if strings.Contains("\n"+vectorAPIText, "\n"+class+" "+name+"\n") {
		throw("NotImplementedError", "dcalc does not implement %s.%s yet", typ, name)
	}
}

// vectorAttr is an attribute of a vector, a coordinate system or Del.
func (in *interp) vectorAttr(v Value, name string) (Value, bool) {
	switch x := v.(type) {
	case *vectorValue:
		return in.vectorValueAttr(x, name)
	case *coordSysValue:
		return coordSysAttr(x, name)
	case *paramRegion:
		return in.paramRegionAttr(x, name)
	case *delValue:
		switch name {
		case "gradient", "dot", "cross", "__call__":
			return &BoundMethod{Recv: x, Name: name, Fn: func(in *interp, _ Value, args []Value, kw []kwArg) Value {
				return in.delApply(name, args, kw)
			}}, true
		}
		refuseVectorAttr("Del", "Del", name)
		return nil, false
	}
	return nil, false
}

func (in *interp) vectorValueAttr(x *vectorValue, name string) (Value, bool) {
	ts := x.v.Terms()
	switch name {
	case "components":
		d := newDict()
		for _, t := range ts {
			d.Set(vec(engine.BaseVec(t.Sys, t.Index)), t.Coef)
		}
		return d, true
	case "measure_number", "base_vector":
		if len(ts) == 1 && x.className() == "VectorMul" {
			if name == "measure_number" {
				return ts[0].Coef, true
			}
			return vec(engine.BaseVec(ts[0].Sys, ts[0].Index)), true
		}
	case "system":
		if x.className() == "BaseVector" {
			return &coordSysValue{c: ts[0].Sys}, true
		}
	case "zero":
		return vec(engine.ZeroVector), true
	case "free_symbols":
		s := newSet()
		for _, t := range ts {
			s.Add(vec(engine.BaseVec(t.Sys, t.Index)))
			for _, sym := range engine.FreeSymbols(t.Coef) {
				s.Add(sym)
			}
		}
		return s, true
	}
	if b, ok := vectorMethodIndex[name]; ok {
		return b.method(x), true
	}
	refuseVectorAttr("Vector", x.className(), name)
	return nil, false
}

func coordSysAttr(x *coordSysValue, name string) (Value, bool) {
	c := x.c
	for k, n := range c.VarNames() {
		if n == name {
			return c.Scalars()[k], true
		}
	}
	for k, n := range c.VecNames() {
		if n == name {
			return vec(engine.BaseVec(c, k)), true
		}
	}
	tuple := func(f func(k int) Value) Value {
		return &BoundMethod{Recv: x, Name: name, Fn: func(in *interp, _ Value, args []Value, kw []kwArg) Value {
			nargs(name, args, 0, 0)
			items := make([]Value, 3)
			for k := range items {
				items[k] = f(k)
			}
			return &Tuple{Items: items}
		}}
	}
	switch name {
	case "base_vectors":
		return tuple(func(k int) Value { return vec(engine.BaseVec(c, k)) }), true
	case "base_scalars":
		return tuple(func(k int) Value { return c.Scalars()[k] }), true
	case "lame_coefficients":
		return tuple(func(k int) Value { return c.Lame()[k] }), true
	}
	refuseVectorAttr("CoordSys3D", "CoordSys3D", name)
	return nil, false
}

// delApply is Del's gradient (also its call), dot and cross, all with
// doit=False unless given.
func (in *interp) delApply(name string, args []Value, kw []kwArg) Value {
	nargs(name, args, 1, 2)
	doit := false
	if len(args) == 2 {
		doit = in.truth(args[1], nil)
	}
	for _, k := range kw {
		if k.Name != "doit" {
			throw("TypeError", "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		doit = in.truth(k.Value, nil)
	}
	switch name {
	case "dot":
		return in.divergence(args[0], doit)
	case "cross":
		return in.curl(args[0], doit)
	}
	return in.gradient(args[0], doit)
}
