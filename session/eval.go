package session

import (
	"iter"
	"math/big"
	"runtime"
	"strings"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

func (in *interp) eval(x grammar.Expr, e *env) Value {
	switch x := x.(type) {
	case *grammar.Name:
		return in.lookup(e, x.Name, x)
	case *grammar.IntLit:
		if in.autoNumber {
			return engine.NewBigInt(x.Value)
		}
		return x.Value
	case *grammar.FloatLit:
		if in.autoNumber {
			return in.autoFloat(x)
		}
		return x.Value
	case *grammar.ImagLit:
		return complex(0, x.Value)
	case *grammar.StringLit:
		return x.Value
	case *grammar.ConstLit:
		switch x.Value {
		case "True":
			return true
		case "False":
			return false
		case "None":
			return none
		}
		return ellipsis
	case *grammar.FString:
		return in.fstring(x, x.Parts, e)
	case *grammar.ParenExpr:
		return in.eval(x.X, e)
	case *grammar.NamedExpr:
		v := in.eval(x.Value, e)
		in.assignNamed(e, x.Target.Name, v)
		return v
	case *grammar.UnaryExpr:
		v := in.eval(x.X, e)
		if x.Op == "not" {
			return !in.truth(v, x)
		}
		in.setNode(x)
		return in.unary(x.Op, v)
	case *grammar.BinaryExpr:
		a := in.eval(x.X, e)
		b := in.eval(x.Y, e)
		in.setNode(x)
		return in.binop(x.Op, a, b, x)
	case *grammar.BoolOp:
		a := in.eval(x.X, e)
		t := in.truth(a, x.X)
		if x.Op == "and" {
			if !t {
				return a
			}
		} else if t {
			return a
		}
		return in.eval(x.Y, e)
	case *grammar.Compare:
		a := in.eval(x.X, e)
		var result Value = true
		for i, op := range x.Ops {
			b := in.eval(x.Ys[i], e)
			in.setNode(x)
			result = in.compare(op, a, b)
			if i < len(x.Ops)-1 && !in.truth(result, x) {
				return result
			}
			a = b
		}
		return result
	case *grammar.CondExpr:
		if in.truth(in.eval(x.Cond, e), x.Cond) {
			return in.eval(x.Body, e)
		}
		return in.eval(x.Else, e)
	case *grammar.Lambda:
		fn := in.makeFunc("<lambda>", x.Params, nil, x.Body, e)
		fn.addLocals(x.Walrus)
		fn.Line = x.Pos().Line
		return fn
	case *grammar.Call:
		return in.evalCall(x, e)
	case *grammar.Attribute:
		v := in.eval(x.X, e)
		in.setNode(x)
		return in.getAttr(v, x.Name, x)
	case *grammar.Index:
		v := in.eval(x.X, e)
		idx := in.eval(x.Index, e)
		in.setNode(x)
		return in.getItem(v, idx)
	case *grammar.Slice:
		sl := &sliceValue{Lo: none, Hi: none, Step: none}
		if x.Lo != nil {
			sl.Lo = in.eval(x.Lo, e)
		}
		if x.Hi != nil {
			sl.Hi = in.eval(x.Hi, e)
		}
		if x.Step != nil {
			sl.Step = in.eval(x.Step, e)
		}
		return sl
	case *grammar.TupleExpr:
		return &Tuple{Items: in.evalElts(x.Elts, e)}
	case *grammar.ListExpr:
		return &List{Items: in.evalElts(x.Elts, e)}
	case *grammar.SetExpr:
		s := newSet()
		for _, v := range in.evalElts(x.Elts, e) {
			in.setNode(x)
			s.Add(v)
		}
		if len(x.Elts) > 2 && allConst(x.Elts) {
			// CPython folds a literal of three or more constants into a
			// frozenset constant, rebuilt once when the compiler merges
			// constants, and the running code merges that into a new set.
			again := newSet()
			for _, v := range s.Items() {
				again.Add(v)
			}
			s = newSet()
			s.Merge(again)
		}
		return s
	case *grammar.DictExpr:
		d := newDict()
		for i, k := range x.Keys {
			if k == nil { // **mapping
				m := in.eval(x.Values[i], e)
				md, ok := m.(*Dict)
				if !ok {
					throw("TypeError", "'%s' object is not a mapping", typeName(m))
				}
				ks, vs := md.Items()
				for j := range ks {
					d.Set(ks[j], vs[j])
				}
				continue
			}
			kv := in.eval(k, e)
			vv := in.eval(x.Values[i], e)
			in.setNode(x)
			d.Set(kv, vv)
		}
		return d
	case *grammar.Comprehension:
		return in.comprehension(x, e)
	case *grammar.Starred:
		in.setNode(x)
		throw("SyntaxError", "can't use starred expression here")
	}
	throw("SystemError", "internal error: unknown expression %T", x)
	return nil
}

func (in *interp) evalElts(xs []grammar.Expr, e *env) []Value {
	out := make([]Value, 0, len(xs))
	for _, x := range xs {
		if st, ok := x.(*grammar.Starred); ok {
			v := in.eval(st.X, e)
			in.setNode(st)
			out = append(out, in.toSlice(v)...)
			continue
		}
		out = append(out, in.eval(x, e))
	}
	return out
}

func (in *interp) evalCall(x *grammar.Call, e *env) Value {
	fn := in.eval(x.Fn, e)
	var args []Value
	var kw []kwArg
	argNodes := x.Args
	if v, ok := in.lazyStepsArg(fn, x, e); ok {
		args, argNodes = append(args, v), x.Args[1:]
	}
	for _, a := range argNodes {
		switch {
		case a.Star == 1:
			v := in.eval(a.Value, e)
			if !in.isIterable(v) {
				in.setNode(x)
				throw("TypeError", "%s argument after * must be an iterable, not %s", callName(fn), typeName(v))
			}
			args = append(args, in.toSlice(v)...)
		case a.Star == 2:
			v := in.eval(a.Value, e)
			d, ok := v.(*Dict)
			if !ok {
				in.setNode(x)
				throw("TypeError", "%s argument after ** must be a mapping, not %s", callName(fn), typeName(v))
			}
			ks, vs := d.Items()
			for i, k := range ks {
				ksv, ok := k.(string)
				if !ok {
					in.setNode(x)
					throw("TypeError", "keywords must be strings")
				}
				kw = append(kw, kwArg{ksv, vs[i]})
			}
		case a.Name != "":
			kw = append(kw, kwArg{a.Name, in.eval(a.Value, e)})
		default:
			args = append(args, in.eval(a.Value, e))
		}
	}
	in.setNode(x)
	return in.call(fn, args, kw)
}

func callName(fn Value) string {
	switch f := fn.(type) {
	case *Function:
		return f.Name + "()"
	case *Builtin:
		return f.Name + "()"
	}
	return typeName(fn) + "()"
}

// comprehension evaluates a list, set or dict comprehension or a
// generator expression in its own scope.
func (in *interp) comprehension(x *grammar.Comprehension, e *env) Value {
	si := newScopeInfo()
	si.comp = true
	for _, c := range x.Clauses {
		targetNames(c.Target, func(n string) { si.locals[n] = true })
	}
	local := &env{vars: map[string]Value{}, parent: e, info: si, globals: in.globals}
	if x.Kind == '(' {
		return in.generator(x, e, local)
	}
	var items []Value
	var dict *Dict
	var set *Set
	switch x.Kind {
	case 'd':
		dict = newDict()
	case '{':
		set = newSet()
	}
	// CPython 3.11 runs a comprehension as a function (<listcomp>,
	// <setcomp>, <dictcomp>) called with the outermost iterable, which
	// is evaluated in the enclosing frame.
	first := in.eval(x.Clauses[0].Iter, e)
	in.setNode(x)
	if !in.isIterable(first) {
		in.iterate(first, func(Value) bool { return false }) // raises
	}
	var loop func(i int)
	loop = func(i int) {
		if i == len(x.Clauses) {
			switch x.Kind {
			case 'd':
				k := in.eval(x.Elt, local)
				v := in.eval(x.Value, local)
				in.setNode(x)
				dict.Set(k, v)
			case '{':
				v := in.eval(x.Elt, local)
				in.setNode(x)
				set.Add(v)
			default:
				items = append(items, in.eval(x.Elt, local))
			}
			return
		}
		c := x.Clauses[i]
		it := first
		if i > 0 {
			it = in.eval(c.Iter, local)
			in.setNode(c.Iter)
		}
		in.iterate(it, func(v Value) bool {
			in.checkInterrupt()
			in.assignTarget(c.Target, v, local)
			for _, cond := range c.Ifs {
				if !in.truth(in.eval(cond, local), cond) {
					return true
				}
			}
			loop(i + 1)
			return true
		})
	}
	name := map[byte]string{'d': "<dictcomp>", '{': "<setcomp>", '[': "<listcomp>"}[byte(x.Kind)]
	in.inFrame(name, func() { loop(0) })
	switch x.Kind {
	case 'd':
		return dict
	case '{':
		return set
	case '(':
		return &Iterator{Kind: "generator", Name: "<genexpr>", Items: items}
	}
	return &List{Items: items}
}

// fstring evaluates the parts of an f-string.
// fstring evaluates the parts of the f-string node; as in CPython 3.11,
// a failing conversion or format is reported at the whole f-string.
func (in *interp) fstring(node grammar.Node, parts []*grammar.FStringPart, e *env) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Expr == nil {
			b.WriteString(p.Lit)
			continue
		}
		v := in.eval(p.Expr, e)
		spec := ""
		if p.Spec != nil {
			spec = in.fstring(node, p.Spec, e)
		}
		in.setNode(node)
		conv := p.Conv
		if p.Debug != "" {
			b.WriteString(p.Debug)
			if conv == 0 && spec == "" {
				conv = 'r'
			}
		}
		switch conv {
		case 'r':
			v = in.repr(v)
		case 's':
			v = in.str(v)
		case 'a':
			v = asciiRepr(in.repr(v))
		}
		b.WriteString(in.format(v, spec))
	}
	return b.String()
}

