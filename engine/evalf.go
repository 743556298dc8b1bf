package engine

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/dcalc/dcalc/engine/mpf"
)

// DefaultDps is the number of decimal digits evalf and N use by default.
const DefaultDps = 15

// Evalf evaluates e numerically to dps significant decimal digits, as
// SymPy's N(e, dps) and e.evalf(dps, subs=...) do. The pairs in subs
// (symbol, value) are substituted first. A numeric result is a Float of
// precision mpf.DpsToPrec(dps), the Integer 0, a complex number re + im*I
// with Float parts, or one of oo, -oo, zoo and nan. When free symbols
// remain, the numeric subexpressions are evaluated and the rest is kept:
// (x + pi).evalf() is x + 3.14159265358979.
func Evalf(e Expr, dps int, subs [][2]Expr) (Expr, error) {
	if dps <= 0 {
		dps = 1
	}
	if err := checkDps(dps); err != nil {
		return nil, err
	}
	if dps == 1 && IsNumber(e) {
		return evalfOneDigit(e)
	}
	prec := mpf.DpsToPrec(dps)
	if s, ok := e.(*Special); ok {
		return s, nil
	}
	if r, cancelled, err := evalfNumber(e, prec+4, prec, subs); err == nil {
		if cancelled {
			return evalfCancelled(e, prec, subs)
		}
		return r, nil
	} else if errors.Is(err, errInfinite) {
		return Zoo, nil
	} else if e, ok := err.(*Error); ok && (e.Type == "NotImplementedError" || e == errGammaPole) {
		return nil, err // (a numerical integral dcalc cannot do; mpmath's error at a pole)
	}
	// SymPy's fallback: substitute, then evaluate the numeric parts.
	// (Expr.evalf: self.subs(subs)._eval_evalf(prec), or self unchanged
	// when that gives nothing — so a Derivative keeps its point as Subs)
	orig := e
	if len(subs) > 0 {
		e = SubsPairs(e, subs)
	}
	v := evalfParts(e, prec)
	if v == nil {
		return orig, nil
	}
	if !isNumeric(v) {
		return v, nil
	}
	if r, _, err := evalfNumber(v, prec, prec, nil); err == nil {
		return r, nil
	}
	return v, nil
}

// evalfCancelled is Evalf for a number whose real or imaginary part
// cancels to zero: SymPy's answer there is an artefact of its accuracy
// bookkeeping (cos(1)**2 + sin(1)**2 - 1 gives -0.e-124), which
// evalfQuad reproduces for the expressions it covers; for the rest dcalc
// says it cannot give SymPy's answer rather than print a different one.
func evalfCancelled(e Expr, prec int, subs [][2]Expr) (Expr, error) {
	r, err := evalfQuad(e, prec, subs)
	if errors.Is(err, errQuadUnsupported) {
		return nil, notImpl(fmt.Sprintf("evalf of %s: its value cancels to zero, and dcalc cannot reproduce the precision-limited result SymPy prints there", Str(e)))
	}
	return r, err
}

// evalfOneDigit is SymPy's evalf(1) for a number: evalf(2) rounded to
// one significant digit (half to even), a Float of 1 digit (2 when the
// rounded value is an integer).
func evalfOneDigit(e Expr) (Expr, error) {
	r, err := Evalf(e, 2, nil)
	if err != nil {
		return nil, err
	}
	f, ok := r.(*Float)
	if !ok || f.v.IsZero() {
		return r, nil
	}
	v := f.v.ToRat()
	a := new(big.Rat).Abs(v)
	ten := big.NewRat(10, 1)
	k := 0 // 10^(k-1) <= a < 10^k
	for p := big.NewRat(1, 1); a.Cmp(p) >= 0; p.Mul(p, ten) {
		k++
	}
	for p := big.NewRat(1, 10); a.Cmp(p) < 0; p.Quo(p, ten) {
		k--
	}
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(1-k))), nil))
	if 1-k < 0 {
		scale.Inv(scale)
	}
	t := new(big.Rat).Mul(v, scale)
	q, m := new(big.Int).DivMod(t.Num(), t.Denom(), new(big.Int))
	switch new(big.Int).Lsh(m, 1).Cmp(t.Denom()) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	rv := new(big.Rat).Quo(new(big.Rat).SetInt(q), scale)
	// Expr.round returns Float(str(rv), 2) for an integer and
	// Float(rv, 1) otherwise.
	prec := mpf.DpsToPrec(1)
	if rv.IsInt() {
		prec = mpf.DpsToPrec(2)
	}
	return floatResult(mpf.FromRat(rv, prec)), nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// MaxDps is the largest precision, in decimal digits, that evalf, N and
// Float accept. 100,000 digits of pi take under a second; the mpf
// functions do not poll the interrupt inside one operation, so far
// larger precisions (N(pi, 10**6), Float(1, 10**9)) would run on past
// Ctrl-C. They raise NotImplementedError at once instead.
const MaxDps = 100000

func checkDps(dps int) error {
	if dps > MaxDps {
		return notImpl(fmt.Sprintf("a precision of %d digits is beyond dcalc's limit of %d", dps, MaxDps))
	}
	return nil
}

