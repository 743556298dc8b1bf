package session

// Iterator is a Python iterator (generator, map, zip, enumerate,
// reversed, ...). Generator expressions are lazy (pull); the others are
// materialized when made.
type Iterator struct {
	Kind  string // "generator", "map", "zip", ...
	Name  string // a generator's __name__: "<genexpr>", "primerange"
	Items []Value
	Pos   int
	pull  func() (Value, bool)
}

// next returns the iterator's next item, or false when it is exhausted.
func (it *Iterator) next() (Value, bool) {
	if it.pull != nil {
		v, ok := it.pull()
		if !ok {
			it.pull = nil
		}
		return v, ok
	}
	if it.Pos >= len(it.Items) {
		return nil, false
	}
	it.Pos++
	return it.Items[it.Pos-1], true
}

func (it *Iterator) iterate(_ *interp, f func(Value) bool) {
	for {
		v, ok := it.next()
		if !ok || !f(v) {
			return
		}
	}
}

// iterOf is iter(v): v itself when it is an iterator, the lazy iterator
// of a pyIterMaker, otherwise an iterator over v's items.
func (in *interp) iterOf(v Value) *Iterator {
	switch x := v.(type) {
	case *Iterator:
		return x
	case pyIterMaker:
		return x.iter(in)
	}
	if !in.isIterable(v) {
		throw("TypeError", "'%s' object is not iterable", typeName(v))
	}
	return &Iterator{Kind: typeName(v) + "_iterator", Items: in.toSlice(v)}
}
