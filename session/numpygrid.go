package session

import (
	"math"
	"math/big"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// np.mgrid, np.isscalar, np.atleast_1d, np.atleast_2d, np.swapaxes and
// np.diagonal.

// mgridValue is np.mgrid: indexing it with slices makes the dense grid,
// a complex step (-2:2:5j) meaning a number of points, ends included.
type mgridValue struct{}

// mgridAxis is one slice of an mgrid index: its size, start and step,
// and whether it makes floats.
type mgridAxis struct {
	n           int
	start, step float64
	istart, ist int64
	float       bool
}

func (in *interp) mgridAxis(s *sliceValue) mgridAxis {
	num := func(v Value, def float64) (float64, bool, bool) {
		switch x := v.(type) {
		case nil, *noneType:
			return def, false, false
		case *big.Int:
			return float64(x.Int64()), false, false
		case bool:
			return map[bool]float64{true: 1}[x], false, false
		case float64:
			return x, true, false
		case complex128:
			return math.Abs(imag(x)) + 0*real(x), true, true
		}
		throw("NotImplementedError", "dcalc's np.mgrid takes numbers in its slices, not %s", in.repr(v))
		return 0, false, false
	}
	start, f1, _ := num(s.Lo, 0)
	stop, f2, _ := num(s.Hi, 0)
	step, f3, cplx := num(s.Step, 1)
	if s.Hi == nil || s.Hi == none {
		throw("NotImplementedError", "dcalc's np.mgrid needs the stop of each slice")
	}
	if cplx {
		if c, ok := s.Step.(complex128); ok {
			step = math.Hypot(real(c), imag(c))
		}
		n := int(step)
		d := step
		if n != 1 {
			d = (stop - start) / float64(n-1)
		}
		return mgridAxis{n: n, start: start, step: d, float: true}
	}
	n := int(math.Ceil((stop - start) / step))
	return mgridAxis{n: max(n, 0), start: start, step: step, istart: int64(start), ist: int64(step), float: f1 || f2 || f3}
}

func (g *mgridValue) getItem(in *interp, idx Value) Value {
	if s, ok := idx.(*sliceValue); ok {
		ax := in.mgridAxis(s)
		return ax.values(ax.float, []int{ax.n}, 0)
	}
	t, ok := idx.(*Tuple)
	if !ok {
		throw("NotImplementedError", "dcalc's np.mgrid takes slices")
	}
	axes := make([]mgridAxis, len(t.Items))
	shape := []int{len(t.Items)}
	float := false
	for i, it := range t.Items {
		s, ok := it.(*sliceValue)
		if !ok {
			throw("NotImplementedError", "dcalc's np.mgrid takes slices")
		}
		axes[i] = in.mgridAxis(s)
		shape = append(shape, axes[i].n)
		float = float || axes[i].float
	}
	var parts []*ndarray.Array
	for k := range axes {
		parts = append(parts, axes[k].values(float, shape[1:], k))
	}
	size := 1
	for _, d := range shape[1:] {
		size *= d
	}
	if float {
		data := make([]float64, 0, len(axes)*size)
		for _, p := range parts {
			data = append(data, p.Float64s()...)
		}
		return ndarray.Floats(shape, data)
	}
	data := make([]int64, 0, len(axes)*size)
	for _, p := range parts {
		data = append(data, p.Int64s()...)
	}
	return ndarray.Ints(shape, data)
}

// values is the grid's coordinate along axis k over shape: index times
// step plus start, as NumPy's nd_grid computes it.
func (ax mgridAxis) values(float bool, shape []int, k int) *ndarray.Array {
	size := 1
	for _, d := range shape {
		size *= d
	}
	stride := 1
	for _, d := range shape[k+1:] {
		stride *= d
	}
	if float {
		out := make([]float64, size)
		for j := range out {
			i := float64((j / stride) % shape[k])
			out[j] = float64(i*ax.step) + ax.start
		}
		return ndarray.Floats(append([]int(nil), shape...), out)
	}
	out := make([]int64, size)
	for j := range out {
		out[j] = int64((j/stride)%shape[k])*ax.ist + ax.istart
	}
	return ndarray.Ints(append([]int(nil), shape...), out)
}

// numpyGridRows are np.isscalar, np.atleast_1d, np.atleast_2d,
// np.swapaxes and np.diagonal.
var numpyGridRows = []*binding{
	{Name: "isscalar", Sig: "(element)", Doc: "Whether element is a scalar: a Python or SymPy number, a string, a NumPy scalar.",
		Fn: func(in *interp, a *callArgs) Value {
			switch x := a.Get("element").(type) {
			case *big.Int, float64, complex128, bool, string:
				return true
			case *ndarray.Array:
				return false
			case engine.Expr:
				// SymPy registers its numbers with numbers.Number
				return engine.IsNumber(x)
			}
			return false
		}},
	{Name: "atleast_1d", Sig: "(*arys)", Doc: "Each argument as an array of at least one dimension.",
		Fn: func(in *interp, a *callArgs) Value { return in.atleast(a.Rest(), 1) }},
	{Name: "atleast_2d", Sig: "(*arys)", Doc: "Each argument as an array of at least two dimensions (a vector as one row).",
		Fn: func(in *interp, a *callArgs) Value { return in.atleast(a.Rest(), 2) }},
	{Name: "swapaxes", Sig: "(a, axis1, axis2)", Doc: "The array with two axes interchanged.",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			nd := x.NDim()
			i, j := normAxisArg(in, a.Get("axis1"), nd), normAxisArg(in, a.Get("axis2"), nd)
			perm := make([]int, nd)
			for k := range perm {
				perm[k] = k
			}
			perm[i], perm[j] = perm[j], perm[i]
			return x.Permute(perm)
		}},
	{Name: "diagonal", Sig: "(a, offset=0, axis1=0, axis2=1)", Honours: "offset", Doc: "The diagonal of a 2-d array (offset above or below).",
		Fn: func(in *interp, a *callArgs) Value {
			x := in.npArg(a, "a")
			if x.NDim() != 2 {
				throw("NotImplementedError", "dcalc's np.diagonal takes 2-d arrays")
			}
			off := int(in.toIndex(a.Or("offset", big.NewInt(0))))
			r, c := x.Shape()[0], x.Shape()[1]
			var idx []Value
			var jdx []Value
			for i := 0; i < r; i++ {
				j := i + off
				if j >= 0 && j < c {
					idx, jdx = append(idx, big.NewInt(int64(i))), append(jdx, big.NewInt(int64(j)))
				}
			}
			if len(idx) == 0 {
				return ndarray.Zeros(x.DType(), []int{0})
			}
			return in.getItem(x, &Tuple{Items: []Value{&List{Items: idx}, &List{Items: jdx}}})
		}},
}

// normAxisArg is an axis number, negative ones counted from the end,
// with NumPy's AxisError.
func normAxisArg(in *interp, v Value, nd int) int {
	k := int(in.toIndex(v))
	if k < -nd || k >= nd {
		throw("AxisError", "axis %d is out of bounds for array of dimension %d", k, nd)
	}
	if k < 0 {
		k += nd
	}
	return k
}

// atleast is np.atleast_1d/2d of arys: one array, or a list of them.
func (in *interp) atleast(arys []Value, n int) Value {
	out := make([]Value, len(arys))
	for i, v := range arys {
		x := in.toArray(v)
		switch {
		case x.NDim() == 0:
			shape := []int{1}
			if n == 2 {
				shape = []int{1, 1}
			}
			x = x.Reshape(shape)
		case x.NDim() == 1 && n == 2:
			x = x.Reshape([]int{1, x.Size()})
		}
		out[i] = x
	}
	if len(out) == 1 {
		return out[0]
	}
	return &List{Items: out}
}
