package engine

import "strings"

// This file draws the calculus objects: the Order term O(...) and the
// unevaluated Integral with its integral signs.

// integralLimits returns the limits of an Integral: each is the variable
// alone (indefinite) or the variable with its upper or lower and upper
// bounds.
func integralLimits(f *Func) [][]Expr {
	lims := make([][]Expr, 0, len(f.args)-1)
	for _, a := range f.args[1:] {
		if t, ok := a.(*Tuple); ok && len(t.args) > 0 {
			lims = append(lims, t.args)
			continue
		}
		lims = append(lims, []Expr{a})
	}
	return lims
}

// isIntegral reports whether f is an unevaluated Integral with at least
// one limit.
func isIntegral(f *Func) bool { return f.def == IntegralDef && len(f.args) > 1 }

// order is PrettyPrinter._print_Order: O(e) about 0 in one variable,
// otherwise O(e; x → a) with tuples for several variables.
func (p *prettyPrinter) order(f *Func) *pict {
	e, vars, pts := orderParts(f)
	pf := p.print(e)
	if len(pts) > 0 && !orderAtOrigin(pts) || len(vars) > 1 {
		pf = pf.right(str("; "))
		if len(vars) > 1 {
			pf = pf.right(p.container(vars, '('))
		} else {
			pf = pf.right(p.print(vars[0]))
		}
		if p.uni {
			pf = pf.right(str(" → "))
		} else {
			pf = pf.right(str(" -> "))
		}
		if len(pts) > 1 {
			pf = pf.right(p.container(pts, '('))
		} else {
			pf = pf.right(p.print(pts[0]))
		}
	}
	return pf.paren(p.uni).left(str("O"))
}

// integral is PrettyPrinter._print_Integral: one integral sign per
// limit, tall enough to cover the integrand, with the bounds above and
// below it, and "dx" after the integrand for each variable.
func (p *prettyPrinter) integral(f *Func) *pict {
	fn := f.args[0]
	arg := p.print(fn)
	if _, ok := fn.(*Add); ok {
		arg = arg.paren(p.uni)
	}
	lims := integralLimits(f)
	for _, lim := range lims {
		v := p.print(lim[0])
		if v.width() > 1 {
			v = v.paren(p.uni)
		}
		arg = arg.right(str(" d"), v)
	}
	var s *pict
	for _, lim := range lims {
		h := arg.height()
		H := h + 2
		if !p.uni {
			H += 2
		}
		sign := newPict(vobj("int", H, p.uni), 0)
		sign.base = arg.base + (H-h)/2
		if len(lim) > 1 {
			lower, upper := str(""), p.print(lim[1])
			if len(lim) == 3 {
				lower, upper = p.print(lim[1]), p.print(lim[2])
			}
			if !p.uni {
				// spacing that ties each bound to its sign
				upper = upper.left(str(strings.Repeat(" ", max(1, 3-upper.width()))))
				lower = lower.right(str(strings.Repeat(" ", max(1, 4-lower.width()))))
			}
			sign = sign.above(p.uni, upper).below(p.uni, lower)
		}
		if p.uni {
			sign = sign.right(str(" "))
		}
		if s == nil {
			s = sign
		} else {
			s = s.left(sign)
		}
	}
	r := arg.left(s)
	r.binding = bindMul
	return r
}
