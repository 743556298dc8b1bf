package session

import (
	"strings"

	"github.com/dcalc/dcalc/grammar"
)

// env is one scope: the module namespace (info == nil) or the locals of a
// function call or comprehension.
type env struct {
	vars    map[string]Value
	order   []string // module scope: names in the order first bound (a Python dict's order)
	parent  *env     // enclosing function scope, or the module scope
	info    *scopeInfo
	globals *env
	// qual prefixes the qualified names of functions and classes
	// defined in this scope ("" at module level).
	qual string
}

// scopeInfo is the static scope analysis of a function body.
type scopeInfo struct {
	locals    map[string]bool
	globals   map[string]bool
	nonlocals map[string]bool
	// class marks a class body: its names are not seen by the functions
	// it defines, and a name it has not bound is looked up outside.
	class bool
	// comp marks a comprehension, whose assignment expressions bind in
	// the scope around it
	comp bool
}

func newScopeInfo() *scopeInfo {
	return &scopeInfo{locals: map[string]bool{}, globals: map[string]bool{}, nonlocals: map[string]bool{}}
}

// analyzeFunc computes the locals of a function with params and body.
func analyzeFunc(params []*grammar.Param, body []grammar.Stmt) *scopeInfo {
	si := newScopeInfo()
	for _, p := range params {
		if p.Name != "" {
			si.locals[p.Name] = true
		}
	}
	var decl func([]grammar.Stmt)
	decl = func(ss []grammar.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *grammar.GlobalStmt:
				for _, n := range s.Names {
					if s.Nonlocal {
						si.nonlocals[n] = true
					} else {
						si.globals[n] = true
					}
				}
			case *grammar.IfStmt:
				decl(s.Body)
				decl(s.Else)
			case *grammar.ForStmt:
				decl(s.Body)
				decl(s.Else)
			case *grammar.WhileStmt:
				decl(s.Body)
				decl(s.Else)
			case *grammar.TryStmt:
				decl(s.Body)
				for _, h := range s.Handlers {
					decl(h.Body)
				}
				decl(s.Else)
				decl(s.Finally)
			case *grammar.WithStmt:
				decl(s.Body)
			}
		}
	}
	decl(body)
	add := func(n string) {
		if !si.globals[n] && !si.nonlocals[n] {
			si.locals[n] = true
		}
	}
	var walk func([]grammar.Stmt)
	walk = func(ss []grammar.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *grammar.AssignStmt:
				for _, t := range s.Targets {
					targetNames(t, add)
				}
			case *grammar.AugAssignStmt:
				targetNames(s.Target, add)
			case *grammar.AnnAssignStmt:
				targetNames(s.Target, add)
			case *grammar.WithStmt:
				for _, it := range s.Items {
					if it.Target != nil {
						targetNames(it.Target, add)
					}
				}
				walk(s.Body)
			case *grammar.ForStmt:
				targetNames(s.Target, add)
				walk(s.Body)
				walk(s.Else)
			case *grammar.WhileStmt:
				walk(s.Body)
				walk(s.Else)
			case *grammar.IfStmt:
				walk(s.Body)
				walk(s.Else)
			case *grammar.DefStmt:
				add(s.Name)
			case *grammar.ClassStmt:
				add(s.Name)
			case *grammar.ImportStmt:
				for _, n := range s.Names {
					add(importBinding(n))
				}
			case *grammar.FromImportStmt:
				for _, n := range s.Names {
					add(importBinding(n))
				}
			case *grammar.DelStmt:
				for _, t := range s.Targets {
					targetNames(t, add)
				}
			case *grammar.TryStmt:
				walk(s.Body)
				for _, h := range s.Handlers {
					if h.Name != "" {
						add(h.Name)
					}
					walk(h.Body)
				}
				walk(s.Else)
				walk(s.Finally)
			}
		}
	}
	walk(body)
	return si
}

func importBinding(n *grammar.ImportName) string {
	if n.Alias != "" {
		return n.Alias
	}
	if i := strings.IndexByte(n.Name, '.'); i >= 0 {
		return n.Name[:i]
	}
	return n.Name
}

// targetNames calls add for each name bound by assignment target t.
func targetNames(t grammar.Expr, add func(string)) {
	grammar.WalkTarget(t, func(n *grammar.Name) { add(n.Name) }, nil)
}

