package main

import (
	"bytes"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// workloadProofs are the proof values SymPy prints for the shared
// performance workloads (testdata/bench/README.md): integers must match
// exactly, floats to about 1e-8 relative.
var workloadProofs = map[string][]string{
	"w0_startup":      {"17"},
	"w1_deep_chain":   {"0.001555333724", "0.0003340382827"},
	"w2_high_order":   {"-687924252.4"},
	"w3_long_product": {"200", "9.900074770e-56"},
	"w4_hessian":      {"0.9909805445", "8.349008643", "119.5750301"},
	"w5_jacobian":     {"355", "80.29675160"},
	"w6_expand":       {"1771", "1540", "1330", "618797167205970620"},
	"w7_notebook":     {"352.5948035"},
	"w8_big_tree":     {"130", "-3.169081770e-38"},
	"w9_expand4":      {"46376", "40920", "35960", "125462644412654333612778175750470"},
}

// proofLines returns the stdout lines that are a single number.
func proofLines(out string) []string {
	var ps []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if _, err := strconv.ParseFloat(l, 64); err == nil && l != "" {
			ps = append(ps, l)
		}
	}
	return ps
}

func proofsMatch(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if !strings.ContainsAny(want[i], ".e") {
			if got[i] != want[i] {
				return false
			}
			continue
		}
		g, _ := strconv.ParseFloat(got[i], 64)
		w, _ := strconv.ParseFloat(want[i], 64)
		if math.Abs(g-w) > 1e-8*math.Max(math.Abs(w), 1e-300) {
			return false
		}
	}
	return true
}

// BenchmarkWorkload runs each shared workload through the same path as
// `dcalc FILE` and checks its proof values:
//
//	go test ./cmd/dcalc -run XXX -bench Workload -benchtime 1x
func BenchmarkWorkload(b *testing.B) {
	files, _ := filepath.Glob("testdata/bench/w*.dcalc")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".dcalc")
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var out, errb bytes.Buffer
				if st := run([]string{f}, strings.NewReader(""), &out, &errb); st != 0 {
					b.Fatalf("exit %d: %s", st, errb.String())
				}
				if got := proofLines(out.String()); !proofsMatch(got, workloadProofs[name]) {
					b.Fatalf("proof values %v, want %v", got, workloadProofs[name])
				}
			}
		})
	}
}
