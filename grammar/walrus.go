package grammar

import (
	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// Assignment expressions (x := v, PEP 572). The grammar accepts them as
// the loosest binary operator anywhere; the builder keeps the places
// CPython's grammar has a named_expression (conditions of if, elif and
// while, positional arguments, elements of displays and comprehensions,
// subscripts, parenthesized groups) and reports the rest as CPython's
// parser and symbol table do.

// scope collects the assignment expressions built in one function,
// lambda or class body, or the module, in the order they are built.
type scope struct {
	class bool
	named []*NamedExpr
}

// scopes is the stack of scopes being built, shared by the builders of
// f-string fields and of the source around them.
type scopes struct{ stack []*scope }

func (s *scopes) top() *scope {
	if len(s.stack) == 0 {
		s.stack = append(s.stack, &scope{})
	}
	return s.stack[len(s.stack)-1]
}

// inScope builds a function, lambda or class body with f in a scope of
// its own and returns the names its assignment expressions bind there.
func (b *builder) inScope(class bool, f func()) []string {
	sc := &scope{class: class}
	b.sc.stack = append(b.sc.stack, sc)
	defer func() { b.sc.stack = b.sc.stack[:len(b.sc.stack)-1] }()
	f()
	var names []string
	seen := map[string]bool{}
	for _, n := range sc.named {
		if !seen[n.Target.Name] {
			seen[n.Target.Name] = true
			names = append(names, n.Target.Name)
		}
	}
	return names
}

// named builds an expression where an unparenthesized x := v may stand.
func (b *builder) named(ctx gen.IExprContext) Expr {
	if w, ok := ctx.(*gen.WalrusExContext); ok {
		return b.walrus(w)
	}
	return b.expr(ctx)
}

// starNamed is starExpr where an element may be x := v.
func (b *builder) starNamed(ctx gen.IStar_exprContext) Expr {
	if t := term(ctx, 0); t != nil && t.GetText() == "*" {
		return b.starExpr(ctx)
	}
	return b.named(ctx.Expr())
}

// walrus builds Target := Value, reporting a target that is not a name
// with CPython's messages.
func (b *builder) walrus(c *gen.WalrusExContext) *NamedExpr {
	t := b.expr(c.Expr(0))
	op := b.pos(c.GetOp())
	v := b.expr(c.Expr(1))
	name, ok := t.(*Name)
	switch {
	case !ok:
		for p, isParen := t.(*ParenExpr); isParen; p, isParen = t.(*ParenExpr) {
			t = p.X
		}
		what := exprKind(t)
		switch t.(type) {
		case *Attribute:
			what = "attribute"
		case *Index:
			what = "subscript"
		case *Name:
			what = "name"
		}
		b.errorAt(t, "cannot use assignment expressions with %s", what)
		name = &Name{NamePos: t.Pos(), Name: "?"}
	case name.Name == "__debug__":
		b.errorAt(t, "cannot assign to __debug__")
	}
	n := &NamedExpr{Target: name, OpPos: op, Value: v}
	sc := b.sc.top()
	sc.named = append(sc.named, n)
	return n
}

// since returns the assignment expressions built in the current scope
// since mark (a length of its list).
func (b *builder) since(mark int) []*NamedExpr { return b.sc.top().named[mark:] }

// mark is the number of assignment expressions built so far in the
// current scope.
func (b *builder) mark() int { return len(b.sc.top().named) }

// checkComprehension reports what CPython's symbol table refuses in a
// comprehension whose parts were built after mark: an assignment
// expression that rebinds an iteration variable, or any at all in a
// class body.
func (b *builder) checkComprehension(mark int, clauses []*CompClause) {
	vars := map[string]bool{}
	for _, c := range clauses {
		WalkTarget(c.Target, func(n *Name) { vars[n.Name] = true }, nil)
	}
	for _, n := range b.since(mark) {
		switch {
		case vars[n.Target.Name]:
			b.errorAt(n.Target, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Target.Name)
			return
		case b.sc.top().class:
			b.errorAt(n.Target, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
	}
}

// iterable builds a comprehension's iterable, where no assignment
// expression may stand.
func (b *builder) iterable(ctx gen.IExprContext) Expr {
	m := b.mark()
	x := b.expr(ctx)
	if ns := b.since(m); len(ns) > 0 {
		b.errorAt(ns[0], "assignment expression cannot be used in a comprehension iterable expression")
	}
	return x
}

// WalkTarget visits an assignment target: name for each name it binds
// (through tuples, lists, starred and parenthesized targets) and, when
// other is not nil, other for each other part (a.b, a[i]).
func WalkTarget(t Expr, name func(*Name), other func(Expr)) {
	switch x := t.(type) {
	case *Name:
		name(x)
	case *TupleExpr:
		for _, e := range x.Elts {
			WalkTarget(e, name, other)
		}
	case *ListExpr:
		for _, e := range x.Elts {
			WalkTarget(e, name, other)
		}
	case *Starred:
		WalkTarget(x.X, name, other)
	case *ParenExpr:
		WalkTarget(x.X, name, other)
	default:
		if other != nil {
			other(t)
		}
	}
}
