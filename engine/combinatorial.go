package engine

import (
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/dcalc/dcalc/engine/mpf"
)

// The combinatorial and integer-part functions: SymPy's factorial,
// binomial, floor, ceiling, Max and Min with their automatic evaluation
// (each class's eval).
var (
	fnFactorial = builtin("factorial", 0, 1)
	fnBinomial  = builtin("binomial", 0, 2)
	fnFloor     = builtin("floor", 0, 1)
	fnCeiling   = builtin("ceiling", 0, 1)
	fnMax       = builtin("Max", 0)
	fnMin       = builtin("Min", 0)
)

func init() {
	fnFactorial.hooks = hooks{
		eval: eval1(evalFactorial),
		// factorial.fdiff: gamma(n + 1)*polygamma(0, n + 1)
		fdiff: fdiff1(func(n Expr) Expr {
			n1 := NewAdd(n, One)
			return NewMul(fnGamma.call(n1), fnPolygamma.call(Zero, n1))
		}),
		evalf: realGamma("factorial", func(x mpf.Float, wp int) mpf.Float {
			return mpf.Gamma(mpf.Add(x, mpf.FromInt64(1, wp), wp+10), wp)
		}),
		evalc:  evalc1(func(z complex128) complex128 { return complexGamma(z + 1) }),
		tex:    texFactorial,
		pretty: prettyFactorial,
		lacks:  lack(lackGamma, "real", "series"),
	}
	fnBinomial.hooks = hooks{
		eval:   func(a []Expr) Expr { return evalBinomial(a[0], a[1]) },
		fdiff:  fdiffBinomial,
		tex:    texBinomial,
		pretty: prettyBinomial,
		lacks:  lack(lackGamma, "evalf", "evalc", "real", "series"),
	}
	fnFloor.hooks = hooks{
		eval:  eval1(func(x Expr) Expr { return evalRound(x, false) }),
		evalf: unary(func(ev *evaluator, a cval) (cval, error) { return roundTo(ev, a, false) }),
		tex:   texFloor,
		evalc: evalc1(func(z complex128) complex128 {
			return complex(math.Floor(real(z)), math.Floor(imag(z)))
		}),
		pretty: prettyBrackets("lfloor", "rfloor"),
		real:   realWithArg,
		lacks:  also(lack(lackStep, "fdiff"), lackSeries, "series"),
	}
	fnCeiling.hooks = hooks{
		eval:  eval1(func(x Expr) Expr { return evalRound(x, true) }),
		evalf: unary(func(ev *evaluator, a cval) (cval, error) { return roundTo(ev, a, true) }),
		tex:   texCeiling,
		evalc: evalc1(func(z complex128) complex128 {
			return complex(math.Ceil(real(z)), math.Ceil(imag(z)))
		}),
		pretty: prettyBrackets("lceil", "rceil"),
		real:   realWithArg,
		lacks:  also(lack(lackStep, "fdiff"), lackSeries, "series"),
	}
	minMax := lack(lackMinMax, "evalf", "evalc", "series")
	// Max and Min of reals are real
	allReal := func(args []Expr) Tri {
		for _, a := range args {
			if IsReal(a) != True {
				return Unknown
			}
		}
		return True
	}
	fnMax.hooks = hooks{eval: func(a []Expr) Expr { return evalMinMax(a, 1) }, fdiff: fdiffMinMax(fnMax, 1), tex: texMinMax, pretty: prettyMinMax, notFunction: true, real: allReal, lacks: minMax}
	fnMin.hooks = hooks{eval: func(a []Expr) Expr { return evalMinMax(a, -1) }, fdiff: fdiffMinMax(fnMin, -1), tex: texMinMax, pretty: prettyMinMax, notFunction: true, real: allReal, lacks: minMax}
}

// evalFactorial is factorial.eval: n! for non-negative integers, zoo for
// negative ones, oo at oo; anything else stays unevaluated.
func evalFactorial(n Expr) Expr {
	switch x := n.(type) {
	case *Integer:
		if x.Sign() < 0 {
			return Zoo
		}
		if !x.IsInt64() {
			panic(&Error{Type: "MemoryError", Msg: "factorial of " + x.String() + " is too large"})
		}
		return NewBigInt(mulRange(1, x.Int64()))
	case *Special:
		if x == Oo {
			return Oo
		}
	case *Float:
		if x.Sign() == 0 {
			return One // factorial.eval: n.is_zero
		}
		// SymPy evaluates factorial of a Float through gamma; only
		// integral values are supported here.
		r, acc := x.Big().Int(nil)
		if acc == big.Exact && r.Sign() >= 0 && r.IsInt64() {
			f := mulRange(1, r.Int64())
			v, err := NewFloatFrom(NewBigInt(f), 0)
			if err == nil {
				if fl, ok := v.(*Float); ok {
					return mpfToFloat(fl.v, int(x.Prec()))
				}
			}
		}
	}
	return nil
}

