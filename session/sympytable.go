package session

import (
	"github.com/dcalc/dcalc/engine"
)

// sympyTable binds the core of the sympy namespace: making symbols,
// differentiating, evaluating numerically and printing. Signatures come
// from SymPy's own (testdata/sympy_api.tsv) unless a row says otherwise.
var sympyTable = []*binding{
	{Name: "symbols", Honours: "cls **", Doc: "Make symbols from a string of names: symbols('x y'), symbols('x:3').",
		Fn: func(in *interp, a *callArgs) Value { return in.symbols([]Value{a.Get("names")}, a.keywords()) }},
	{Name: "var", Honours: "**", Doc: "Make symbols and bind them in the global namespace.",
		Fn: func(in *interp, a *callArgs) Value {
			r := in.symbols([]Value{a.Get("names")}, a.keywords())
			for _, v := range flattenValues(r) {
				switch s := v.(type) {
				case *engine.Symbol:
					in.globals.vars[s.Name()] = s
				case *FuncClass:
					in.globals.vars[s.Def.Name] = s
				}
			}
			return r
		}},
	{Name: "sympify", Honours: "rational locals convert_xor evaluate", Doc: "Convert a number, string or container to SymPy objects (a string is parsed as parse_expr does, with ^ as power; rational=True: its float literals as Rationals).",
		Fn: func(in *interp, a *callArgs) Value {
			v := a.Get("a")
			s, ok := v.(string)
			if !ok {
				if a.Get("locals") != nil {
					throw("NotImplementedError", "dcalc's sympify takes locals= with a string only")
				}
				if ev := a.Get("evaluate"); ev != nil && ev != none && !in.truth(ev, nil) {
					switch v.(type) {
					case *List, *Tuple, *Dict, *Set:
						throw("NotImplementedError", "dcalc's sympify takes evaluate=False with a string only")
					}
				}
				return in.sympifyValue(v)
			}
			local := in.parseDict(a.Get("locals"), "locals")
			evaluate := true
			if ev := a.Get("evaluate"); ev != nil && ev != none {
				evaluate = in.truth(ev, nil)
			}
			return in.sympifyString(s, local, in.truth(a.Or("rational", false), nil), in.truth(a.Or("convert_xor", true), nil), evaluate)
		}},
	{Name: "parse_expr", Honours: "local_dict transformations global_dict evaluate", Doc: "Parse a string as SymPy's parser does: the standard transformations, or those given (implicit multiplication, ^ as power ...).",
		Fn: func(in *interp, a *callArgs) Value {
			return in.parseExprCall(a)
		}},
	{Name: "diff", Honours: "evaluate", Doc: "Differentiate: diff(f, x), diff(f, x, 2), diff(f, x, y).",
		Fn: func(in *interp, a *callArgs) Value {
			f, vars := a.Get("f"), a.Rest()
			if ev := a.Get("evaluate"); ev != nil && !in.truth(ev, nil) {
				if _, ok := asMatrix(f); ok {
					throw("NotImplementedError", "dcalc's diff() of a Matrix does not support evaluate=False yet")
				}
				return in.derivative(in.sympify(f), vars)
			}
			if r, ok := in.matrixMethod(f, "diff", vars, nil); ok {
				return r
			}
			if p, ok := f.(*polyValue); ok { // f.diff(*symbols), as diff() calls it
				return in.polyDiff(p, vars)
			}
			if w, ok := f.(*vectorValue); ok {
				return in.vectorEach(w.v, "diff", vars, nil)
			}
			e := in.sympify(f)
			return in.diff(e, in.diffVars(e, vars))
		}},
	{Name: "N", Honours: "n subs", Doc: "Evaluate numerically to n significant digits (default 15).",
		Fn: func(in *interp, a *callArgs) Value {
			args, kw := a.legacy()
			if r, ok := in.matrixMethod(args[0], "evalf", args[1:], kw); ok {
				return r
			}
			return in.evalf(in.sympify(args[0]), args[1:], kw, "N")
		}},
	{Name: "sqrt", Honours: "evaluate", Doc: "The principal square root.",
		Fn: func(in *interp, a *callArgs) Value {
			if ev := a.Get("evaluate"); ev != nil && ev != none && !in.truth(ev, nil) {
				return engine.NewUnevaluated("Pow", in.sympify(a.Get("arg")), engine.Half)
			}
			return engine.Sqrt(in.sympify(a.Get("arg")))
		}},
	{Name: "cbrt", Honours: "evaluate", Doc: "The principal cube root, arg**(1/3).",
		Fn: func(in *interp, a *callArgs) Value {
			third := engine.Div(engine.One, engine.NewInt(3))
			if ev := a.Get("evaluate"); ev != nil && ev != none && !in.truth(ev, nil) {
				return engine.NewUnevaluated("Pow", in.sympify(a.Get("arg")), third)
			}
			return engine.NewPow(in.sympify(a.Get("arg")), third)
		}},
	{Name: "legendre", Sig: "(n, x)", Doc: "The Legendre polynomial P_n(x) of an integer order.",
		Fn: func(in *interp, a *callArgs) Value { return in.orthoPoly("legendre", a.Get("n"), a.Get("x")) }},
	{Name: "chebyshevt", Sig: "(n, x)", Doc: "The Chebyshev polynomial of the first kind T_n(x) of an integer order.",
		Fn: func(in *interp, a *callArgs) Value { return in.orthoPoly("chebyshevt", a.Get("n"), a.Get("x")) }},
	{Name: "chebyshevu", Sig: "(n, x)", Doc: "The Chebyshev polynomial of the second kind U_n(x) of an integer order.",
		Fn: func(in *interp, a *callArgs) Value { return in.orthoPoly("chebyshevu", a.Get("n"), a.Get("x")) }},
	{Name: "hermite", Sig: "(n, x)", Doc: "The (physicists') Hermite polynomial H_n(x) of an integer order.",
		Fn: func(in *interp, a *callArgs) Value { return in.orthoPoly("hermite", a.Get("n"), a.Get("x")) }},
	{Name: "laguerre", Sig: "(n, x)", Doc: "The Laguerre polynomial L_n(x) of an integer order.",
		Fn: func(in *interp, a *callArgs) Value { return in.orthoPoly("laguerre", a.Get("n"), a.Get("x")) }},
	{Name: "rad", Doc: "Degrees to radians: d*pi/180.",
		Fn: func(in *interp, a *callArgs) Value {
			return engine.Div(engine.NewMul(in.sympify(a.Get("d")), engine.Pi), engine.NewInt(180))
		}},
	{Name: "deg", Doc: "Radians to degrees: r/pi*180.",
		Fn: func(in *interp, a *callArgs) Value {
			return engine.NewMul(engine.Div(in.sympify(a.Get("r")), engine.Pi), engine.NewInt(180))
		}},
	{Name: "root", Honours: "k evaluate", Doc: "root(x, n) is the principal n-th root; root(x, n, k) the k-th root.",
		Fn: func(in *interp, a *callArgs) Value {
			if ev := a.Get("evaluate"); ev != nil && ev != none && !in.truth(ev, nil) {
				// Pow(arg, 1/n, evaluate=False); the k-th root multiplies
				// by a root of unity SymPy keeps unevaluated as well
				if k := a.Get("k"); k != nil && engine.IsZero(in.sympify(k)) != engine.True {
					throw("NotImplementedError", "dcalc's root(x, n, k, evaluate=False) takes k=0 only")
				}
				return engine.NewUnevaluated("Pow", in.sympify(a.Get("arg")), engine.Div(engine.One, in.sympify(a.Get("n"))))
			}
			args, _ := a.legacy()
			xs := in.sympifyAll(args)
			return engine.Root(xs[0], xs[1], xs[2:]...)
		}},
	{Name: "real_root", Honours: "n", Doc: "The real n-th root of a real number where one exists (real_root(-8, 3) is -2).",
		Fn: func(in *interp, a *callArgs) Value {
			var n engine.Expr
			if v := a.Get("n"); v != nil && v != none {
				n = in.sympify(v)
			}
			r, ok := engine.RealRoot(in.sympify(a.Get("arg")), n)
			if !ok {
				throw("NotImplementedError", "dcalc's real_root takes an integer n")
			}
			return r
		}},
	{Name: "factor_terms", Doc: "Pull out the common numeric and symbolic factors of the terms.",
		Fn: func(in *interp, a *callArgs) Value { return engine.FactorTerms(in.sympify(a.Get("expr"))) }},
	{Name: "expand", Honours: "trig complex", Doc: "Multiply out products and powers of sums (trig=True: also functions of sums and multiples; complex=True: re + I*im).",
		Fn: func(in *interp, a *callArgs) Value {
			e := a.Get("e")
			if m, ok := in.matrixMethod(e, "expand", nil, nil); ok {
				return m
			}
			return in.expandHints(in.sympify(e), a)
		}},
	{Name: "expand_log", Honours: "deep force", Doc: "Split logarithms of products, quotients and powers where that holds: expand_log(log(x*y)) needs x, y positive (or force=True).",
		Fn: func(in *interp, a *callArgs) Value {
			if d := a.Get("deep"); d != nil && !in.truth(d, nil) {
				throw("NotImplementedError", "dcalc's expand_log() does not support deep=False yet")
			}
			return mustExpr(engine.ExpandLog(in.sympify(a.Get("expr")), in.truth(a.Or("force", false), nil)))
		}},
	{Name: "logcombine", Honours: "force", Doc: "Combine sums of logarithms into one log where that holds: logcombine(log(x) + 2*log(y)) needs x, y positive (or force=True).",
		Fn: func(in *interp, a *callArgs) Value {
			return mustExpr(engine.Logcombine(in.sympify(a.Get("expr")), in.truth(a.Or("force", false), nil)))
		}},
	{Name: "expand_trig", Honours: "deep", Doc: "Write trigonometric and hyperbolic functions of sums and multiples in terms of the parts: expand_trig(sin(2*x)) is 2*sin(x)*cos(x).",
		Fn: func(in *interp, a *callArgs) Value {
			if d := a.Get("deep"); d != nil && !in.truth(d, nil) {
				throw("NotImplementedError", "dcalc's expand_trig() does not support deep=False yet")
			}
			return mustExpr(engine.ExpandTrig(in.sympify(a.Get("expr"))))
		}},
	{Name: "expand_complex", Honours: "deep", Doc: "Write the expression as re + I*im: expand_complex(exp(x + I*y)) with real x, y is exp(x)*cos(y) + I*exp(x)*sin(y).",
		Fn: func(in *interp, a *callArgs) Value {
			if d := a.Get("deep"); d != nil && !in.truth(d, nil) {
				throw("NotImplementedError", "dcalc's expand_complex() does not support deep=False yet")
			}
			return mustExpr(engine.ExpandComplex(in.sympify(a.Get("expr"))))
		}},
	{Name: "fraction", Honours: "exact", Doc: "(numerator, denominator): the factors with positive exponents and those with negative ones.",
		Fn: func(in *interp, a *callArgs) Value {
			refuseExact(in, a)
			n, d := engine.Fraction(in.sympify(a.Get("expr")))
			return &Tuple{Items: []Value{n, d}}
		}},
	{Name: "numer", Honours: "exact", Doc: "The numerator of fraction(expr).",
		Fn: func(in *interp, a *callArgs) Value {
			refuseExact(in, a)
			n, _ := engine.Fraction(in.sympify(a.Get("expr")))
			return n
		}},
	{Name: "denom", Honours: "exact", Doc: "The denominator of fraction(expr).",
		Fn: func(in *interp, a *callArgs) Value {
			refuseExact(in, a)
			_, d := engine.Fraction(in.sympify(a.Get("expr")))
			return d
		}},
	{Name: "expand_power_exp", Doc: "Split powers with sums in the exponent: exp(x + y) is exp(x)*exp(y), x**(a + b) is x**a*x**b where that holds.",
		Fn: func(in *interp, a *callArgs) Value { return engine.ExpandPowerExp(in.sympify(a.Get("expr"))) }},
	{Name: "expand_power_base", Honours: "deep force", Doc: "Split powers of products: (x*y)**z is x**z*y**z where the factors allow it (nonnegative ones), or always with force=True.",
		Fn: func(in *interp, a *callArgs) Value {
			if d := a.Get("deep"); d != nil && !in.truth(d, nil) {
				throw("NotImplementedError", "dcalc's expand_power_base() does not support deep=False yet")
			}
			return engine.ExpandPowerBase(in.sympify(a.Get("expr")), in.truth(a.Or("force", false), nil))
		}},
	{Name: "nsimplify", Honours: "constants tolerance rational rational_conversion", Doc: "Find a simple exact form of a number (nsimplify(0.5) is 1/2, nsimplify(1.4142135623731) is sqrt(2)), or make the Floats of an expression Rational.",
		Fn: func(in *interp, a *callArgs) Value {
			if f := a.Get("full"); f != nil && in.truth(f, nil) {
				throw("NotImplementedError", "dcalc's nsimplify() does not support full=True yet")
			}
			if c, ok := a.Get("rational_conversion").(string); ok && c != "base10" {
				throw("NotImplementedError", "dcalc's nsimplify() does not support rational_conversion=%s yet", in.repr(c))
			}
			tol := 0.0
			if t := a.Get("tolerance"); t != nil && t != none {
				tol = in.toFloat(t)
				if tol <= 0 {
					throw("NotImplementedError", "dcalc's nsimplify() needs a positive tolerance")
				}
			}
			rational := engine.Unknown
			if r := a.Get("rational"); r != nil && r != none {
				rational = engine.False
				if in.truth(r, nil) {
					rational = engine.True
				}
			}
			var consts []engine.Expr
			if c := a.Get("constants"); c != nil {
				consts = in.sympifyAll(in.toSlice(c))
			}
			return mustExpr(engine.Nsimplify(in.sympify(a.Get("expr")), consts, tol, rational))
		}},
	{Name: "piecewise_fold", Doc: "One Piecewise from an expression holding Piecewises: piecewise_fold(x + Piecewise((1, x < 0), (2, True))).",
		Fn: func(in *interp, a *callArgs) Value {
			if v := a.Get("evaluate"); v != nil && !in.truth(v, nil) {
				throw("NotImplementedError", "dcalc's piecewise_fold() does not support evaluate=False yet")
			}
			return mustExpr(engine.PiecewiseFold(in.sympify(a.Get("expr"))))
		}},
	{Name: "expand_func", Honours: "deep", Doc: "Expand special functions: expand_func(gamma(x + 3)) is x*(x + 1)*(x + 2)*gamma(x).",
		Fn: func(in *interp, a *callArgs) Value {
			if d := a.Get("deep"); d != nil && !in.truth(d, nil) {
				throw("NotImplementedError", "dcalc's expand_func() does not support deep=False yet")
			}
			return mustExpr(engine.ExpandFunc(in.sympify(a.Get("expr"))))
		}},
	{Name: "expand_mul", Doc: "Distribute products over sums (no powers of sums expanded).",
		Fn: func(in *interp, a *callArgs) Value { return engine.ExpandMul(in.sympify(a.Get("expr"))) }},
	{Name: "exptrigsimp", Doc: "Simplify exponential, trigonometric and hyperbolic forms into each other (rational functions of them).",
		Fn: func(in *interp, a *callArgs) Value { return mustExpr(engine.Exptrigsimp(in.sympify(a.Get("expr")))) }},
	{Name: "powsimp", Honours: "deep combine force", Doc: "Combine powers with a common base, and bases with a common exponent where the assumptions (or force=True) allow.",
		Fn: func(in *interp, a *callArgs) Value {
			deep := a.Get("deep") != nil && in.truth(a.Get("deep"), nil)
			mode := engine.PowsimpCombine["all"]
			if c := a.Get("combine"); c != nil {
				s, ok := c.(string)
				m, known := engine.PowsimpCombine[s]
				if !ok || !known {
					throw("ValueError", "combine must be one of ('all', 'exp', 'base').")
				}
				mode = m
			}
			force := a.Get("force") != nil && in.truth(a.Get("force"), nil)
			return mustExpr(engine.Powsimp(in.sympify(a.Get("expr")), deep, mode, force))
		}},
	{Name: "radsimp", Honours: "symbolic max_terms", Doc: "Rationalise a denominator holding square roots (1/(1 + sqrt(2)) is -1 + sqrt(2)).",
		Fn: func(in *interp, a *callArgs) Value {
			symbolic := a.Get("symbolic") == nil || in.truth(a.Get("symbolic"), nil)
			maxTerms := 4
			if m := a.Get("max_terms"); m != nil {
				maxTerms = int(in.toIndex(m))
			}
			return mustExpr(engine.Radsimp(in.sympify(a.Get("expr")), symbolic, maxTerms))
		}},
	{Name: "powdenest", Honours: "force", Doc: "Collect the exponents of powers of powers as the assumptions (or force=True) allow.",
		Fn: func(in *interp, a *callArgs) Value {
			force := a.Get("force") != nil && in.truth(a.Get("force"), nil)
			return mustExpr(engine.Powdenest(in.sympify(a.Get("eq")), force))
		}},
	{Name: "gammasimp", Doc: "Reduce products and ratios of gamma functions (gamma(x + 1)/gamma(x) is x) by their recurrence, reflection, duplication and multiplication formulas.",
		Fn: func(in *interp, a *callArgs) Value { return mustExpr(engine.Gammasimp(in.sympify(a.Get("expr")))) }},
	{Name: "combsimp", Doc: "Simplify factorials and binomials as gammasimp does, keeping integer arguments (factorial(n)/factorial(n - 2) is n*(n - 1)).",
		Fn: func(in *interp, a *callArgs) Value { return mustExpr(engine.Combsimp(in.sympify(a.Get("expr")))) }},
	{Name: "gcd_terms", Doc: "The terms of a sum over a common denominator with their common factor taken out.",
		Fn: func(in *interp, a *callArgs) Value { return mustExpr(engine.GcdTerms(in.sympify(a.Get("terms")))) }},
	{Name: "signsimp", Doc: "Make the leading sign of sums canonical.",
		Fn: func(in *interp, a *callArgs) Value { return engine.Signsimp(in.sympify(a.Get("expr"))) }},
	{Name: "init_printing", Honours: "pretty_print use_unicode use_latex wrap_line num_columns", Doc: "Choose how results are shown: pretty (unicode or ASCII) or str, the width they wrap at, and LaTeX in Jupyter.",
		Fn: func(in *interp, a *callArgs) Value {
			// Like SymPy's Printer.set_global_settings, only the settings
			// given (not None) change; the others keep their last value.
			if w := a.Get("num_columns"); w != nil && w != none {
				in.s.outColumns = int(in.toIndex(w))
			}
			if w := a.Get("wrap_line"); w != nil && w != none {
				in.s.noWrap = !in.truth(w, nil)
			}
			if u := a.Get("use_unicode"); u != nil && u != none {
				in.s.asciiPretty = !in.truth(u, nil)
			} else if in.s.opts.Kernel {
				in.s.asciiPretty = false
			}
			p := a.Get("pretty_print")
			in.s.plainOut = p != nil && !in.truth(p, nil)
			// Values now show in pretty form, and in Jupyter also as LaTeX
			// unless use_latex=False; a terminal shows the pretty form
			// either way, as IPython's does.
			in.s.printing = true
			in.s.noLatex = false
			if l := a.Get("use_latex"); l != nil && l != none && !in.truth(l, nil) {
				in.s.noLatex = true
			}
			return none
		}},
	{Name: "pprint", Settings: "pretty", UnknownKw: "Unknown setting '%s'.", Honours: "use_unicode wrap_line num_columns", Doc: "Print the 2-D pretty form.",
		Fn: func(in *interp, a *callArgs) Value {
			uni, width := in.prettyOptions("pprint", a.keywords())
			in.print([]Value{in.pretty(a.Get("expr"), uni, width)}, nil)
			return none
		}},
	{Name: "pretty_print", Settings: "pretty", UnknownKw: "Unknown setting '%s'.", Honours: "use_unicode wrap_line num_columns", Doc: "Print the 2-D pretty form (pprint).",
		Fn: func(in *interp, a *callArgs) Value {
			uni, width := in.prettyOptions("pretty_print", a.keywords())
			in.print([]Value{in.pretty(a.Get("expr"), uni, width)}, nil)
			return none
		}},
	{Name: "pretty", Sig: "(expr, **settings)", Settings: "pretty", UnknownKw: "Unknown setting '%s'.", Honours: "use_unicode wrap_line num_columns", Doc: "The 2-D pretty form as a string.",
		Fn: func(in *interp, a *callArgs) Value {
			uni, width := in.prettyOptions("pretty", a.keywords())
			return in.pretty(a.Get("expr"), uni, width)
		}},
	{Name: "latex", Sig: "(expr, **settings)", Settings: "latex", UnknownKw: "Unknown setting '%s'.", Honours: "mode itex mul_symbol fold_short_frac long_frac_ratio fold_frac_powers fold_func_brackets inv_trig_style ln_notation root_notation imaginary_unit symbol_names diff_operator parenthesize_super full_prec mat_str mat_delim", Doc: "The LaTeX form as a string.",
		Fn: func(in *interp, a *callArgs) Value { return in.latexMode(a) }},
	{Name: "print_latex", Settings: "latex", UnknownKw: "Unknown setting '%s'.", Honours: "mode itex mul_symbol fold_short_frac long_frac_ratio fold_frac_powers fold_func_brackets inv_trig_style ln_notation root_notation imaginary_unit symbol_names diff_operator parenthesize_super full_prec mat_str mat_delim", Doc: "Print the LaTeX form.",
		Fn: func(in *interp, a *callArgs) Value {
			in.print([]Value{in.latexMode(a)}, nil)
			return none
		}},
	{Name: "sstr", Doc: "The str form of an expression (StrPrinter with its default settings).",
		Fn: func(in *interp, a *callArgs) Value { return in.str(a.Get("expr")) }},
	{Name: "srepr", Doc: "The expression tree as a constructor string.",
		Fn: func(in *interp, a *callArgs) Value {
			if l, ok := a.Get("expr").(*lambdaValue); ok {
				return l.srepr()
			}
			return in.sreprValue(a.Get("expr"))
		}},
}

