package engine

import "slices"

// This file is SymPy's expr.rewrite(target) for exp, the trigonometric
// functions, gamma, factorial and Piecewise: the
// expression is rebuilt bottom up and every function with a rule for the
// target (its _eval_rewrite_as_exp or _eval_rewrite_as_cos) is replaced
// by what the rule returns; functions without a rule stay. Powers have a
// rule for exp (x**y is exp(y*log(x)), held unevaluated when y is free
// of symbols, as SymPy holds it).

// rewriteRule rewrites one call from its (already rewritten) argument;
// nil means the function keeps its form.
type rewriteRule func(a Expr) Expr

// rewriteRules are the rules by target and function.
var rewriteRules map[string]map[*FuncDef]rewriteRule

// (built in init: the rules call the constructors, which reach Integrate
// and through it rewriteTo again)
func init() {
	rewriteRules = map[string]map[*FuncDef]rewriteRule{
		"exp": {
			fnSin:  sinAsExp,
			fnCos:  cosAsExp,
			fnTan:  func(a Expr) Expr { n, p := expI(a, -1), expI(a, 1); return Div(NewMul(I, Sub(n, p)), NewAdd(n, p)) },
			fnCot:  func(a Expr) Expr { n, p := expI(a, -1), expI(a, 1); return Div(NewMul(I, NewAdd(p, n)), Sub(p, n)) },
			fnSec:  func(a Expr) Expr { return Div(One, cosAsExp(a)) },
			fnCsc:  func(a Expr) Expr { return Div(One, sinAsExp(a)) },
			fnSinh: sinhAsExp,
			fnCosh: coshAsExp,
			fnTanh: func(a Expr) Expr { n, p := fnExp.call(Neg(a)), fnExp.call(a); return Div(Sub(p, n), NewAdd(p, n)) },
			fnCoth: func(a Expr) Expr { n, p := fnExp.call(Neg(a)), fnExp.call(a); return Div(NewAdd(p, n), Sub(p, n)) },
			fnSech: func(a Expr) Expr { return Div(One, coshAsExp(a)) },
			fnCsch: func(a Expr) Expr { return Div(One, sinhAsExp(a)) },
		},
		"sinh": {
			fnCosh: func(a Expr) Expr { return NewMul(NegOne, I, newFunc(fnSinh, []Expr{plusHalfPiI(a)})) },
			fnTanh: func(a Expr) Expr { return Div(NewMul(I, fnSinh.call(a)), newFunc(fnSinh, []Expr{halfPiIMinus(a)})) },
			fnCoth: func(a Expr) Expr {
				return Div(NewMul(NegOne, I, newFunc(fnSinh, []Expr{halfPiIMinus(a)})), fnSinh.call(a))
			},
			fnSech: func(a Expr) Expr { return Div(I, newFunc(fnSinh, []Expr{plusHalfPiI(a)})) },
			fnCsch: func(a Expr) Expr { return Div(One, fnSinh.call(a)) },
		},
		"cosh": {
			fnSinh: func(a Expr) Expr { return NewMul(NegOne, I, fnCosh.call(plusHalfPiI(a))) },
			fnTanh: func(a Expr) Expr { return Div(NewMul(I, newFunc(fnCosh, []Expr{halfPiIMinus(a)})), fnCosh.call(a)) },
			fnCoth: func(a Expr) Expr {
				return Div(NewMul(NegOne, I, fnCosh.call(a)), newFunc(fnCosh, []Expr{halfPiIMinus(a)}))
			},
			fnCsch: func(a Expr) Expr { return Div(I, newFunc(fnCosh, []Expr{plusHalfPiI(a)})) },
			fnSech: func(a Expr) Expr { return Div(One, fnCosh.call(a)) },
		},
		"tanh": hyperbolicHalfRules(fnTanh, func(t Expr) (Expr, Expr) {
			// sinh: 2*t/(1 - t**2); cosh: (1 + t**2)/(1 - t**2)
			t2 := NewPow(t, Two)
			return Div(NewMul(Two, t), Sub(One, t2)), Div(NewAdd(One, t2), Sub(One, t2))
		}),
		"coth": hyperbolicHalfRules(fnCoth, func(c Expr) (Expr, Expr) {
			c2 := NewPow(c, Two)
			return Div(NewMul(Two, c), Sub(c2, One)), Div(NewAdd(c2, One), Sub(c2, One))
		}),
		"sech": {
			fnCosh: func(a Expr) Expr { return Div(One, fnSech.call(a)) },
		},
		"csch": {
			fnSinh: func(a Expr) Expr { return Div(One, fnCsch.call(a)) },
		},
		"Piecewise": {
			fnAbs: func(a Expr) Expr {
				switch {
				case IsReal(a) == True:
					return MustApply(fnPiecewise, a, NewRel(">=", a, Zero), Neg(a), STrue)
				case isImaginaryExpr(a):
					ia := NewMul(I, a)
					return MustApply(fnPiecewise, ia, NewRel(">=", ia, Zero), Neg(ia), STrue)
				}
				return nil
			},
			fnSign: func(a Expr) Expr {
				if IsReal(a) != True {
					return nil
				}
				return MustApply(fnPiecewise, One, NewRel(">", a, Zero), NegOne, NewRel("<", a, Zero), Zero, STrue)
			},
		},
		"gamma": {
			fnFactorial: func(a Expr) Expr { return fnGamma.call(NewAdd(a, One)) },
		},
		"factorial": {
			fnGamma: func(a Expr) Expr { return fnFactorial.call(Sub(a, One)) },
		},
		"sin": {
			fnCos:  cosAsSin,
			fnTan:  func(a Expr) Expr { return Div(NewMul(Two, NewPow(fnSin.call(a), Two)), fnSin.call(NewMul(Two, a))) },
			fnCot:  func(a Expr) Expr { return Div(fnSin.call(NewMul(Two, a)), NewMul(Two, NewPow(fnSin.call(a), Two))) },
			fnSec:  func(a Expr) Expr { return Div(One, cosAsSin(a)) },
			fnCsc:  func(a Expr) Expr { return Div(One, fnSin.call(a)) },
			fnSinh: func(a Expr) Expr { return NewMul(NegOne, I, fnSin.call(NewMul(I, a))) },
			fnCsch: func(a Expr) Expr { return Div(I, newFunc(fnSin, []Expr{NewMul(I, a)})) },
			fnSinc: func(a Expr) Expr {
				return MustApply(fnPiecewise, Div(fnSin.call(a), a), NewRel("!=", a, Zero), One, STrue)
			},
			fnExp: func(a Expr) Expr {
				ia := NewMul(I, a)
				return Sub(fnSin.call(NewAdd(ia, Div(Pi, Two))), NewMul(I, fnSin.call(ia)))
			},
		},
		"tan": {
			fnSin:  sinAsTan,
			fnCos:  cosAsTan,
			fnCot:  func(a Expr) Expr { return Div(One, fnTan.call(a)) },
			fnSec:  func(a Expr) Expr { return Div(One, cosAsTan(a)) },
			fnCsc:  func(a Expr) Expr { return Div(One, sinAsTan(a)) },
			fnTanh: func(a Expr) Expr { return NewMul(NegOne, I, newFunc(fnTan, []Expr{NewMul(I, a)})) },
		},
		"cot": {
			// sin and cos rewrite to Piecewise with Mod there: refused
			fnSin: refuseRewrite("sin", "cot"),
			fnCos: refuseRewrite("cos", "cot"),
			fnTan: func(a Expr) Expr { return Div(One, fnCot.call(a)) },
			fnSec: func(a Expr) Expr {
				c := NewPow(fnCot.call(Div(a, Two)), Two)
				return Div(NewAdd(c, One), Sub(c, One))
			},
			fnCsc: func(a Expr) Expr {
				c := fnCot.call(Div(a, Two))
				return Div(NewAdd(One, NewPow(c, Two)), NewMul(Two, c))
			},
			fnTanh: func(a Expr) Expr { return Div(NewMul(NegOne, I), newFunc(fnCot, []Expr{NewMul(I, a)})) },
		},
		"sec": {
			fnSin:  sinAsSec,
			fnCos:  func(a Expr) Expr { return Div(One, fnSec.call(a)) },
			fnTan:  func(a Expr) Expr { return Div(sinAsSec(a), Div(One, fnSec.call(a))) },
			fnCot:  func(a Expr) Expr { return Div(Div(One, fnSec.call(a)), sinAsSec(a)) },
			fnCsc:  func(a Expr) Expr { return newFunc(fnSec, []Expr{Sub(Div(Pi, Two), a)}) },
			fnCosh: func(a Expr) Expr { return Div(One, newFunc(fnSec, []Expr{NewMul(I, a)})) },
			fnSech: func(a Expr) Expr { return newFunc(fnSec, []Expr{NewMul(I, a)}) },
		},
		"csc": {
			fnSin:  func(a Expr) Expr { return Div(One, fnCsc.call(a)) },
			fnCos:  cosAsCsc,
			fnTan:  func(a Expr) Expr { return Div(Div(One, fnCsc.call(a)), cosAsCsc(a)) },
			fnCot:  func(a Expr) Expr { return Div(cosAsCsc(a), Div(One, fnCsc.call(a))) },
			fnSec:  func(a Expr) Expr { return newFunc(fnCsc, []Expr{Sub(Div(Pi, Two), a)}) },
			fnSinh: func(a Expr) Expr { return Div(NewMul(NegOne, I), fnCsc.call(NewMul(I, a))) },
			fnCsch: func(a Expr) Expr { return NewMul(I, newFunc(fnCsc, []Expr{NewMul(I, a)})) },
		},
		"log": {
			fnAsin: func(a Expr) Expr {
				return NewMul(NegOne, I, fnLog.call(NewAdd(NewMul(I, a), Sqrt(Sub(One, NewPow(a, Two))))))
			},
			fnAcos: func(a Expr) Expr {
				return NewAdd(Div(Pi, Two), NewMul(I, fnLog.call(NewAdd(NewMul(I, a), Sqrt(Sub(One, NewPow(a, Two)))))))
			},
			fnAtan: func(a Expr) Expr {
				return NewMul(Div(I, Two), Sub(fnLog.call(Sub(One, NewMul(I, a))), fnLog.call(NewAdd(One, NewMul(I, a)))))
			},
			fnAcot: func(a Expr) Expr {
				ia := Div(I, a)
				return NewMul(Div(I, Two), Sub(fnLog.call(Sub(One, ia)), fnLog.call(NewAdd(One, ia))))
			},
			fnAsec: func(a Expr) Expr {
				return NewAdd(Div(Pi, Two), NewMul(I, fnLog.call(NewAdd(Div(I, a), Sqrt(Sub(One, Div(One, NewPow(a, Two))))))))
			},
			fnAcsc: func(a Expr) Expr {
				return NewMul(NegOne, I, fnLog.call(NewAdd(Div(I, a), Sqrt(Sub(One, Div(One, NewPow(a, Two)))))))
			},
			fnAsinh: func(a Expr) Expr { return fnLog.call(NewAdd(a, Sqrt(NewAdd(NewPow(a, Two), One)))) },
			fnAcosh: func(a Expr) Expr {
				return fnLog.call(NewAdd(a, NewMul(Sqrt(NewAdd(a, One)), Sqrt(Sub(a, One)))))
			},
			fnAtanh: func(a Expr) Expr { return Div(Sub(fnLog.call(NewAdd(One, a)), fnLog.call(Sub(One, a))), Two) },
			fnAcoth: func(a Expr) Expr {
				return Div(Sub(fnLog.call(NewAdd(One, Div(One, a))), fnLog.call(Sub(One, Div(One, a)))), Two)
			},
		},
		"asin": {
			fnAcos: func(a Expr) Expr { return Sub(Div(Pi, Two), fnAsin.call(a)) },
			fnAsec: func(a Expr) Expr { return Sub(Div(Pi, Two), fnAsin.call(Div(One, a))) },
			fnAcsc: func(a Expr) Expr { return fnAsin.call(Div(One, a)) },
			fnAtan: func(a Expr) Expr {
				return NewMul(Div(Sqrt(NewPow(a, Two)), a), Sub(Div(Pi, Two), fnAsin.call(Div(One, Sqrt(NewAdd(One, NewPow(a, Two)))))))
			},
		},
		"acos": {
			fnAsin: func(a Expr) Expr { return Sub(Div(Pi, Two), fnAcos.call(a)) },
			fnAsec: func(a Expr) Expr { return fnAcos.call(Div(One, a)) },
			fnAcsc: func(a Expr) Expr { return Sub(Div(Pi, Two), fnAcos.call(Div(One, a))) },
			fnAtan: func(a Expr) Expr {
				return NewMul(Div(Sqrt(NewPow(a, Two)), a), fnAcos.call(Div(One, Sqrt(NewAdd(One, NewPow(a, Two))))))
			},
		},
		"atan": {
			fnAsin: func(a Expr) Expr {
				return NewMul(Two, fnAtan.call(Div(a, NewAdd(One, Sqrt(Sub(One, NewPow(a, Two)))))))
			},
			fnAcos: func(a Expr) Expr {
				return NewAdd(fnAtan.call(Div(Sqrt(Sub(One, NewPow(a, Two))), a)),
					NewMul(Div(Pi, Two), Sub(One, NewMul(a, Sqrt(Div(One, NewPow(a, Two)))))))
			},
			fnAcot: func(a Expr) Expr { return fnAtan.call(Div(One, a)) },
		},
		"cos": {
			fnSin:  sinAsCos,
			fnTan:  func(a Expr) Expr { return Div(sinAsCos(a), fnCos.call(a)) },
			fnCot:  func(a Expr) Expr { return Div(fnCos.call(a), sinAsCos(a)) },
			fnSec:  func(a Expr) Expr { return Div(One, fnCos.call(a)) },
			fnCsc:  cscAsCos,
			fnCosh: func(a Expr) Expr { return newFunc(fnCos, []Expr{NewMul(I, a)}) },
			fnSech: func(a Expr) Expr { return Div(One, newFunc(fnCos, []Expr{NewMul(I, a)})) },
			fnExp: func(a Expr) Expr {
				ia := NewMul(I, a)
				return NewAdd(fnCos.call(ia), NewMul(I, fnCos.call(NewAdd(ia, Div(Pi, Two)))))
			},
		},
	}
}

