package session

import (
	"fmt"
	"strings"

	"github.com/dcalc/dcalc/session/ipynb"
)

// CheckNotebook runs the code cells of a copy of nb as RunNotebook does
// (going on after errors) and compares the outputs with those the
// notebook holds: execution counts aside, each cell must give the same
// outputs in order, with the same stream text, the same text/plain and
// text/latex (where both have one), and the same exception type and
// message. It returns one line per difference, empty when dcalc
// reproduces the notebook.
func (s *Session) CheckNotebook(nb *ipynb.Notebook) []string {
	s.inlineFigures = true
	run := &ipynb.Notebook{}
	for _, c := range nb.Cells {
		cp := *c
		cp.Outputs = nil
		run.Cells = append(run.Cells, &cp)
	}
	s.RunNotebook(run, NotebookOptions{AllowErrors: true})
	var diffs []string
	for i, want := range nb.Cells {
		if want.Type != "code" {
			continue
		}
		got := run.Cells[i]
		w, g := mergeStreams(want.Outputs), mergeStreams(got.Outputs)
		for j := range max(len(w), len(g)) {
			ws, gs := "(nothing)", "(nothing)"
			var mimes []string
			if j < len(w) {
				mimes = textMimes(w[j])
				ws = outputSummary(w[j], mimes)
			}
			if j < len(g) {
				if mimes == nil {
					mimes = textMimes(g[j])
				}
				gs = outputSummary(g[j], mimes)
			}
			if ws != gs {
				diffs = append(diffs, fmt.Sprintf("cell %d output %d:\n  notebook: %s\n  dcalc:    %s", i+1, j+1, ws, gs))
			}
		}
	}
	return diffs
}

// mergeStreams joins consecutive stream outputs of the same name (a
// kernel may split one print into several).
func mergeStreams(outs []*ipynb.Output) []*ipynb.Output {
	var m []*ipynb.Output
	for _, o := range outs {
		if n := len(m); n > 0 && o.Type == "stream" && m[n-1].Type == "stream" && m[n-1].Name == o.Name {
			cp := *m[n-1]
			cp.Text += o.Text
			m[n-1] = &cp
			continue
		}
		m = append(m, o)
	}
	return m
}

// textMimes are the text types of an output that CheckNotebook compares.
func textMimes(o *ipynb.Output) []string {
	var ms []string
	for _, mime := range []string{"text/plain", "text/latex", "text/markdown", "text/html"} {
		if _, ok := o.Data[mime].(string); ok {
			ms = append(ms, mime)
		}
	}
	return ms
}

// outputSummary is what CheckNotebook compares of an output: its kind
// and the text of the given MIME types (those the notebook's own output
// has, so that dcalc's extra LaTeX is not a difference).
func outputSummary(o *ipynb.Output, mimes []string) string {
	switch o.Type {
	case "stream":
		return fmt.Sprintf("stream %s: %q", o.Name, o.Text)
	case "error":
		return fmt.Sprintf("error: %s: %s", o.EName, o.EValue)
	}
	var parts []string
	for _, mime := range mimes {
		v, _ := o.Data[mime].(string)
		parts = append(parts, fmt.Sprintf("%s %q", mime, v))
	}
	if len(parts) == 0 {
		parts = append(parts, "no text (an image or another type dcalc does not make)")
	}
	return o.Type + ": " + strings.Join(parts, ", ")
}