// N is Evalf without substitutions (SymPy's N(e, dps)).
func N(e Expr, dps int) (Expr, error) { return Evalf(e, dps, nil) }

// ToFloat64 converts e to a float64 as Python's float(e) does: e is
// evaluated to 15 digits and must be real. ok is false when e has free
// symbols or a nonzero imaginary part (Python raises TypeError).
func ToFloat64(e Expr) (float64, bool) {
	c, ok := ToComplex(e)
	if !ok || imag(c) != 0 {
		return 0, false
	}
	return real(c), true
}

// ToComplex converts e to a complex128 as Python's complex(e) does; ok is
// false when e does not evaluate to a number.
func ToComplex(e Expr) (complex128, bool) {
	switch x := e.(type) {
	case *Special:
		switch x {
		case Oo:
			return complex(math.Inf(1), 0), true
		case NegOo:
			return complex(math.Inf(-1), 0), true
		case NaN:
			return complex(math.NaN(), 0), true
		}
		return 0, false
	}
	v, err := Evalf(e, DefaultDps, nil)
	if err != nil {
		return 0, false
	}
	re, im := v, Expr(Zero)
	if a, ok := v.(*Add); ok && len(a.args) == 2 {
		re, im = a.args[0], a.args[1]
	} else if !IsNumber(v) {
		im, re = v, Zero
	}
	if !IsNumber(re) {
		return 0, false
	}
	if !isZeroInt(im) {
		m, ok := im.(*Mul)
		if !ok || len(m.args) != 2 || m.args[1] != I || !IsNumber(m.args[0]) {
			return 0, false
		}
		im = m.args[0]
	}
	return complex(numFloat64(re), numFloat64(im)), true
}

func numFloat64(e Expr) float64 {
	switch x := e.(type) {
	case *Float:
		return x.Float64()
	case *Integer, *Rational:
		f, _ := toRat(e).Float64()
		return f
	case *Special:
		switch x {
		case Oo:
			return math.Inf(1)
		case NegOo:
			return math.Inf(-1)
		}
	}
	return math.NaN()
}

// errNotNumeric reports that an expression has free symbols or a part
// that cannot be evaluated numerically.
var errNotNumeric = errors.New("not numeric")

// errInfinite reports a division by zero or an infinite value.
var errInfinite = errors.New("infinite value")

// replaceExprs replaces every subexpression equal to a pair's first
// evalfParts is SymPy's _eval_evalf: it evaluates the numeric parts of e at
// prec bits and returns the rebuilt expression, or nil when nothing
// changes.
func evalfParts(e Expr, prec int) Expr {
	switch x := e.(type) {
	case *Integer, *Rational:
		return floatResult(toMpf(e, prec))
	case *Float:
		return floatResult(x.v.WithPrec(prec))
	case *Constant:
		switch x {
		case Pi:
			return floatFrom(mpf.Pi(prec))
		case E:
			return floatFrom(mpf.E(prec))
		}
		if v, ok := ConstantMpf(x, prec); ok {
			return floatFrom(v)
		}
		return nil
	case *Mul:
		// Mul._eval_evalf keeps a -1 coefficient: (-x).evalf() is -x
		if c, m := AsCoeffMul(x); isInt(c, -1) {
			if v := evalfParts(m, prec); v != nil {
				m = v
			}
			return Neg(m)
		}
		return evalfArgs(x, prec)
	case *Add:
		return evalfArgs(x, prec)
	case *Pow:
		b, ex := x.args[0], x.args[1]
		if b == E {
			if f := LookupFunc("exp"); f != nil {
				return evalfParts(newFunc(f, []Expr{ex}), prec)
			}
		}
		if v := evalfParts(b, prec); v != nil {
			b = v
		}
		if !IsInteger(ex) {
			if v := evalfParts(ex, prec); v != nil {
				ex = v
			}
		}
		return NewPow(b, ex)
	case *Func:
		if x.def == fnPiecewise {
			// Piecewise._eval_evalf: the pieces, not the conditions
			return mapPieces(x, func(e Expr) Expr {
				if v := evalfParts(e, prec); v != nil {
					return v
				}
				return e
			})
		}
		if x.def.Undefined || x.def.boolean || !isNumeric(x) {
			return nil
		}
		r, _, err := evalfNumber(x, prec+5, prec, nil)
		if err != nil {
			return nil
		}
		return r
	}
	return nil
}

// evalfArgs is AssocOp._eval_evalf: the sum or product of the args'
// evaluated parts.
func evalfArgs(x Expr, prec int) Expr {
	args := x.Args()
	nargs := make([]Expr, len(args))
	for i, a := range args {
		if v := evalfParts(a, prec); v != nil {
			nargs[i] = v
		} else {
			nargs[i] = a
		}
	}
	if _, ok := x.(*Add); ok {
		return NewAdd(nargs...)
	}
	return NewMul(nargs...)
}

