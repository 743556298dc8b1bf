package session

import (
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
	"github.com/dcalc/dcalc/session/ndarray"
)

// maxDepth is CPython's default recursion limit.
const maxDepth = 1000

// cellDepth is the recursion limit of a cell, counted as dcalc counts
// frames (the cell's own frame included). IPython runs with a limit of
// 3000 (its completer, jedi, raises it) and its own run_cell machinery
// holds 17 of those frames, so a runaway recursion in a cell shows 2,983
// frames in IPython's traceback; dcalc stops at the same depth.
const cellDepth = 3000 - ipythonFrames

// ipythonFrames are the frames IPython's run_cell holds below a cell's.
const ipythonFrames = 17

// interp is the evaluator state shared by all cells of a session.
type interp struct {
	// vprintNow is set while a value displays under init_vprinting (or
	// vlatex/vpprint print): sympy.physics.vector's printing
	vprintNow bool
	s         *Session
	// handling are the exceptions the running except clauses handle,
	// innermost last (a bare raise re-raises the last).
	handling []*Exception
	globals  *env
	builtins map[string]Value
	// autoNumber makes number literals SymPy numbers, as sympify's
	// parser does (S('1/3') is a Rational).
	autoNumber bool
	// stops are stop functions of collected generators (queueStop).
	stopMu sync.Mutex
	stops  []func()
	// classes caches the class objects made by dynClass.
	classes  map[string]*Class
	frames   []*frame
	recLimit int  // recursion limit: maxDepth, or cellDepth in a cell
	inCell   bool // the running code is a cell (In[n]), not a script
	// outFloatFmt formats floats while an Out value is shown (%precision)
	outFloatFmt string
	// stdio are sys.stdout and sys.stderr, once made
	stdio     [2]*pyObject
	interrupt atomic.Bool
	starSympy bool
	// sympifyDepth counts containers being sympified (RecursionError).
	sympifyDepth int
	// reprActive holds the containers being printed (for [...]).
	reprActive map[any]bool // from sympy import * ran: globals are too many for suggestions
	// lambdifyCount numbers lambdify's generated sources.
	lambdifyCount int
	// parseNS is parse_expr's global namespace (sympyparser.go), made
	// on first use.
	parseNS map[string]Value
	// sampling is set while a plot samples its expressions: NumPy's
	// warnings are hidden and elementwise functions use Go's math.
	sampling bool
	// objectIDs numbers objects whose repr shows an address.
	objectIDs int
	// pyRand is the random module's state (pyrandom.go), made on first use.
	pyRand *pyRandom
	// stdlib holds the standard-library modules imported (stdlib.go).
	stdlib map[string]*Module
	// mp is mpmath's working precision and mpMod the mpmath module.
	mp    *mpContext
	mpMod *Module
	// plt is pyplot's state and pltMod the matplotlib.pyplot module.
	plt    pyplotState
	pltMod *Module
	// npMod is the session's numpy module and npRandom its generator.
	npMod    *Module
	npRandom *ndarray.RandomState
	// npPrint is np.set_printoptions' state (nil: NumPy's defaults).
	npPrint *ndarray.PrintOptions
}

// frame is one active Python call.
type frame struct {
	file string
	fn   string
	// def and locals are the running function and its scope (super()
	// reads the function's class and first argument from them).
	def    *Function
	locals *env
	node   grammar.Node // the expression or statement being run
	ret    Value
}

type ctl int

