package session

// This file holds Python's set and frozenset: CPython's hash table
// (insertion order and probing, so iteration order matches) and the set
// operations.

// Set is a Python set. Membership lives in d; tab mirrors CPython's
// open-addressing table (setobject.c) so that iteration follows
// CPython's order whenever every member has a deterministic hash (ints,
// bools, floats, SymPy Integers and tuples of those); otherwise the
// members iterate in insertion order.
type Set struct {
	d    *Dict
	tab  []setSlot
	fill int // active plus dummy slots
	// Frozen makes it a frozenset: immutable and hashable.
	Frozen bool
}

// setSlot is one slot of the CPython table: key index into d.keys, or
// slotEmpty / slotDummy.
type setSlot struct {
	idx  int
	hash int64
}

const (
	slotEmpty = -1
	slotDummy = -2
	setMin    = 8
	linProbes = 9
)

func newSet() *Set { return &Set{d: newDict(), tab: emptyTable(setMin)} }

func emptyTable(n int) []setSlot {
	t := make([]setSlot, n)
	for i := range t {
		t[i].idx = slotEmpty
	}
	return t
}

// Add inserts v (CPython's set_add_entry).
func (s *Set) Add(v Value) {
	if s.d.find(v) >= 0 {
		return
	}
	s.d.Set(v, true)
	s.addSlot(len(s.d.keys)-1, v)
}

func (s *Set) addSlot(idx int, v Value) {
	h, _ := pyHash(v)
	mask := uint64(len(s.tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linProbes <= mask {
			probes = linProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.tab[i+j]
			if e.idx == slotEmpty {
				if free >= 0 {
					s.tab[free] = setSlot{idx, h}
					return
				}
				*e = setSlot{idx, h}
				s.fill++
				if uint64(s.fill)*5 >= mask*3 {
					used := s.d.Len()
					if used > 50000 {
						s.resize(used * 2)
					} else {
						s.resize(used * 4)
					}
				}
				return
			}
			if e.idx == slotDummy {
				free = int(i + j)
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with the smallest size above minused
// (set_table_resize), dropping dummies.
func (s *Set) resize(minused int) {
	n := setMin
	for n <= minused {
		n <<= 1
	}
	old := s.tab
	s.tab = emptyTable(n)
	s.fill = 0
	for _, e := range old {
		if e.idx >= 0 {
			s.insertClean(e)
		}
	}
}

// insertClean places e in a table without dummies (set_insert_clean).
func (s *Set) insertClean(e setSlot) {
	mask := uint64(len(s.tab) - 1)
	i := uint64(e.hash) & mask
	perturb := uint64(e.hash)
	for {
		if s.tab[i].idx == slotEmpty {
			s.tab[i] = e
			s.fill++
			return
		}
		if i+linProbes <= mask {
			for j := uint64(1); j <= linProbes; j++ {
				if s.tab[i+j].idx == slotEmpty {
					s.tab[i+j] = e
					s.fill++
					return
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// Remove deletes v and reports whether it was present.
func (s *Set) Remove(v Value) bool {
	i := s.d.find(v)
	if i < 0 {
		return false
	}
	s.d.Delete(v)
	for k := range s.tab {
		if s.tab[k].idx == i {
			s.tab[k] = setSlot{slotDummy, -1}
		}
	}
	return true
}

// Merge adds the members of o to s as CPython's set_merge does (used by
// set(o), s.copy(), s | o and s.update(o)).
func (s *Set) Merge(o *Set) {
	used := o.d.Len()
	if o == s || used == 0 {
		return
	}
	if (s.fill+used)*5 >= (len(s.tab)-1)*3 {
		s.resize((s.d.Len() + used) * 2)
	}
	if s.fill == 0 {
		copySlots := len(s.tab) == len(o.tab) && o.fill == used
		for k, e := range o.tab {
			if e.idx < 0 {
				continue
			}
			s.d.Set(o.d.keys[e.idx], true)
			e.idx = len(s.d.keys) - 1
			if copySlots {
				s.tab[k] = e
				s.fill++
			} else {
				s.insertClean(e)
			}
		}
		return
	}
	for _, v := range o.Items() {
		s.Add(v)
	}
}

// Has reports whether v is a member.
func (s *Set) Has(v Value) bool { return s.d.find(v) >= 0 }

// Items returns the members in iteration order.
func (s *Set) Items() []Value {
	keys := s.d.Keys()
	for _, k := range keys {
		if _, ok := pyHash(k); !ok {
			return keys
		}
	}
	out := make([]Value, 0, len(keys))
	for _, e := range s.tab {
		if e.idx >= 0 {
			out = append(out, s.d.keys[e.idx])
		}
	}
	return out
}

// setUpdate adds the members of the iterable a to s as CPython's
// set_update_internal does.
func (in *interp) setUpdate(s *Set, a Value) {
	switch a := a.(type) {
	case *Set:
		s.Merge(a)
		return
	case *Dict:
		if n := a.Len(); (s.fill+n)*5 >= (len(s.tab)-1)*3 {
			s.resize((s.d.Len() + n) * 2)
		}
	}
	in.iterate(a, func(v Value) bool {
		hashValue(v)
		s.Add(v)
		return true
	})
}

// setIntersection is CPython's set_intersection: it walks the smaller set.
func setIntersection(a, b *Set) *Set {
	if b.d.Len() > a.d.Len() {
		a, b = b, a
	}
	r := newSet()
	for _, v := range b.Items() {
		if a.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// setDifference is CPython's set_difference.
func setDifference(a, b *Set) *Set {
	r := newSet()
	if a.d.Len()>>2 > b.d.Len() {
		r.Merge(a)
		for _, v := range b.Items() {
			r.Remove(v)
		}
		return r
	}
	for _, v := range a.Items() {
		if !b.Has(v) {
			r.Add(v)
		}
	}
	return r
}

// setOrder is Python's subset ordering of sets.
func setOrder(op string, a, b *Set) bool {
	sub := func(x, y *Set) bool {
		for _, v := range x.Items() {
			if !y.Has(v) {
				return false
			}
		}
		return true
	}
	switch op {
	case "<":
		return a.d.Len() < b.d.Len() && sub(a, b)
	case "<=":
		return sub(a, b)
	case ">":
		return b.d.Len() < a.d.Len() && sub(b, a)
	}
	return sub(b, a)
}

func (s *Set) iterate(_ *interp, f func(Value) bool) {
	for _, k := range s.Items() {
		if !f(k) {
			return
		}
	}
}

func (s *Set) contains(v Value) bool {
	hashValue(v)
	return s.Has(v)
}

// binary is |, & and - between sets: the result has the left operand's
// type (frozenset | set is a frozenset).
func (x *Set) binary(op string, b Value) (Value, bool) {
	y, ok := b.(*Set)
	if !ok {
		return nil, false
	}
	var r *Set
	switch op {
	case "|":
		r = newSet()
		r.Merge(x)
		r.Merge(y)
	case "&":
		r = setIntersection(x, y)
	case "-":
		r = setDifference(x, y)
	default:
		return nil, false
	}
	r.Frozen = x.Frozen
	return r, true
}