// expI is exp(s*a*I).
func expI(a Expr, s int64) Expr { return fnExp.call(NewMul(NewInt(s), a, I)) }

func sinAsExp(a Expr) Expr  { return Div(Sub(expI(a, 1), expI(a, -1)), NewMul(Two, I)) }
func cosAsExp(a Expr) Expr  { return Div(NewAdd(expI(a, 1), expI(a, -1)), Two) }
func sinhAsExp(a Expr) Expr { return Div(Sub(fnExp.call(a), fnExp.call(Neg(a))), Two) }
func coshAsExp(a Expr) Expr { return Div(NewAdd(fnExp.call(a), fnExp.call(Neg(a))), Two) }

// cscAsCos is 1/sin(a).rewrite(cos).
func cscAsCos(a Expr) Expr {
	s := fnSin.call(a)
	if f, ok := isCall(s, fnSin); ok {
		return Div(One, sinAsCos(f.args[0]))
	}
	return Div(One, s)
}

// sinAsCos is cos(a - pi/2, evaluate=False).
func sinAsCos(a Expr) Expr { return newFunc(fnCos, []Expr{Sub(a, Div(Pi, Two))}) }

// cosAsSin is sin(a + pi/2, evaluate=False).
func cosAsSin(a Expr) Expr { return newFunc(fnSin, []Expr{NewAdd(a, Div(Pi, Two))}) }

