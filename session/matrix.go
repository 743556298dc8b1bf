package session

import (
	"math/big"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dcalc/dcalc/engine"
	"github.com/dcalc/dcalc/session/ndarray"
)

// This file gives the interpreter SymPy's (mutable, dense) Matrix on top
// of engine.Matrix: construction, printing, indexing, arithmetic and the
// common methods.

// matrixValue is a SymPy MutableDenseMatrix. Item assignment replaces m.
type matrixValue struct {
	m *engine.Matrix
	// immutable marks an ImmutableDenseMatrix: item assignment fails,
	// the in-place edits return a new matrix, and immutability passes
	// to results (SymPy's classof: "immutability is contagious").
	immutable bool
}

func newMatrixValue(m *engine.Matrix) *matrixValue { return &matrixValue{m: m} }

func asMatrix(v Value) (*engine.Matrix, bool) {
	if mv, ok := v.(*matrixValue); ok {
		return mv.m, true
	}
	return nil, false
}

// mustMatrix panics with the engine error, if any, else returns m.
func mustMatrix(m *engine.Matrix, err error) Value {
	if err != nil {
		panic(err)
	}
	return newMatrixValue(m)
}

func matrixTypeName(v Value) (string, bool) {
	if mv, ok := v.(*matrixValue); ok {
		if mv.immutable {
			return "ImmutableDenseMatrix", true
		}
		return "MutableDenseMatrix", true
	}
	return "", false
}

// isImmutable reports whether v is an ImmutableDenseMatrix.
func isImmutable(v Value) bool {
	mv, ok := v.(*matrixValue)
	return ok && mv.immutable
}

// keepImmutable makes r, a result computed from src, immutable when src
// is: r is a new matrix (or not a matrix, returned as it is).
func keepImmutable(src, r Value) Value {
	if mv, ok := r.(*matrixValue); ok && isImmutable(src) && mv != src {
		mv.immutable = true
	}
	return r
}

// matrixRepr is repr(M): SymPy's StrPrinter form (sstr), one row per
// line with right-aligned columns; str(M) is instead Matrix(M.tolist()),
// whose Floats print at full precision.
func matrixRepr(in *interp, v Value) (string, bool) {
	m, ok := asMatrix(v)
	if !ok {
		return "", false
	}
	r, c := m.Shape()
	if r == 0 || c == 0 {
		return m.Str(), true
	}
	cells := make([][]string, r)
	width := make([]int, c)
	for i := range r {
		cells[i] = make([]string, c)
		for j := range c {
			// the entries are printed one level down (sstr of the
			// Matrix): a Float as 4.0
			s := engine.StrNested(m.At(i, j))
			cells[i][j] = s
			width[j] = max(width[j], utf8.RuneCountInString(s))
		}
	}
	lines := make([]string, r)
	for i, row := range cells {
		for j, s := range row {
			row[j] = strings.Repeat(" ", width[j]-utf8.RuneCountInString(s)) + s
		}
		lines[i] = "[" + strings.Join(row, ", ") + "]"
	}
	if r == 1 {
		return "Matrix([" + lines[0] + "])", true
	}
	return "Matrix([\n" + strings.Join(lines, ",\n") + "])", true
}

func matrixIterable(v Value) bool { _, ok := v.(*matrixValue); return ok }

func matrixIterate(in *interp, v Value, f func(Value) bool) bool {
	m, ok := asMatrix(v)
	if !ok {
		return false
	}
	for _, e := range m.Entries() {
		if !f(e) {
			break
		}
	}
	return true
}

func matrixLen(v Value) (int, bool) {
	if m, ok := asMatrix(v); ok {
		return m.Len(), true
	}
	return 0, false
}

func matrixEqual(a, b Value) (bool, bool) {
	ma, aok := asMatrix(a)
	mb, bok := asMatrix(b)
	switch {
	case aok && bok:
		return ma.Equal(mb), true
	case aok || bok:
		return false, true
	}
	return false, false
}

func matrixSympify(in *interp, v Value) (engine.Expr, bool) { return nil, false }

// matrixSympifyValue is sympify(M): an ImmutableMatrix with the same
// entries.
func (in *interp) matrixSympifyValue(v Value) (Value, bool) {
	if m, ok := asMatrix(v); ok {
		return &matrixValue{m: m, immutable: true}, true
	}
	return nil, false
}

// scalarOf sympifies a Python or SymPy scalar operand, reporting false
// for anything else (lists, strings, ...).
func scalarOf(v Value) (engine.Expr, bool) {
	switch v.(type) {
	case string:
		return nil, false
	}
	return sympifyNumber(v)
}

