package session

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dcalc/dcalc/session/ipynb"
)

// NotebookOptions configure RunNotebook.
type NotebookOptions struct {
	// AllowErrors goes on after a cell raises, as nbconvert's
	// --allow-errors; otherwise the run stops at the first error.
	AllowErrors bool
}

// CellError is the error of a notebook cell that stopped a run.
type CellError struct {
	// Index is the cell's position in the notebook, from 0.
	Index int
	Err   error
}

func (e *CellError) Error() string { return fmt.Sprintf("cell %d: %v", e.Index+1, e.Err) }

// Unwrap returns the cell's exception.
func (e *CellError) Unwrap() error { return e.Err }

// RunNotebook runs the code cells of nb in order, as a Jupyter kernel
// would, and replaces their outputs and execution counts: prints become
// stream outputs, display() calls display_data, a cell's value an
// execute_result and an exception an error output (MIME bundles as
// MimeBundle gives them). Markdown and raw cells are left as they are.
// The error is a *CellError when a cell raised and AllowErrors is off.
func (s *Session) RunNotebook(nb *ipynb.Notebook, opts NotebookOptions) error {
	s.inlineFigures = true // a notebook runs with matplotlib's inline backend
	for i, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		outs, res := s.runCellOutputs(c.Source)
		c.Outputs = outs
		c.ExecutionCount = 0
		if strings.TrimSpace(c.Source) != "" {
			c.ExecutionCount = res.N
		}
		if res.Err != nil && !opts.AllowErrors {
			return &CellError{Index: i, Err: res.Err}
		}
	}
	return nil
}

// runCellOutputs runs one cell, collecting its outputs in order.
func (s *Session) runCellOutputs(src string) ([]*ipynb.Output, Result) {
	var outs []*ipynb.Output
	var stream cellStream
	flush := func() {
		if stream.Len() > 0 {
			outs = append(outs, &ipynb.Output{Type: "stream", Name: "stdout", Text: stream.String()})
			stream.Reset()
		}
	}
	bundle := func(b map[string]string) map[string]any {
		m := map[string]any{}
		for k, v := range b {
			m[k] = v
		}
		return m
	}
	// clear_output as nbclient applies it: at once, or (wait) when the
	// next output arrives
	clearNext := false
	clear := func() {
		if clearNext {
			outs, clearNext = nil, false
		}
	}
	stream.onWrite = clear
	savedOut, savedHook, savedClear := s.out, s.displayHook, s.clearHook
	s.out = &stream
	s.displayHook = func(b map[string]string) {
		flush()
		clear()
		outs = append(outs, &ipynb.Output{Type: "display_data", Data: bundle(b), Metadata: map[string]any{}})
	}
	s.clearHook = func(wait bool) {
		flush()
		if wait {
			clearNext = true
			return
		}
		outs, clearNext = nil, false
	}
	res := s.RunCell(src)
	flush()
	if res.Err != nil {
		clear()
		outs = append(outs, errorOutput(s, res.Err))
	}
	if res.Value != nil {
		clear()
		outs = append(outs, &ipynb.Output{Type: "execute_result", Data: bundle(s.MimeBundle(res.Value)),
			Metadata: map[string]any{}, ExecutionCount: res.N})
	}
	s.FlushFigures() // after the result, as the inline backend's post-execute hook
	flush()
	s.out, s.displayHook, s.clearHook = savedOut, savedHook, savedClear
	return outs, res
}

// errorOutput is the error output of a cell's exception: its type, its
// message and the traceback the REPL prints, in the parts of IPython's
// structured traceback (the rule, the header, one part per frame, the
// exception line), without ipykernel's ANSI colours.
func errorOutput(s *Session, err error) *ipynb.Output {
	o := &ipynb.Output{Type: "error", EName: "Exception", EValue: err.Error()}
	var exc *Exception
	if errors.As(err, &exc) {
		o.EName, o.EValue = exc.Type, exc.Msg
	}
	o.Traceback = TracebackParts(strings.TrimRight(formatError(err), "\n"))
	return o
}

// TracebackParts splits a cell traceback into IPython's parts (the rule,
// the header, one part per frame, the exception line), as Jupyter's
// error outputs hold them; a traceback without the rule (a SyntaxError,
// a UsageError) is one part, and a SystemExit is IPython's header and
// its exception line.
func TracebackParts(tb string) []string {
	if rest, ok := strings.CutPrefix(tb, systemExitHeader+"\n"); ok {
		return []string{systemExitHeader, rest + "\n"}
	}
	lines := strings.Split(tb, "\n")
	if len(lines) < 4 || !strings.HasPrefix(lines[0], "-----") {
		return []string{tb}
	}
	parts := []string{lines[0], lines[1]}
	var frame strings.Builder
	for _, l := range lines[2 : len(lines)-1] {
		if l == "" {
			if frame.Len() > 0 {
				parts = append(parts, frame.String())
				frame.Reset()
			}
			continue
		}
		frame.WriteString(l + "\n")
	}
	if frame.Len() > 0 {
		parts = append(parts, frame.String())
	}
	return append(parts, lines[len(lines)-1])
}

// cellStream collects a cell's printed text between other outputs;
// onWrite runs before each write (a pending clear_output(wait=True)
// then clears the outputs before the text).
type cellStream struct {
	strings.Builder
	onWrite func()
}

func (c *cellStream) Write(p []byte) (int, error) {
	if c.onWrite != nil && len(p) > 0 {
		c.onWrite()
	}
	return c.Builder.Write(p)
}

// WriteString is Write for a string (io.WriteString's path).
func (c *cellStream) WriteString(t string) (int, error) {
	if c.onWrite != nil && t != "" {
		c.onWrite()
	}
	return c.Builder.WriteString(t)
}