// sinAsTan and cosAsTan are the half-angle forms in tan(a/2).
func sinAsTan(a Expr) Expr {
	t := fnTan.call(NewMul(Half, a))
	return Div(NewMul(Two, t), NewAdd(One, NewPow(t, Two)))
}

func cosAsTan(a Expr) Expr {
	t := NewPow(fnTan.call(NewMul(Half, a)), Two)
	return Div(Sub(One, t), NewAdd(One, t))
}

// sinAsSec is 1/sec(a - pi/2, evaluate=False); cosAsCsc is 1/csc(pi/2 -
// a, evaluate=False).
func sinAsSec(a Expr) Expr { return Div(One, newFunc(fnSec, []Expr{Sub(a, Div(Pi, Two))})) }
func cosAsCsc(a Expr) Expr { return Div(One, newFunc(fnCsc, []Expr{Sub(Div(Pi, Two), a)})) }

// refuseRewrite is a rule SymPy has and dcalc does not reproduce.
func refuseRewrite(f, target string) rewriteRule {
	return func(Expr) Expr {
		panic(notImpl("dcalc does not rewrite " + f + " in terms of " + target + " (SymPy's form is a Piecewise with Mod)"))
	}
}

// hyperbolicHalfRules are the rules for target tanh or coth (g): sinh
// and cosh in g(a/2) (half gives both forms from g(a/2)), tanh and coth
// as each other's reciprocal, csch and sech as the reciprocals of
// sinh's and cosh's rules (ReciprocalHyperbolicFunction), exp as
// (1 + tanh(a/2))/(1 - tanh(a/2)) for tanh.
func hyperbolicHalfRules(g *FuncDef, half func(Expr) (Expr, Expr)) map[*FuncDef]rewriteRule {
	other := fnCoth
	if g == fnCoth {
		other = fnTanh
	}
	sinh := func(a Expr) Expr { s, _ := half(g.call(Div(a, Two))); return s }
	cosh := func(a Expr) Expr { _, c := half(g.call(Div(a, Two))); return c }
	rules := map[*FuncDef]rewriteRule{
		fnSinh: sinh,
		fnCosh: cosh,
		other:  func(a Expr) Expr { return Div(One, g.call(a)) },
		fnCsch: func(a Expr) Expr { return Div(One, sinh(a)) },
		fnSech: func(a Expr) Expr { return Div(One, cosh(a)) },
	}
	if g == fnTanh {
		rules[fnExp] = func(a Expr) Expr {
			t := fnTanh.call(Div(a, Two))
			return Div(NewAdd(One, t), Sub(One, t))
		}
	}
	return rules
}

