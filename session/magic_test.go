package session

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runCells runs cells in a fake shell and returns what they printed, the
// results and the shell.
func runCells(t *testing.T, cells ...string) (string, []Result, *fakeShell) {
	t.Helper()
	var out strings.Builder
	f := newFakeShell(&out)
	var rs []Result
	for _, c := range cells {
		rs = append(rs, f.RunCell(c))
	}
	return out.String(), rs, f
}

func TestMagicHistory(t *testing.T) {
	cells := []string{"a = 1", "b = 2\nc = 3", "a", "%history"}
	out, _, _ := runCells(t, cells...)
	if want := "a = 1\nb = 2\nc = 3\na\n%history\n"; out != want {
		t.Errorf("%%history printed %q, want %q", out, want)
	}
	// IPython's -n: the number right-aligned in 4 columns, then ":" and a
	// space, or a newline before a multi-line input.
	out, _, _ = runCells(t, "a = 1", "b = 2\nc = 3", "a", "%history -n 1-2 4")
	if want := "   1: a = 1\n   2:\nb = 2\nc = 3\n   4: %history -n 1-2 4\n"; out != want {
		t.Errorf("%%history -n printed %q, want %q", out, want)
	}
	out, _, _ = runCells(t, "a = 1", "b = 2", "a", "%hist 2:4 9")
	if want := "b = 2\na\n"; out != want {
		t.Errorf("%%hist 2:4 printed %q, want %q", out, want)
	}
	_, rs, _ := runCells(t, "%history -x")
	if rs[0].Err == nil || !strings.HasPrefix(rs[0].Err.Error(), "UsageError: option -x not recognized") {
		t.Errorf("%%history -x error = %v, want a UsageError", rs[0].Err)
	}
}

func TestHistoryRange(t *testing.T) {
	tests := []struct {
		words []string
		want  []int
	}{
		{[]string{"1-3", "5"}, []int{1, 2, 3, 5}},
		{[]string{"4:6"}, []int{4, 5}},
		{[]string{"6-"}, []int{6, 7}},
		{[]string{"0", "8", "x", "~1/2"}, nil},
		{[]string{"3", "3"}, []int{3, 3}},
	}
	for _, tt := range tests {
		got := historyRange(tt.words, 7)
		if len(got) != len(tt.want) {
			t.Errorf("historyRange(%q) = %v, want %v", tt.words, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("historyRange(%q) = %v, want %v", tt.words, got, tt.want)
				break
			}
		}
	}
}

