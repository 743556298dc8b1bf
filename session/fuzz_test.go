package session

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The fuzz targets hold the interpreter to its robustness promise: bad
// input gets a Python-style exception and the session goes on; nothing
// crashes the process, and nothing runs on once it has been interrupted.
//
//	go test ./session -run XXX -fuzz FuzzRunCell -fuzztime 120s
//	go test ./session -run XXX -fuzz FuzzExecFile -fuzztime 120s
//
// Plain go test runs the seeds below (and testdata/fuzz/...), which must
// each finish quickly.

// fuzzPatience is how long an input may run before it is interrupted, and
// fuzzGrace how long it may take to stop after that.
const (
	fuzzPatience = 2 * time.Second
	fuzzGrace    = 10 * time.Second
)

// trickySeeds are inputs aimed at the parser's and evaluator's limits.
func trickySeeds() []string {
	seeds := []string{
		"(" + strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000) + ")",
		strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000),
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		strings.Repeat("{", 300) + strings.Repeat("}", 300),
		"x = Symbol('x')\n" + strings.Repeat("x**", 10000) + "x",
		"print(" + strings.Repeat("x**", 5000) + "x)",
		strings.Repeat("-", 100000) + "1",
		"print(" + strings.Repeat("-", 100000) + "1)",
		"print(" + strings.Repeat("not ", 100000) + "1)",
		"f = " + strings.Repeat("lambda: ", 10000) + "1",
		"print(" + strings.Repeat("lambda: ", 100000) + "1)",
		"print(" + strings.Repeat("1 if 1 else ", 3000) + "1)",
		strings.Repeat("1+", 20000) + "1",
		"x = 1\nprint(" + strings.Repeat("f\"{", 50) + "x" + strings.Repeat("}\"", 50) + ")",
		"x = 1\nprint(f\"{f'{x}'}\")",
		"len(str(10**10**5))",
		"10**10**6",
		"2**-10**6",
		"10**10**10",
		"10**10**100",
		"(-10)**10**9",
		"1 << 10**10",
		"1 << 2**64",
		"5 >> 2**64",
		"-5 >> 2**70",
		"'a'*10**9",
		"'a'*10**10",
		"[0]*10**12",
		"len(range(10**18))",
		"list(range(10**18))",
		"x = Symbol('x')\nx**(10**100)",
		"x = Symbol('x')\ndiff(x**2, x, 10**9)",
		"x = Symbol('x')\ndiff(x**2, x, -1)",
		"x = Symbol('x')\ndiff(x**2, x, 10**100)",
		"x = Symbol('x')\n(x+1)**(10**100)",
		"Rational(1, 0)",
		"1/0",
		"1.0/0",
		"10.0**400",
		"float('nan') ** 2",
		"int('1'*5000)",
		"def f(): return f()\nf()",
		"def f(n): return f(n+1)+1\nf(0)",
		"a = []\na.append(a)\nprint(a)\na",
		"d = {}\nd[1] = d\nd",
		"class A: pass\nA()",
		"π = 3\nπ + 1",
		"变量 = 2\n变量",
		"print(1)\x00\nprint(2)",
		"\x00",
		"x = 1\r\nif x:\r\n    print(x)\r\n",
		"if 1:\n\tprint(1)\n        print(2)\n",
		"if 1:\n  print(1)\n print(2)\n",
		"print(\"abc)\n",
		"'''abc",
		"\"\\",
		"\\",
		"x = (",
		")",
		"def f(:\n",
		"lambda",
		"%",
		"%%",
		"%time 1+1",
		"%timeit -n1 -r1 1+1",
		"%who",
		"%reset -f",
		"?",
		"??x",
		"x?",
		"!ls",
		"_",
		"Out[0]",
		"In[-1]",
		"_ih[100]",
		"import os",
		"from sympy import *",
		"from math import *\nfactorial(10**7)",
		"x = Symbol('x')\nsin(x).series(x, 0, 30)",
		"\ufeffprint(1)",
		"\u2028",
		"'\\N{DOES NOT EXIST}'",
		"b'\\xff'.decode()",
		"chr(0x110000)",
		"'%s' % ()",
		"'{}'.format()",
		"'{0[}'.format(1)",
		"f'{1:{2:{3}}}'",
		"f'{'",
		"f'{}'",
		"f'{x!z}'",
		"[*range(3), *'ab']",
		"{**{1: 2}, **{}}",
		"del x",
		"global x",
		"nonlocal x",
		"return 1",
		"yield 1",
		"break",
		"try:\n    raise KeyboardInterrupt\nexcept BaseException as e:\n    print(type(e))",
		"raise SystemExit",
		"raise SystemExit(3)",
		"exit()",
		"quit()",
		"import sys\nsys.exit(2)",
		"raise RecursionError",
		"raise MemoryError",
		"x = Symbol('x')\nlatex(x**x**x**x**x**x)",
		"x = Symbol('x')\npprint(Integral(exp(-x**2), (x, -oo, oo)))",
		"x = Symbol('x')\nsimplify(sin(x)**2 + cos(x)**2)",
		"x = Symbol('x')\nsolve(x**5 - x + 1, x)",
		"x = Symbol('x')\nlimit(sin(x)/x, x, 0)",
		"x = Symbol('x')\nintegrate(x**x, x)",
		"x = Symbol('x')\nN(pi, -5)",
		"Float('1e-99999999999')",
		"Float('inf') - Float('inf')",
		"factorial(10**100)",
		"Matrix([[1, 2], [3]])",
		"symbols('')",
		"symbols('x:0')",
		"Symbol('')",
		"Symbol(1)",
		"sympify('x +* y')",
		"sympify('(' * 1000)",
		"S('x') ** S('y')",
	}
	return seeds
}

