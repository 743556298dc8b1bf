package engine

import (
	"math/big"
	"slices"

	"github.com/dcalc/dcalc/engine/mpf"
)

// AsCoeffMul splits e into a numeric coefficient and the rest, as SymPy's
// as_coeff_Mul: 3*x*y → (3, x*y), x → (1, x), 5 → (5, 1).
func AsCoeffMul(e Expr) (Expr, Expr) {
	switch x := e.(type) {
	case *Mul:
		if IsNumber(x.args[0]) {
			return x.args[0], mulRest(x.args[1:])
		}
	case *Integer, *Rational, *Float, *Special:
		return e, One
	}
	return One, e
}

// AsCoeffAdd splits e into a numeric term and the rest: x + 2 → (2, x).
func AsCoeffAdd(e Expr) (Expr, Expr) {
	switch x := e.(type) {
	case *Add:
		if IsNumber(x.args[0]) {
			return x.args[0], addRest(x.args[1:])
		}
	case *Integer, *Rational, *Float, *Special:
		return e, Zero
	}
	return Zero, e
}

// asCoeffAddNumber is as_coeff_Add(): the Number term of a sum and the
// rest.
func asCoeffAddNumber(e Expr) (Expr, Expr) {
	switch x := e.(type) {
	case *Add:
		switch x.args[0].(type) {
		case *Integer, *Rational, *Float:
			return x.args[0], addRest(x.args[1:])
		}
	case *Integer, *Rational, *Float:
		return e, Zero
	}
	return Zero, e
}

func mulRest(xs []Expr) Expr {
	switch len(xs) {
	case 0:
		return One
	case 1:
		return xs[0]
	}
	return newMul(xs)
}

func addRest(xs []Expr) Expr {
	switch len(xs) {
	case 0:
		return Zero
	case 1:
		return xs[0]
	}
	return newAdd(xs)
}

// AsBaseExp returns base and exponent: x**2 → (x, 2), exp(x) → (E, x),
// x → (x, 1), (1/3)**x → (3, -x).
func AsBaseExp(e Expr) (Expr, Expr) {
	switch x := e.(type) {
	case *Pow:
		// Pow.as_base_exp: (1/q)**e is q**(-e)
		if r, ok := x.args[0].(*Rational); ok && r.r.Num().IsInt64() && r.r.Num().Int64() == 1 {
			return NewBigInt(r.r.Denom()), Neg(x.args[1])
		}
		return x.args[0], x.args[1]
	case *Func:
		if x.def == fnExp {
			return E, x.args[0]
		}
	}
	return e, One
}

// isNegCoeff reports whether e has a negative numeric coefficient
// (SymPy's _coeff_isneg).
func isNegCoeff(e Expr) bool {
	c, _ := AsCoeffMul(e)
	if s, ok := numSign(c); ok {
		return s < 0
	}
	return false
}

// Neg returns -e.
func Neg(e Expr) Expr { return NewMul(NegOne, e) }

// Sub returns a - b.
func Sub(a, b Expr) Expr { return NewAdd(a, Neg(b)) }

// Div returns a / b as Python's / on SymPy objects: a Float divided by
// a nonzero finite number is one correctly rounded division
// (Float.__truediv__), everything else a * b**-1 (so 3/Float(0.7) is
// 3 times the rounded reciprocal, as Rational.__truediv__ computes it).
func Div(a, b Expr) Expr {
	if fa, ok := a.(*Float); ok && fa.v.IsFinite() && IsNumber(b) && !isZeroNum(b) {
		if _, special := b.(*Special); !special {
			if p := int(floatPrecOf(a, b)); p > 0 {
				return floatResult(mpf.Quo(toMpf(a, p), toMpf(b, p), p))
			}
		}
	}
	return NewMul(a, NewPow(b, NegOne))
}

