package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runDcalc calls run with args and stdin and returns stdout, stderr and
// the exit status.
func runDcalc(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut strings.Builder
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVersionAndHelp(t *testing.T) {
	for _, arg := range []string{"--version", "-V"} {
		out, errOut, code := runDcalc(t, "", arg)
		if out != "dcalc 0.1.0\n" || errOut != "" || code != 0 {
			t.Errorf("dcalc %s = %q, %q, %d; want \"dcalc 0.1.0\\n\", \"\", 0", arg, out, errOut, code)
		}
	}
	out, _, code := runDcalc(t, "", "--help")
	if code != 0 {
		t.Errorf("dcalc --help exit status %d, want 0", code)
	}
	for _, want := range []string{"-c code", "replay", "--pretty", "--step", "--check", "--keep-going", "--version", "history"} {
		if !strings.Contains(out, want) {
			t.Errorf("dcalc --help does not mention %q:\n%s", want, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-x"}, {"--bogus"}, {"-c"}, {"replay"}, {"replay", "--fast", "a.dcalc"}, {"replay", "a", "b"}} {
		out, errOut, code := runDcalc(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "usage: dcalc") {
			t.Errorf("dcalc %q = %q, %q, %d; want usage on stderr and status 2", args, out, errOut, code)
		}
	}
}

func TestCannotOpen(t *testing.T) {
	// python3 missing.py prints the same message, naming the file by its
	// absolute path, and exits 2.
	_, errOut, code := runDcalc(t, "", "missing.dcalc")
	abs, _ := filepath.Abs("missing.dcalc")
	want := "dcalc: can't open file '" + abs + "': [Errno 2] No such file or directory\n"
	if errOut != want || code != 2 {
		t.Errorf("dcalc missing.dcalc: stderr %q, status %d; want %q, 2", errOut, code, want)
	}
}

// The expected tracebacks below were printed by python3 (3.11.7) for the
// same programs.
func TestPrograms(t *testing.T) {
	dir := t.TempDir()
	name := writeFile(t, dir, "name.dcalc", "a = 1\nprint(a + 1)\nprint(z)\n")
	syn := writeFile(t, dir, "syn.dcalc", "a = 1\nb = (a +* 2)\n")
	ok := writeFile(t, dir, "ok.dcalc", "x = Symbol('x')\nprint(diff(x**3, x))\n")
	argv := writeFile(t, dir, "argv.py", "import sys\nprint(sys.argv)\n")
	tests := []struct {
		name     string
		stdin    string
		args     []string
		out, err string
		code     int
	}{
		{"-c", "", []string{"-c", "print(1 + 1)"}, "2\n", "", 0},
		{"-c joined", "", []string{"-cprint(3)"}, "3\n", "", 0},
		{"-c error", "", []string{"-c", "print(z)"}, "",
			"Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNameError: name 'z' is not defined\n", 1},
		{"file", "", []string{ok}, "3*x**2\n", "", 0},
		{"file error", "", []string{name}, "2\n",
			"Traceback (most recent call last):\n  File \"" + name + "\", line 3, in <module>\n    print(z)\n          ^\nNameError: name 'z' is not defined\n", 1},
		{"syntax error", "", []string{syn}, "",
			"  File \"" + syn + "\", line 2\n    b = (a +* 2)\n            ^\nSyntaxError: invalid syntax\n", 1},
		{"stdin", "print(1)\nz\n", nil, "1\n",
			"Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nNameError: name 'z' is not defined\n", 1},
		{"stdin dash", "print(4)\n", []string{"-"}, "4\n", "", 0},
		// sys.argv, sys.exit and the standard streams as python3 3.11.7 has them
		{"sys.exit", "", []string{"-c", "import sys; print(sys.argv); sys.exit(3)"}, "['-c']\n", "", 3},
		{"sys.exit message", "", []string{"-c", "import sys; print(sys.argv); sys.exit('bye')", "a", "b"}, "['-c', 'a', 'b']\n", "bye\n", 1},
		{"sys.exit negative", "", []string{"-c", "import sys; sys.exit(-1)"}, "", "", 255},
		{"exit()", "", []string{"-c", "exit()"}, "", "", 0},
		{"stderr", "", []string{"-c", "import sys; print('o'); print('e', file=sys.stderr); sys.stderr.write('w\\n')"}, "o\n", "e\nw\n", 0},
		{"argv dash", "import sys\nprint(sys.argv)\n", []string{"-", "x"}, "['-', 'x']\n", "", 0},
		{"argv stdin", "import sys\nprint(sys.argv)\n", nil, "['']\n", "", 0},
		{"argv file", "", []string{argv, "q"}, "['" + argv + "', 'q']\n", "", 0},
		// python3 with NumPy writes the warning on stderr, the value on stdout
		{"warning", "import numpy as np\nprint(np.log(0))\n", []string{"-"}, "-inf\n",
			"<stdin>:2: RuntimeWarning: divide by zero encountered in log\n  print(np.log(0))\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runDcalc(t, tt.stdin, tt.args...)
			if out != tt.out || errOut != tt.err || code != tt.code {
				t.Errorf("dcalc %q:\nstdout %q\nstderr %q\nstatus %d\nwant\nstdout %q\nstderr %q\nstatus %d",
					tt.args, out, errOut, code, tt.out, tt.err, tt.code)
			}
		})
	}
}

// The transcript is what IPython 8 shows for these cells (In/Out prompts,
// continuation aligned under the prompt, blank line after each cell).
func TestReplay(t *testing.T) {
	dir := t.TempDir()
	nb := writeFile(t, dir, "nb.dcalc", "# %%\na = 2\na + 1\n# %%\nprint(\"hi\")\n")
	want := "In [1]: a = 2\n   ...: a + 1\nOut[1]: 3\n\nIn [2]: print(\"hi\")\nhi\n\n"
	out, errOut, code := runDcalc(t, "", "replay", nb)
	if out != want || errOut != "" || code != 0 {
		t.Fatalf("dcalc replay: %q, %q, %d; want %q, \"\", 0", out, errOut, code, want)
	}

	writeFile(t, dir, "nb.dcalc.out", want)
	out, errOut, code = runDcalc(t, "", "replay", "--check", nb)
	if out != "" || errOut != "" || code != 0 {
		t.Errorf("dcalc replay --check (equal): %q, %q, %d; want \"\", \"\", 0", out, errOut, code)
	}

	writeFile(t, dir, "nb.dcalc.out", strings.Replace(want, "Out[1]: 3", "Out[1]: 4", 1))
	out, _, code = runDcalc(t, "", "replay", nb, "--check")
	wantDiff := "--- " + nb + ".out\n+++ replay\n@@ -1,6 +1,6 @@\n In [1]: a = 2\n    ...: a + 1\n-Out[1]: 4\n+Out[1]: 3\n \n In [2]: print(\"hi\")\n hi\n"
	if out != wantDiff || code != 1 {
		t.Errorf("dcalc replay --check (different): %q, %d; want %q, 1", out, code, wantDiff)
	}

	_, errOut, code = runDcalc(t, "", "replay", "--check", writeFile(t, dir, "lone.dcalc", "1\n"))
	if code != 2 || !strings.Contains(errOut, "lone.dcalc.out") {
		t.Errorf("dcalc replay --check without .out: %q, %d; want an error naming lone.dcalc.out, 2", errOut, code)
	}
}

func TestReplayStopsAtError(t *testing.T) {
	dir := t.TempDir()
	nb := writeFile(t, dir, "err.dcalc", "# %%\nundefined_name\n# %%\n1 + 1\n")
	out, _, code := runDcalc(t, "", "replay", nb)
	if code != 1 || strings.Contains(out, "In [2]") || !strings.Contains(out, "NameError: name 'undefined_name' is not defined") {
		t.Errorf("dcalc replay with an error: %q, %d; want the NameError, no cell 2, status 1", out, code)
	}
	out, _, code = runDcalc(t, "", "replay", "--keep-going", nb)
	if code != 0 || !strings.Contains(out, "In [2]: 1 + 1\nOut[2]: 2\n") {
		t.Errorf("dcalc replay --keep-going: %q, %d; want cell 2 run, status 0", out, code)
	}
}

func TestNoPanicReachesUser(t *testing.T) {
	// Whatever the interpreter does, run must return a status, never panic.
	for _, args := range [][]string{{"-c", "1/0"}, {"-c", "(("}, {"-c", ""}} {
		out, errOut, code := runDcalc(t, "", args...)
		if strings.Contains(errOut, "goroutine ") || strings.Contains(out+errOut, "panic:") {
			t.Errorf("dcalc %q leaked Go panic text: %q %q (%d)", args, out, errOut, code)
		}
	}
}

// TestScriptsHaveSymPyNamesOnly: programs, -c and replay start as a
// script does, with SymPy's names but not isympy's x, y, z, t, k, m, n,
// f, g, h.
func TestScriptsHaveSymPyNamesOnly(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := runDcalc(t, "", "-c", "print(pi, x)")
	if code != 1 || out != "" || !strings.HasSuffix(errOut, "NameError: name 'x' is not defined\n") {
		t.Errorf("dcalc -c 'print(pi, x)' = %q, %q, %d; want NameError for x", out, errOut, code)
	}
	out, _, code = runDcalc(t, "", "-c", "print(pi)")
	if code != 0 || out != "pi\n" {
		t.Errorf("dcalc -c 'print(pi)' = %q, %d; want \"pi\\n\", 0", out, code)
	}
	nb := writeFile(t, dir, "nb.dcalc", "f\n")
	out, _, code = runDcalc(t, "", "replay", nb)
	if code != 1 || !strings.Contains(out, "NameError: name 'f' is not defined") {
		t.Errorf("dcalc replay of 'f' = %q, %d; want NameError, 1", out, code)
	}
}

// TestInput checks input() in a program as python3 behaves with a pipe
// (python3 3.11 printed the same): the prompt on stdout, a line from
// stdin without its newline, and EOFError at the end of input.
func TestInput(t *testing.T) {
	dir := t.TempDir()
	prog := writeFile(t, dir, "in.py", "name = input('Name? ')\nprint('hi', name)\nx = input()\nprint(repr(x))\n")
	out, errOut, code := runDcalc(t, "Ada\n42\n", prog)
	if code != 0 || out != "Name? hi Ada\n'42'\n" || errOut != "" {
		t.Errorf("got %q %q exit %d", out, errOut, code)
	}
	out, errOut, code = runDcalc(t, "Ada\n", prog)
	if code != 1 || out != "Name? hi Ada\n" || !strings.HasSuffix(errOut, "EOFError: EOF when reading a line\n") {
		t.Errorf("at end of input: got %q %q exit %d", out, errOut, code)
	}
}

// TestDisplayInProgram: a program runs as python3 runs it, where
// IPython's display() has no shell and prints its objects as print()
// does, whatever init_printing() set. The expected output is what
// python3 (CPython 3.11 with IPython 8.12 and SymPy 1.14) printed for
// the same program.
func TestDisplayInProgram(t *testing.T) {
	src := "from IPython.display import display, Math\nfrom sympy import *\nx = symbols('x')\ninit_printing()\n" +
		"display(x**2/2, Math('x'))\ndisplay(Matrix([[1, x]]))\ndisplay('hi', 3, [x, 1])\ndisplay()\nprint('end')\n"
	want := "x**2/2 <IPython.core.display.Math object>\nMatrix([[1, x]])\nhi 3 [x, 1]\n\nend\n"
	out, errOut, code := runDcalc(t, "", "-c", src)
	if out != want || errOut != "" || code != 0 {
		t.Errorf("got %q, %q, %d; want %q", out, errOut, code, want)
	}
}
