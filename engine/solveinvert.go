package engine

// This file is the part of SymPy's solvers._invert that _solve_system
// applies to each equation before sorting the polynomial ones from the
// others: independent terms and factors moved to the right, a function
// with an inverse() undone (exp by log, tan by atan ...). An equation it
// turns into x = value has that one value as its solution in a system
// (exp(2*x) = 3 gives log(3)/2 alone, where solve of the equation by
// itself also gives log(3)/2 + I*pi).

// invertible maps the functions whose SymPy class defines inverse() to
// that inverse (sin, cos, sec, csc and cosh define none).
var invertible = map[*FuncDef]*FuncDef{}

func init() {
	for f, g := range map[*FuncDef]*FuncDef{
		fnTan: fnAtan, fnCot: fnAcot, fnExp: fnLog, fnLog: fnExp, fnSinh: fnAsinh, fnTanh: fnAtanh,
		fnCoth: fnAcoth, fnAsin: fnSin, fnAcos: fnCos, fnAtan: fnTan, fnAcot: fnCot, fnAsinh: fnSinh,
		fnAcosh: fnCosh, fnAtanh: fnTanh,
	} {
		invertible[f] = g
	}
}

// InvertToSymbol is _invert(e, x) when it ends at x itself: the value
// of x, and ok. It is not ok when the inversion stops at anything else.
func InvertToSymbol(e Expr, x *Symbol) (Expr, bool) {
	lhs, rhs := e, Expr(Zero)
	for range 64 {
		was := lhs
		lhs, rhs = peelIndependent(lhs, rhs, x)
		if f, ok := lhs.(*Func); ok && len(f.args) == 1 {
			if inv := invertible[f.def]; inv != nil {
				rhs, lhs = MustApply(inv, rhs), f.args[0]
			}
		}
		if Equal(lhs, x) {
			return rhs, true
		}
		if Equal(lhs, was) {
			return nil, false
		}
	}
	return nil, false
}

// InvertsPartly reports whether _invert rewrites the equation e into
// another one without reaching x: an invertible function of an argument
// other than x (exp(x**2) = 4 becomes x**2 = log(4)).
func InvertsPartly(e Expr, x *Symbol) bool {
	lhs, _ := peelIndependent(e, Zero, x)
	f, ok := lhs.(*Func)
	return ok && len(f.args) == 1 && invertible[f.def] != nil
}

// peelIndependent is _invert's inner loop: the terms of a sum and the
// factors of a product free of x moved from lhs to rhs until none is
// left.
func peelIndependent(lhs, rhs Expr, x *Symbol) (Expr, Expr) {
	vars := []Expr{x}
	for {
		indep, dep := asIndependentOf(lhs, vars)
		if _, isAdd := lhs.(*Add); isAdd {
			if IsZero(indep) == True {
				return lhs, rhs
			}
			lhs, rhs = dep, Sub(rhs, indep)
			continue
		}
		if Equal(indep, One) {
			return lhs, rhs
		}
		lhs, rhs = dep, Div(rhs, indep)
	}
}