// fdiffBinomial is binomial.fdiff: binomial(n, k) times the difference
// of two digammas.
func fdiffBinomial(a []Expr, i int) Expr {
	n, k := a[0], a[1]
	ps := func(e Expr) Expr { return fnPolygamma.call(Zero, NewAdd(e, One)) }
	if i == 0 {
		return NewMul(fnBinomial.call(n, k), Sub(ps(n), ps(Sub(n, k))))
	}
	return NewMul(fnBinomial.call(n, k), Sub(ps(Sub(n, k)), ps(k)))
}

// evalBinomial is binomial.eval.
func evalBinomial(n, k Expr) Expr {
	d := Sub(n, k)
	nNonneg, nInt := isNonnegative(n), IsIntegerValued(n)
	if IsZero(k) == True || (nNonneg == True || nInt == False) && IsZero(d) == True {
		return One
	}
	if IsZero(Sub(k, One)) == True || (nNonneg == True || nInt == False) && IsZero(Sub(d, One)) == True {
		return n
	}
	if IsIntegerValued(k) == True {
		if IsNegative(k) == True || nNonneg == True && nInt == True && IsNegative(d) == True {
			return Zero
		}
		if IsNumber(n) {
			return binomialNumber(n, k)
		}
		return nil
	}
	if nNonneg == False && nInt == True {
		return Zoo
	}
	if isNumericExpr(k) {
		return Div(fnGamma.call(NewAdd(n, One)), NewMul(fnGamma.call(NewAdd(k, One)), fnGamma.call(NewAdd(d, One))))
	}
	return nil
}

// binomialNumber is binomial._eval for a number n and an Integer k:
// n(n-1)...(n-k+1)/k!, exact for Integer n >= 0.
func binomialNumber(n, k Expr) Expr {
	ki, ok := k.(*Integer)
	if !ok || !ki.IsInt64() {
		return nil
	}
	kk := ki.Int64()
	if ni, ok := n.(*Integer); ok && ni.Sign() >= 0 {
		if !ni.IsInt64() {
			panic(&Error{Type: "MemoryError", Msg: "binomial of " + ni.String() + " is too large"})
		}
		nn := ni.Int64()
		if kk > nn {
			return Zero
		}
		kk = min(kk, nn-kk)
		return NewBigInt(new(big.Int).Quo(mulRange(nn-kk+1, nn), mulRange(1, kk)))
	}
	d := Sub(n, k)
	prod := Expr(One)
	for i := int64(1); i <= kk; i++ {
		d = NewAdd(d, One)
		prod = NewMul(prod, d)
	}
	return Expand(Div(prod, NewBigInt(mulRange(1, kk))))
}

// maxProductBits bounds the size of a product of a range (factorial,
// binomial): 2**31 bits is 256 MiB, the session's budget for one value.
const maxProductBits = 1 << 31

// mulRange is a*(a+1)*...*b (1 when a > b), by binary splitting, polling
// the interrupt as it goes: factorial(10**7) takes minutes and must stop
// at Ctrl-C. A product over 256 MiB raises MemoryError before any work.
func mulRange(a, b int64) *big.Int {
	if a > b {
		return big.NewInt(1)
	}
	if a <= 0 {
		return new(big.Int) // the range holds 0
	}
	// log2 of the product is at most (b-a+1)*log2(b).
	if float64(b-a+1)*math.Log2(float64(b)+1) > maxProductBits {
		panic(&Error{Type: "MemoryError", Msg: fmt.Sprintf("the product %d*...*%d is too large", a, b)})
	}
	return mulRangeRec(a, b)
}

func mulRangeRec(a, b int64) *big.Int {
	if b-a < 64 {
		checkInterrupt()
		return new(big.Int).MulRange(a, b)
	}
	m := a + (b-a)/2
	l := mulRangeRec(a, m)
	r := mulRangeRec(m+1, b)
	checkInterrupt()
	return l.Mul(l, r)
}

// evalRound is floor.eval (ceil false) and ceiling.eval (ceil true),
// as SymPy's RoundFunction: integer terms are pulled out, numeric terms
// are evaluated to their integer part, symbolic ones stay inside.
func evalRound(arg Expr, ceil bool) Expr {
	d := fnFloor
	if ceil {
		d = fnCeiling
	}
	if IsIntegerValued(arg) == True || IsFinite(arg) == False {
		return arg
	}
	if im := imagCoeffOf(arg); im != nil {
		return NewMul(d.call(im), I)
	}
	var ipart, npart, spart []Expr
	for _, t := range addArgs(arg) {
		switch {
		case IsIntegerValued(t) == True:
			ipart = append(ipart, t)
		case hasSymbol(t):
			spart = append(spart, t)
		default:
			if c := imagCoeffOf(t); c != nil && IsIntegerValued(c) == True {
				ipart = append(ipart, t)
				continue
			}
			npart = append(npart, t)
		}
	}
	if len(npart) == 0 && len(spart) == 0 {
		return NewAdd(ipart...)
	}
	if len(npart) > 0 && len(spart) == 0 {
		if v, ok := integerPart(NewAdd(npart...), ceil); ok {
			return NewAdd(append(ipart, v)...)
		}
	}
	s := NewAdd(append(spart, npart...)...)
	if f, ok := s.(*Func); ok && (f.def == fnFloor || f.def == fnCeiling) {
		return NewAdd(append(ipart, s)...)
	}
	if len(ipart) == 0 {
		return nil
	}
	return NewAdd(append(ipart, newFunc(d, []Expr{s}))...)
}