func TestMagicSaveLoadRun(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "work")
	out, _, f := runCells(t, "a = 1", "b = 2\nprint(b)", "a", "%save "+file)
	want := "b\nThe following commands were written to file `" + file + ".dcalc`:\na = 1\nb = 2\nprint(b)\na\n"
	if out != want {
		t.Errorf("%%save printed %q, want %q", out, want)
	}
	data, err := os.ReadFile(file + ".dcalc")
	if err != nil {
		t.Fatal(err)
	}
	if want := "# %%\na = 1\n\n# %%\nb = 2\nprint(b)\n\n# %%\na\n"; string(data) != want {
		t.Errorf("saved file = %q, want %q", data, want)
	}
	// The saved file replays to the same transcript as the cells.
	cells, err := ParseScript("work.dcalc", string(data))
	if err != nil {
		t.Fatal(err)
	}
	var a, b strings.Builder
	replay(newFakeShell(nil), &a, cells, ReplayOptions{})
	replay(newFakeShell(nil), &b, []Cell{{Source: f.in[0]}, {Source: f.in[1]}, {Source: f.in[2]}}, ReplayOptions{})
	if a.String() != b.String() {
		t.Errorf("replay of saved file:\n%s\nwant:\n%s", a.String(), b.String())
	}

	// Existing file without -f, a range, and -f.
	out, _, _ = runCells(t, "x = 1", "%save "+file+".dcalc 1")
	if want := "File `" + file + ".dcalc` exists. Use `%save -f " + file + ".dcalc 1` to force overwrite\n"; out != want {
		t.Errorf("%%save over a file printed %q, want %q", out, want)
	}
	runCells(t, "x = 1", "y = 2", "%save -f "+file+" 2")
	if data, _ := os.ReadFile(file + ".dcalc"); string(data) != "# %%\ny = 2\n" {
		t.Errorf("%%save -f wrote %q", data)
	}
	_, rs, _ := runCells(t, "%save")
	if rs[0].Err == nil || rs[0].Err.Error() != "UsageError: Missing filename." {
		t.Errorf("%%save error = %v", rs[0].Err)
	}

	// %load places the text for the next input, after a comment naming
	// its source as IPython's %load writes.
	_, rs, f = runCells(t, "%load "+file+".dcalc")
	if rs[0].Err != nil || f.state.nextInput != "# %load "+file+".dcalc\n# %%\ny = 2\n" {
		t.Errorf("%%load: err %v, next input %q", rs[0].Err, f.state.nextInput)
	}
	_, _, f = runCells(t, "a = 1", "b = 2", "%load 1-2")
	if f.state.nextInput != "# %load 1-2\na = 1\nb = 2\n" {
		t.Errorf("%%load 1-2: next input %q", f.state.nextInput)
	}
	_, rs, _ = runCells(t, "%load nosuch.dcalc")
	if want := "ValueError: 'nosuch.dcalc' was not found in history, as a file, url, nor in the user namespace."; rs[0].Err == nil || rs[0].Err.Error() != want {
		t.Errorf("%%load missing: %v, want %s", rs[0].Err, want)
	}

	// %run executes in the namespace, without a value.
	script := filepath.Join(dir, "s.dcalc")
	os.WriteFile(script, []byte("# %%\nz = 5\nprint(ran)\n"), 0o644)
	out, rs, f = runCells(t, "%run "+script)
	if out != "ran\n" || rs[0].Value != nil || rs[0].Err != nil || f.ns["z"] != "5" {
		t.Errorf("%%run: printed %q, result %+v, z = %v", out, rs[0], f.ns["z"])
	}
	os.WriteFile(script, []byte("a = 1\n%who\n"), 0o644)
	out, _, _ = runCells(t, "%run "+script)
	if out != "a\t \n" {
		t.Errorf("%%run of a script with a magic printed %q", out)
	}
	out, _, _ = runCells(t, "%run nosuch.py")
	if want := "ERROR:root:File `'nosuch.py'` not found.\n"; out != want {
		t.Errorf("%%run missing printed %q, want %q", out, want)
	}
	os.WriteFile(script, []byte("raise ZeroDivisionError: division by zero\n"), 0o644)
	_, rs, _ = runCells(t, "%run "+script)
	var e *Exception
	if !errors.As(rs[0].Err, &e) || e.Type != "ZeroDivisionError" {
		t.Errorf("%%run raising: %v", rs[0].Err)
	}
}

func TestMagicResetWho(t *testing.T) {
	out, _, _ := runCells(t, "%who")
	if want := "Interactive namespace is empty.\n"; out != want {
		t.Errorf("%%who printed %q, want %q", out, want)
	}
	out, _, f := runCells(t, "b = 1", "a = 2", "_c = 3", "%who", "%reset", "%who")
	want := "a\t b\t \n" +
		"Once deleted, variables cannot be recovered. Proceed (y/[n])? \nNothing done.\n" +
		"a\t b\t \n"
	if out != want {
		t.Errorf("%%who/%%reset printed %q, want %q", out, want)
	}
	f.state.ask = func(string) bool { return true }
	f.out = &strings.Builder{}
	f.RunCell("%reset")
	if len(f.userNames()) != 0 {
		t.Errorf("%%reset answered yes left %v", f.userNames())
	}
	_, _, f = runCells(t, "a = 1", "%reset -f")
	if len(f.userNames()) != 0 {
		t.Errorf("%%reset -f left %v", f.userNames())
	}
	// Ten names: print's end=" " after each, a newline after every nine.
	var cells []string
	for _, c := range "abcdefghij" {
		cells = append(cells, string(c)+" = 1")
	}
	out, _, _ = runCells(t, append(cells, "%who")...)
	if want := "a\t b\t c\t d\t e\t f\t g\t h\t i\t \nj\t \n"; out != want {
		t.Errorf("%%who of ten printed %q, want %q", out, want)
	}
}

