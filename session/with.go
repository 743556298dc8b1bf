package session

import "github.com/dcalc/dcalc/grammar"

// The with statement and annotated assignments.

// execWith runs the body of a with statement inside its context managers
// from the first item on: each manager's __exit__ is looked up, then its
// __enter__ called (the value goes to the "as" target); after the body,
// __exit__ gets the exception the body raised (type, value, traceback),
// or three Nones, and a true result swallows the exception.
func (in *interp) execWith(s *grammar.WithStmt, items []*grammar.WithItem, e *env) ctl {
	if len(items) == 0 {
		return in.execBlock(s.Body, e)
	}
	it := items[0]
	mgr := in.eval(it.Expr, e)
	in.setNode(s) // CPython's traceback shows the statement, without carets
	enter, ok := in.attrOrNil(mgr, "__enter__")
	if !ok {
		throw("TypeError", "'%s' object does not support the context manager protocol", typeName(mgr))
	}
	exit, ok := in.attrOrNil(mgr, "__exit__")
	if !ok {
		throw("TypeError", "'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(mgr))
	}
	v := in.call(enter, nil, nil)
	caught, c := in.catching(true, func() ctl {
		if it.Target != nil {
			in.assignTarget(it.Target, v, e)
		}
		return in.execWith(s, items[1:], e)
	})
	if caught == nil {
		in.setNode(s)
		in.call(exit, []Value{none, none, none}, nil)
		return c
	}
	ev := in.excValue(caught)
	in.handling = append(in.handling, caught)
	in.setNode(s)
	r := in.call(exit, []Value{ev.Class, ev, none}, nil)
	in.handling = in.handling[:len(in.handling)-1]
	if in.truth(r, it.Expr) {
		return ctlNone
	}
	panic(caught)
}

// attrOrNil returns v's attribute name, or false when v has none.
func (in *interp) attrOrNil(v Value, name string) (r Value, ok bool) {
	defer func() {
		if x := recover(); x != nil {
			if e, isExc := x.(*Exception); isExc && e.Type == "AttributeError" {
				r, ok = nil, false
				return
			}
			panic(x)
		}
	}()
	return in.getAttr(v, name, nil), true
}

// execAnnAssign runs target: annotation [= value]. As in CPython, the
// value is assigned first, and the annotation is evaluated only at module
// level and in class bodies, not in functions.
func (in *interp) execAnnAssign(s *grammar.AnnAssignStmt, e *env) {
	if s.Value != nil {
		v := in.eval(s.Value, e)
		in.assignTarget(s.Target, v, e)
	}
	if e.info == nil || e.info.class {
		in.eval(s.Ann, e)
	}
}

// evalAnnotations evaluates the annotations of a def's parameters and
// return value, as CPython does when it runs the def: the function's
// __annotations__.
func (in *interp) evalAnnotations(s *grammar.DefStmt, e *env) *Dict {
	d := newDict()
	for _, p := range s.Params {
		if p.Ann != nil {
			d.Set(p.Name, in.eval(p.Ann, e))
		}
	}
	if s.Returns != nil {
		d.Set("return", in.eval(s.Returns, e))
	}
	return d
}
