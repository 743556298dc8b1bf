package session

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestParseScriptPercent(t *testing.T) {
	src := `from sympy import *

# %% Setup
x = symbols('x')

# %% [markdown]
# # Derivatives
#
# The *chain rule*.

# %% Chain rule [markdown]
# text

# %%
diff(sin(x**2), x)
# %%%  not a marker
#%%%not a marker either

#%%


# %% last
f = (x +
     1)
`
	got, err := ParseScript("demo.dcalc", src)
	if err != nil {
		t.Fatal(err)
	}
	want := []Cell{
		{Source: "from sympy import *", Line: 1},
		{Title: "Setup", Source: "x = symbols('x')", Line: 4},
		{Markdown: true, Source: "# # Derivatives\n#\n# The *chain rule*.", Line: 7},
		{Markdown: true, Title: "Chain rule", Source: "# text", Line: 12},
		// a commented magic (here a metakernel %%%name) reads back as the
		// magic, as Jupytext reads it
		{Source: "diff(sin(x**2), x)\n# %%%  not a marker\n%%%not a marker either", Line: 15},
		{Title: "last", Source: "f = (x +\n     1)", Line: 23},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseScript =\n%#v\nwant\n%#v", got, want)
	}
	if txt, w := markdownText(want[2].Source), "# Derivatives\n\nThe *chain rule*."; txt != w {
		t.Errorf("markdownText = %q, want %q", txt, w)
	}
}

func TestParseScriptStatements(t *testing.T) {
	src := `# A script without markers.
from sympy import *
x, y = symbols('x y')

# comment between statements
f = (x**2 +
     y)  # trailing comment
a = 1; b = 2
if a:
    print(f)
else:
    pass
%time diff(f, x)
diff?
?sin
g = f.subs(x,
  2); h = 3
`
	got, err := ParseScript("demo.dcalc", src)
	if err != nil {
		t.Fatal(err)
	}
	want := []Cell{
		{Source: "from sympy import *", Line: 2},
		{Source: "x, y = symbols('x y')", Line: 3},
		{Source: "f = (x**2 +\n     y)  # trailing comment", Line: 6},
		{Source: "a = 1; b = 2", Line: 8},
		{Source: "if a:\n    print(f)\nelse:\n    pass", Line: 9},
		{Source: "%time diff(f, x)", Line: 13},
		{Source: "diff?", Line: 14},
		{Source: "?sin", Line: 15},
		{Source: "g = f.subs(x,\n  2); h = 3", Line: 16},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseScript =\n%#v\nwant\n%#v", got, want)
	}
}

func TestParseScriptSyntaxError(t *testing.T) {
	_, err := ParseScript("bad.dcalc", "x = (1\ny = 2\n")
	if err == nil || !strings.Contains(err.Error(), "SyntaxError") {
		t.Errorf("ParseScript(bad) error = %v, want a SyntaxError", err)
	}
	// With markers the file is not parsed as a whole: errors belong to
	// the cell that has them.
	cells, err := ParseScript("bad.dcalc", "# %%\nx = (1\n# %%\ny = 2\n")
	if err != nil || len(cells) != 2 {
		t.Errorf("ParseScript(bad percent) = %v, %v; want 2 cells", cells, err)
	}
}

func TestWriteScriptRoundTrip(t *testing.T) {
	cells := []Cell{
		{Source: "x = symbols('x')"},
		{Markdown: true, Title: "Notes", Source: "# Some *text*\n#\n# more"},
		{Source: "if x:\n    y = 1\n\n    z = 2"},
		{Title: "end", Source: "diff(x**2, x)"},
	}
	var sb strings.Builder
	if err := WriteScript(&sb, cells); err != nil {
		t.Fatal(err)
	}
	want := "# %%\nx = symbols('x')\n\n# %% Notes [markdown]\n# Some *text*\n#\n# more\n\n# %%\nif x:\n    y = 1\n\n    z = 2\n\n# %% end\ndiff(x**2, x)\n"
	if sb.String() != want {
		t.Errorf("WriteScript = %q, want %q", sb.String(), want)
	}
	back, err := ParseScript("s.dcalc", sb.String())
	if err != nil {
		t.Fatal(err)
	}
	for i := range back {
		back[i].Line = 0
	}
	if !reflect.DeepEqual(back, cells) {
		t.Errorf("ParseScript(WriteScript(cells)) = %#v, want %#v", back, cells)
	}
}

