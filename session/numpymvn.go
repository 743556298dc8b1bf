package session

import (
	"math"

	"github.com/dcalc/dcalc/session/ndarray"
	"github.com/dcalc/dcalc/session/ndarray/linalg"
)

// This file binds multivariate_normal for both generators as NumPy
// computes it: standard normals of shape size + (n,), times a factor of
// the covariance from its SVD (RandomState: sqrt(s)[:, None] * vh; the
// Generator: u * sqrt(s), or the Cholesky or eigh factor by method=),
// plus the mean; a covariance that is not positive semi-definite warns
// (or raises, check_valid='raise').

func init() {
	randomTable = append(randomTable, &binding{Name: "multivariate_normal",
		Sig: "(mean, cov, size=None, check_valid='warn', tol=1e-8)", Honours: "size check_valid tol",
		Doc: "Samples of the multivariate normal distribution (rows of length len(mean)).",
		Fn:  func(in *interp, a *callArgs) Value { return in.multivariateNormal(a, in.random().Gauss, true) }})
	generatorTable = append(generatorTable, &binding{Name: "multivariate_normal",
		Sig: "(mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd')", Honours: "size check_valid tol method",
		Doc: "Samples of the multivariate normal distribution (method 'svd', 'eigh' or 'cholesky').",
		Fn:  func(in *interp, a *callArgs) Value { return in.multivariateNormal(a, genOf(a).Normal, false) }})
}

func (in *interp) multivariateNormal(a *callArgs, normal func() float64, legacy bool) Value {
	method := "svd"
	if !legacy {
		method = in.str(a.Or("method", "svd"))
		if method != "svd" && method != "eigh" && method != "cholesky" {
			throw("ValueError", "method must be one of {'eigh', 'svd', 'cholesky'}")
		}
	}
	mean, cov := in.npArg(a, "mean"), in.npArg(a, "cov")
	if mean.DType() == ndarray.Complex128 || cov.DType() == ndarray.Complex128 {
		throw("TypeError", "mean and cov must not be complex")
	}
	var shape []int
	if sz := a.Get("size"); sz != nil && sz != none {
		shape = in.shapeArg(sz)
	}
	if mean.NDim() != 1 {
		throw("ValueError", "mean must be 1 dimensional")
	}
	if cov.NDim() != 2 || cov.Shape()[0] != cov.Shape()[1] {
		throw("ValueError", "cov must be 2 dimensional and square")
	}
	n := mean.Shape()[0]
	if cov.Shape()[0] != n {
		throw("ValueError", "mean and cov must have same length")
	}
	final := append(append([]int(nil), shape...), n)
	xs := make([]float64, prodInts(final))
	for i := range xs {
		xs[i] = normal()
	}
	x := ndarray.Floats([]int{len(xs) / max(n, 1), n}, xs)
	cov = cov.AsType(ndarray.Float64)
	tol := in.toFloat(a.Or("tol", 1e-8))
	check := in.str(a.Or("check_valid", "warn"))
	var factor *ndarray.Array // x @ factor
	var psd bool
	switch method {
	case "svd":
		r := linalgCall(func() ([3]*ndarray.Array, error) {
			u, s, vh, err := linalg.SVD(cov, true, true)
			return [3]*ndarray.Array{u, s, vh}, err
		})
		u, s, vh := r[0], r[1], r[2]
		sv := s.Float64s()
		psd = allCloseTo(ndarray.MatMul(scaleCols(vh.Transpose(), sv), vh), cov, tol)
		root := make([]float64, n)
		for i, v := range sv {
			root[i] = math.Sqrt(v)
		}
		if legacy {
			factor = scaleRows(vh, root) // sqrt(s)[:, None] * vh
		} else {
			factor = scaleCols(u, root).Transpose() // (u * sqrt(s)).T
		}
	case "eigh":
		r := linalgCall(func() ([2]*ndarray.Array, error) {
			w, v, err := linalg.Eigh(cov, false, true)
			return [2]*ndarray.Array{w, v}, err
		})
		sv := r[0].Float64s()
		psd = true
		for _, v := range sv {
			psd = psd && !(v < -tol)
		}
		root := make([]float64, n)
		for i, v := range sv {
			root[i] = math.Sqrt(math.Abs(v))
		}
		factor = scaleCols(r[1], root).Transpose()
	default:
		l := linalgCall(func() (*ndarray.Array, error) { return linalg.Cholesky(cov) })
		factor, psd = l.Transpose(), true
	}
	if check != "ignore" && method != "cholesky" {
		if check != "warn" && check != "raise" {
			throw("ValueError", "check_valid must equal 'warn', 'raise', or 'ignore'")
		}
		if !psd {
			if check == "warn" {
				in.warnUp(0, "RuntimeWarning", "covariance is not symmetric positive-semidefinite.")
			} else {
				throw("ValueError", "covariance is not symmetric positive-semidefinite.")
			}
		}
	}
	prod := ndarray.MatMul(x, factor).Float64s()
	m := mean.AsType(ndarray.Float64).Float64s()
	out := make([]float64, len(prod))
	for i, v := range prod {
		if legacy {
			out[i] = v + m[i%n] // x += mean
		} else {
			out[i] = m[i%n] + v // mean + x @ factor.T
		}
	}
	return ndarray.Floats(final, out)
}

// scaleCols is a * c, each column j scaled by c[j] (a copy).
func scaleCols(a *ndarray.Array, c []float64) *ndarray.Array { return scaleBy(a, c, false) }

// scaleRows is c[:, None] * a, each row i scaled by c[i] (a copy).
func scaleRows(a *ndarray.Array, c []float64) *ndarray.Array { return scaleBy(a, c, true) }

func scaleBy(a *ndarray.Array, c []float64, rows bool) *ndarray.Array {
	a = a.AsType(ndarray.Float64)
	n, m := a.Shape()[0], a.Shape()[1]
	xs := a.Float64s()
	out := make([]float64, n*m)
	for i := range n {
		for j := range m {
			k := j
			if rows {
				k = i
			}
			out[i*m+j] = xs[i*m+j] * c[k]
		}
	}
	return ndarray.Floats([]int{n, m}, out)
}

// allCloseTo is np.allclose(a, b, rtol=tol, atol=tol).
func allCloseTo(a, b *ndarray.Array, tol float64) bool {
	xs, ys := a.AsType(ndarray.Float64).Float64s(), b.AsType(ndarray.Float64).Float64s()
	for i := range xs {
		if !(math.Abs(xs[i]-ys[i]) <= tol+tol*math.Abs(ys[i])) {
			return false
		}
	}
	return true
}
