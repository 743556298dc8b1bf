package engine

import (
	"slices"
	"strings"
)

// SymPy's Booleans inside expressions (sympy.logic.boolalg and
// sympy.core.relational): the truth values true and false, relations,
// And, Or, Not and Xor. They are the conditions of a Piecewise. Each is a
// Func of a definition marked boolean, so that substitution, free
// symbols, hashing and sorting treat them as any other node; they are
// never numbers (IsNumberExpr is false), and callers keep them out of
// arithmetic. None is registered by name: the session builds them from
// its own Boolean values.
var (
	fnAnd   = logicDef("And")
	fnOr    = logicDef("Or")
	fnNot   = logicDef("Not")
	fnXor   = logicDef("Xor")
	fnImp   = logicDef("Implies")
	fnEqv   = logicDef("Equivalent")
	fnTrue  = logicDef("BooleanTrue")
	fnFalse = logicDef("BooleanFalse")

	// STrue and SFalse are SymPy's S.true and S.false.
	STrue  Expr = newFunc(fnTrue, nil)
	SFalse Expr = newFunc(fnFalse, nil)
)

// relDefs are the relation classes by operator; relOps is the inverse.
var (
	relDefs = map[string]*FuncDef{
		"==": logicDef("Equality"), "!=": logicDef("Unequality"),
		"<": logicDef("StrictLessThan"), "<=": logicDef("LessThan"),
		">": logicDef("StrictGreaterThan"), ">=": logicDef("GreaterThan"),
	}
	relOps = map[*FuncDef]string{}
)

