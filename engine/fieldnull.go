package engine

import "slices"

// field is the arithmetic a reduced row echelon form needs in a field
// whose elements are T.
type field[T any] struct {
	zero   func(T) bool
	mul    func(a, b T) T
	sub    func(a, b T) T
	inv    func(T) T
	of     func(int64) T // the integers 0 and 1
	negate func(T) T
}

// nullspaceRref is the null space of a (rows of elements of K, changed
// in place) from its reduced row echelon form, which is unique whatever
// the pivoting (here the first nonzero entry of each column): for each
// free column j in order, the vector with 1 at j and -rref[i][j] at the
// i-th pivot's column, as SymPy's nullspace_from_rref writes it.
func nullspaceRref[T any](K field[T], a [][]T) [][]T {
	if len(a) == 0 {
		return nil
	}
	rows, cols := len(a), len(a[0])
	var pivots []int
	r := 0
	for c := 0; c < cols && r < rows; c++ {
		p := slices.IndexFunc(a[r:], func(row []T) bool { return !K.zero(row[c]) })
		if p < 0 {
			continue
		}
		a[r], a[r+p] = a[r+p], a[r]
		inv := K.inv(a[r][c])
		for j := range a[r] {
			a[r][j] = K.mul(a[r][j], inv)
		}
		for i := range a {
			if i == r || K.zero(a[i][c]) {
				continue
			}
			f := a[i][c]
			for j := range a[i] {
				a[i][j] = K.sub(a[i][j], K.mul(f, a[r][j]))
			}
		}
		pivots = append(pivots, c)
		r++
	}
	var out [][]T
	for free := range cols {
		if slices.Contains(pivots, free) {
			continue
		}
		v := make([]T, cols)
		for i := range v {
			v[i] = K.of(0)
		}
		v[free] = K.of(1)
		for i, c := range pivots {
			v[c] = K.negate(a[i][free])
		}
		out = append(out, v)
	}
	return out
}
