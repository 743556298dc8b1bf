package engine

import (
	"fmt"
	"sort"
	"strings"
)

// Container is a Python list, tuple, set or dict handed to the printers.
// Items are Exprs or nested *Container values; a dict's Items alternate
// key and value.
type Container struct {
	// Kind is '[' for a list, '(' for a tuple, '{' for a set and ':' for
	// a dict. Items are Expr, *Relation, *PyFloat, *Matrix (in lists and
	// tuples) or *Container values.
	Kind  byte
	Items []any
}

// sortedByKey returns the items (or the key/value pairs of a dict) in
// SymPy's default_sort_key order; containers keep their place after the
// expressions.
func sortedByKey(items []any, stride int) [][]any {
	var groups [][]any
	for i := 0; i+stride <= len(items); i += stride {
		groups = append(groups, items[i:i+stride])
	}
	key := func(it any) (Expr, bool) {
		if f, ok := it.(*PyFloat); ok {
			return f.Value, true
		}
		e, ok := it.(Expr)
		return e, ok
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, aok := key(groups[i][0])
		b, bok := key(groups[j][0])
		if aok && bok {
			return cmpSkey(sortKey(a), sortKey(b)) < 0
		}
		return aok && !bok
	})
	return groups
}

// PrettyContainer returns SymPy's pretty form of a (possibly nested)
// Python container of expressions: pprint([x**2, (1, y)]).
func PrettyContainer(c *Container, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.pyContainer(c).render(opts.Width, p.uni)
}

func (p *prettyPrinter) pyItem(it any) *pict {
	switch x := it.(type) {
	case *Container:
		return p.pyContainer(x)
	case *Relation:
		return p.relation(x)
	case *PyFloat:
		return str(x.Repr)
	case *Matrix:
		return p.matrix(x.Tolist())
	case *Vector:
		return p.vector(x)
	case Domain:
		return p.domain(x)
	case Expr:
		return p.print(x)
	}
	panic(fmt.Sprintf("engine: PrettyContainer of %T", it))
}

func (p *prettyPrinter) pyContainer(c *Container) *pict {
	p.level++
	defer func() { p.level-- }()
	forms := func(items []any) []*pict {
		fs := make([]*pict, len(items))
		for i, it := range items {
			fs[i] = p.pyItem(it)
		}
		return fs
	}
	switch c.Kind {
	case '(':
		if len(c.Items) == 1 {
			return p.pyItem(c.Items[0]).right(str(",")).parens("(", ")", p.uni, true)
		}
		return p.seqForms(forms(c.Items), "(", ")", ", ")
	case '{':
		if len(c.Items) == 0 {
			return str("set()")
		}
		var items []any
		for _, g := range sortedByKey(c.Items, 1) {
			items = append(items, g[0])
		}
		return p.seqForms(forms(items), "", "", ", ").parens("{", "}", p.uni, true)
	case ':':
		var fs []*pict
		for _, g := range sortedByKey(c.Items, 2) {
			fs = append(fs, hnext(p.pyItem(g[0]), str(": "), p.pyItem(g[1])))
		}
		return p.seqForms(fs, "{", "}", ", ")
	}
	return p.seqForms(forms(c.Items), "[", "]", ", ")
}

// LatexContainer returns SymPy's latex() of a (possibly nested) Python
// container of expressions, with latex()'s settings s (nil for the
// defaults).
func LatexContainer(c *Container, s *TexSettings) string {
	p := printerFor(s)
	item := func(it any) string {
		switch x := it.(type) {
		case *Container:
			return LatexContainer(x, s)
		case *Relation:
			return x.Latex(s)
		case *PyFloat:
			return p.print(x.Value)
		case *Matrix:
			return LatexMatrix(x.Tolist(), s)
		case *Vector:
			return LatexVector(x, s)
		case Domain:
			return x.Latex()
		case Expr:
			return p.print(x)
		}
		panic(fmt.Sprintf("engine: LatexContainer of %T", it))
	}
	join := func(items []any, sep string) string {
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = item(it)
		}
		return strings.Join(parts, sep)
	}
	switch c.Kind {
	case '(':
		if len(c.Items) == 1 {
			return `\left( ` + item(c.Items[0]) + `,\right)`
		}
		return `\left( ` + join(c.Items, `, \  `) + `\right)`
	case '{':
		var items []any
		for _, g := range sortedByKey(c.Items, 1) {
			items = append(items, g[0])
		}
		return `\left\{` + join(items, ", ") + `\right\}`
	case ':':
		var parts []string
		for _, g := range sortedByKey(c.Items, 2) {
			parts = append(parts, item(g[0])+" : "+item(g[1]))
		}
		return `\left\{ ` + strings.Join(parts, `, \  `) + `\right\}`
	}
	return `\left[ ` + join(c.Items, `, \  `) + `\right]`
}

// PyFloat is a Python float inside a container: SymPy's pretty printer
// shows it as Python's repr (0.3333333333333333) while latex() shows the
// Float it sympifies to (0.333333333333333).
type PyFloat struct {
	Value *Float
	Repr  string
}
