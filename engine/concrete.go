package engine

import (
	"fmt"
	"strings"
)

// This file holds what Sum and Product (SymPy's concrete module) share:
// their construction from (i, a, b) limits, the doit loop over them and
// the LaTeX form.

// newConcrete builds d(f, (i, a, b), ...); a summand that is itself a d
// lends its function and its limits first (Sum(Sum(f, l1), l2) is
// Sum(f, l1, l2), as SymPy's AddWithLimits builds it).
func newConcrete(d *FuncDef, f Expr, limits [][3]Expr) Expr {
	if inner, ok := f.(*Func); ok && isConcrete(inner, d) {
		if il := sumLimits(inner); il != nil {
			f, limits = inner.args[0], append(append([][3]Expr{}, il...), limits...)
		}
	}
	args := []Expr{f}
	for _, l := range limits {
		args = append(args, NewTuple(l[0], l[1], l[2]))
	}
	if g := foldWithLimits(f, args[1:]); g != nil {
		args[0] = g
	}
	return newFunc(d, args)
}

// denest is the eval of Sum and Product: d(d(f, l1), l2) is d(f, l1, l2),
// and a Piecewise in the summand is folded; anything else stays as built.
func denest(d *FuncDef) func(args []Expr) Expr {
	return func(args []Expr) Expr {
		if f := foldWithLimits(args[0], args[1:]); f != nil {
			return newFunc(d, append([]Expr{f}, args[1:]...))
		}
		inner, ok := args[0].(*Func)
		if !ok || !isConcrete(inner, d) || len(args) < 2 {
			return nil
		}
		lims, il := limitsOf(args[1:]), sumLimits(inner)
		if lims == nil || il == nil {
			return nil
		}
		return newConcrete(d, args[0], lims)
	}
}

// isConcrete reports whether e is an unevaluated d (Sum or Product).
func isConcrete(e Expr, d *FuncDef) bool {
	f, ok := e.(*Func)
	return ok && f.def == d && len(f.args) >= 2
}

// sumLimits returns a Sum's or Product's limits as (i, a, b) triples,
// or nil when one is not of that form.
func sumLimits(f *Func) [][3]Expr { return limitsOf(f.args[1:]) }

// limitsOf reads (i, a, b) tuples, or returns nil when one is not.
func limitsOf(args []Expr) [][3]Expr {
	var out [][3]Expr
	for _, l := range args {
		t, ok := l.(*Tuple)
		if !ok || len(t.args) != 3 {
			return nil
		}
		out = append(out, [3]Expr{t.args[0], t.args[1], t.args[2]})
	}
	return out
}

// concreteDoit evaluates s limit by limit, innermost first, with eval
// (eval_sum or _eval_product), then doit on the result; what it cannot
// evaluate raises NotImplementedError naming what ("sum", "product"),
// and where eval gives a nil result with ok (SymPy's None) the rest
// stays unevaluated.
func concreteDoit(s *Func, what string, eval func(f Expr, i *Symbol, a, b Expr) (Expr, bool)) Expr {
	f := s.args[0]
	lims := sumLimits(s)
	if lims == nil {
		panic(notImpl(fmt.Sprintf("%s limits other than (i, a, b)", what)))
	}
	for n, l := range lims {
		i, ok := l[0].(*Symbol)
		if !ok {
			panic(notImpl(fmt.Sprintf("a %s over a non-symbol", what)))
		}
		a, b := l[1], l[2]
		if dif := Sub(b, a); !isInt(dif, -1) {
			if sg, ok := numSign(dif); ok && IsNumber(dif) && sg < 0 {
				panic(notImpl(fmt.Sprintf("a %s with its limits reversed", what)))
			}
		}
		if hasDeltaOf(f, i) {
			// SymPy's deltasummation (Piecewise answers); deltaproduct
			// is not followed
			r, ok := Expr(nil), false
			if what == "sum" && n == len(lims)-1 && hasSimpleDelta(f, i) {
				// (a Piecewise answer inside an outer sum stays a Sum
				// in SymPy: not followed)
				r, ok = deltaSummation(f, i, a, b)
			}
			if !ok {
				panic(notImpl(fmt.Sprintf("dcalc cannot evaluate a %s over KroneckerDelta of its index (SymPy's deltasummation) yet", what)))
			}
			f = r
			continue
		}
		r, ok := eval(f, i, a, b)
		if !ok {
			panic(notImpl(fmt.Sprintf("dcalc cannot evaluate this %s in closed form yet (SymPy may)", what)))
		}
		if r == nil {
			// SymPy's evaluation gives None: doit returns the rest
			// unevaluated (the whole, itself, when nothing was done)
			if Equal(f, s.args[0]) {
				return s
			}
			return newConcrete(s.def, f, lims[n:])
		}
		f = r
	}
	if hasCallOf(f, fnPiecewise) {
		// Sum.doit: a Piecewise answer holds the unevaluated sum
		// (Piecewise((1/(1 - x), Abs(x) < 1), (Sum(x**n, ...), True))),
		// which doit would evaluate again and again
		return f
	}
	return Doit(f)
}

// texConcrete is LatexPrinter._print_Sum and _print_Product (cmd \sum
// or \prod); under an exponent the whole is in brackets (its
// traditional precedence is Mul's).
func texConcrete(cmd string) func(p *texPrinter, f *Func, args []string, exp string) string {
	return func(p *texPrinter, f *Func, args []string, exp string) string {
		lims := sumLimits(f)
		if lims == nil {
			return ""
		}
		var tex string
		if len(lims) == 1 {
			tex = cmd + "_{" + p.print(lims[0][0]) + "=" + p.print(lims[0][1]) + "}^{" + p.print(lims[0][2]) + "} "
		} else {
			parts := make([]string, len(lims))
			for k, l := range lims {
				parts[k] = p.print(l[1]) + ` \leq ` + p.print(l[0]) + ` \leq ` + p.print(l[2])
			}
			tex = cmd + `_{\substack{` + strings.Join(parts, `\\`) + "}} "
		}
		if _, ok := f.args[0].(*Add); ok {
			tex += `\left(` + args[0] + `\right)`
		} else {
			tex += args[0]
		}
		if exp != "" {
			return `\left(` + tex + `\right)^{` + exp + "}"
		}
		return tex
	}
}

// hasDeltaOf reports a KroneckerDelta in f whose arguments hold i.
func hasDeltaOf(f Expr, i *Symbol) bool {
	if d, ok := isCall(f, fnKroneckerDelta); ok && HasFreeSymbol(d, i) {
		return true
	}
	for _, a := range f.Args() {
		if hasDeltaOf(a, i) {
			return true
		}
	}
	return false
}