func TestMagicWhos(t *testing.T) {
	long := strings.Repeat("x + ", 20) + "x"
	out, _, f := runCells(t, "expr = "+long, "a = 2")
	f.ns["items"] = []Value{1, 2, 3}
	f.RunCell("%whos")
	out = out + f.out.(*strings.Builder).String()
	// Column widths as IPython's %whos: the longest name or label plus 3.
	want := "Variable   Type    Data/Info\n" +
		"----------------------------\n" +
		"a          str     2\n" +
		"expr       str     x + x + x + x + x + x + x<...>x + x + x + x + x + x + x\n" +
		"items      list    n=3\n"
	if out != want {
		t.Errorf("%%whos printed\n%s\nwant\n%s", out, want)
	}
}

func TestMagicTime(t *testing.T) {
	out, rs, _ := runCells(t, "%time 6 * 7")
	re := regexp.MustCompile(`^CPU times: user [0-9.e+]+ (ns|µs|ms|s), sys: [0-9.e+]+ (ns|µs|ms|s), total: [0-9.e+]+ (ns|µs|ms|s)\nWall time: [0-9.e+]+ (ns|µs|ms|s)\n$`)
	if !re.MatchString(out) {
		t.Errorf("%%time printed %q", out)
	}
	if rs[0].Value != "6 * 7" {
		t.Errorf("%%time value = %v, want the statement's value", rs[0].Value)
	}

	old := timeitMin
	timeitMin = 0.0005
	defer func() { timeitMin = old }()
	out, rs, _ = runCells(t, "%timeit 6 * 7")
	re = regexp.MustCompile(`^(The slowest run.*\n)?[0-9.e+]+ (ns|µs|ms|s) ± [0-9.e+]+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 7 runs, [0-9,]+ loops? each\)\n$`)
	if !re.MatchString(out) || rs[0].Value != nil {
		t.Errorf("%%timeit printed %q, value %v", out, rs[0].Value)
	}
	_, rs, _ = runCells(t, "%timeit raise TypeError: no")
	if rs[0].Err == nil {
		t.Error("timeit of a raising statement: no error")
	}
}

// The expected strings come from IPython's _format_time (run in Python
// on the same inputs) and Python's "{:,}".
func TestFormatTime(t *testing.T) {
	tests := []struct {
		sec  float64
		want string
	}{
		{0, "0 ns"}, {1.5e-6, "1.5 µs"}, {4.77e-6, "4.77 µs"}, {5e-4, "500 µs"},
		{0.0123456, "12.3 ms"}, {2.5, "2.5 s"}, {59.9, "59.9 s"}, {61.5, "1min 1s"},
		{3725, "1h 2min 5s"}, {90061, "1d 1h 1min 1s"}, {1e-10, "0.1 ns"}, {1.2345e-6, "1.23 µs"},
	}
	for _, tt := range tests {
		if got := formatTime(tt.sec); got != tt.want {
			t.Errorf("formatTime(%v) = %q, want %q", tt.sec, got, tt.want)
		}
	}
	if got := timeitLine(1.23e-6, 4.5e-9, 7, 1000000, 3); got != "1.23 µs ± 4.5 ns per loop (mean ± std. dev. of 7 runs, 1,000,000 loops each)" {
		t.Errorf("timeitLine = %q", got)
	}
	if got := timeitLine(1.5, 0, 1, 1, 3); got != "1.5 s ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)" {
		t.Errorf("timeitLine = %q", got)
	}
	// str(TimeitResult(...)) of IPython 8.12 with precision 5 and 2
	for _, c := range []struct {
		mean, std         float64
		repeat, loops, pr int
		want              string
	}{
		{0.001234567, 0, 7, 1000, 5, "1.2346 ms ± 0 ns per loop (mean ± std. dev. of 7 runs, 1,000 loops each)"},
		{0.06, 0.008164965809277256, 3, 10, 2, "60 ms ± 8.2 ms per loop (mean ± std. dev. of 3 runs, 10 loops each)"},
		{75.3, 0, 1, 1, 3, "1min 15s ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)"},
	} {
		if got := timeitLine(c.mean, c.std, c.repeat, c.loops, c.pr); got != c.want {
			t.Errorf("timeitLine = %q, want %q", got, c.want)
		}
	}
}

