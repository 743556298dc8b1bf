package engine

import (
	"slices"
	"strings"
)

// SetPart is one argument of a union of real sets as SymPy prints it: a
// FiniteSet of points (Points non-nil) or an Interval.
type SetPart struct {
	Points       []Expr
	Lo, Hi       Expr
	LOpen, HOpen bool
}

// inf is the part's infimum (Set._infimum_key orders a Union's parts
// for pretty and latex by it).
func (s SetPart) inf() Expr {
	if s.Points != nil {
		return slices.MinFunc(s.Points, cmpReal)
	}
	return s.Lo
}

func (s SetPart) sortedPoints() []Expr { return sortedArgs(s.Points) }

// brackets are an Interval's: ( or [ by its openness at each end.
func (s SetPart) brackets() (l, r string) {
	l, r = "[", "]"
	if s.LOpen {
		l = "("
	}
	if s.HOpen {
		r = ")"
	}
	return l, r
}

// str is StrPrinter's _print_Interval and _print_FiniteSet.
func (s SetPart) str() string {
	if s.Points != nil {
		parts := make([]string, len(s.Points))
		for i, p := range s.sortedPoints() {
			parts[i] = Str(p)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	m := ""
	loInf, hiInf := s.Lo == NegOo, s.Hi == Oo
	switch {
	case loInf && hiInf, loInf && !s.HOpen, hiInf && !s.LOpen, !s.LOpen && !s.HOpen:
	case s.LOpen && s.HOpen:
		m = ".open"
	case s.LOpen:
		m = ".Lopen"
	default:
		m = ".Ropen"
	}
	return "Interval" + m + "(" + Str(s.Lo) + ", " + Str(s.Hi) + ")"
}

// SetStr is str() of the union of the parts: Union(...) with the parts
// in sort-key order (a FiniteSet before the Intervals, which go by their
// ends), or the one part.
func SetStr(parts []SetPart) string {
	if len(parts) == 1 {
		return parts[0].str()
	}
	// _print_LatticeOp: sorted by default_sort_key, where a FiniteSet
	// comes before the Intervals (class names) and Intervals go by the
	// sort keys of their ends
	byKey := slices.Clone(parts)
	slices.SortStableFunc(byKey, func(a, b SetPart) int {
		if (a.Points != nil) != (b.Points != nil) {
			return boolCmp(b.Points != nil, a.Points != nil)
		}
		if a.Points != nil {
			return 0
		}
		if c := cmpSkey(sortKey(a.Lo), sortKey(b.Lo)); c != 0 {
			return c
		}
		return cmpSkey(sortKey(a.Hi), sortKey(b.Hi))
	})
	ss := make([]string, len(byKey))
	for i, p := range byKey {
		ss[i] = p.str()
	}
	return "Union(" + strings.Join(ss, ", ") + ")"
}

func byInfimum(parts []SetPart) []SetPart {
	out := slices.Clone(parts)
	slices.SortStableFunc(out, func(a, b SetPart) int { return cmpReal(a.inf(), b.inf()) })
	return out
}

// PrettySet is pretty() of the union of the parts: [a, b), {p, q}
// joined by ∪ (U in ASCII) in the order of their infima.
func PrettySet(parts []SetPart, opts PrettyOptions) string {
	p := &prettyPrinter{uni: !opts.ASCII, vprint: opts.Vector}
	forms := make([]*pict, len(parts))
	for i, s := range byInfimum(parts) {
		if s.Points != nil {
			forms[i] = p.seq(s.sortedPoints(), "{", "}", ", ")
			continue
		}
		l, r := s.brackets()
		forms[i] = p.seq([]Expr{s.Lo, s.Hi}, l, r, ", ")
	}
	delim := " U "
	if p.uni {
		delim = " ∪ "
	}
	return p.seqForms(forms, "", "", delim).render(opts.Width, p.uni)
}

// LatexSet is latex() of the union of the parts.
func LatexSet(parts []SetPart, st *TexSettings) string {
	p := printerFor(st)
	ss := make([]string, len(parts))
	for i, s := range byInfimum(parts) {
		if s.Points != nil {
			items := make([]string, len(s.Points))
			for j, q := range s.sortedPoints() {
				items[j] = p.print(q)
			}
			ss[i] = `\left\{` + strings.Join(items, ", ") + `\right\}`
			continue
		}
		l, r := s.brackets()
		ss[i] = `\left` + l + p.print(s.Lo) + ", " + p.print(s.Hi) + `\right` + r
	}
	return strings.Join(ss, ` \cup `)
}

// SolveInequalitySet is solveset of polynomial inequalities in x over
// the reals: the solution as union parts (the points of it gathered in
// one FiniteSet), all reports the whole real line (S.Reals); no parts
// and not all is the EmptySet.
func SolveInequalitySet(rels []Inequality, x *Symbol) (parts []SetPart, all bool, err error) {
	defer recoverTo(&err)
	ivs, decided := reduceToIvals(rels, x)
	if decided != nil {
		// (a computed whole line stays Interval(-oo, oo), as in SymPy)
		return nil, *decided, nil
	}
	return ivalsToParts(ivs), false, nil
}

// SetAsRelational is Set.as_relational(x) of a union of parts.
func SetAsRelational(parts []SetPart, x *Symbol) Expr {
	var ivs []ival
	for _, s := range parts {
		if s.Points != nil {
			for _, p := range s.Points {
				ivs = append(ivs, ival{lo: p, hi: p})
			}
			continue
		}
		ivs = append(ivs, ival{s.Lo, s.Hi, s.LOpen, s.HOpen})
	}
	slices.SortStableFunc(ivs, func(a, b ival) int { return cmpReal(a.lo, b.lo) })
	return ivalsRelational(ivs, x)
}

// SetBounds are the infimum and supremum of a union of parts.
func SetBounds(parts []SetPart) (inf, sup Expr) {
	for _, s := range parts {
		lo, hi := s.Lo, s.Hi
		if s.Points != nil {
			lo, hi = slices.MinFunc(s.Points, cmpReal), slices.MaxFunc(s.Points, cmpReal)
		}
		if inf == nil || cmpReal(lo, inf) < 0 {
			inf = lo
		}
		if sup == nil || cmpReal(hi, sup) > 0 {
			sup = hi
		}
	}
	return inf, sup
}

// partsToIvals turns union parts into intervals (points as degenerate
// ones); ok is false when an end is not a comparable real number.
func partsToIvals(parts []SetPart) ([]ival, bool) {
	var out []ival
	for _, s := range parts {
		if s.Points != nil {
			for _, p := range s.Points {
				if !comparableEnd(p) {
					return nil, false
				}
				out = append(out, ival{lo: p, hi: p})
			}
			continue
		}
		if !comparableEnd(s.Lo) || !comparableEnd(s.Hi) {
			return nil, false
		}
		out = append(out, ival{s.Lo, s.Hi, s.LOpen, s.HOpen})
	}
	return out, true
}

func comparableEnd(e Expr) bool {
	return e == Oo || e == NegOo || IsNumberExpr(e) && IsReal(e) == True
}

// ivalsToParts is the inverse: the intervals in order, the points
// gathered into one FiniteSet part at the end.
func ivalsToParts(ivs []ival) []SetPart {
	var parts []SetPart
	var points []Expr
	for _, iv := range ivalUnion(ivs) {
		if Equal(iv.lo, iv.hi) {
			points = append(points, iv.lo)
			continue
		}
		parts = append(parts, SetPart{Lo: iv.lo, Hi: iv.hi, LOpen: iv.lopen, HOpen: iv.hopen})
	}
	if points != nil {
		parts = append(parts, SetPart{Points: points})
	}
	return parts
}

// NewIntervalSet is Interval(lo, hi, lopen, hopen) evaluated: empty
// (no parts) when hi < lo or a point is open, a FiniteSet part for a
// closed point, infinite ends open. Ends that are not comparable real
// numbers stay as given (ok false: the set takes no part in set
// operations).
func NewIntervalSet(lo, hi Expr, lopen, hopen bool) (parts []SetPart, ok bool) {
	if !comparableEnd(lo) || !comparableEnd(hi) {
		return []SetPart{{Lo: lo, Hi: hi, LOpen: lopen || lo == NegOo, HOpen: hopen || hi == Oo}}, false
	}
	iv, nonEmpty := newIval(lo, hi, lopen, hopen)
	if !nonEmpty {
		return nil, true
	}
	return ivalsToParts([]ival{iv}), true
}

// SetCombine is a | b, a & b or a - b (op '|', '&', '-') of unions of
// real intervals and points; ok is false when an end is not a
// comparable real number.
func SetCombine(op byte, a, b []SetPart) (parts []SetPart, ok bool, err error) {
	defer recoverTo(&err)
	x, ok1 := partsToIvals(a)
	y, ok2 := partsToIvals(b)
	if !ok1 || !ok2 {
		return nil, false, nil
	}
	switch op {
	case '|':
		return ivalsToParts(append(x, y...)), true, nil
	case '&':
		return ivalsToParts(ivalsIntersect(x, y)), true, nil
	}
	return ivalsToParts(ivalsIntersect(x, ivalComplement(y))), true, nil
}

// SetContains is parts.contains(v): STrue or SFalse for a number, the
// relations an Interval's ends put on anything else (Interval._contains),
// nil when dcalc cannot say.
func SetContains(parts []SetPart, v Expr) Expr {
	if comparableEnd(v) && v != Oo && v != NegOo {
		ivs, ok := partsToIvals(parts)
		if !ok {
			return nil
		}
		for _, iv := range ivs {
			lo, hi := cmpReal(iv.lo, v), cmpReal(v, iv.hi)
			if (lo < 0 || lo == 0 && !iv.lopen) && (hi < 0 || hi == 0 && !iv.hopen) {
				return STrue
			}
		}
		return SFalse
	}
	if len(parts) != 1 || parts[0].Points != nil {
		return nil
	}
	s := parts[0]
	left, right := NewRel("<=", s.Lo, v), NewRel("<=", v, s.Hi)
	if s.LOpen {
		left = NewRel("<", s.Lo, v)
	}
	if s.HOpen {
		right = NewRel("<", v, s.Hi)
	}
	return NewAnd(left, right)
}

// SetIsSubset is a.is_subset(b) as SymPy decides it: True for equal
// sets, an empty a, points all inside b, or an intersection with b that
// is a itself; False where SymPy's rules for an Interval inside an
// Interval or a Union of them see it (an end outside, an open end
// against a closed one, no overlap at all) or for points not all in b;
// Unknown otherwise (SymPy's None).
func SetIsSubset(a, b []SetPart) (t Tri, err error) {
	defer recoverTo(&err)
	x, ok1 := partsToIvals(a)
	y, ok2 := partsToIvals(b)
	if !ok1 || !ok2 {
		return Unknown, nil
	}
	x, y = ivalUnion(x), ivalUnion(y)
	if ivalsEqual(x, y) || len(x) == 0 {
		return True, nil
	}
	if len(y) == 0 {
		return False, nil
	}
	allPoints := func(s []ival) bool {
		return !slices.ContainsFunc(s, func(iv ival) bool { return !Equal(iv.lo, iv.hi) })
	}
	if allPoints(x) {
		// FiniteSet._eval_is_subset: every element in the other set
		for _, p := range x {
			if len(ivalsIntersect([]ival{p}, y)) == 0 {
				return False, nil
			}
		}
		return True, nil
	}
	if allPoints(y) {
		return False, nil // an infinite set in a finite one
	}
	if len(a) > 1 {
		// Union._eval_is_subset: every part a subset (fuzzy_and)
		t := True
		for _, p := range a {
			r, err := SetIsSubset([]SetPart{p}, b)
			if err != nil {
				return Unknown, err
			}
			if r == False {
				return False, nil
			}
			if r == Unknown {
				t = Unknown
			}
		}
		return t, nil
	}
	if len(x) == 1 {
		a := x[0]
		var ys []ival
		for _, iv := range y {
			if !Equal(iv.lo, iv.hi) {
				ys = append(ys, iv)
			}
		}
		if len(ys) == 1 && len(y) == 1 {
			b := ys[0]
			if cmpReal(a.lo, b.lo) < 0 || cmpReal(a.hi, b.hi) > 0 ||
				b.lopen && !a.lopen && Equal(a.lo, b.lo) || b.hopen && !a.hopen && Equal(a.hi, b.hi) {
				return False, nil
			}
		} else if len(ys) > 0 {
			before, after, apart := true, true, true
			for _, s := range ys {
				before = before && cmpReal(a.lo, s.lo) < 0
				after = after && cmpReal(a.hi, s.hi) > 0
				apart = apart && (cmpReal(s.hi, a.lo) <= 0 || cmpReal(s.lo, a.hi) >= 0)
			}
			if before || after || apart {
				return False, nil
			}
		}
	}
	if ivalsEqual(ivalsIntersect(x, y), x) {
		return True, nil
	}
	return Unknown, nil
}

func ivalsEqual(a, b []ival) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Equal(a[i].lo, b[i].lo) || !Equal(a[i].hi, b[i].hi) || a[i].lopen != b[i].lopen || a[i].hopen != b[i].hopen {
			return false
		}
	}
	return true
}
