package engine

import (
	"strings"

	"github.com/dcalc/dcalc/engine/mpf"
)

// Heaviside's step and Dirac's delta (SymPy's
// sympy.functions.special.delta_functions), and the derivatives SymPy
// writes with them: Max, Min, and sign of a real argument.
var (
	fnHeaviside  = builtin("Heaviside", 0, 1, 2)
	fnDiracDelta = builtin("DiracDelta", 0, 1, 2)
)

func init() {
	fnHeaviside.hooks = hooks{
		eval: evalHeaviside,
		fdiff: func(a []Expr, i int) Expr {
			if i == 0 {
				return fnDiracDelta.call(a[0])
			}
			return nil
		},
		evalf: func(ev *evaluator, a []cval) (cval, error) {
			if len(a) != 2 || !a[0].isReal() {
				return cval{}, errNotNumeric
			}
			switch a[0].re.Sign() {
			case 1:
				return ev.real(mpf.FromInt64(1, ev.wp)), nil
			case -1:
				return ev.real(mpf.Zero(ev.wp)), nil
			}
			return a[1], nil
		},
		evalc: func(z []complex128) (complex128, bool) {
			if len(z) != 2 || imag(z[0]) != 0 {
				return 0, false
			}
			switch {
			case real(z[0]) > 0:
				return 1, true
			case real(z[0]) < 0:
				return 0, true
			}
			return z[1], true
		},
		// SymPy's is_real: Function's default, from the arguments
		real:   func([]Expr) Tri { return True },
		str:    strPargs,
		tex:    texHeaviside,
		pretty: prettyHeaviside,
		lacks:  lack(lackSeries, "series"),
	}
	fnDiracDelta.hooks = hooks{
		eval: evalDiracDelta,
		fdiff: func(a []Expr, i int) Expr {
			if i != 0 {
				return nil
			}
			k := Expr(Zero)
			if len(a) == 2 {
				k = a[1]
			}
			return fnDiracDelta.call(a[0], NewAdd(k, One))
		},
		real:   func([]Expr) Tri { return True },
		tex:    texDiracDelta,
		pretty: prettyDiracDelta,
		lacks: also(lack("a distribution: it has no value where its argument is 0, and is 0 elsewhere (evaluated at construction)",
			"evalf", "evalc"), lackSeries, "series"),
	}
}

// evalHeaviside is Heaviside.eval: 1 for a positive argument, 0 for a
// negative one, H0 (1/2 unless given) at 0. The call always holds H0, as
// SymPy's: Heaviside(x).args is (x, 1/2).
func evalHeaviside(a []Expr) Expr {
	x, h0 := a[0], Expr(Half)
	if len(a) == 2 {
		h0 = a[1]
	}
	switch {
	case IsNegative(x) == True:
		return Zero
	case IsPositive(x) == True:
		return One
	case IsZero(x) == True:
		return h0
	}
	if im := EvalIm(x); im != nil && IsZero(im) == False {
		panic(errorf("ValueError", "Function defined only for Real Values. Complex part: %s  found in %s .", Str(im), Str(x)))
	}
	if len(a) == 1 {
		return newFunc(fnHeaviside, []Expr{x, Half})
	}
	return nil
}

// evalDiracDelta is DiracDelta.eval: 0 where the argument is real and
// not zero; a leading minus sign comes out (the k-th derivative is odd
// for odd k); DiracDelta(x, 0) is DiracDelta(x).
func evalDiracDelta(a []Expr) Expr {
	x, k := a[0], Expr(Zero)
	if len(a) == 2 {
		k = a[1]
	}
	kk, ok := k.(*Integer)
	if !ok || kk.Sign() < 0 {
		panic(errorf("ValueError", "Error: the second argument of DiracDelta must be a non-negative integer, %s given instead.", Str(k)))
	}
	if IsReal(x) == True && IsZero(x) == False {
		return Zero
	}
	if im := EvalIm(x); im != nil && IsZero(im) == False {
		panic(errorf("ValueError", "Function defined only for Real Values. Complex part: %s  found in %s .", Str(im), Str(x)))
	}
	if m, isMul := x.(*Mul); isMul {
		if c, rest := AsCoeffMul(m); isNegCoeff(c) {
			neg := NewMul(Neg(c), rest)
			switch {
			case kk.Sign() == 0:
				return newFunc(fnDiracDelta, []Expr{neg})
			case kk.Big().Bit(0) == 1:
				return Neg(fnDiracDelta.call(neg, k))
			}
			return fnDiracDelta.call(neg, k)
		}
	}
	if len(a) == 2 && kk.Sign() == 0 {
		return newFunc(fnDiracDelta, []Expr{x})
	}
	return nil
}

// heavisidePargs are the arguments SymPy prints (Heaviside.pargs): H0 is
// left out when it is 1/2.
func heavisidePargs(f *Func) []Expr {
	if len(f.args) == 2 && Equal(f.args[1], Half) {
		return f.args[:1]
	}
	return f.args
}

