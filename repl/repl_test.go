package repl

import (
	"io"
	"strings"
	"testing"

	"github.com/dcalc/dcalc/session"
)

// fakeInterp is a tiny stand-in for the session: a cell is complete unless
// brackets are open, it ends in a backslash, or its last line is indented
// or ends with a colon; "name = ..." assigns, "boom" panics, "z" raises
// NameError, anything else evaluates to itself with newlines shown as |
// (a multi-line value when it contains "pretty").
type fakeInterp struct {
	n      int
	cells  []string
	names  []string
	loaded string
}

func (f *fakeInterp) FlushFigures() {}

func (f *fakeInterp) Count() int { return f.n }

func (f *fakeInterp) RunCell(src string) session.Result {
	f.n++
	f.cells = append(f.cells, src)
	switch {
	case src == "boom":
		panic("kaboom")
	case src == "%load":
		f.loaded = "a = 1\nb = 2\n"
		return session.Result{N: f.n}
	case src == "z":
		return session.Result{N: f.n, Err: &session.Exception{Type: "NameError", Msg: "name 'z' is not defined"}}
	case strings.Contains(src, "="):
		f.names = append(f.names, strings.TrimSpace(strings.SplitN(src, "=", 2)[0]))
		return session.Result{N: f.n}
	case strings.Contains(src, "pretty"):
		return session.Result{N: f.n, Value: " 2\nx "}
	}
	return session.Result{N: f.n, Value: strings.ReplaceAll(src, "\n", "|")}
}

func (f *fakeInterp) FormatValue(v session.Value) string { return v.(string) }
func (f *fakeInterp) FormatException(err error) string {
	return "Traceback\n" + err.Error() + "\n"
}

func (f *fakeInterp) IsComplete(src string) bool {
	depth := 0
	for _, r := range src {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
	}
	if depth > 0 || strings.HasSuffix(src, "\\") {
		return false
	}
	lines := strings.Split(src, "\n")
	last := lines[len(lines)-1]
	if strings.TrimSpace(last) == "" {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(last), ":") {
		return false
	}
	return !strings.HasPrefix(last, " ")
}

func (f *fakeInterp) Names() []string                       { return append([]string{"diff", "exp"}, f.names...) }
func (f *fakeInterp) Attrs(expr string) []string            { return []string{"diff", "doit", "_private"} }
func (f *fakeInterp) Interrupt()                            {}
func (f *fakeInterp) SetAsk(func(string) bool)              {}
func (f *fakeInterp) SetWidth(int)                          {}
func (f *fakeInterp) Colors() string                        { return "NoColor" }
func (f *fakeInterp) SetInput(func(string) (string, error)) {}

func (f *fakeInterp) TakeLoadedInput() string {
	t := f.loaded
	f.loaded = ""
	return t
}

// scriptReader is a LineReader that replays lines (ErrInterrupt for the
// line "^C") and writes prompts and echoes to a transcript.
type scriptReader struct {
	lines []string
	out   io.Writer
	hist  []string
}

func (r *scriptReader) ReadLine(prompt string) (string, error) {
	io.WriteString(r.out, prompt)
	if len(r.lines) == 0 {
		io.WriteString(r.out, "\n")
		return "", io.EOF
	}
	line := r.lines[0]
	r.lines = r.lines[1:]
	if line == "^C" {
		io.WriteString(r.out, "^C\n")
		return "", ErrInterrupt
	}
	io.WriteString(r.out, strings.ReplaceAll(line, "\n", historyNewline)+"\n")
	return line, nil
}

func (r *scriptReader) AddHistory(cell string) error {
	r.hist = append(r.hist, cell)
	return nil
}

func (r *scriptReader) Close() error { return nil }

func runScript(t *testing.T, lines ...string) (string, *fakeInterp, *scriptReader) {
	t.Helper()
	var out strings.Builder
	f := &fakeInterp{}
	r := &scriptReader{lines: lines, out: &out}
	if err := run(f, r, &out, Options{NoSignals: true}); err != nil {
		t.Fatalf("run: %v", err)
	}
	return out.String(), f, r
}