func hasSymbol(e Expr) bool {
	if _, ok := e.(*Symbol); ok {
		return true
	}
	for _, a := range e.Args() {
		if hasSymbol(a) {
			return true
		}
	}
	return false
}

// imagCoeffOf returns c when e is c*I with c real (I itself gives 1),
// else nil.
func imagCoeffOf(e Expr) Expr {
	c := asCoefficientI(e)
	if c == nil || IsReal(c) != True {
		return nil
	}
	return c
}

// integerPart returns floor (or ceiling) of a real numeric expression,
// evaluated with enough precision to decide; ok is false when it cannot.
func integerPart(e Expr, ceil bool) (Expr, bool) {
	switch x := e.(type) {
	case *Integer:
		return x, true
	case *Rational:
		r := x.r
		q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
		if ceil && m.Sign() != 0 {
			q.Add(q, big.NewInt(1))
		}
		return NewBigInt(q), true
	}
	v, err := Evalf(e, 40, nil)
	if err != nil {
		return nil, false
	}
	f, ok := v.(*Float)
	if !ok {
		// a complex number: the parts separately (get_integer_part)
		re, im, ok := asRealImag(v, nil)
		if !ok || !IsNumber(re) || !IsNumber(im) {
			return nil, false
		}
		qr, ok1 := integerPart(re, ceil)
		qi, ok2 := integerPart(im, ceil)
		if !ok1 || !ok2 {
			return nil, false
		}
		return NewAdd(qr, NewMul(qi, I)), true
	}
	r := f.v.ToRat()
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	// Too close to an integer to trust the 40-digit value.
	frac := new(big.Rat).SetFrac(m, r.Denom())
	eps := big.NewRat(1, 1)
	eps.SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil))
	if frac.Cmp(eps) < 0 || new(big.Rat).Sub(big.NewRat(1, 1), frac).Cmp(eps) < 0 {
		if _, isF := e.(*Float); !isF {
			return nil, false
		}
	}
	if ceil && m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return NewBigInt(q), true
}

// realCompare compares a and b: -1, 0, 1 when known, ok false otherwise.
func realCompare(a, b Expr) (int, bool) {
	if IsNumber(a) && IsNumber(b) {
		if c, ok := numCmp(a, b); ok {
			return c, true
		}
	}
	if Equal(a, b) {
		return 0, true
	}
	d := Sub(a, b)
	switch {
	case IsPositive(d) == True:
		return 1, true
	case IsNegative(d) == True:
		return -1, true
	case IsZero(d) == True:
		return 0, true
	}
	if isComparable(a) && isComparable(b) {
		if v, err := Evalf(d, 30, nil); err == nil {
			if s, ok := numSign(v); ok {
				return s, true
			}
		}
	}
	return 0, false
}

// evalMinMax is Max (dir 1) and Min (dir -1): nested calls are
// flattened, duplicates and arguments known to be dominated are
// dropped, and the rest are kept in sorted order.
func evalMinMax(args []Expr, dir int) Expr {
	d := fnMax
	if dir < 0 {
		d = fnMin
	}
	if len(args) == 0 {
		return nil
	}
	var flat []Expr
	for _, a := range args {
		if f, ok := isCall(a, d); ok {
			flat = append(flat, f.args...)
			continue
		}
		flat = append(flat, a)
	}
	var kept []Expr
outer:
	for _, a := range flat {
		if dir > 0 && a == Oo || dir < 0 && a == NegOo {
			return a
		}
		if dir > 0 && a == NegOo || dir < 0 && a == Oo {
			continue
		}
		for i, k := range kept {
			if k == nil {
				continue
			}
			c, ok := realCompare(a, k)
			if !ok {
				continue
			}
			if c == 0 || c*dir < 0 {
				continue outer
			}
			kept[i] = nil
		}
		n := kept[:0]
		for _, k := range kept {
			if k != nil {
				n = append(n, k)
			}
		}
		kept = append(n, a)
	}
	if len(kept) == 0 {
		if dir > 0 {
			return NegOo
		}
		return Oo
	}
	if len(kept) == 1 {
		return kept[0]
	}
	sort.SliceStable(kept, func(i, j int) bool { return cmpSkey(sortKey(kept[i]), sortKey(kept[j])) < 0 })
	if len(kept) == len(args) {
		same := true
		for i := range kept {
			if !Equal(kept[i], args[i]) {
				same = false
			}
		}
		if same {
			return nil
		}
	}
	return newFunc(d, kept)
}
