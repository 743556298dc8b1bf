package engine

import "math/big"

// This file holds the pieces of SymPy's core/exprtools.py and
// simplify.signsimp that diff uses to tidy multiple derivatives:
// FactorTerms (factor_terms with its defaults), gcd_terms, the
// as_content_primitive methods and _keep_coeff.

// Signsimp is SymPy's signsimp: every Add that could have a minus sign
// extracted is replaced by an unevaluated -1*(-Add), so that the sign
// moves out of products and powers (x*(1 - y) → -x*(y - 1)); a top-level
// Add is treated term by term, and unevaluated -1*(Add) products left
// elsewhere are evaluated again.
func Signsimp(e Expr) Expr {
	if len(e.Args()) == 0 {
		return e
	}
	e = replaceNegNeg(e)
	e = subPost(subPre(e))
	if len(e.Args()) == 0 {
		return e
	}
	if a, ok := e.(*Add); ok {
		ts := make([]Expr, len(a.args))
		for i, t := range a.args {
			ts[i] = Signsimp(t)
		}
		return NewAdd(ts...)
	}
	return replaceNegNeg(e)
}

// negRaw is SymPy's unary minus (__neg__): Mul flips its coefficient
// without evaluating again, Add distributes, anything else becomes
// -1*e.
func negRaw(e Expr) Expr {
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special:
		return numNeg(e)
	case *Add:
		return NewMul(NegOne, e)
	case *Mul:
		args := x.args
		var c Expr = One
		if IsNumber(args[0]) {
			c, args = args[0], args[1:]
		}
		if args[0] != Zoo {
			c = numNeg(c)
		}
		if !isInt(c, 1) {
			if IsNumber(args[0]) {
				na := append([]Expr{}, args...)
				if isInt(c, -1) {
					na[0] = numNeg(na[0])
				} else {
					na[0] = numMul(na[0], c)
				}
				args = na
			} else {
				args = append([]Expr{c}, args...)
			}
		}
		if len(args) == 1 {
			return args[0]
		}
		return newMul(args)
	}
	return newMul([]Expr{NegOne, e})
}

// replaceNegNeg is expr.replace(lambda x: x.is_Mul and -(-x) != x,
// lambda x: -(-x)): products left unevaluated are evaluated again,
// bottom up.
func replaceNegNeg(e Expr) Expr {
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	na := make([]Expr, len(args))
	changed := false
	for i, a := range args {
		na[i] = replaceNegNeg(a)
		if na[i] != a {
			changed = true
		}
	}
	if changed {
		e = rebuild(e, na)
	}
	if m, ok := e.(*Mul); ok {
		if nn := negRaw(negRaw(m)); !Equal(nn, m) {
			return nn
		}
	}
	return e
}

// replMap maps expressions to replacements by structural equality.
type replMap map[uint64][][2]Expr

func (m replMap) get(e Expr) (Expr, bool) {
	for _, p := range m[e.Hash()] {
		if Equal(p[0], e) {
			return p[1], true
		}
	}
	return nil, false
}

func (m replMap) set(k, v Expr) {
	h := k.Hash()
	for i, p := range m[h] {
		if Equal(p[0], k) {
			m[h][i][1] = v
			return
		}
	}
	m[h] = append(m[h], [2]Expr{k, v})
}

// xreplaceMap is xreplace with a dict: a matching node is replaced
// without looking inside it; changed nodes are rebuilt with evaluation.
func xreplaceMap(e Expr, m replMap) Expr {
	if r, ok := m.get(e); ok {
		return r
	}
	return mapArgs(e, func(a Expr) Expr { return xreplaceMap(a, m) })
}

// addAtoms lists the distinct Add subexpressions of e (e.atoms(Add)).
func addAtoms(e Expr) []Expr {
	seen := replMap{}
	var out []Expr
	var walk func(e Expr)
	walk = func(e Expr) {
		if a, ok := e.(*Add); ok {
			if _, dup := seen.get(a); !dup {
				seen.set(a, a)
				out = append(out, a)
			}
		}
		for _, k := range e.Args() {
			walk(k)
		}
	}
	walk(e)
	return out
}