// The relation tables of Relational.reversed and Relational.negated.
var (
	reversedOp = map[string]string{"==": "==", "!=": "!=", "<": ">", ">": "<", "<=": ">=", ">=": "<="}
	negatedOp  = map[string]string{"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
)

func logicDef(name string) *FuncDef {
	d := &FuncDef{Name: name, ClassKey: 10000, h: hashString("logic:" + name), rank: rankOf(name)}
	d.notFunction, d.boolean = true, true
	return d
}

func init() {
	for op, d := range relDefs {
		relOps[d] = op
		d.hooks.str = func(_ *strPrinter, f *Func) string { return relationOf(f).Str() }
		d.hooks.tex = func(p *texPrinter, f *Func, _ []string, _ string) string { return relationOf(f).tex(p) }
		d.hooks.pretty = func(p *prettyPrinter, f *Func) *pict { return p.relation(relationOf(f)) }
		d.hooks.eval = func(args []Expr) Expr { return evalRel(op, args[0], args[1]) }
	}
	for d, name := range map[*FuncDef]string{fnTrue: "True", fnFalse: "False"} {
		d.hooks.str = func(*strPrinter, *Func) string { return name }
		d.hooks.tex = func(*texPrinter, *Func, []string, string) string { return `\text{` + name + `}` }
		d.hooks.pretty = func(*prettyPrinter, *Func) *pict { return str(name) }
	}
	fnAnd.hooks.eval = func(a []Expr) Expr { return evalAnd(a) }
	fnOr.hooks.eval = func(a []Expr) Expr { return evalOr(a) }
	fnXor.hooks.eval = evalXor
	fnNot.hooks.eval = func(a []Expr) Expr { return evalNot(a[0]) }
	fnImp.hooks.eval = evalImplies
	fnEqv.hooks.eval = evalEquivalent
	for d, arrow := range map[*FuncDef][2]string{fnImp: {"→", `\Rightarrow`}, fnEqv: {"⇔", `\Leftrightarrow`}} {
		// __print_Boolean and _print_LogOp: the arguments in their order
		// (Equivalent's are ordered already), Boolean functions
		// parenthesised
		d.hooks.pretty = func(p *prettyPrinter, f *Func) *pict {
			if !p.uni {
				return nil
			}
			return p.logOp(f.args, arrow[0])
		}
		d.hooks.tex = func(p *texPrinter, f *Func, _ []string, _ string) string { return p.logOp(f.args, arrow[1]) }
	}
	for _, op := range []struct {
		d             *FuncDef
		str, uni, tex string
		prec          int
	}{{fnAnd, " & ", "∧", `\wedge`, 38}, {fnOr, " | ", "∨", `\vee`, 36}, {fnXor, " ^ ", "⊻", `\veebar`, 37}} {
		op.d.hooks.str = func(p *strPrinter, f *Func) string {
			args := f.args
			if f.def == fnAnd {
				args = andPrintOrder(args)
			}
			parts := make([]string, len(args))
			for i, a := range args {
				parts[i] = p.print(a)
				if logicPrecedence(a) <= op.prec {
					parts[i] = "(" + parts[i] + ")"
				}
			}
			return strings.Join(parts, op.str)
		}
		op.d.hooks.pretty = func(p *prettyPrinter, f *Func) *pict {
			if !p.uni {
				// _print_Function(e, sort=True): And(x, y)
				return p.funcForm(f.def.Name, sortedArgs(f.args))
			}
			return p.logOp(sortedArgs(f.args), op.uni)
		}
		op.d.hooks.tex = func(p *texPrinter, f *Func, _ []string, _ string) string {
			return p.logOp(sortedArgs(f.args), op.tex)
		}
	}
	fnNot.hooks.str = func(p *strPrinter, f *Func) string {
		s := p.print(f.args[0])
		if logicPrecedence(f.args[0]) <= 100 {
			s = "(" + s + ")"
		}
		return "~" + s
	}
	fnNot.hooks.pretty = func(p *prettyPrinter, f *Func) *pict {
		if !p.uni {
			return nil
		}
		pa := p.print(f.args[0])
		if isBooleanFunction(f.args[0]) {
			pa = pa.paren(p.uni)
		}
		return hnext(str("¬"), pa)
	}
	fnNot.hooks.tex = func(p *texPrinter, f *Func, _ []string, _ string) string {
		if isBooleanFunction(f.args[0]) {
			return `\neg \left(` + p.print(f.args[0]) + `\right)`
		}
		return `\neg ` + p.print(f.args[0])
	}
}

// logOp is the unicode pretty form of a Boolean function
// (__print_Boolean): the arguments joined by the operator, Boolean
// functions among them parenthesised.
func (p *prettyPrinter) logOp(args []Expr, op string) *pict {
	var out *pict
	for _, a := range args {
		pa := p.print(a)
		if isBooleanFunction(a) {
			pa = pa.paren(p.uni)
		}
		if out == nil {
			out = pa
			continue
		}
		out = hnext(out, str(" "+op+" "), pa)
	}
	return out
}

// logOp is LatexPrinter._print_LogOp: the arguments joined by the
// operator, Boolean functions among them in \left( \right).
func (p *texPrinter) logOp(args []Expr, op string) string {
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(" " + op + " ")
		}
		if isBooleanFunction(a) {
			b.WriteString(`\left(` + p.print(a) + `\right)`)
		} else {
			b.WriteString(p.print(a))
		}
	}
	return b.String()
}

// isLogic reports whether d is one of the Boolean classes.
func isLogic(d *FuncDef) bool { return d.boolean }

// IsBoolean reports whether e is a Boolean node: true, false, a
// relation, And, Or, Not or Xor.
func IsBoolean(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def.boolean
}

// isBooleanFunction is SymPy's is_Boolean as the printers use it: the
// Boolean functions And, Or, Not and Xor (relations and atoms are not),
// which print in parentheses inside another one (Not excepted).
func isBooleanFunction(e Expr) bool {
	f, ok := e.(*Func)
	return ok && (f.def == fnAnd || f.def == fnOr || f.def == fnXor || f.def == fnImp || f.def == fnEqv)
}

