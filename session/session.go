// Package session is dcalc's interpreter: it runs cells of the Python
// subset against the symbolic engine, keeps the namespace, numbers cells,
// keeps In/Out history and turns failures into Python-style exceptions.
package session

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
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
	// Bare makes ExecFile start from an empty module namespace, as
	// python3 FILE does: SymPy's names, In/Out and _ exist only after an
	// import. By default every session starts with SymPy's names bound.
	Bare bool
	// Files limits what the file magics may read and write (replay
	// confines a notebook to its directory); the zero value allows all.
	Files FilePolicy
	// Kernel runs cells as IPython does in a Jupyter kernel rather than
	// in a terminal: there init_printing() without use_unicode turns
	// unicode output on (SymPy's init_printing outside a terminal
	// IPython), where a script or the REPL keeps the last setting.
	Kernel bool
	// Script runs a program as python3 does, outside IPython: there
	// IPython's display() prints its objects as print() does (str
	// forms, separated by spaces), not as a cell's Out value.
	Script bool
	// PlotColor draws terminal plots in colour (ANSI escapes); PlotASCII
	// draws them with '*' instead of braille.
	PlotColor, PlotASCII bool
	// Argv is sys.argv (nil: [''], as in an interactive Python).
	Argv []string
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
	out io.Writer
	// input reads a line for input() (nil: end of input)
	input func(prompt string) (string, error)
	// ipyShell is get_ipython()'s value, made on first use.
	ipyShell *pyObject
	// printing records init_printing(): values show in pretty form, and
	// as LaTeX too unless noLatex (use_latex=False).
	printing, noLatex bool
	// asciiPretty and plainOut record init_printing(use_unicode=False)
	// and init_printing(pretty_print=False).
	asciiPretty, plainOut bool
	// sessions gives the cells of earlier REPL sessions from the history
	// file (by session number) and this session's number; nil outside
	// the REPL
	sessions func() (map[int][]string, int)
	// colors is the colour scheme %colors chose ("" is Neutral,
	// IPython's default); the REPL colours with it.
	colors string
	// outColumns records init_printing(num_columns=N): the width values
	// are shown at instead of the terminal's; 0 when not set. noWrap
	// records init_printing(wrap_line=False): no wrapping at all.
	outColumns int
	noWrap     bool
	// displayHook, when set, receives display()'s objects as MIME
	// bundles instead of their text being printed (Jupyter outputs).
	displayHook func(bundle map[string]string)
	// clearHook, when set, receives clear_output(wait) (SetClearOutputHook)
	clearHook func(wait bool)
	opts      Options
	in        *interp
	n         int                 // number of the last cell run
	sources   map[string][]string // file or cell name → source lines
	inList    *List               // In
	outDict   *Dict               // Out
	// preloads are the isympy names of an interactive session.
	preloads map[string]Value
	magic    *magicState
	// lastInput is the source of the previous cell (IPython's _i00).
	lastInput string
	// execd reports whether ExecFile has run a program.
	execd bool
	// errOut receives warnings (nil: out), as Python's stderr would.
	errOut io.Writer
	// warned records the warnings shown (each is shown once per line).
	warned map[string]bool
	// warnFilters are warnings.filters, first match first.
	warnFilters []warnFilter
	// vprint is init_vprinting's display: dynamic symbols without (t),
	// their time derivatives with dots
	vprint bool
	// npErr is NumPy's floating-point error state (np.seterr,
	// np.errstate) by category, nil for NumPy's defaults
	npErr map[string]string
	// inlineFigures shows a cell's pyplot figure after the cell
	// (matplotlib's inline backend: Jupyter, or %matplotlib inline).
	inlineFigures bool
	// recLimit is the recursion limit sys.setrecursionlimit set (0:
	// CPython's or IPython's default; past maxRecursionLimit:
	// maxRecursionLimit+1), recLimitSet the value it was given
	recLimit    int
	recLimitSet *big.Int
	// pylabMissing are the names %pylab would have bound that dcalc
	// lacks, with what they are (numpy.random.gamma): unbound, and
	// NotImplementedError where used until the program binds them
	pylabMissing map[string]string
	// floatFormat is %precision's format of floats in Out values ("":
	// repr)
	floatFormat string
}

