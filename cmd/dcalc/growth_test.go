package main

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dcalc/dcalc/grammar"
	"github.com/dcalc/dcalc/session"
)

// growthFamilies are the programs whose cost is measured against their
// size n for the log-log table in docs/benchmarks.md (.ci/growth.py runs
// BenchmarkGrowth and fits the exponents).
var growthFamilies = []struct {
	name  string
	sizes []int
	prog  func(n int) string
}{
	{"diff/chain-depth", []int{10, 20, 40, 80, 160}, func(n int) string {
		// sin(cos(log(... x ...))): each level one more function
		return "x = symbols('x')\nf = x\nfor k in range(" + fmt.Sprint(n) + "):\n    f = [sin, cos, exp][k % 3](f)\nd = diff(f, x)\n"
	}},
	{"diff/product-length", []int{25, 50, 100, 200, 400}, func(n int) string {
		return "x = symbols('x')\np = 1\nfor k in range(1, " + fmt.Sprint(n+1) + "):\n    p = p*sin(k*x)\nd = diff(p, x)\n"
	}},
	{"diff/order", []int{2, 4, 8, 16, 32}, func(n int) string {
		return "x = symbols('x')\nd = diff(exp(sin(x))*x**3, x, " + fmt.Sprint(n) + ")\n"
	}},
	{"expand/power", []int{5, 10, 20, 30, 40}, func(n int) string {
		return "x, y, z = symbols('x y z')\ne = expand((x + y + z + 1)**" + fmt.Sprint(n) + ")\n"
	}},
	{"jacobian/n", []int{5, 10, 20, 40, 80}, func(n int) string {
		// every entry depends on every variable through the sum S
		return "n = " + fmt.Sprint(n) + "\nX = symbols('x0:%d' % n)\nS = sum(X)\n" +
			"F = Matrix([sin(X[i])*S + X[i]**2 for i in range(n)])\nJ = F.jacobian(X)\n"
	}},
}

// BenchmarkGrowth runs each growth family at each size in a fresh
// session (parsing included; for these programs it is a few lines).
func BenchmarkGrowth(b *testing.B) {
	for _, fam := range growthFamilies {
		for _, n := range fam.sizes {
			src := []byte(fam.prog(n))
			b.Run(fmt.Sprintf("%s/n=%d", fam.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					s := session.New(io.Discard, session.Options{})
					if err := s.ExecSource("growth.py", src); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
	// parsing alone: n lines of the w7 notebook's kind
	for _, n := range []int{250, 500, 1000, 2000, 4000} {
		var sb strings.Builder
		for k := 0; k < n; k++ {
			fmt.Fprintf(&sb, "f = x**%d*sin(%d*x) + -%d*exp(x/%d) + log(x + %d)\n", k%7+1, k%5+1, k%9, k%4+2, k%6+1)
		}
		src := sb.String()
		b.Run(fmt.Sprintf("parse/lines/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := grammar.Parse("growth.py", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