// conformanceSeeds returns a sample of the conformance programs.
func conformanceSeeds(tb testing.TB, perTier int) []string {
	files, _ := filepath.Glob("../cmd/dcalc/testdata/conformance/*.jsonl")
	sort.Strings(files)
	var out []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for n := 0; n < perTier && sc.Scan(); n++ {
			var c struct{ Code string }
			if json.Unmarshal(sc.Bytes(), &c) == nil && c.Code != "" {
				out = append(out, c.Code)
			}
		}
		f.Close()
	}
	return out
}

// bounded runs f, interrupting the session after fuzzPatience; it fails
// the test if f has not returned fuzzGrace after the interrupt.
func bounded(t *testing.T, s *Session, src string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
		return
	case <-time.After(fuzzPatience):
	}
	// DCALC_FUZZ_SLOW=dir keeps each input that needed the interrupt, to
	// find what is slow while fuzzing.
	if d := os.Getenv("DCALC_FUZZ_SLOW"); d != "" {
		os.WriteFile(filepath.Join(d, fmt.Sprintf("%x", sha256.Sum256([]byte(src)))), []byte(src), 0o644)
	}
	s.Interrupt()
	select {
	case <-done:
	case <-time.After(fuzzGrace):
		t.Fatalf("input ignores the interrupt: %q", clip(src))
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// checkErr fails unless err is nil or an *Exception whose traceback can
// be formatted.
func checkErr(t *testing.T, s *Session, src string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var exc *Exception
	if !errors.As(err, &exc) {
		t.Fatalf("error %T %v is not an *Exception for %q", err, err, clip(src))
	}
	if strings.Contains(exc.Error(), "internal") {
		t.Errorf("internal error for %q: %s", clip(src), s.FormatException(err))
	}
	_ = s.FormatException(err)
}

// checkAlive fails unless the session still evaluates 1+1 to 2.
func checkAlive(t *testing.T, s *Session, src string) {
	t.Helper()
	r := s.RunCell("1+1")
	if r.Err != nil || r.Value == nil || s.Repr(r.Value) != "2" {
		t.Fatalf("after %q: 1+1 gave %v, %v", clip(src), r.Value, r.Err)
	}
}

func FuzzRunCell(f *testing.F) {
	for _, s := range trickySeeds() {
		f.Add(s)
	}
	for _, s := range conformanceSeeds(f, 5) {
		f.Add(s)
	}
	// The magics may read only an empty directory and write nothing. (The
	// fuzzer must not Chdir: it would then neither load the committed
	// corpus in testdata/fuzz nor save crashers there.)
	files := FilePolicy{ReadRoot: f.TempDir(), NoWrite: true}
	f.Fuzz(func(t *testing.T, src string) {
		for _, pretty := range []bool{false, true} {
			s := New(io.Discard, Options{Interactive: true, Pretty: pretty, Files: files})
			var r Result
			bounded(t, s, src, func() {
				r = s.RunCell(src)
				if r.Value != nil {
					_ = s.FormatValue(r.Value)
				}
			})
			checkErr(t, s, src, r.Err)
			checkAlive(t, s, src)
			if len(src) > 2000 {
				break // the pretty pass adds little for long inputs
			}
		}
	})
}

func FuzzExecFile(f *testing.F) {
	for _, s := range trickySeeds() {
		f.Add(s)
	}
	for _, s := range conformanceSeeds(f, 5) {
		f.Add(s)
	}
	for _, s := range goldenSeeds(f, "testdata/numpy_golden.jsonl", 4) {
		f.Add(s)
	}
	files := FilePolicy{ReadRoot: f.TempDir(), NoWrite: true}
	f.Fuzz(func(t *testing.T, src string) {
		s := New(io.Discard, Options{Bare: true, Files: files})
		var err error
		bounded(t, s, src, func() { err = s.ExecFile("prog.py", src) })
		checkErr(t, s, src, err)
		if err := s.ExecFile("check.py", "from sympy import *\nassert 1+1 == 2\n"); err != nil {
			t.Fatalf("after %q: %v", clip(src), err)
		}
	})
}

// goldenSeeds returns every step-th program of a golden JSONL file (NumPy,
// lambdify and plotting programs) as fuzz seeds.
func goldenSeeds(f *testing.F, name string, step int) []string {
	data, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	var out []string
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if i%step != 0 {
			continue
		}
		var c struct{ Src string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			f.Fatal(err)
		}
		out = append(out, c.Src)
	}
	return out
}

