package grammar

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// TestGeneratedUpToDate checks that internal/gen was generated from the
// current Dcalc.g4.
func TestGeneratedUpToDate(t *testing.T) {
	g4, err := os.ReadFile("Dcalc.g4")
	if err != nil {
		t.Fatal(err)
	}
	stamp, err := os.ReadFile("internal/gen/grammar.sha256")
	if err != nil {
		t.Fatalf("%v: run `go generate ./grammar`", err)
	}
	sum := sha256.Sum256(g4)
	got, want := strings.TrimSpace(string(stamp)), hex.EncodeToString(sum[:])
	if got != want {
		t.Fatalf("internal/gen is stale: Dcalc.g4 has SHA-256 %s but the stamp says %s; run `go generate ./grammar` (needs Node)", want, got)
	}
}