const (
	ctlNone ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

func (in *interp) top() *frame { return in.frames[len(in.frames)-1] }

func (in *interp) setNode(n grammar.Node) {
	if n != nil && len(in.frames) > 0 {
		in.frames[len(in.frames)-1].node = n
	}
}

// checkInterrupt raises KeyboardInterrupt when Interrupt was called.
func (in *interp) checkInterrupt() {
	if in.interrupt.Load() {
		in.interrupt.Store(false)
		panic(&Exception{Type: "KeyboardInterrupt"})
	}
}

// frameEntry turns a frame's current position into a traceback entry.
func frameEntry(fr *frame) Frame {
	f := Frame{File: fr.file, Func: fr.fn, Qualname: fr.fn}
	if fn := fr.def; fn != nil {
		f.Qualname = fn.Qualname
		f.Scope, f.ScopeEnd = fn.Line, fn.lastLine()
		for _, p := range fn.Params {
			switch {
			case p.Star == 1 && p.Name != "":
				f.Params = append(f.Params, "*"+p.Name)
			case p.Star == 2:
				f.Params = append(f.Params, "**"+p.Name)
			case p.Name != "":
				f.Params = append(f.Params, p.Name)
			}
		}
	}
	if fr.node == nil {
		return f
	}
	p, q := fr.node.Pos(), fr.node.End()
	f.Line, f.Col, f.EndLine, f.End = p.Line, p.Col, q.Line, q.Col
	switch n := fr.node.(type) {
	case *grammar.BinaryExpr:
		if n.OpPos.Line == p.Line {
			f.AnchorCol, f.AnchorEnd = n.OpPos.Col, n.OpPos.Col+len(n.Op)
		}
	case *grammar.Index:
		if n.Lbrack.Line == p.Line && n.Rbrack.Line == p.Line {
			f.AnchorCol, f.AnchorEnd = n.Lbrack.Col, n.Rbrack.Col+1
		}
	}
	return f
}

// toException converts a recovered panic value into an *Exception.
func toException(r any) *Exception {
	switch r := r.(type) {
	case *Exception:
		return r
	case *engine.Error:
		return &Exception{Type: r.Type, Msg: r.Msg}
	case *ndarray.Error:
		return &Exception{Type: r.Class, Msg: r.Msg}
	case error:
		if isEngineInterrupt(r) {
			return &Exception{Type: "KeyboardInterrupt"}
		}
		if e, ok := engineError(r); ok {
			return e
		}
		return &Exception{Type: "SystemError", Msg: "internal error: " + r.Error()}
	}
	if isEngineInterrupt(r) {
		return &Exception{Type: "KeyboardInterrupt"}
	}
	return &Exception{Type: "SystemError", Msg: "internal error: " + sprint(r)}
}

// ---- statements ----

func (in *interp) execBlock(ss []grammar.Stmt, e *env) ctl {
	for _, s := range ss {
		if c := in.exec(s, e); c != ctlNone {
			return c
		}
	}
	return ctlNone
}

func (in *interp) exec(s grammar.Stmt, e *env) ctl {
	in.setNode(s)
	switch s := s.(type) {
	case *grammar.ExprStmt:
		in.eval(s.X, e)
	case *grammar.AssignStmt:
		v := in.eval(s.Value, e)
		for _, t := range s.Targets {
			in.assignTarget(t, v, e)
		}
	case *grammar.AugAssignStmt:
		in.augAssign(s, e)
	case *grammar.IfStmt:
		if in.truth(in.eval(s.Cond, e), s.Cond) {
			return in.execBlock(s.Body, e)
		}
		return in.execBlock(s.Else, e)
	case *grammar.ForStmt:
		it := in.eval(s.Iter, e)
		var res ctl
		broke := false
		in.setNode(s)
		in.iterate(it, func(v Value) bool {
			in.checkInterrupt()
			in.assignTarget(s.Target, v, e)
			c := in.execBlock(s.Body, e)
			switch c {
			case ctlBreak:
				broke = true
				return false
			case ctlReturn:
				res = ctlReturn
				return false
			}
			return true
		})
		if res == ctlReturn {
			return res
		}
		if !broke {
			return in.execBlock(s.Else, e)
		}
	case *grammar.WhileStmt:
		for {
			in.checkInterrupt()
			if !in.truth(in.eval(s.Cond, e), s.Cond) {
				return in.execBlock(s.Else, e)
			}
			switch in.execBlock(s.Body, e) {
			case ctlBreak:
				return ctlNone
			case ctlReturn:
				return ctlReturn
			}
		}
	case *grammar.PassStmt:
	case *grammar.BreakStmt:
		return ctlBreak
	case *grammar.ContinueStmt:
		return ctlContinue
	case *grammar.ReturnStmt:
		var v Value = none
		if s.Value != nil {
			v = in.eval(s.Value, e)
		}
		in.top().ret = v
		return ctlReturn
	case *grammar.DefStmt:
		decs := in.evalElts(s.Decorators, e)
		in.setNode(s)
		fn := in.makeFunc(s.Name, s.Params, s.Body, nil, e)
		fn.Annotations = in.evalAnnotations(s, e)
		fn.addLocals(s.Walrus)
		fn.Line = s.Pos().Line
		var v Value = fn
		for i := len(decs) - 1; i >= 0; i-- {
			v = in.call(decs[i], []Value{v}, nil)
		}
		in.assign(e, s.Name, v)
	case *grammar.ClassStmt:
		in.execClass(s, e)
	case *grammar.GlobalStmt:
		if e.info == nil && s.Nonlocal {
			throw("SyntaxError", "nonlocal declaration not allowed at module level")
		}
	case *grammar.DelStmt:
		for _, t := range s.Targets {
			in.del(t, e)
		}
	case *grammar.AssertStmt:
		if !in.truth(in.eval(s.Test, e), s.Test) {
			in.setNode(s.Test)
			exc := &Exception{Type: "AssertionError"}
			if s.Msg != nil {
				m := in.eval(s.Msg, e)
				exc.Msg = in.str(m)
				exc.value = &ExcValue{Class: excClass("AssertionError"), Args: []Value{m}}
				in.setNode(s)
			} else {
				in.setNode(s.Test)
			}
			panic(exc)
		}
	case *grammar.RaiseStmt:
		in.raise(s, e)
	case *grammar.TryStmt:
		return in.execTry(s, e)
	case *grammar.WithStmt:
		return in.execWith(s, s.Items, e)
	case *grammar.AnnAssignStmt:
		in.execAnnAssign(s, e)
	case *grammar.ImportStmt:
		for _, n := range s.Names {
			in.importModule(n, e)
		}
	case *grammar.FromImportStmt:
		in.fromImport(s, e)
	default:
		throw("SystemError", "internal error: unknown statement %T", s)
	}
	return ctlNone
}

func (in *interp) augAssign(s *grammar.AugAssignStmt, e *env) {
	switch t := s.Target.(type) {
	case *grammar.Name:
		old := in.lookup(e, t.Name, t)
		v := in.eval(s.Value, e)
		in.setNode(s)
		in.assign(e, t.Name, in.inplace(s.Op, old, v, s))
	case *grammar.Index:
		obj := in.eval(t.X, e)
		idx := in.eval(t.Index, e)
		in.setNode(t)
		old := in.getItem(obj, idx)
		v := in.eval(s.Value, e)
		in.setNode(s)
		nv := in.inplace(s.Op, old, v, s)
		in.setItem(obj, idx, nv, t)
	case *grammar.Attribute:
		obj := in.eval(t.X, e)
		old := in.getAttr(obj, t.Name, t)
		v := in.eval(s.Value, e)
		in.setNode(s)
		in.setAttr(obj, t.Name, in.inplace(s.Op, old, v, s), t)
	default:
		in.setNode(s)
		throw("SyntaxError", "'%s' is an illegal expression for augmented assignment", "expression")
	}
}

// inplace applies op= : lists extend in place, sets update in place (as
// CPython's set_ior / set_isub / set_ixor, which keeps the table layout
// and so the iteration order), everything else rebinds.
func (in *interp) inplace(op string, a, b Value, node grammar.Node) Value {
	if r, ok := in.instanceInplace(op, a, b); ok {
		return r
	}
	if l, ok := a.(*List); ok && op == "+" {
		items := in.toSlice(b)
		l.Items = append(l.Items, items...)
		return l
	}
	if s, ok := a.(*Set); ok {
		if o, ok := b.(*Set); ok {
			switch op {
			case "|":
				s.Merge(o)
				return s
			case "-":
				for _, v := range in.toSlice(o) {
					s.Remove(v)
				}
				return s
			case "^":
				for _, v := range in.toSlice(o) {
					if !s.Remove(v) {
						s.Add(v)
					}
				}
				return s
			}
		}
	}
	return in.binop(op, a, b, node)
}

// execHandler runs an except clause's body with its exception as the
// one a bare raise re-raises.
func (in *interp) execHandler(body []grammar.Stmt, e *env) ctl {
	handled := in.handling[len(in.handling)-1]
	defer func() {
		in.handling = in.handling[:len(in.handling)-1]
		if r := recover(); r != nil {
			// an exception raised while handling another has it as
			// its context (CPython's implicit chaining)
			exc := toException(r)
			if exc != handled && exc.Context == nil && exc.Type != "KeyboardInterrupt" {
				exc.Context = handled
			}
			panic(exc)
		}
	}()
	return in.execBlock(body, e)
}

func (in *interp) raise(s *grammar.RaiseStmt, e *env) {
	if s.Exc == nil {
		if len(in.handling) == 0 {
			throw("RuntimeError", "No active exception to reraise")
		}
		// re-raise the exception being handled with the traceback it
		// had when it was caught
		exc := in.handling[len(in.handling)-1]
		if c := exc.caught; c != nil {
			exc.unwound = append([]Frame(nil), c.unwound...)
			exc.Trace = append([]Frame(nil), c.trace...)
			in.setNode(c.node)
		}
		panic(exc)
	}
	v := in.eval(s.Exc, e)
	if c, ok := v.(*Class); ok && c.Exc {
		v = &ExcValue{Class: c}
	}
	ev, ok := v.(*ExcValue)
	if !ok {
		in.setNode(s)
		throw("TypeError", "exceptions must derive from BaseException")
	}
	exc := ev.exception(in)
	if s.Cause != nil {
		cv := in.eval(s.Cause, e)
		if c, ok := cv.(*Class); ok && c.Exc {
			cv = &ExcValue{Class: c}
		}
		switch c := cv.(type) {
		case *noneType:
			exc.Cause = nil
		case *ExcValue:
			exc.Cause = c.exception(in)
		default:
			in.setNode(s)
			throw("TypeError", "exception causes must derive from BaseException")
		}
		exc.SuppressContext = true
	}
	in.setNode(s)
	panic(exc)
}

// exception returns the *Exception carrying ev.
func (ev *ExcValue) exception(in *interp) *Exception {
	if ev.exc != nil {
		ev.exc.clearTrace()
		return ev.exc
	}
	msg := ""
	switch len(ev.Args) {
	case 0:
	case 1:
		msg = in.str(ev.Args[0])
	default:
		msg = in.repr(&Tuple{Items: ev.Args})
	}
	if ev.Class.Name == "KeyError" && len(ev.Args) == 1 {
		msg = in.repr(ev.Args[0])
	}
	ev.exc = &Exception{Type: ev.Class.Name, Msg: msg, value: ev}
	return ev.exc
}

func (in *interp) execTry(s *grammar.TryStmt, e *env) (res ctl) {
	if len(s.Finally) > 0 {
		defer func() {
			r := recover()
			c := in.execBlock(s.Finally, e)
			if c != ctlNone {
				res = c // return/break in finally swallows the exception
				return
			}
			if r != nil {
				panic(r)
			}
		}()
	}
	caught, c := in.tryBody(s, e)
	if caught == nil {
		if c != ctlNone {
			return c
		}
		return in.execBlock(s.Else, e)
	}
	for _, h := range s.Handlers {
		if h.Type != nil {
			t := in.eval(h.Type, e)
			if !in.excMatches(caught, t) {
				continue
			}
		}
		if h.Name != "" {
			in.assign(e, h.Name, in.excValue(caught))
		}
		in.handling = append(in.handling, caught)
		c := in.execHandler(h.Body, e)
		if h.Name != "" {
			e.unbindName(h.Name)
		}
		return c
	}
	panic(caught)
}

// tryBody runs the body of a try statement and returns the exception it
// raised, if any.
func (in *interp) tryBody(s *grammar.TryStmt, e *env) (caught *Exception, c ctl) {
	return in.catching(len(s.Handlers) == 0, func() ctl { return in.execBlock(s.Body, e) })
}

// catching runs f and returns the exception it raised, if any, ready to
// be handled (an internal SystemError goes on up when keepSystem is set).
func (in *interp) catching(keepSystem bool, f func() ctl) (caught *Exception, c ctl) {
	depth := len(in.frames)
	defer func() {
		if r := recover(); r != nil {
			exc := toException(r)
			if exc.Type == "SystemError" && keepSystem {
				panic(r)
			}
			in.frames = in.frames[:depth]
			if k := len(in.handling); k > 0 && exc.Context == nil && in.handling[k-1] != exc {
				// raised while an outer except clause ran (CPython
				// takes the context when the exception is raised)
				exc.Context = in.handling[k-1]
			}
			exc.caught = &caughtAt{unwound: append([]Frame(nil), exc.unwound...), trace: append([]Frame(nil), exc.Trace...)}
			if depth > 0 {
				exc.caught.node = in.frames[depth-1].node
				entry := frameEntry(in.frames[depth-1])
				exc.caught.entry = &entry
			}
			exc.clearTrace()
			caught = exc
		}
	}()
	return nil, f()
}

func (in *interp) excValue(x *Exception) *ExcValue {
	if x.value != nil {
		return x.value
	}
	x.value = &ExcValue{Class: excClass(x.Type), Args: []Value{x.Msg}, exc: x}
	if x.Msg == "" {
		x.value.Args = nil
	}
	return x.value
}

func (in *interp) excMatches(x *Exception, t Value) bool {
	switch t := t.(type) {
	case *Class:
		if !t.Exc {
			throw("TypeError", "catching classes that do not inherit from BaseException is not allowed")
		}
		start := excClass(x.Type)
		if x.value != nil {
			start = x.value.Class // a class made by a class statement
		}
		for c := start; c != nil; c = c.Base {
			if c == t || c.Name == t.Name {
				return true
			}
		}
		return false
	case *Tuple:
		for _, it := range t.Items {
			if in.excMatches(x, it) {
				return true
			}
		}
		return false
	}
	throw("TypeError", "catching classes that do not inherit from BaseException is not allowed")
	return false
}

// ---- assignment ----

func (in *interp) assignTarget(t grammar.Expr, v Value, e *env) {
	switch t := t.(type) {
	case *grammar.Name:
		in.assign(e, t.Name, v)
	case *grammar.ParenExpr:
		in.assignTarget(t.X, v, e)
	case *grammar.TupleExpr:
		in.setNode(t)
		in.unpack(t.Elts, v, e, t)
	case *grammar.ListExpr:
		in.setNode(t)
		in.unpack(t.Elts, v, e, t)
	case *grammar.Index:
		obj := in.eval(t.X, e)
		idx := in.eval(t.Index, e)
		in.setItem(obj, idx, v, t)
	case *grammar.Attribute:
		obj := in.eval(t.X, e)
		in.setAttr(obj, t.Name, v, t)
	case *grammar.Starred:
		in.setNode(t)
		throw("SyntaxError", "starred assignment target must be in a list or tuple")
	default:
		in.setNode(t)
		throw("SyntaxError", "cannot assign to expression")
	}
}

func (in *interp) unpack(targets []grammar.Expr, v Value, e *env, node grammar.Node) {
	star := -1
	for i, t := range targets {
		if _, ok := t.(*grammar.Starred); ok {
			star = i
		}
	}
	if !in.isIterable(v) {
		throw("TypeError", "cannot unpack non-iterable %s object", typeName(v))
	}
	items := in.toSlice(v)
	n := len(targets)
	if star < 0 {
		if len(items) < n {
			throw("ValueError", "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		if len(items) > n {
			throw("ValueError", "too many values to unpack (expected %d)", n)
		}
		for i, t := range targets {
			in.assignTarget(t, items[i], e)
		}
		return
	}
	if len(items) < n-1 {
		throw("ValueError", "not enough values to unpack (expected at least %d, got %d)", n-1, len(items))
	}
	for i := 0; i < star; i++ {
		in.assignTarget(targets[i], items[i], e)
	}
	after := n - star - 1
	rest := append([]Value(nil), items[star:len(items)-after]...)
	in.assignTarget(targets[star].(*grammar.Starred).X, &List{Items: rest}, e)
	for i := 0; i < after; i++ {
		in.assignTarget(targets[star+1+i], items[len(items)-after+i], e)
	}
}

func (in *interp) del(t grammar.Expr, e *env) {
	switch t := t.(type) {
	case *grammar.Name:
		in.unbind(e, t.Name, t)
	case *grammar.ParenExpr:
		in.del(t.X, e)
	case *grammar.TupleExpr:
		for _, x := range t.Elts {
			in.del(x, e)
		}
	case *grammar.ListExpr:
		for _, x := range t.Elts {
			in.del(x, e)
		}
	case *grammar.Index:
		obj := in.eval(t.X, e)
		idx := in.eval(t.Index, e)
		in.setNode(t)
		in.delItem(obj, idx)
	case *grammar.Attribute:
		obj := in.eval(t.X, e)
		in.delAttr(obj, t.Name, t)
	default:
		in.setNode(t)
		throw("SyntaxError", "cannot delete expression")
	}
}

// ---- functions ----

func (in *interp) makeFunc(name string, params []*grammar.Param, body []grammar.Stmt, lambda grammar.Expr, e *env) *Function {
	fn := &Function{Name: name, Params: params, Body: body, Lambda: lambda, Env: e, File: in.top().file}
	fn.Qualname = name
	if e.qual != "" {
		fn.Qualname = e.qual + "." + name
	}
	fn.localsQual = fn.Qualname + ".<locals>"
	if e.info != nil && e.info.class {
		fn.Env = e.parent // a class body is not an enclosing scope
	}
	fn.Defaults = make([]Value, len(params))
	for i, p := range params {
		if p.Default != nil {
			fn.Defaults[i] = in.eval(p.Default, e)
		}
	}
	if lambda != nil {
		fn.info = newScopeInfo()
		for _, p := range params {
			if p.Name != "" {
				fn.info.locals[p.Name] = true
			}
		}
	} else {
		fn.info = analyzeFunc(params, body)
	}
	return fn
}

func (in *interp) callFunction(fn *Function, args []Value, kw []kwArg) Value {
	if len(in.frames) >= in.recLimit {
		in.recursionError()
	}
	in.checkInterrupt()
	globals := in.globals
	if fn.Env != nil && fn.Env.globals != nil {
		globals = fn.Env.globals // lambdify's functions have their own
	}
	local := &env{vars: make(map[string]Value, len(fn.Params)+4), parent: fn.Env, info: fn.info, globals: globals, qual: fn.localsQual}
	in.bindParams(fn, args, kw, local)
	fr := &frame{file: fn.File, fn: fn.Name, def: fn, locals: local}
	depth := len(in.frames)
	in.frames = append(in.frames, fr)
	result := Value(none)
	exc := catch(func() {
		if fn.Lambda != nil {
			result = in.eval(fn.Lambda, local)
		} else if in.execBlock(fn.Body, local) == ctlReturn {
			result = fr.ret
		}
	})
	in.frames = in.frames[:depth]
	if exc != nil {
		exc.pushFrame(frameEntry(fr))
		panic(exc)
	}
	return result
}

// catch runs body and returns the exception it raised, if any. Callers
// that add a traceback frame re-raise it themselves once body's stack is
// gone: re-raising from inside a deferred call would make each level of
// a deep recursion walk every Go frame below it, quadratic in the depth.
func catch(body func()) (exc *Exception) {
	defer func() {
		if r := recover(); r != nil {
			exc = toException(r)
		}
	}()
	body()
	return nil
}

func (in *interp) bindParams(fn *Function, args []Value, kw []kwArg, local *env) {
	name := fn.qualname()
	var varargs, varkw *grammar.Param
	var positional, kwonly []int
	seenStar := false
	for i, p := range fn.Params {
		switch {
		case p.Star == 1:
			seenStar = true
			if p.Name != "" {
				varargs = p
			}
		case p.Star == 2:
			varkw = p
		case seenStar:
			kwonly = append(kwonly, i)
		default:
			positional = append(positional, i)
		}
	}
	if len(args) > len(positional) && varargs == nil {
		nreq := 0
		for _, i := range positional {
			if fn.Defaults[i] == nil {
				nreq++
			}
		}
		takes := ""
		if nreq == len(positional) {
			takes = plural(len(positional), "positional argument")
		} else {
			takes = "from " + itoa(nreq) + " to " + plural(len(positional), "positional argument")
		}
		given := itoa(len(args))
		was := "were"
		if len(args) == 1 {
			was = "was"
		}
		throw("TypeError", "%s() takes %s but %s %s given", name, takes, given, was)
	}
	for k, i := range positional {
		if k < len(args) {
			local.vars[fn.Params[i].Name] = args[k]
		}
	}
	if varargs != nil {
		var rest []Value
		if len(args) > len(positional) {
			rest = append(rest, args[len(positional):]...)
		}
		local.vars[varargs.Name] = &Tuple{Items: rest}
	}
	var extra *Dict
	if varkw != nil {
		extra = newDict()
		local.vars[varkw.Name] = extra
	}
	for _, a := range kw {
		found := false
		for k, p := range fn.Params {
			if p.Star == 0 && p.Name == a.Name {
				found = true
				if _, dup := local.vars[p.Name]; dup {
					throw("TypeError", "%s() got multiple values for argument '%s'", name, a.Name)
				}
				_ = k
				local.vars[p.Name] = a.Value
			}
		}
		if !found {
			if extra == nil {
				throw("TypeError", "%s() got an unexpected keyword argument '%s'", name, a.Name)
			}
			extra.Set(a.Name, a.Value)
		}
	}
	var missing []string
	for _, i := range positional {
		p := fn.Params[i]
		if _, ok := local.vars[p.Name]; !ok {
			if fn.Defaults[i] != nil {
				local.vars[p.Name] = fn.Defaults[i]
			} else {
				missing = append(missing, p.Name)
			}
		}
	}
	if len(missing) > 0 {
		throw("TypeError", "%s() missing %s: %s", name, plural(len(missing), "required positional argument"), quoteList(missing))
	}
	for _, i := range kwonly {
		p := fn.Params[i]
		if _, ok := local.vars[p.Name]; !ok {
			if fn.Defaults[i] != nil {
				local.vars[p.Name] = fn.Defaults[i]
			} else {
				missing = append(missing, p.Name)
			}
		}
	}
	if len(missing) > 0 {
		throw("TypeError", "%s() missing %s: %s", name, plural(len(missing), "required keyword-only argument"), quoteList(missing))
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return itoa(n) + " " + what + "s"
}

func quoteList(ns []string) string {
	q := make([]string, len(ns))
	for i, n := range ns {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	s := ""
	for i, x := range q {
		if i == len(q)-1 {
			s += "and " + x
		} else {
			s += x + ", "
		}
	}
	return s
}

// call calls fn with positional args and keyword args.
func (in *interp) call(fn Value, args []Value, kw []kwArg) Value {
	switch f := fn.(type) {
	case *Function:
		return in.callFunction(f, args, kw)
	case *Builtin:
		if len(kw) > 0 {
			in.checkBuiltinKeywords(f, f.Name, kw)
		}
		return f.Fn(in, args, kw)
	case *BoundMethod:
		return f.Fn(in, f.Recv, args, kw)
	case *Class:
		if f.Call == nil {
			throw("TypeError", "cannot create '%s' instances", f.Name)
		}
		if len(kw) > 0 {
			in.checkBuiltinKeywords(f, f.Name, kw)
		}
		return f.Call(in, args, kw)
	case *FuncClass:
		return in.applyFunc(f.Def, args, kw)
	case *lambdaValue:
		return f.call(in, args, kw)
	case *methodValue:
		return in.callMethod(f, args, kw)
	case *userClass:
		return in.instantiate(f, args, kw)
	case *instance:
		return in.callInstance(f, args, kw)
	case *staticMethod:
		return in.call(f.fn, args, kw)
	case *partialFn:
		return in.call(f.fn, append(append([]Value(nil), f.args...), args...), append(append([]kwArg(nil), f.kw...), kw...))
	case *cachedFn:
		return in.callCached(f, args, kw)
	case *delValue:
		return in.delApply("gradient", args, kw)
	case *npScalarClass:
		return in.npScalarCall(f, args, kw)
	case *polyValue:
		return in.polyCall(f, args, kw)
	case pyCallable:
		return f.call(in, args, kw)
	}
	throw("TypeError", "'%s' object is not callable", typeName(fn))
	return nil
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// qualname is the function's __qualname__.
func (fn *Function) qualname() string {
	if fn.Qualname != "" {
		return fn.Qualname
	}
	return fn.Name
}

// lastLine is the last line of the function's source.
func (fn *Function) lastLine() int {
	if fn.Lambda != nil {
		return fn.Lambda.End().Line
	}
	if n := len(fn.Body); n > 0 {
		return fn.Body[n-1].End().Line
	}
	return fn.Line
}