func (in *interp) matrixBinop(op string, a, b Value) (Value, bool) {
	r, ok := in.matrixBinop0(op, a, b)
	if ok && (isImmutable(a) || isImmutable(b)) {
		if mv, isM := r.(*matrixValue); isM {
			mv.immutable = true
		}
	}
	return r, ok
}

func (in *interp) matrixBinop0(op string, a, b Value) (Value, bool) {
	ma, aok := asMatrix(a)
	mb, bok := asMatrix(b)
	if !aok && !bok {
		return nil, false
	}
	switch {
	case aok && bok:
		switch op {
		case "+":
			return mustMatrix(ma.Add(mb)), true
		case "-":
			return mustMatrix(ma.Sub(mb)), true
		case "*", "@":
			return mustMatrix(ma.Mul(mb)), true
		}
	case aok:
		c, ok := scalarOf(b)
		if !ok {
			break
		}
		switch op {
		case "*":
			return newMatrixValue(ma.ScaleRight(c)), true
		case "/":
			return newMatrixValue(ma.ScaleRight(engine.NewPow(c, engine.NegOne))), true
		case "**":
			return in.matrixPow(ma, c), true
		}
	case bok:
		c, ok := scalarOf(a)
		if !ok {
			break
		}
		if op == "*" {
			return newMatrixValue(mb.Scale(c)), true
		}
	}
	unsupported(op, a, b)
	return nil, false
}

// matrixPow is M**n for an integer n >= 0 (SymPy multiplies by
// recursive squaring and simplifies each product with dotprodsimp).
func (in *interp) matrixPow(m *engine.Matrix, e engine.Expr) Value {
	r, c := m.Shape()
	if r != c {
		throw("NonSquareMatrixError", "")
	}
	n, ok := e.(*engine.Integer)
	if !ok || !n.IsInt64() {
		throw("NotImplementedError", "Non-integer or symbolic matrix powers are not supported")
	}
	k := n.Int64()
	if r == 1 {
		return newMatrixValue(engine.NewColumn([]engine.Expr{engine.NewPow(m.At(0, 0), n)}))
	}
	if k < 0 {
		m = in.matrixInv(m)
		k = -k
	}
	if k == 0 {
		return newMatrixValue(engine.Identity(r))
	}
	var rec func(k int64) *engine.Matrix
	rec = func(k int64) *engine.Matrix {
		if k == 1 {
			return m
		}
		var a, b *engine.Matrix
		if k%2 == 1 {
			a, b = m, rec(k-1)
		} else {
			a = rec(k / 2)
			b = a
		}
		p, err := a.Mul(b)
		if err != nil {
			panic(err)
		}
		p, _ = p.Map(func(e engine.Expr) (engine.Expr, error) { return dotprodsimp(e), nil })
		return p
	}
	return newMatrixValue(rec(k))
}

// dotprodsimp is SymPy's dotprodsimp (engine.Dotprodsimp).
func dotprodsimp(e engine.Expr) engine.Expr { return engine.Dotprodsimp(e) }

func (in *interp) matrixUnary(op string, v Value) (Value, bool) {
	m, ok := asMatrix(v)
	if !ok {
		return nil, false
	}
	switch op {
	case "-":
		return newMatrixValue(m.Neg()), true
	case "+":
		return v, true
	}
	return nil, false
}

// matrixIndex resolves one index (int or slice) along an axis of length
// n to the list of positions it selects; single reports an int index.
func (in *interp) matrixIndex(idx Value, n int, flat bool) (pos []int, single bool) {
	if sl, ok := idx.(*sliceValue); ok {
		a, b, c := in.indices(sl, n)
		return sliceIdx(a, b, c), false
	}
	var i int
	switch x := idx.(type) {
	case *big.Int, bool, *engine.Integer:
		i = int(in.toIndex(x))
	default:
		throw("IndexError", "Invalid index a[%s]", in.repr(idx))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if flat {
			throw("IndexError", "index out of range")
		}
		throw("IndexError", "Index out of range: a[%d]", i)
	}
	return []int{i}, true
}

func (in *interp) matrixGetItem(v, idx Value) (Value, bool) {
	m, ok := asMatrix(v)
	if !ok {
		return nil, false
	}
	r, c := m.Shape()
	if t, ok := idx.(*Tuple); ok && len(t.Items) == 2 {
		rows, rs := in.matrixIndex(t.Items[0], r, false)
		cols, cs := in.matrixIndex(t.Items[1], c, false)
		if rs && cs {
			return m.At(rows[0], cols[0]), true
		}
		return newMatrixValue(engine.NewMatrixFunc(len(rows), len(cols), func(i, j int) engine.Expr {
			return m.At(rows[i], cols[j])
		})), true
	}
	pos, single := in.matrixIndex(idx, m.Len(), true)
	if single {
		return m.Flat(pos[0]), true
	}
	items := make([]Value, len(pos))
	for k, p := range pos {
		items[k] = m.Flat(p)
	}
	return &List{Items: items}, true
}