// New returns a session that writes program output (print) to out.
func New(out io.Writer, opts Options) *Session {
	s := &Session{out: out, opts: opts, sources: map[string][]string{}}
	in := &interp{s: s, builtins: map[string]Value{}}
	s.in = in
	in.installBuiltins()
	in.globals = &env{vars: in.installSympy()}
	in.globals.globals = in.globals
	s.inList = &List{Items: []Value{""}}
	s.outDict = newDict()
	in.globals.vars["In"] = s.inList
	in.globals.vars["Out"] = s.outDict
	in.globals.vars["_ih"] = s.inList
	in.globals.vars["_oh"] = s.outDict
	for _, k := range []string{"_", "__", "___", "_i", "_ii", "_iii"} {
		in.globals.vars[k] = ""
	}
	if opts.Interactive {
		s.preloadIsympy()
	}
	return s
}

func (s *Session) preloadIsympy() {
	g := s.in.globals.vars
	s.preloads = map[string]Value{}
	for _, n := range []string{"x", "y", "z", "t"} {
		s.preloads[n] = engine.NewSymbol(n, engine.Assumptions{})
	}
	for _, n := range []string{"k", "m", "n"} {
		s.preloads[n] = engine.NewSymbol(n, engine.Assumptions{Integer: true})
	}
	for _, n := range []string{"f", "g", "h"} {
		s.preloads[n] = &FuncClass{Def: engine.UndefinedFunction(n)}
	}
	for k, v := range s.preloads {
		g[k] = v
	}
}

// Interrupt asks the running cell to stop with KeyboardInterrupt. It may
// be called from another goroutine.
func (s *Session) Interrupt() {
	s.in.interrupt.Store(true)
	engineInterrupt()
}

// run executes a parsed file in the module scope; display reports whether
// the value of a final expression statement is wanted.
func (s *Session) run(name, src string, display bool) (val Value, err error) {
	s.sources[name] = strings.Split(src, "\n")
	in := s.in
	in.interrupt.Store(false)
	engineClearInterrupt()
	f, perr := grammar.Compile(name, src)
	if perr != nil {
		exc := syntaxException(name, perr)
		exc.tb = s.FormatException(exc)
		return nil, exc
	}
	in.inCell = strings.HasPrefix(name, "In[")
	in.setRecLimit()
	fr := &frame{file: name, fn: "<module>"}
	in.frames = append(in.frames[:0], fr)
	defer func() {
		if r := recover(); r != nil {
			exc := toException(r)
			exc.pushFrame(frameEntry(fr))
			exc.settle()
			in.finishException(exc)
			exc.tb = s.FormatException(exc)
			val, err = nil, exc
		}
		in.frames = in.frames[:0]
	}()
	stmts := f.Stmts
	var last *grammar.ExprStmt
	if display && len(stmts) > 0 {
		if es, ok := stmts[len(stmts)-1].(*grammar.ExprStmt); ok {
			last = es
			stmts = stmts[:len(stmts)-1]
		}
	}
	for _, st := range stmts {
		if c := in.exec(st, in.globals); c != ctlNone {
			switch c {
			case ctlReturn:
				in.setNode(st)
				throw("SyntaxError", "'return' outside function")
			case ctlBreak:
				in.setNode(st)
				throw("SyntaxError", "'break' outside loop")
			case ctlContinue:
				in.setNode(st)
				throw("SyntaxError", "'continue' not properly in loop")
			}
		}
	}
	if last != nil {
		in.setNode(last)
		v := in.eval(last.X, in.globals)
		if v == none {
			return nil, nil
		}
		return v, nil
	}
	return nil, nil
}

// finishException adds CPython's "Did you mean" suggestion to a
// NameError.
func (in *interp) finishException(exc *Exception) {
	if exc.Type == "NameError" && exc.name != "" && exc.Suggestion == "" {
		if !in.starSympy {
			// Names preloaded from SymPy are not the program's own.
			var cands []string
			for _, k := range in.globals.order {
				v, bound := in.globals.vars[k]
				if !bound {
					continue
				}
				if p, ok := sympyModule.Attrs[k]; !ok || !identicalPreload(p, v) {
					cands = append(cands, k)
				}
			}
			exc.Suggestion = suggest(exc.name, cands)
		}
		if exc.Suggestion == "" {
			exc.Suggestion = suggest(exc.name, mapKeys(in.builtins))
		}
	}
}

