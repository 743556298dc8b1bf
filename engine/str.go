package engine

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Operator precedences of SymPy's printers.
const (
	precAdd  = 40
	precMul  = 50
	precPow  = 60
	precFunc = 70
	precAtom = 1000
)

// Precedence returns SymPy's printing precedence of e.
func Precedence(e Expr) int {
	switch x := e.(type) {
	case *Integer:
		if x.Sign() < 0 {
			return precAdd
		}
		return precAtom
	case *Rational:
		if x.r.Sign() < 0 {
			return precAdd
		}
		return precMul
	case *Float:
		if x.v.Sign() < 0 {
			return precAdd
		}
		return precAtom
	case *Special:
		if x == NegOo {
			return precAdd
		}
		return precAtom
	case *Add:
		return precAdd
	case *Mul:
		if isNegCoeff(x) {
			return precAdd
		}
		return precMul
	case *Pow:
		return precPow
	case *Func:
		return precFunc
	}
	return precAtom
}

// Str returns SymPy's str() form of e.
func Str(e Expr) string {
	p := strPrinter{}
	return p.print(e)
}

// StrNested is the str() form of e as an argument of a SymPy container
// (an element of a FiniteSet): one print level down, where Floats drop
// their trailing zeros (2.0, not 2.00000000000000).
func StrNested(e Expr) string {
	p := strPrinter{level: 1}
	return p.print(e)
}

type strPrinter struct {
	level int
}

func (p *strPrinter) print(e Expr) string {
	p.level++
	defer func() { p.level-- }()
	switch x := e.(type) {
	case *Integer:
		if x.b != nil {
			return x.b.String()
		}
		return strconv.FormatInt(x.v, 10)
	case *Rational:
		return x.r.Num().String() + "/" + x.r.Denom().String()
	case *Float:
		return FloatString(x, p.level > 1)
	case *Special:
		return x.name
	case *Constant:
		return x.name
	case *Symbol:
		if x.dummy > 0 {
			return "_" + x.name
		}
		return x.name
	case *Add:
		return p.add(x)
	case *Mul:
		return p.mul(x)
	case *Pow:
		return p.pow(x)
	case *Func:
		if x.def == OrderDef {
			return p.order(x)
		}
		if x.def.str != nil {
			if s := x.def.str(p, x); s != "" {
				return s
			}
		}
		return x.def.Name + "(" + p.join(x.args, ", ") + ")"
	case *Derivative:
		parts := []string{p.print(x.args[0])}
		for _, v := range x.vars {
			if v.Count == 1 {
				parts = append(parts, p.print(v.Var))
			} else {
				parts = append(parts, "("+p.print(v.Var)+", "+strconv.Itoa(v.Count)+")")
			}
		}
		return "Derivative(" + strings.Join(parts, ", ") + ")"
	case *Subs:
		vars, pts := x.Vars(), x.Points()
		var old, nw string
		if len(vars) == 1 {
			old, nw = p.print(vars[0]), p.print(pts[0])
		} else {
			old, nw = p.print(x.args[1]), p.print(x.args[2])
		}
		return "Subs(" + p.print(x.args[0]) + ", " + old + ", " + nw + ")"
	case *Tuple:
		if len(x.args) == 1 {
			return "(" + p.print(x.args[0]) + ",)"
		}
		return "(" + p.join(x.args, ", ") + ")"
	}
	return "<?>"
}

func (p *strPrinter) join(xs []Expr, sep string) string {
	parts := make([]string, len(xs))
	for i, a := range xs {
		parts[i] = p.print(a)
	}
	return strings.Join(parts, sep)
}

func (p *strPrinter) paren(e Expr, level int) string {
	if Precedence(e) <= level {
		return "(" + p.print(e) + ")"
	}
	return p.print(e)
}

func (p *strPrinter) add(a *Add) string { return joinTerms(a, p.print) }

// joinTerms prints a sum as SymPy's printers do: the terms in SymPy's
// order, each sign pulled out as " + " or " - ".
func joinTerms(a *Add, print func(Expr) string) string {
	var b strings.Builder
	for i, t := range OrderedTerms(a) {
		s := print(t)
		sign := "+"
		if strings.HasPrefix(s, "-") {
			sign = "-"
			s = s[1:]
		}
		if Precedence(t) < precAdd {
			s = "(" + s + ")"
		}
		if i == 0 {
			if sign == "-" {
				b.WriteString("-")
			}
		} else {
			b.WriteString(" " + sign + " ")
		}
		b.WriteString(s)
	}
	return b.String()
}

// splitNumDen separates the factors of a Mul (sign already removed) into
// numerator and denominator lists as SymPy's printers do.
func splitNumDen(args []Expr) (num, den []Expr, powParen []Expr) {
	for _, item := range args {
		if pw, ok := item.(*Pow); ok {
			c, _ := AsCoeffMul(pw.args[1])
			if s, ok := numSign(c); ok && s < 0 {
				if !isInt(pw.args[1], -1) {
					num0 := invertPow(pw)
					den = append(den, num0)
				} else {
					bb := pw.args[0]
					switch bb.(type) {
					case *Mul, *Pow:
						if len(bb.Args()) != 1 {
							powParen = append(powParen, bb)
						}
					}
					den = append(den, bb)
				}
				continue
			}
		}
		if splitRational(item, &num, &den) {
			continue
		}
		num = append(num, item)
	}
	return num, den, powParen
}

