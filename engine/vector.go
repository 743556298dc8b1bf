package engine

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file is SymPy's sympy.vector for the coordinate systems notebooks
// use: CoordSys3D (Cartesian, spherical and cylindrical, without
// rotations or translated origins), its base scalars (coordinate symbols
// that print as N.x, x_N and \mathbf{{x}_{N}}), vectors as sums of
// scalar multiples of its base vectors, dot and cross products and the
// printing of all three printers.

// CoordSys is a CoordSys3D: a name, a transformation kind ("cartesian",
// "spherical" or "cylindrical") and the names of its coordinates and
// base vectors.
type CoordSys struct {
	name    string
	kind    string
	vars    [3]string
	vecs    [3]string
	scalars [3]*Symbol
}

// baseScalar marks a Symbol as coordinate index of sys (SymPy's
// BaseScalar).
type baseScalar struct {
	sys   *CoordSys
	index int
}

// coordDefaults are the coordinate names SymPy gives each transformation.
var coordDefaults = map[string][3]string{
	"cartesian":   {"x", "y", "z"},
	"spherical":   {"r", "theta", "phi"},
	"cylindrical": {"r", "theta", "z"},
}

// NewCoordSys is CoordSys3D(name, transformation=kind, vector_names=vecs,
// variable_names=vars); nil names take SymPy's defaults.
func NewCoordSys(name, kind string, vecs, vars []string) (*CoordSys, error) {
	def, ok := coordDefaults[kind]
	if !ok {
		return nil, fmt.Errorf("dcalc's CoordSys3D knows the cartesian, spherical and cylindrical transformations, not %q", kind)
	}
	c := &CoordSys{name: name, kind: kind, vars: def, vecs: [3]string{"i", "j", "k"}}
	for _, names := range []struct {
		given []string
		into  *[3]string
	}{{vecs, &c.vecs}, {vars, &c.vars}} {
		if names.given == nil {
			continue
		}
		if len(names.given) < 3 {
			return nil, fmt.Errorf("IndexError: list index out of range")
		}
		copy(names.into[:], names.given) // SymPy uses the first three
	}
	for i := range c.scalars {
		s := NewSymbol(name+"."+c.vars[i], Assumptions{})
		s.base = &baseScalar{sys: c, index: i}
		s.h = mix(s.h, 0xba5e5ca1a7)
		c.scalars[i] = s
	}
	return c, nil
}

// Name is the system's name.
func (c *CoordSys) Name() string { return c.name }

// Kind is the system's transformation: cartesian, spherical or
// cylindrical.
func (c *CoordSys) Kind() string { return c.kind }

// VarNames are the names of the base scalars (x, y, z by default).
func (c *CoordSys) VarNames() [3]string { return c.vars }

// VecNames are the names of the base vectors (i, j, k by default).
func (c *CoordSys) VecNames() [3]string { return c.vecs }

// Scalars are the base scalars, the coordinates (base_scalars()).
func (c *CoordSys) Scalars() [3]*Symbol { return c.scalars }

// Same reports whether c and d are equal systems (SymPy compares them
// by their arguments: the name and the transformation).
func (c *CoordSys) Same(d *CoordSys) bool {
	return c == d || c.name == d.name && c.kind == d.kind && c.vars == d.vars && c.vecs == d.vecs
}

// Lame are the Lamé coefficients of the system (lame_coefficients()).
func (c *CoordSys) Lame() [3]Expr {
	r, theta := c.scalars[0], c.scalars[1]
	switch c.kind {
	case "spherical":
		return [3]Expr{One, r, NewMul(r, fnSin.call(theta))}
	case "cylindrical":
		return [3]Expr{One, r, One}
	}
	return [3]Expr{One, One, One}
}

// BaseScalarOf reports whether s is a coordinate of a CoordSys3D, with
// its system and index.
func BaseScalarOf(s *Symbol) (*CoordSys, int, bool) {
	if s.base == nil {
		return nil, 0, false
	}
	return s.base.sys, s.base.index, true
}

