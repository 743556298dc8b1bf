package session

import (
	"math"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/session/ndarray"
)

// NumPy's floating-point error handling (np.seterr, np.geterr,
// np.errstate): what a division by zero, an overflow or an invalid
// operation in an array operation does: warn (NumPy's default), ignore,
// or raise FloatingPointError. Underflow is ignored by default and
// dcalc does not detect it.

// npErrKinds are the categories in the order NumPy's dicts list them.
var npErrKinds = []string{"divide", "over", "under", "invalid"}

// npErrDefaults is NumPy's default state.
var npErrDefaults = map[string]string{"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}

// npErrModes are the modes dcalc carries out.
var npErrModes = map[string]bool{"ignore": true, "warn": true, "raise": true}

// npErrMode is the mode for a warning message of ndarray's Flags.
func (in *interp) npErrMode(msg string) string {
	kind := "invalid"
	switch {
	case strings.HasPrefix(msg, "divide"):
		kind = "divide"
	case strings.HasPrefix(msg, "overflow"):
		kind = "over"
	}
	if m, ok := in.s.npErr[kind]; ok {
		return m
	}
	return npErrDefaults[kind]
}

// npErrState is the current state as np.geterr's dict.
func (in *interp) npErrState() *Dict {
	d := newDict()
	for _, k := range npErrKinds {
		m := npErrDefaults[k]
		if v, ok := in.s.npErr[k]; ok {
			m = v
		}
		d.Set(k, m)
	}
	return d
}

// setNpErr applies seterr's keywords and returns the old state.
func (in *interp) setNpErr(a *callArgs) *Dict {
	old := in.npErrState()
	next := map[string]string{}
	for _, k := range npErrKinds {
		next[k], _ = old.mustGet(k).(string)
	}
	set := func(kind string, v Value) {
		if v == nil || v == none {
			return
		}
		m, ok := v.(string)
		if !ok || !npErrModes[m] && !map[string]bool{"call": true, "print": true, "log": true}[m] {
			// NumPy looks the mode up in its table of modes
			throw("KeyError", "%s", in.repr(v))
		}
		if !npErrModes[m] {
			throw("NotImplementedError", "dcalc's numpy error handling does ignore, warn and raise, not %s", strRepr(m))
		}
		next[kind] = m
	}
	if all := a.Get("all"); all != nil && all != none {
		for _, k := range npErrKinds {
			set(k, all)
		}
	}
	for _, k := range npErrKinds {
		set(k, a.Get(k))
	}
	in.s.npErr = next
	return old
}

// mustGet is d[k] for a key d has.
func (d *Dict) mustGet(k Value) Value {
	v, _ := d.Get(k)
	return v
}

// numpyErrRows are np.seterr, np.geterr, np.errstate, np.finfo and
// np.iinfo.
var numpyErrRows = []*binding{
	{Name: "seterr", Sig: "(all=None, divide=None, over=None, under=None, invalid=None)", Honours: "all divide over under invalid",
		Doc: "Set how floating-point errors are handled; returns the old settings.",
		Fn:  func(in *interp, a *callArgs) Value { return in.setNpErr(a) }},
	{Name: "geterr", Sig: "()", Doc: "How floating-point errors are handled, by category.",
		Fn: func(in *interp, a *callArgs) Value { return in.npErrState() }},
	{Name: "errstate", Sig: "(*, all=None, divide=None, over=None, under=None, invalid=None, call=None)", Honours: "all divide over under invalid",
		Doc: "A context manager for seterr: with np.errstate(divide='ignore'): ...",
		Fn: func(in *interp, a *callArgs) Value {
			var saved map[string]string
			o := &pyObject{Type: "errstate", Repr: "<numpy.errstate object at " + fakeAddress(in.nextObjectID()) + ">", Qual: "numpy.errstate", Attrs: map[string]Value{}}
			o.Attrs["__enter__"] = &Builtin{Name: "__enter__", Fn: func(in *interp, args []Value, kw []kwArg) Value {
				saved = in.s.npErr
				in.setNpErr(a)
				return none
			}}
			o.Attrs["__exit__"] = &Builtin{Name: "__exit__", Fn: func(in *interp, args []Value, kw []kwArg) Value {
				in.s.npErr = saved
				return none
			}}
			return o
		}},
	{Name: "finfo", Sig: "(dtype)", Doc: "Machine limits of float64 (eps, max, min, tiny, resolution).",
		Fn: func(in *interp, a *callArgs) Value {
			if !in.isFloat64Type(a.Get("dtype")) {
				throw("NotImplementedError", "dcalc's numpy.finfo describes float64 only")
			}
			attrs := map[string]Value{
				"eps": math.Nextafter(1, 2) - 1, "max": math.MaxFloat64, "min": -math.MaxFloat64,
				"tiny": 2.2250738585072014e-308, "smallest_normal": 2.2250738585072014e-308, "smallest_subnormal": 5e-324,
				"resolution": 1e-15, "epsneg": 1 - math.Nextafter(1, 0), "precision": bigInt(15), "bits": bigInt(64),
				"nmant": bigInt(52), "nexp": bigInt(11), "maxexp": bigInt(1024), "minexp": bigInt(-1022),
				"dtype": &npDType{dt: ndarray.Float64},
			}
			return &pyObject{Type: "finfo", Repr: "finfo(resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308, dtype=float64)",
				Qual: "numpy.finfo", Attrs: attrs, Str: finfoTable}
		}},
	{Name: "iinfo", Sig: "(int_type)", Doc: "Machine limits of int64 (min, max, bits).",
		Fn: func(in *interp, a *callArgs) Value {
			if !in.isInt64Type(a.Get("int_type")) {
				throw("NotImplementedError", "dcalc's numpy.iinfo describes int64 only")
			}
			return &pyObject{Type: "iinfo", Repr: "iinfo(min=-9223372036854775808, max=9223372036854775807, dtype=int64)", Qual: "numpy.iinfo",
				Str:   "Machine parameters for int64\n---------------------------------------------------------------\nmin = -9223372036854775808\nmax = 9223372036854775807\n---------------------------------------------------------------\n",
				Attrs: map[string]Value{"min": bigInt(math.MinInt64), "max": bigInt(math.MaxInt64), "bits": bigInt(64), "dtype": &npDType{dt: ndarray.Int64}}}
		}},
}

// isFloat64Type reports whether finfo's argument names float64: the
// type, the dtype, a float or a float array.
func (in *interp) isFloat64Type(v Value) bool {
	switch x := v.(type) {
	case float64:
		return true
	case *ndarray.Array:
		return x.DType() == ndarray.Float64
	}
	dt, ok := in.dtypeOf(v)
	return ok && dt == ndarray.Float64
}

// isInt64Type reports whether iinfo's argument names int64.
func (in *interp) isInt64Type(v Value) bool {
	switch x := v.(type) {
	case *big.Int:
		return true
	case *ndarray.Array:
		return x.DType() == ndarray.Int64
	}
	dt, ok := in.dtypeOf(v)
	return ok && dt == ndarray.Int64
}

// finfoTable is str(np.finfo(float)), NumPy 1.24's table.
const finfoTable = `Machine parameters for float64
---------------------------------------------------------------
precision =  15   resolution = 1.0000000000000001e-15
machep =    -52   eps =        2.2204460492503131e-16
negep =     -53   epsneg =     1.1102230246251565e-16
minexp =  -1022   tiny =       2.2250738585072014e-308
maxexp =   1024   max =        1.7976931348623157e+308
nexp =       11   min =        -max
smallest_normal = 2.2250738585072014e-308   smallest_subnormal = 4.9406564584124654e-324
---------------------------------------------------------------
`