// NewAdd returns the canonical sum of args (SymPy's Add with flatten).
func NewAdd(args ...Expr) Expr {
	if len(args) == 2 {
		if IsNumber(args[0]) && IsNumber(args[1]) {
			return numAdd(args[0], args[1])
		}
		if isZeroInt(args[0]) {
			return args[1]
		}
		if isZeroInt(args[1]) {
			return args[0]
		}
		if r := addOneTerm(args[0], args[1]); r != nil {
			return r
		}
	}
	var coeff Expr = Zero
	// keys are the terms without their coefficients, vals the summed
	// coefficients; up to exprMapLinear terms they are found by a scan
	// of stack buffers, past that through an exprMap (many)
	var hsBuf [exprMapLinear]uint64
	var keyBuf, valBuf, origBuf [exprMapLinear]Expr
	hs, keys, vals := hsBuf[:0], keyBuf[:0], valBuf[:0]
	var many *exprMap[Expr]
	slot := func(s Expr) int {
		h := s.Hash()
		if many == nil {
			for i, hi := range hs {
				if hi == h && Equal(keys[i], s) {
					return i
				}
			}
			if len(keys) < exprMapLinear {
				hs, keys, vals = append(hs, h), append(keys, s), append(vals, nil)
				return len(keys) - 1
			}
			many = newExprMap[Expr](termCount(args))
			for i, k := range keys {
				many.slot(k, vals[i])
			}
		}
		i := many.slot(s, nil)
		keys, vals = many.keys, many.vals
		return i
	}
	// orig is the term a key came from when it came from one term only
	// (nil otherwise): that term is already c*s, canonical, and is kept
	// rather than rebuilt, which repeated sums (s = s + t) spend most of
	// their time on.
	orig := origBuf[:0]
	var add func(o Expr)
	add = func(o Expr) {
		switch x := o.(type) {
		case *Add:
			for _, a := range x.args {
				add(a)
			}
			return
		case *Integer, *Rational, *Float, *Special:
			coeff = numAdd(coeff, o)
			return
		}
		c, s := AsCoeffMul(o)
		if c == Zoo {
			// zoo is not a Number in SymPy, so Mul.as_coeff_Mul leaves
			// it in the term: zoo*x + zoo*x is 2*zoo*x, not nan.
			c, s = One, o
		}
		i := slot(s)
		if vals[i] == nil {
			vals[i] = c
			orig = append(orig, o)
		} else {
			vals[i] = numAdd(vals[i], c)
			orig[i] = nil
		}
	}
	for _, a := range args {
		add(a)
	}
	if coeff == NaN {
		return NaN
	}
	// seq[0] is kept for the constant term
	all := make([]Expr, 1, len(keys)+1)
	seq := all[1:]
	for i, s := range keys {
		c := vals[i]
		switch {
		case isZeroInt(c):
			continue
		case isInt(c, 1):
			seq = append(seq, s)
		case c == NaN:
			return NaN
		case orig[i] != nil:
			seq = append(seq, orig[i])
		default:
			seq = append(seq, termOf(c, s))
		}
	}
	switch coeff {
	case Oo, NegOo:
		want := 1
		if coeff == NegOo {
			want = -1
		}
		kept := seq[:0]
		for _, t := range seq {
			if IsFinite(t) == True && IsReal(t) == True {
				continue
			}
			if signOf(t, want) == True {
				continue
			}
			kept = append(kept, t)
		}
		seq = kept
	case Zoo:
		kept := seq[:0]
		for _, t := range seq {
			if IsFinite(t) == True && IsReal(t) != Unknown {
				continue
			}
			kept = append(kept, t)
		}
		seq = kept
	}
	if len(seq) > 1 {
		seq = absorbOrder(seq)
	}
	if !isZeroInt(coeff) && absorbsConstant(seq) {
		coeff = Zero // 3 + O(x**2, (x, oo)) is O(x**2, (x, oo))
	}
	sortExprs(seq)
	if !isZeroInt(coeff) {
		if len(seq) > 0 && cap(all) > 1 && &seq[0] == &all[:2][1] {
			all[0] = coeff
			seq = all[:len(seq)+1]
		} else {
			seq = append([]Expr{coeff}, seq...)
		}
	}
	switch len(seq) {
	case 0:
		return coeff
	case 1:
		return seq[0]
	}
	return newAdd(seq)
}

func isZeroInt(e Expr) bool { return isInt(e, 0) }