// latexMode is latex(expr, mode=..., itex=...): the LaTeX of expr
// wrapped as SymPy's LatexPrinter.doprint wraps it.
func (in *interp) latexMode(a *callArgs) string {
	tex := in.latexWith(a.Get("expr"), in.texSettings(a))
	mode := "plain"
	if m := a.Get("mode"); m != nil {
		s, ok := m.(string)
		if !ok || (s != "plain" && s != "inline" && s != "equation" && s != "equation*") {
			throw("ValueError", "'mode' must be one of 'inline', 'plain', 'equation' or 'equation*'")
		}
		mode = s
	}
	switch {
	case mode == "plain":
		return tex
	case mode == "inline":
		return "$" + tex + "$"
	case a.Get("itex") != nil && in.truth(a.Get("itex"), nil):
		return "$$" + tex + "$$"
	}
	return `\begin{` + mode + "}" + tex + `\end{` + mode + "}"
}

// expandHints is expand(e, ...) with the hints dcalc honours: trig=True
// adds SymPy's trig hint to the default ones.
func (in *interp) expandHints(e engine.Expr, a *callArgs) Value {
	trig := a.Get("trig") != nil && in.truth(a.Get("trig"), nil)
	if c := a.Get("complex"); c != nil && in.truth(c, nil) {
		if trig {
			throw("NotImplementedError", "dcalc's expand() does not support complex=True with trig=True yet")
		}
		return mustExpr(engine.ExpandWithComplex(e))
	}
	if trig {
		return mustExpr(engine.ExpandWithTrig(e))
	}
	return engine.Expand(e)
}

