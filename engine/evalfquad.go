package engine

import (
	"errors"
	"math"
	"math/big"
	"math/bits"

	"github.com/dcalc/dcalc/engine/mpf"
)

// This file is SymPy 1.14's own evalf algorithm (sympy/core/evalf.py) for
// the expressions where its answer depends on how it tracks accuracy: a
// sum whose terms cancel. SymPy evaluates each term to a working
// precision, adds the mantissas exactly, and when the sum's accuracy is
// short raises the precision and tries again, up to maxprec; a sum that
// is zero to every precision it tried becomes a Float of one bit whose
// size is the error bound, printed like -0.e-124. dcalc's ordinary
// evaluator (evalf.go) computes the value to convergence instead, so it
// hands over to this one when it finds a cancellation. The functions
// below follow evalf_add, add_terms, evalf_mul, evalf_pow, evalf_trig,
// evalf_log and evalf_atan step by step, including mpmath's rounding
// directions; anything else returns errQuadUnsupported.

// errQuadUnsupported reports an expression outside the ported subset.
var errQuadUnsupported = errors.New("outside SymPy's evalf subset ported here")

// quadNegInf stands for mpmath's MINUS_INF (fastlog of zero).
const quadNegInf = math.MinInt32 / 4

// quadPart is one part of SymPy's evalf result: an mpf value and its
// accuracy in bits. ok is false for Python's None; a present part may be
// zero (mpmath's fzero, which Python treats as true).
type quadPart struct {
	v   mpf.Float
	acc int
	ok  bool
}

// quad is SymPy's (re, im, re_acc, im_acc).
type quad struct{ re, im quadPart }

func quadReal(v mpf.Float, acc int) quad { return quad{re: quadPart{v: v, acc: acc, ok: true}} }

// quadEval carries evalf's options dict: maxprec, which evalf_add
// lowers while it works and evalf_trig reads, and the substitutions
// with evalf_symbol's cache (a symbol's value at the highest precision
// asked for so far is reused at lower precisions, as SymPy does).
type quadEval struct {
	maxprec int
	subs    [][2]Expr
	cache   map[int]quadCached
}

type quadCached struct {
	v    quad
	prec int
}

// fastlog is mpmath's: exponent plus bit count, MINUS_INF for zero.
func fastlog(p quadPart) int {
	if !p.ok || p.v.IsZero() {
		return quadNegInf
	}
	return mag(p.v)
}

// evalfQuad is Expr.evalf(n) by SymPy's algorithm: the quad at prec+4
// bits turned into Floats of at most prec bits.
func evalfQuad(e Expr, prec int, subs [][2]Expr) (Expr, error) {
	q := &quadEval{maxprec: max(prec, int(100*math.Log2(10))), subs: subs}
	r, err := q.eval(e, prec+4)
	if err != nil {
		return nil, err
	}
	toFloat := func(p quadPart) Expr {
		if p.v.IsZero() {
			return Zero
		}
		bitsp := max(min(prec, p.acc), 1)
		return floatFrom(p.v.WithPrec(bitsp))
	}
	re := Expr(Zero)
	if r.re.ok {
		re = toFloat(r.re)
	}
	if !r.im.ok {
		return re, nil
	}
	return NewAdd(re, NewMul(toFloat(r.im), I)), nil
}