func TestIsSpecialLine(t *testing.T) {
	for line, want := range map[string]bool{
		"%time x": true, "?diff": true, "diff?": true, "sympy.diff??": true,
		"x = 1": false, "f(x)?": false, "# what?": false, "s = 'why?'": false,
	} {
		if got := isSpecialLine(line); got != want {
			t.Errorf("isSpecialLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestSetupCell(t *testing.T) {
	src := "# %% names [setup]\nx = symbols('x')\n\n# %%\nx + 1\n"
	cells, err := ParseScript("s.dcalc", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) != 2 || !cells[0].Setup || cells[0].Title != "names" || cells[1].Setup {
		t.Fatalf("cells = %+v, want a setup cell titled names, then a plain cell", cells)
	}
	var b strings.Builder
	if err := WriteScript(&b, cells); err != nil {
		t.Fatal(err)
	}
	if b.String() != src {
		t.Errorf("WriteScript = %q, want %q", b.String(), src)
	}
	var out strings.Builder
	if err := New(nil, Options{}).Replay(&out, cells, ReplayOptions{}); err != nil {
		t.Fatal(err)
	}
	if want := "In [1]: x + 1\nOut[1]: x + 1\n\n"; out.String() != want {
		t.Errorf("replay = %q, want %q (setup cell not shown, not numbered)", out.String(), want)
	}
}

// TestScriptMagicComments checks that magics, shell commands and help
// lines are comments in a written script, as Jupytext's percent format
// writes them (so python3 and dcalc FILE run it), that reading gives the
// cells back, and that comments and strings which look like magics
// survive the round trip.
func TestScriptMagicComments(t *testing.T) {
	cells := []Cell{{Source: "%time diff(x**2, x)\nd = 1\n!ls\ndiff?\n    %timeit d"},
		{Source: "# %matplotlib inline (a comment)\ns = \"\"\"\n%not a magic\n\"\"\"\n#!shebang-like"}}
	var buf strings.Builder
	if err := WriteScript(&buf, cells); err != nil {
		t.Fatal(err)
	}
	want := "# %%\n# %time diff(x**2, x)\nd = 1\n# !ls\n# diff?\n    # %timeit d\n\n# %%\n# # %matplotlib inline (a comment)\ns = \"\"\"\n%not a magic\n\"\"\"\n# #!shebang-like\n"
	if buf.String() != want {
		t.Errorf("WriteScript:\n%s\nwant\n%s", buf.String(), want)
	}
	if c, _ := ParseScript("t.dcalc", "#!/usr/bin/env python3\n# %%\nx = 1\n"); len(c) != 2 || c[0].Source != "#!/usr/bin/env python3" {
		t.Errorf("a shebang line: %+v", c)
	}
	back, err := ParseScript("t.dcalc", buf.String())
	if err != nil || len(back) != 2 || back[0].Source != cells[0].Source || back[1].Source != cells[1].Source {
		t.Errorf("ParseScript gave back %+v (%v)", back, err)
	}
	// the written script is a Python program
	var out strings.Builder
	s := New(&out, Options{})
	if err := s.ExecFile("t.dcalc", buf.String()); err != nil {
		t.Errorf("the script does not run as a program: %s", s.FormatException(err))
	}
}

// TestSaveReplaysSession checks issue 15's round trip: a REPL session
// (isympy's names, 2-D display) saved with %save replays to the
// session's own transcript, magics included, and runs as a program.
func TestSaveReplaysSession(t *testing.T) {
	t.Chdir(t.TempDir())
	cells := []string{"f2 = x**2 + y**2 + 3*x*y", "diff(f2, x)", "diff(f(x)*sin(x), x)", "%who", "for v in (x, y):\n    print(v, diff(f2, v))", "x^2"}
	var live bytes.Buffer
	repl := New(&live, Options{Interactive: true, Pretty: true})
	var cellsRun []Cell
	for _, c := range cells {
		cellsRun = append(cellsRun, Cell{Source: c})
	}
	// the session's transcript, as the REPL shows it
	if err := repl.Replay(&live, cellsRun, ReplayOptions{Pretty: true, KeepGoing: true}); err != nil {
		t.Fatal(err)
	}
	transcript := live.String()
	if res := repl.RunCell("%save -f session 1-6"); res.Err != nil {
		t.Fatal(repl.FormatException(res.Err))
	}
	data, err := os.ReadFile("session.dcalc")
	if err != nil {
		t.Fatal(err)
	}
	saved, err := ParseScript("session.dcalc", string(data))
	if err != nil {
		t.Fatal(err)
	}
	// dcalc replay: a fresh interactive session, str display by default
	var again bytes.Buffer
	fresh := New(&bytes.Buffer{}, Options{Interactive: true})
	fresh.Replay(&again, saved, ReplayOptions{KeepGoing: true})
	if again.String() != transcript {
		t.Errorf("the saved session replays as\n%s\nthe session was\n%s\nfile:\n%s", again.String(), transcript, data)
	}
	if !strings.Contains(string(data), "\n# %who\n") || !strings.Contains(string(data), "init_printing()\n") {
		t.Errorf("the saved file:\n%s", data)
	}
	// dcalc FILE (python3 FILE alike): the magics are comments; the
	// program stops at x^2, which raises as in the session
	var out bytes.Buffer
	prog := New(&out, Options{Bare: true})
	err = prog.ExecFile("session.dcalc", string(data))
	if err == nil || !strings.Contains(prog.FormatException(err), "TypeError: unsupported operand type(s) for ^: 'Symbol' and 'int'") || out.String() != "x 2*x + 3*y\ny 3*x + 2*y\n" {
		t.Errorf("as a program: %q, %v", out.String(), err)
	}
}