// logicPrecedence is StrPrinter's precedence of a Boolean's operand:
// Xor 10, Or 20, And 30, a relation 35, Not 100, an atom 1000 (anything
// else prints as its own precedence, which is above the operators').
func logicPrecedence(e Expr) int {
	f, ok := e.(*Func)
	if !ok {
		return 1000
	}
	switch {
	case f.def == fnXor || f.def == fnImp || f.def == fnEqv:
		return 10
	case f.def == fnOr:
		return 20
	case f.def == fnAnd:
		return 30
	case f.def == relDefs["=="] || f.def == relDefs["!="]:
		return 50 // Equality and Unequality: PRECEDENCE["Mul"]
	case relOps[f.def] != "":
		return 35
	case f.def == fnNot:
		return 100
	}
	return 1000
}

func sortedArgs(args []Expr) []Expr {
	out := slices.Clone(args)
	slices.SortStableFunc(out, func(a, b Expr) int { return cmpSkey(sortKey(a), sortKey(b)) })
	return out
}

// andPrintOrder is StrPrinter._print_And's order: a relation whose
// canonical form is bounded below by -oo moves to the front.
func andPrintOrder(args []Expr) []Expr {
	out := slices.Clone(args)
	for j, a := range out {
		if r, ok := AsRelation(a); ok {
			if c, ok := AsRelation(relCanonical(RelFunc(r.Op, r.Lhs, r.Rhs))); ok && c.Rhs == NegOo {
				copy(out[1:j+1], out[:j])
				out[0] = a
			}
		}
	}
	return out
}

// RelFunc is the relation lhs op rhs as an unevaluated node.
func RelFunc(op string, lhs, rhs Expr) Expr { return newFunc(relDefs[op], []Expr{lhs, rhs}) }

// NewRel is lhs op rhs evaluated as SymPy's relational constructors do:
// STrue or SFalse when decided, the relation otherwise. An inequality
// with a non-real number side raises SymPy's TypeError.
func NewRel(op string, lhs, rhs Expr) Expr { return MustApply(relDefs[op], lhs, rhs) }

// AsRelation returns the relation e stands for, if it is one.
func AsRelation(e Expr) (*Relation, bool) {
	if f, ok := e.(*Func); ok {
		if op := relOps[f.def]; op != "" {
			return relationOf(f), true
		}
	}
	return nil, false
}

func relationOf(f *Func) *Relation {
	return &Relation{Op: relOps[f.def], Lhs: f.args[0], Rhs: f.args[1]}
}

func evalRel(op string, a, b Expr) Expr {
	if IsBoolean(a) || IsBoolean(b) {
		if op != "==" && op != "!=" {
			panic(errorf("TypeError", "Can only compare inequalities with Expr"))
		}
		if IsBoolean(a) && IsBoolean(b) && len(a.Args())+len(b.Args()) > 0 || isSymbolic(a) || isSymbolic(b) {
			return nil // Eq(x < 1, y > 2) and Eq(y, True) (a Symbol may be a Boolean) stay
		}
		// a truth value equals only itself; an expression is never one
		if Equal(a, b) == (op == "==") {
			return STrue
		}
		return SFalse
	}
	if op != "==" && op != "!=" {
		for _, e := range []Expr{a, b} {
			if e == NaN {
				panic(errorf("TypeError", "Invalid NaN comparison"))
			}
			if e == Zoo {
				panic(errorf("TypeError", "Invalid comparison of non-real %s", Str(e)))
			}
			if IsNumberExpr(e) {
				if c, ok := evalComplex(e); ok && imag(c) != 0 {
					panic(errorf("TypeError", "Invalid comparison of non-real %s", Str(e)))
				}
			}
		}
	}
	switch RelTruth(op, a, b) {
	case True:
		return STrue
	case False:
		return SFalse
	}
	return nil
}

// relReversed is Relational.reversed: the sides swapped, the operator
// mirrored (evaluated again).
func relReversed(r *Relation) Expr { return NewRel(reversedOp[r.Op], r.Rhs, r.Lhs) }

// relNegated is Relational.negated: x < 1 becomes x >= 1.
func relNegated(r *Relation) Expr { return NewRel(negatedOp[r.Op], r.Lhs, r.Rhs) }