// evalfNumber evaluates a numeric expression to prec bits: the working
// precision starts at wp bits and grows until two evaluations agree.
// cancelled reports a real or imaginary part that vanished by
// cancellation (noise that shrinks as the precision grows), where
// SymPy's own answer depends on its accuracy bookkeeping.
func evalfNumber(e Expr, wp, prec int, subs [][2]Expr) (r Expr, cancelled bool, err error) {
	ev := &evaluator{subs: subs}
	wp += 16
	ev.wp = wp
	prev, err := ev.eval(e)
	if err != nil {
		return nil, false, err
	}
	prevZ := ev.noise(prev)
	var cur cval
	converged := false
	for range 12 {
		wp += max(64, wp/2)
		ev.wp = wp
		ev.cancel, ev.cancelTop, ev.sawImag = [2]bool{}, [2]int{}, false
		cur, err = ev.eval(e)
		if err != nil {
			return nil, false, err
		}
		curZ := ev.noise(cur)
		p, c := prev, cur
		for i, z := range curZ {
			if z && prevZ[i] {
				p.setPart(i, mpf.Zero(wp))
				c.setPart(i, mpf.Zero(wp))
				cancelled = true
			}
		}
		if ok, zre, zim := p.agrees(c, prec, wp); ok {
			cur = c
			if zre {
				cur.re = mpf.Zero(wp)
			}
			if zim {
				cur.im = mpf.Zero(wp)
			}
			cancelled = cancelled || zre || zim
			converged = true
			break
		}
		cancelled = false
		prev, prevZ = cur, curZ
	}
	if !converged && (ev.cancel[0] || ev.cancel[1]) {
		cancelled = true
	}
	if len(subs) == 0 && cur.isReal() {
		if v, ok := ev.sympyPowInt(e, prec+4); ok {
			cur.re = v
		}
	}
	rePrec, imPrec := prec, prec
	if !cur.re.IsZero() && !cur.im.IsZero() && len(subs) == 0 && ev.finalizesComplex(e) {
		// finalize_complex: the smaller part is only accurate relative
		// to the larger one (evalf computes at prec+4 bits).
		d := mag(cur.re) - mag(cur.im)
		if d > 0 {
			imPrec = max(min(prec, prec+4-d), 1)
		} else {
			rePrec = max(min(prec, prec+4+d), 1)
		}
	}
	// SymPy evaluates at prec+4 bits and then rounds to the Float's
	// precision: round twice as it does, the first time toward zero where
	// mpmath's function uses its default rounding (round_fast).
	var re, im mpf.Float
	if extra, down := firstRounding(e, !cur.re.IsZero() && !cur.im.IsZero()); down {
		re = cur.re.WithPrecDown(prec + extra).WithPrec(rePrec)
		im = cur.im.WithPrecDown(prec + extra).WithPrec(imPrec)
	} else {
		re = cur.re.WithPrec(prec + extra).WithPrec(rePrec)
		im = cur.im.WithPrec(prec + extra).WithPrec(imPrec)
	}
	if re.IsNaN() || im.IsNaN() {
		return NaN, false, nil
	}
	if re.IsInf() || im.IsInf() {
		if im.IsZero() {
			return NewMpfFloat(re), false, nil
		}
		return Zoo, false, nil
	}
	if im.IsZero() {
		return floatResult(re), cancelled, nil
	}
	return NewAdd(floatResult(re), NewMul(floatFrom(im), I)), cancelled, nil
}

// firstRounding returns how SymPy's evalf rounds the value of e before
// the final rounding to the Float's precision: to prec+extra bits, toward
// zero (down) where mpmath's function uses its default rounding
// (round_fast) and to nearest otherwise. Square roots, powers and exp use
// round_fast at prec+4 bits, as do pi and E; a complex power with an
// integer exponent n works at prec+4+log2|n| bits; a complex product is
// truncated at its working precision prec+4+len(args)+5. (A real power
// with an integer exponent is handled by sympyPowInt, which rounds
// already.)
func firstRounding(e Expr, complexResult bool) (extra int, down bool) {
	switch t := e.(type) {
	case *Constant:
		return 4, t == Pi || t == E
	case *Pow:
		if n, isInt := t.args[1].(*Integer); isInt {
			if complexResult && n.IsInt64() && n.Int64() != 0 {
				return 4 + bits.Len(uint(abs(int(n.Int64())))) - 1, true
			}
			return 4, false
		}
		return 4, IsNumber(t.args[1]) && isNumeric(t.args[0])
	case *Func:
		if t.def == fnExp && !t.def.Undefined && len(t.args) == 1 {
			_, isInt := t.args[0].(*Integer)
			return 4, !isInt
		}
	case *Mul:
		if complexResult {
			return 4 + len(t.args) + 5, true
		}
	}
	return 4, false
}

