package engine

import (
	"math/big"

	"github.com/dcalc/dcalc/engine/mpf"
)

// This file holds the rules of re, im, conjugate and arg (EvalRe,
// EvalIm, evalConjugate, evalArg) that their definitions in fncomplex.go
// use.

// Conjugate returns SymPy's conjugate(e).
func Conjugate(e Expr) Expr { return fnConjugate.call(e) }

// evalConjugate is conjugate.eval (arg._eval_conjugate()).
func evalConjugate(a Expr) Expr {
	if IsReal(a) == True {
		return a
	}
	if pw, ok := isCall(a, fnPiecewise); ok {
		return mapPieces(pw, Conjugate) // Piecewise._eval_conjugate
	}
	if c := imagCoeffOf(a); c != nil {
		return Neg(a)
	}
	switch x := a.(type) {
	case *Add:
		out := make([]Expr, len(x.args))
		for i, t := range x.args {
			out[i] = Conjugate(t)
		}
		return NewAdd(out...)
	case *Mul:
		out := make([]Expr, len(x.args))
		for i, t := range x.args {
			out[i] = Conjugate(t)
		}
		return NewMul(out...)
	case *Pow:
		if IsIntegerValued(x.Exp()) == True {
			return NewPow(Conjugate(x.Base()), x.Exp())
		}
		if IsPositive(x.Base()) == True {
			return NewPow(x.Base(), Conjugate(x.Exp()))
		}
	case *Func:
		switch {
		case x.def == fnConjugate:
			return x.args[0]
		case x.def.holomorphic:
			return MustApply(x.def, Conjugate(x.args[0]))
		}
	}
	return nil
}

// EvalRe is re.eval: the real part of a, or nil to keep re(a).
func EvalRe(a Expr) Expr { return evalReIm(a, false) }

// EvalIm is im.eval: the imaginary part of a, or nil to keep im(a).
func EvalIm(a Expr) Expr { return evalReIm(a, true) }

func reOf(e Expr) Expr { return fnRe.call(e) }
func imOf(e Expr) Expr { return fnIm.call(e) }

// evalReIm follows SymPy's re.eval and im.eval: real and imaginary
// arguments, conjugates, then the terms of a sum split into c*I terms,
// real terms and terms with a known real/imaginary decomposition.
func evalReIm(a Expr, imag bool) Expr {
	if a == NaN || a == Zoo {
		return NaN
	}
	if IsReal(a) == True {
		if imag {
			return Zero
		}
		return a
	}
	if c := imagCoeffOf(a); c != nil {
		if imag {
			return c
		}
		return Zero
	}
	switch powAxis(a) {
	case 1: // real: re.eval's is_extended_real
		if imag {
			return Zero
		}
		return a
	case 2: // imaginary: -I*a
		if imag {
			return Neg(NewMul(I, a))
		}
		return Zero
	}
	if f, ok := a.(*Func); ok && f.def == fnConjugate {
		if imag {
			return Neg(imOf(f.args[0]))
		}
		return reOf(f.args[0])
	}
	terms := addArgs(a)
	var included, reverted, excluded []Expr
	for _, t := range terms {
		if c := asCoefficientI(t); c != nil {
			if IsReal(c) != True {
				reverted = append(reverted, c)
			} else if imag {
				excluded = append(excluded, c)
			}
			continue
		}
		if !Has(t, I) && IsReal(t) == True {
			if !imag {
				excluded = append(excluded, t)
			}
			continue
		}
		if re, im, ok := asRealImag(t, a); ok {
			if imag {
				excluded = append(excluded, im)
			} else {
				excluded = append(excluded, re)
			}
			continue
		}
		included = append(included, t)
	}
	if len(included) == len(terms) {
		return nil
	}
	inc, rev, exc := NewAdd(included...), NewAdd(reverted...), NewAdd(excluded...)
	if imag {
		return NewAdd(imOf(inc), reOf(rev), exc)
	}
	return NewAdd(reOf(inc), Neg(imOf(rev)), exc)
}