func (b *baseScalar) pretty() string { return b.sys.vars[b.index] + "_" + b.sys.name }

func (b *baseScalar) latex() string {
	return `\mathbf{{` + b.sys.vars[b.index] + `}_{` + b.sys.name + `}}`
}

// VecTerm is one component of a vector: Coef times base vector Index of
// Sys.
type VecTerm struct {
	Sys   *CoordSys
	Index int
	Coef  Expr
}

func (t VecTerm) sameBase(u VecTerm) bool { return t.Index == u.Index && t.Sys.Same(u.Sys) }

// baseStr is the base vector's str form, N.i.
func (t VecTerm) baseStr() string { return t.Sys.name + "." + t.Sys.vecs[t.Index] }

// Vector is a sum of multiples of base vectors (SymPy's BaseVector,
// VectorMul, VectorAdd and VectorZero). Its terms are SymPy's
// components dictionary, in its order, with no zero coefficients.
type Vector struct {
	terms []VecTerm
}

// ZeroVector is Vector.zero.
var ZeroVector = &Vector{}

// BaseVec is base vector i of c.
func BaseVec(c *CoordSys, i int) *Vector {
	return &Vector{terms: []VecTerm{{Sys: c, Index: i, Coef: One}}}
}

// Terms are the components in SymPy's components order.
func (v *Vector) Terms() []VecTerm { return v.terms }

// IsZero reports whether v is the zero vector.
func (v *Vector) IsZero() bool { return len(v.terms) == 0 }

// Equal reports whether v and w are the same vector.
func (v *Vector) Equal(w *Vector) bool {
	if len(v.terms) != len(w.terms) {
		return false
	}
	for _, t := range v.terms {
		k := slices.IndexFunc(w.terms, t.sameBase)
		if k < 0 || !Equal(t.Coef, w.terms[k].Coef) {
			return false
		}
	}
	return true
}

// Hash is a hash of v consistent with Equal.
func (v *Vector) Hash() uint64 {
	var h uint64 = 0x7ec70
	for _, t := range v.terms {
		h ^= mix(mix(hashString(t.Sys.name), uint64(t.Index)), t.Coef.Hash())
	}
	return h
}

// Systems are the coordinate systems of v's base vectors, in the order
// of separate().
func (v *Vector) Systems() []*CoordSys {
	var out []*CoordSys
	for _, t := range v.terms {
		if !slices.ContainsFunc(out, t.Sys.Same) {
			out = append(out, t.Sys)
		}
	}
	return out
}

// VecAdd is VectorAdd(*vs): the components of each in turn, summed;
// those that cancel are dropped.
func VecAdd(vs ...*Vector) *Vector {
	var terms []VecTerm
	for _, v := range vs {
		for _, t := range v.terms {
			if k := slices.IndexFunc(terms, t.sameBase); k >= 0 {
				terms[k].Coef = NewAdd(terms[k].Coef, t.Coef)
				continue
			}
			terms = append(terms, t)
		}
	}
	terms = slices.DeleteFunc(terms, func(t VecTerm) bool { return Equal(t.Coef, Zero) })
	if len(terms) == 1 {
		// a sum left with one term is that term rebuilt from the
		// arguments of the Mul its coefficient makes with the base vector
		// (BasisDependentAdd returns cls._mul_func(*obj.args)): their
		// product from the left, where a number before a sum distributes
		terms[0].Coef = foldMul(terms[0].Coef)
	}
	return &Vector{terms: terms}
}

// foldMul is the product of the arguments of a Mul taken from the left
// (BasisDependentMul's measure_number *= arg); other expressions are
// themselves.
func foldMul(e Expr) Expr {
	m, ok := e.(*Mul)
	if !ok {
		return e
	}
	var p Expr = One
	for _, a := range m.args {
		p = NewMul(p, a)
	}
	return p
}