// sympyPowInt evaluates b**n (or exp(n)) for an integer n the way
// SymPy's evalf_pow does at target precision prec: the base rounded to
// prec + log2|n| + 5 bits, then raised with mpf_pow_int at prec bits,
// truncating. Its last bit can differ from the correctly rounded power.
func (ev *evaluator) sympyPowInt(e Expr, prec int) (mpf.Float, bool) {
	var b Expr
	var n *Integer
	switch t := e.(type) {
	case *Pow:
		b = t.args[0]
		n, _ = t.args[1].(*Integer)
	case *Func:
		if t.def == fnExp && !t.def.Undefined && len(t.args) == 1 {
			b = E
			n, _ = t.args[0].(*Integer)
		}
	}
	if n == nil || !n.IsInt64() || n.Int64() == 0 || abs(int(n.Int64())) > 1<<20 {
		return mpf.Float{}, false
	}
	bv, err := ev.eval(b)
	if err != nil || !bv.isReal() || bv.re.IsZero() {
		return mpf.Float{}, false
	}
	k := int(n.Int64())
	bp := prec + bits.Len(uint(abs(k))) - 1 + 5
	return mpf.PowIntDown(bv.re.WithPrec(bp), k, prec), true
}

// finalizesComplex reports whether SymPy's evalf of e ends in
// finalize_complex: a power (or exp) whose result comes from mpmath's
// complex power functions, for a complex base, a negative base with a
// non-integer exponent, or a complex exponent.
func (ev *evaluator) finalizesComplex(e Expr) bool {
	var b, x Expr
	switch t := e.(type) {
	case *Pow:
		b, x = t.args[0], t.args[1]
	case *Func:
		if t.def != fnExp || t.def.Undefined || len(t.args) != 1 {
			return false
		}
		b, x = E, t.args[0]
	default:
		return false
	}
	bv, err := ev.eval(b)
	if err != nil {
		return false
	}
	if _, ok := x.(*Integer); ok {
		return !bv.re.IsZero() && !bv.im.IsZero()
	}
	if r, ok := x.(*Rational); ok && r.r.Cmp(Half.r) == 0 {
		return !bv.im.IsZero()
	}
	xv, err := ev.eval(x)
	if err != nil {
		return false
	}
	return !xv.im.IsZero() || b != E && (!bv.im.IsZero() || bv.re.Sign() < 0)
}

// cval is a complex value; a zero part is exactly zero.
type cval struct{ re, im mpf.Float }

func (a cval) isReal() bool { return a.im.IsZero() }

func (a *cval) setPart(i int, v mpf.Float) {
	if i == 0 {
		a.re = v
	} else {
		a.im = v
	}
}

// noise reports which parts of v, evaluated at the current working
// precision, may be what is left of a cancelling sum (multiplying by I
// moves it to the other part): zero, or smaller than that sum's largest
// term by more than half the working precision. The imaginary part
// counts only when some sum had imaginary terms.
func (ev *evaluator) noise(v cval) [2]bool {
	var z [2]bool
	if !ev.cancel[0] && !ev.cancel[1] {
		return z
	}
	top := math.MinInt32
	for i, c := range ev.cancel {
		if c {
			top = max(top, ev.cancelTop[i])
		}
	}
	for i, p := range [2]mpf.Float{v.re, v.im} {
		z[i] = (i == 0 || ev.sawImag) && (p.IsZero() || mag(p) < top-ev.wp/2)
	}
	return z
}

// agrees reports whether a and b round to the same value at prec bits. A
// part that is negligible in both (noise left by cancellation at the
// working precision wp) also counts as agreeing, and is reported in
// zre or zim so that the caller can drop it.
func (a cval) agrees(b cval, prec, wp int) (ok, zre, zim bool) {
	scale := max(mag(b.re), mag(b.im))
	same := func(x, y mpf.Float) (bool, bool) {
		if x.WithPrec(prec).Equal(y.WithPrec(prec)) {
			return true, false
		}
		noise := !x.IsZero() && !y.IsZero() && mag(y) < scale-wp/2 && mag(x) < scale-wp/4
		return noise, noise
	}
	okRe, zre := same(a.re, b.re)
	okIm, zim := same(a.im, b.im)
	return okRe && okIm, zre, zim
}

// mag returns an exponent m with 2^(m-1) <= |x| < 2^m (a very small
// number for zero).
func mag(x mpf.Float) int {
	if m, ok := x.Mag(); ok {
		return m
	}
	return math.MinInt32
}

type evaluator struct {
	wp   int
	subs [][2]Expr
	// cancel records sums whose real (0) or imaginary (1) part came
	// out zero, or below its largest term by more than half the working
	// precision: a cancellation; cancelTop is the size of the largest
	// term of those sums.
	cancel    [2]bool
	cancelTop [2]int
	sawImag   bool // I, or a sum with a term with an imaginary part
}

func (ev *evaluator) real(v mpf.Float) cval { return cval{v, mpf.Zero(ev.wp)} }

