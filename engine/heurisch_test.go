package engine

import (
	"math"
	"strings"
	"testing"
)

// TestHeurischDifferentiatesBack checks heurisch's answers by the
// defining property: each antiderivative differentiates back to its
// integrand, compared numerically at several points (the forms differ:
// x*sinh(x)**2 against x*cosh(x)**2 - x).
func TestHeurischDifferentiatesBack(t *testing.T) {
	x := symX("x")
	for _, in := range []string{
		"sin(2*x)*cos(3*x)", "sin(3*x)*sin(5*x)", "cosh(x)**2", "sinh(x)**2", "x*atan(x)",
		"x*asin(x)", "x*exp(x)*sin(x)", "tanh(x)", "1/(cos(x) + 1)", "x**2*atan(x)",
		"exp(2*x)*sinh(3*x)", "x*cos(x)*cosh(x)", "sin(x)*sinh(x)", "cos(x)**2*exp(-2*x)*sinh(x)",
		"tanh(x)**2", "1/sqrt(1/x)", "1/cosh(x)", "1/sinh(x)", "1/(1 + cosh(x))", "sqrt(x)/(x + 1)",
		"x**2*exp(-x**2)", "x**4*exp(-x**2/2)", "(x**2 + 1)*exp(-3*x**2)", "x**2*exp(x**2)", "x**6*exp(x**2/3)",
	} {
		checkDifferentiatesBack(t, "heurisch", heurischIntegrate, in, x, 0.3, 0.55, 0.83)
	}
}

// checkDifferentiatesBack integrates the integrand in with integrate
// and checks that the antiderivative's derivative equals it at the
// points (numerically: the forms differ).
func checkDifferentiatesBack(t *testing.T, name string, integrate func(Expr, *Symbol) (Expr, bool), in string, x *Symbol, points ...float64) {
	t.Helper()
	f := mustParse(in)
	F, ok := integrate(f, x)
	if !ok {
		t.Errorf("%s(%s) gave up", name, in)
		return
	}
	d := mustDiff(F, x)
	for _, p := range points {
		at := [][2]Expr{{x, NewFloat(p, 53)}}
		a, ok1 := realValue(SubsPairs(d, at))
		b, ok2 := realValue(SubsPairs(f, at))
		if !ok1 || !ok2 || math.Abs(a-b) > 1e-9*(1+math.Abs(b)) {
			t.Errorf("d/dx of %s(%s) = %s: %v at %v, the integrand %v", name, in, Str(F), a, p, b)
		}
	}
}

// TestGaussianIntegralsDifferentiateBack checks integrate's answers for
// a polynomial times exp(a*x**2), elementary (risch's differential
// equation solved) or not (heurisch with the erf and erfi hints), by
// differentiating them back at several points.
func TestGaussianIntegralsDifferentiateBack(t *testing.T) {
	x := symX("x")
	for _, in := range []string{
		"x**3*exp(-x**2)", "x**5*exp(-x**2)", "(x**3 + x)*exp(-2*x**2)", "x**7*exp(x**2/2)",
		"x**2*exp(-x**2)", "x**2*exp(-x**2) + x**3*exp(-x**2)", "x**2*exp(-x**2) + x", "(2*x**4 - x + 3)*exp(-x**2/5)",
		"sqrt(2)*x**3*exp(-x**2)/sqrt(pi)", "(x - 1)*exp(x**2)",
	} {
		checkDifferentiatesBack(t, "integrate", integ, in, x, -0.7, 0.3, 1.9)
	}
}

// TestHeurischSeedDependent checks that an integral whose heurisch
// answer changes with Python's hash seed in SymPy (sinh(x)*cosh(x) is
// cosh(x)**2/2 in some runs, sinh(x)**2/2 in others; x*sin(x)**2 ends
// in sin(x)**2/4 or -cos(x)**2/4) raises NotImplementedError rather than
// print one of them, and that one whose linear system leaves a choice
// the numbering does not affect (cosh(x)**2) is answered.
func TestHeurischSeedDependent(t *testing.T) {
	x := symX("x")
	for _, in := range []string{"sinh(x)*cosh(x)", "x*sin(x)**2", "exp(x)*sinh(x)"} {
		_, err := func() (F Expr, err error) {
			defer recoverTo(&err)
			return Integrate(mustParse(in), x), nil
		}()
		if err == nil || !strings.Contains(err.Error(), "hash seed") {
			t.Errorf("integrate(%s): got error %v, want NotImplementedError about the hash seed", in, err)
		}
	}
	if got, want := Str(Integrate(mustParse("cosh(x)**2"), x)), "-x*sinh(x)**2/2 + x*cosh(x)**2/2 + sinh(x)*cosh(x)/2"; got != want {
		t.Errorf("integrate(cosh(x)**2) = %s, want %s (SymPy 1.14, every hash seed)", got, want)
	}
}

// TestDefiniteAcrossTrigZeros checks the continuity test of definite
// integrals for antiderivatives with tan, log(cos) or 1/(1 + cos): inside
// a stretch free of the zeros of cos(x) (or of 1 + cos(x), ...) the
// value is F(b) - F(a) (checked against the known value), and across a
// zero the integral stays unevaluated.
func TestDefiniteAcrossTrigZeros(t *testing.T) {
	x := symX("x")
	for _, c := range []struct {
		f, a, b string
		want    float64
	}{
		{"tan(x)", "0", "pi/4", math.Log(2) / 2},
		{"sec(x)**2", "0", "pi/3", math.Sqrt(3)},
		{"1/(1 + cos(x))", "0", "pi/2", 1},
		{"1/(1 + sin(x))", "-pi/4", "pi/4", 2}, // tan(x) - sec(x) from 1 - sqrt(2) down to -1 - sqrt(2)
		// -log(cos(x)) between two points where cos is negative
		{"tan(x)", "pi/2 + 1/10", "pi - 1/10", math.Log(math.Sin(0.1)) - math.Log(math.Cos(0.1))},
	} {
		r := IntegrateDefinite(mustParse(c.f), x, mustParse(c.a), mustParse(c.b))
		v, ok := realValue(r)
		if !ok || !(math.Abs(v-c.want) <= 1e-12) {
			t.Errorf("integrate(%s, (x, %s, %s)) = %s, want %v", c.f, c.a, c.b, Str(r), c.want)
		}
	}
	for _, c := range [][3]string{{"tan(x)", "0", "pi"}, {"sec(x)**2", "0", "pi"}, {"1/(1 + cos(x))", "3", "4"}} {
		if r := IntegrateDefinite(mustParse(c[0]), x, mustParse(c[1]), mustParse(c[2])); !isCallOf(r, IntegralDef) {
			t.Errorf("integrate(%s, (x, %s, %s)) = %s across a pole, want it unevaluated", c[0], c[1], c[2], Str(r))
		}
	}
}