// asCoefficientI is t.as_coefficient(I): c when t is c*I (c free of I),
// else nil.
func asCoefficientI(t Expr) Expr {
	if t == I {
		return One
	}
	m, ok := t.(*Mul)
	if !ok {
		return nil
	}
	var rest []Expr
	found := false
	for _, f := range m.args {
		if f == I && !found {
			found = true
			continue
		}
		rest = append(rest, f)
	}
	if !found {
		return nil
	}
	c := NewMul(rest...)
	if Has(c, I) {
		return nil
	}
	return c
}

// asRealImag is SymPy's as_real_imag for the cases it knows: products,
// sin, cos, exp, and a generic (re(t), im(t)) unless t is ignore.
func asRealImag(t, ignore Expr) (re, im Expr, ok bool) {
	if IsReal(t) == True {
		return t, Zero, true
	}
	if t == I {
		return Zero, One, true
	}
	switch x := t.(type) {
	case *Mul:
		return mulRealImag(x, ignore)
	case *Func:
		switch x.def {
		case fnLog:
			if len(x.args) != 1 {
				break
			}
			// log.as_real_imag: log(Abs(z)) and arg(z) of the expanded
			// argument, (log(z), 0) when Abs leaves z as it is
			z := Expand(x.args[0])
			abs := fnAbs.call(z)
			if Equal(abs, z) {
				return t, Zero, true
			}
			return fnLog.call(abs), fnArg.call(z), true
		case fnSin, fnCos, fnExp, fnSinh, fnCosh:
			a := x.args[0]
			r, i := reOf(a), imOf(a)
			switch x.def {
			case fnSinh:
				return NewMul(fnSinh.call(r), fnCos.call(i)), NewMul(fnCosh.call(r), fnSin.call(i)), true
			case fnCosh:
				return NewMul(fnCosh.call(r), fnCos.call(i)), NewMul(fnSinh.call(r), fnSin.call(i)), true
			case fnSin:
				return NewMul(fnSin.call(r), fnCosh.call(i)), NewMul(fnCos.call(r), fnSinh.call(i)), true
			case fnCos:
				return NewMul(fnCos.call(r), fnCosh.call(i)), Neg(NewMul(fnSin.call(r), fnSinh.call(i))), true
			}
			e := fnExp.call(r)
			return NewMul(e, fnCos.call(i)), NewMul(e, fnSin.call(i)), true
		}
	case *Add:
		var rs, is []Expr
		for _, a := range x.args {
			r, i, _ := asRealImag(a, nil)
			rs, is = append(rs, r), append(is, i)
		}
		return NewAdd(rs...), NewAdd(is...), true
	case *Pow:
		if r, i, ok := powRealImag(x); ok {
			return r, i, true
		}
	}
	if ignore != nil && Equal(t, ignore) {
		return nil, nil, false
	}
	return reOf(t), imOf(t), true
}

// mulRealImag is Mul.as_real_imag without the conjugate-pair search.
func mulRealImag(m *Mul, ignore Expr) (Expr, Expr, bool) {
	var other, coeffr, coeffi []Expr
	addterms := Expr(One)
	for _, a := range m.args {
		r, i, _ := asRealImag(a, nil)
		switch {
		case IsZero(i) == True:
			coeffr = append(coeffr, r)
		case IsZero(r) == True:
			coeffi = append(coeffi, NewMul(i, I))
		default:
			if _, isAdd := a.(*Add); isAdd {
				addterms = NewMul(addterms, a)
			} else {
				other = append(other, a)
			}
		}
	}
	mm := NewMul(other...)
	if ignore != nil && Equal(mm, ignore) {
		return nil, nil, false
	}
	imco := Expr(Zero)
	if len(coeffi)%2 == 1 {
		imco = imOf(coeffi[0])
		coeffi = coeffi[1:]
	}
	reco := NewMul(append(coeffr, coeffi...)...)
	r, i := NewMul(reco, reOf(mm)), NewMul(reco, imOf(mm))
	if isInt(addterms, 1) {
		if isInt(mm, 1) {
			if IsZero(imco) == True {
				return reco, Zero, true
			}
			return Zero, NewMul(reco, imco), true
		}
		if isZeroInt(imco) {
			return r, i, true
		}
		return Neg(NewMul(imco, i)), NewMul(imco, r), true
	}
	addre, addim, _ := asRealImag(distributeTop(addterms), nil)
	if !isZeroInt(imco) {
		r, i = Neg(NewMul(imco, i)), NewMul(imco, r)
	}
	return Sub(NewMul(r, addre), NewMul(i, addim)), NewAdd(NewMul(i, addre), NewMul(r, addim)), true
}