// TestTimeitOptions checks %timeit's options as IPython's parse_options
// reads "n:r:tcp:qo", and that -n/-r set what runs.
func TestTimeitOptions(t *testing.T) {
	for _, c := range []struct {
		arg, stmt             string
		loops, repeat, prec   int
		quiet, result, hasErr bool
	}{
		{"-n 10 -r 3 x+1", "x+1", 10, 3, 3, false, false, false},
		{"-n10 -r2 -p5 diff(x**2, x)", "diff(x**2, x)", 10, 2, 5, false, false, false},
		{"-qo x", "x", 0, 7, 3, true, true, false},
		{"-t -c x", "x", 0, 7, 3, false, false, false},
		{"-z x", "", 0, 7, 3, false, false, true},
		{"-n x x", "", 0, 7, 3, false, false, true},
	} {
		o, stmt, err := parseTimeitOpts(c.arg)
		if (err != nil) != c.hasErr || err == nil && (stmt != c.stmt || o.loops != c.loops || o.repeat != c.repeat || o.precision != c.prec || o.quiet != c.quiet || o.result != c.result) {
			t.Errorf("parseTimeitOpts(%q) = %+v, %q, %v", c.arg, o, stmt, err)
		}
	}
	var buf strings.Builder
	sess := New(&buf, Options{})
	for _, cell := range []string{"%timeit -n 3 -r 2 6 * 7", "r = %timeit -q -o -n 2 -r 4 6 * 7", "print(r.loops, r.repeat, len(r.all_runs), r.best <= r.average <= r.worst)", "print(repr(r)[:15])"} {
		if res := sess.RunCell(cell); res.Err != nil {
			t.Fatalf("%s: %s", cell, sess.FormatException(res.Err))
		}
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if strings.HasPrefix(lines[0], "The slowest run took") {
		lines = lines[1:] // IPython's note when one run was 4 times another
	}
	if len(lines) != 3 || !strings.HasSuffix(lines[0], "(mean ± std. dev. of 2 runs, 3 loops each)") || lines[1] != "2 4 4 True" || lines[2] != "<TimeitResult :" {
		t.Errorf("%%timeit with options printed:\n%s", buf.String())
	}
}

func TestMagicPrettyAndLists(t *testing.T) {
	out, _, f := runCells(t, "%pretty", "%pprint")
	if want := "Pretty printing has been turned ON\nPretty printing has been turned OFF\n"; out != want || f.pretty_ {
		t.Errorf("%%pretty printed %q, want %q", out, want)
	}
	out, _, _ = runCells(t, "%lsmagic")
	if !strings.HasPrefix(out, "Available line magics:\n%autoreload  %cd  %colors  %conda  %config  %hist  %history  %load  %load_ext  %lsmagic  %magic  %matplotlib  %pip  %pprint  %precision  %pretty  %pwd  %pylab  %quickref  %recall  %reload_ext  %rerun  %reset  %run  %save  %steps  %time  %timeit  %unload_ext  %who  %whos\n\nAvailable cell magics:\n%%HTML  %%capture  %%html  %%latex  %%markdown  %%time  %%timeit\n") {
		t.Errorf("%%lsmagic printed %q", out)
	}
	out, _, _ = runCells(t, "%magic")
	if !strings.Contains(out, "%timeit [-n N] [-r R] [-p P] [-q] [-o] STATEMENT\n") {
		t.Errorf("%%magic printed %q", out)
	}
	out, _, _ = runCells(t, "%quickref")
	if out != quickref {
		t.Errorf("%%quickref printed %q", out)
	}
	for src, want := range map[string]string{
		"%foo":        "UsageError: Line magic function `%foo` not found.",
		"%%foo":       "UsageError: Cell magic `%%foo` not found.",
		"%%writefile": "UsageError: dcalc does not provide IPython's %%writefile magic: programs cannot reach files, processes or the network (docs/security.md)",
		"%prun":       "UsageError: dcalc does not implement IPython's %prun magic yet",
		"%env":        "UsageError: dcalc does not provide IPython's %env magic: programs cannot reach files, processes or the network (docs/security.md)",
	} {
		_, rs, _ := runCells(t, src)
		if rs[0].Err == nil || rs[0].Err.Error() != want {
			t.Errorf("%s: error %v, want %s", src, rs[0].Err, want)
		}
	}
}

func TestHelp(t *testing.T) {
	wantDiff, ok := helpText("diff")
	if !ok || !strings.HasPrefix(wantDiff, "Signature: diff(f, *symbols, **kwargs)\nDocstring:\n") {
		t.Fatalf("helpText(diff) = %q, %v", wantDiff, ok)
	}
	for _, src := range []string{"?diff", "diff?", "diff??", "sympy.diff?"} {
		out, rs, _ := runCells(t, src)
		if out != wantDiff || rs[0].Value != nil || rs[0].Err != nil {
			t.Errorf("%s printed %q, want the doc of diff", src, out)
		}
	}
	out, _, _ := runCells(t, "nosuch?")
	if want := "Object `nosuch` not found.\n"; out != want {
		t.Errorf("nosuch? printed %q, want %q", out, want)
	}
	// A user's variable, even one named like a SymPy function.
	out, _, _ = runCells(t, "N = 10", "N?")
	if want := "Type:        str\nString form: 10\n"; out != want {
		t.Errorf("N? printed %q, want %q", out, want)
	}
	if _, ok := helpText("nosuch"); ok {
		t.Error("helpText(nosuch) found")
	}
	for name := range docs {
		if text, _ := helpText(name); !strings.Contains(text, "Example:\n    >>> ") {
			t.Errorf("helpText(%s) has no example", name)
		}
	}
}

func TestCaretHint(t *testing.T) {
	typeErr := &Exception{Type: "TypeError", Msg: "unsupported operand type(s) for ^: 'Symbol' and 'int'"}
	tests := []struct {
		err  error
		src  string
		want string
	}{
		{typeErr, "x^2", caretHintText},
		{typeErr, "diff(x ^ 2, x)", caretHintText},
		{&Exception{Type: "TypeError", Msg: "unsupported operand type(s) for ^: 'float' and 'int'"}, "1.5^2", caretHintText},
		{&Exception{Type: "TypeError", Msg: "unsupported operand type(s) for +: 'Symbol' and 'str'"}, "x^2 + 'a'", ""},
		{typeErr, "f(x)", ""},
		{&Exception{Type: "NameError", Msg: "name 'x' is not defined"}, "x^2", ""},
		{nil, "x^2", ""},
	}
	for _, tt := range tests {
		if got := caretHint(tt.err, tt.src); got != tt.want {
			t.Errorf("caretHint(%v, %q) = %q, want %q", tt.err, tt.src, got, tt.want)
		}
	}
	if caretHintText != "Hint: use ** for powers (x**2); ^ is exclusive or in Python" {
		t.Errorf("hint text = %q", caretHintText)
	}
}

// TestMagicHistorySearch checks %history -g PATTERN and -l N against
// IPython 8.12's output for the same inputs (InteractiveShell with an
// in-memory history): -g lists the matching inputs numbered, the
// current one included; -l N the N inputs before the current one.
func TestMagicHistorySearch(t *testing.T) {
	out, _, _ := runCells(t, "a = 1", "b = a + 1", "c = 3", "%history -g a", "%history -l 2", "%history -g", "%history -n -l 2")
	want := "   1: a = 1\n   2: b = a + 1\n   4: %history -g a\n" +
		"c = 3\n%history -g a\n" +
		"   1: a = 1\n   2: b = a + 1\n   3: c = 3\n   4: %history -g a\n   5: %history -l 2\n   6: %history -g\n" +
		"   5: %history -l 2\n   6: %history -g\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if !globRegexp("*x[!y]?*").MatchString("ax1z") || globRegexp("*x[!y]?*").MatchString("axy") {
		t.Error("globRegexp: fnmatch's [!...] and ?")
	}
}

