package repl

import (
	"strings"
	"testing"

	"github.com/dcalc/dcalc/session"
)

// TestRunSession drives the real session through a PlainReader. The
// expected transcript is what IPython 8.12 with SymPy 1.14's
// init_printing(use_unicode=True) shows for the same input typed at a
// terminal (typed text echoed after the prompt).
func TestRunSession(t *testing.T) {
	input := strings.Join([]string{
		"x**2",
		"a = x + 1",
		"a",
		"for i in range(2):",
		"    print(i)",
		"",
		"diff(x**3,",
		"     x)",
	}, "\n") + "\n"
	var out strings.Builder
	s := session.New(&out, session.Options{Interactive: true, Pretty: true, Width: 80})
	lr := NewPlainReader(strings.NewReader(input), &out, true)
	if err := Run(s, lr, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	want := "In [1]: x**2\nOut[1]: \n 2\nx \n\n" +
		"In [2]: a = x + 1\n\n" +
		"In [3]: a\nOut[3]: x + 1\n\n" +
		"In [4]: for i in range(2):\n   ...:     print(i)\n   ...: \n0\n1\n\n" +
		"In [5]: diff(x**3,\n   ...:      x)\nOut[5]: \n   2\n3⋅x \n\n" +
		"In [6]: \n"
	if got := out.String(); got != want {
		t.Errorf("transcript:\n%s\nwant:\n%s", got, want)
	}
}

// TestRunSessionErrors checks that errors are shown and the loop and the
// namespace survive them.
func TestRunSessionErrors(t *testing.T) {
	input := "b = 5\nundefined_name\n1 +* 2\nb\n"
	var out strings.Builder
	s := session.New(&out, session.Options{Interactive: true})
	lr := NewPlainReader(strings.NewReader(input), &out, true)
	if err := Run(s, lr, &out, Options{NoSignals: true}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"NameError: name 'undefined_name' is not defined\n\nIn [3]: ",
		"SyntaxError: invalid syntax\n\nIn [4]: b\nOut[4]: 5\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("transcript lacks %q:\n%s", want, got)
		}
	}
}
