package ndarray

// BroadcastShapes returns the shape NumPy broadcasts the given shapes to,
// or panics with its ValueError.
func BroadcastShapes(shapes ...[]int) []int {
	n := 0
	for _, s := range shapes {
		n = max(n, len(s))
	}
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	for _, s := range shapes {
		for i, d := range s {
			j := n - len(s) + i
			switch {
			case d == out[j] || d == 1:
			case out[j] == 1:
				out[j] = d
			default:
				fail("ValueError", "operands could not be broadcast together with shapes %s", shapesList(shapes))
			}
		}
	}
	return out
}

func shapesList(shapes [][]int) string {
	s := ""
	for _, sh := range shapes {
		p := "("
		for i, d := range sh {
			if i > 0 {
				p += ","
			}
			p += itoa(d)
		}
		if len(sh) == 1 {
			p += ","
		}
		s += p + ") "
	}
	return s
}

func itoa(d int) string {
	if d < 0 {
		return "-" + itoa(-d)
	}
	if d < 10 {
		return string(rune('0' + d))
	}
	return itoa(d/10) + string(rune('0'+d%10))
}

// BroadcastTo returns a read-only view of a with the given shape
// (repeated along axes of length 1, with stride 0).
func (a *Array) BroadcastTo(shape []int) *Array {
	if sameShape(a.shape, shape) {
		return a
	}
	if len(shape) < len(a.shape) {
		fail("ValueError", "input operand has more dimensions than allowed by the axis remapping")
	}
	v := &Array{dtype: a.dtype, shape: append([]int(nil), shape...), strides: make([]int, len(shape)), off: a.off, buf: a.buf}
	lead := len(shape) - len(a.shape)
	for i, d := range a.shape {
		switch {
		case d == shape[lead+i]:
			v.strides[lead+i] = a.strides[i]
		case d == 1:
		default:
			fail("ValueError", "operands could not be broadcast together with remapped shapes [original->remapped]: %s and requested shape %s", shapesList([][]int{a.shape}), shapesList([][]int{shape}))
		}
	}
	return v
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