func (q *quadEval) eval(e Expr, prec int) (quad, error) {
	switch x := e.(type) {
	case *Integer:
		if x.Sign() == 0 {
			return quad{}, nil
		}
		return quadReal(mpf.FromMantExp(x.Big(), 0, prec, true), prec), nil
	case *Rational:
		return quadReal(mpf.FromRatDown(x.r, prec), prec), nil
	case *Float:
		if x.v.IsZero() {
			return quadReal(x.v, prec), nil
		}
		if !x.v.IsFinite() {
			return quad{}, errQuadUnsupported
		}
		return quadReal(x.v, prec), nil
	case *Constant:
		switch x {
		case Pi:
			return quadReal(mpf.PiDown(prec), prec), nil
		case E:
			return quadReal(mpf.EDown(prec), prec), nil
		case I:
			return quad{im: quadPart{v: mpf.FromInt64(1, prec), acc: prec, ok: true}}, nil
		}
	case *Symbol:
		for i, p := range q.subs {
			if Equal(p[0], x) {
				if c, ok := q.cache[i]; ok && c.prec >= prec {
					return c.v, nil
				}
				v, err := q.eval(p[1], prec)
				if err != nil {
					return quad{}, err
				}
				if q.cache == nil {
					q.cache = map[int]quadCached{}
				}
				q.cache[i] = quadCached{v, prec}
				return v, nil
			}
		}
	case *Add:
		return q.add(x.args, prec)
	case *Mul:
		return q.mul(x, prec)
	case *Pow:
		return q.pow(x.args[0], x.args[1], prec)
	case *Func:
		if x.def.Undefined || len(x.args) != 1 {
			break
		}
		if h := quadHooks[x.def]; h != nil {
			return h(q, x.args[0], prec)
		}
		return q.mpmathFunc(x, prec)
	}
	return quad{}, errQuadUnsupported
}

// mpmathFunc is evalf's fall-back for a function without its own
// evalf routine (Function._eval_evalf): the argument to prec+5 bits
// (by evalf with fresh options), the mpmath function at prec bits,
// rounded to nearest. Only real values are covered.
func (q *quadEval) mpmathFunc(f *Func, prec int) (quad, error) {
	if f.def.evalf == nil {
		return quad{}, errQuadUnsupported
	}
	var x mpf.Float
	if n, ok := f.args[0].(*Integer); ok {
		x = mpf.FromInt(n.Big(), 0)
	} else {
		fresh := &quadEval{maxprec: 333, subs: q.subs}
		a, err := fresh.eval(f.args[0], prec+5)
		if err != nil {
			return quad{}, err
		}
		if a.im.ok {
			return quad{}, errQuadUnsupported
		}
		if a.re.ok {
			x = a.re.v.WithPrec(prec + 5)
		}
	}
	ev := &evaluator{wp: prec + 40}
	v, err := f.def.evalf(ev, []cval{ev.real(x)})
	if err != nil || !v.im.IsZero() || !v.re.IsFinite() {
		return quad{}, errors.Join(err, errQuadUnsupported)
	}
	if v.re.IsZero() {
		return quad{}, nil
	}
	return quadReal(v.re.WithPrec(prec), prec), nil
}

// quadHooks are the functions whose evalf SymPy handles in its table
// (evalf_exp, evalf_trig, evalf_log, evalf_atan).
var quadHooks map[*FuncDef]func(q *quadEval, arg Expr, prec int) (quad, error)

func init() {
	quadHooks = map[*FuncDef]func(q *quadEval, arg Expr, prec int) (quad, error){
		fnExp: func(q *quadEval, arg Expr, prec int) (quad, error) { return q.pow(E, arg, prec) },
		fnSin: func(q *quadEval, arg Expr, prec int) (quad, error) { return q.trig(mpf.Sin, false, arg, prec) },
		fnCos: func(q *quadEval, arg Expr, prec int) (quad, error) { return q.trig(mpf.Cos, true, arg, prec) },
		fnTan: func(q *quadEval, arg Expr, prec int) (quad, error) { return q.trig(mpf.Tan, false, arg, prec) },
		fnLog: (*quadEval).log,
		fnAtan: func(q *quadEval, arg Expr, prec int) (quad, error) {
			r, err := q.eval(arg, prec+5)
			if err != nil || !r.re.ok && !r.im.ok {
				return quad{}, err
			}
			if r.im.ok {
				return quad{}, errQuadUnsupported
			}
			return quadReal(mpf.Atan(r.re.v, prec), prec), nil
		},
	}
}

// complexAccuracy is SymPy's complex_accuracy (INF as MaxInt32).
func complexAccuracy(r quad) int {
	if !r.im.ok {
		if !r.re.ok {
			return math.MaxInt32
		}
		return r.re.acc
	}
	if !r.re.ok {
		return r.im.acc
	}
	reSize, imSize := fastlog(r.re), fastlog(r.im)
	absErr := max(reSize-r.re.acc, imSize-r.im.acc)
	return -(absErr - max(reSize, imSize))
}