func (in *interp) matrixSetItem(v, idx, val Value) bool {
	mv, ok := v.(*matrixValue)
	if !ok {
		return false
	}
	if mv.immutable {
		throw("TypeError", "Cannot set values of <class 'sympy.matrices.immutable.ImmutableDenseMatrix'>")
	}
	m := mv.m
	r, c := m.Shape()
	e := in.sympify(val)
	var at int
	if t, ok := idx.(*Tuple); ok && len(t.Items) == 2 {
		rows, rs := in.matrixIndex(t.Items[0], r, false)
		cols, cs := in.matrixIndex(t.Items[1], c, false)
		if !rs || !cs {
			throw("NotImplementedError", "slice assignment to a Matrix is not supported")
		}
		at = rows[0]*c + cols[0]
	} else {
		pos, single := in.matrixIndex(idx, m.Len(), true)
		if !single {
			throw("NotImplementedError", "slice assignment to a Matrix is not supported")
		}
		at = pos[0]
	}
	mv.m = engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr {
		if i*c+j == at {
			return e
		}
		return m.At(i, j)
	})
	return true
}

var matrixMethodNames = []string{
	"applyfunc", "col", "copy", "det", "diff", "doit", "dot", "evalf", "expand",
	"has", "jacobian", "n", "reshape", "row", "subs", "tolist", "trace",
	"transpose", "xreplace", "cross", "inv", "adjugate", "values", "eigenvals",
}

func (in *interp) matrixAttr(v Value, name string) (Value, bool) {
	m, ok := asMatrix(v)
	if !ok {
		return nil, false
	}
	r, c := m.Shape()
	switch name {
	case "shape":
		return &Tuple{Items: []Value{big.NewInt(int64(r)), big.NewInt(int64(c))}}, true
	case "rows":
		return big.NewInt(int64(r)), true
	case "cols":
		return big.NewInt(int64(c)), true
	case "T":
		return keepImmutable(v, newMatrixValue(m.T())), true
	case "H":
		return keepImmutable(v, newMatrixValue(matrixConjugate(m.T()))), true
	case "C":
		return keepImmutable(v, newMatrixValue(matrixConjugate(m))), true
	case "is_square":
		return r == c, true
	case "is_symmetric":
		return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
			nargs("is_symmetric", args, 0, 0)
			return r == c && m.Equal(m.T())
		}}, true
	case "is_Matrix":
		return true, true
	case "free_symbols":
		s := newSet()
		for _, e := range m.Entries() {
			for _, sym := range engine.FreeSymbols(e) {
				s.Add(sym)
			}
		}
		return s, true
	}
	if definiteness[name] {
		return in.matrixDefiniteness(m, name), true
	}
	if p, ok := in.shapingProp(m, name); ok {
		return p, true
	}
	if cm, ok := matrixClass.Attrs[name]; ok {
		// a classmethod through an instance (M.zeros(2), M.hstack(A, B))
		return cm, true
	}
	if row, ok := matrixEdit(name); ok {
		return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
			mv := recv.(*matrixValue)
			if mv.immutable {
				// an immutable matrix returns the edited copy
				cp := &matrixValue{m: mv.m, immutable: true}
				row.fn(in, cp, args, kw)
				return cp
			}
			return row.fn(in, mv, args, kw)
		}}, true
	}
	if row, ok := linalgMethod(name); ok {
		return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
			return keepImmutable(recv, row.fn(in, m, args, kw))
		}}, true
	}
	for _, n := range matrixMethodNames {
		if n == name {
			return &BoundMethod{Recv: v, Name: name, Fn: func(in *interp, recv Value, args []Value, kw []kwArg) Value {
				r, _ := in.matrixMethod(recv, name, args, kw)
				return keepImmutable(recv, r)
			}}, true
		}
	}
	return nil, false
}

// matrixVars turns a list, tuple or vector Matrix of variables into
// expressions.
func (in *interp) matrixVars(v Value) []engine.Expr {
	if m, ok := asMatrix(v); ok {
		return m.Entries()
	}
	return in.exprSeq(v)
}

