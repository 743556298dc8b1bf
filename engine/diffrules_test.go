package engine

import "testing"

// TestDiffRulesRound2 pins rules found with the random corpus; expected
// strings come from SymPy 1.14.
func TestDiffRulesRound2(t *testing.T) {
	cases := []struct{ in, want string }{
		// _acosh_table
		{"acosh(1/2)", "I*pi/3"},
		{"acosh(-1/2)", "2*I*pi/3"},
		{"acosh(sqrt(2)*(1 - sqrt(3))/4)", "7*I*pi/12"},
		// Pow.as_base_exp: (1/q)**e is q**(-e) inside Mul and Pow
		{"x*(1/4)**t", "x/4**t"},
		{"((1/4)**t)**2", "4**(-2*t)"},
	}
	for _, c := range cases {
		if got := Str(mustParse(c.in)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.in, got, c.want)
		}
	}
	x, y, z := sym("x"), sym("y"), sym("z")
	dcases := []struct {
		in   string
		vars []VarCount
		want string
	}{
		// signsimp re-evaluates -1*(Add) left in a power base
		{"(z/3 + 1/3)*sqrt(-6*z**3 - 23)", []VarCount{{z, 2}}, "3*z*(-2*z + (z + 1)*(9*z**3/(6*z**3 + 23) - 2))/sqrt(-6*z**3 - 23)"},
		// gcd_terms keeps Float coefficients as factors
		{"log(tan(3.7*x - 1))", []VarCount{{x, 2}}, "-13.69*(tan(3.7*x - 1)**2 + 1)**2/tan(3.7*x - 1)**2 + 27.38*tan(3.7*x - 1)**2 + 27.38"},
		// Mul._gather rebuilds an unevaluated exponent
		{"10**(14*x*y**5 + 14*z**5)", []VarCount{{y, 2}}, "140*10**(14*x*y**5 + 14*z**5)*x*y**3*(35*x*y**5*log(10) + 2)*log(10)"},
		// factor_terms reaches Subs points
		{"f(3*x**2 - 6)", []VarCount{{x, 2}}, "6*(6*x**2*Subs(Derivative(f(_xi_1), (_xi_1, 2)), _xi_1, 3*(x**2 - 2)) + Subs(Derivative(f(_xi_1), _xi_1), _xi_1, 3*(x**2 - 2)))"},
	}
	for _, c := range dcases {
		got, err := Diff(mustParse(c.in), c.vars...)
		if err != nil || Str(got) != c.want {
			t.Errorf("diff(%s): got %v %v, want %s", c.in, got, err, c.want)
		}
	}
}
