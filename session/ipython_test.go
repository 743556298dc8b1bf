package session

import (
	"bytes"
	"strings"
	"testing"
)

// TestIPythonTransform compares the cell transformation with IPython
// 8.12's TransformerManager.transform_cell (testdata/gen_ipython_transform.py).
func TestIPythonTransform(t *testing.T) {
	n := 0
	for _, c := range readJSONL[struct{ Cell, Python string }](t, "testdata/ipython_transform.jsonl") {
		n++
		if got := ipythonTransform(c.Cell); got != c.Python {
			t.Errorf("cell %q:\n got %q\nwant %q", c.Cell, got, c.Python)
		}
	}
	if n < 30 {
		t.Fatalf("only %d cells", n)
	}
}

// TestIPythonCells runs cells that use IPython's conventions (display(),
// IPython.display, a trailing semicolon, magics inside cells, cell
// magics, dedenting, pasted prompts) and compares what each prints with
// IPython 8.12 (testdata/gen_ipython_cells.py).
func TestIPythonCells(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{Pretty: true, Kernel: true}) // IPython's InteractiveShell, not a terminal's
	if r := s.RunCell("from sympy import *\nx, y = symbols('x y')\ninit_printing(use_unicode=True)"); r.Err != nil {
		t.Fatal(r.Err)
	}
	n := 0
	for _, c := range readJSONL[struct{ Cell, Out string }](t, "testdata/ipython_cells.jsonl") {
		n++
		out.Reset()
		r := s.RunCell(c.Cell)
		got := out.String()
		if r.Err != nil {
			got += formatError(r.Err)
		}
		if r.Value != nil {
			got += outLine(r.N, s.FormatValue(r.Value)) + "\n"
		}
		if got != c.Out {
			t.Errorf("cell %q:\n got %q\nwant %q", c.Cell, got, c.Out)
		}
	}
	if n < 20 {
		t.Fatalf("only %d cells", n)
	}
}

// BenchmarkIPythonTransform is the transformation of a pasted
// 5,000-line cell with a magic at its end (linear: about 1 ms; it was
// quadratic, 1.8 s).
func BenchmarkIPythonTransform(b *testing.B) {
	src := strings.Repeat("y = x**2 + 3*x  # a comment\n", 5000) + "%time y\n"
	for range b.N {
		ipythonTransform(src)
	}
}
