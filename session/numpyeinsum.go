package session

import (
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/dcalc/dcalc/session/ndarray"
)

// This file binds numpy.tensordot and numpy.linalg.multi_dot, which
// NumPy computes through dot (so through the matrix product, fused
// multiply-adds as OpenBLAS adds them), and numpy.einsum for subscripts
// of letters, explicit or implicit, without ellipsis.

func init() {
	numpyPolyTable = append(numpyPolyTable, einsumTable...)
	linalgTable = append(linalgTable, &binding{Name: "multi_dot", Sig: "(arrays, *, out=None)",
		Doc: "The product of a chain of matrices, multiplied in the cheapest order.", Fn: (*interp).npMultiDot})
}

var einsumTable = []*binding{
	{Name: "tensordot", Sig: "(a, b, axes=2)", Honours: "axes",
		Doc: "The sum of products over the given axes of a and b.", Fn: (*interp).npTensordot},
	{Name: "einsum", Sig: "(*operands, out=None, optimize=False, **kwargs)",
		Doc: "Einstein summation over the subscripts (letters; '->' for the output).", Fn: (*interp).npEinsum},
}

// npTensordot is numpy.tensordot: both arrays transposed so the summed
// axes meet, reshaped to matrices, multiplied, reshaped back.
func (in *interp) npTensordot(a *callArgs) Value {
	x, y := in.npArg(a, "a"), in.npArg(a, "b")
	var axA, axB []int
	switch ax := a.Or("axes", itoBig(2)).(type) {
	case *big.Int:
		n := int(ax.Int64())
		for k := range n {
			axA = append(axA, k-n)
			axB = append(axB, k)
		}
	default:
		pair := in.toSlice(ax)
		if len(pair) != 2 {
			throw("ValueError", "too many values to unpack (expected 2)")
		}
		read := func(v Value) []int {
			if n, ok := v.(*big.Int); ok {
				return []int{int(n.Int64())}
			}
			var out []int
			for _, it := range in.toSlice(v) {
				out = append(out, int(in.toIndex(it)))
			}
			return out
		}
		axA, axB = read(pair[0]), read(pair[1])
	}
	if len(axA) != len(axB) {
		throw("ValueError", "shape-mismatch for sum")
	}
	as, bs := x.Shape(), y.Shape()
	for k := range axA {
		if axA[k] >= len(as) || axA[k] < -len(as) || axB[k] >= len(bs) || axB[k] < -len(bs) {
			throw("IndexError", "tuple index out of range")
		}
	}
	for k := range axA {
		if axA[k] < 0 {
			axA[k] += x.NDim()
		}
		if axB[k] < 0 {
			axB[k] += y.NDim()
		}
		if axA[k] < 0 || axA[k] >= x.NDim() || axB[k] < 0 || axB[k] >= y.NDim() || as[axA[k]] != bs[axB[k]] {
			throw("ValueError", "shape-mismatch for sum")
		}
	}
	var notA, notB, oldA, oldB []int
	for k := range x.NDim() {
		if !slices.Contains(axA, k) {
			notA = append(notA, k)
			oldA = append(oldA, as[k])
		}
	}
	for k := range y.NDim() {
		if !slices.Contains(axB, k) {
			notB = append(notB, k)
			oldB = append(oldB, bs[k])
		}
	}
	n2 := 1
	for _, k := range axA {
		n2 *= as[k]
	}
	at := x.Permute(append(slices.Clone(notA), axA...)).Copy().Reshape([]int{prodInts(oldA), n2})
	bt := y.Permute(append(slices.Clone(axB), notB...)).Copy().Reshape([]int{n2, prodInts(oldB)})
	r := npCall(func() *ndarray.Array { return ndarray.MatMul(at, bt) })
	return arrayValue(r.Reshape(append(oldA, oldB...)))
}

