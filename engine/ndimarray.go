package engine

import (
	"strconv"
	"strings"
)

// This file is SymPy's dense N-dimensional array (Array,
// ImmutableDenseNDimArray): its shape, its printing in the three printers
// (NDimArray._sympystr, PrettyPrinter and LatexPrinter._print_NDimArray),
// derive_by_array, tensorproduct, tensorcontraction and permutedims.

// NDimArray is an immutable array of expressions with a shape, in
// row-major order. Rank 0 holds one expression.
type NDimArray struct {
	shape []int
	elems []Expr
}

// NewNDimArray returns the array with the given shape and row-major
// elements; the number of elements must be the product of the shape
// (SymPy's ValueError otherwise).
func NewNDimArray(elems []Expr, shape []int) (*NDimArray, error) {
	n := 1
	for _, s := range shape {
		if s < 0 {
			return nil, errorf("ValueError", "array shape must be non-negative")
		}
		n *= s
	}
	if n != len(elems) {
		return nil, errorf("ValueError", "Supplied shape does not match the number of elements")
	}
	return &NDimArray{shape: append([]int(nil), shape...), elems: append([]Expr(nil), elems...)}, nil
}

// Shape is the array's shape.
func (a *NDimArray) Shape() []int { return append([]int(nil), a.shape...) }

// Rank is the number of indices.
func (a *NDimArray) Rank() int { return len(a.shape) }

// Elems are the elements in row-major order (not to be modified).
func (a *NDimArray) Elems() []Expr { return a.elems }

// Map applies f to every element.
func (a *NDimArray) Map(f func(Expr) Expr) *NDimArray {
	r := &NDimArray{shape: a.shape, elems: make([]Expr, len(a.elems))}
	for i, e := range a.elems {
		r.elems[i] = f(e)
	}
	return r
}

// Equal reports whether a and b have the same shape and elements.
func (a *NDimArray) Equal(b *NDimArray) bool {
	if len(a.shape) != len(b.shape) || len(a.elems) != len(b.elems) {
		return false
	}
	for i, s := range a.shape {
		if b.shape[i] != s {
			return false
		}
	}
	for i, e := range a.elems {
		if !Equal(e, b.elems[i]) {
			return false
		}
	}
	return true
}

// Offset is the row-major position of the index tuple idx (a full index,
// each entry already checked to be in range).
func (a *NDimArray) Offset(idx []int) int {
	off := 0
	for k, i := range idx {
		off = off*a.shape[k] + i
	}
	return off
}

// Sub is the subarray a[i] over the first index (rank - 1).
func (a *NDimArray) Sub(i int) *NDimArray {
	size := len(a.elems) / a.shape[0]
	return &NDimArray{shape: a.shape[1:], elems: a.elems[i*size : (i+1)*size]}
}

// Str is NDimArray._sympystr: nested lists; an array with a zero in its
// shape prints as cls([], shape).
func (a *NDimArray) Str(cls string) string {
	if len(a.shape) == 0 {
		return Str(a.elems[0])
	}
	for _, s := range a.shape {
		if s == 0 {
			return cls + "([], " + shapeTuple(a.shape) + ")"
		}
	}
	var b strings.Builder
	a.writeStr(&b, 0, 0)
	return b.String()
}

func (a *NDimArray) writeStr(b *strings.Builder, k, off int) {
	b.WriteByte('[')
	stride := 1
	for _, s := range a.shape[k+1:] {
		stride *= s
	}
	for i := range a.shape[k] {
		if i > 0 {
			b.WriteString(", ")
		}
		if k == len(a.shape)-1 {
			b.WriteString(Str(a.elems[off+i]))
		} else {
			a.writeStr(b, k+1, off+i*stride)
		}
	}
	b.WriteByte(']')
}