// sliceValue is a slice object a[lo:hi:step].
type sliceValue struct{ Lo, Hi, Step Value }

// indices resolves the slice against a sequence of length n, as
// slice.indices does.
func (in *interp) indices(s *sliceValue, n int) (start, stop, step int) {
	step = 1
	if s.Step != none {
		step = in.sliceInt(s.Step)
		if step == 0 {
			throw("ValueError", "slice step cannot be zero")
		}
	}
	def := func(v Value, dflt int, isStart bool) int {
		if v == none {
			return dflt
		}
		i := in.sliceInt(v)
		if i < 0 {
			i += n
			if i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		}
		if i >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	if step > 0 {
		start, stop = def(s.Lo, 0, true), def(s.Hi, n, false)
	} else {
		start, stop = def(s.Lo, n-1, true), def(s.Hi, -1, false)
	}
	return
}

func (in *interp) sliceInt(v Value) int {
	switch v := v.(type) {
	case *big.Int:
		if !v.IsInt64() {
			if v.Sign() < 0 {
				return -1 << 62
			}
			return 1 << 62
		}
		return int(v.Int64())
	case bool:
		if v {
			return 1
		}
		return 0
	}
	throw("TypeError", "slice indices must be integers or None or have an __index__ method")
	return 0
}

func sliceIdx(start, stop, step int) []int {
	var out []int
	if step > 0 {
		for i := start; i < stop; i += step {
			out = append(out, i)
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, i)
		}
	}
	return out
}