func (ev *evaluator) eval(e Expr) (cval, error) {
	wp := ev.wp
	switch x := e.(type) {
	case *Integer:
		return ev.real(toMpf(x, 0)), nil
	case *Rational:
		return ev.real(mpf.FromRat(x.r, wp)), nil
	case *Float:
		return ev.real(x.v), nil
	case *Constant:
		switch x {
		case Pi:
			return ev.real(mpf.Pi(wp)), nil
		case E:
			return ev.real(mpf.E(wp)), nil
		case I:
			ev.sawImag = true
			return cval{mpf.Zero(wp), mpf.FromInt64(1, 0)}, nil
		}
		if v, ok := ConstantMpf(x, wp); ok {
			return ev.real(v), nil
		}
	case *Symbol:
		for _, p := range ev.subs {
			if Equal(p[0], x) {
				return ev.eval(p[1])
			}
		}
	case *Add:
		s := cval{mpf.Zero(wp), mpf.Zero(wp)}
		top := [2]int{math.MinInt32, math.MinInt32}
		for _, a := range x.args {
			v, err := ev.eval(a)
			if err != nil {
				return s, err
			}
			top = [2]int{max(top[0], mag(v.re)), max(top[1], mag(v.im))}
			ev.sawImag = ev.sawImag || !v.im.IsZero()
			s = ev.add(s, v)
		}
		for i, p := range [2]mpf.Float{s.re, s.im} {
			if top[i] > math.MinInt32 && (p.IsZero() || mag(p) < top[i]-wp/2) {
				if !ev.cancel[i] || top[i] > ev.cancelTop[i] {
					ev.cancelTop[i] = top[i]
				}
				ev.cancel[i] = true
			}
		}
		return s, nil
	case *Mul:
		p := ev.real(mpf.FromInt64(1, 0))
		for _, a := range x.args {
			v, err := ev.eval(a)
			if err != nil {
				return p, err
			}
			p = ev.mul(p, v)
		}
		return p, nil
	case *Pow:
		return ev.pow(x.args[0], x.args[1])
	case *Func:
		if x.def.Undefined {
			return cval{}, errNotNumeric
		}
		if x.def == IntegralDef {
			return ev.integral(x)
		}
		if IsSum(x) || IsProduct(x) {
			return ev.concrete(x)
		}
		args := make([]cval, len(x.args))
		for i, a := range x.args {
			v, err := ev.eval(a)
			if err != nil {
				return cval{}, err
			}
			args[i] = v
		}
		if x.def.evalf == nil {
			return cval{}, errNotNumeric
		}
		return x.def.evalf(ev, args)
	}
	return cval{}, errNotNumeric
}

func (ev *evaluator) add(a, b cval) cval {
	return cval{mpf.Add(a.re, b.re, ev.wp), mpf.Add(a.im, b.im, ev.wp)}
}

func (ev *evaluator) sub(a, b cval) cval {
	return cval{mpf.Sub(a.re, b.re, ev.wp), mpf.Sub(a.im, b.im, ev.wp)}
}

func (ev *evaluator) neg(a cval) cval { return cval{a.re.Neg(), a.im.Neg()} }

func (ev *evaluator) mul(a, b cval) cval {
	wp := ev.wp
	if a.isReal() && b.isReal() {
		return ev.real(mpf.Mul(a.re, b.re, wp))
	}
	w := wp + 8
	re := mpf.Sub(mpf.Mul(a.re, b.re, w), mpf.Mul(a.im, b.im, w), wp)
	im := mpf.Add(mpf.Mul(a.re, b.im, w), mpf.Mul(a.im, b.re, w), wp)
	return cval{re, im}
}

func (ev *evaluator) mulI(a cval) cval { return cval{a.im.Neg(), a.re} }

func (ev *evaluator) quo(a, b cval) (cval, error) {
	wp := ev.wp
	if b.re.IsZero() && b.im.IsZero() {
		return cval{}, errInfinite
	}
	if b.isReal() {
		return cval{mpf.Quo(a.re, b.re, wp), mpf.Quo(a.im, b.re, wp)}, nil
	}
	w := wp + 8
	d := mpf.Add(mpf.Mul(b.re, b.re, w), mpf.Mul(b.im, b.im, w), w)
	re := mpf.Add(mpf.Mul(a.re, b.re, w), mpf.Mul(a.im, b.im, w), w)
	im := mpf.Sub(mpf.Mul(a.im, b.re, w), mpf.Mul(a.re, b.im, w), w)
	return cval{mpf.Quo(re, d, wp), mpf.Quo(im, d, wp)}, nil
}

func (ev *evaluator) inv(a cval) (cval, error) {
	return ev.quo(ev.real(mpf.FromInt64(1, 0)), a)
}

func (ev *evaluator) abs(a cval) mpf.Float {
	if a.isReal() {
		return a.re.Abs()
	}
	if a.re.IsZero() {
		return a.im.Abs()
	}
	w := ev.wp + 8
	return mpf.Sqrt(mpf.Add(mpf.Mul(a.re, a.re, w), mpf.Mul(a.im, a.im, w), w), ev.wp)
}