func (in *interp) matrixMethod(v Value, name string, args []Value, kw []kwArg) (Value, bool) {
	m, ok := asMatrix(v)
	if !ok {
		return nil, false
	}
	each := func(f func(e engine.Expr) engine.Expr) Value {
		out, _ := m.Map(func(e engine.Expr) (engine.Expr, error) { return f(e), nil })
		return newMatrixValue(out)
	}
	r, c := m.Shape()
	switch name {
	case "transpose":
		nargs(name, args, 0, 0)
		return newMatrixValue(m.T()), true
	case "eigenvals":
		nargs(name, args, 0, 0)
		multiple := false
		for _, k := range kw {
			if k.Name != "multiple" {
				throw("NotImplementedError", "dcalc's Matrix.eigenvals takes only multiple= yet")
			}
			multiple = in.truth(k.Value, nil)
		}
		if multiple {
			return in.matrixEigenvalsList(m), true
		}
		return in.matrixEigenvals(m), true
	case "det":
		kwOnly(name, kw, "method", "iszerofunc")
		d, err := m.Det(dotprodsimp)
		if err != nil {
			panic(err)
		}
		return d, true
	case "trace":
		if r != c {
			throw("NonSquareMatrixError", "")
		}
		terms := make([]engine.Expr, r)
		for i := range r {
			terms[i] = m.At(i, i)
		}
		return engine.NewAdd(terms...), true
	case "jacobian":
		nargs(name, args, 1, 1)
		if mx, ok := asMatrix(args[0]); ok && !mx.IsVector() {
			throw("TypeError", "X must be a row or a column matrix")
		}
		vars := in.matrixVars(args[0])
		return mustMatrix(m.Jacobian(vars, diff1)), true
	case "diff":
		return each(func(e engine.Expr) engine.Expr { return in.diff(e, in.diffVars(e, args)) }), true
	case "subs":
		pairs := in.subsArgs(args)
		return each(func(e engine.Expr) engine.Expr { return engine.SubsPairs(e, pairs) }), true
	case "xreplace":
		nargs(name, args, 1, 1)
		pairs := in.subsArgs(args)
		return each(func(e engine.Expr) engine.Expr { return engine.Xreplace(e, pairs) }), true
	case "evalf", "n":
		return each(func(e engine.Expr) engine.Expr { return in.evalf(e, args, kw, name) }), true
	case "expand":
		return each(engine.Expand), true
	case "simplify": // simplify(M): a new matrix (M.simplify() is in place)
		return each(engine.Simplify), true
	case "doit":
		return each(engine.Doit), true
	case "applyfunc":
		nargs(name, args, 1, 1)
		f := args[0]
		return each(func(e engine.Expr) engine.Expr { return in.sympify(in.call(f, []Value{e}, nil)) }), true
	case "tolist":
		rows := make([]Value, r)
		for i, row := range m.Tolist() {
			items := make([]Value, len(row))
			for j, e := range row {
				items[j] = e
			}
			rows[i] = &List{Items: items}
		}
		return &List{Items: rows}, true
	case "values":
		var items []Value
		for _, e := range m.Entries() {
			if !engine.Equal(e, engine.Zero) {
				items = append(items, e)
			}
		}
		return &List{Items: items}, true
	case "copy":
		return newMatrixValue(m), true
	case "row":
		nargs(name, args, 1, 1)
		i, _ := in.matrixIndex(args[0], r, false)
		return newMatrixValue(m.Row(i[0])), true
	case "col":
		nargs(name, args, 1, 1)
		j, _ := in.matrixIndex(args[0], c, false)
		return newMatrixValue(m.Col(j[0])), true
	case "has":
		for _, e := range m.Entries() {
			for _, a := range args {
				if engine.Has(e, in.sympify(a)) {
					return true, true
				}
			}
		}
		return false, true
	case "reshape":
		nargs(name, args, 2, 2)
		nr, nc := int(in.toIndex(args[0])), int(in.toIndex(args[1]))
		if nr*nc != m.Len() {
			throw("ValueError", "Invalid reshape parameters %d %d", nr, nc)
		}
		return newMatrixValue(engine.NewMatrixFunc(nr, nc, func(i, j int) engine.Expr { return m.Flat(i*nc + j) })), true
	case "dot":
		nargs(name, args, 1, 1)
		o, ok := asMatrix(args[0])
		if !ok {
			o = engine.NewColumn(in.exprSeq(args[0]))
		}
		if !m.IsVector() || !o.IsVector() {
			throw("ShapeError", "Dimensions incorrect for dot product: %s, %s", shapeStr(m), shapeStr(o))
		}
		if m.Len() != o.Len() {
			throw("ShapeError", "Dimensions incorrect for dot product: %s, %s", shapeStr(m), shapeStr(o))
		}
		terms := make([]engine.Expr, m.Len())
		for k := range terms {
			terms[k] = engine.NewMul(m.Flat(k), o.Flat(k))
		}
		return engine.NewAdd(terms...), true
	case "cross":
		nargs(name, args, 1, 1)
		o, ok := asMatrix(args[0])
		if !ok {
			o = engine.NewColumn(in.exprSeq(args[0]))
		}
		if m.Len() != 3 || o.Len() != 3 {
			throw("ShapeError", "Dimensions incorrect for cross product: %s x %s", shapeStr(m), shapeStr(o))
		}
		a, b := m.Entries(), o.Entries()
		ent := []engine.Expr{
			engine.Sub(engine.NewMul(a[1], b[2]), engine.NewMul(a[2], b[1])),
			engine.Sub(engine.NewMul(a[2], b[0]), engine.NewMul(a[0], b[2])),
			engine.Sub(engine.NewMul(a[0], b[1]), engine.NewMul(a[1], b[0])),
		}
		return newMatrixValue(engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr { return ent[i*c+j] })), true
	case "inv":
		return newMatrixValue(in.matrixInv(m)), true
	case "adjugate":
		if r != c {
			throw("NonSquareMatrixError", "")
		}
		return newMatrixValue(adjugate(m)), true
	}
	return nil, false
}