// VecScale is c*v (BasisDependentMul): a sum is scaled term by term in
// the order of its Add arguments.
func VecScale(c Expr, v *Vector) *Vector {
	if Equal(c, Zero) || v.IsZero() {
		return ZeroVector
	}
	if len(v.terms) == 1 {
		t := v.terms[0]
		t.Coef = NewMul(c, t.Coef)
		if Equal(t.Coef, Zero) {
			return ZeroVector
		}
		return &Vector{terms: []VecTerm{t}}
	}
	parts := make([]*Vector, 0, len(v.terms))
	for _, t := range v.ArgsOrder() {
		parts = append(parts, VecScale(c, &Vector{terms: []VecTerm{t}}))
	}
	return VecAdd(parts...)
}

// ArgsOrder is the order of v's terms as the arguments of SymPy's
// VectorAdd (Basic.compare: base vectors, of coefficient 1, before
// VectorMuls; then by coefficient, index and system name).
func (v *Vector) ArgsOrder() []VecTerm {
	ts := slices.Clone(v.terms)
	slices.SortStableFunc(ts, func(a, b VecTerm) int {
		aBase, bBase := Equal(a.Coef, One), Equal(b.Coef, One)
		if aBase != bBase {
			if aBase {
				return -1
			}
			return 1
		}
		if !aBase {
			if c := Compare(a.Coef, b.Coef); c != 0 {
				return c
			}
		}
		if a.Index != b.Index {
			return a.Index - b.Index
		}
		return strings.Compare(a.Sys.name, b.Sys.name)
	})
	return ts
}

// Map is v with f applied to each coefficient, in components order
// (BasisDependent's simplify, diff, factor, evalf, doit).
func (v *Vector) Map(f func(Expr) Expr) *Vector {
	parts := make([]*Vector, len(v.terms))
	for i, t := range v.terms {
		parts[i] = VecScale(f(t.Coef), &Vector{terms: []VecTerm{{Sys: t.Sys, Index: t.Index, Coef: One}}})
	}
	return VecAdd(parts...)
}

// MapArgs is v with f applied to each coefficient in the order of the
// Add arguments, as Basic.subs and xreplace rebuild a VectorAdd.
func (v *Vector) MapArgs(f func(Expr) Expr) *Vector {
	parts := make([]*Vector, 0, len(v.terms))
	for _, t := range v.ArgsOrder() {
		parts = append(parts, VecScale(f(t.Coef), &Vector{terms: []VecTerm{{Sys: t.Sys, Index: t.Index, Coef: One}}}))
	}
	return VecAdd(parts...)
}

// Component is the coefficient of base vector i of c in v (v.dot(c.i)).
func (v *Vector) Component(c *CoordSys, i int) Expr {
	for _, t := range v.terms {
		if t.Index == i && t.Sys.Same(c) {
			return t.Coef
		}
	}
	return Zero
}

// errSystems refuses an operation between different coordinate systems,
// which needs SymPy's express and rotation matrices.
func errSystems(op string) error {
	return notImpl("dcalc's " + op + " of vectors in different coordinate systems is not implemented yet")
}

// VecDot is the dot product v & w.
func VecDot(v, w *Vector) (Expr, error) {
	var sum []Expr
	for _, a := range v.terms {
		for _, b := range w.terms {
			if !a.Sys.Same(b.Sys) {
				return nil, errSystems("dot product")
			}
			if a.Index == b.Index {
				sum = append(sum, NewMul(a.Coef, b.Coef))
			}
		}
	}
	return NewAdd(sum...), nil
}