// lookup finds name in e, its enclosing scopes, the globals and the
// builtins.
func (in *interp) lookup(e *env, name string, node grammar.Node) Value {
	if e.globals != nil && e.globals != in.globals {
		// A namespace of its own (lambdify's generated functions).
		if v, ok := e.vars[name]; ok {
			return v
		}
		if v, ok := e.globals.vars[name]; ok {
			return v
		}
		if v, ok := in.builtins[name]; ok {
			return v
		}
		in.setNode(node)
		exc := newExc("NameError", "name '%s' is not defined", name)
		exc.name = name
		panic(exc)
	}
	if e.info != nil && e.info.class {
		if v, ok := e.vars[name]; ok {
			return v
		}
		return in.lookup(e.parent, name, node)
	}
	if e.info != nil {
		if e.info.globals[name] {
			return in.lookupGlobal(name, node)
		}
		if e.info.locals[name] {
			if v, ok := e.vars[name]; ok {
				return v
			}
			in.setNode(node)
			panic(newExc("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value", name))
		}
		for p := e.parent; p != nil && p.info != nil; p = p.parent {
			if p.info.locals[name] && !p.info.globals[name] {
				if v, ok := p.vars[name]; ok {
					return v
				}
				in.setNode(node)
				panic(newExc("NameError", "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name))
			}
		}
	}
	return in.lookupGlobal(name, node)
}

func (in *interp) lookupGlobal(name string, node grammar.Node) Value {
	if v, ok := in.globals.vars[name]; ok {
		return v
	}
	if full, ok := in.s.pylabMissing[name]; ok {
		in.setNode(node)
		panic(newExc("NotImplementedError", "dcalc does not implement %s yet (bound by %%pylab)", full))
	}
	if v, ok := in.builtins[name]; ok {
		return v
	}
	in.setNode(node)
	if e, ok := sympyAPI("sympy." + name); ok && e.Kind != "module" {
		// SymPy is preloaded: the name is SymPy's, not a typo.
		panic(notImplementedName("sympy." + name))
	}
	if why, ok := missingPythonBuiltins[name]; ok {
		panic(newExc("NotImplementedError", "dcalc does not provide Python's %s: %s", name, why))
	}
	exc := newExc("NameError", "name '%s' is not defined", name)
	exc.name = name
	panic(exc)
}

// addLocals makes names (bound by assignment expressions in fn's body)
// locals of fn, unless declared global or nonlocal.
func (fn *Function) addLocals(names []string) {
	for _, n := range names {
		if !fn.info.globals[n] && !fn.info.nonlocals[n] {
			fn.info.locals[n] = true
		}
	}
}

// assignNamed binds the target of an assignment expression: in e, or
// inside a comprehension in the first scope around it that is not one.
func (in *interp) assignNamed(e *env, name string, v Value) {
	for e.info != nil && e.info.comp && e.parent != nil {
		e = e.parent
	}
	in.assign(e, name, v)
}

// assign binds name in scope e.
func (in *interp) assign(e *env, name string, v Value) {
	if e.info != nil {
		if e.info.globals[name] {
			in.globals.bind(name, v)
			return
		}
		if e.info.nonlocals[name] {
			for p := e.parent; p != nil && p.info != nil; p = p.parent {
				if p.info.locals[name] {
					p.vars[name] = v
					return
				}
			}
		}
	}
	e.bind(name, v)
}

// bind sets name in e, remembering the order of first binding in the
// module scope (CPython's "Did you mean" scans globals in that order).
func (e *env) bind(name string, v Value) {
	if e.info == nil || e.info.class {
		if _, ok := e.vars[name]; !ok {
			e.order = append(e.order, name)
		}
	}
	e.vars[name] = v
}

// unbindName deletes name from e, forgetting its binding order.
func (e *env) unbindName(name string) {
	delete(e.vars, name)
	if e.info == nil || e.info.class {
		for i, n := range e.order {
			if n == name {
				e.order = append(e.order[:i], e.order[i+1:]...)
				break
			}
		}
	}
}

// unbind deletes name from scope e.
func (in *interp) unbind(e *env, name string, node grammar.Node) {
	target := e
	if e.info != nil && e.info.globals[name] {
		target = in.globals
	}
	if _, ok := target.vars[name]; !ok {
		in.setNode(node)
		exc := newExc("NameError", "name '%s' is not defined", name)
		exc.name = name
		panic(exc)
	}
	target.unbindName(name)
}

// missingPythonBuiltins are CPython 3.11's builtins dcalc does not have,
// with the reason: a NameError would suggest a typo.
var missingPythonBuiltins = map[string]string{
	"open":       "programs cannot open files (docs/security.md)",
	"__import__": "use the import statement",
	"eval":       "dcalc runs no code built from strings (docs/security.md)",
	"exec":       "dcalc runs no code built from strings (docs/security.md)",
	"compile":    "dcalc runs no code built from strings (docs/security.md)",
	"breakpoint": "there is no debugger",
	"memoryview": "there are no bytes objects",
	"bytes":      "there are no bytes objects yet",
	"bytearray":  "there are no bytes objects yet",
	"locals":     "it is not supported yet",
	"slice":      "slice objects are not supported yet",
	"aiter":      "there is no async code",
	"anext":      "there is no async code",
	"copyright":  "it is not supported",
	"credits":    "it is not supported",
	"license":    "it is not supported",
}