// relCanonical is Relational.canonical: a number on the right, no
// leading minus sign on the left, otherwise the sides in sorted order.
func relCanonical(e Expr) Expr {
	r, ok := AsRelation(e)
	if !ok {
		return e
	}
	var out Expr = e
	switch {
	case IsNumberExpr(r.Rhs):
		if IsNumber(r.Rhs) && IsNumber(r.Lhs) {
			if c, ok := NumberCmp(r.Lhs, r.Rhs); ok && c > 0 {
				out = relReversed(r)
			}
		}
	case IsNumberExpr(r.Lhs):
		out = relReversed(r)
	case cmpSkey(sortKey(r.Lhs), sortKey(r.Rhs)) > 0:
		out = relReversed(r)
	}
	r, ok = AsRelation(out)
	if !ok || IsBoolean(r.Lhs) || IsBoolean(r.Rhs) {
		return out
	}
	if CouldExtractMinusSign(r.Lhs) {
		return NewRel(reversedOp[r.Op], Neg(r.Lhs), Neg(r.Rhs))
	}
	if !IsNumberExpr(r.Rhs) && CouldExtractMinusSign(r.Rhs) {
		if cmpSkey(sortKey(Neg(r.Rhs)), sortKey(r.Lhs)) < 0 {
			rev, ok := AsRelation(relReversed(r))
			if !ok {
				return out
			}
			return NewRel(reversedOp[rev.Op], Neg(rev.Lhs), Neg(rev.Rhs))
		}
	}
	return out
}

// relCanonicalCoeff is relational._canonical_coeff: the canonical form
// with the left side's rational term moved right and its rational
// coefficient divided out (-2*x + 1 < 0 is x > 1/2).
func relCanonicalCoeff(e Expr) Expr {
	e = relCanonical(e)
	r, ok := AsRelation(e)
	if !ok || IsBoolean(r.Rhs) {
		return e
	}
	if IsBoolean(r.Lhs) {
		return relReversed(r) // Eq(True, x) is Eq(x, True)
	}
	b, l := asCoeffAddRational(r.Lhs)
	m, lhs := asCoeffMulRational(l)
	rhs := Div(Sub(r.Rhs, b), m)
	if s, _ := numSign(m); s < 0 {
		return NewRel(reversedOp[r.Op], lhs, rhs)
	}
	return NewRel(r.Op, lhs, rhs)
}

// asCoeffAddRational is as_coeff_Add(rational=True).
func asCoeffAddRational(e Expr) (Expr, Expr) {
	switch x := e.(type) {
	case *Add:
		if isRationalNum(x.args[0]) {
			return x.args[0], addRest(x.args[1:])
		}
	case *Integer, *Rational:
		return e, Zero
	}
	return Zero, e
}

func isRationalNum(e Expr) bool {
	switch e.(type) {
	case *Integer, *Rational:
		return true
	}
	return false
}

// NewAnd is SymPy's And(*args).
func NewAnd(args ...Expr) Expr { return MustApply(fnAnd, args...) }

// NewOr is SymPy's Or(*args).
func NewOr(args ...Expr) Expr { return MustApply(fnOr, args...) }

// NewNot is SymPy's Not(arg).
func NewNot(a Expr) Expr { return MustApply(fnNot, a) }

// NewImplies is Implies(a, b) (a >> b), evaluated as SymPy does.
func NewImplies(a, b Expr) Expr { return MustApply(fnImp, a, b) }

// MustImplies is Implies(*args): SymPy's ValueError unless there are
// exactly two.
func MustImplies(args []Expr) Expr { return MustApply(fnImp, args...) }

// NewEquivalent is Equivalent(args...), evaluated as SymPy does.
func NewEquivalent(args ...Expr) Expr { return MustApply(fnEqv, args...) }

// NewXor is SymPy's Xor(*args).
func NewXor(args ...Expr) Expr { return MustApply(fnXor, args...) }

