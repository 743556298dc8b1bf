package mpf

import (
	"bufio"
	"math/big"
	"os"
	"strings"
	"testing"
)

// TestGammaGolden checks Gamma, LogGamma and Polygamma against mpmath
// 1.3.0's values (testdata/gamma.txt, written by testdata/gen_gamma.py),
// printed to the precision's digits as mpmath's str() prints them.
func TestGammaGolden(t *testing.T) {
	fh, err := os.Open("testdata/gamma.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		var got Float
		var p int
		switch f[0] {
		case "gamma", "loggamma":
			p = atoi(t, f[2])
			x := mustParse(t, f[1], p)
			if f[0] == "gamma" {
				got = Gamma(x, p)
			} else {
				got = LogGamma(x, p)
			}
		case "psi":
			p = atoi(t, f[3])
			got = Polygamma(atoi(t, f[1]), mustParse(t, f[2], p), p)
		}
		want := f[len(f)-1]
		if s := Format(got, PrecToDps(p), true); s != want {
			t.Errorf("%s: got %s", strings.Join(f, " "), s)
		}
		n++
	}
	if n < 500 {
		t.Fatalf("only %d cases", n)
	}
}

// TestGammaPoles checks the values the functions do not take.
func TestGammaPoles(t *testing.T) {
	for _, s := range []string{"0", "-1", "-7", "1e16", "-1e16"} {
		x := mustParse(t, s, 53)
		if g := Gamma(x, 53); !g.IsNaN() {
			t.Errorf("Gamma(%s) = %v, want NaN", s, g)
		}
		if g := Polygamma(1, x, 53); !g.IsNaN() {
			t.Errorf("Polygamma(1, %s) = %v, want NaN", s, g)
		}
	}
	if g := LogGamma(mustParse(t, "-0.5", 53), 53); !g.IsNaN() {
		t.Errorf("LogGamma(-0.5) = %v, want NaN", g)
	}
}

// TestBernoulli checks the first Bernoulli numbers against their
// well-known values and B_2k for larger k against the recurrence
// sum_{j<m} C(m+1, j) B_j = -(m+1) B_m.
func TestBernoulli(t *testing.T) {
	want := []string{"1", "1/6", "-1/30", "1/42", "-1/30", "5/66", "-691/2730", "7/6", "-3617/510"}
	b := Bernoulli2k(len(want))
	for k, w := range want {
		if b[k].RatString() != w {
			t.Errorf("B_%d = %s, want %s", 2*k, b[k].RatString(), w)
		}
	}
	// the recurrence for m = 2n: B_1 = -1/2, odd ones beyond vanish
	n := 30
	b = Bernoulli2k(n + 1)
	m := int64(2 * n)
	s := new(big.Rat)
	for j := int64(0); j < m; j++ {
		var bj *big.Rat
		switch {
		case j == 1:
			bj = big.NewRat(-1, 2)
		case j%2 == 1:
			continue
		default:
			bj = b[j/2]
		}
		c := new(big.Rat).SetInt(new(big.Int).Binomial(m+1, j))
		s.Add(s, c.Mul(c, bj))
	}
	if s.Add(s, new(big.Rat).Mul(big.NewRat(m+1, 1), b[n])).Sign() != 0 {
		t.Errorf("B_%d fails the recurrence", m)
	}
}