func shapeStr(m *engine.Matrix) string {
	r, c := m.Shape()
	return "(" + itoa(r) + ", " + itoa(c) + ")"
}

func diff1(e, v engine.Expr) (engine.Expr, error) {
	return engine.Diff(e, engine.VarCount{Var: v, Count: 1})
}

// adjugate is the transpose of the cofactor matrix.
func adjugate(m *engine.Matrix) *engine.Matrix {
	n, _ := m.Shape()
	if n == 1 {
		return engine.Identity(1)
	}
	return engine.NewMatrixFunc(n, n, func(i, j int) engine.Expr {
		minor := engine.NewMatrixFunc(n-1, n-1, func(r, c int) engine.Expr {
			if r >= j {
				r++
			}
			if c >= i {
				c++
			}
			return m.At(r, c)
		})
		d, _ := minor.Det(dotprodsimp)
		if (i+j)%2 == 1 {
			d = engine.Neg(d)
		}
		return d
	})
}

// matrixInv inverts a square matrix of rational numbers exactly (any
// method gives the same result then), of Floats as SymPy does over RR,
// or of polynomials with integer
// coefficients as SymPy's DomainMatrix inverse over their fraction
// field; other symbolic matrices are refused.
func (in *interp) matrixInv(m *engine.Matrix) *engine.Matrix {
	n, c := m.Shape()
	if n != c {
		throw("NonSquareMatrixError", "A Matrix must be square to invert.")
	}
	if !slices.ContainsFunc(m.Entries(), func(e engine.Expr) bool { return !engine.IsRational(e) }) {
		return rationalInv(in, m)
	}
	if r, ok, err := engine.InvRR(m); ok {
		// Floats: SymPy's elimination over RR, rounding as it rounds
		if err != nil {
			panic(err)
		}
		return r
	}
	if slices.ContainsFunc(m.Entries(), func(e engine.Expr) bool { return !engine.IsIntegerPolynomial(e) }) {
		throw("NotImplementedError", "dcalc inverts matrices of polynomials with integer coefficients only (SymPy's domain matrix over ZZ(x, ...)), not this one yet")
	}
	// over the fraction field: the adjugate over the determinant, each
	// entry in lowest terms with the denominator's leading coefficient
	// positive (cancel's normal form, which the field's as_expr gives)
	det, err := m.Det(dotprodsimp)
	if err != nil {
		panic(err)
	}
	if engine.IsZero(engine.Expand(det)) == engine.True {
		throw("NonInvertibleMatrixError", "Matrix det == 0; not invertible.")
	}
	adj := adjugate(m)
	out, err := adj.Map(func(e engine.Expr) (engine.Expr, error) { return engine.Cancel(engine.Div(e, det)) })
	if err != nil {
		panic(err)
	}
	return out
}

