package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestASCIIPlots checks --ascii: a program's plot is drawn with '*' and
// ASCII axes, and without the flag with braille.
func TestASCIIPlots(t *testing.T) {
	t.Setenv("DCALC_PLOT", "")
	src := "x = symbols('x')\nplot(x**2, (x, -1, 1))\n"
	var out, errs bytes.Buffer
	if code := run([]string{"-c", src}, strings.NewReader(""), &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.ContainsRune(out.String(), '┤') || strings.Contains(out.String(), "*") {
		t.Errorf("braille plot:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"--ascii", "-c", src}, strings.NewReader(""), &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if strings.ContainsRune(out.String(), '┤') || !strings.Contains(out.String(), "*") || !strings.Contains(out.String(), "+---") {
		t.Errorf("ascii plot:\n%s", out.String())
	}
}