// npMultiDot is numpy.linalg.multi_dot: 1-d ends as a row and a column,
// three matrices in the cheaper of the two orders, more by the matrix
// chain order.
func (in *interp) npMultiDot(a *callArgs) Value {
	var arrs []*ndarray.Array
	for _, v := range in.toSlice(a.Get("arrays")) {
		arrs = append(arrs, in.toArray(v))
	}
	n := len(arrs)
	dot := func(p, q *ndarray.Array) *ndarray.Array {
		return npCall(func() *ndarray.Array { return ndarray.MatMul(p, q) })
	}
	switch {
	case n < 2:
		throw("ValueError", "Expecting at least two arrays.")
	case n == 2:
		return arrayValue(dot(arrs[0], arrs[1]))
	}
	first, last := arrs[0].NDim(), arrs[n-1].NDim()
	if first == 1 {
		arrs[0] = arrs[0].Reshape([]int{1, arrs[0].Size()})
	}
	if last == 1 {
		arrs[n-1] = arrs[n-1].Reshape([]int{arrs[n-1].Size(), 1})
	}
	for _, m := range arrs {
		if m.NDim() != 2 {
			throw("numpy.linalg.LinAlgError", "%d-dimensional array given. Array must be two-dimensional", m.NDim())
		}
	}
	var r *ndarray.Array
	if n == 3 {
		A, B, C := arrs[0], arrs[1], arrs[2]
		a0, a1b0 := A.Shape()[0], A.Shape()[1]
		b1c0, c1 := C.Shape()[0], C.Shape()[1]
		if a0*b1c0*(a1b0+c1) < a1b0*c1*(a0+b1c0) {
			r = dot(dot(A, B), C)
		} else {
			r = dot(A, dot(B, C))
		}
	} else {
		order := chainOrder(arrs)
		var mul func(i, j int) *ndarray.Array
		mul = func(i, j int) *ndarray.Array {
			if i == j {
				return arrs[i]
			}
			return dot(mul(i, order[i][j]), mul(order[i][j]+1, j))
		}
		r = mul(0, n-1)
	}
	switch {
	case first == 1 && last == 1:
		return arrayValue(npElem(r.Ravel(), 0))
	case first == 1 || last == 1:
		return r.Ravel()
	}
	return r
}

// chainOrder is NumPy's _multi_dot_matrix_chain_order: the split of
// each chain with the fewest scalar multiplications (the first on
// ties).
func chainOrder(arrs []*ndarray.Array) [][]int {
	n := len(arrs)
	p := make([]float64, n+1)
	for i, a := range arrs {
		p[i] = float64(a.Shape()[0])
	}
	p[n] = float64(arrs[n-1].Shape()[1])
	m := make([][]float64, n)
	s := make([][]int, n)
	for i := range m {
		m[i], s[i] = make([]float64, n), make([]int, n)
	}
	for l := 1; l < n; l++ {
		for i := 0; i < n-l; i++ {
			j := i + l
			m[i][j] = math.Inf(1)
			for k := i; k < j; k++ {
				if q := m[i][k] + m[k+1][j] + p[i]*p[k+1]*p[j+1]; q < m[i][j] {
					m[i][j], s[i][j] = q, k
				}
			}
		}
	}
	return s
}

