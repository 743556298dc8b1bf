package session

import (
	"fmt"
	"io"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// SymPy's init_session in a notebook or the REPL (IPython already
// running): isympy's commands run in the user's namespace (the star
// import, x, y, z, t, integer k, m, n, functions f, g, h and
// init_printing) and its banner printed. Outside IPython SymPy starts
// an interactive console instead, which a script cannot.

// initSessionSource is sympy.interactive.session.preexec_source.
const initSessionSource = isympySetup + "\ninit_printing()\n"

var initSessionTable = []*binding{
	{Name: "init_session", Honours: "ipython pretty_print use_unicode use_latex quiet",
		Doc: "In a notebook or the REPL: run isympy's set-up (from sympy import *, the symbols x, y, z, t, k, m, n and functions f, g, h, init_printing) and print its banner.",
		Fn: func(in *interp, a *callArgs) Value {
			if !in.inCell {
				throw("NotImplementedError", "init_session starts SymPy's interactive console outside IPython: run dcalc with no arguments, or use it in a notebook")
			}
			if ip := a.Get("ipython"); ip != nil && ip != none && !in.truth(ip, nil) {
				throw("NotImplementedError", "init_session(ipython=False) starts a plain Python console, which dcalc does not")
			}
			in.initSession()
			var kw []kwArg
			for _, k := range []string{"pretty_print", "use_unicode", "use_latex"} {
				if v := a.Get(k); v != nil {
					kw = append(kw, kwArg{Name: k, Value: v})
				}
			}
			in.call(sympyModule.Attrs["init_printing"], nil, kw)
			msg := ""
			if q := a.Get("quiet"); q == nil || !in.truth(q, nil) {
				msg = initSessionBanner()
			}
			io.WriteString(in.s.out, msg+"\n")
			return none
		}},
}

// initSession binds what preexec_source binds (without its
// init_printing(), which init_session runs with its own arguments).
func (in *interp) initSession() {
	for k, v := range sympyModule.Attrs {
		if !strings.HasPrefix(k, "_") {
			in.assign(in.globals, k, v)
		}
	}
	in.starSympy = true
	for _, n := range []string{"x", "y", "z", "t"} {
		in.assign(in.globals, n, engine.NewSymbol(n, engine.Assumptions{}))
	}
	for _, n := range []string{"k", "m", "n"} {
		in.assign(in.globals, n, engine.NewSymbol(n, engine.Assumptions{Integer: true}))
	}
	for _, n := range []string{"f", "g", "h"} {
		in.assign(in.globals, n, &FuncClass{Def: engine.UndefinedFunction(n)})
	}
}

// initSessionBanner is _make_message(ipython=True, quiet=False): SymPy
// 1.14 on CPython 3.11.7, 64-bit, Python ground types.
func initSessionBanner() string {
	v := pythonVersion
	var b strings.Builder
	fmt.Fprintf(&b, "IPython console for SymPy 1.14.0 (Python %d.%d.%d-64-bit) (ground types: python)\n\n", v[0], v[1], v[2])
	b.WriteString("These commands were executed:\n")
	for _, line := range strings.Split(strings.TrimSuffix(initSessionSource, "\n"), "\n") {
		b.WriteString(">>> " + line + "\n")
	}
	b.WriteString("\nDocumentation can be found at https://docs.sympy.org/1.14.0/\n")
	return b.String()
}