// invertPow returns b**(-e) for b**e, keeping it unevaluated (SymPy's apow).
func invertPow(pw *Pow) Expr {
	e := pw.args[1]
	var ne Expr
	eargs := mulArgs(e)
	if isInt(eargs[0], -1) {
		ne = mulRest(eargs[1:])
	} else {
		na := append([]Expr{numNeg(eargs[0])}, eargs[1:]...)
		if len(na) == 1 {
			ne = na[0]
		} else {
			ne = newMul(na)
		}
	}
	return newPow(pw.args[0], ne)
}

// negateCoeff returns the Mul with its negative coefficient c made positive.
func negateCoeff(m *Mul) Expr {
	c, rest := AsCoeffMul(m)
	nc := numNeg(c)
	if isInt(nc, 1) {
		return rest
	}
	return newMul(append([]Expr{nc}, mulArgs(rest)...))
}

// isUnevaluatedMul is the printers' test for a product built with
// evaluate=False (Mul(2, 3, evaluate=False)): a leading 1, or a number or
// a power of integers after the first factor, which an evaluated product
// never has.
func isUnevaluatedMul(m *Mul) bool {
	if isInt(m.args[0], 1) {
		return true
	}
	for _, a := range m.args[1:] {
		if IsNumber(a) {
			return true
		}
		if pw, ok := a.(*Pow); ok && IsInteger(pw.args[0]) && IsInteger(pw.args[1]) {
			return true
		}
	}
	return false
}

// unevaluatedMulStr is StrPrinter._print_Mul for an unevaluated product:
// the factors in their stored order, powers with negative exponents as
// the denominator.
func (p *strPrinter) unevaluatedMulStr(m *Mul) string {
	prec := Precedence(m)
	var num, den []Expr
	for _, a := range m.args {
		if pw, ok := a.(*Pow); ok {
			if c, _ := AsCoeffMul(pw.args[1]); IsNumber(c) && IsNegative(c) == True {
				if isInt(pw.args[1], -1) {
					den = append(den, pw.args[0])
				} else {
					den = append(den, newPow(pw.args[0], Neg(pw.args[1])))
				}
				continue
			}
		}
		num = append(num, a)
	}
	var nf, df []string
	if len(num) > 0 && CouldExtractMinusSign(num[0]) {
		nf = append(nf, p.print(num[0]))
		num = num[1:]
	}
	for _, a := range num {
		nf = append(nf, p.paren(a, prec))
	}
	if len(nf) == 0 {
		nf = []string{"1"}
	}
	if len(den) > 1 && CouldExtractMinusSign(den[0]) {
		df = append(df, p.print(den[0]))
		den = den[1:]
	}
	for _, a := range den {
		df = append(df, p.paren(a, prec))
	}
	n := strings.Join(nf, "*")
	switch {
	case len(df) > 1:
		return n + "/(" + strings.Join(df, "/") + ")"
	case len(df) == 1:
		return n + "/" + df[0]
	}
	return n
}

func (p *strPrinter) mul(m *Mul) string {
	if isUnevaluatedMul(m) {
		return p.unevaluatedMulStr(m)
	}
	prec := Precedence(m)
	sign := ""
	var e Expr = m
	if isNegCoeff(m) {
		sign = "-"
		e = negateCoeff(m)
	}
	var args []Expr
	if mm, ok := e.(*Mul); ok {
		args = OrderedFactors(mm)
	} else {
		args = []Expr{e}
	}
	num, den, powParen := splitNumDen(args)
	if len(num) == 0 {
		num = []Expr{One}
	}
	return joinMul(sign, num, den, powParen, prec, p.print, p.paren, false)
}

// joinMul writes a product from its sign, numerator and denominator
// factors as SymPy's printers do: a lone negated factor is parenthesised
// below Pow's precedence, the denominator is grouped when it has several
// factors, and bases of unevaluated reciprocals (powParen) get their own
// parentheses (once only when onceParen).
func joinMul(sign string, num, den, powParen []Expr, prec int, print func(Expr) string, paren func(Expr, int) string, onceParen bool) string {
	numS := make([]string, len(num))
	if len(num) == 1 && sign == "-" {
		// unary minus binds between Mul and Pow: parenthesize at level 55
		if Precedence(num[0]) <= (precPow+precMul)/2 {
			numS[0] = "(" + print(num[0]) + ")"
		} else {
			numS[0] = print(num[0])
		}
	} else {
		for i, a := range num {
			numS[i] = paren(a, prec)
		}
	}
	denS := make([]string, len(den))
	for i, a := range den {
		denS[i] = paren(a, prec)
		for _, pp := range powParen {
			if Equal(pp, a) && !(onceParen && strings.HasPrefix(denS[i], "(")) {
				denS[i] = "(" + denS[i] + ")"
			}
		}
	}
	switch len(den) {
	case 0:
		return sign + strings.Join(numS, "*")
	case 1:
		return sign + strings.Join(numS, "*") + "/" + denS[0]
	}
	return sign + strings.Join(numS, "*") + "/(" + strings.Join(denS, "*") + ")"
}