// latticeArgs is LatticeOp._new_args_filter: nested calls flattened,
// the identity dropped; short is true when the zero occurs.
func latticeArgs(d *FuncDef, args []Expr, zero, identity Expr) (out []Expr, short bool) {
	for _, a := range args {
		switch {
		case Equal(a, zero):
			return nil, true
		case Equal(a, identity):
		case isCallOf(a, d):
			out = append(out, a.Args()...)
		default:
			out = append(out, a)
		}
	}
	return out, false
}

// latticeResult is the end of LatticeOp.__new__: the arguments as a set,
// in sorted order; none gives the identity, one gives itself.
func latticeResult(d *FuncDef, args []Expr, identity Expr) Expr {
	args = uniqueExprs(args)
	switch len(args) {
	case 0:
		return identity
	case 1:
		return args[0]
	}
	return newFunc(d, orderedArgs(args))
}

// orderedArgs is sorting.ordered: by node count, then sort key (the
// order of a LatticeOp's args).
func orderedArgs(args []Expr) []Expr {
	out := slices.Clone(args)
	Ordered(out)
	return out
}

func uniqueExprs(args []Expr) []Expr {
	var out []Expr
	for _, a := range args {
		if !slices.ContainsFunc(out, func(b Expr) bool { return Equal(a, b) }) {
			out = append(out, a)
		}
	}
	return out
}

// evalAnd is And.__new__: a relation and its negation give false, a
// relation repeated (in canonical form) counts once.
func evalAnd(args []Expr) Expr {
	flat, short := latticeArgs(fnAnd, args, SFalse, STrue)
	if short {
		return SFalse
	}
	var kept, rels []Expr
	for _, x := range orderedArgs(uniqueExprs(flat)) {
		if _, ok := AsRelation(x); ok {
			c := relCanonical(x)
			if containsExpr(rels, c) {
				continue
			}
			if rn, ok := AsRelation(c); ok && containsExpr(rels, relCanonical(relNegated(rn))) {
				return SFalse
			}
			rels = append(rels, c)
		}
		kept = append(kept, x)
	}
	return latticeResult(fnAnd, kept, STrue)
}

// evalOr is Or.__new__: a relation and its negation give true.
func evalOr(args []Expr) Expr {
	var kept, rels []Expr
	for _, x := range args {
		if _, ok := AsRelation(x); ok {
			c := relCanonical(x)
			if containsExpr(rels, c) {
				continue
			}
			if rc, ok := AsRelation(c); ok && containsExpr(rels, relCanonical(relNegated(rc))) {
				return STrue
			}
			rels = append(rels, c)
		}
		kept = append(kept, x)
	}
	flat, short := latticeArgs(fnOr, kept, STrue, SFalse)
	if short {
		return STrue
	}
	return latticeResult(fnOr, flat, SFalse)
}

// evalNot is Not.eval: true and false swap, Not(Not(x)) is x and a
// relation is negated.
func evalNot(a Expr) Expr {
	switch {
	case Equal(a, STrue):
		return SFalse
	case Equal(a, SFalse):
		return STrue
	case isCallOf(a, fnNot):
		return a.Args()[0]
	}
	if r, ok := AsRelation(a); ok {
		return relNegated(r)
	}
	return nil
}