// rationalInv is Gauss-Jordan elimination over the rationals.
func rationalInv(in *interp, m *engine.Matrix) *engine.Matrix {
	n, _ := m.Shape()
	a := make([][]*big.Rat, n)
	for i := range n {
		a[i] = make([]*big.Rat, 2*n)
		for j := range n {
			e := m.At(i, j)
			a[i][j] = in.toRational(e)
			a[i][n+j] = new(big.Rat)
			if i == j {
				a[i][n+j].SetInt64(1)
			}
		}
	}
	for col := range n {
		p := -1
		for i := col; i < n; i++ {
			if a[i][col].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			throw("NonInvertibleMatrixError", "Matrix det == 0; not invertible.")
		}
		a[col], a[p] = a[p], a[col]
		inv := new(big.Rat).Inv(a[col][col])
		for j := range 2 * n {
			a[col][j] = new(big.Rat).Mul(a[col][j], inv)
		}
		for i := range n {
			if i == col || a[i][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(a[i][col])
			for j := range 2 * n {
				a[i][j] = new(big.Rat).Sub(a[i][j], new(big.Rat).Mul(f, a[col][j]))
			}
		}
	}
	return engine.NewMatrixFunc(n, n, func(i, j int) engine.Expr {
		q := a[i][n+j]
		return engine.NewRational(q.Num(), q.Denom())
	})
}

func (in *interp) matrixPretty(v Value, opts engine.PrettyOptions) (string, bool) {
	if m, ok := asMatrix(v); ok {
		return engine.PrettyMatrix(m.Tolist(), opts), true
	}
	return "", false
}

// matrixFromArgs is Matrix(...): Matrix(rows), Matrix(column),
// Matrix(r, c, flat list or function) or Matrix(M).
func (in *interp) matrixFromArgs(args []Value) *engine.Matrix {
	switch len(args) {
	case 0:
		return engine.ZeroMatrix(0, 0)
	case 1:
		if m, ok := asMatrix(args[0]); ok {
			return m
		}
		if nv, ok := args[0].(*ndimValue); ok {
			args[0] = ndimList(nv.a) // Matrix(Array): from its nested lists
		}
		items := in.matrixSeq(args[0])
		if len(items) == 0 {
			return engine.ZeroMatrix(0, 0)
		}
		nested := false
		for _, it := range items {
			switch it.(type) {
			case *List, *Tuple, *matrixValue:
				nested = true
			}
		}
		if !nested {
			return engine.NewColumn(in.matrixEntries(items))
		}
		var rows [][]engine.Expr
		for _, it := range items {
			if m, ok := asMatrix(it); ok {
				rows = append(rows, m.Tolist()...)
				continue
			}
			switch it.(type) {
			case *List, *Tuple:
				rows = append(rows, in.matrixEntries(in.toSlice(it)))
			default:
				throw("ValueError", "mismatched dimensions")
			}
		}
		m, err := engine.NewMatrix(rows)
		if err != nil {
			panic(err)
		}
		return m
	case 3:
		r, c := int(in.toIndex(args[0])), int(in.toIndex(args[1]))
		if r < 0 || c < 0 {
			throw("ValueError", "Cannot create a %dx%d matrix. Both dimensions must be positive", r, c)
		}
		switch f := args[2].(type) {
		case *List, *Tuple:
			var flat []engine.Expr
			for _, it := range in.toSlice(f) {
				switch it.(type) {
				case *List, *Tuple:
					flat = append(flat, in.matrixEntries(in.toSlice(it))...)
				default:
					flat = append(flat, in.matrixEntries([]Value{it})...)
				}
			}
			if len(flat) != r*c {
				throw("ValueError", "List length should be equal to rows*columns")
			}
			return engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr { return flat[i*c+j] })
		default:
			return engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr {
				return in.sympify(in.call(f, []Value{big.NewInt(int64(i)), big.NewInt(int64(j))}, nil))
			})
		}
	}
	throw("TypeError", "Data type not understood")
	return nil
}

func (in *interp) matrixSeq(v Value) []Value {
	switch x := v.(type) {
	case *List, *Tuple, *Range, *Iterator:
		return in.toSlice(v)
	case *ndarray.Array:
		if x.NDim() == 0 || x.NDim() > 2 || x.DType() == ndarray.Bool {
			throw("NotImplementedError", "dcalc makes a Matrix from a 1-d or 2-d numeric array only")
		}
		return arrayList(x).(*List).Items
	}
	throw("TypeError", "Data type not understood")
	return nil
}

// matrixDims parses the (rows[, cols]) arguments of zeros, ones and eye.
func (in *interp) matrixDims(name string, args []Value) (int, int) {
	nargs(name, args, 1, 2)
	r := int(in.toIndex(args[0]))
	c := r
	if len(args) == 2 {
		c = int(in.toIndex(args[1]))
	}
	if r < 0 || c < 0 {
		throw("ValueError", "Cannot create a %dx%d matrix. Both dimensions must be positive", r, c)
	}
	checkAlloc(r, c) // r*c cannot overflow below
	checkAlloc(r*c, valueSize)
	return r, c
}