// allConst reports whether CPython's AST optimizer turns every element
// into a constant (literals, signed numbers, constant tuples and
// operations on constants).
func allConst(elts []grammar.Expr) bool {
	for _, x := range elts {
		if !isConstExpr(x) {
			return false
		}
	}
	return true
}

func isConstExpr(x grammar.Expr) bool {
	switch x := x.(type) {
	case *grammar.IntLit, *grammar.FloatLit, *grammar.ImagLit, *grammar.StringLit, *grammar.ConstLit:
		return true
	case *grammar.UnaryExpr:
		return x.Op != "not" && isConstExpr(x.X)
	case *grammar.BinaryExpr:
		return isConstExpr(x.X) && isConstExpr(x.Y)
	case *grammar.ParenExpr:
		return isConstExpr(x.X)
	case *grammar.TupleExpr:
		return allConst(x.Elts)
	}
	return false
}

// autoFloat is sympify's reading of a float literal: Float('2.5'), with
// at least 15 digits.
func (in *interp) autoFloat(x *grammar.FloatLit) Value {
	f, err := engine.NewFloatString(strings.ReplaceAll(x.Raw, "_", ""), 0)
	if err != nil {
		return x.Value
	}
	return f
}

// generator makes a lazy generator expression: as in CPython, the
// outermost iterable is evaluated (and checked) now, the rest runs as
// items are pulled.
func (in *interp) generator(x *grammar.Comprehension, e, local *env) Value {
	in.runPendingStops()
	first := in.eval(x.Clauses[0].Iter, e)
	in.setNode(x)
	if !in.isIterable(first) {
		in.iterate(first, func(Value) bool { return false }) // raises
	}
	if _, ok := first.(*Iterator); !ok {
		// iter() of the outermost iterable is taken at creation.
		first = &Iterator{Kind: "iterator", Items: in.toSlice(first)}
	}
	file := in.frames[len(in.frames)-1].file
	seq := func(yield func(Value) bool) {
		// The body runs in a <genexpr> frame pushed on the consumer's
		// stack while it computes an item.
		fr := &frame{file: file, fn: "<genexpr>"}
		depth := len(in.frames)
		in.frames = append(in.frames, fr)
		defer func() {
			if r := recover(); r != nil {
				exc := toException(r)
				exc.pushFrame(frameEntry(fr))
				in.frames = in.frames[:depth]
				panic(exc)
			}
		}()
		var loop func(i int) bool
		loop = func(i int) bool {
			if i == len(x.Clauses) {
				v := in.eval(x.Elt, local)
				in.frames = in.frames[:len(in.frames)-1]
				more := yield(v)
				depth = len(in.frames)
				in.frames = append(in.frames, fr)
				return more
			}
			c := x.Clauses[i]
			it := first
			if i > 0 {
				it = in.eval(c.Iter, local)
				in.setNode(c.Iter)
			}
			more := true
			in.iterate(it, func(v Value) bool {
				in.checkInterrupt()
				in.assignTarget(c.Target, v, local)
				for _, cond := range c.Ifs {
					if !in.truth(in.eval(cond, local), cond) {
						return true
					}
				}
				more = loop(i + 1)
				return more
			})
			return more
		}
		loop(0)
		in.frames = in.frames[:len(in.frames)-1]
	}
	next, stop := iter.Pull(seq)
	g := &Iterator{Kind: "generator", Name: "<genexpr>", pull: next}
	// A generator dropped before its end still holds a coroutine: stop
	// it on the interpreter's goroutine once it is unreachable.
	runtime.AddCleanup(g, func(stop func()) { in.queueStop(stop) }, stop)
	return g
}

// queueStop records the stop function of an unreachable generator; it
// may be called from any goroutine.
func (in *interp) queueStop(stop func()) {
	in.stopMu.Lock()
	in.stops = append(in.stops, stop)
	in.stopMu.Unlock()
}

// runPendingStops finishes the coroutines of collected generators.
func (in *interp) runPendingStops() {
	in.stopMu.Lock()
	stops := in.stops
	in.stops = nil
	in.stopMu.Unlock()
	for _, stop := range stops {
		stop()
	}
}

// inFrame runs body in a new frame named name (a comprehension's
// function), adding the frame to the traceback of an exception.
func (in *interp) inFrame(name string, body func()) {
	if len(in.frames) >= in.recLimit {
		in.recursionError()
	}
	fr := &frame{file: in.frames[len(in.frames)-1].file, fn: name}
	depth := len(in.frames)
	in.frames = append(in.frames, fr)
	exc := catch(body)
	in.frames = in.frames[:depth]
	if exc != nil {
		exc.pushFrame(frameEntry(fr))
		panic(exc)
	}
}