// evalArg is arg.eval for numbers: the angle atan2(im, re), with the
// exact values SymPy gives for real and imaginary numbers.
func evalArg(a Expr) Expr {
	if IsPositive(a) == True {
		return Zero
	}
	if IsNegative(a) == True {
		return Pi
	}
	if c := imagCoeffOf(a); c != nil {
		switch {
		case IsPositive(c) == True:
			return NewMul(Half, Pi)
		case IsNegative(c) == True:
			return NewMul(NegHalf, Pi)
		}
	}
	if r := argEqualFloats(a); r != nil {
		return r
	}
	if !IsNumber(a) && !isNumericExpr(a) {
		return argNormalForm(a)
	}
	// x, y = arg.as_real_imag(); atan2(y, x)
	re, im, ok := asRealImag(a, nil)
	if !ok || hasCallOf(re, fnRe, fnIm) || hasCallOf(im, fnRe, fnIm) {
		return nil
	}
	// atan2(im, re) for real parts of known signs
	rs, is := signOfNumber(re), signOfNumber(im)
	switch {
	case rs == 2 || is == 2:
		return nil
	case rs == 0 && is == 0:
		return nil
	case rs == 0:
		return NewMul(NewRational(big.NewInt(int64(is)), big.NewInt(2)), Pi)
	}
	at := fnAtan.call(Div(im, re))
	switch {
	case rs > 0:
		return at
	case is >= 0:
		return NewAdd(at, Pi)
	}
	return Sub(at, Pi)
}

// argNormalForm is arg.eval's rewriting of a symbolic argument:
// factor_terms, the numeric coefficient replaced by its sign and factors
// of known sign by 1 or -1 (arg(2*x) is arg(x), arg(x*y + x) is
// arg(x*(y + 1))), left alone when an undefined function of unknown sign
// appears; nil when nothing changes.
func argNormalForm(a Expr) Expr {
	if len(a.Args()) == 0 {
		return nil // an atom
	}
	var undef []Expr
	collectUndefCalls(a, &undef)
	c, rest := AsCoeffMul(factorTerms(a, true))
	if m, ok := rest.(*Mul); ok {
		fs := make([]Expr, len(m.args))
		for i, f := range m.args {
			fs[i] = f
			if sg := fnSign.call(f); isInt(sg, 1) || isInt(sg, -1) {
				fs[i] = sg
			}
		}
		rest = NewMul(fs...)
	}
	rest = NewMul(fnSign.call(c), rest)
	for _, u := range undef {
		if Has(rest, u) && IsPositive(u) == Unknown {
			return nil
		}
	}
	if Equal(rest, a) {
		return nil
	}
	return newFunc(fnArg, []Expr{rest})
}

// collectUndefCalls appends the applied undefined functions in e.
func collectUndefCalls(e Expr, out *[]Expr) {
	if f, ok := e.(*Func); ok && f.def.Undefined {
		*out = append(*out, e)
	}
	for _, x := range e.Args() {
		collectUndefCalls(x, out)
	}
}

// signOfNumber is -1, 0 or 1 for a real number whose sign is known, 2
// otherwise.
func signOfNumber(e Expr) int {
	switch {
	case isZeroInt(e):
		return 0
	case IsPositive(e) == True:
		return 1
	case IsNegative(e) == True:
		return -1
	}
	return 2
}