func shapeTuple(shape []int) string {
	parts := make([]string, len(shape))
	for i, s := range shape {
		parts[i] = strconv.Itoa(s)
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// arrayNest is the printers' nesting of an array (_print_NDimArray):
// the innermost index makes rows, the next a matrix of those rows, the
// next a row of matrices, and so on; an odd rank ends in a row, put in a
// one-row matrix. A matrix level of size 1 is wrapped once more.
type arrayNest struct {
	leaf  Expr
	items []*arrayNest // a row's items, or a matrix's rows
	mat   bool
	// wrap marks the one-cell matrix around a matrix level of size 1
	// (latex writes it as \left[...\right])
	wrap bool
}

func (a *NDimArray) nest() *arrayNest {
	var build func(k, off, stride int) *arrayNest
	build = func(k, off, stride int) *arrayNest {
		if k == len(a.shape) {
			return &arrayNest{leaf: a.elems[off]}
		}
		inner := stride / a.shape[k]
		n := &arrayNest{mat: (len(a.shape)-1-k)%2 == 1}
		for i := range a.shape[k] {
			n.items = append(n.items, build(k+1, off+i*inner, inner))
		}
		if n.mat && len(n.items) == 1 {
			n = &arrayNest{mat: true, wrap: true, items: []*arrayNest{{items: []*arrayNest{n}}}}
		}
		return n
	}
	out := build(0, 0, len(a.elems))
	if len(a.shape)%2 == 1 {
		out = &arrayNest{mat: true, items: []*arrayNest{out}}
	}
	return out
}

// PrettyNDimArray is the pretty form of a (rank 0: its element).
func PrettyNDimArray(a *NDimArray, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	if len(a.shape) == 0 {
		return p.print(a.elems[0]).render(opts.Width, p.uni)
	}
	return p.arrayNest(a.nest()).render(opts.Width, p.uni)
}

func (p *prettyPrinter) arrayNest(n *arrayNest) *pict {
	if n.leaf != nil {
		return p.print(n.leaf)
	}
	p.level++
	defer func() { p.level-- }()
	rows := make([][]*pict, len(n.items))
	for i, r := range n.items {
		for _, c := range r.items {
			rows[i] = append(rows[i], p.arrayNest(c))
		}
	}
	return p.matrixPicts(rows)
}

// LatexNDimArray is the latex form of a (rank 0: its element).
func LatexNDimArray(a *NDimArray, s *TexSettings) string {
	p := printerFor(s)
	if len(a.shape) == 0 {
		return p.print(a.elems[0])
	}
	env := p.MatStr
	switch {
	case env != "":
	case p.Inline:
		env = "smallmatrix"
	case a.shape[len(a.shape)-1] <= 10:
		env = "matrix"
	default:
		env = "array"
	}
	open := `\begin{` + env + "}"
	if env == "array" {
		open += "{" + strings.Repeat("c", a.shape[0]) + "}"
	}
	block := func(s string) string {
		s = open + s + `\end{` + env + "}"
		if d, ok := texDelims[p.MatDelim]; ok {
			s = `\left` + p.MatDelim + s + `\right` + d
		}
		return s
	}
	var tex func(n *arrayNest) string
	tex = func(n *arrayNest) string {
		if n.leaf != nil {
			return p.print(n.leaf)
		}
		if n.wrap {
			return `\left[` + tex(n.items[0].items[0]) + `\right]`
		}
		parts := make([]string, len(n.items))
		for i, c := range n.items {
			parts[i] = tex(c)
		}
		switch {
		case !n.mat:
			return strings.Join(parts, " & ")
		}
		return block(strings.Join(parts, `\\`))
	}
	return tex(a.nest())
}

// DeriveByArray is derive_by_array(expr, dx) for an array expr (nil dx
// shape: dx is the one variable dxs[0]): the derivatives of every
// element by every variable, with shape dx.shape + expr.shape.
func DeriveByArray(expr *NDimArray, dxs []Expr, dxShape []int) (_ *NDimArray, err error) {
	defer recoverTo(&err)
	for _, v := range dxs {
		if !diffWrt(v) {
			return nil, errorf("ValueError", "cannot derive by this array")
		}
	}
	if dxShape == nil {
		return expr.Map(func(e Expr) Expr { return mustDiff(e, dxs[0]) }), nil
	}
	out := &NDimArray{shape: append(append([]int(nil), dxShape...), expr.shape...)}
	for _, v := range dxs {
		for _, e := range expr.elems {
			out.elems = append(out.elems, mustDiff(e, v))
		}
	}
	return out, nil
}

func mustDiff(e, v Expr) Expr {
	d, err := Diff(e, VarCount{Var: v, Count: 1})
	if err != nil {
		panic(err)
	}
	return d
}

// TensorProduct is tensorproduct(a, b) of two arrays: every element of a
// times every element of b, with shape a.shape + b.shape.
func TensorProduct(a, b *NDimArray) *NDimArray {
	out := &NDimArray{shape: append(append([]int(nil), a.shape...), b.shape...)}
	for _, x := range a.elems {
		for _, y := range b.elems {
			out.elems = append(out.elems, NewMul(x, y))
		}
	}
	return out
}

// TensorContraction is tensorcontraction(a, *groups): the sum over equal
// indices in each group of axes, which are removed from the shape. The
// groups must be disjoint axes of one dimension each (ValueError).
func TensorContraction(a *NDimArray, groups [][]int) (*NDimArray, error) {
	group := make([]int, len(a.shape)) // axis -> group+1, 0 free
	for g, axes := range groups {
		for _, ax := range axes {
			if ax < 0 || ax >= len(a.shape) {
				return nil, errorf("ValueError", "index out of range")
			}
			if group[ax] != 0 {
				return nil, errorf("ValueError", "axes for contraction must be in separate groups")
			}
			if a.shape[ax] != a.shape[axes[0]] {
				return nil, errorf("ValueError", "contracting indices of different dimensions")
			}
			group[ax] = g + 1
		}
	}
	var free []int
	for ax, g := range group {
		if g == 0 {
			free = append(free, ax)
		}
	}
	out := &NDimArray{}
	for _, ax := range free {
		out.shape = append(out.shape, a.shape[ax])
	}
	idx := make([]int, len(a.shape))
	var sumOver func(g int) []Expr
	sumOver = func(g int) []Expr {
		if g == len(groups) {
			return []Expr{a.elems[a.Offset(idx)]}
		}
		var terms []Expr
		for i := range a.shape[groups[g][0]] {
			for _, ax := range groups[g] {
				idx[ax] = i
			}
			terms = append(terms, sumOver(g+1)...)
		}
		return terms
	}
	var walk func(k int)
	walk = func(k int) {
		if k == len(free) {
			out.elems = append(out.elems, NewAdd(sumOver(0)...))
			return
		}
		for i := range a.shape[free[k]] {
			idx[free[k]] = i
			walk(k + 1)
		}
	}
	walk(0)
	return out, nil
}

// Permute is permutedims(a, perm): axis k of the result is axis perm[k]
// of a.
func (a *NDimArray) Permute(perm []int) (*NDimArray, error) {
	if len(perm) != len(a.shape) {
		return nil, errorf("ValueError", "wrong permutation size")
	}
	seen := make([]bool, len(perm))
	out := &NDimArray{shape: make([]int, len(perm))}
	for k, p := range perm {
		if p < 0 || p >= len(perm) || seen[p] {
			return nil, errorf("ValueError", "wrong permutation")
		}
		seen[p] = true
		out.shape[k] = a.shape[p]
	}
	idx, old := make([]int, len(perm)), make([]int, len(perm))
	var walk func(k int)
	walk = func(k int) {
		if k == len(perm) {
			for j, p := range perm {
				old[p] = idx[j]
			}
			out.elems = append(out.elems, a.elems[a.Offset(old)])
			return
		}
		for i := range out.shape[k] {
			idx[k] = i
			walk(k + 1)
		}
	}
	walk(0)
	return out, nil
}