// termCount bounds the number of terms NewAdd(args...) collects: sums
// count their terms.
func termCount(args []Expr) int {
	n := 0
	for _, a := range args {
		if s, ok := a.(*Add); ok {
			n += len(s.args)
		} else {
			n++
		}
	}
	return n
}

// coeffMul multiplies numeric coefficients; an exact 0 times a finite
// Float is the exact 0, as in SymPy (S.Zero*Float(0.1) == 0).
func coeffMul(a, b Expr) Expr {
	if isZeroInt(a) && isFloat(b) || isZeroInt(b) && isFloat(a) {
		return Zero
	}
	return numMul(a, b)
}

type basePow struct{ b, e Expr }

// NewMul returns the canonical product of args (SymPy's Mul with flatten).
func NewMul(args ...Expr) Expr {
	// AssocOp: drop the identity; a single factor is returned as it is
	// (Mul(a) is a, never re-evaluated).
	if len(args) == 1 {
		return args[0]
	}
	if len(args) > 2 {
		n := 0
		for _, a := range args {
			if !isInt(a, 1) {
				n++
			}
		}
		if n == 1 {
			for _, a := range args {
				if !isInt(a, 1) {
					return a
				}
			}
		}
	}
	if len(args) == 2 {
		a, b := args[0], args[1]
		if IsNumber(a) && IsNumber(b) {
			return coeffMul(a, b)
		}
		if isInt(a, 1) {
			return b
		}
		if isInt(b, 1) {
			return a
		}
		if r := mulTwoArgHack(a, b); r != nil {
			return r
		}
	}
	for _, a := range args {
		if f, ok := a.(*Func); ok && f.def == OrderDef {
			if r, ok := mulOrder(args); ok {
				return r
			}
			break
		}
	}
	return mulFlatten(args)
}

// mulTwoArgHack is the start of SymPy's Mul.flatten for two factors: a
// rational times a product c*(sum) with c != 1 stays an unevaluated
// (a*c)*(sum), so -1*((x + y)/2) is -(x + y)/2, not -x/2 - y/2. It
// returns nil when the case does not apply.
func mulTwoArgHack(a, b Expr) Expr {
	if IsRational(b) {
		a, b = b, a
	}
	if !IsRational(a) || isZeroInt(a) {
		return nil
	}
	m, ok := b.(*Mul)
	if !ok || len(m.args) != 2 || !IsNumber(m.args[0]) || isInt(m.args[0], 1) {
		return nil
	}
	sum, ok := m.args[1].(*Add)
	if !ok {
		return nil
	}
	ar := coeffMul(a, m.args[0])
	if isInt(ar, 1) {
		return sum
	}
	return newMul([]Expr{ar, sum})
}

