package engine

import "strings"

// This file writes the calculus objects in LaTeX: the Order term and
// the unevaluated Integral.

// texOrder is LatexPrinter._print_Order: O\left(e\right), with
// "; x\rightarrow a" when the point is not 0 or there are several
// variables.
func (p *texPrinter) texOrder(f *Func) string {
	e, vars, pts := orderParts(f)
	s := p.print(e)
	if len(pts) > 0 && !orderAtOrigin(pts) || len(vars) > 1 {
		s += "; "
		if len(vars) > 1 {
			s += p.print(NewTuple(vars...))
		} else {
			s += p.print(vars[0])
		}
		s += `\rightarrow `
		if len(pts) > 1 {
			s += p.print(NewTuple(pts...))
		} else {
			s += p.print(pts[0])
		}
	}
	return `O\left(` + s + `\right)`
}

// texIntegral is LatexPrinter._print_Integral: \int, \iint, ... when
// every limit is a bare variable (up to four), else one \int per limit,
// innermost last, with \limits_{a}^{b} bounds; then the integrand and
// "\, dx" for each variable.
func (p *texPrinter) texIntegral(f *Func) string {
	lims := integralLimits(f)
	indefinite := len(lims) <= 4
	for _, lim := range lims {
		if len(lim) != 1 {
			indefinite = false
		}
	}
	var tex strings.Builder
	syms := make([]string, len(lims))
	for i, lim := range lims {
		syms[i] = `\, ` + p.diffOp + p.print(lim[0])
	}
	if indefinite {
		tex.WriteString(`\i` + strings.Repeat("i", len(lims)-1) + "nt")
	} else {
		for i := len(lims) - 1; i >= 0; i-- {
			lim := lims[i]
			tex.WriteString(`\int`)
			if len(lim) > 1 && !p.Inline && !p.Itex {
				tex.WriteString(`\limits`)
			}
			switch len(lim) {
			case 3:
				tex.WriteString(`_{` + p.print(lim[1]) + "}^{" + p.print(lim[2]) + "}")
			case 2:
				tex.WriteString(`^{` + p.print(lim[1]) + "}")
			}
		}
	}
	fn := f.args[0]
	body := p.texParenthesize(fn, precMul, true)
	if CouldExtractMinusSign(fn) {
		// is_neg with strict: always bracketed
		body = texParen(p.print(fn))
	}
	return tex.String() + " " + body + strings.Join(syms, "")
}