// argEqualFloats is arg of c*(±1 ± I) with c a Float: SymPy's arg.eval
// takes out the Float content with factor_terms (which does so only
// when both parts have the same magnitude) and its sign, so
// arg(-1.0 + 1.0*I) is the exact 3*pi/4 while arg(1.0 + 2.0*I) is a
// Float; nil for anything else.
func argEqualFloats(a Expr) Expr {
	re, im, ok := pureComplex(a)
	if !ok {
		return nil
	}
	fr, ok1 := re.(*Float)
	fi, ok2 := im.(*Float)
	if !ok1 || !ok2 || fr.Sign() == 0 || mpf.Cmp(fr.v.Abs(), fi.v.Abs()) != 0 {
		return nil
	}
	return fnAtan2.call(NewInt(int64(fi.Sign())), NewInt(int64(fr.Sign())))
}

func numPositive(e Expr) bool { s, ok := numSign(e); return ok && s > 0 }

// isNumericExpr reports whether e has no free symbols.
func isNumericExpr(e Expr) bool { return len(FreeSymbols(e)) == 0 }

// powRealImag is Pow.as_real_imag: an integer power by the binomial
// theorem on the real and imaginary parts of the base (expanded first
// when both are numbers), a negative one through the reciprocal of the
// base; a rational power in polar form, r**p*cos(p*t) and r**p*sin(p*t)
// with r = sqrt(re**2 + im**2) and t = atan2(im, re), a square root of
// a real base by its sign. Other powers are not decomposed (false).
func powRealImag(p *Pow) (Expr, Expr, bool) {
	b, e := p.Base(), p.Exp()
	if b == E {
		return nil, nil, false
	}
	switch ex := e.(type) {
	case *Integer:
		re, im, _ := asRealImag(b, nil)
		if isZeroInt(im) {
			return p, Zero, true
		}
		n := ex.Big()
		if n.Sign() < 0 {
			mag := NewAdd(NewPow(re, Two), NewPow(im, Two))
			// SymPy's order: -im first (a minus sign distributes over a
			// sum), then the division, which does not cancel
			re, im = Div(re, mag), Div(Neg(im), mag)
			n.Neg(n)
			if IsNumber(re) && IsNumber(im) {
				if expr := Expand(NewPow(NewAdd(re, NewMul(im, I)), NewBigInt(n))); !Equal(expr, p) {
					return asRealImag(expr, nil)
				}
			}
		} else if IsNumber(re) && IsNumber(im) {
			if expr := Expand(p); !Equal(expr, p) {
				return asRealImag(expr, nil)
			}
		}
		if !n.IsInt64() || n.Int64() > 1000 {
			return nil, nil, false
		}
		k64 := n.Int64()
		var reTerms, im1, im3 []Expr
		c := big.NewInt(1)
		for k := int64(0); k <= k64; k++ {
			if k > 0 { // C(n, k) from C(n, k-1)
				c.Mul(c, big.NewInt(k64-k+1))
				c.Quo(c, big.NewInt(k))
			}
			cc := NewBigInt(new(big.Int).Set(c))
			a := NewPow(re, NewInt(k64-k))
			switch k % 4 {
			case 0, 2:
				reTerms = append(reTerms, NewMul(cc, a, NewPow(NewMul(I, im), NewInt(k))))
			case 1:
				im1 = append(im1, NewMul(cc, a, NewPow(im, NewInt(k))))
			case 3:
				im3 = append(im3, NewMul(cc, a, NewPow(Neg(im), NewInt(k))))
			}
		}
		return NewAdd(reTerms...), NewAdd(NewAdd(im1...), NewAdd(im3...)), true
	case *Rational:
		re, im, _ := asRealImag(b, nil)
		if IsZero(im) == True && Equal(e, Half) {
			switch {
			case IsReal(re) == True && IsNegative(re) == False:
				return p, Zero, true
			case IsReal(re) == True && IsPositive(re) == False:
				return Zero, NewPow(Neg(b), e), true
			}
		}
		r := NewPow(NewAdd(NewPow(re, Two), NewPow(im, Two)), Half)
		t := fnAtan2.call(im, re)
		rp, tp := NewPow(r, e), NewMul(t, e)
		return NewMul(rp, fnCos.call(tp)), NewMul(rp, fnSin.call(tp)), true
	}
	return nil, nil, false
}