func mulFlatten(seq []Expr) Expr {
	var coeff Expr = One
	// the factors of most products fit in these stack buffers
	var cpBuf [8]basePow
	var nextBuf [8]basePow
	var partBuf [9]Expr
	cPowers := cpBuf[:0]
	var numExp []basePow
	var pnumRat *exprMap[[]Expr] // numeric base -> rational exponents, made when needed
	var neg1e Expr = Zero
	var walk func(o Expr) Expr
	walk = func(o Expr) Expr {
		switch x := o.(type) {
		case *Mul:
			for _, a := range x.args {
				if r := walk(a); r != nil {
					return r
				}
			}
			return nil
		case *Integer, *Rational, *Float, *Special:
			if o == NaN || coeff == Zoo && isZeroNum(o) {
				return NaN
			}
			coeff = coeffMul(coeff, o)
			if coeff == NaN {
				return NaN
			}
			return nil
		case *Constant:
			if x == I {
				neg1e = NewAdd(neg1e, Half)
				return nil
			}
		}
		b, e := AsBaseExp(o)
		if _, ok := o.(*Pow); ok {
			if IsNumber(b) {
				if IsRational(e) {
					if IsInteger(e) {
						p := NewPow(b, e)
						if !IsNumber(p) {
							// a power dcalc keeps unevaluated (a Float
							// to a huge power): an ordinary factor
							cPowers = append(cPowers, basePow{b, e})
							return nil
						}
						coeff = numMul(coeff, p)
						return nil
					}
					if s, _ := numSign(e); s < 0 {
						if p := NewPow(b, e); !Equal(p, o) {
							return walk(p)
						}
					}
					if s, ok := numSign(b); ok && s < 0 {
						neg1e = NewAdd(neg1e, e)
						b = numNeg(b)
					}
					if !isInt(b, 1) {
						if pnumRat == nil {
							pnumRat = newExprMap[[]Expr](1)
						}
						i := pnumRat.slot(b, nil)
						pnumRat.vals[i] = append(pnumRat.vals[i], e)
					}
					return nil
				} else if IsPositive(b) == True || IsIntegerValued(e) == True {
					numExp = append(numExp, basePow{b, e})
					return nil
				}
			}
		}
		cPowers = append(cPowers, basePow{b, e})
		return nil
	}
	for _, o := range seq {
		if r := walk(o); r != nil {
			return r
		}
	}
	if needGather(cPowers) {
		cPowers = gatherPowers(slices.Clone(cPowers))
	}
	numExp = gatherPowers(numExp)

	cPart := partBuf[:0]
	for round := 0; round < 2; round++ {
		cPart = cPart[:0]
		next := nextBuf[:0]
		changed := false
		for _, be := range cPowers {
			b, e := be.b, be.e
			if isZeroInt(e) {
				if hasInfinity(b) {
					return NaN
				}
				continue
			}
			var p Expr
			if isInt(e, 1) {
				if IsNumber(b) {
					coeff = numMul(coeff, b)
					continue
				}
				p = b
			} else {
				p = NewPow(b, e)
				if pp, ok := p.(*Pow); ok {
					if _, bIsPow := b.(*Pow); !bIsPow {
						bi := b
						b, e = pp.args[0], pp.args[1]
						if !Equal(b, bi) {
							changed = true
						}
					}
				}
			}
			cPart = append(cPart, p)
			next = append(next, basePow{b, e})
		}
		if changed && hasRepeatedBase(next) {
			cPowers = gatherPowers(slices.Clone(next))
			continue
		}
		break
	}

	// x**a * y**a -> (x*y)**a for numeric bases
	if len(numExp) > 0 {
		inv := newExprMap[[]Expr](len(numExp))
		for _, be := range numExp {
			i := inv.slot(be.e, nil)
			inv.vals[i] = append(inv.vals[i], be.b)
		}
		for i, e := range inv.keys {
			if isZeroInt(e) {
				continue
			}
			cPart = append(cPart, NewPow(NewMul(inv.vals[i]...), e))
		}
	}

	// numeric bases with rational exponents
	if pnumRat != nil && len(pnumRat.keys) > 0 {
		combE := newExprMap[[]Expr](len(pnumRat.keys))
		for i, b := range pnumRat.keys {
			e := NewAdd(pnumRat.vals[i]...)
			j := combE.slot(e, nil)
			combE.vals[j] = append(combE.vals[j], b)
		}
		var numRat []basePow
		for j, e := range combE.keys {
			b := NewMul(combE.vals[j]...)
			er := toRat(e)
			if er == nil {
				cPart = append(cPart, NewPow(b, e))
				continue
			}
			if er.IsInt() {
				coeff = numMul(coeff, NewPow(b, e))
				continue
			}
			p, q := er.Num(), er.Denom()
			if p.Cmp(q) > 0 {
				ei, ep := new(big.Int).QuoRem(p, q, new(big.Int))
				coeff = numMul(coeff, NewPow(b, NewBigInt(ei)))
				e = NewRational(ep, q)
			}
			numRat = append(numRat, basePow{b, e})
		}
		pnew := newExprMap[[]Expr](len(numRat))
		for i := 0; i < len(numRat); i++ {
			bi, ei := numRat[i].b, numRat[i].e
			if isInt(bi, 1) {
				// a base a gcd used up: Rational gcds with 1 are not 1
				// (gcd(1, 1/5) is 1/5), so SymPy skips it
				continue
			}
			var grow []basePow
			for j := i + 1; j < len(numRat); j++ {
				bj, ej := numRat[j].b, numRat[j].e
				g := ratGcd(bi, bj)
				if g != nil && !isInt(g, 1) {
					e := NewAdd(ei, ej)
					er := toRat(e)
					if er.IsInt() {
						coeff = numMul(coeff, NewPow(g, e))
					} else {
						p, q := er.Num(), er.Denom()
						if p.Cmp(q) > 0 {
							eInt, ep := new(big.Int).QuoRem(p, q, new(big.Int))
							coeff = numMul(coeff, NewPow(g, NewBigInt(eInt)))
							e = NewRational(ep, q)
						}
						grow = append(grow, basePow{g, e})
					}
					numRat[j] = basePow{numMul(bj, numInv(g)), ej}
					bi = numMul(bi, numInv(g))
					if isInt(bi, 1) {
						break
					}
				}
			}
			if !isInt(bi, 1) {
				obj := NewPow(bi, ei)
				if IsNumber(obj) {
					coeff = numMul(coeff, obj)
				} else {
					for _, o := range mulArgs(obj) {
						if IsNumber(o) {
							coeff = numMul(coeff, o)
						} else if p, ok := o.(*Pow); ok {
							k := pnew.slot(p.args[1], nil)
							pnew.vals[k] = append(pnew.vals[k], p.args[0])
						} else {
							cPart = append(cPart, o)
						}
					}
				}
			}
			numRat = append(numRat, grow...)
		}
		// handle -1 and I below, then add the pnew powers
		if !isZeroInt(neg1e) {
			var f Expr
			coeff, f = applyNeg1e(coeff, neg1e, pnew)
			if f != nil {
				cPart = append(cPart, f)
			}
			neg1e = Zero
		}
		for k, e := range pnew.keys {
			cPart = append(cPart, NewPow(NewMul(pnew.vals[k]...), e))
		}
	}
	if !isZeroInt(neg1e) {
		var f Expr
		coeff, f = applyNeg1e(coeff, neg1e, nil)
		if f != nil {
			cPart = append(cPart, f)
		}
	}

	switch coeff {
	case Oo, NegOo:
		sign := 1
		kept := cPart[:0]
		for _, t := range cPart {
			switch {
			case IsPositive(t) == True:
			case IsNegative(t) == True:
				sign = -sign
			default:
				kept = append(kept, t)
			}
		}
		cPart = kept
		if sign < 0 {
			coeff = numNeg(coeff)
		}
	case Zoo:
		kept := cPart[:0]
		for _, t := range cPart {
			if IsZero(t) == False && IsReal(t) != Unknown {
				continue
			}
			kept = append(kept, t)
		}
		cPart = kept
	}
	if isZeroNum(coeff) {
		for _, t := range cPart {
			if IsFinite(t) == False || sumWithInfinity(t) {
				return NaN
			}
		}
		return coeff
	}

	// straggling numbers and products produced by evaluation; out[0] is
	// kept for the coefficient
	out := make([]Expr, 1, len(cPart)+1)
	needRedo := false
	for _, t := range cPart {
		switch t.(type) {
		case *Integer, *Rational, *Float, *Special:
			coeff = numMul(coeff, t)
			continue
		case *Mul:
			needRedo = true
		}
		out = append(out, t)
	}
	if needRedo {
		out[0] = coeff
		return mulFlatten(out)
	}
	if coeff == NaN {
		return NaN
	}
	sortExprs(out[1:])
	if isInt(coeff, 1) {
		out = out[1:]
	} else {
		out[0] = coeff
	}
	// 2*(1 + a) -> 2 + 2*a
	if len(out) == 2 && IsNumber(out[0]) && IsFinite(out[0]) == True {
		if a, ok := out[1].(*Add); ok {
			ts := make([]Expr, len(a.args))
			for i, t := range a.args {
				ts[i] = NewMul(out[0], t)
			}
			return NewAdd(ts...)
		}
	}
	switch len(out) {
	case 0:
		return coeff
	case 1:
		return out[0]
	}
	return newMul(out)
}