// subPre is cse_opts.sub_pre: each Add A that could have a minus sign
// extracted becomes -1*(-A) unevaluated; Adds that persist (inside
// replaced ones) are marked 1*-1*(-A).
func subPre(e Expr) Expr {
	reps := replMap{}
	ignore := replMap{}
	any := false
	for _, a := range addAtoms(e) {
		if !CouldExtractMinusSign(a) {
			continue
		}
		na := NewMul(NegOne, a)
		if _, ok := na.(*Mul); ok {
			ignore.set(a, a)
			continue
		}
		reps.set(a, newMul([]Expr{NegOne, na}))
		any = true
	}
	if any {
		e = xreplaceMap(e, reps)
	}
	negs := replMap{}
	any = false
	for _, a := range addAtoms(e) {
		if _, ok := ignore.get(a); ok {
			continue
		}
		if r, ok := reps.get(a); ok {
			negs.set(a, r)
			any = true
		} else if CouldExtractMinusSign(a) {
			negs.set(a, newMul([]Expr{One, NegOne, NewMul(NegOne, a)}))
			any = true
		}
	}
	if any {
		e = xreplaceMap(e, negs)
	}
	return e
}

// subPost is cse_opts.sub_post: the markers 1*-1*x left by subPre
// become -x.
func subPost(e Expr) Expr {
	var reps [][2]Expr
	var walk func(e Expr)
	walk = func(e Expr) {
		if m, ok := e.(*Mul); ok && len(m.args) > 2 && isInt(m.args[0], 1) && isInt(m.args[1], -1) {
			rest := m.args[2:]
			var r Expr
			if len(rest) == 1 {
				r = rest[0]
			} else {
				r = newMul(append([]Expr{}, rest...))
			}
			reps = append(reps, [2]Expr{m, negRaw(r)})
		}
		for _, k := range e.Args() {
			walk(k)
		}
	}
	walk(e)
	for _, r := range reps {
		m := replMap{}
		m.set(r[0], r[1])
		e = xreplaceMap(e, m)
	}
	return e
}

// keepCoeff is _keep_coeff(coeff, factors, clear, sign).
func keepCoeff(coeff, factors Expr, clear, sign bool) Expr {
	if !IsNumber(coeff) {
		if IsNumber(factors) {
			coeff, factors = factors, coeff
		} else {
			return NewMul(coeff, factors)
		}
	}
	if isInt(factors, 1) {
		return coeff
	}
	if isInt(coeff, 1) {
		return factors
	}
	if isInt(coeff, -1) && !sign {
		return Neg(factors)
	}
	switch f := factors.(type) {
	case *Add:
		if r, ok := coeff.(*Rational); ok && !clear && !r.r.IsInt() {
			type cm struct{ c, m Expr }
			var as []cm
			anyInt := false
			for _, t := range f.args {
				c, m := AsCoeffMul(t)
				c = keepCoeff(c, coeff, true, false)
				if IsInteger(c) {
					anyInt = true
				}
				as = append(as, cm{c, m})
			}
			if anyInt {
				ts := make([]Expr, len(as))
				for i, x := range as {
					switch {
					case isInt(x.c, 1):
						ts[i] = x.m
					case isInt(x.m, 1):
						ts[i] = x.c
					default:
						ts[i] = newMul(append([]Expr{x.c}, mulArgs(x.m)...))
					}
				}
				return newAdd(ts)
			}
		}
		return newMul([]Expr{coeff, f})
	case *Mul:
		margs := append([]Expr{}, f.args...)
		if IsNumber(margs[0]) {
			margs[0] = numMul(margs[0], coeff)
			if isInt(margs[0], 1) {
				margs = margs[1:]
			}
		} else {
			margs = append([]Expr{coeff}, margs...)
		}
		return mulRest(margs)
	}
	m := NewMul(coeff, factors)
	if IsNumber(m) && !IsNumber(factors) {
		return newMul([]Expr{coeff, factors})
	}
	return m
}