// add is evalf_add over the terms args.
func (q *quadEval) add(args []Expr, prec int) (quad, error) {
	if len(args) > 0 {
		if h, c, ok := pureComplex(NewAdd(args...)); ok {
			re, err := q.eval(h, prec)
			if err != nil {
				return quad{}, err
			}
			im, err := q.eval(c, prec)
			if err != nil {
				return quad{}, err
			}
			return quad{re: re.re, im: im.re}, nil
		}
	}
	old := q.maxprec
	target := prec
	var r quad
	for i := 0; ; i++ {
		checkInterrupt()
		q.maxprec = min(old, 2*prec)
		var res, ims []quadPart
		for _, a := range args {
			t, err := q.eval(a, prec+10)
			if err != nil {
				return quad{}, err
			}
			if t.re.ok {
				res = append(res, t.re)
			}
			if t.im.ok {
				ims = append(ims, t.im)
			}
		}
		r = quad{re: addTerms(res, prec, target), im: addTerms(ims, prec, target)}
		acc := complexAccuracy(r)
		if acc >= target || prec-target > q.maxprec {
			break
		}
		prec += max(10+1<<i, target-acc)
	}
	q.maxprec = old
	return r, nil
}

// addTerms is SymPy's add_terms: the exact sum of the terms' mantissas,
// rounded to target bits, with the accuracy the terms' errors allow; a
// sum that cancels exactly is a scaled zero of the largest error's size.
func addTerms(terms []quadPart, prec, target int) quadPart {
	live := terms[:0:0]
	for _, t := range terms {
		if !t.v.IsZero() {
			live = append(live, t)
		}
	}
	switch len(live) {
	case 0:
		return quadPart{}
	case 1:
		return live[0]
	}
	wp := 2 * prec
	sumMan, sumExp := new(big.Int), 0
	absErr := math.MinInt
	for _, t := range live {
		man, exp := t.v.MantExp()
		bc := man.BitLen()
		absErr = max(absErr, bc+exp-t.acc)
		delta := exp - sumExp
		if exp >= sumExp {
			if delta > wp && (sumMan.Sign() == 0 || delta-sumMan.BitLen() > wp) {
				sumMan, sumExp = man, exp
			} else {
				sumMan.Add(sumMan, man.Lsh(man, uint(delta)))
			}
		} else {
			delta = -delta
			if delta-bc > wp {
				if sumMan.Sign() == 0 {
					sumMan, sumExp = man, exp
				}
			} else {
				sumMan.Lsh(sumMan, uint(delta)).Add(sumMan, man)
				sumExp = exp
			}
		}
	}
	if sumMan.Sign() == 0 {
		// SymPy's scaled zero: 2**absErr with accuracy -1 (evalf_add
		// turns it into that number when it is done)
		return quadPart{v: mpf.FromMantExp(big.NewInt(1), absErr, 0, false), acc: -1, ok: true}
	}
	acc := sumExp + sumMan.BitLen() - absErr
	return quadPart{v: mpf.FromMantExp(sumMan, sumExp, target, false), acc: acc, ok: true}
}