// applyNeg1e folds the collected power of -1 (I counts as (-1)**(1/2))
// into the coefficient and returns the factor it leaves (I or a power of
// -1), or nil.
func applyNeg1e(coeff Expr, neg1e Expr, pnew *exprMap[[]Expr]) (Expr, Expr) {
	r := toRat(neg1e)
	p, q := new(big.Int).Set(r.Num()), r.Denom()
	n, rem := new(big.Int), new(big.Int)
	n.DivMod(p, q, rem)
	if n.Bit(0) == 1 {
		coeff = numNeg(coeff)
	}
	if q.IsInt64() && q.Int64() == 2 {
		return coeff, I
	}
	if rem.Sign() != 0 {
		e := NewRational(rem, q)
		if pnew != nil {
			for k, pe := range pnew.keys {
				if Equal(pe, e) {
					b := NewMul(pnew.vals[k]...)
					if IsPositive(b) == True {
						pnew.vals[k] = []Expr{numNeg(b)}
						return coeff, nil
					}
				}
			}
		}
		return coeff, newPow(NegOne, e)
	}
	return coeff, nil
}

func hasInfinity(b Expr) bool {
	switch b.(type) {
	case *Add, *Mul:
		for _, a := range b.Args() {
			if a == Zoo || a == Oo || a == NegOo {
				return true
			}
		}
	}
	return false
}