// plusHalfPiI is a + pi*I/2 and halfPiIMinus pi*I/2 - a, the shifted
// arguments of the hyperbolic rewrites.
func plusHalfPiI(a Expr) Expr { return NewAdd(a, NewMul(Pi, I, Half)) }

func halfPiIMinus(a Expr) Expr { return Sub(NewMul(Pi, I, Half), a) }

// Rewrite is e.rewrite(target) for the targets in rewriteRules.
func Rewrite(e Expr, target string) (out Expr, err error) {
	defer recoverTo(&err)
	if rewriteRules[target] == nil {
		return nil, notImpl("dcalc's rewrite() knows the targets exp, sin, cos, tan, cot, sec, csc, sinh, cosh, tanh, coth, sech, csch, log, asin, acos, atan, gamma, factorial and Piecewise, not " + target)
	}
	return rewriteTo(e, target), nil
}

// rewriteRefused lists, for a target, the functions SymPy has a rule for
// that dcalc does not port: rewriting them raises NotImplementedError
// rather than keep a form SymPy would have changed.
var rewriteRefused = map[string][]*FuncDef{
	"log":  {fnAtan2},
	"asin": {fnAcosh, fnAcot, fnAsinh},
	"acos": {fnAcosh, fnAcot, fnAsinh},
	"atan": {fnAsec, fnAcsc, fnAtan2},
}