// VecCross is the cross product v ^ w, following SymPy's cross: a sum is
// crossed argument by argument, a coefficient taken out first.
func VecCross(v, w *Vector) (*Vector, error) {
	if len(v.terms) > 1 {
		return crossEach(v.ArgsOrder(), func(t *Vector) (*Vector, error) { return VecCross(t, w) })
	}
	if len(w.terms) > 1 {
		return crossEach(w.ArgsOrder(), func(t *Vector) (*Vector, error) { return VecCross(v, t) })
	}
	if v.IsZero() || w.IsZero() {
		return ZeroVector, nil
	}
	a, b := v.terms[0], w.terms[0]
	if !a.Sys.Same(b.Sys) {
		return nil, errSystems("cross product")
	}
	// m1*cross(v1, w), then m2*cross(v1, v2): the same system, no error
	if !Equal(a.Coef, One) {
		r, _ := VecCross(BaseVec(a.Sys, a.Index), w)
		return VecScale(a.Coef, r), nil
	}
	if !Equal(b.Coef, One) {
		r, _ := VecCross(v, BaseVec(b.Sys, b.Index))
		return VecScale(b.Coef, r), nil
	}
	if a.Index == b.Index {
		return ZeroVector, nil
	}
	third := 3 - a.Index - b.Index
	if (a.Index+1)%3 == b.Index {
		return BaseVec(a.Sys, third), nil
	}
	return VecScale(NegOne, BaseVec(a.Sys, third)), nil
}