func hasRepeatedBase(ps []basePow) bool {
	if len(ps) <= smallGather {
		return !distinctBases(ps)
	}
	m := newExprMap[struct{}](len(ps))
	for _, p := range ps {
		if m.index(p.b) >= 0 {
			return true
		}
		m.slot(p.b, struct{}{})
	}
	return false
}

// gatherPowers combines powers of a common base: x**a*x**b -> x**(a+b),
// keeping exponents that differ in more than a numeric factor apart
// (SymPy's Mul._gather).
func gatherPowers(ps []basePow) []basePow {
	if len(ps) < 2 && !anyUnevaluatedExp(ps) {
		return ps
	}
	if !anyUnevaluatedExp(ps) && !hasRepeatedBase(ps) {
		return ps
	}
	if len(ps) <= smallGather {
		return gatherPowersSmall(ps)
	}
	bases := newExprMap[*exprMap[[]Expr]](len(ps))
	for _, p := range ps {
		c, t := AsCoeffMul(p.e)
		i := bases.slot(p.b, nil)
		if bases.vals[i] == nil {
			bases.vals[i] = newExprMap[[]Expr](1)
		}
		d := bases.vals[i]
		j := d.slot(t, nil)
		d.vals[j] = append(d.vals[j], c)
	}
	out := make([]basePow, 0, len(bases.keys))
	for i, b := range bases.keys {
		d := bases.vals[i]
		for j, t := range d.keys {
			out = append(out, basePow{b, NewMul(sumOf(d.vals[j]), t)})
		}
	}
	return out
}

// powGroup is one exponent class of gatherPowersSmall: the powers of b
// whose exponents are numbers times t, with those numbers.
type powGroup struct {
	b, t Expr
	cs   []Expr
}

// gatherPowersSmall is gatherPowers for a few factors, comparing pairwise
// instead of hashing; its result is in the same order (bases in order of
// first appearance, each base's exponent classes likewise).
func gatherPowersSmall(ps []basePow) []basePow {
	var buf [smallGather]powGroup
	gs := buf[:0]
	for _, p := range ps {
		c, t := AsCoeffMul(p.e)
		k := slices.IndexFunc(gs, func(g powGroup) bool { return Equal(g.b, p.b) && Equal(g.t, t) })
		if k < 0 {
			gs = append(gs, powGroup{b: p.b, t: t})
			k = len(gs) - 1
		}
		gs[k].cs = append(gs[k].cs, c)
	}
	var done [smallGather]bool
	out := make([]basePow, 0, len(gs))
	for i := range gs {
		if done[i] {
			continue
		}
		for j := i; j < len(gs); j++ {
			if !done[j] && (j == i || Equal(gs[j].b, gs[i].b)) {
				done[j] = true
				out = append(out, basePow{gs[i].b, NewMul(sumOf(gs[j].cs), gs[j].t)})
			}
		}
	}
	return out
}

// sumOf is NewAdd(xs...), without rebuilding a single canonical term.
func sumOf(xs []Expr) Expr {
	if len(xs) == 1 {
		return xs[0]
	}
	return NewAdd(xs...)
}

// smallGather is the number of factors up to which gatherPowers and
// hasRepeatedBase compare bases pairwise instead of building a hash map.
const smallGather = 12

