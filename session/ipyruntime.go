package session

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
)

// This file is what IPython adds to a cell session at run time: the
// builtins get_ipython() and display(), the IPython.display module, the
// cell magics and the line magics notebooks use that only configure a
// front end. Cells reach it through ipythonTransform (ipython.go).

// installIPython binds IPython's builtins get_ipython and display. Cell
// sessions (REPL, replay, kernel) have them; programs run as python3
// runs them do not.
func (s *Session) installIPython() {
	b := s.in.builtins
	if _, ok := b["get_ipython"]; ok {
		return
	}
	b["get_ipython"] = &Builtin{Name: "get_ipython", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		nargs("get_ipython", args, 0, 0)
		return s.ipythonShell()
	}}
	b["display"] = displayRow.builtin()
}

// ipythonShell is the value of get_ipython(): the methods IPython's
// transformed cells call.
func (s *Session) ipythonShell() *pyObject {
	if s.ipyShell != nil {
		return s.ipyShell
	}
	method := func(name string, fn func(in *interp, args []Value) Value, min, max int) *Builtin {
		return &Builtin{Name: name, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			noKw(name, kw)
			nargs(name, args, min, max)
			for _, a := range args {
				if _, ok := a.(string); !ok {
					throw("TypeError", "%s() argument must be str, not %s", name, typeName(a))
				}
			}
			return fn(in, args)
		}}
	}
	str := func(v Value) string { return v.(string) }
	s.ipyShell = &pyObject{
		Type: "TerminalInteractiveShell",
		Repr: "<IPython.terminal.interactiveshell.TerminalInteractiveShell object at 0x7f3a5c1e2d10>",
		Attrs: map[string]Value{
			"run_line_magic": method("run_line_magic", func(in *interp, a []Value) Value {
				return s.runLineMagic(str(a[0]), str(a[1]))
			}, 2, 2),
			"run_cell_magic": method("run_cell_magic", func(in *interp, a []Value) Value {
				return s.runCellMagic(str(a[0]), str(a[1]), str(a[2]))
			}, 3, 3),
			"system": method("system", func(in *interp, a []Value) Value {
				fmt.Fprintf(s.out, "dcalc runs no shell commands: skipped !%s\n", str(a[0]))
				return none
			}, 1, 1),
			"getoutput": method("getoutput", func(in *interp, a []Value) Value {
				throw("NotImplementedError", "dcalc runs no shell commands: !%s", str(a[0]))
				return nil
			}, 1, 1),
		},
	}
	return s.ipyShell
}

// runLineMagic is get_ipython().run_line_magic(name, line).
func (s *Session) runLineMagic(name, line string) Value {
	v, err := execMagic(s, "%"+name+" "+line)
	if err != nil {
		panic(err)
	}
	if v == nil {
		return none
	}
	return v
}

// cellMagicFunc runs a cell magic with the rest of its first line and
// the cell's body.
type cellMagicFunc func(s *Session, line, body string) (Value, error)

// cellMagics are the cell magics (%%name).
var cellMagics map[string]cellMagicFunc

func init() {
	cellMagics = map[string]cellMagicFunc{
		"time": func(s *Session, line, body string) (Value, error) {
			if strings.TrimSpace(line) != "" {
				body = line + "\n" + body
			}
			return timeCode(s, ipythonTransform(body))
		},
		"timeit": func(s *Session, line, body string) (Value, error) {
			if strings.TrimSpace(line) != "" {
				return nil, usageError("dcalc's %%%%timeit takes no options yet: %s", line)
			}
			return magicTimeit(s, ipythonTransform(body))
		},
		"capture": cellCapture,
	}
	// %%latex, %%html and %%markdown display the cell's text as that
	// kind of display object (display(Latex(cell)) ...)
	for magic, class := range map[string]string{"latex": "Latex", "html": "HTML", "HTML": "HTML", "markdown": "Markdown"} {
		cellMagics[magic] = func(s *Session, line, body string) (Value, error) {
			if strings.TrimSpace(line) != "" {
				return nil, usageError("dcalc's %%%%%s takes no options yet: %s", magic, line)
			}
			obj := s.in.call(displayClass(class), []Value{body}, nil)
			s.in.call(displayRow.builtin(), []Value{obj}, nil)
			return nil, nil
		}
	}
}

