package grammar

import (
	"os"
	"testing"
)

// BenchmarkParseNotebook parses the 2,000-line notebook workload.
func BenchmarkParseNotebook(b *testing.B) {
	src, err := os.ReadFile("../cmd/dcalc/testdata/bench/w7_notebook.dcalc")
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse("w7", string(src)); err != nil {
			b.Fatal(err)
		}
	}
}