// distinctBases reports whether no two of ps share a base, by pairwise
// comparison (cheap for a few factors: Equal rejects on the hash).
func distinctBases(ps []basePow) bool {
	for i := 1; i < len(ps); i++ {
		for j := 0; j < i; j++ {
			if Equal(ps[i].b, ps[j].b) {
				return false
			}
		}
	}
	return true
}

// needGather reports whether gatherPowers would change ps. mulFlatten
// asks before it calls gatherPowers on a copy: gatherPowers is in the
// recursion of NewMul, where the compiler lets every slice passed in
// escape, and mulFlatten's slices live on its stack.
func needGather(ps []basePow) bool {
	return anyUnevaluatedExp(ps) || len(ps) >= 2 && hasRepeatedBase(ps)
}

// anyUnevaluatedExp reports whether an exponent is a product of a number
// and a sum left unevaluated (as factor_terms makes); Mul rebuilds such
// exponents, distributing the number as SymPy's Mul does.
func anyUnevaluatedExp(ps []basePow) bool {
	for _, p := range ps {
		if m, ok := p.e.(*Mul); ok && len(m.args) == 2 && IsNumber(m.args[0]) {
			if _, ok := m.args[1].(*Add); ok {
				return true
			}
		}
	}
	return false
}

func mulArgs(e Expr) []Expr {
	if m, ok := e.(*Mul); ok {
		return m.args
	}
	return []Expr{e}
}

func addArgs(e Expr) []Expr {
	if a, ok := e.(*Add); ok {
		return a.args
	}
	return []Expr{e}
}

// ratGcd returns the gcd of two positive Integers or Rationals (SymPy's
// Rational.gcd), or nil when not both rational.
func ratGcd(a, b Expr) Expr {
	ra, rb := toRat(a), toRat(b)
	if ra == nil || rb == nil {
		return nil
	}
	pn := new(big.Int).GCD(nil, nil, new(big.Int).Abs(ra.Num()), new(big.Int).Abs(rb.Num()))
	qa, qb := ra.Denom(), rb.Denom()
	g := new(big.Int).GCD(nil, nil, qa, qb)
	lcm := new(big.Int).Mul(qa, qb)
	lcm.Quo(lcm, g)
	return NewRational(pn, lcm)
}

// isAtomicFactor reports whether c*e for a number c needs no evaluation.
func isAtomicFactor(e Expr) bool {
	switch x := e.(type) {
	case *Symbol, *Func, *Derivative, *Subs:
		return true
	case *Constant:
		return x != I
	case *Pow:
		return !IsNumber(x.args[0])
	}
	return false
}

// sumWithInfinity reports whether t is a sum with oo, -oo or zoo as a
// factor of a term: Mul.flatten makes 0*(x + oo) nan, not 0.
func sumWithInfinity(t Expr) bool {
	a, ok := t.(*Add)
	if !ok {
		return false
	}
	for _, term := range a.args {
		for _, f := range mulArgs(term) {
			if f == Oo || f == NegOo || f == Zoo {
				return true
			}
		}
	}
	return false
}

// termOf is the term c*s of a sum for a numeric coefficient c other than
// 0 and 1 and a term s without one, as Add.flatten builds it.
func termOf(c, s Expr) Expr {
	if sp, ok := c.(*Special); ok {
		// oo*x, zoo*x**10: a term, as Add.flatten keeps Mul(c, s) (it
		// is not a number to add to coeff).
		return NewMul(sp, s)
	}
	if m, ok := s.(*Mul); ok {
		xs := make([]Expr, 0, len(m.args)+1)
		xs = append(xs, c)
		xs = append(xs, m.args...)
		return newMul(xs)
	}
	if _, ok := s.(*Add); ok || isAtomicFactor(s) {
		return newMul([]Expr{c, s})
	}
	return NewMul(c, s)
}

// termIndex maps the hash of a term's part without its coefficient to
// the terms with that hash.
type termIndex map[uint64][]Expr

// addOneTermMin is the number of terms from which s + t updates s's term
// index rather than collecting every term again.
const addOneTermMin = 24