// runCellMagic is get_ipython().run_cell_magic(name, line, body).
func (s *Session) runCellMagic(name, line, body string) Value {
	m, ok := cellMagics[name]
	if !ok {
		panic(missingMagic("%%"+name, slices.Contains(ipythonCellMagics, name)))
	}
	v, err := m(s, line, body)
	if err != nil {
		panic(err)
	}
	if v == nil {
		return none
	}
	return v
}

// cellCapture is %%capture [--no-stdout] [--no-display] [var]: the cell
// runs with its output captured; var, when given, holds a CapturedIO
// whose stdout is the text and whose show() prints it.
func cellCapture(s *Session, line, body string) (Value, error) {
	keep := map[string]bool{}
	var name string
	for _, w := range strings.Fields(line) {
		switch w {
		case "--no-stdout", "--no-stderr", "--no-display":
			keep[w] = true
		default:
			if strings.HasPrefix(w, "-") || name != "" {
				return nil, usageError("dcalc's %%%%capture does not take %s yet", w)
			}
			name = w
		}
	}
	var buf bytes.Buffer
	saved := s.out
	if !keep["--no-stdout"] {
		s.out = &buf
	}
	_, err := s.execCode("<capture>", ipythonTransform(body))
	s.out = saved
	if name != "" {
		captured := buf.String()
		s.in.globals.bind(name, &pyObject{
			Type: "CapturedIO",
			Repr: "<IPython.utils.capture.CapturedIO object at 0x7f3a5c1e2e50>",
			Attrs: map[string]Value{
				"stdout":  captured,
				"stderr":  "",
				"outputs": &List{},
				"show": &Builtin{Name: "show", Fn: func(in *interp, args []Value, kw []kwArg) Value {
					nargs("show", args, 0, 0)
					io.WriteString(s.out, captured)
					return none
				}},
			},
		})
	}
	return nil, err
}

// clearOutputRow is IPython.display.clear_output(wait=False).
var clearOutputRow = &binding{
	Name: "clear_output", Sig: "(wait=False)", Honours: "wait",
	Doc: "Clear the cell's output (in Jupyter; with wait=True when the next output comes); in a terminal, erase the line.",
	Fn: func(in *interp, a *callArgs) Value {
		wait := false
		if w := a.Get("wait"); w != nil {
			wait = in.truth(w, nil)
		}
		if h := in.s.clearHook; h != nil {
			h(wait)
			return none
		}
		// IPython's DisplayPublisher.clear_output, and clear_output
		// without a shell: the sequence after stdout, then after stderr
		io.WriteString(in.s.out, "\x1b[2K\r\x1b[2K\r")
		return none
	},
}

// displayMimeRows are IPython.display's display_latex, display_html,
// display_markdown and display_pretty: each object's data of the one
// MIME type (raw=True: the object is that data), shown as display()
// shows a bundle; an object without such a form shows nothing. (Filled
// by init: the rows reach the interpreter, which reaches them back.)
var displayMimeRows []*binding