func installMatrixNames(ns map[string]Value) {
	isMatrix := func(immutable bool) func(v Value) bool {
		return func(v Value) bool { mv, ok := v.(*matrixValue); return ok && mv.immutable == immutable }
	}
	ctor := func(immutable bool) func(in *interp, args []Value, kw []kwArg) Value {
		return func(in *interp, args []Value, kw []kwArg) Value {
			return &matrixValue{m: in.matrixFromArgs(args), immutable: immutable}
		}
	}
	// Matrix and MutableMatrix are MutableDenseMatrix, ImmutableMatrix is
	// ImmutableDenseMatrix: one class object each, as in SymPy
	mutable := &Class{Name: "MutableDenseMatrix", Module: "sympy", Is: isMatrix(false), Call: ctor(false)}
	immutable := &Class{Name: "ImmutableDenseMatrix", Module: "sympy", Is: isMatrix(true), Call: ctor(true)}
	for _, n := range []string{"Matrix", "MutableDenseMatrix", "MutableMatrix"} {
		ns[n] = mutable
	}
	for _, n := range []string{"ImmutableMatrix", "ImmutableDenseMatrix"} {
		ns[n] = immutable
	}
	def := func(name string, fn func(in *interp, args []Value, kw []kwArg) Value) {
		ns[name] = legacyRow(name, "", fn).builtin()
	}
	def("eye", func(in *interp, args []Value, kw []kwArg) Value {
		r, c := in.matrixDims("eye", args)
		return newMatrixValue(engine.NewMatrixFunc(r, c, func(i, j int) engine.Expr {
			if i == j {
				return engine.One
			}
			return engine.Zero
		}))
	})
	def("zeros", func(in *interp, args []Value, kw []kwArg) Value {
		r, c := in.matrixDims("zeros", args)
		return newMatrixValue(engine.ZeroMatrix(r, c))
	})
	def("ones", func(in *interp, args []Value, kw []kwArg) Value {
		r, c := in.matrixDims("ones", args)
		return newMatrixValue(engine.NewMatrixFunc(r, c, func(int, int) engine.Expr { return engine.One }))
	})
	def("diag", func(in *interp, args []Value, kw []kwArg) Value {
		var blocks [][][]engine.Expr
		n, k := 0, 0
		for _, a := range args {
			var rows [][]engine.Expr
			if m, ok := asMatrix(a); ok {
				rows = m.Tolist()
			} else if _, ok := a.(*List); ok {
				rows = in.matrixFromArgs([]Value{a}).Tolist()
			} else {
				rows = [][]engine.Expr{{in.sympify(a)}}
			}
			blocks = append(blocks, rows)
			n += len(rows)
			if len(rows) > 0 {
				k += len(rows[0])
			}
		}
		out := make([][]engine.Expr, n)
		r0, c0 := 0, 0
		for _, b := range blocks {
			for i, row := range b {
				out[r0+i] = make([]engine.Expr, k)
				for j := range out[r0+i] {
					out[r0+i][j] = engine.Zero
				}
				copy(out[r0+i][c0:], row)
			}
			r0 += len(b)
			if len(b) > 0 {
				c0 += len(b[0])
			}
		}
		m, err := engine.NewMatrix(out)
		if err != nil {
			panic(err)
		}
		return newMatrixValue(m)
	})
	// the classmethods: Matrix.zeros(2, 3), Matrix.eye(3) ...
	mutable.Attrs = map[string]Value{}
	for _, n := range []string{"eye", "zeros", "ones", "diag"} {
		mutable.Attrs[n] = ns[n]
	}
	mutable.Attrs["hstack"] = stackRow("hstack", rowJoin)
	mutable.Attrs["vstack"] = stackRow("vstack", colJoin)
	matrixClass = mutable
	ns["hessian"] = (&binding{Name: "hessian", Honours: "constraints",
		Doc: "The Hessian matrix of f; with constraints, the bordered Hessian.",
		Fn: func(in *interp, a *callArgs) Value {
			var cons []engine.Expr
			if c := a.Get("constraints"); c != nil {
				in.iterate(c, func(g Value) bool { cons = append(cons, in.sympify(g)); return true })
			}
			switch f := a.Get("f").(type) {
			case *big.Int, float64, bool, complex128:
				// SymPy's hessian calls f.diff, which Python's numbers lack
				throw("AttributeError", "'%s' object has no attribute 'diff'", typeName(f))
			}
			return in.hessian(a.Get("f"), a.Get("varlist"), cons)
		}}).builtin()
	ns["gradient"] = (&binding{Name: "gradient", Sig: "(f, varlist)",
		Doc: "dcalc's extension: the gradient of f by the variables in varlist, as a column Matrix.",
		Fn: func(in *interp, a *callArgs) Value {
			switch a.Get("varlist").(type) {
			case *List, *Tuple, *matrixValue:
			default:
				throw("ValueError", "Improper variable list in gradient function")
			}
			f := in.sympify(a.Get("f"))
			vars := in.matrixVars(a.Get("varlist"))
			entries := make([]engine.Expr, len(vars))
			for i, v := range vars {
				entries[i] = in.diff(f, []engine.VarCount{{Var: v, Count: 1}})
			}
			return newMatrixValue(engine.NewColumn(entries))
		}}).builtin()
	ns["Lambda"] = legacyRow("Lambda", "(signature, expr)", func(in *interp, args []Value, kw []kwArg) Value {
		nargs("Lambda", args, 2, 2)
		kwOnly("Lambda", kw)
		return in.newLambda(args[0], args[1])
	}).builtin()
	ns["resultant"] = legacyRow("resultant", "(f, g, *gens, includePRS=False, **args)", func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) < 2 {
			throw("TypeError", "resultant() missing required arguments")
		}
		kwOnly("resultant", kw)
		f, g := in.polyArg(args[0]), in.polyArg(args[1])
		r, err := engine.Resultant(f, g, in.polyGen(args[2:], f, g))
		if err != nil {
			panic(err)
		}
		return r
	}).builtin()
	ns["discriminant"] = legacyRow("discriminant", "(f, *gens, **args)", func(in *interp, args []Value, kw []kwArg) Value {
		if len(args) < 1 {
			throw("TypeError", "discriminant() missing 1 required positional argument: 'f'")
		}
		kwOnly("discriminant", kw)
		f := in.polyArg(args[0])
		gens := args[1:]
		if p, ok := args[0].(*polyValue); ok && len(gens) == 0 {
			gens = []Value{p.gen("discriminant")}
		}
		r, err := engine.Discriminant(f, in.polyGen(gens, f))
		if err != nil {
			panic(err)
		}
		return r
	}).builtin()
	ns["GramSchmidt"] = (&binding{Name: "GramSchmidt", Honours: "orthonormal",
		Doc: "The vectors of vlist made orthogonal in order (orthonormal=True: of norm 1).",
		Fn: func(in *interp, a *callArgs) Value {
			o := a.Get("orthonormal")
			return in.gramSchmidt(a.Get("vlist"), o != nil && o != none && in.truth(o, nil))
		}}).builtin()
	ns["wronskian"] = (&binding{Name: "wronskian", Honours: "method",
		Doc: "The Wronskian of functions in var: the determinant of their derivatives.",
		Fn: func(in *interp, a *callArgs) Value {
			if m := a.Get("method"); m != nil && m != none && m != "bareiss" {
				throw("NotImplementedError", "dcalc's wronskian computes the determinant by Bareiss' method only")
			}
			return in.wronskian(a.Get("functions"), a.Get("var"))
		}}).builtin()
	unary := func(name, method string) {
		ns[name] = legacyRow(name, "(expr)", func(in *interp, args []Value, kw []kwArg) Value {
			if r, ok := in.matrixMethod(args[0], method, nil, kw); ok {
				return r
			}
			throw("TypeError", "%s() argument must be a Matrix, not %s", name, typeName(args[0]))
			return nil
		}).builtin()
	}
	unary("det", "det")
	unary("trace", "trace")
	unary("transpose", "transpose")
}

