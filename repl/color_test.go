package repl

import (
	"regexp"
	"strings"
	"testing"
)

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;]*[mD]`)

// TestHighlightKeepsText checks that highlighting only adds colour: the
// visible text of every line is unchanged (incomplete lines, strings,
// comments, unknown characters included), and the pieces get the
// colours of pygments' default style / IPython's input overrides.
func TestHighlightKeepsText(t *testing.T) {
	sc := schemeNamed("neutral")
	for _, src := range []string{
		"def f(a): return a/0  # c", "x = 'unterminated", `s = """a`, "print(len([1, 2.5, 3j]))",
		"for v in (x, y):", "a ↵ b", "if not a and b is None: pass", "€ weird ¿", "", "   ", "f'{x}'",
		"%timeit x", "x?",
	} {
		for _, input := range []bool{true, false} {
			if got := sgrRE.ReplaceAllString(sc.highlight(src, input), ""); got != src {
				t.Errorf("highlight(%q) shows %q", src, got)
			}
		}
	}
	got := sc.highlight(`def f(a): return len("s") + 10  # c`, false)
	for _, want := range []string{
		"\x1b[38;5;28;01mdef\x1b[39;00m", "\x1b[38;5;21mf\x1b[39;00m", "\x1b[38;5;28;01mreturn\x1b[39;00m",
		"\x1b[38;5;28mlen\x1b[39;00m", "\x1b[38;5;124m\"s\"\x1b[39;00m", "\x1b[38;5;241m10\x1b[39;00m",
		"\x1b[38;5;66;03m# c\x1b[39;00m",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("highlight: no %q in %q", want, got)
		}
	}
	if got := sc.highlight(`x = 10 + "s"`, true); !strings.Contains(got, "\x1b[32m10") || !strings.Contains(got, "\x1b[33m\"s\"") {
		t.Errorf("input style (numbers green, strings yellow as IPython's Neutral): %q", got)
	}
	var none *scheme
	if none.highlight("def f(): pass", true) != "def f(): pass" || none.inPrompt(3) != "In [3]: " || none.outPrompt(4) != "Out[4]: " {
		t.Error("NoColor must not colour")
	}
}

// TestTracebackColors colours an IPython-style cell traceback as
// IPython's Neutral scheme does (its excolors: rule and exception name
// red, locations and the arrow green, context line numbers bold green,
// the function cyan and its arguments blue), leaving the text as it was.
func TestTracebackColors(t *testing.T) {
	tb := "---------------------------------------------------------------------------\n" +
		"ZeroDivisionError                         Traceback (most recent call last)\n" +
		"Cell In[2], line 1\n" +
		"----> 1 f(1)\n" +
		"\n" +
		"Cell In[1], line 2, in f(a)\n" +
		"      1 def f(a):\n" +
		"----> 2     return a/0\n" +
		"\n" +
		"ZeroDivisionError: division by zero\n" +
		"Hint: not an exception line"
	sc := schemeNamed("Neutral")
	got := sc.traceback(tb)
	if sgrRE.ReplaceAllString(got, "") != tb {
		t.Fatalf("the text changed:\n%s", sgrRE.ReplaceAllString(got, ""))
	}
	lines := strings.Split(got, "\n")
	for i, want := range map[int]string{
		0:  "\x1b[0;31m-----",
		1:  "\x1b[0;31mZeroDivisionError\x1b[0m                         Traceback",
		2:  "Cell \x1b[0;32mIn[2], line 1\x1b[0m",
		3:  "\x1b[0;32m----> 1\x1b[0m f",
		5:  "Cell \x1b[0;32mIn[1], line 2\x1b[0m, in \x1b[0;36mf\x1b[0m\x1b[0;34m(a)\x1b[0m",
		6:  "\x1b[1;32m      1\x1b[0m \x1b[38;5;28;01mdef",
		9:  "\x1b[0;31mZeroDivisionError\x1b[0m: division by zero",
		10: "Hint: not an exception line",
	} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d: %q, want it to start %q", i, lines[i], want)
		}
	}
	if got := sc.inPrompt(7); got != "\x1b[32mIn [\x1b[0m\x1b[92;1m7\x1b[0m\x1b[32m]: \x1b[0m" {
		t.Errorf("In prompt %q", got)
	}
	if got := sc.outPrompt(7); got != "\x1b[31mOut[\x1b[0m\x1b[91;1m7\x1b[0m\x1b[31m]: \x1b[0m" {
		t.Errorf("Out prompt %q", got)
	}
}