func rewriteTo(e Expr, target string) Expr {
	args := e.Args()
	if len(args) == 0 {
		if e == E && (target == "sin" || target == "cos") {
			// Exp1's rule: sin(I + pi/2) - I*sin(I), evaluated
			return NewAdd(fnSinh.call(One), fnCosh.call(One))
		}
		return e
	}
	checkInterrupt()
	na := make([]Expr, len(args))
	for i, a := range args {
		na[i] = rewriteTo(a, target)
	}
	switch x := e.(type) {
	case *Func:
		if slices.Contains(rewriteRefused[target], x.def) {
			panic(notImpl("dcalc does not rewrite " + x.def.Name + " in terms of " + target + " yet"))
		}
		if rule := rewriteRules[target][x.def]; rule != nil && len(na) == 1 {
			if r := rule(na[0]); r != nil {
				return r
			}
		}
		if target == "Piecewise" {
			if r := rewritePiecewise(x.def, na); r != nil {
				return r
			}
		}
		if x.def == fnBinomial && len(na) == 2 {
			// binomial._eval_rewrite_as_gamma / _as_factorial
			n, k := na[0], na[1]
			switch target {
			case "gamma":
				return Div(fnGamma.call(NewAdd(n, One)), NewMul(fnGamma.call(NewAdd(k, One)), fnGamma.call(NewAdd(Sub(n, k), One))))
			case "factorial":
				return Div(fnFactorial.call(n), NewMul(fnFactorial.call(k), fnFactorial.call(Sub(n, k))))
			}
		}
	case *Pow:
		if target == "exp" {
			return powAsExp(na[0], na[1])
		}
	}
	return rebuild(e, na)
}