// PrintedArgs are the arguments of a call as SymPy's printers show them
// (Heaviside's pargs; the arguments otherwise).
func (f *Func) PrintedArgs() []Expr {
	if f.def == fnHeaviside {
		return heavisidePargs(f)
	}
	if fn, lims, ok := WithLimitsParts(f); ok {
		out := []Expr{fn}
		for _, l := range lims {
			out = append(out, l)
		}
		return out
	}
	return f.args
}

// WithLimitsParts splits a Sum, Product or Integral into its function
// and its limits, each a Tuple as SymPy holds them (Integral(x, x)'s
// limit is (x,)); ok is false for other expressions.
func WithLimitsParts(e Expr) (Expr, []*Tuple, bool) {
	f, ok := e.(*Func)
	if !ok || len(f.args) < 2 || (f.def != SumDef && f.def != ProductDef && f.def != IntegralDef) {
		return nil, nil, false
	}
	lims := make([]*Tuple, len(f.args)-1)
	for i, a := range f.args[1:] {
		t, isT := a.(*Tuple)
		if !isT {
			t = NewTuple(a)
		}
		lims[i] = t
	}
	return f.args[0], lims, true
}

func strPargs(p *strPrinter, f *Func) string {
	parts := make([]string, 0, 2)
	for _, a := range f.PrintedArgs() {
		parts = append(parts, p.print(a))
	}
	return f.def.Name + "(" + strings.Join(parts, ", ") + ")"
}

// texHeaviside is LatexPrinter._print_Heaviside: theta of the pargs.
func texHeaviside(p *texPrinter, f *Func, args []string, exp string) string {
	tex := `\theta\left(` + strings.Join(args[:len(heavisidePargs(f))], ", ") + `\right)`
	if exp != "" {
		tex = `\left(` + tex + `\right)^{` + exp + `}`
	}
	return tex
}

// texDiracDelta is LatexPrinter._print_DiracDelta: delta, with the order
// of the derivative as a superscript.
func texDiracDelta(p *texPrinter, f *Func, args []string, exp string) string {
	var tex string
	if len(args) == 1 || isZeroInt(f.args[1]) {
		tex = `\delta\left(` + args[0] + `\right)`
	} else {
		tex = `\delta^{\left( ` + args[1] + ` \right)}\left( ` + args[0] + ` \right)`
	}
	if exp != "" {
		tex = `\left(` + tex + `\right)^{` + exp + `}`
	}
	return tex
}

// prettyHeaviside is PrettyPrinter._print_Heaviside: θ (Heaviside in
// ASCII) before the bracketed argument when H0 is 1/2, which is then not
// a function form (a power goes after it); with another H0 the function
// form with both arguments.
func prettyHeaviside(p *prettyPrinter, f *Func) *pict {
	name := "Heaviside"
	if p.uni {
		name = "θ"
	}
	if pa := heavisidePargs(f); len(pa) == 1 {
		return hnext(str(name), p.print(pa[0]).parens("(", ")", p.uni, false))
	}
	return p.funcForm(name, f.args)
}

// prettyDiracDelta is PrettyPrinter._print_DiracDelta: in Unicode δ(x),
// and δ with the order as an exponent in brackets before (x); in ASCII
// the function form.
func prettyDiracDelta(p *prettyPrinter, f *Func) *pict {
	if !p.uni {
		return nil
	}
	arg := p.print(f.args[0]).parens("(", ")", p.uni, false)
	if len(f.args) == 1 {
		return hnext(str("δ"), arg)
	}
	k := p.print(f.args[1]).parens("(", ")", p.uni, false)
	return prettyPow(p.uni, str("δ"), k).right(str(" ")).right(arg)
}

// fdiffMinMax is Max.fdiff (dir 1) and Min.fdiff (dir -1): the step
// where argument i is the largest (smallest) of them all.
func fdiffMinMax(d *FuncDef, dir int) func([]Expr, int) Expr {
	return func(a []Expr, i int) Expr {
		var others Expr
		if len(a) == 2 {
			others = a[1-i]
		} else {
			rest := make([]Expr, 0, len(a)-1)
			rest = append(rest, a[:i]...)
			rest = append(rest, a[i+1:]...)
			others = d.call(rest...)
		}
		if dir > 0 {
			return fnHeaviside.call(Sub(a[i], others))
		}
		return fnHeaviside.call(Sub(others, a[i]))
	}
}

// fdiffSign is sign's derivative as SymPy's sign._eval_derivative writes
// it for a real argument: 2*DiracDelta(x) (the chain rule adds x');
// for an imaginary argument SymPy's is DiracDelta(-I*x), which dcalc
// refuses; otherwise it stays an unevaluated Derivative, as in SymPy.
func fdiffSign(a []Expr, _ int) Expr {
	x := a[0]
	if IsReal(x) == True {
		return NewMul(Two, fnDiracDelta.call(x))
	}
	if re := EvalRe(x); re != nil && IsZero(re) == True {
		panic(notImpl("the derivative of sign of an imaginary argument"))
	}
	return nil
}