// primitive is Add.primitive: (content, primitive part) with rational
// content.
func primitive(a *Add) (Expr, Expr) {
	type pqm struct {
		p, q *big.Int
		m    Expr
	}
	var ts []pqm
	for _, t := range a.args {
		c, m := AsCoeffMul(t)
		r := toRat(c)
		if r == nil {
			r = big.NewRat(1, 1)
			m = t
		}
		if m == Zoo {
			return One, a
		}
		ts = append(ts, pqm{r.Num(), r.Denom(), m})
	}
	g := new(big.Int)
	l := big.NewInt(1)
	for _, t := range ts {
		g.GCD(nil, nil, g, new(big.Int).Abs(t.p))
		gg := new(big.Int).GCD(nil, nil, l, t.q)
		l.Mul(l, t.q).Quo(l, gg)
	}
	if g.IsInt64() && g.Int64() == 1 && l.IsInt64() && l.Int64() == 1 {
		return One, a
	}
	out := make([]Expr, len(ts))
	for i, t := range ts {
		n := new(big.Int).Quo(t.p, g)
		n.Mul(n, new(big.Int).Quo(l, t.q))
		out[i] = keepCoeff(NewBigInt(n), t.m, true, false)
	}
	var c Expr
	if IsNumber(out[0]) {
		c = out[0]
		out = out[1:]
	}
	sortExprs(out)
	if c != nil {
		out = append([]Expr{c}, out...)
	}
	return NewRational(g, l), addRest(out)
}

// contentPrimitive is as_content_primitive(radical=False, clear=False).
func contentPrimitive(e Expr) (Expr, Expr) { return contentPrimitiveOpt(e, false) }

// contentPrimitiveClear is as_content_primitive() (clear=True, as
// simplify calls it).
func contentPrimitiveClear(e Expr) (Expr, Expr) { return contentPrimitiveOpt(e, true) }

// contentPrimitiveOpt is as_content_primitive(radical=False, clear=clear).
func contentPrimitiveOpt(e Expr, clear bool) (Expr, Expr) {
	rec := func(a Expr) (Expr, Expr) { return contentPrimitiveOpt(a, clear) }
	switch x := e.(type) {
	case *Integer, *Rational:
		if isZeroNum(e) {
			return One, e
		}
		if s, _ := numSign(e); s > 0 {
			return e, One
		}
		return numNeg(e), NegOne
	case *Add:
		ts := make([]Expr, len(x.args))
		for i, t := range x.args {
			c, p := rec(t)
			ts[i] = keepCoeff(c, p, true, false)
		}
		s := NewAdd(ts...)
		sa, ok := s.(*Add)
		if !ok {
			return One, s
		}
		con, prim := primitive(sa)
		if r, ok := con.(*Rational); ok && !clear {
			if pa, ok := prim.(*Add); ok {
				d := NewBigInt(r.r.Denom())
				p2 := Div(pa, d)
				anyInt := false
				for _, t := range addArgs(p2) {
					c, _ := AsCoeffMul(t)
					if IsInteger(c) {
						anyInt = true
					}
				}
				if anyInt {
					return NewBigInt(r.r.Num()), p2
				}
			}
		}
		return con, prim
	case *Mul:
		var coef Expr = One
		var args []Expr
		for _, a := range x.args {
			c, p := rec(a)
			coef = numMul(coef, c)
			if !isInt(p, 1) {
				args = append(args, p)
			}
		}
		return coef, NewMul(args...)
	case *Pow:
		b, ex := x.Base(), x.Exp()
		bc, bp := rec(b)
		b = keepCoeff(bc, bp, true, false)
		ce, pe := rec(ex)
		if IsRational(b) {
			h, t := AsCoeffAdd(pe)
			if IsRational(h) && !isZeroNum(b) {
				ceh := numMul(ce, h)
				c := NewPow(b, ceh)
				var r Expr = Zero
				if !IsRational(c) {
					q := toRat(ceh)
					i, m := new(big.Int).DivMod(q.Num(), q.Denom(), new(big.Int))
					c = NewPow(b, NewBigInt(i))
					r = NewBigInt(m)
					return c, NewPow(b, keepCoeff(ce, NewAdd(t, Div(Div(r, ce), NewBigInt(q.Denom()))), true, false))
				}
				return c, NewPow(b, keepCoeff(ce, NewAdd(t, r), true, false))
			}
		}
		ee := keepCoeff(ce, pe, true, false)
		if IsRational(ee) {
			if _, ok := b.(*Mul); ok {
				h, t := rec(b)
				c, m := AsCoeffMul(NewPow(h, ee))
				mb, me := AsBaseExp(m)
				if isInt(mb, 1) || Equal(me, ee) {
					return c, NewPow(keepCoeff(mb, t, true, false), ee)
				}
			}
		}
		return One, NewPow(b, ee)
	}
	return One, e
}