func (ev *evaluator) powInt(a cval, n *big.Int) (cval, error) {
	if n.Sign() < 0 {
		p, err := ev.powInt(a, new(big.Int).Neg(n))
		if err != nil {
			return p, err
		}
		return ev.inv(p)
	}
	if a.isReal() && n.IsInt64() && n.Int64() < 1<<40 {
		return ev.real(mpf.PowInt(a.re, int(n.Int64()), ev.wp)), nil
	}
	if n.BitLen() > 40 {
		return cval{}, errNotNumeric
	}
	saved := ev.wp
	ev.wp += n.BitLen() + 8
	r := ev.real(mpf.FromInt64(1, 0))
	for i := n.BitLen() - 1; i >= 0; i-- {
		r = ev.mul(r, r)
		if n.Bit(i) == 1 {
			r = ev.mul(r, a)
		}
	}
	ev.wp = saved
	return r, nil
}

func (ev *evaluator) pow(b, e Expr) (cval, error) {
	bv, err := ev.eval(b)
	if err != nil {
		return bv, err
	}
	if n, ok := e.(*Integer); ok {
		return ev.powInt(bv, n.Big())
	}
	if r, ok := e.(*Rational); ok && r.r.Denom().Cmp(big.NewInt(2)) == 0 {
		s, err := ev.sqrt(bv)
		if err != nil {
			return s, err
		}
		return ev.powInt(s, r.r.Num())
	}
	ev2, err := ev.eval(e)
	if err != nil {
		return ev2, err
	}
	if bv.isReal() && ev2.isReal() && (bv.re.Sign() > 0 || bv.re.IsZero() && ev2.re.Sign() > 0) {
		return ev.real(mpf.Pow(bv.re, ev2.re, ev.wp)), nil
	}
	if bv.re.IsZero() && bv.im.IsZero() {
		if ev2.re.Sign() > 0 {
			return bv, nil
		}
		return cval{}, errInfinite
	}
	l, err := ev.log(bv)
	if err != nil {
		return l, err
	}
	return ev.exp(ev.mul(ev2, l)), nil
}

func (ev *evaluator) sqrt(a cval) (cval, error) {
	wp := ev.wp
	if a.isReal() {
		if a.re.Sign() >= 0 {
			return ev.real(mpf.Sqrt(a.re, wp)), nil
		}
		return cval{mpf.Zero(wp), mpf.Sqrt(a.re.Neg(), wp)}, nil
	}
	w := wp + 10
	r := ev.abs(a)
	t := mpf.Sqrt(mpf.Quo(mpf.Add(r, a.re.Abs(), w), mpf.FromInt64(2, 0), w), w)
	u := mpf.Quo(a.im.Abs(), mpf.Mul(t, mpf.FromInt64(2, 0), w), w)
	if a.re.Sign() >= 0 {
		if a.im.Sign() < 0 {
			u = u.Neg()
		}
		return cval{t.WithPrec(wp), u.WithPrec(wp)}, nil
	}
	if a.im.Sign() < 0 {
		t = t.Neg()
	}
	return cval{u.WithPrec(wp), t.WithPrec(wp)}, nil
}

func (ev *evaluator) exp(a cval) cval {
	wp := ev.wp
	if a.isReal() {
		return ev.real(mpf.Exp(a.re, wp))
	}
	m := mpf.Exp(a.re, wp+4)
	return cval{mpf.Mul(m, mpf.Cos(a.im, wp+4), wp), mpf.Mul(m, mpf.Sin(a.im, wp+4), wp)}
}

func (ev *evaluator) log(a cval) (cval, error) {
	wp := ev.wp
	if a.re.IsZero() && a.im.IsZero() {
		return cval{}, errInfinite
	}
	if a.isReal() {
		if a.re.Sign() > 0 {
			return ev.real(mpf.Log(a.re, wp)), nil
		}
		return cval{mpf.Log(a.re.Neg(), wp), mpf.Pi(wp)}, nil
	}
	saved := ev.wp
	ev.wp += 8
	r := ev.abs(a)
	ev.wp = saved
	return cval{mpf.Log(r, wp), mpf.Atan2(a.im, a.re, wp)}, nil
}

// sinCos returns sin(a) and cos(a).
func (ev *evaluator) sinCos(a cval) (cval, cval) {
	wp := ev.wp
	if a.isReal() {
		return ev.real(mpf.Sin(a.re, wp)), ev.real(mpf.Cos(a.re, wp))
	}
	w := wp + 8
	s, c := mpf.Sin(a.re, w), mpf.Cos(a.re, w)
	sh, ch := mpf.Sinh(a.im, w), mpf.Cosh(a.im, w)
	sin := cval{mpf.Mul(s, ch, wp), mpf.Mul(c, sh, wp)}
	cos := cval{mpf.Mul(c, ch, wp), mpf.Mul(s, sh, wp).Neg()}
	return sin, cos
}

// sinhCosh returns sinh(a) and cosh(a).
func (ev *evaluator) sinhCosh(a cval) (cval, cval) {
	if a.isReal() {
		return ev.real(mpf.Sinh(a.re, ev.wp)), ev.real(mpf.Cosh(a.re, ev.wp))
	}
	// sinh(z) = -i sin(iz), cosh(z) = cos(iz)
	s, c := ev.sinCos(ev.mulI(a))
	return ev.mulI(ev.neg(s)), c
}