func syntaxException(name string, err error) *Exception {
	var el *grammar.ErrorList
	if errors.As(err, &el) && len(el.Errs) > 0 {
		e := el.Errs[0]
		return &Exception{Type: e.Kind, Msg: e.Msg, File: name, Line: e.Pos.Line, Col: e.Pos.Col, EndLine: e.End.Line, EndCol: e.End.Col}
	}
	return &Exception{Type: "SyntaxError", Msg: err.Error(), File: name}
}

// RunCell runs src as the next numbered cell, as a REPL does: magics
// (%name) and help (?name) are recognised, the value of a final bare
// expression is returned for display and stored as Out[N].
func (s *Session) RunCell(src string) Result {
	if strings.TrimSpace(src) == "" {
		// IPython does not number blank input.
		return Result{N: s.n + 1}
	}
	s.n++
	n := s.n
	name := fmt.Sprintf("In[%d]", n)
	g := s.in.globals.vars
	s.inList.Items = append(s.inList.Items, src)
	g["_iii"], g["_ii"], g["_i"] = g["_ii"], g["_i"], s.lastInput
	s.lastInput = src
	g[fmt.Sprintf("_i%d", n)] = src
	s.sources[name] = strings.Split(src, "\n")
	s.installIPython()
	if v, handled, err := s.runSpecial(src); handled {
		if err != nil {
			return Result{N: n, Err: err}
		}
		if v != nil {
			s.storeOut(n, v)
		}
		return Result{N: n, Value: v}
	}
	py := ipythonTransform(src)
	v, err := s.run(name, py, true)
	if err != nil {
		return Result{N: n, Err: err}
	}
	if quietCell(py) {
		v = nil // a trailing ";" hides the value and does not store it
	}
	if v != nil {
		s.storeOut(n, v)
	}
	return Result{N: n, Value: v}
}

// storeOut records v as Out[n] and shifts _, __ and ___.
func (s *Session) storeOut(n int, v Value) {
	g := s.in.globals.vars
	s.outDict.Set(big.NewInt(int64(n)), v)
	g["___"], g["__"], g["_"] = g["__"], g["_"], v
	g[fmt.Sprintf("_%d", n)] = v
}

// ExecFile runs a whole program named name, as python3 FILE does: only
// what it prints is written. The error is an *Exception.
func (s *Session) ExecFile(name, src string) error {
	if src != "" && !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	if s.opts.Bare && s.n == 0 && !s.execd {
		clear(s.in.globals.vars)
	}
	s.execd = true
	_, err := s.run(name, src, false)
	return err
}

// FormatValue returns the display form of v for Out[N]: pretty when the
// session's Pretty option is on or init_printing() ran, else repr() as
// Python's REPL shows it.
func (s *Session) FormatValue(v Value) (out string) {
	return s.FormatValueWith(v, s.prettyOut())
}

// SetWidth sets the line width of pretty output, plots and steps (the
// REPL follows the terminal's width when it is resized); 0 means 80.
func (s *Session) SetWidth(w int) { s.opts.Width = w }

// SetHistorySessions gives %history the cells of earlier sessions (from
// the REPL's history file, by session number) and this session's number,
// for ranges such as ~1/3-5 and for -g.
func (s *Session) SetHistorySessions(f func() (map[int][]string, int)) { s.sessions = f }

// Colors returns the colour scheme of the REPL (IPython's names:
// Neutral, NoColor, LightBG, Linux), as %colors set it.
func (s *Session) Colors() string {
	if s.colors == "" {
		return "Neutral"
	}
	return s.colors
}

// SetColors sets the colour scheme (one of IPython's names, any case);
// it reports whether the name is one.
func (s *Session) SetColors(name string) bool {
	for _, n := range colorSchemes {
		if strings.EqualFold(n, name) {
			s.colors = n
			return true
		}
	}
	return false
}

// colorSchemes are IPython's colour schemes.
var colorSchemes = []string{"Neutral", "NoColor", "LightBG", "Linux"}

// outWidth is the width values and steps are shown at.
func (s *Session) outWidth() int {
	if s.noWrap {
		return 1 << 30
	}
	if s.outColumns > 0 {
		return s.outColumns
	}
	return s.opts.Width
}

// prettyOut reports whether values show in pretty form: in a pretty
// session or after init_printing(), unless init_printing(pretty_print=False).
func (s *Session) prettyOut() bool { return (s.opts.Pretty || s.printing) && !s.plainOut }

