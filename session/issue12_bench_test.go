package session

import (
	"encoding/json"
	"io"
	"os"
	"testing"
)

// BenchmarkIssue12 runs issue 12's speed workloads (factor of a degree-40
// bivariate polynomial, solve of a 3x3 polynomial gradient system,
// eigenvalues of a 6x6 symbolic Hessian, simplify of a derivative), each
// in a fresh session; .ci/bench_issue12.py times the same programs
// (testdata/bench_issue12.json) under SymPy.
func BenchmarkIssue12(b *testing.B) {
	data, err := os.ReadFile("testdata/bench_issue12.json")
	if err != nil {
		b.Fatal(err)
	}
	var progs map[string]string
	if err := json.Unmarshal(data, &progs); err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"factor40", "solve3x3", "eigenvals6", "simplify50"} {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				s := New(io.Discard, Options{})
				if err := s.ExecFile("bench.py", progs[name]+"\n"); err != nil {
					b.Fatal(s.FormatException(err))
				}
			}
		})
	}
}