// TestMagicRerun checks %rerun against IPython 8.12's output for the
// same inputs (InteractiveShell, in-memory history): the code shown
// between IPython's markers, then run; no argument is the last input,
// which may itself be a rerun.
func TestMagicRerun(t *testing.T) {
	var out strings.Builder
	s := New(&out, Options{Interactive: true})
	for _, c := range []string{"a = 1", "print(a + 1)", "%rerun 2", "%rerun", "%rerun -g print", "%rerun 99", "%recall 1"} {
		if res := s.RunCell(c); res.Err != nil {
			t.Fatalf("%s: %s", c, s.FormatException(res.Err))
		}
	}
	want := "2\n" +
		"=== Executing: ===\nprint(a + 1)\n=== Output: ===\n2\n" +
		"=== Executing: ===\n%rerun 2\n=== Output: ===\n=== Executing: ===\nprint(a + 1)\n=== Output: ===\n2\n" +
		"=== Executing: ===\nprint(a + 1)\n=== Output: ===\n2\n" +
		"No lines in history match specification\n"
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if next := s.TakeLoadedInput(); next != "a = 1" {
		t.Errorf("%%recall 1 left %q as the next input", next)
	}
}

// TestMagicPwd checks %pwd gives the working directory as the value
// (IPython 8: Out[n]: '/the/dir').
func TestMagicPwd(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out strings.Builder
	s := New(&out, Options{Interactive: true})
	res := s.RunCell("%pwd")
	if res.Err != nil || s.FormatValue(res.Value) != "'"+dir+"'" {
		t.Errorf("%%pwd = %v %v, want %q", res.Value, res.Err, dir)
	}
}