func init() {
	for _, t := range []struct{ name, mime string }{
		{"display_latex", "text/latex"}, {"display_html", "text/html"},
		{"display_markdown", "text/markdown"}, {"display_pretty", "text/plain"},
	} {
		displayMimeRows = append(displayMimeRows, &binding{
			Name: t.name, Sig: "(*objs, raw=False, metadata=None)", Honours: "raw",
			Doc: "Show the objects' " + t.mime + " data only (raw=True: each object is that data).",
			Fn: func(in *interp, a *callArgs) Value {
				raw := false
				if r := a.Get("raw"); r != nil {
					raw = in.truth(r, nil)
				}
				if in.s.opts.Script && in.s.displayHook == nil {
					// display() without a shell prints the objects
					return in.call(displayRow.builtin(), a.Rest(), nil)
				}
				for _, v := range a.Rest() {
					var data string
					if raw {
						s, ok := v.(string)
						if !ok {
							throw("NotImplementedError", "dcalc's %s(raw=True) takes strings", t.name)
						}
						data = s
					} else {
						data = in.s.MimeBundle(v)[t.mime]
						if o, ok := v.(*pyObject); ok && displayObjectBundle(o) == nil {
							data = ""
						}
						if _, ok := v.(string); ok {
							data = "" // a str has no _repr_latex_ ...
						}
					}
					if data == "" {
						continue
					}
					if h := in.s.displayHook; h != nil {
						h(map[string]string{t.mime: data})
					} else if t.mime == "text/plain" {
						io.WriteString(in.s.out, data+"\n")
					}
				}
				return none
			}})
	}
}

// displayRow is IPython's display(*objs): each object is shown as an Out
// value is, without the prompt; in a program run as python3 runs it
// (Options.Script) IPython has no shell and prints them.
var displayRow = &binding{
	Name: "display",
	Sig:  "(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, **kwargs)",
	Doc:  "Show each object as a cell's value is shown (pretty form in a terminal, MIME data in Jupyter).",
	Fn: func(in *interp, a *callArgs) Value {
		if in.s.opts.Script && in.s.displayHook == nil {
			// IPython's display() without a shell: print(*objs)
			strs := make([]string, len(a.Rest()))
			for i, v := range a.Rest() {
				strs[i] = in.str(v)
			}
			io.WriteString(in.s.out, strings.Join(strs, " ")+"\n")
			return none
		}
		for _, v := range a.Rest() {
			if h := in.s.displayHook; h != nil {
				h(in.s.MimeBundle(v))
				continue
			}
			if o, ok := v.(*pyObject); ok {
				io.WriteString(in.s.out, o.Repr+"\n")
				continue
			}
			io.WriteString(in.s.out, in.s.FormatValue(v)+"\n")
		}
		return none
	},
}

// displayClass makes one of IPython.display's classes (Math, Latex,
// Markdown, HTML): its instances hold their data and show as IPython's
// terminal shows them, "<IPython.core.display.Math object>".
func displayClass(name string) *Class {
	c := &Class{Name: name, Module: "IPython.core.display"}
	c.Is = func(v Value) bool { o, ok := v.(*pyObject); return ok && o.Type == name }
	row := &binding{Name: name, Sig: "(data=None, url=None, filename=None, metadata=None)", Honours: "data",
		Fn: func(in *interp, a *callArgs) Value {
			data := a.Or("data", none)
			if data != none {
				if _, ok := data.(string); !ok {
					throw("TypeError", "%s expects text, not %s", name, typeName(data))
				}
			}
			return &pyObject{Type: name, Repr: "<IPython.core.display." + name + " object>",
				Attrs: map[string]Value{"data": data, "metadata": newDict()}}
		}}
	c.Call = row.call
	return c
}

// ipythonModule returns the IPython modules notebooks import: IPython
// itself (display) and IPython.display; nil for other names.
func (s *Session) ipythonModule(name string) *Module {
	switch name {
	case "IPython.display", "IPython.core.display":
		attrs := map[string]Value{"display": displayRow.builtin(), "clear_output": clearOutputRow.builtin()}
		for _, r := range displayMimeRows {
			attrs[r.Name] = r.builtin()
		}
		for _, c := range []string{"Math", "Latex", "Markdown", "HTML"} {
			attrs[c] = displayClass(c)
		}
		attrs["Image"] = imageClass()
		return &Module{Name: name, Attrs: attrs}
	case "IPython":
		return &Module{Name: "IPython", Attrs: map[string]Value{
			// the IPython whose output dcalc reproduces
			"__version__": "8.12.0",
			"display":     s.ipythonModule("IPython.display"),
			"get_ipython": &Builtin{Name: "get_ipython", Fn: func(in *interp, args []Value, kw []kwArg) Value { return s.ipythonShell() }},
		}}
	}
	return nil
}