func (p *strPrinter) pow(x *Pow) string {
	b, e := x.args[0], x.args[1]
	if r, ok := e.(*Rational); ok && r.r.Cmp(Half.r) == 0 {
		return "sqrt(" + p.print(b) + ")"
	}
	if r, ok := e.(*Rational); ok && r.r.Cmp(NegHalf.r) == 0 {
		return "1/sqrt(" + p.print(b) + ")"
	}
	if isInt(e, -1) {
		return "1/" + p.paren(b, precPow)
	}
	return p.paren(b, precPow) + "**" + p.paren(e, precPow)
}

// FloatString prints a Float as SymPy's StrPrinter does; nested Floats
// (strip true) drop trailing zeros.
func FloatString(f *Float, strip bool) string { return mpf.SymPyStr(f.v, strip) }

// String implements Expr.
func (z *Integer) String() string { return Str(z) }

// String implements Expr.
func (q *Rational) String() string { return Str(q) }

// String implements Expr.
func (f *Float) String() string { return Str(f) }

// String implements Expr.
func (s *Special) String() string { return Str(s) }

// String implements Expr.
func (c *Constant) String() string { return Str(c) }

// String implements Expr.
func (s *Symbol) String() string { return Str(s) }

// String implements Expr.
func (a *Add) String() string { return Str(a) }

// String implements Expr.
func (m *Mul) String() string { return Str(m) }

// String implements Expr.
func (p *Pow) String() string { return Str(p) }

// String implements Expr.
func (f *Func) String() string { return Str(f) }

// String implements Expr.
func (d *Derivative) String() string { return Str(d) }

// String implements Expr.
func (s *Subs) String() string { return Str(s) }

// String implements Expr.
func (t *Tuple) String() string { return Str(t) }

// OrderArgs are the arguments SymPy's Order holds: the expression, then
// a (variable, point) Tuple for each variable.
func OrderArgs(f *Func) []Expr {
	e, vars, pts := orderParts(f)
	out := []Expr{e}
	for i := range vars {
		out = append(out, NewTuple(vars[i], pts[i]))
	}
	return out
}

// orderParts splits an Order term into its expression, variables and
// points as SymPy's Order stores them: the arguments after the
// expression are variables (point 0) or (variable, point) tuples, and
// with none the variables are the free symbols at 0. Variables come in
// default_sort_key order.
func orderParts(f *Func) (Expr, []Expr, []Expr) {
	var vars, pts []Expr
	for _, a := range f.args[1:] {
		if t, ok := a.(*Tuple); ok && len(t.args) == 2 {
			vars, pts = append(vars, t.args[0]), append(pts, t.args[1])
			continue
		}
		vars, pts = append(vars, a), append(pts, Zero)
	}
	if len(f.args) == 1 {
		for _, s := range FreeSymbols(f.args[0]) {
			vars, pts = append(vars, s), append(pts, Zero)
		}
	}
	idx := make([]int, len(vars))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		return cmpSkey(sortKey(vars[idx[i]]), sortKey(vars[idx[j]])) < 0
	})
	sv, sp := make([]Expr, len(vars)), make([]Expr, len(vars))
	for i, k := range idx {
		sv[i], sp[i] = vars[k], pts[k]
	}
	return f.args[0], sv, sp
}

// orderAtOrigin reports whether every point of an Order term is 0.
func orderAtOrigin(pts []Expr) bool {
	for _, p := range pts {
		if !isInt(p, 0) {
			return false
		}
	}
	return true
}

// order is StrPrinter._print_Order: O(e) about 0 in one variable,
// O(e, x, y) about 0 in several, else O(e, (x, a), ...).
func (p *strPrinter) order(f *Func) string {
	e, vars, pts := orderParts(f)
	if orderAtOrigin(pts) {
		if len(vars) <= 1 {
			return "O(" + p.print(e) + ")"
		}
		return "O(" + p.print(e) + ", " + p.join(vars, ", ") + ")"
	}
	parts := []string{p.print(e)}
	for i := range vars {
		parts = append(parts, p.print(NewTuple(vars[i], pts[i])))
	}
	return "O(" + strings.Join(parts, ", ") + ")"
}

// splitRational puts a rational factor's numerator (unless 1) into num
// and its denominator into den, as the printers' _print_Mul does; it
// reports whether item was an Integer or Rational.
func splitRational(item Expr, num, den *[]Expr) bool {
	switch x := item.(type) {
	case *Integer:
		if !isInt(x, 1) {
			*num = append(*num, x)
		}
		return true
	case *Rational:
		if n := x.r.Num(); !(n.IsInt64() && n.Int64() == 1) {
			*num = append(*num, NewBigInt(n))
		}
		*den = append(*den, NewBigInt(x.r.Denom()))
		return true
	}
	return false
}