// mul is evalf_mul.
func (q *quadEval) mul(v *Mul, prec int) (quad, error) {
	if _, c, ok := pureComplex(v); ok {
		im, err := q.eval(c, prec)
		if err != nil {
			return quad{}, err
		}
		return quad{im: im.re}, nil
	}
	acc := prec
	wp := prec + len(v.args) + 5
	man, exp, bc := big.NewInt(1), 0, 1
	direction := 0
	var accum Expr = One
	var complexFactors []quad
	factor := func(arg Expr) (zero bool, err error) {
		r, err := q.eval(arg, wp)
		if err != nil {
			return false, err
		}
		var p quadPart
		switch {
		case r.re.ok && r.im.ok:
			complexFactors = append(complexFactors, r)
			return false, nil
		case r.re.ok:
			p = r.re
		case r.im.ok:
			p = r.im
			direction++
		default:
			return true, nil
		}
		m, e := p.v.MantExp()
		if m.Sign() < 0 {
			direction += 2
			m.Neg(m)
		}
		man.Mul(man, m)
		exp += e
		bc += m.BitLen()
		for bc > 3*wp {
			man.Rsh(man, uint(wp))
			exp += wp
			bc -= wp
		}
		acc = min(acc, p.acc)
		return false, nil
	}
	for _, a := range v.args {
		if _, _, ok := pureComplex(a); ok {
			accum = Expand(NewMul(accum, a))
			continue
		}
		if zero, err := factor(a); err != nil || zero {
			return quad{}, err
		}
	}
	if accum != One {
		if zero, err := factor(accum); err != nil || zero {
			return quad{}, err
		}
	}
	sign := (direction & 2) >> 1
	signed := func(m *big.Int) *big.Int {
		if sign == 1 {
			return new(big.Int).Neg(m)
		}
		return m
	}
	if len(complexFactors) == 0 {
		p := quadPart{v: mpf.FromMantExp(signed(man), exp, prec, false), acc: acc, ok: true}
		if direction&1 == 1 {
			return quad{im: p}, nil
		}
		return quad{re: p}, nil
	}
	var re, im mpf.Float
	rest := complexFactors
	if man.Cmp(big.NewInt(1)) != 0 || exp != 0 || bc != 1 {
		re, im = mpf.FromMantExp(signed(man), exp, 0, false), mpf.Zero(0)
	} else {
		acc = min(acc, complexAccuracy(rest[0]))
		re, im = rest[0].re.v, rest[0].im.v
		rest = rest[1:]
	}
	for _, w := range rest {
		acc = min(acc, complexAccuracy(w))
		a := mpf.MulDown(re, w.re.v, wp)
		b := mpf.MulDown(im.Neg(), w.im.v, wp)
		c := mpf.MulDown(re, w.im.v, wp)
		d := mpf.MulDown(im, w.re.v, wp)
		re, im = mpf.AddDown(a, b, wp), mpf.AddDown(c, d, wp)
	}
	if direction&1 == 1 {
		re, im = im.Neg(), re
	}
	return quad{re: quadPart{v: re, acc: acc, ok: true}, im: quadPart{v: im, acc: acc, ok: true}}, nil
}

// down evaluates a correctly rounded function and rounds the result
// toward zero to prec bits (mpmath's round_fast).
func down(f func(mpf.Float, int) mpf.Float, x mpf.Float, prec int) mpf.Float {
	return f(x, prec+40).WithPrecDown(prec)
}

// pow is evalf_pow for b**x (exp(x) is E**x).
func (q *quadEval) pow(b, x Expr, prec int) (quad, error) {
	target := prec
	if n, ok := x.(*Integer); ok {
		if !n.IsInt64() || abs(int(n.Int64())) > 1<<20 {
			return quad{}, errQuadUnsupported
		}
		p := int(n.Int64())
		prec += bits.Len(uint(abs(p))) - 1
		r, err := q.eval(b, prec+5)
		if err != nil {
			return quad{}, err
		}
		switch {
		case r.re.ok && !r.im.ok:
			if r.re.v.IsZero() {
				return quad{}, errQuadUnsupported
			}
			return quadReal(mpf.PowIntDown(r.re.v, p, target), target), nil
		case r.im.ok && !r.re.ok:
			if r.im.v.IsZero() {
				return quad{}, errQuadUnsupported
			}
			z := mpf.PowIntDown(r.im.v, p, target)
			part := quadPart{v: z, acc: target, ok: true}
			switch ((p % 4) + 4) % 4 {
			case 0:
				return quad{re: part}, nil
			case 1:
				return quad{im: part}, nil
			case 2:
				part.v = z.Neg()
				return quad{re: part}, nil
			default:
				part.v = z.Neg()
				return quad{im: part}, nil
			}
		}
		if p > 0 {
			if re, im, ok := mpcPowIntDown(r.re.v, r.im.v, p, prec); ok {
				return finalizeComplex(re, im, target)
			}
		}
		return quad{}, errQuadUnsupported
	}
	if r, ok := x.(*Rational); ok && r.r.Cmp(Half.r) == 0 {
		base, err := q.eval(b, prec+5)
		if err != nil {
			return quad{}, err
		}
		if base.im.ok || !base.re.ok || base.re.v.IsZero() {
			return quad{}, errQuadUnsupported
		}
		if base.re.v.Sign() < 0 {
			return quad{im: quadPart{v: mpf.SqrtDown(base.re.v.Neg(), prec), acc: prec, ok: true}}, nil
		}
		return quadReal(mpf.SqrtDown(base.re.v, prec), prec), nil
	}
	prec += 10
	y, err := q.eval(x, prec)
	if err != nil {
		return quad{}, err
	}
	if !y.re.ok && !y.im.ok {
		return quadReal(mpf.FromInt64(1, prec), prec), nil
	}
	if ysize := fastlog(y.re); ysize > 5 {
		prec += ysize
		if y, err = q.eval(x, prec); err != nil {
			return quad{}, err
		}
	}
	if b == E && y.im.ok {
		re, im := mpcExpDown(y.re.v, y.im.v, prec)
		return finalizeComplex(re, im, target)
	}
	if y.im.ok || !y.re.ok {
		return quad{}, errQuadUnsupported
	}
	if b == E {
		return quadReal(down(mpf.Exp, y.re.v, target), target), nil
	}
	base, err := q.eval(b, prec+5)
	if err != nil {
		return quad{}, err
	}
	if base.im.ok || !base.re.ok || base.re.v.Sign() <= 0 {
		return quad{}, errQuadUnsupported
	}
	return quadReal(mpfPowDown(base.re.v, y.re.v, target), target), nil
}

