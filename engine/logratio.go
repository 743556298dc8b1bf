package engine

import "math/big"

// This file is expand_log's first step (SymPy's _handleMul in
// core/function.py): a product with a log of a rational number in its
// numerator and in its denominator is expanded over the primes, and a
// quotient log(b**m*c)/log(b) becomes m + log(c)/log(b), so that
// log(12)/log(2) is log(3)/log(2) + 2 while log(12) alone stays.

// expandLogRatios applies the step to every such product in e, from the
// leaves up.
func expandLogRatios(e Expr, force bool) Expr {
	return bottomUp(e, func(x Expr) Expr {
		if m, ok := x.(*Mul); ok && logRatioShape(m) {
			return expandLogRatio(m, force)
		}
		return x
	})
}

// logRatioShape reports whether both the numerator and the denominator
// of m have a factor log(r) with r rational.
func logRatioShape(m *Mul) bool {
	n, d := asNumerDenom(m)
	return hasRationalLogFactor(n) && hasRationalLogFactor(d)
}

func hasRationalLogFactor(e Expr) bool {
	for _, f := range mulArgs(e) {
		if l, ok := f.(*Func); ok && l.def == fnLog && len(l.args) == 1 && toRat(l.args[0]) != nil {
			return true
		}
	}
	return false
}

// expandLogRatio is _handleMul for one product x.
func expandLogRatio(x Expr, force bool) Expr {
	n, d := fractionOf(x)
	nl, dl := integerLogs(n, nil), integerLogs(d, nil)
	if len(nl) == 1 && len(dl) == 1 {
		num := nl[0].args[0].(*Integer).Big()
		den := dl[0].args[0].(*Integer).Big()
		if m, rest := multiplicity(den, num); m > 0 {
			r := NewAdd(NewInt(m), Div(fnLog.call(NewBigInt(rest)), dl[0]))
			x = SubsPairs(x, [][2]Expr{{nl[0], NewMul(dl[0], r)}})
		}
	}
	x1 := expandMulDeep(expandLogHint(x, logHints{force: force, factor: true}))
	if countCalls(x1, fnLog) <= countCalls(x, fnLog) {
		return x1
	}
	return x
}

// integerLogs gathers the distinct log(n), n an integer, in e.
func integerLogs(e Expr, acc []*Func) []*Func {
	if f, ok := e.(*Func); ok && f.def == fnLog && len(f.args) == 1 {
		if _, isInt := f.args[0].(*Integer); isInt && !containsExpr(funcsToExprs(acc), f) {
			acc = append(acc, f)
		}
	}
	for _, a := range e.Args() {
		acc = integerLogs(a, acc)
	}
	return acc
}

func funcsToExprs(fs []*Func) []Expr {
	out := make([]Expr, len(fs))
	for i, f := range fs {
		out[i] = f
	}
	return out
}

// multiplicity is the largest m with p**m dividing n, and n/p**m (0 when
// p is not at least 2 in absolute value or n is 0).
func multiplicity(p, n *big.Int) (int64, *big.Int) {
	if p.CmpAbs(big.NewInt(2)) < 0 || n.Sign() == 0 {
		return 0, n
	}
	var m int64
	for {
		q, r := new(big.Int).QuoRem(n, p, new(big.Int))
		if r.Sign() != 0 {
			return m, n
		}
		n = q
		m++
	}
}

// countCalls counts the calls of the functions ds in e, repeats
// included, in a preorder walk (SymPy's e.count(log); fu's L for the
// trigonometric functions).
func countCalls(e Expr, ds ...*FuncDef) int {
	c := 0
	if isCallOf(e, ds...) {
		c++
	}
	for _, a := range e.Args() {
		c += countCalls(a, ds...)
	}
	return c
}

// logOfPrimes is log(b) with the factor hint: the sum of e*log(p) over
// b's prime factorisation p**e (log(b) itself for a prime). A cofactor
// beyond trial division that is not prime raises NotImplementedError.
func logOfPrimes(b *big.Int) Expr {
	fs := factorSmall(b)
	if len(fs) == 1 && fs[0].e == 1 {
		return fnLog.call(NewBigInt(b))
	}
	terms := make([]Expr, len(fs))
	for i, f := range fs {
		if !f.p.ProbablyPrime(20) {
			panic(notImpl("expand_log: could not factor " + b.String()))
		}
		terms[i] = NewMul(NewInt(f.e), fnLog.call(NewBigInt(f.p)))
	}
	return NewAdd(terms...)
}