// ExpandComplex is SymPy's expand_complex (expand(complex=True)): bottom
// up, every node rewritten as re + I*im by as_real_imag. What dcalc
// cannot split (re or im left around anything but a symbol) is refused.
func ExpandComplex(e Expr) (Expr, error) {
	r := expandComplex(e)
	if unsplit(r) {
		return nil, errorf("NotImplementedError", "dcalc cannot write %s as re + I*im as SymPy does", Str(e))
	}
	return r, nil
}

// ExpandWithComplex is expand(e, complex=True): the complex hint, which
// sorts before the default ones, then those (log, multinomial, mul,
// power_base, power_exp).
func ExpandWithComplex(e Expr) (Expr, error) {
	r, err := ExpandComplex(e)
	if err != nil {
		return nil, err
	}
	return Expand(r), nil
}

func expandComplex(e Expr) Expr {
	e = mapArgs(e, expandComplex)
	re, im, _ := asRealImag(e, nil)
	return NewAdd(re, NewMul(I, im))
}

// AsRealImag is SymPy's as_real_imag(): the real and imaginary parts,
// refused where dcalc leaves re or im around anything but a symbol.
func AsRealImag(e Expr) (Expr, Expr, error) {
	re, im, _ := asRealImag(e, nil)
	if unsplit(re) || unsplit(im) {
		return nil, nil, errorf("NotImplementedError", "dcalc cannot split %s into real and imaginary parts as SymPy does", Str(e))
	}
	return re, im, nil
}

// unsplit reports whether e holds re(a) or im(a) with a not a symbol.
func unsplit(e Expr) bool {
	if f, ok := e.(*Func); ok && (f.def == fnRe || f.def == fnIm) {
		if _, sym := f.args[0].(*Symbol); !sym {
			return true
		}
	}
	for _, a := range e.Args() {
		if unsplit(a) {
			return true
		}
	}
	return false
}

// powAxis tells whether a is a power SymPy knows to be real (1) or
// imaginary (2), as re.eval and im.eval ask before splitting: an
// integer power of an imaginary base (real for an even exponent), or of
// a complex number whose value lies on an axis; 0 otherwise.
func powAxis(a Expr) int {
	p, ok := a.(*Pow)
	if !ok {
		return 0
	}
	n, ok := p.Exp().(*Integer)
	if !ok {
		return 0
	}
	re, im, _ := asRealImag(p.Base(), nil)
	if IsZero(re) == True && IsReal(im) == True && IsZero(im) == False {
		if n.Big().Bit(0) == 0 {
			return 1
		}
		return 2
	}
	if IsNumber(re) && IsNumber(im) && n.IsInt64() && n.Int64() <= 1000 && n.Int64() >= -1000 {
		v := Expand(NewPow(NewAdd(re, NewMul(I, im)), n))
		vr, vi, _ := asRealImag(v, nil)
		switch {
		case IsZero(vi) == True:
			return 1
		case IsZero(vr) == True:
			return 2
		}
	}
	return 0
}

// distributeTop is expand_mul(e, deep=False): a product of sums
// multiplied out at the top level only, the factors left as they are.
func distributeTop(e Expr) Expr {
	terms := []Expr{One}
	for _, f := range mulArgs(e) {
		var next []Expr
		for _, t := range terms {
			for _, a := range addArgs(f) {
				next = append(next, NewMul(t, a))
			}
		}
		terms = next
	}
	return NewAdd(terms...)
}