// powAsExp is Pow._eval_rewrite_as_exp.
func powAsExp(b, x Expr) Expr {
	if IsZero(b) == True || hasCallOf(b, fnExp) || hasCallOf(x, fnExp) || b == Expr(E) {
		return NewPow(b, x)
	}
	if len(FreeSymbols(b)) > 0 {
		arg := NewMul(fnLog.call(b), x)
		if len(FreeSymbols(x)) > 0 {
			return fnExp.call(arg)
		}
		return newFunc(fnExp, []Expr{arg})
	}
	if IsPositive(b) == True {
		return fnExp.call(NewMul(fnLog.call(b), x))
	}
	panic(notImpl("dcalc's rewrite(exp) of a power of a non-positive number"))
}

// rewritePiecewise is the rewrite(Piecewise) of the functions of several
// arguments: Heaviside (by its value at 0) and Max and Min (each argument
// where it is at least, or at most, every later one).
func rewritePiecewise(d *FuncDef, a []Expr) Expr {
	switch d {
	case fnHeaviside:
		arg, h0 := a[0], a[1]
		switch {
		case isZeroInt(h0):
			return MustApply(fnPiecewise, Zero, NewRel("<=", arg, Zero), One, STrue)
		case isInt(h0, 1):
			return MustApply(fnPiecewise, Zero, NewRel("<", arg, Zero), One, STrue)
		}
		return MustApply(fnPiecewise, Zero, NewRel("<", arg, Zero), h0, NewRel("==", arg, Zero), One, STrue)
	case fnMax, fnMin:
		op := ">="
		if d == fnMin {
			op = "<="
		}
		var pw []Expr
		for i, x := range a {
			var conds []Expr
			for _, y := range a[i+1:] {
				conds = append(conds, NewRel(op, x, y))
			}
			pw = append(pw, x, NewAnd(conds...))
		}
		return MustApply(fnPiecewise, pw...)
	}
	return nil
}

// isImaginaryExpr is the part of SymPy's is_imaginary dcalc can be sure
// of: I times a nonzero real product.
func isImaginaryExpr(e Expr) bool {
	m, ok := e.(*Mul)
	if !ok {
		return e == I
	}
	seenI := false
	for _, f := range m.args {
		switch {
		case f == I && !seenI:
			seenI = true
		case IsReal(f) == True && IsZero(f) == False:
		default:
			return false
		}
	}
	return seenI
}
