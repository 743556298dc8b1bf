package session

import (
	"strings"
	"time"

	"github.com/dcalc/dcalc/session/ndarray"
)

// npRandomState is a numpy.random.RandomState: a legacy generator of its
// own, drawn from by the same functions as the module's.
type npRandomState struct{ rs *ndarray.RandomState }

// newRandomState is numpy.random.RandomState(seed): seeded as
// np.random.seed seeds, from the clock without a seed.
func (in *interp) newRandomState(a *callArgs) Value {
	rs := &ndarray.RandomState{Log: libmLog}
	s := a.Get("seed")
	if s == nil || s == none {
		rs.Seed(uint32(time.Now().UnixNano()))
	} else {
		n := in.toInt(s)
		if n.Sign() < 0 || n.BitLen() > 32 {
			throw("ValueError", "Seed must be between 0 and 2**32 - 1")
		}
		rs.Seed(uint32(n.Uint64()))
	}
	return &npRandomState{rs}
}

// randomStateAttr is a RandomState's method: the module's function of
// that name, drawing from this generator.
func (in *interp) randomStateAttr(v Value, name string) (Value, bool) {
	r, ok := v.(*npRandomState)
	if !ok {
		return nil, false
	}
	for _, b := range randomTable {
		if b.Name != name || name == "RandomState" {
			continue
		}
		fn := b.builtin()
		return &Builtin{Name: name, Doc: b.Doc, Fn: func(in *interp, args []Value, kw []kwArg) Value {
			saved := in.npRandom
			in.npRandom = r.rs
			defer func() { in.npRandom = saved }()
			return fn.Fn(in, args, kw)
		}}, true
	}
	if isNumpyName("random." + name) {
		throw("NotImplementedError", "dcalc does not implement numpy.random.RandomState.%s yet", name)
	}
	throw("AttributeError", "'%s' object has no attribute '%s'", typeName(v), name)
	return nil, false
}

// pyRepr implements pyStringer: RandomState(MT19937) at 0x....
func (r *npRandomState) pyRepr() string {
	return "RandomState(MT19937) at 0x" + strings.ToUpper(fakeAddr(r)[2:])
}

// pyStr implements pyStringer.
func (r *npRandomState) pyStr() string { return r.pyRepr() }
