package session

import "math/big"

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

func (r *Range) iterate(in *interp, f func(Value) bool) {
	n := r.Len()
	for i := int64(0); i < n; i++ {
		if i&0xffff == 0xffff {
			in.checkInterrupt() // sum(range(10**18)) must stop on Ctrl-C
		}
		if !f(big.NewInt(r.Start + i*r.Step)) {
			return
		}
	}
}

func (r *Range) getItem(in *interp, idx Value) Value {
	if _, ok := idx.(*sliceValue); ok {
		throw("NotImplementedError", "range slicing")
	}
	i := in.seqIndex(idx, int(r.Len()), "range object")
	return big.NewInt(r.Start + int64(i)*r.Step)
}

func (r *Range) contains(v Value) bool {
	n, ok := v.(*big.Int)
	if !ok || !n.IsInt64() {
		return false
	}
	i := n.Int64()
	if r.Step > 0 {
		return i >= r.Start && i < r.Stop && (i-r.Start)%r.Step == 0
	}
	return i <= r.Start && i > r.Stop && (r.Start-i)%(-r.Step) == 0
}