func (ev *evaluator) one() cval { return ev.real(mpf.FromInt64(1, 0)) }

// asin(z) = -i log(iz + sqrt(1 - z²)).
func (ev *evaluator) asin(a cval) (cval, error) {
	if a.isReal() && mpf.Cmp(a.re.Abs(), mpf.FromInt64(1, 0)) <= 0 {
		return ev.real(mpf.Asin(a.re, ev.wp)), nil
	}
	s, err := ev.sqrt(ev.sub(ev.one(), ev.mul(a, a)))
	if err != nil {
		return s, err
	}
	l, err := ev.log(ev.add(ev.mulI(a), s))
	if err != nil {
		return l, err
	}
	return ev.mulI(ev.neg(l)), nil
}

func (ev *evaluator) acos(a cval) (cval, error) {
	if a.isReal() && mpf.Cmp(a.re.Abs(), mpf.FromInt64(1, 0)) <= 0 {
		return ev.real(mpf.Acos(a.re, ev.wp)), nil
	}
	s, err := ev.asin(a)
	if err != nil {
		return s, err
	}
	h := mpf.Quo(mpf.Pi(ev.wp+4), mpf.FromInt64(2, 0), ev.wp)
	return ev.sub(ev.real(h), s), nil
}

// atan(z) = i/2 (log(1 - iz) - log(1 + iz)).
func (ev *evaluator) atan(a cval) (cval, error) {
	if a.isReal() {
		return ev.real(mpf.Atan(a.re, ev.wp)), nil
	}
	iz := ev.mulI(a)
	l1, err := ev.log(ev.sub(ev.one(), iz))
	if err != nil {
		return l1, err
	}
	l2, err := ev.log(ev.add(ev.one(), iz))
	if err != nil {
		return l2, err
	}
	d := ev.sub(l1, l2)
	h, _ := ev.quo(ev.mulI(d), ev.real(mpf.FromInt64(2, 0)))
	return h, nil
}

// asinh(z) = log(z + sqrt(z² + 1)).
func (ev *evaluator) asinh(a cval) (cval, error) {
	if a.isReal() {
		return ev.real(mpf.Asinh(a.re, ev.wp)), nil
	}
	s, err := ev.sqrt(ev.add(ev.mul(a, a), ev.one()))
	if err != nil {
		return s, err
	}
	return ev.log(ev.add(a, s))
}

// acosh(z) = log(z + sqrt(z + 1) sqrt(z - 1)).
func (ev *evaluator) acosh(a cval) (cval, error) {
	if a.isReal() && mpf.Cmp(a.re, mpf.FromInt64(1, 0)) >= 0 {
		return ev.real(mpf.Acosh(a.re, ev.wp)), nil
	}
	if a.isReal() && mpf.Cmp(a.re.Abs(), mpf.FromInt64(1, 0)) <= 0 {
		return cval{mpf.Zero(ev.wp), mpf.Acos(a.re, ev.wp)}, nil
	}
	s1, err := ev.sqrt(ev.add(a, ev.one()))
	if err != nil {
		return s1, err
	}
	s2, err := ev.sqrt(ev.sub(a, ev.one()))
	if err != nil {
		return s2, err
	}
	return ev.log(ev.add(a, ev.mul(s1, s2)))
}

// atanh(z) = (log(1 + z) - log(1 - z)) / 2.
func (ev *evaluator) atanh(a cval) (cval, error) {
	if a.isReal() && mpf.Cmp(a.re.Abs(), mpf.FromInt64(1, 0)) < 0 {
		return ev.real(mpf.Atanh(a.re, ev.wp)), nil
	}
	l1, err := ev.log(ev.add(ev.one(), a))
	if err != nil {
		return l1, err
	}
	l2, err := ev.log(ev.sub(ev.one(), a))
	if err != nil {
		return l2, err
	}
	return ev.quo(ev.sub(l1, l2), ev.real(mpf.FromInt64(2, 0)))
}