func TestRunTranscripts(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"value", []string{"x**2"},
			"In [1]: x**2\nOut[1]: x**2\n\nIn [2]: \n"},
		{"no value", []string{"a = 1", "a"},
			"In [1]: a = 1\n\nIn [2]: a\nOut[2]: a\n\nIn [3]: \n"},
		{"empty lines keep the number", []string{"", "   ", "1"},
			"In [1]: \n\nIn [1]:    \n\nIn [1]: 1\nOut[1]: 1\n\nIn [2]: \n"},
		{"brackets continue", []string{"diff(x,", "x)"},
			"In [1]: diff(x,\n   ...: x)\nOut[1]: diff(x,|x)\n\nIn [2]: \n"},
		{"block ends with a blank line", []string{"for i in r:", "    print(i)", "", "2"},
			"In [1]: for i in r:\n   ...:     print(i)\n   ...: \nOut[1]: for i in r:|    print(i)\n\nIn [2]: 2\nOut[2]: 2\n\nIn [3]: \n"},
		{"backslash continues", []string{"1 + \\", "2"},
			"In [1]: 1 + \\\n   ...: 2\nOut[1]: 1 + \\|2\n\nIn [2]: \n"},
		{"errors do not end the loop", []string{"z", "1"},
			"In [1]: z\nTraceback\nNameError: name 'z' is not defined\n\nIn [2]: 1\nOut[2]: 1\n\nIn [3]: \n"},
		{"panics are internal errors", []string{"boom", "1"},
			"In [1]: boom\nTraceback\nSystemError: internal error: kaboom\n\nIn [2]: 1\nOut[2]: 1\n\nIn [3]: \n"},
		{"multi-line value starts on its own line", []string{"pretty"},
			"In [1]: pretty\nOut[1]: \n 2\nx \n\nIn [2]: \n"},
		{"ctrl-c discards the cell", []string{"diff(x,", "^C", "1"},
			"In [1]: diff(x,\n   ...: ^C\nIn [1]: 1\nOut[1]: 1\n\nIn [2]: \n"},
		{"exit", []string{"1", "exit", "2"},
			"In [1]: 1\nOut[1]: 1\n\nIn [2]: exit\n"},
		{"end of input runs the pending cell", []string{"for i in r:", "    print(i)"},
			"In [1]: for i in r:\n   ...:     print(i)\n   ...: \nOut[1]: for i in r:|    print(i)\n"},
		{"recalled multi-line cell runs whole", []string{"for i in r:\n    print(i)"},
			"In [1]: for i in r:↵    print(i)\nOut[1]: for i in r:|    print(i)\n\nIn [2]: \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := runScript(t, tt.lines...)
			if got != tt.want {
				t.Errorf("transcript of %q:\ngot:\n%s\nwant:\n%s", tt.lines, got, tt.want)
			}
		})
	}
}

func TestContinuationPromptAlignment(t *testing.T) {
	tests := []struct{ prompt, want string }{
		{"In [1]: ", "   ...: "},
		{"In [10]: ", "    ...: "},
		{"In [100]: ", "     ...: "},
	}
	for _, tt := range tests {
		if got := continuationPrompt(tt.prompt); got != tt.want {
			t.Errorf("continuationPrompt(%q) = %q, want %q", tt.prompt, got, tt.want)
		}
	}
}

func TestRunHistoryAndNumbering(t *testing.T) {
	lines := make([]string, 0, 12)
	for i := 0; i < 10; i++ {
		lines = append(lines, "1")
	}
	lines = append(lines, "(2,", "3)")
	out, f, r := runScript(t, lines...)
	if !strings.Contains(out, "In [11]: (2,\n    ...: 3)\nOut[11]: (2,|3)\n") {
		t.Errorf("cell 11 with aligned continuation missing from:\n%s", out)
	}
	if len(f.cells) != 11 {
		t.Errorf("ran %d cells, want 11", len(f.cells))
	}
	if got, want := r.hist[len(r.hist)-1], "(2,\n3)"; got != want {
		t.Errorf("last history entry = %q, want %q", got, want)
	}
}

