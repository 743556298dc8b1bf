package session

import (
	"sort"

	"github.com/dcalc/dcalc/engine"
)

// default_sort_key and ordered: SymPy's canonical order of expressions.

// sortKeyValue is default_sort_key(e): it compares with another as
// SymPy's key tuples do. dcalc does not build the tuple itself, so
// printing one is refused.
type sortKeyValue struct{ e engine.Expr }

// pyStr implements pyStringer.
func (k *sortKeyValue) pyStr() string {
	throw("NotImplementedError", "dcalc's default_sort_key values compare as SymPy's keys; printing one is not supported")
	return ""
}

// pyRepr implements pyStringer.
func (k *sortKeyValue) pyRepr() string { return k.pyStr() }

// sortKeyCompare is a comparison between two keys.
func sortKeyCompare(op string, a, b Value) (Value, bool) {
	ka, ok1 := a.(*sortKeyValue)
	kb, ok2 := b.(*sortKeyValue)
	if !ok1 || !ok2 {
		return nil, false
	}
	c := engine.CompareSortKey(ka.e, kb.e)
	switch op {
	case "<":
		return c < 0, true
	case "<=":
		return c <= 0, true
	case ">":
		return c > 0, true
	case ">=":
		return c >= 0, true
	case "==":
		return c == 0, true
	case "!=":
		return c != 0, true
	}
	return nil, false
}

var sortKeyRows = []*binding{
	{Name: "default_sort_key", Sig: "(item, order=None)", Doc: "The key of SymPy's canonical order (sorted(exprs, key=default_sort_key)).",
		Fn: func(in *interp, a *callArgs) Value {
			e, ok := sympifyNumber(a.Get("item"))
			if !ok {
				throw("NotImplementedError", "dcalc's default_sort_key takes expressions and numbers, not %s", typeName(a.Get("item")))
			}
			return &sortKeyValue{e: e}
		}},
	{Name: "ordered", Sig: "(seq, keys=None, default=True, warn=False)", Doc: "The items in SymPy's canonical order (by size, then default_sort_key), as a generator.",
		Fn: func(in *interp, a *callArgs) Value {
			// _nodes of a Python number is 1; of an expression its tree's
			type keyed struct {
				v     Value
				e     engine.Expr
				nodes float64
			}
			var ks []keyed
			in.iterate(a.Get("seq"), func(v Value) bool {
				e, ok := sympifyNumber(v)
				if !ok {
					throw("NotImplementedError", "dcalc's ordered takes expressions and numbers, not %s", typeName(v))
				}
				n := 1.0
				if _, isExpr := v.(engine.Expr); isExpr {
					n = engine.NodeCount(e)
				}
				ks = append(ks, keyed{v, e, n})
				return true
			})
			sort.SliceStable(ks, func(i, j int) bool {
				if ks[i].nodes != ks[j].nodes {
					return ks[i].nodes < ks[j].nodes
				}
				return engine.CompareSortKey(ks[i].e, ks[j].e) < 0
			})
			items := make([]Value, len(ks))
			for i, k := range ks {
				items[i] = k.v
			}
			return &Iterator{Kind: "generator", Name: "ordered", Items: items}
		}},
}