// Round is SymPy's Expr.round (Python's round(e) and round(e, n)) for a
// real number e: with hasDigits false it returns an Integer, otherwise a
// Float rounded to ndigits decimal places with SymPy's precision. As in
// SymPy, the digits are first rounded at the number's own precision (up
// when the rest, rounded to one digit, exceeds one half) and then rounded
// half to even at the wanted place. oo, -oo, zoo
// and nan are returned unchanged. A complex or symbolic e is an error.
func Round(e Expr, ndigits int, hasDigits bool) (Expr, error) {
	p := 0
	if hasDigits {
		p = ndigits
	}
	switch x := e.(type) {
	case *Special:
		return x, nil
	case *Integer:
		return NewBigInt(roundIntHalfEven(x.Big(), p)), nil
	}
	v, err := Evalf(e, DefaultDps, nil)
	if err != nil {
		return nil, err
	}
	xv, ok := v.(*Float)
	if !ok {
		if isZeroNum(v) {
			if hasDigits {
				return e, nil
			}
			return Zero, nil
		}
		return nil, errorf("TypeError", "Cannot round symbolic expression")
	}
	// _mag: 0.1 <= |x|/10**m < 1
	ax := math.Abs(xv.Float64())
	m := int(math.Ceil(math.Log10(ax)))
	if ax/math.Pow(10, float64(m)) >= 1 {
		m++
	}
	allow := m + p
	maxPrec := 0
	walkFloats(e, func(f *Float) { maxPrec = max(maxPrec, f.v.Prec()) })
	var dps int
	if maxPrec == 0 {
		dps = max(15, allow)
	} else {
		dps = mpf.PrecToDps(maxPrec)
		allow = min(allow, dps)
	}
	shift := dps - m
	xn, err := Evalf(e, dps+1, nil)
	if err != nil {
		return nil, err
	}
	xf, ok := xn.(*Float)
	if !ok {
		return nil, errorf("TypeError", "Cannot round symbolic expression")
	}
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(shift))), nil))
	if shift < 0 {
		scale.Inv(scale)
	}
	wp := xf.v.Prec()
	xs := mpf.Mul(xf.v, mpf.FromRat(scale, wp), wp)
	xsr := xs.ToRat()
	xi := new(big.Int).Quo(xsr.Num(), xsr.Denom()) // toward zero
	sign := int64(xs.Sign())
	// dif2 = sign*(xf - xi).n(1), compared with one half
	d := new(big.Rat).Sub(xsr, new(big.Rat).SetInt(xi))
	if sign < 0 {
		d.Neg(d)
	}
	if d.Sign() != 0 {
		dr, err := evalfOneDigit(NewMpfFloat(mpf.FromRat(d, wp)))
		if err != nil {
			return nil, err
		}
		drf, ok := dr.(*Float)
		if !ok {
			return nil, errorf("TypeError", "Cannot round symbolic expression")
		}
		// SymPy's tie branch (dif2 == .5) never fires: a Float equals
		// 0.5 only at 53 bits, and dif2 has 7.
		if drf.v.ToRat().Cmp(big.NewRat(1, 2)) > 0 {
			xi.Add(xi, big.NewInt(sign))
		}
	}
	xr := roundIntHalfEven(xi, p-shift)
	rv := new(big.Rat).Quo(new(big.Rat).SetInt(xr), scale)
	if rv.IsInt() {
		if !hasDigits {
			return NewBigInt(rv.Num()), nil
		}
		return NewFloatString(rv.Num().String(), dps)
	}
	if allow == 0 && rv.Cmp(xv.v.ToRat()) > 0 {
		allow++
	}
	return floatFrom(mpf.FromRat(rv, mpf.DpsToPrec(allow))), nil
}

// roundIntHalfEven is Python's round(n, p) for an int: n itself when
// p >= 0, else n rounded to a multiple of 10**-p, ties to even.
func roundIntHalfEven(n *big.Int, p int) *big.Int {
	if p >= 0 {
		return new(big.Int).Set(n)
	}
	q := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-p)), nil)
	d, r := new(big.Int).DivMod(n, q, new(big.Int)) // floor division
	switch new(big.Int).Lsh(r, 1).Cmp(q) {
	case 1:
		d.Add(d, big.NewInt(1))
	case 0:
		if d.Bit(0) == 1 {
			d.Add(d, big.NewInt(1))
		}
	}
	return d.Mul(d, q)
}

func walkFloats(e Expr, f func(*Float)) {
	if x, ok := e.(*Float); ok {
		f(x)
		return
	}
	for _, a := range e.Args() {
		walkFloats(a, f)
	}
}

// concrete evaluates a Sum or Product with no free symbols through its
// closed form (doit); one with free symbols is not a number, and one
// doit cannot evaluate raises its NotImplementedError (SymPy would sum
// it numerically).
func (ev *evaluator) concrete(f *Func) (r cval, err error) {
	if len(FreeSymbols(f)) > 0 {
		if IsProduct(f) {
			// SymPy's evalf_prod rewrites it as a Sum of logarithms
			// and fails on the symbolic limit with a TypeError
			return cval{}, notImpl("dcalc does not evaluate a Product with symbolic limits numerically")
		}
		return cval{}, errNotNumeric
	}
	defer func() {
		if p := recover(); p != nil {
			e, ok := p.(*Error)
			if !ok {
				panic(p)
			}
			err = e
		}
	}()
	return ev.eval(Doit(f))
}

// UnevaluatedCall is a call in e that its function's rules would
// rewrite (made with evaluate=False), or nil: SymPy's evalf of
// sin(pi, evaluate=False) is mpmath's residue (0.e-184), which dcalc's
// evaluation does not reproduce, so evalf refuses these.
func UnevaluatedCall(e Expr) Expr {
	if f, ok := e.(*Func); ok && !f.def.Undefined && !f.def.boolean && f.def != IntegralDef && !IsSum(f) && !IsProduct(f) && !IsLimit(f) && !IsPiecewise(f) {
		if r, err := Apply(f.def, f.args...); err == nil && !Equal(r, f) {
			return f
		}
	}
	for _, a := range e.Args() {
		if u := UnevaluatedCall(a); u != nil {
			return u
		}
	}
	return nil
}