// mustExpr returns e, raising err as the Python exception it is.
func mustExpr(e engine.Expr, err error) Value {
	if err != nil {
		panic(err)
	}
	return e
}

// refuseExact raises NotImplementedError for fraction(..., exact=True).
func refuseExact(in *interp, a *callArgs) {
	if x := a.Get("exact"); x != nil && in.truth(x, nil) {
		throw("NotImplementedError", "dcalc's fraction() does not support exact=True yet")
	}
}

// texSettings reads the latex() settings dcalc honours from a call's
// keywords (the binding refuses the others).
func (in *interp) texSettings(a *callArgs) *engine.TexSettings {
	st := engine.DefaultTex()
	flag := func(name string, dst *bool) {
		if v := a.Get(name); v != nil {
			*dst = in.truth(v, nil)
		}
	}
	text := func(name string, dst *string, noneIs string) {
		switch v := a.Get(name).(type) {
		case nil:
		case string:
			*dst = v
		default:
			if v == none {
				*dst = noneIs
				return
			}
			throw("NotImplementedError", "dcalc's latex() does not support %s=%s yet", name, in.repr(v))
		}
	}
	if m, ok := a.Get("mode").(string); ok {
		st.Inline = m == "inline"
	}
	flag("itex", &st.Itex)
	text("mul_symbol", &st.MulSymbol, "")
	if v := a.Get("fold_short_frac"); v != nil && v != none {
		st.FoldShortFrac, st.FoldShortFracSet = in.truth(v, nil), true
	}
	if v := a.Get("long_frac_ratio"); v != nil && v != none {
		st.LongFracRatio, st.HasLongFracRatio = in.toFloat(v), true
	}
	flag("fold_frac_powers", &st.FoldFracPowers)
	flag("fold_func_brackets", &st.FoldFuncBrackets)
	text("inv_trig_style", &st.InvTrigStyle, "abbreviated")
	flag("ln_notation", &st.LnNotation)
	flag("root_notation", &st.RootNotation)
	text("imaginary_unit", &st.ImaginaryUnit, "i")
	text("diff_operator", &st.DiffOperator, "d")
	flag("parenthesize_super", &st.ParenthesizeSuper)
	flag("full_prec", &st.FullPrec)
	text("mat_str", &st.MatStr, "")
	text("mat_delim", &st.MatDelim, "")
	if st.MatDelim != "" && st.MatDelim != "[" && st.MatDelim != "(" {
		throw("KeyError", "%s", strRepr(st.MatDelim))
	}
	if d, ok := a.Get("symbol_names").(*Dict); ok {
		ks, vs := d.Items()
		for i, k := range ks {
			sym, ok1 := k.(*engine.Symbol)
			name, ok2 := vs[i].(string)
			if !ok1 || !ok2 {
				throw("NotImplementedError", "dcalc's latex() takes symbol_names as a dict of Symbols to strings")
			}
			st.SymbolNames = append(st.SymbolNames, engine.SymbolName{Sym: sym, Name: name})
		}
	}
	return st
}