func crossEach(ts []VecTerm, f func(*Vector) (*Vector, error)) (*Vector, error) {
	parts := make([]*Vector, 0, len(ts))
	for _, t := range ts {
		r, err := f(&Vector{terms: []VecTerm{t}})
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	return VecAdd(parts...), nil
}

// VectorStr is str(v): VectorAdd._sympystr orders the systems by name
// and each system's terms as its base vectors; a term prints as
// VectorMul._sympystr, its coefficient in parentheses when that holds a
// parenthesis, a minus or a plus.
func VectorStr(v *Vector) string {
	if v.IsZero() {
		return "0"
	}
	if len(v.terms) == 1 {
		return termStr(v.terms[0])
	}
	sys := v.Systems()
	slices.SortStableFunc(sys, func(a, b *CoordSys) int { return strings.Compare(a.name, b.name) })
	var parts []string
	for _, c := range sys {
		for i := range 3 {
			if k := slices.IndexFunc(v.terms, func(t VecTerm) bool { return t.Index == i && t.Sys.Same(c) }); k >= 0 {
				parts = append(parts, termStr(v.terms[k]))
			}
		}
	}
	return strings.Join(parts, " + ")
}

func termStr(t VecTerm) string {
	if Equal(t.Coef, One) {
		return t.baseStr()
	}
	p := strPrinter{level: 1} // the measure prints nested: floats are stripped
	m := p.print(t.Coef)
	if strings.ContainsAny(m, "(-+") {
		m = "(" + m + ")"
	}
	return m + "*" + t.baseStr()
}

// separated is the terms grouped by system in separate()'s order, each
// group sorted by the base vectors' str, as the latex and pretty
// printers take them.
func (v *Vector) separated() []VecTerm {
	var out []VecTerm
	for _, c := range v.Systems() {
		var group []VecTerm
		for _, t := range v.terms {
			if t.Sys.Same(c) {
				group = append(group, t)
			}
		}
		slices.SortStableFunc(group, func(a, b VecTerm) int { return strings.Compare(a.baseStr(), b.baseStr()) })
		out = append(out, group...)
	}
	return out
}

func isSignedOne(e Expr, sign int64) bool {
	if f, ok := e.(*Float); ok {
		return f.Float64() == float64(sign)
	}
	return Equal(e, NewInt(sign))
}

// LatexVector is latex(v): LatexPrinter._print_BasisDependent.
func LatexVector(v *Vector, s *TexSettings) string {
	if v.IsZero() {
		return `\mathbf{\hat{0}}`
	}
	p := printerFor(s)
	var b strings.Builder
	for _, t := range v.separated() {
		k := `\mathbf{\hat{` + t.Sys.vecs[t.Index] + `}_{` + t.Sys.name + `}}`
		switch {
		case isSignedOne(t.Coef, 1):
			b.WriteString(" + " + k)
		case isSignedOne(t.Coef, -1):
			b.WriteString(" - " + k)
		default:
			b.WriteString(` + \left(` + p.print(t.Coef) + `\right)` + k)
		}
	}
	out := b.String()
	if out[1] != '-' {
		return out[3:]
	}
	return out[1:]
}

// PrettyVector is pretty(v): PrettyPrinter._print_BasisDependent, whose
// layout of multi-line coefficients works on the strings (ported as it
// is, so that its spacing comes out the same).
func PrettyVector(v *Vector, opts PrettyOptions) (r string, err error) {
	defer recoverTo(&err)
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	return p.vector(v).render(opts.Width, p.uni), nil
}

// vector is the picture of v, its top line the baseline.
func (p *prettyPrinter) vector(v *Vector) *pict {
	if !p.uni {
		panic(notImpl("ASCII pretty printing of BasisDependent is not implemented"))
	}
	if v.IsZero() {
		return str("0")
	}
	p.level++ // coefficients print nested
	defer func() { p.level-- }()
	var parts, vects []string
	for _, t := range v.separated() {
		k := t.Sys.vecs[t.Index] + "_" + t.Sys.name
		switch {
		case isSignedOne(t.Coef, 1):
			parts = append(parts, k)
		case isSignedOne(t.Coef, -1):
			parts = append(parts, "(-1) "+k)
		default:
			parts = append(parts, p.print(t.Coef).paren(true).text()+" "+k)
		}
		vects = append(vects, k)
	}
	return newPict(layoutVector(parts, vects), 0)
}

// layoutVector joins the terms' pictures with " + ", moving each base
// vector next to the closing parenthesis of its coefficient.
func layoutVector(o1, vects []string) string {
	const ext, hook = "⎟", "⎠"
	flag := make([]int, len(o1))
	for i, part := range o1 {
		if !strings.Contains(part, "\n") {
			continue
		}
		tmp := []rune(strings.ReplaceAll(part, vects[i], ""))
		s := string(tmp)
		switch {
		case strings.Contains(s, ext):
			for k := range tmp {
				flag[i] = 1
				if string(tmp[k]) == ext && k+1 < len(tmp) && tmp[k+1] == '\n' {
					tmp = slices.Concat(tmp[:k], []rune(ext+" "+vects[i]), tmp[k+1:])
					break
				}
			}
		case strings.Contains(s, hook):
			idx := strings.LastIndex(s, hook)
			flag[i] = 1
			r := utf8.RuneCountInString(s[:idx])
			tmp = slices.Concat(tmp[:r], []rune(hook+" "+vects[i]), tmp[r+1:])
		}
		o1[i] = string(tmp)
	}
	lines := make([][]string, len(o1))
	n := 0
	for i, part := range o1 {
		lines[i] = strings.Split(part, "\n")
		n = max(n, len(lines[i]))
	}
	if slices.Contains(flag, 1) {
		for i, ls := range lines {
			if len(ls) == 1 {
				lines[i] = append([]string{strings.Repeat(" ", pyLen(ls[0]))}, ls...)
				flag[i] = 1
			}
		}
	}
	strs := []string{""}
	var lengths []int
	pad := func() string {
		sum := 0
		for _, l := range lengths[:len(lengths)-1] {
			sum += l
		}
		return strings.Repeat(" ", sum+3*(len(lengths)-1))
	}
	for i, ls := range lines {
		lengths = append(lengths, pyLen(ls[flag[i]]))
		last := lengths[len(lengths)-1]
		for j := range n {
			if j >= len(strs) {
				strs = append(strs, pad())
			}
			switch {
			case j+1 <= len(ls) && j == flag[i]:
				strs[j] += ls[j] + " + "
			case j+1 <= len(ls):
				strs[j] += ls[j] + strings.Repeat(" ", max(0, last-pyLen(ls[j])+3))
			default:
				strs[j] += strings.Repeat(" ", last+3)
			}
		}
	}
	for j, s := range strs {
		r := []rune(s)
		strs[j] = string(r[:max(0, len(r)-3)])
	}
	return strings.Join(strs, "\n")
}

// pyLen is Python's len of a string: its code points.
func pyLen(s string) int { return utf8.RuneCountInString(s) }
