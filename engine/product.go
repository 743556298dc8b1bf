package engine

import "strings"

// ProductDef is SymPy's Product: Product(f, (i, a, b), ...) unevaluated;
// doit (and product) evaluate what SymPy's Product._eval_product does
// for the cases ported here and raise NotImplementedError for the rest.
var ProductDef = builtin("Product", 0)

func init() {
	ProductDef.hooks = hooks{
		tex:         texConcrete(`\prod`),
		pretty:      prettyProduct,
		notFunction: true,
		eval:        denest(ProductDef),
		lacks: lack("an unevaluated product: doit() evaluates it",
			"fdiff", "evalf", "evalc", "real", "series"),
	}
}

// NewProduct builds Product(f, (i, a, b), ...).
func NewProduct(f Expr, limits [][3]Expr) Expr { return newConcrete(ProductDef, f, limits) }

// IsProduct reports whether e is an unevaluated Product.
func IsProduct(e Expr) bool { return isConcrete(e, ProductDef) }

// productDoit is Product.doit.
func productDoit(p *Func) Expr { return concreteDoit(p, "product", evalProduct) }

// evalProduct is Product._eval_product for a term free of i, a single
// factor, definite products of fewer than 100 factors, c*i**d from 1
// (c**n * n!**d), constant powers and products of those.
func evalProduct(term Expr, i *Symbol, a, n Expr) (Expr, bool) {
	if !Has(term, i) {
		if isInt(term, 1) {
			return One, true
		}
		return NewPow(term, NewAdd(Sub(n, a), One)), true
	}
	if Equal(a, n) {
		return SubsPairs(term, [][2]Expr{{i, a}}), true
	}
	dif := Sub(n, a)
	if d, ok := dif.(*Integer); ok && d.IsInt64() && d.Int64() < 100 {
		fs := make([]Expr, 0, d.Int64()+1)
		for j := int64(0); j <= d.Int64(); j++ {
			fs = append(fs, SubsPairs(term, [][2]Expr{{i, NewAdd(a, NewInt(j))}}))
		}
		return NewMul(fs...), true
	}
	count := NewAdd(Sub(n, a), One)
	// c*i**d with a = 1: roots() gives 0 with multiplicity d, and
	// RisingFactorial(1, n) is n!
	if c, d, ok := monomialIn(term, i); ok && d > 0 && isInt(a, 1) {
		return NewMul(NewPow(c, count), NewPow(fnFactorial.call(n), NewInt(d))), true
	}
	switch x := term.(type) {
	case *Pow:
		// b**f(i) is b**summation(f(i)) in SymPy, but its doit then
		// prints the exponent factored (2**(n*(n + 1)/2)) by a route
		// not ported: left to NotImplementedError
		if !Has(x.Exp(), i) {
			if p, ok := evalProduct(x.Base(), i, a, n); ok {
				return NewPow(p, x.Exp()), true
			}
		}
	case *Mul:
		without, with := independentOf(x.args, i)
		ps := []Expr{NewPow(without, count)}
		for _, f := range mulArgs(with) {
			p, ok := evalProduct(f, i, a, n)
			if !ok {
				return nil, false
			}
			ps = append(ps, p)
		}
		return NewMul(ps...), true
	}
	return nil, false
}

// monomialIn matches term against c*i**d (c free of i, d a positive
// integer).
func monomialIn(term Expr, i *Symbol) (Expr, int64, bool) {
	c, rest := independentOf(mulArgs(term), i)
	d, ok := powerOf(rest, i)
	if !ok || d <= 0 {
		return nil, 0, false
	}
	return c, d, true
}

// prettyProduct is PrettyPrinter._print_Product: a ∏ drawn as a bar with
// two legs, as wide as the term is tall, per limit.
func prettyProduct(p *prettyPrinter, f *Func) *pict {
	lims := sumLimits(f)
	if lims == nil {
		return nil
	}
	F := p.print(f.args[0])
	hz, corner, vert := "_", "_", "|"
	if p.uni {
		hz, corner, vert = "─", "┬", "│"
	}
	fh := F.height()
	first := true
	maxUpper, signHeight := 0, 0
	for _, l := range lims {
		upper := p.print(l[2])
		lower := p.print(l[0]).right(str(" = "), p.print(l[1]))
		width := (fh+2)*5/3 - 2
		lines := []string{hz + corner + strings.Repeat(hz, width-2) + corner + hz}
		for k := 0; k < fh+1; k++ {
			lines = append(lines, " "+vert+strings.Repeat(" ", width-2)+vert+" ")
		}
		sign := &pict{lines: lines, base: 1}
		maxUpper = max(maxUpper, upper.height())
		if first {
			signHeight = sign.height()
		}
		sign = sign.above(p.uni, upper).below(p.uni, lower)
		if first {
			F.base = 0
			first = false
		}
		pad := make([]string, sign.height()-1)
		for k := range pad {
			pad[k] = " "
		}
		sign = sign.right(&pict{lines: pad, base: 1})
		F = sign.right(F)
	}
	F.base = maxUpper + signHeight/2
	F.binding = bindMul
	return F
}
