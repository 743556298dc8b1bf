package session

import (
	"io"
	"testing"
)

// TestDomainDisplay: a polys domain is not one of the objects IPython's
// SymPy display takes (Domain is not Printable, so _can_print is False):
// an Out value holding one shows its repr, while pprint draws it (SymPy's
// pretty gives ℤ[a] for the same value).
func TestDomainDisplay(t *testing.T) {
	s := New(io.Discard, Options{Pretty: true})
	r := s.RunCell("x, a = symbols('x a')\np = Poly(a*x**2 + x, x)\np.domain, p.degree()")
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if got := s.FormatValueWith(r.Value, true); got != "(ZZ[a], 2)" {
		t.Errorf("Out of (p.domain, p.degree()) = %q, want (ZZ[a], 2)", got)
	}
	r = s.RunCell("pretty(p.domain), pretty(QQ)")
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if got := s.FormatValueWith(r.Value, false); got != "('ℤ[a]', 'ℚ')" {
		t.Errorf("pretty of the domains = %q, want ('ℤ[a]', 'ℚ')", got)
	}
}