// FormatValueWith is FormatValue with pretty display on or off.
func (s *Session) FormatValueWith(v Value, pretty bool) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = toException(r).Error()
		}
	}()
	if pretty && !holdsDomain(v, 0) {
		s.in.vprintNow = s.vprint
		defer func() { s.in.vprintNow = false }()
		if p, ok := s.in.prettyValue(v, !s.asciiPretty, s.outWidth()); ok {
			return p
		}
	}
	if s.floatFormat != "" && !pretty {
		// IPython's float printer (under init_printing SymPy's printer
		// takes floats over)
		s.in.outFloatFmt = s.floatFormat
		defer func() { s.in.outFloatFmt = "" }()
	}
	return s.in.repr(v)
}

// IsComplete reports whether src is a complete cell, or whether a REPL
// should read a continuation line (open brackets, a block header, a
// trailing backslash, an indented last line).
func (s *Session) IsComplete(src string) bool {
	_, err := grammar.Parse("<input>", src)
	var el *grammar.ErrorList
	if errors.As(err, &el) {
		return !el.Incomplete
	}
	return true
}

// Names returns the names visible in the namespace (for completion),
// sorted.
func (s *Session) Names() []string {
	seen := map[string]bool{}
	var ns []string
	for k := range s.in.globals.vars {
		if !seen[k] {
			seen[k] = true
			ns = append(ns, k)
		}
	}
	for k := range s.in.builtins {
		if !seen[k] {
			seen[k] = true
			ns = append(ns, k)
		}
	}
	sort.Strings(ns)
	return ns
}

// Lookup returns the value bound to name in the session's namespace
// (globals, then builtins).
func (s *Session) Lookup(name string) (Value, bool) {
	if v, ok := s.in.globals.vars[name]; ok {
		return v, true
	}
	v, ok := s.in.builtins[name]
	return v, ok
}

// Set binds name to v in the session's namespace.
func (s *Session) Set(name string, v Value) { s.in.globals.vars[name] = v }

// Delete removes name from the namespace.
func (s *Session) Delete(name string) { s.in.globals.unbindName(name) }

// Count returns the number of the last cell run (0 before the first).
func (s *Session) Count() int { return s.n }

// Str returns Python's str(v).
func (s *Session) Str(v Value) string { return s.in.str(v) }

// Repr returns Python's repr(v).
func (s *Session) Repr(v Value) string { return s.in.repr(v) }

// TypeName returns type(v).__name__.
func (s *Session) TypeName(v Value) string { return typeName(v) }

// Output returns the writer print writes to.
func (s *Session) Output() io.Writer { return s.out }

// ErrInputInterrupt is what an input function returns when the user
// pressed Ctrl-C: input() raises KeyboardInterrupt.
var ErrInputInterrupt = errors.New("input interrupted")

// ErrInputUnsupported is what an input function returns when the front
// end takes no input (a notebook run without stdin): input() raises
// ipykernel's StdinNotImplementedError.
var ErrInputUnsupported error = inputUnsupported{}

type inputUnsupported struct{}

// Error is ipykernel's message, sentence and all.
func (inputUnsupported) Error() string {
	return "raw_input was called, but this frontend does not support input requests."
}

// SetInput sets how input() reads a line: f shows the prompt and
// returns the line (with or without its newline), io.EOF at the end of
// input or ErrInputInterrupt. Without it input() raises EOFError.
func (s *Session) SetInput(f func(prompt string) (string, error)) { s.input = f }

// LineInput is an input function for a program: the prompt is written
// to out and a line read from in, as python3 does with a pipe.
func LineInput(in io.Reader, out io.Writer) func(prompt string) (string, error) {
	r := bufio.NewReader(in)
	return func(prompt string) (string, error) {
		io.WriteString(out, prompt)
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			return "", err
		}
		return line, nil
	}
}

// holdsDomain reports whether v is a polys domain or a container holding
// one: IPython's SymPy display (_can_print) does not take domains, which
// are not Printable, so such values show their repr (ZZ[a,b]) where
// pprint would draw ℤ[a, b].
func holdsDomain(v Value, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := v.(type) {
	case *domainValue:
		return true
	case *List:
		return slices.ContainsFunc(x.Items, func(it Value) bool { return holdsDomain(it, depth+1) })
	case *Tuple:
		return slices.ContainsFunc(x.Items, func(it Value) bool { return holdsDomain(it, depth+1) })
	case *Dict:
		ks, vs := x.Items()
		return slices.ContainsFunc(append(ks, vs...), func(it Value) bool { return holdsDomain(it, depth+1) })
	}
	return false
}