// TestMagicCd checks %cd against IPython 8.12's output for the same
// inputs: the new directory printed, -q quiet, "-" back, -N from the
// history, the OSError of a missing directory printed (then the
// directory it stayed in), and its UsageErrors.
func TestMagicCd(t *testing.T) {
	start := t.TempDir()
	t.Chdir(start) // restored after the test
	start, _ = os.Getwd()
	a, b := filepath.Join(start, "a"), filepath.Join(start, "b")
	os.Mkdir(a, 0o755)
	os.Mkdir(b, 0o755)
	var buf strings.Builder
	sess := New(&buf, Options{})
	run := func(cell string) string {
		buf.Reset()
		if res := sess.RunCell(cell); res.Err != nil {
			buf.WriteString(sess.FormatException(res.Err))
		}
		return buf.String()
	}
	for _, c := range []struct{ cell, want string }{
		{"%cd -", "UsageError: %cd -: No previous directory to change to.\n"},
		{"%cd " + a, a + "\n"},
		{"%cd " + filepath.Join(start, "nope"), "[Errno 2] No such file or directory: '" + filepath.Join(start, "nope") + "'\n" + a + "\n"},
		{"%cd -q ../b", ""},
		{"%cd -", a + "\n"},
		{"%cd -0", start + "\n"},
		{"%cd -9", "The requested directory does not exist in history.\n"},
		{"%cd --b", b + "\n"},
		{"%cd -b foo", "UsageError: Bookmark 'foo' not found.  Use '%bookmark -l' to see your bookmarks.\n"},
		{"%pwd", ""},
	} {
		if got := run(c.cell); got != c.want {
			t.Errorf("%s printed %q, want %q", c.cell, got, c.want)
		}
	}
	if wd, _ := os.Getwd(); wd != b {
		t.Errorf("the working directory is %s, want %s", wd, b)
	}
}

// TestMagicHistorySessions checks %history with earlier sessions (from
// the REPL's history file): IPython's ~N/ ranges (N sessions back, all
// of it or some lines), their "S/L:" numbers with -n, ranges in the
// order given, and -g searching earlier sessions first.
func TestMagicHistorySessions(t *testing.T) {
	var out strings.Builder
	f := newFakeShell(&out)
	f.sessions, f.cur = map[int][]string{1: {"a = 1", "b = 2"}, 2: {"c = 3", "diff(a, x)"}}, 3
	for _, c := range []struct{ cell, want string }{
		{"x = 5", ""},
		{"%history -n ~1/ ~2/2 1", " 2/1: c = 3\n 2/2: diff(a, x)\n 1/2: b = 2\n   1: x = 5\n"},
		{"%history ~2/1-2", "a = 1\nb = 2\n"},
		{"%history ~1/2:3", "diff(a, x)\n"},
		{"%history -g = ", " 1/1: a = 1\n 1/2: b = 2\n 2/1: c = 3\n   1: x = 5\n   5: %history -g =\n"},
	} {
		out.Reset()
		f.RunCell(c.cell)
		if out.String() != c.want {
			t.Errorf("%s printed %q, want %q", c.cell, out.String(), c.want)
		}
	}
}
