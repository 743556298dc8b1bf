package session

import (
	"bytes"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/dcalc/dcalc/session/ipynb"
)

// TestRunNotebook runs a notebook that Jupyter executed (nbclient with
// ipykernel and SymPy 1.14: session/ipynb/testdata/gen_notebooks.py) and
// compares each cell's outputs with Jupyter's: execution counts, output
// kinds in order, stream text, text/plain and text/latex, and the
// exception's type and message. Two differences are by design and not
// compared: Jupyter adds an image/png rendering of the LaTeX (dcalc has
// no TeX renderer; front ends show text/latex), and ipykernel colours
// its traceback with ANSI codes.
func TestRunNotebook(t *testing.T) {
	data, err := os.ReadFile("ipynb/testdata/sympy_run.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ipynb.Read("sympy_run.ipynb", data)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ipynb.Read("sympy_run.ipynb", data)
	for _, c := range got.Cells {
		c.Outputs, c.ExecutionCount = nil, 0
	}
	s := New(&bytes.Buffer{}, Options{})
	if err := s.RunNotebook(got, NotebookOptions{AllowErrors: true}); err != nil {
		t.Fatal(err)
	}
	for i, wc := range want.Cells {
		gc := got.Cells[i]
		if gc.Source != wc.Source || gc.Type != wc.Type {
			t.Fatalf("cell %d changed", i+1)
		}
		if gc.ExecutionCount != wc.ExecutionCount {
			t.Errorf("cell %d: execution_count %d, want %d", i+1, gc.ExecutionCount, wc.ExecutionCount)
		}
		if len(gc.Outputs) != len(wc.Outputs) {
			t.Errorf("cell %d (%q): %d outputs, want %d", i+1, wc.Source, len(gc.Outputs), len(wc.Outputs))
			continue
		}
		for j, wo := range wc.Outputs {
			g := gc.Outputs[j]
			if g.Type != wo.Type || g.Name != wo.Name || g.Text != wo.Text || g.EName != wo.EName || g.EValue != wo.EValue || g.ExecutionCount != wo.ExecutionCount {
				t.Errorf("cell %d output %d: %+v, want %+v", i+1, j+1, *g, *wo)
				continue
			}
			if g.Type == "error" {
				// The same parts as ipykernel's, without its colours
				// (IPython before 8.9 wrote "In [6]" where 8.12 writes
				// "In[6]").
				ansi := regexp.MustCompile("\x1b\\[[0-9;]*m")
				var parts []string
				for _, p := range wo.Traceback {
					parts = append(parts, strings.Replace(ansi.ReplaceAllString(p, ""), "Cell In [", "Cell In[", 1))
				}
				if !reflect.DeepEqual(g.Traceback, parts) {
					t.Errorf("cell %d traceback:\n got %q\nwant %q", i+1, g.Traceback, parts)
				}
			}
			for _, mime := range []string{"text/plain", "text/latex"} {
				if g.Data[mime] != wo.Data[mime] {
					t.Errorf("cell %d output %d %s: %q, want %q", i+1, j+1, mime, g.Data[mime], wo.Data[mime])
				}
			}
		}
	}
}

// TestCheckNotebook: the notebook Jupyter ran checks clean (its images
// aside, which have no text), and a changed output is reported.
func TestCheckNotebook(t *testing.T) {
	data, err := os.ReadFile("ipynb/testdata/sympy_run.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb, _ := ipynb.Read("sympy_run.ipynb", data)
	if d := New(&bytes.Buffer{}, Options{}).CheckNotebook(nb); len(d) != 0 {
		t.Errorf("differences: %q", d)
	}
	nb.Cells[2].Outputs[0].Data["text/plain"] = "x**2/3"
	d := New(&bytes.Buffer{}, Options{}).CheckNotebook(nb)
	if len(d) != 1 || !strings.Contains(d[0], `cell 3 output 1:`) || !strings.Contains(d[0], `"x**2/3"`) {
		t.Errorf("a changed output gave %q", d)
	}
}
