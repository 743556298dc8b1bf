package session

// This file holds Python's dict: insertion-ordered, hashed by the
// session's hashValue.

// Dict is an insertion-ordered Python dict.
type Dict struct {
	keys  []Value
	vals  []Value
	alive []bool
	index map[uint64][]int
	n     int
	// kind marks collections' subclasses; factory is a defaultdict's
	// default_factory
	kind    dictKind
	factory Value
}

func newDict() *Dict { return &Dict{index: map[uint64][]int{}} }

func (d *Dict) find(k Value) int {
	h := hashValue(k)
	for _, i := range d.index[h] {
		if d.alive[i] && valuesEqual(d.keys[i], k) {
			return i
		}
	}
	return -1
}

// Get returns the value for k.
func (d *Dict) Get(k Value) (Value, bool) {
	if i := d.find(k); i >= 0 {
		return d.vals[i], true
	}
	return nil, false
}

// Set sets d[k] = v.
func (d *Dict) Set(k, v Value) {
	if i := d.find(k); i >= 0 {
		d.vals[i] = v
		return
	}
	h := hashValue(k)
	d.index[h] = append(d.index[h], len(d.keys))
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	d.alive = append(d.alive, true)
	d.n++
}

// Delete removes k and reports whether it was present.
func (d *Dict) Delete(k Value) bool {
	i := d.find(k)
	if i < 0 {
		return false
	}
	d.alive[i] = false
	d.keys[i], d.vals[i] = nil, nil
	d.n--
	return true
}

// Len returns the number of entries.
func (d *Dict) Len() int { return d.n }

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	ks := make([]Value, 0, d.n)
	for i, k := range d.keys {
		if d.alive[i] {
			ks = append(ks, k)
		}
	}
	return ks
}

// Items returns keys and values in insertion order.
func (d *Dict) Items() (ks, vs []Value) {
	for i, k := range d.keys {
		if d.alive[i] {
			ks = append(ks, k)
			vs = append(vs, d.vals[i])
		}
	}
	return
}

func (d *Dict) iterate(_ *interp, f func(Value) bool) {
	for _, k := range d.Keys() {
		if !f(k) {
			return
		}
	}
}

func (d *Dict) getItem(in *interp, idx Value) Value {
	hashValue(idx)
	if r, ok := d.Get(idx); ok {
		return r
	}
	if r, ok := d.missing(in, idx); ok {
		return r
	}
	exc := newExc("KeyError", "%s", in.repr(idx))
	exc.value = &ExcValue{Class: excClass("KeyError"), Args: []Value{idx}, exc: exc}
	panic(exc)
}

func (d *Dict) setItem(_ *interp, idx, val Value) {
	hashValue(idx)
	d.Set(idx, val)
}

func (d *Dict) delItem(in *interp, idx Value) {
	if !d.Delete(idx) {
		throw("KeyError", "%s", in.repr(idx))
	}
}

func (d *Dict) contains(v Value) bool {
	hashValue(v)
	_, ok := d.Get(v)
	return ok
}

// binary is dict | dict: a new dict with the right operand's values
// winning.
func (d *Dict) binary(op string, b Value) (Value, bool) {
	y, ok := b.(*Dict)
	if !ok || op != "|" {
		return nil, false
	}
	r := newDict()
	for _, d := range []*Dict{d, y} {
		ks, vs := d.Items()
		for i := range ks {
			r.Set(ks[i], vs[i])
		}
	}
	return r, true
}
