package repl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dcalc/dcalc/session"
)

// typingReader is a scriptReader whose user types each scripted line
// after whatever the REPL put in the editor (the autoindent), as at a
// terminal; paste makes it report pasted input.
type typingReader struct {
	scriptReader
	paste    bool
	prefills []string
}

func (r *typingReader) ReadLineWith(prompt, text string) (string, error) {
	r.prefills = append(r.prefills, text)
	if len(r.lines) > 0 {
		r.lines[0] = text + r.lines[0]
	}
	return r.ReadLine(prompt)
}

func (r *typingReader) Pasting() bool { return r.paste }

// TestAutoindent checks IPython's autoindent: after a line ending in a
// colon the next line starts four spaces further in, other continuation
// lines keep the indentation of the line before, and a line of spaces
// ends the block.
func TestAutoindent(t *testing.T) {
	var out strings.Builder
	f := &fakeInterp{}
	r := &typingReader{scriptReader: scriptReader{out: &out, lines: []string{
		"for i in r:", "if i:  # odd", "print(i)", "", // typed without indentation
		"a = (1 +", "2)",
	}}}
	if err := run(f, r, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	wantCells := []string{"for i in r:\n    if i:  # odd\n        print(i)", "a = (1 +\n2)"}
	if strings.Join(f.cells, "|") != strings.Join(wantCells, "|") {
		t.Errorf("cells = %q, want %q", f.cells, wantCells)
	}
	wantPre := []string{"    ", "        ", "        "} // none after "a = (1 +"
	if strings.Join(r.prefills, "|") != strings.Join(wantPre, "|") {
		t.Errorf("prefills = %q, want %q", r.prefills, wantPre)
	}
}

// TestPasteNotIndented checks that pasted lines, which bring their own
// indentation, get none added.
func TestPasteNotIndented(t *testing.T) {
	var out strings.Builder
	f := &fakeInterp{}
	r := &typingReader{paste: true, scriptReader: scriptReader{out: &out, lines: []string{
		"def sq(a):", "    if a:", "        return a**2", "    return 0", "",
	}}}
	if err := run(f, r, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	want := "def sq(a):\n    if a:\n        return a**2\n    return 0"
	if len(f.cells) != 1 || f.cells[0] != want {
		t.Errorf("cells = %q, want [%q]", f.cells, want)
	}
	if len(r.prefills) != 0 {
		t.Errorf("prefilled %q while pasting, want nothing", r.prefills)
	}
}

func TestNextIndent(t *testing.T) {
	tests := []struct {
		lines []string
		want  int
	}{
		{[]string{"for i in r:"}, 4},
		{[]string{"def f(x):  # comment"}, 4},
		{[]string{"if a:", "    if b:"}, 8},
		{[]string{"if a:", "    y = 1"}, 4},
		{[]string{"a = (1 +"}, 0},
		{[]string{"    s = '#:'"}, 4},
		{[]string{"d = {1:"}, 4}, // as IPython: the last token is ':'
		{[]string{"\tx = 1"}, 4},
	}
	for _, tt := range tests {
		if got := nextIndent(tt.lines); got != strings.Repeat(" ", tt.want) {
			t.Errorf("nextIndent(%q) = %q, want %d spaces", tt.lines, got, tt.want)
		}
	}
}

// TestFilterKey follows the completion menu of readline 1.5.1: Ctrl-K,
// Ctrl-C and Ctrl-G in its select mode (a second Tab over several
// candidates) must not reach readline, which crashes or hangs on them.
func TestFilterKey(t *testing.T) {
	c := &Completer{}
	c.SetNames([]string{"diff", "doit", "dir"})
	kicked := 0
	c.kick = func() { kicked++ }
	tab := func() {
		if r, _ := c.filterKey(keyTab); r != keyTab {
			t.Fatalf("Tab filtered to %d", r)
		}
	}
	// Tab with no menu yet: readline calls Do.
	tab()
	c.Do([]rune("d"), 1)
	tab() // select mode
	if r, _ := c.filterKey(keyLineStart); r != keyLineStart {
		t.Errorf("Ctrl-A in the menu = %d, want it passed on", r)
	}
	if r, _ := c.filterKey(keyKill); r != keyMetaForward {
		t.Errorf("Ctrl-K in select mode = %d, want Alt-F", r)
	}
	if r, _ := c.filterKey(keyKill); r != keyKill {
		t.Errorf("Ctrl-K after the menu closed = %d, want Ctrl-K", r)
	}
	tab()
	c.Do([]rune("d"), 1)
	tab()
	if r, _ := c.filterKey(keyInterrupt); r != keyMetaForward || kicked != 1 {
		t.Errorf("Ctrl-C in select mode = %d (kicked %d), want Alt-F and a kick", r, kicked)
	}
	if r, _ := c.filterKey(keyInterrupt); r != keyInterrupt {
		t.Errorf("second Ctrl-C = %d, want Ctrl-C", r)
	}
	// One candidate is inserted at once: no menu, Ctrl-C as usual.
	tab()
	c.Do([]rune("dif"), 3)
	tab()
	if r, _ := c.filterKey(keyInterrupt); r != keyInterrupt {
		t.Errorf("Ctrl-C with no menu = %d, want Ctrl-C", r)
	}
}

// TestSaveReplayRoundTrip types cells at the REPL, saves them with %save
// and replays the file: the replay prints the same transcript the REPL
// showed (both in plain form).
func TestSaveReplayRoundTrip(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "nb")
	cells := []string{
		"from sympy import *",
		"x, y = symbols('x y')",
		"f2 = x**2 + y**2 + 3*x*y",
		"diff(f2, x)",
		"for v in (x, y):",
		"    print(diff(f2, v))",
		"",
		"g = Function('g')",
		"diff(g(x)**2,",
		"     x)",
		"None",
		"1/0",
		"[diff(f2, v, 2) for v in (x, y)]",
	}
	input := strings.Join(cells, "\n") + "\n%save " + file + "\n"
	var out strings.Builder
	s := session.New(&out, session.Options{})
	lr := NewPlainReader(strings.NewReader(input), &out, true)
	if err := Run(s, lr, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	typed := out.String()
	i := strings.Index(typed, "In [11]: %save")
	if i < 0 {
		t.Fatalf("no %%save cell in the transcript:\n%s", typed)
	}
	typed = typed[:i]

	src, err := os.ReadFile(file + ".dcalc")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := session.ParseScript("nb.dcalc", string(src))
	if err != nil {
		t.Fatal(err)
	}
	var replayed strings.Builder
	r := session.New(nil, session.Options{})
	r.Replay(&replayed, parsed, session.ReplayOptions{KeepGoing: true})
	if replayed.String() != typed {
		t.Errorf("replay of the saved file:\n%s\nREPL transcript:\n%s\nsaved file:\n%s", replayed.String(), typed, src)
	}
}

// TestSaveReplayRoundTripIsympy saves cells of a REPL session that use
// isympy's preloaded names: %save writes them first as a [setup] cell,
// so that the replay, which starts with SymPy's names only, prints the
// transcript the REPL showed.
func TestSaveReplayRoundTripIsympy(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "nb")
	input := "e = diff(f(x)*sin(x), x)\ne\nk.is_integer\n(x + y)**2\n%save " + file + "\n"
	var out strings.Builder
	s := session.New(&out, session.Options{Interactive: true, Pretty: true, Width: 80})
	lr := NewPlainReader(strings.NewReader(input), &out, true)
	if err := Run(s, lr, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	typed := out.String()
	typed = typed[:strings.Index(typed, "In [5]: %save")]
	src, err := os.ReadFile(file + ".dcalc")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "# %% isympy's names [setup]\nfrom sympy import *\n") {
		t.Errorf("saved file does not start with the setup cell:\n%s", src)
	}
	cells, err := session.ParseScript("nb.dcalc", string(src))
	if err != nil {
		t.Fatal(err)
	}
	var replayed strings.Builder
	session.New(nil, session.Options{}).Replay(&replayed, cells, session.ReplayOptions{Pretty: true})
	if replayed.String() != typed {
		t.Errorf("replay --pretty of the saved file:\n%s\nREPL transcript:\n%s", replayed.String(), typed)
	}
}