// mpfPowDown is mpmath's mpf_pow(s, t, prec) for s > 0 with round_fast:
// integer and half-integer exponents through powers of square roots,
// others as exp(t*log(s)) with the logarithm at prec+10 bits.
func mpfPowDown(s, t mpf.Float, prec int) mpf.Float {
	man, exp := t.MantExp()
	if exp >= 0 && man.BitLen()+exp < 31 {
		return mpf.PowIntDown(s, int(man.Int64())<<exp, prec)
	}
	if exp == -1 && man.IsInt64() && abs(int(man.Int64())) < 1<<20 {
		n := int(man.Int64())
		switch {
		case n == 1:
			return mpf.SqrtDown(s, prec)
		case n == -1:
			return mpf.QuoDown(mpf.FromInt64(1, 0), mpf.SqrtUp(s, prec+10), prec)
		case n < 0:
			return mpf.PowIntDown(mpf.SqrtUp(s, prec+10), n, prec)
		default:
			return mpf.PowIntDown(mpf.SqrtDown(s, prec+10), n, prec)
		}
	}
	c := down(mpf.Log, s, prec+10)
	return down(mpf.Exp, mpf.Mul(t, c, 0), prec)
}

// trig is evalf_trig for a real argument: the argument to 20 extra bits
// of absolute accuracy, more when the result is close to a root.
func (q *quadEval) trig(f func(mpf.Float, int) mpf.Float, isCos bool, arg Expr, prec int) (quad, error) {
	xprec := prec + 20
	r, err := q.eval(arg, xprec)
	if err != nil {
		return quad{}, err
	}
	if r.im.ok {
		return quad{}, errQuadUnsupported
	}
	if !r.re.ok {
		if isCos {
			return quadReal(mpf.FromInt64(1, prec), prec), nil
		}
		return quad{}, nil
	}
	xsize := fastlog(r.re)
	if xsize < 1 {
		return quadReal(f(r.re.v, prec), prec), nil
	}
	if xsize >= 10 {
		xprec = prec + xsize
		if r, err = q.eval(arg, xprec); err != nil || r.im.ok || !r.re.ok {
			return quad{}, errors.Join(err, errQuadUnsupported)
		}
	}
	for {
		checkInterrupt()
		y := f(r.re.v, prec)
		if y.IsZero() {
			return quad{}, errQuadUnsupported
		}
		gap := -mag(y)
		accuracy := xprec - xsize - gap
		if accuracy >= prec {
			return quadReal(y, prec), nil
		}
		if xprec > q.maxprec {
			return quadReal(y, accuracy), nil
		}
		xprec += gap
		if r, err = q.eval(arg, xprec); err != nil || r.im.ok || !r.re.ok {
			return quad{}, errors.Join(err, errQuadUnsupported)
		}
	}
}