// evalXor is Xor.__new__: pairs cancel, true flips the result (Not),
// a relation with its negation counts as true.
func evalXor(args []Expr) Expr {
	var set []Expr
	toggle := func(a Expr) {
		if i := slices.IndexFunc(set, func(b Expr) bool { return Equal(a, b) }); i >= 0 {
			set = slices.Delete(set, i, i+1)
		} else {
			set = append(set, a)
		}
	}
	for _, a := range args {
		switch {
		case Equal(a, SFalse):
			continue
		case isCallOf(a, fnXor):
			for _, b := range a.Args() {
				toggle(b)
			}
		default:
			toggle(a)
		}
	}
	type relInfo struct{ r, c, nc Expr }
	var rel []relInfo
	for _, a := range set {
		if _, ok := AsRelation(a); ok {
			c := relCanonical(a)
			nc := Expr(nil)
			if rc, ok := AsRelation(c); ok {
				nc = relCanonical(relNegated(rc))
			}
			rel = append(rel, relInfo{a, c, nc})
		}
	}
	odd := false
	var remove [][2]Expr
	for i, ri := range rel {
		for j := i + 1; j < len(rel); j++ {
			if ri.nc != nil && Equal(rel[j].c, ri.nc) {
				odd = !odd
				remove = append(remove, [2]Expr{ri.r, rel[j].r})
				break
			} else if Equal(rel[j].c, ri.c) {
				remove = append(remove, [2]Expr{ri.r, rel[j].r})
				break
			}
		}
	}
	if odd {
		toggle(STrue)
	}
	for _, p := range remove {
		toggle(p[0])
		toggle(p[1])
	}
	switch len(set) {
	case 0:
		return SFalse
	case 1:
		return set[0]
	}
	if i := slices.IndexFunc(set, func(b Expr) bool { return Equal(b, STrue) }); i >= 0 {
		set = slices.Delete(set, i, i+1)
		return NewNot(NewXor(set...))
	}
	return newFunc(fnXor, orderedArgs(set))
}

// truthArg is how Implies and Equivalent read an argument: a number is
// the truth value bool() gives it.
func truthArg(a Expr) Expr {
	if IsNumber(a) {
		if isZeroInt(a) || IsZero(a) == True {
			return SFalse
		}
		return STrue
	}
	return a
}

func isTruthValue(a Expr) bool { return Equal(a, STrue) || Equal(a, SFalse) }

// evalImplies is Implies.eval: with a truth value it is ~A | B, A
// implies itself, and a relation implies a relation with its canonical
// form (true) or its negation's (B).
func evalImplies(args []Expr) Expr {
	if len(args) != 2 {
		strs := make([]string, len(args))
		for i, a := range args {
			strs[i] = Str(a)
		}
		tuple := "(" + strings.Join(strs, ", ")
		if len(args) == 1 {
			tuple += ","
		}
		panic(errorf("ValueError", "%d operand(s) used for an Implies (pairs are required): %s)", len(args), tuple))
	}
	a, b := truthArg(args[0]), truthArg(args[1])
	switch {
	case isTruthValue(a) || isTruthValue(b):
		return NewOr(NewNot(a), b)
	case Equal(a, b):
		return STrue
	}
	if ra, ok := AsRelation(a); ok {
		if _, ok := AsRelation(b); ok {
			cb := relCanonical(b)
			if Equal(relCanonical(a), cb) {
				return STrue
			}
			if Equal(relCanonical(relNegated(ra)), cb) {
				return b
			}
		}
	}
	return newFunc(fnImp, []Expr{args[0], args[1]})
}

// evalEquivalent is Equivalent.__new__: the arguments as a set (numbers
// as truth values), a relation and its negation making it false, equal
// relations merged; a lone argument is true, a true one makes it the And
// of the others, a false one the And of their negations.
func evalEquivalent(args []Expr) Expr {
	var set []Expr
	for _, a := range args {
		a = truthArg(a)
		if !slices.ContainsFunc(set, func(b Expr) bool { return Equal(a, b) }) {
			set = append(set, a)
		}
	}
	type relInfo struct{ r, c, nc Expr }
	var rel []relInfo
	for _, a := range set {
		if ra, ok := AsRelation(a); ok {
			rel = append(rel, relInfo{a, relCanonical(a), relCanonical(relNegated(ra))})
		}
	}
	var remove [][2]Expr
	for i, ri := range rel {
		for j := i + 1; j < len(rel); j++ {
			if Equal(rel[j].c, ri.nc) {
				return SFalse
			} else if Equal(rel[j].c, ri.c) {
				remove = append(remove, [2]Expr{ri.r, rel[j].r})
				break
			}
		}
	}
	del := func(x Expr) {
		set = slices.DeleteFunc(set, func(b Expr) bool { return Equal(b, x) })
	}
	for _, p := range remove {
		del(p[0])
		del(p[1])
		if !slices.ContainsFunc(set, func(b Expr) bool { return Equal(b, STrue) }) {
			set = append(set, STrue)
		}
	}
	if len(set) <= 1 {
		return STrue
	}
	if slices.ContainsFunc(set, func(b Expr) bool { return Equal(b, STrue) }) {
		del(STrue)
		return NewAnd(set...)
	}
	if slices.ContainsFunc(set, func(b Expr) bool { return Equal(b, SFalse) }) {
		del(SFalse)
		nots := make([]Expr, len(set))
		for i, a := range set {
			nots[i] = NewNot(a)
		}
		return NewAnd(nots...)
	}
	return newFunc(fnEqv, orderedArgs(set))
}

