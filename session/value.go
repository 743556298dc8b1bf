package session

import (
	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/grammar"
)

// The Python value types. Python int is *big.Int (never mutated once
// made), float is float64, complex is complex128, str is string, bool is
// bool and None is the none singleton; SymPy objects are engine.Expr.

type noneType struct{}

// none is Python's None.
var none = &noneType{}

type ellipsisType struct{}

var ellipsis = &ellipsisType{}

// List is a Python list.
type List struct{ Items []Value }

// Tuple is a Python tuple.
type Tuple struct{ Items []Value }

// Range is a Python range object.
type Range struct{ Start, Stop, Step int64 }

// Len returns the number of elements of r.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Stop <= r.Start {
			return 0
		}
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Stop >= r.Start {
		return 0
	}
	return (r.Start - r.Stop - r.Step - 1) / (-r.Step)
}

// Iterator is a Python iterator (generator, map, zip, enumerate,
// reversed, ...). Generator expressions are lazy (pull); the others are
// materialized when made.
type Iterator struct {
	Kind  string // "generator", "map", "zip", ...
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

// Function is a user function made by def or lambda.
type Function struct {
	Name     string
	Params   []*grammar.Param
	Defaults []Value // parallel to Params; nil when no default
	Body     []grammar.Stmt
	Lambda   grammar.Expr // body of a lambda
	Env      *env         // defining scope
	info     *scopeInfo
	File     string
	Line     int // of the def or lambda: IPython's context stops there
	// Doc is __doc__ when set by dcalc (lambdify's generated functions);
	// otherwise __doc__ is the body's docstring.
	Doc string
}

// Builtin is a function implemented in Go.
type Builtin struct {
	Name string
	Fn   func(in *interp, args []Value, kw []kwArg) Value
	Doc  string   // one line, from the binding table
	bind *binding // the table row, when the builtin has one
}

type kwArg struct {
	Name  string
	Value Value
}

// BoundMethod is a method bound to a receiver.
type BoundMethod struct {
	Recv Value
	Name string
	Fn   func(in *interp, recv Value, args []Value, kw []kwArg) Value
}

// Module is an imported module.
type Module struct {
	Name  string
	Attrs map[string]Value
}

// Class is a Python or SymPy class used as a value: callable to construct,
// usable in isinstance and type().
type Class struct {
	Name   string
	Module string
	Call   func(in *interp, args []Value, kw []kwArg) Value
	// Is reports whether v is an instance.
	Is func(v Value) bool
	// Base is the parent class for exception classes.
	Base *Class
	Exc  bool
}

// FuncClass is a SymPy function class (sin, or Function('f')): calling it
// applies the function.
type FuncClass struct{ Def *engine.FuncDef }

// ExcValue is a Python exception instance.
type ExcValue struct {
	Class *Class
	Args  []Value
	exc   *Exception
}

// Relational is an unevaluated SymPy comparison such as x < 1; the
// engine prints it.
type Relational = engine.Relation

// Dict is an insertion-ordered Python dict.
type Dict struct {
	keys  []Value
	vals  []Value
	alive []bool
	index map[uint64][]int
	n     int
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

// pyObject is an instance of a class dcalc implements in Go that has no
// behaviour beyond its attributes: IPython's shell (get_ipython()), its
// display objects (Math, Latex, ...) and CapturedIO.
type pyObject struct {
	Type  string // type(obj).__name__
	Repr  string
	Attrs map[string]Value
}
