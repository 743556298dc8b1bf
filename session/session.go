// Package session is dcalc's interpreter: it runs cells of the Python
// subset against the symbolic engine, keeps the namespace, numbers cells,
// keeps In/Out history and turns failures into Python-style exceptions.
package session

import (
	"io"
)

// Options configure a Session. The zero value is a script session: SymPy's
// names only, plain str output.
type Options struct {
	// Interactive preloads isympy's symbols x, y, z, t, integer symbols
	// k, m, n and functions f, g, h.
	Interactive bool
	// Pretty shows Out values in 2D unicode form.
	Pretty bool
	// Width is the line width for pretty output; 0 means 80.
	Width int
}

// Value is a Python value: an engine.Expr for SymPy objects, or one of the
// session's Python value types.
type Value any

// Result is the outcome of running one cell.
type Result struct {
	// N is the cell's execution number (In[N]).
	N int
	// Value is the value to show as Out[N], or nil when there is none.
	Value Value
	// Err is a *Exception (runtime or syntax error), or nil.
	Err error
}

// Session is one interpreter with its namespace and history.
type Session struct {
	out  io.Writer
	opts Options
}

// New returns a session that writes program output (print) to out.
func New(out io.Writer, opts Options) *Session {
	return &Session{out: out, opts: opts}
}

// RunCell runs src as the next numbered cell, as a REPL does: magics
// (%name) and help (?name) are recognised, the value of a final bare
// expression is returned for display and stored as Out[N].
func (s *Session) RunCell(src string) Result {
	panic("session.RunCell: not implemented yet")
}

// ExecFile runs a whole program named name, as python3 FILE does: only
// what it prints is written. The error is an *Exception.
func (s *Session) ExecFile(name, src string) error {
	panic("session.ExecFile: not implemented yet")
}

// FormatValue returns the display form of v for Out[N]: pretty when the
// session's Pretty option is on, else str().
func (s *Session) FormatValue(v Value) string {
	panic("session.FormatValue: not implemented yet")
}

// IsComplete reports whether src is a complete cell, or whether a REPL
// should read a continuation line (open brackets, a block header, a
// trailing backslash, an indented last line).
func (s *Session) IsComplete(src string) bool {
	panic("session.IsComplete: not implemented yet")
}

// Names returns the names visible in the namespace (for completion).
func (s *Session) Names() []string {
	panic("session.Names: not implemented yet")
}