// mapRelations applies f to every relation in the Boolean e, rebuilding
// the Boolean functions around them (Basic.replace on is_Relational).
func mapRelations(e Expr, f func(Expr) Expr) Expr {
	if _, ok := AsRelation(e); ok {
		return f(e)
	}
	if !IsBoolean(e) || len(e.Args()) == 0 {
		return e
	}
	args := make([]Expr, len(e.Args()))
	for i, a := range e.Args() {
		args[i] = mapRelations(a, f)
	}
	return rebuild(e, args)
}

// condTruth evaluates a condition numerically at machine precision for
// plots and sampling (evalComplex): ok is false when it cannot be
// decided (a free symbol, a non-real side).
func condTruth(e Expr) (val, ok bool) {
	switch {
	case Equal(e, STrue):
		return true, true
	case Equal(e, SFalse):
		return false, true
	}
	if r, isRel := AsRelation(e); isRel {
		a, ok1 := evalComplex(r.Lhs)
		b, ok2 := evalComplex(r.Rhs)
		if !ok1 || !ok2 {
			return false, false
		}
		switch r.Op {
		case "==":
			return a == b, true
		case "!=":
			return a != b, true
		}
		if imag(a) != 0 || imag(b) != 0 {
			return false, false
		}
		x, y := real(a), real(b)
		switch r.Op {
		case "<":
			return x < y, true
		case "<=":
			return x <= y, true
		case ">":
			return x > y, true
		}
		return x >= y, true
	}
	f, isFunc := e.(*Func)
	if !isFunc {
		return false, false
	}
	switch f.def {
	case fnNot:
		v, ok := condTruth(f.args[0])
		return !v, ok
	case fnAnd, fnOr, fnXor:
		acc := f.def == fnAnd
		for _, a := range f.args {
			v, ok := condTruth(a)
			if !ok {
				return false, false
			}
			switch f.def {
			case fnAnd:
				acc = acc && v
			case fnOr:
				acc = acc || v
			default:
				acc = acc != v
			}
		}
		return acc, true
	}
	return false, false
}

// BooleanMisplaced reports whether a Boolean stands where SymPy needs
// an expression: an operand of arithmetic or of a function, a side of a
// relation, a piece of a Piecewise (what substituting True for x in x**2
// makes; SymPy raises TypeError or builds nonsense there).
func BooleanMisplaced(e Expr) bool {
	return booleanMisplaced(e, map[Expr]bool{})
}

func booleanMisplaced(e Expr, seen map[Expr]bool) bool {
	if seen[e] {
		return false
	}
	seen[e] = true
	f, isFunc := e.(*Func)
	for i, a := range e.Args() {
		okHere := isFunc && (f.def == fnAnd || f.def == fnOr || f.def == fnNot || f.def == fnXor ||
			f.def == fnPiecewise && i%2 == 1)
		if IsBoolean(a) && !okHere {
			return true
		}
		if booleanMisplaced(a, seen) {
			return true
		}
	}
	return false
}