// addOneTerm is NewAdd(a, b) for a sum of many terms and one term, as
// Add.flatten computes it, by a lookup in the sum's term index and an
// insertion at the term's sorted place: repeated sums (s = s + t in a
// loop) cost O(n) per step in copying instead of collecting, hashing and
// sorting every term again. It returns nil where the general path is
// needed (numbers, oo, Order terms, Float coefficients, sums).
func addOneTerm(a, b Expr) Expr {
	s, ok := a.(*Add)
	t := b
	if !ok {
		s, ok = b.(*Add)
		t = a
	}
	if !ok || len(s.args) < addOneTermMin {
		return nil
	}
	switch t.(type) {
	case *Add, *Integer, *Rational, *Float, *Special:
		return nil
	}
	c, rest, ok := indexableTerm(t)
	if !ok {
		return nil
	}
	idx := s.takeIndex()
	if idx == nil {
		return nil
	}
	h := rest.Hash()
	var old Expr
	var oldC Expr
	for _, u := range idx[h] {
		cu, ru := AsCoeffMul(u)
		if Equal(ru, rest) {
			old, oldC = u, cu
			break
		}
	}
	start := 0
	if IsNumber(s.args[0]) {
		start = 1
	}
	args := make([]Expr, 0, len(s.args)+1)
	args = append(args, s.args...)
	var nt Expr
	if old != nil {
		// the term's coefficient changes: take it out, put the new term
		// in (its place may move)
		i := start + slices.IndexFunc(args[start:], func(u Expr) bool { return u == old })
		if i < start {
			s.giveIndex(idx)
			return nil
		}
		args = slices.Delete(args, i, i+1)
		idx[h] = slices.DeleteFunc(slices.Clone(idx[h]), func(u Expr) bool { return u == old })
		cn := numAdd(oldC, c)
		switch {
		case isZeroInt(cn):
		case isInt(cn, 1):
			nt = rest
		default:
			nt = termOf(cn, rest)
		}
	} else {
		nt = t
	}
	if nt != nil {
		// after the terms that compare equal, as a stable sort keeps them
		j, _ := slices.BinarySearchFunc(args[start:], nt, func(u, v Expr) int {
			if Compare(u, v) <= 0 {
				return -1
			}
			return 1
		})
		args = slices.Insert(args, start+j, nt)
		idx[h] = append(idx[h], nt)
	}
	r := newAdd(args)
	r.terms.Store(&idx)
	return r
}

// indexableTerm splits a term of a sum into its Integer or Rational
// coefficient and the rest; ok is false for Order terms, terms with oo,
// zoo or nan and Float coefficients, which addOneTerm leaves to NewAdd.
func indexableTerm(u Expr) (c, rest Expr, ok bool) {
	if IsOrder(u) || hasSpecialFactor(u) {
		return nil, nil, false
	}
	c, rest = AsCoeffMul(u)
	switch c.(type) {
	case *Integer, *Rational:
		return c, rest, true
	}
	return nil, nil, false
}

// hasSpecialFactor reports whether a factor of t is oo, -oo, zoo or nan.
func hasSpecialFactor(t Expr) bool {
	return slices.ContainsFunc(mulArgs(t), func(f Expr) bool { _, ok := f.(*Special); return ok })
}

// takeIndex returns s's term index, built if it has none, and leaves s
// without it (the sum built from s takes it over); nil when a term is
// not one addOneTerm can index (a Special or Order term, a Float
// coefficient).
func (s *Add) takeIndex() termIndex {
	if p := s.terms.Swap(nil); p != nil {
		return *p
	}
	idx := make(termIndex, len(s.args))
	for i, u := range s.args {
		switch u.(type) {
		case *Integer, *Rational:
			if i == 0 {
				continue
			}
			return nil
		case *Float, *Special:
			return nil
		}
		if i > 1 && Compare(s.args[i-1], u) > 0 {
			return nil // not sorted (an unevaluated sum)
		}
		_, rest, ok := indexableTerm(u)
		if !ok {
			return nil
		}
		h := rest.Hash()
		idx[h] = append(idx[h], u)
	}
	return idx
}

// giveIndex puts back an index taken by takeIndex.
func (s *Add) giveIndex(idx termIndex) { s.terms.Store(&idx) }