// factorsMap is SymPy's Factors: base → integer exponent.
type factorsMap struct {
	m *exprMap[int64]
}

func newFactors() factorsMap { return factorsMap{newExprMap[int64](0)} }

func (f factorsMap) add(b Expr, e int64) {
	i := f.m.slot(b, 0)
	f.m.vals[i] += e
}

func (f factorsMap) get(b Expr) int64 {
	if i := f.m.index(b); i >= 0 {
		return f.m.vals[i]
	}
	return 0
}

func (f factorsMap) each(fn func(b Expr, e int64)) {
	for i, k := range f.m.keys {
		if f.m.vals[i] != 0 {
			fn(k, f.m.vals[i])
		}
	}
}

func (f factorsMap) asExpr() Expr {
	var args []Expr
	f.each(func(b Expr, e int64) {
		if e == 1 {
			args = append(args, b)
			return
		}
		bb, be := AsBaseExp(b)
		args = append(args, NewPow(bb, keepCoeff(NewInt(e), be, true, false)))
	})
	return NewMul(args...)
}

// termCoeffFactors is as_coeff_mul() as Term uses it: a Rational
// coefficient and the other factors; a Float coefficient stays a factor
// (with its sign moved to a -1 coefficient).
func termCoeffFactors(e Expr) (Expr, []Expr) {
	var args []Expr
	switch x := e.(type) {
	case *Mul:
		args = x.args
	case *Integer, *Rational:
		return e, nil
	default:
		args = []Expr{e}
	}
	if c := args[0]; IsNumber(c) {
		if IsRational(c) {
			return c, args[1:]
		}
		if s, ok := numSign(c); ok && s < 0 {
			return NegOne, append([]Expr{numNeg(c)}, args[1:]...)
		}
	}
	return One, args
}

// term is SymPy's exprtools.Term: coeff * numer / denom.
type term struct {
	coeff        Expr
	numer, denom factorsMap
}

func newTerm(t Expr) term {
	coeff, factors := termCoeffFactors(t)
	tm := term{coeff: coeff, numer: newFactors(), denom: newFactors()}
	for _, f := range factors {
		b, e := decomposePower(f)
		if ba, ok := b.(*Add); ok {
			c, p := primitive(ba)
			tm.coeff = NewMul(tm.coeff, NewPow(c, NewInt(e)))
			b = p
		}
		if e > 0 {
			tm.numer.add(b, e)
		} else {
			tm.denom.add(b, -e)
		}
	}
	return tm
}

func (t term) asExpr() Expr {
	return NewMul(t.coeff, Div(t.numer.asExpr(), t.denom.asExpr()))
}

func factorsGcd(a, b factorsMap) factorsMap {
	r := newFactors()
	a.each(func(k Expr, e int64) {
		if f := b.get(k); f > 0 {
			r.add(k, min(e, f))
		}
	})
	return r
}

func factorsMul(a, b factorsMap) factorsMap {
	r := newFactors()
	a.each(func(k Expr, e int64) { r.add(k, e) })
	b.each(func(k Expr, e int64) { r.add(k, e) })
	return r
}

// normal cancels common factors of numer and denom.
func normal(n, d factorsMap) (factorsMap, factorsMap) {
	rn, rd := newFactors(), newFactors()
	n.each(func(k Expr, e int64) {
		f := d.get(k)
		if e > f {
			rn.add(k, e-f)
		}
	})
	d.each(func(k Expr, e int64) {
		f := n.get(k)
		if e > f {
			rd.add(k, e-f)
		}
	})
	return rn, rd
}

func numGcd(a, b Expr) Expr {
	if g := ratGcd(a, b); g != nil {
		return g
	}
	return One
}

func (t term) gcd(o term) term {
	return term{numGcd(t.coeff, o.coeff), factorsGcd(t.numer, o.numer), factorsGcd(t.denom, o.denom)}
}

