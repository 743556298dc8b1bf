package session

import (
	"fmt"
	"math/big"

	"github.com/dcalc/dcalc/engine"
)

// cseTable binds cse and numbered_symbols.
var cseTable = []*binding{
	{Name: "cse", Honours: "symbols", Doc: "Common subexpression elimination: ([(x0, sub), ...], [reduced, ...]) for an expression, a list of them or a Matrix.",
		Fn: func(in *interp, a *callArgs) Value { return in.cse(a.Get("exprs"), a.Get("symbols")) }},
	{Name: "numbered_symbols", Honours: "prefix start exclude", Doc: "A generator of the symbols x0, x1, ... (prefix and start chosen, those in exclude skipped).",
		Fn: func(in *interp, a *callArgs) Value {
			prefix := in.str(a.Or("prefix", "x"))
			n := in.toIndex(a.Or("start", big.NewInt(0)))
			var exclude []engine.Expr
			if ex := a.Get("exclude"); ex != nil && ex != none {
				in.iterate(ex, func(v Value) bool { exclude = append(exclude, in.sympify(v)); return true })
			}
			return &Iterator{Kind: "generator", Name: "numbered_symbols", pull: func() (Value, bool) {
				for {
					s := engine.NewSymbol(fmt.Sprintf("%s%d", prefix, n), engine.Assumptions{})
					n++
					skip := false
					for _, e := range exclude {
						skip = skip || engine.Equal(e, s)
					}
					if !skip {
						return s, true
					}
				}
			}}
		}},
}

// cse is cse(exprs, symbols): the replacements and the reduced
// expressions, matrices flattened for the search and rebuilt after.
func (in *interp) cse(v, symbols Value) Value {
	items := []Value{v}
	if _, isMat := asMatrix(v); !isMat {
		if _, isExpr := v.(engine.Expr); !isExpr && in.isIterable(v) {
			items = in.toSlice(v)
		}
	}
	exprs := make([]engine.Expr, len(items))
	for i, it := range items {
		if m, ok := asMatrix(it); ok {
			exprs[i] = engine.NewTuple(m.Entries()...)
			continue
		}
		exprs[i] = in.sympify(it)
	}
	var next func() (engine.Expr, bool)
	if symbols == nil || symbols == none {
		k := 0
		next = func() (engine.Expr, bool) {
			k++
			return engine.NewSymbol(fmt.Sprintf("x%d", k-1), engine.Assumptions{}), true
		}
	} else {
		it := in.iterOf(symbols)
		next = func() (engine.Expr, bool) {
			v, ok := it.next()
			if !ok {
				return nil, false
			}
			return in.sympify(v), true
		}
	}
	repl, reduced, err := engine.CSE(exprs, next)
	if err != nil {
		panic(err)
	}
	pairs := make([]Value, len(repl))
	for i, r := range repl {
		pairs[i] = &Tuple{Items: []Value{r[0], r[1]}}
	}
	out := make([]Value, len(reduced))
	for i, r := range reduced {
		out[i] = r
		if mv, ok := items[i].(*matrixValue); ok {
			rows, cols := mv.m.Shape()
			entries := r.Args()
			m := engine.NewMatrixFunc(rows, cols, func(i, j int) engine.Expr { return entries[i*cols+j] })
			out[i] = &matrixValue{m: m, immutable: mv.immutable}
		}
	}
	return &Tuple{Items: []Value{&List{Items: pairs}, &List{Items: out}}}
}