// log is evalf_log for one argument.
func (q *quadEval) log(arg Expr, prec int) (quad, error) {
	work := prec + 10
	r, err := q.eval(arg, work)
	if err != nil {
		return quad{}, err
	}
	if r.im.ok || !r.re.ok || r.re.v.IsZero() {
		return quad{}, errQuadUnsupported
	}
	negative := r.re.v.Sign() < 0
	re := mpf.Log(r.re.v.Abs(), prec)
	if size := fastlog(quadPart{v: re, ok: true}); prec-size > work && !re.IsZero() {
		// log(x) near x = 1: SymPy evaluates x - 1 accurately first.
		xm1, err := q.add([]Expr{NegOne, arg}, prec)
		if err != nil {
			return quad{}, err
		}
		if xm1.im.ok || !xm1.re.ok || xm1.re.v.IsZero() {
			return quad{}, errQuadUnsupported
		}
		prec2 := work - fastlog(xm1.re)
		re = mpf.Log(mpf.AddDown(xm1.re.v, mpf.FromInt64(1, 0), prec2).Abs(), prec)
	}
	out := quadReal(re, prec)
	if negative {
		out.im = quadPart{v: mpf.PiDown(prec), acc: prec, ok: true}
	}
	return out, nil
}

// mpcPowIntDown is mpmath's mpc_pow_int for n ≥ 1 when the exact power
// is small: the Gaussian-integer power computed exactly, each part
// rounded toward zero to prec bits.
func mpcPowIntDown(a, b mpf.Float, n, prec int) (re, im mpf.Float, ok bool) {
	am, ae := a.MantExp()
	bm, be := b.MantExp()
	de := ae - be
	if n*(abs(de)+max(am.BitLen(), bm.BitLen())) >= 10000 {
		return re, im, false
	}
	if de > 0 {
		am.Lsh(am, uint(de))
		ae = be
	} else {
		bm.Lsh(bm, uint(-de))
	}
	// (am + bm*i)**n by repeated multiplication of Gaussian integers.
	pr, pi := big.NewInt(1), new(big.Int)
	t1, t2 := new(big.Int), new(big.Int)
	for range n {
		nr := new(big.Int).Sub(t1.Mul(pr, am), t2.Mul(pi, bm))
		pi = new(big.Int).Add(t1.Mul(pr, bm), t2.Mul(pi, am))
		pr = nr
	}
	return mpf.FromMantExp(pr, n*ae, prec, true), mpf.FromMantExp(pi, n*ae, prec, true), true
}

// finalizeComplex is SymPy's finalize_complex: the smaller part is only
// as accurate as the larger one allows.
func finalizeComplex(re, im mpf.Float, prec int) (quad, error) {
	switch {
	case re.IsZero() && im.IsZero():
		return quad{}, errQuadUnsupported
	case re.IsZero():
		return quad{im: quadPart{v: im, acc: prec, ok: true}}, nil
	case im.IsZero():
		return quadReal(re, prec), nil
	}
	sr, si := mag(re), mag(im)
	reAcc, imAcc := prec, prec
	if sr > si {
		imAcc = prec + min(si-sr, 0)
	} else {
		reAcc = prec + min(sr-si, 0)
	}
	return quad{re: quadPart{v: re, acc: reAcc, ok: true}, im: quadPart{v: im, acc: imAcc, ok: true}}, nil
}

// mpcExpDown is mpmath's mpc_exp(a + b*I, prec) with round_fast.
func mpcExpDown(a, b mpf.Float, prec int) (re, im mpf.Float) {
	if a.IsZero() {
		return down(mpf.Cos, b, prec), down(mpf.Sin, b, prec)
	}
	m := down(mpf.Exp, a, prec+4)
	c, s := down(mpf.Cos, b, prec+4), down(mpf.Sin, b, prec+4)
	return mpf.MulDown(m, c, prec), mpf.MulDown(m, s, prec)
}
