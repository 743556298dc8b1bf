package session

import (
	"slices"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file is the sets of general solutions solveset answers for
// trigonometric and exponential equations: an ImageSet over the
// integers, or the Union of image sets and a FiniteSet of points, with
// SymPy's printing (str by default_sort_key, pretty and latex in the
// order of Union.args), args, lamda, base_set, membership and the
// intersection with an Interval.

// solSetValue is the set value of a solveset answer over S.Reals
// (reals) or S.Complexes.
func (in *interp) solSetValue(x *engine.Symbol, r engine.SolSet, reals bool) Value {
	switch {
	case r.Unsolved != nil:
		return condSetValue(x, r.Unsolved, reals)
	case r.All && reals:
		return realsSet
	case r.All:
		return complexesSet
	case len(r.Images) == 0:
		return newFiniteSet(in, exprValues(r.Points))
	}
	s := &symSet{kind: "Union", images: r.Images, minus: r.Minus}
	switch {
	case len(r.Points) > 0:
		s.items = newFiniteSet(in, exprValues(r.Points)).items
	case len(r.Images) == 1 && len(r.Minus) > 0:
		s.kind = "Complement"
	case len(r.Images) == 1:
		s.kind = "ImageSet"
	}
	return s
}

// itemExprs is a FiniteSet part's points (nil for none).
func (s *symSet) itemExprs() []engine.Expr {
	if len(s.items) == 0 {
		return nil
	}
	es := make([]engine.Expr, len(s.items))
	for i, it := range s.items {
		es[i] = it.(engine.Expr)
	}
	return es
}

// argsOrder is the image sets as Union.args holds them.
func (s *symSet) argsOrder() []engine.ImageSet {
	ims := append([]engine.ImageSet(nil), s.images...)
	engine.SortImageSetsArgs(ims)
	return ims
}

func (in *interp) imageSetsStr(s *symSet) string {
	ims := append([]engine.ImageSet(nil), s.images...)
	engine.SortImageSetsStr(ims)
	var parts []string
	if len(s.items) > 0 {
		parts = append(parts, in.setStr(&symSet{kind: "FiniteSet", items: s.items}))
	}
	for _, im := range ims {
		parts = append(parts, im.StrMinus(s.minus))
	}
	if s.kind == "ImageSet" || s.kind == "Complement" {
		return parts[0]
	}
	return "Union(" + strings.Join(parts, ", ") + ")"
}

// imageSetAttr is the attributes of an image set or a union holding
// image sets.
func (in *interp) imageSetAttr(s *symSet, name string) (Value, bool) {
	if s.cset != nil && name != "intersect" && name != "intersection" {
		throw("NotImplementedError", "dcalc's ConditionSet has no attribute %s yet", name)
	}
	switch name {
	case "args":
		var items []Value
		if len(s.items) > 0 {
			items = append(items, &symSet{kind: "FiniteSet", items: s.items})
		}
		for _, im := range s.argsOrder() {
			if len(s.minus) > 0 {
				items = append(items, &symSet{kind: "Complement", images: []engine.ImageSet{im}, minus: s.minus})
			} else {
				items = append(items, &symSet{kind: "ImageSet", images: []engine.ImageSet{im}})
			}
		}
		if s.kind == "Complement" {
			return &Tuple{Items: []Value{&symSet{kind: "ImageSet", images: s.images}, newFiniteSet(in, exprValues(s.minus))}}, true
		}
		if s.kind == "ImageSet" {
			im := s.images[0]
			return &Tuple{Items: []Value{&lambdaValue{sig: []engine.Expr{im.N}, body: im.Expr}, integersSet}}, true
		}
		return &Tuple{Items: items}, true
	case "lamda", "base_set", "base_sets":
		if s.kind != "ImageSet" {
			break
		}
		im := s.images[0]
		switch name {
		case "lamda":
			return &lambdaValue{sig: []engine.Expr{im.N}, body: im.Expr}, true
		case "base_set":
			return integersSet, true
		}
		return &Tuple{Items: []Value{integersSet}}, true
	case "is_empty", "is_FiniteSet":
		return false, true
	case "contains":
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs("contains", args, 1, 1)
			return &sympyBool{v: in.imageSetHas(r.(*symSet), args[0])}
		}}, true
	case "intersect", "intersection":
		return &BoundMethod{Recv: s, Name: name, Fn: func(in *interp, r Value, args []Value, kw []kwArg) Value {
			nargs(name, args, 1, 1)
			return in.setsFold('&', []Value{r, args[0]})
		}}, true
	}
	return nil, false
}

// integersSet is S.Integers, an image set's base set.
var integersSet = &symSet{kind: "Integers"}

// imageSetHas is `v in s` for a number v.
func (in *interp) imageSetHas(s *symSet, v Value) bool {
	e := in.sympify(v)
	if s.cset != nil {
		throw("NotImplementedError", "dcalc cannot decide whether %s is in %s", engine.Str(e), in.setStr(s))
	}
	for _, p := range s.items {
		if engine.Equal(p.(engine.Expr), e) {
			return true
		}
	}
	for _, m := range s.minus {
		if engine.Equal(m, e) {
			return false
		}
	}
	all := true
	for _, im := range s.images {
		switch im.Contains(e) {
		case engine.True:
			return true
		case engine.Unknown:
			all = false
		}
	}
	if !all {
		throw("NotImplementedError", "dcalc cannot decide whether %s is in %s", engine.Str(e), in.setStr(s))
	}
	return false
}

// imageIntersect is Intersection(s, Interval) for image sets: the
// points of each inside the interval, as one FiniteSet.
func (in *interp) imageIntersect(a, b *symSet) Value {
	if len(a.images) == 0 && a.cset == nil {
		a, b = b, a
	}
	if a.cset != nil {
		if b.kind != "Interval" {
			throw("NotImplementedError", "dcalc intersects a ConditionSet with an Interval only")
		}
		c := *a.cset
		c.Base, c.Part = "Interval", b.parts[0]
		return &symSet{kind: "ConditionSet", cset: &c}
	}
	if b.kind != "Interval" {
		throw("NotImplementedError", "dcalc intersects image sets with a bounded Interval only")
	}
	iv := b.parts[0]
	if engine.IsFinite(iv.Lo) != engine.True || engine.IsFinite(iv.Hi) != engine.True {
		throw("NotImplementedError", "dcalc intersects image sets with a bounded Interval only")
	}
	var pts []Value
	for _, p := range a.items {
		if c := engine.SetContains(b.parts, p.(engine.Expr)); c != nil && engine.Equal(c, engine.STrue) {
			pts = append(pts, p)
		} else if c == nil || !engine.Equal(c, engine.SFalse) {
			throw("NotImplementedError", "dcalc could not place %s in the interval", in.str(p))
		}
	}
	for _, im := range a.images {
		vs, ok := im.InInterval(iv.Lo, iv.Hi, iv.LOpen, iv.HOpen)
		if !ok {
			throw("NotImplementedError", "dcalc intersects linear real image sets with an Interval only")
		}
		for _, v := range vs {
			if !slices.ContainsFunc(a.minus, func(m engine.Expr) bool { return engine.Equal(m, v) }) {
				pts = append(pts, v)
			}
		}
	}
	return newFiniteSet(in, pts)
}

// condSetValue is ConditionSet(x, Eq(f, 0), domain).
func condSetValue(x *engine.Symbol, f engine.Expr, reals bool) *symSet {
	base := "Complexes"
	if reals {
		base = "Reals"
	}
	return &symSet{kind: "ConditionSet", cset: &engine.CondSet{Sym: x, Expr: f, Base: base}}
}