// TestResourceBombs checks that inputs which would take absurd memory or
// time are refused with the exception CPython raises, or are cut short
// by an interrupt.
func TestResourceBombs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	tests := []struct {
		src, want string // want: the exception type, "" for a value
	}{
		{strings.Repeat("(", 201) + "1" + strings.Repeat(")", 201), "SyntaxError: too many nested parentheses"},
		{strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200), ""},
		{strings.Repeat("[", 100000) + strings.Repeat("]", 100000), "SyntaxError: too many nested parentheses"},
		{"print(" + strings.Repeat("-", 100000) + "1)", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"print(" + strings.Repeat("lambda: ", 100000) + "1)", "RecursionError: maximum recursion depth exceeded during compilation"},
		{strings.Repeat("-", 900) + "1", ""},
		{"x = Symbol('x')\n" + strings.Repeat("x**", 10000) + "x", "RecursionError: maximum recursion depth exceeded during compilation"},
		// A syntax error at the end of a long power chain made ANTLR's
		// full-LL retry take seconds per thousand levels.
		{"x = Symbol('x')\n" + strings.Repeat("x**", 9658) + "*x", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"x = Symbol('x')\np = " + strings.Repeat("x**2 + ", 2000) + "1\nlen(p.args)", ""},
		{"x = Symbol('x')\n" + strings.Repeat("x**", 900) + "x", ""},
		// CPython 3.11 compiles 2,999 operands of a chain, not 3,000. The
		// second input (found by FuzzExecFile) took 31 s to reject.
		{"x = 1" + strings.Repeat("+1", 2998), ""},
		{"x = 1" + strings.Repeat("+1", 2999), "RecursionError: maximum recursion depth exceeded during compilation"},
		{strings.Repeat("1+", 10000) + "+1" + strings.Repeat("+1", 9000) + "+", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"def f(): return f()\nf()", "RecursionError: maximum recursion depth exceeded"},
		{"10**10**10", "MemoryError"},
		// NumPy arrays beyond memory raise as NumPy does instead of ending
		// the process (np.zeros((10**6, 10**6)) used to).
		{"import numpy as np\nnp.zeros((10**6, 10**6))", "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64"},
		{"import numpy as np\nnp.zeros((10**10, 10**10))", "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."},
		{"import numpy as np\nnp.ones((10**5, 1)) + np.ones(10**5)", "MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64"},
		{"import numpy as np\nnp.meshgrid(np.arange(10**5), np.arange(10**5))", "MemoryError"},
		{"import numpy as np\nnp.linspace(0, 1, 10**12)", "MemoryError"},
		{"import numpy as np\nnp.random.rand(10**6, 10**6)", "MemoryError"},
		{"import numpy as np\nnp.eye(10**6)", "MemoryError"},
		{"import numpy as np\nnp.arange(0, 1, 1e-300)", "ValueError: Maximum allowed size exceeded"},
		// Found by FuzzExprTree: a Rational to a huge power ran unchecked.
		{"Rational(3, 2)**(10**9)", "MemoryError"},
		{"Rational(3, 2)**Rational(10**9 + 1, 2)", "MemoryError"},
		// Found by FuzzExprTree: the expansion would have 10**11 terms.
		{"x = Symbol('x')\nexpand((-36*x - 247.5)**141733920768)", "MemoryError"},
		{"x, y, z = symbols('x y z')\nlen(expand((x + y + z)**40).args)", ""},
		{"Integer(10)**Integer(10)**Integer(10)", "MemoryError"},
		{"10**10**8", "MemoryError"},
		{"1 << 10**10", "MemoryError"},
		{"1 << 2**64", "MemoryError"},
		{"5 >> 2**64", ""},
		{"'a'*10**10", "MemoryError"},
		{"list(range(10**18))", "MemoryError"},
		{"x = Symbol('x')\nx**(10**100)", ""},
		{"x = Symbol('x')\ndiff(x**2, x, 10**9)", ""},
		{"'a'*10**9", "MemoryError"},
		{"zeros(10**5, 10**5)", "MemoryError"},
		{"eye(10**5)", "MemoryError"},
		{"ones(2**40, 2**40)", "MemoryError"},
		{"zeros(1000, 1000).shape", ""},
		{"factorial(10**12)", "MemoryError: the product 1*...*1000000000000 is too large"},
		{"binomial(10**15, 10**14)", "MemoryError"},
		{"pi.evalf(10**10)", "NotImplementedError: a precision of 10000000000 digits is beyond dcalc's limit of 100000"},
		{"Float(1, 10**9)", "NotImplementedError"},
		{"N(pi, 10**6)", "NotImplementedError"},
		{"round(1.5, 10**10)", ""},
		{"round(7, -10**10)", ""},
		// CPython 3.11: a negative exponent with a modulus needs an inverse.
		{"pow(0, -1, 5)", "ValueError: base is not invertible for the given modulus"},
		{"pow(2, -1, 4)", "ValueError: base is not invertible for the given modulus"},
		{"assert pow(3, -1, 7) == 5 and pow(3, -2, -7) == -3 and pow(5, -1, 1) == 0", ""},
		{"'a'.ljust(10**12)", "MemoryError"},
		{"'{:>1000000000000}'.format(1)", "MemoryError"},
		{"'%1000000000000d' % 1", "MemoryError"},
		{"[0]*10**12", "MemoryError"},
		{"(0,)*10**12", "MemoryError"},
		{"','.join(['a'*10**6]*1000)", "MemoryError"},
		{"('a'*10**6).replace('a', 'b'*1000)", "MemoryError"},
		{"l = []\nl.append(l)\nl == l", ""},
		{"l = []\nl.append(l)\nrepr(l)", ""},
		{"l = [1]\nfor i in range(2000):\n    l = [l]\nrepr(l)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"},
		{"a = [1]\nb = [1]\nfor i in range(2000):\n    a = [a]\n    b = [b]\na == b", "RecursionError: maximum recursion depth exceeded in comparison"},
	}
	for _, tt := range tests {
		s := New(io.Discard, Options{Interactive: true})
		var r Result
		start := time.Now()
		bounded(t, s, tt.src, func() { r = s.RunCell(tt.src) })
		got := ""
		if r.Err != nil {
			var exc *Exception
			if errors.As(r.Err, &exc) {
				got = exc.lastLine()
			} else {
				got = r.Err.Error()
			}
		}
		if !strings.HasPrefix(got, tt.want) || (tt.want == "" && got != "") {
			t.Errorf("%q: got %q, want %q", clip(tt.src), got, tt.want)
		}
		if d := time.Since(start); d > fuzzPatience {
			t.Errorf("%q: took %v", clip(tt.src), d)
		}
		checkAlive(t, s, tt.src)
	}
}