func (t term) quo(o term) term {
	n := factorsMul(t.numer, o.denom)
	d := factorsMul(t.denom, o.numer)
	n, d = normal(n, d)
	return term{NewMul(t.coeff, NewPow(o.coeff, NegOne)), n, d}
}

// termsOverGcd is _gcd_terms' first half: the nonzero terms as Terms
// and, when there are two or more (ok), their gcd with each term
// divided by it.
func termsOverGcd(args []Expr) (ts []term, c term, ok bool) {
	for _, a := range args {
		if !isZeroInt(a) {
			ts = append(ts, newTerm(a))
		}
	}
	if len(ts) < 2 {
		return ts, c, false
	}
	c = ts[0]
	for _, t := range ts[1:] {
		c = c.gcd(t)
	}
	for i := range ts {
		ts[i] = ts[i].quo(c)
	}
	return ts, c, true
}

// gcdTerms is gcd_terms(p, isprimitive=True, clear=False, fraction=False)
// for a sum p.
func gcdTerms(p *Add) Expr {
	ts, c, ok := termsOverGcd(p.args)
	var cont, numer, denom Expr
	switch {
	case len(ts) == 0:
		return Zero
	case !ok:
		cont, numer, denom = ts[0].coeff, ts[0].numer.asExpr(), ts[0].denom.asExpr()
	default:
		// factor_terms uses fraction=False: the remaining denominators
		// stay with their terms.
		numers := make([]Expr, len(ts))
		for i, t := range ts {
			numers[i] = t.asExpr()
		}
		cont = c.asExpr()
		numer = NewAdd(numers...)
		denom = One
	}
	coeff, factors := AsCoeffMul(cont)
	if r, ok := coeff.(*Rational); ok {
		if na, ok := numer.(*Add); ok {
			d := NewBigInt(r.r.Denom())
			n2 := Div(na, d)
			anyInt := false
			for _, a := range addArgs(n2) {
				c, _ := AsCoeffMul(a)
				if IsInteger(c) {
					anyInt = true
				}
			}
			if anyInt {
				numer = n2
				coeff = NewBigInt(r.r.Num())
			}
		}
	}
	return keepCoeff(coeff, Div(NewMul(factors, numer), denom), false, false)
}

// FactorTerms is SymPy's factor_terms(e) with its defaults: it pulls
// common numeric content and common factors out of sums, recursively,
// leaving 2*(x + 1) unevaluated.
func FactorTerms(e Expr) Expr { return factorTerms(e, true) }

// factorTerms is SymPy's factor_terms(e, sign=sign) (radical, clear and
// fraction off).
func factorTerms(e Expr, sign bool) Expr {
	checkInterrupt()
	rec := func(a Expr) Expr {
		if b := factorTerms(a, sign); !Equal(a, b) {
			return b
		}
		return a
	}
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special, *Constant, *Symbol:
		return e
	case *Func:
		if IsSum(x) && sumLimits(x) != nil {
			return factorSumInt(x, sign)
		}
		return mapArgs(e, rec)
	case *Pow, *Tuple:
		return mapArgs(e, rec)
	case *Derivative:
		ne := rec(x.Expr())
		if Equal(ne, x.Expr()) {
			return e
		}
		return NewDerivative(ne, x.Vars())
	case *Subs:
		ne := rec(x.Expr())
		changed := !Equal(ne, x.Expr())
		pts := make([]Expr, len(x.Points()))
		for i, p := range x.Points() {
			pts[i] = rec(p)
			if !Equal(pts[i], p) {
				changed = true
			}
		}
		if !changed {
			return e
		}
		return NewSubs(ne, x.Vars(), pts)
	}
	cont, p := contentPrimitive(e)
	if pa, ok := p.(*Add); ok {
		list := make([]Expr, len(pa.args))
		allNeg := true
		for i, a := range pa.args {
			list[i] = rec(a)
			c, _ := AsCoeffMul(list[i])
			if s, ok := numSign(c); !ok || s >= 0 {
				allNeg = false
			}
		}
		if allNeg {
			cont = numNeg(cont)
			for i := range list {
				list[i] = Neg(list[i])
			}
		}
		p = gcdTerms(newAdd(list))
	} else if len(p.Args()) > 0 {
		p = mapArgs(p, rec)
	}
	return keepCoeff(cont, p, false, sign)
}