// matrixStr is str(M): Matrix([[a, b], [c, d]]) on one line.
func matrixStr(v Value) (string, bool) {
	if m, ok := asMatrix(v); ok {
		return m.Str(), true
	}
	return "", false
}

// hessian is sympy.hessian(f, varlist, constraints).
func (in *interp) hessian(f, varlist Value, constraints []engine.Expr) Value {
	if mx, ok := asMatrix(varlist); ok && !mx.IsVector() {
		throw("ShapeError", "`varlist` must be a column or a row vector.")
	}
	switch varlist.(type) {
	case *List, *Tuple, *matrixValue:
	default:
		throw("ValueError", "Improper variable list in hessian function")
	}
	vars := in.matrixVars(varlist)
	return mustMatrix(engine.Hessian(in.sympify(f), vars, constraints, diff1))
}

// hash implements pyHashable: an ImmutableDenseMatrix hashes by its
// shape and entries (it can be a dict key, as in SymPy); a mutable
// matrix is unhashable.
func (mv *matrixValue) hash() uint64 {
	if !mv.immutable {
		throw("TypeError", "unhashable type: 'MutableDenseMatrix'")
	}
	r, c := mv.m.Shape()
	h := uint64(r)*1000003 ^ uint64(c)
	for _, row := range mv.m.Tolist() {
		for _, e := range row {
			h = h*1000003 ^ hashValue(e)
		}
	}
	return h
}

// cpythonHash implements pyHashable: SymPy's hash of a matrix is not
// CPython's hash of a number, so hash() prints the value of hash.
func (mv *matrixValue) cpythonHash() (int64, bool) { return 0, false }

// matrixEntries sympifies matrix entries; True and False are refused
// (SymPy keeps them as booleans, with a deprecation warning, where
// sympifying would give 1 and 0).
func (in *interp) matrixEntries(vals []Value) []engine.Expr {
	for _, v := range vals {
		switch v.(type) {
		case bool, *sympyBool:
			throw("NotImplementedError", "dcalc's Matrix cannot hold True or False (SymPy keeps them as booleans, deprecated since SymPy 1.9)")
		}
	}
	return in.sympifyAll(vals)
}