// npEinsum is numpy.einsum: each output element the sum, over the
// letters not in the output, of the operands' products, added in order
// of the summed letters.
func (in *interp) npEinsum(a *callArgs) Value {
	if len(a.Extra()) > 0 {
		throw("NotImplementedError", "dcalc's numpy.einsum takes no keyword arguments")
	}
	args := a.Rest()
	if len(args) < 2 {
		throw("ValueError", "must specify the einstein sum subscripts string and at least one operand")
	}
	spec, ok := args[0].(string)
	if !ok {
		throw("NotImplementedError", "dcalc's numpy.einsum takes a subscripts string")
	}
	spec = strings.ReplaceAll(spec, " ", "")
	if strings.Contains(spec, ".") {
		throw("NotImplementedError", "dcalc's numpy.einsum does not take an ellipsis yet")
	}
	lhs, out, explicit := strings.Cut(spec, "->")
	terms := strings.Split(lhs, ",")
	ops := args[1:]
	if len(terms) != len(ops) {
		throw("ValueError", "more operands provided to einstein sum function than specified in the subscripts string")
	}
	arrs := make([]*ndarray.Array, len(ops))
	size := map[rune]int{}
	count := map[rune]int{}
	for i, op := range ops {
		arrs[i] = in.toArray(op)
	}
	for i := range ops {
		if len([]rune(terms[i])) != arrs[i].NDim() {
			throw("ValueError", "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
		}
		for d, c := range terms[i] {
			n := arrs[i].Shape()[d]
			if m, seen := size[c]; seen && m != n && m != 1 && n != 1 {
				throw("ValueError", "%s", remapMessage(terms, arrs, explicitOutput(spec)))
			}
			size[c] = max(size[c], n)
			count[c]++
		}
	}
	if !explicit {
		var once []rune
		for c, k := range count {
			if k == 1 {
				once = append(once, c)
			}
		}
		sort.Slice(once, func(i, j int) bool { return once[i] < once[j] })
		out = string(once)
	}
	var outL, sumL []rune
	for _, c := range out {
		if _, ok := size[c]; !ok {
			throw("ValueError", "einstein sum subscripts string included output subscript '%c' which never appeared in an input", c)
		}
		outL = append(outL, c)
	}
	for c := range size {
		if !slices.Contains(outL, c) {
			sumL = append(sumL, c)
		}
	}
	sort.Slice(sumL, func(i, j int) bool { return sumL[i] < sumL[j] })
	dt := ndarray.Int64
	for _, x := range arrs {
		if x.DType() == ndarray.Complex128 {
			throw("NotImplementedError", "dcalc's numpy.einsum takes real arrays")
		}
		if x.DType() == ndarray.Float64 {
			dt = ndarray.Float64
		}
	}
	vals := make([][]float64, len(arrs))
	ivals := make([][]int64, len(arrs))
	for i, x := range arrs {
		vals[i] = x.AsType(ndarray.Float64).Float64s()
		ivals[i] = x.AsType(ndarray.Int64).Int64s()
	}
	outShape := make([]int, len(outL))
	for i, c := range outL {
		outShape[i] = size[c]
	}
	nOut, nSum := prodInts(outShape), 1
	for _, c := range sumL {
		nSum *= size[c]
	}
	pos := map[rune]int{}
	offset := func(i int) int { // the flat index of operand i at pos
		o, stride := 0, 1
		t := []rune(terms[i])
		for d := len(t) - 1; d >= 0; d-- {
			n := arrs[i].Shape()[d]
			if n > 1 {
				o += pos[t[d]] * stride
			}
			stride *= n
		}
		return o
	}
	setPos := func(letters []rune, k int) {
		for d := len(letters) - 1; d >= 0; d-- {
			n := size[letters[d]]
			pos[letters[d]] = k % n
			k /= n
		}
	}
	fout := make([]float64, nOut)
	iout := make([]int64, nOut)
	for o := range nOut {
		setPos(outL, o)
		for s := range nSum {
			setPos(sumL, s)
			fp, ip := 1.0, int64(1)
			for i := range arrs {
				k := offset(i)
				fp *= vals[i][k]
				ip *= ivals[i][k]
			}
			fout[o] += fp
			iout[o] += ip
		}
	}
	if dt == ndarray.Int64 {
		return arrayValue(ndarray.Ints(outShape, iout))
	}
	return arrayValue(ndarray.Floats(outShape, fout))
}

// explicitOutput is the output letters of an einsum spec ("" when
// implicit: the letters appearing once, sorted).
func explicitOutput(spec string) string {
	lhs, out, explicit := strings.Cut(spec, "->")
	if explicit {
		return out
	}
	count := map[rune]int{}
	for _, c := range lhs {
		if c != ',' {
			count[c]++
		}
	}
	var once []rune
	for c, k := range count {
		if k == 1 {
			once = append(once, c)
		}
	}
	slices.Sort(once)
	return string(once)
}

// remapMessage is NumPy's error for einsum operands whose shapes do not
// broadcast: each operand's shape over the iteration's axes (the
// output's letters, then the summed ones in character order), absent
// letters as newaxis, leading ones dropped.
func remapMessage(terms []string, arrs []*ndarray.Array, out string) string {
	iter := []rune(out)
	var summed []rune
	for _, t := range terms {
		for _, c := range t {
			if !slices.Contains(iter, c) && !slices.Contains(summed, c) {
				summed = append(summed, c)
			}
		}
	}
	slices.Sort(summed)
	iter = append(iter, summed...)
	msg := "operands could not be broadcast together with remapped shapes [original->remapped]: "
	for i, t := range terms {
		var parts []string
		for _, c := range iter {
			if d := strings.IndexRune(t, c); d >= 0 {
				parts = append(parts, itoa(arrs[i].Shape()[len([]rune(t[:d]))]))
			} else {
				parts = append(parts, "newaxis")
			}
		}
		for len(parts) > 0 && parts[0] == "newaxis" {
			parts = parts[1:]
		}
		orig := make([]string, len(arrs[i].Shape()))
		for k, n := range arrs[i].Shape() {
			orig[k] = itoa(n)
		}
		msg += "(" + strings.Join(orig, ",") + ")->(" + strings.Join(parts, ",") + ") "
	}
	return msg
}
