package session

import (
	"bytes"
	"io"
	"strings"
)

// This file is the API a front end other than the REPL needs (the
// Jupyter kernel): where output and display() go, help text, history,
// and silent runs.

// SetOutput sets where the session's program output (print) goes.
func (s *Session) SetOutput(w io.Writer) { s.out = w }

// SetErrOutput sends warnings (NumPy's RuntimeWarning) to w, as Python
// writes them to stderr; nil sends them to the output writer.
func (s *Session) SetErrOutput(w io.Writer) { s.errOut = w }

// SetDisplayHook makes display() hand each object's MIME bundle (see
// MimeBundle) to hook instead of printing its text; nil restores
// printing.
func (s *Session) SetDisplayHook(hook func(bundle map[string]string)) { s.displayHook = hook }

// SetClearOutputHook makes IPython.display.clear_output(wait) call hook
// (a Jupyter front end clears the cell's outputs, at once or before the
// next one with wait); without one it writes the terminal's erase-line
// sequence, as IPython does outside a kernel.
func (s *Session) SetClearOutputHook(hook func(wait bool)) { s.clearHook = hook }

// Help returns the text "?name" prints (IPython's object inspection);
// ok is false when there is nothing to say about name.
func (s *Session) Help(name string) (text string, ok bool) {
	var b bytes.Buffer
	showHelp(&b, s, name)
	text = b.String()
	return text, text != "" && !strings.HasPrefix(text, "Object `")
}

// Inputs returns the session's cells in order: In[1], In[2], ...
func (s *Session) Inputs() []string { return s.inputHistory() }

// RunSilent runs src as Jupyter's silent execute requests are run: with
// IPython's transformation, but without numbering it, storing it in
// In/Out or showing its value.
func (s *Session) RunSilent(src string) error {
	s.installIPython()
	_, err := s.run("<silent>", ipythonTransform(src), false)
	return err
}