func TestRunBanner(t *testing.T) {
	var out strings.Builder
	r := &scriptReader{out: &out}
	if err := run(&fakeInterp{}, r, &out, Options{Banner: "hello", NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "hello\n\nIn [1]: \n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPlainReader(t *testing.T) {
	var out strings.Builder
	r := NewPlainReader(strings.NewReader("a\r\nb\nc"), &out, true)
	var got []string
	for {
		line, err := r.ReadLine("> ")
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, line)
	}
	if strings.Join(got, "|") != "a|b|c" {
		t.Errorf("lines = %q, want [a b c]", got)
	}
	if want := "> a\n> b\n> c\n> \n"; out.String() != want {
		t.Errorf("transcript = %q, want %q", out.String(), want)
	}
}

func TestWaitsForBlank(t *testing.T) {
	tests := []struct {
		lines []string
		want  bool
	}{
		{[]string{"for i in r:", "    print(i)"}, true},
		{[]string{"for i in r:", "    print(i)", ""}, false},
		{[]string{"for i in r:", "    print(i)", "    "}, false},
		{[]string{"if x:", "    y", "else:", "    z"}, true},
		{[]string{"def f(a,", "      b):", "    return a"}, true},
		{[]string{"@cache"}, true},
		{[]string{"@cache", "def f(a): return a"}, false},
		{[]string{"if True:", "    a = 1", "b = 2"}, false}, // IPython runs it at once
		{[]string{"for i in r: print(i)"}, false},
		{[]string{"a = (1,", "     2)"}, false},
		{[]string{"for i in r:", "    f(a,", "b)"}, true},
		{[]string{"b = 1 + \\", "    2"}, false},
		{[]string{"if a:", "    s = \"\"\"x", "y\"\"\""}, true},
		{[]string{"s = '''", "    x'''"}, false},
		{[]string{"if a:", "    b  # (", "c = 1"}, false},
		{[]string{"format = 1"}, false},
	}
	for _, tt := range tests {
		if got := waitsForBlank(tt.lines); got != tt.want {
			t.Errorf("waitsForBlank(%q) = %v, want %v", tt.lines, got, tt.want)
		}
	}
}

// prefillReader is a scriptReader that can prefill: it submits the
// prefilled text unchanged.
type prefillReader struct {
	scriptReader
	got []string
}

func (r *prefillReader) ReadLineWith(prompt, text string) (string, error) {
	r.got = append(r.got, text)
	r.lines = append([]string{text}, r.lines...)
	return r.ReadLine(prompt)
}

func TestRunLoadPrefills(t *testing.T) {
	var out strings.Builder
	f := &fakeInterp{}
	r := &prefillReader{scriptReader: scriptReader{lines: []string{"%load"}, out: &out}}
	if err := run(f, r, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	// a line at a time, each editable at its prompt
	if want := []string{"a = 1", "b = 2"}; strings.Join(r.got, "|") != strings.Join(want, "|") {
		t.Errorf("prefilled %q, want %q", r.got, want)
	}
	if want := []string{"%load", "a = 1\nb = 2"}; strings.Join(f.cells, "|") != strings.Join(want, "|") {
		t.Errorf("cells run = %q, want %q", f.cells, want)
	}
}

func TestAskYesNo(t *testing.T) {
	tests := []struct {
		prompt, answer string
		want           bool
	}{
		{"Proceed (y/[n])? ", "y", true},
		{"Proceed (y/[n])? ", "yes", true},
		{"Proceed (y/[n])? ", "", false},
		{"Proceed (y/[n])? ", "maybe", false},
		{"Exit ([y]/n)? ", "", true},
		{"Exit ([y]/n)? ", "n", false},
	}
	for _, tt := range tests {
		var out strings.Builder
		r := &scriptReader{lines: []string{tt.answer}, out: &out}
		if got := askYesNo(r, tt.prompt); got != tt.want {
			t.Errorf("askYesNo(%q) answered %q = %v, want %v", tt.prompt, tt.answer, got, tt.want)
		}
		if !strings.HasPrefix(out.String(), tt.prompt) {
			t.Errorf("askYesNo(%q) showed %q", tt.prompt, out.String())
		}
	}
	var out strings.Builder
	if askYesNo(&scriptReader{out: &out}, "Overwrite (y/[N])? ") {
		t.Errorf("askYesNo at end of input = true, want the default false")
	}
}
