package engine

import (
	"math/big"
	"slices"
	"sort"
)

// This file is SymPy's gammasimp and combsimp (sympy/simplify/gammasimp.py
// and combsimp.py): gamma functions written as rising factorials of 1
// and reduced by their recurrences, then products of gammas reduced by
// the reflection, duplication and multiplication theorems and by
// absorbing factors (x*gamma(x) is gamma(x + 1)). combsimp keeps integer
// arguments integer and writes the result back in factorials and
// binomials.

// Gammasimp is gammasimp(e).
func Gammasimp(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	return gammasimp(e), nil
}

// Combsimp is combsimp(e).
func Combsimp(e Expr) (out Expr, err error) {
	defer recoverTo(&err)
	return combsimp(e), nil
}

// notSympyFunctions are dcalc calls that are not Function instances in
// SymPy (gammasimp masks Functions only): gammasimp refuses them rather
// than mask them.
var notSympyFunctions = []*FuncDef{IntegralDef, SumDef, ProductDef, LimitDef, fnMax, fnMin}

func gammasimp(e Expr) Expr {
	e = rewriteTo(e, "gamma")
	if !hasCallOf(e, fnGamma) {
		return e
	}
	if hasCallOf(e, notSympyFunctions...) {
		panic(notImpl("dcalc's gammasimp does not handle Integral, Sum, Product, Limit, Max or Min yet"))
	}
	// mask the other functions (issue 22606): simplify their arguments
	// alone
	var others []Expr
	var collect func(Expr)
	collect = func(x Expr) {
		if f, ok := x.(*Func); ok && f.def != fnGamma && indexExpr(others, x) < 0 {
			others = append(others, x)
		}
		for _, a := range x.Args() {
			collect(a)
		}
	}
	collect(e)
	if len(others) == 0 {
		return gammasimpCore(e, false)
	}
	Ordered(others)
	to := make([][2]Expr, len(others))
	back := make([][2]Expr, len(others))
	for i, f := range others {
		d := NewDummy("Dummy")
		simp := mapArgs(f, func(a Expr) Expr { return gammasimpCore(a, false) })
		to[i] = [2]Expr{f, d}
		back[i] = [2]Expr{d, simp}
	}
	return Xreplace(gammasimpCore(Xreplace(e, to), false), back)
}

func combsimp(e Expr) Expr {
	e = rewriteTo(e, "gamma")
	if hasNonIntegerGamma(e) {
		return gammasimp(e)
	}
	if hasCallOf(e, notSympyFunctions...) {
		panic(notImpl("dcalc's combsimp does not handle Integral, Sum, Product, Limit, Max or Min yet"))
	}
	return gammaAsComb(gammasimpCore(e, true))
}

// hasNonIntegerGamma reports whether e holds gamma(a) with a not known
// to be an integer.
func hasNonIntegerGamma(e Expr) bool {
	if f, ok := e.(*Func); ok && f.def == fnGamma && IsIntegerValued(f.args[0]) != True {
		return true
	}
	return slices.ContainsFunc(e.Args(), hasNonIntegerGamma)
}

// replaceCalls rebuilds e bottom up with every call of d replaced by
// f(call) (Basic.replace with a class query).
func replaceCalls(e Expr, d *FuncDef, f func(*Func) Expr) Expr {
	if len(e.Args()) == 0 {
		return e
	}
	e = mapArgs(e, func(a Expr) Expr { return replaceCalls(a, d, f) })
	if c, ok := e.(*Func); ok && c.def == d {
		return f(c)
	}
	return e
}

// gammaAsRf is gamma(n) written as _rf(1, expand(n - 1)) and evaluated by
// _rf.eval, the rising factorial left unevaluated written back as
// gamma(1 + b).
func gammaAsRf(g *Func) Expr {
	b := Expand(Sub(g.args[0], One))
	if k, ok := b.(*Integer); ok {
		return rfInteger(One, k)
	}
	if _, ok := b.(*Add); ok {
		c, rest := asCoeffAddNumber(b)
		if k, ok := c.(*Integer); ok && k.Sign() != 0 {
			base := fnGamma.call(NewAdd(One, rest))
			if k.Sign() > 0 {
				return NewMul(base, rfInteger(NewAdd(One, rest), k))
			}
			return Div(base, rfInteger(NewAdd(One, rest, c), Neg(k).(*Integer)))
		}
	}
	return fnGamma.call(NewAdd(One, b))
}

// rfInteger is _rf(a, k) for an integer k.
func rfInteger(a Expr, k *Integer) Expr {
	if !k.IsInt64() || k.Int64() > 10000 || k.Int64() < -10000 {
		panic(notImpl("dcalc's gammasimp does not expand rising factorials of more than 10000 factors"))
	}
	n := int(k.Int64())
	switch {
	case n == 0:
		return One
	case n > 0:
		fs := make([]Expr, n)
		for i := range fs {
			fs[i] = NewAdd(a, NewInt(int64(i)))
		}
		return NewMul(fs...)
	}
	fs := make([]Expr, -n)
	for i := range fs {
		fs[i] = Sub(a, NewInt(int64(i+1)))
	}
	return Div(One, NewMul(fs...))
}

// gammasimpCore is _gammasimp(expr, as_comb).
func gammasimpCore(expr Expr, asComb bool) Expr {
	if hasFloatGammaArg(expr) {
		// SymPy's multiplication-theorem search takes .p and .q of the
		// argument's coefficients and fails on Floats
		panic(notImpl("dcalc's gammasimp does not take gamma of Float arguments"))
	}
	expr = replaceCalls(expr, fnGamma, gammaAsRf)
	g := gammaRules{asComb: asComb}
	was := mustFactor(expr)
	expr = g.rule(was, 0)
	if !Equal(expr, was) {
		expr = mustFactor(expr)
	}
	return replaceCalls(expr, fnGamma, func(c *Func) Expr {
		switch c.args[0].(type) {
		case *Integer, *Rational:
			r, err := ExpandFunc(c)
			if err != nil {
				panic(err)
			}
			return r
		}
		return c
	})
}

func hasFloatGammaArg(e Expr) bool {
	if f, ok := e.(*Func); ok && f.def == fnGamma && hasFloat(f.args[0]) {
		return true
	}
	return slices.ContainsFunc(e.Args(), hasFloatGammaArg)
}

// gammaRules is rule_gamma of _gammasimp.
type gammaRules struct{ asComb bool }

// gammaFactor reports whether x has a gamma factor in its shallow
// arguments.
func gammaFactor(x Expr) bool {
	switch v := x.(type) {
	case *Func:
		return v.def == fnGamma
	case *Add, *Mul:
		return slices.ContainsFunc(x.Args(), gammaFactor)
	case *Pow:
		if IsIntegerValued(v.Exp()) == True || IsPositive(v.Base()) == True {
			return gammaFactor(v.Base())
		}
	}
	return false
}

// gammaRat is rule_gamma's gamma_rat: the gammas of x rewritten through
// rising factorials when that lowers their number.
func gammaRat(x Expr) Expr {
	was := countCalls(x, fnGamma)
	xx := replaceCalls(x, fnGamma, gammaAsRf)
	if countCalls(xx, fnGamma) < was {
		return xx
	}
	return x
}

func (g gammaRules) rule(expr Expr, level int) Expr {
	if len(expr.Args()) == 0 {
		return expr
	}
	checkInterrupt()
	if level == 0 {
		expr = mapArgs(expr, func(a Expr) Expr { return g.rule(a, 1) })
		level = 1
	}
	if _, ok := expr.(*Mul); !ok {
		return expr
	}
	if level == 1 {
		// every factor is commutative
		level = 2
	}
	if level == 2 {
		withG, without := siftExprs(expr.Args(), gammaFactor)
		gammaInd := NewMul(without...)
		nd, dd := asNumerDenom(NewMul(withG...))
		for ipass := 0; ipass < 2; ipass++ {
			args := slices.Clone(mulArgs(nd))
			Ordered(args)
			for i, ni := range args {
				s, ok := ni.(*Add)
				if !ok {
					continue
				}
				ts := make([]Expr, len(s.args))
				for j, t := range s.args {
					ts[j] = g.rule(gammaRat(Div(t, dd)), level+1)
				}
				ni, dd = asNumerDenom(NewAdd(ts...))
				args[i] = ni
				if !hasCallOf(dd, fnGamma) {
					break
				}
			}
			nd = NewMul(args...)
			if ipass == 0 && !gammaFactor(nd) {
				break
			}
			nd, dd = dd, nd
		}
		expr = Div(NewMul(gammaInd, nd), dd)
		if _, ok := expr.(*Mul); !ok || !(gammaFactor(dd) || gammaFactor(nd)) {
			return expr
		}
		level = 3
	}
	if level == 3 {
		for {
			was := expr
			expr = g.rule(expr, 4)
			if Equal(expr, was) {
				return expr
			}
		}
	}
	return g.products(expr)
}

// gammaLists are the factors of a product: the arguments of the gammas
// and the other factors, above and below.
type gammaLists struct {
	numerG, denomG, numerO, denomO []Expr
}

// explicate is rule_gamma's explicate: p as gamma arguments or other
// factors, an integer power repeated.
func explicate(p Expr) (isGamma bool, l []Expr) {
	b, e := AsBaseExp(p)
	k, ok := e.(*Integer)
	if !ok {
		return false, []Expr{p}
	}
	n := 0
	if k.IsInt64() && k.Int64() > 0 {
		n = int(k.Int64())
	}
	if f, ok := b.(*Func); ok && f.def == fnGamma {
		return true, repeatExpr(f.args[0], n)
	}
	return false, repeatExpr(b, n)
}

func repeatExpr(e Expr, n int) []Expr {
	out := make([]Expr, n)
	for i := range out {
		out[i] = e
	}
	return out
}

// products is rule_gamma's level-4 work on a product.
func (g gammaRules) products(expr Expr) Expr {
	var L gammaLists
	newargs := slices.Clone(expr.Args())
	Ordered(newargs)
	for len(newargs) > 0 {
		last := newargs[len(newargs)-1]
		newargs = newargs[:len(newargs)-1]
		n, d := asNumerDenom(last)
		if !isInt(n, 1) {
			if isG, l := explicate(n); isG {
				L.numerG = append(L.numerG, l...)
			} else {
				L.numerO = append(L.numerO, l...)
			}
		}
		if !isInt(d, 1) {
			if isG, l := explicate(d); isG {
				L.denomG = append(L.denomG, l...)
			} else {
				L.denomO = append(L.denomO, l...)
			}
		}
	}
	if !g.asComb {
		reflect(&L.numerG, &L.numerO, &L.denomO)
		reflect(&L.denomG, &L.denomO, &L.numerO)
		duplicate(&L.numerG, &L.denomG, &L.numerO, &L.denomO)
		duplicate(&L.denomG, &L.numerG, &L.denomO, &L.numerO)
		multiplicationTheorem(&L.numerG, &L.numerO)
		multiplicationTheorem(&L.denomG, &L.denomO)
	}
	absorbFactors(&L)
	gs := func(args []Expr) Expr {
		fs := make([]Expr, len(args))
		for i, a := range args {
			fs[i] = fnGamma.call(a)
		}
		return NewMul(fs...)
	}
	r := Div(gs(L.numerG), gs(L.denomG))
	r = NewMul(r, NewMul(L.numerO...))
	return Div(r, NewMul(L.denomO...))
}

// reflect applies gamma(x)*gamma(1 - x) = pi/sin(pi*x) to pairs of
// gammas whose arguments add up to an integer.
func reflect(gammas, numer, denom *[]Expr) {
	gs := *gammas
	var kept []Expr
	for len(gs) > 0 {
		g1 := gs[len(gs)-1]
		gs = gs[:len(gs)-1]
		if IsIntegerValued(g1) == True {
			kept = append(kept, g1)
			continue
		}
		paired := false
		for i, g2 := range gs {
			n, ok := NewAdd(g1, g2, NegOne).(*Integer)
			if !ok {
				continue
			}
			*numer = append(*numer, Pi)
			*denom = append(*denom, fnSin.call(NewMul(Pi, g1)))
			gs = slices.Delete(slices.Clone(gs), i, i+1)
			k := smallInt(n)
			for j := 0; j < k; j++ {
				*numer = append(*numer, NewAdd(Sub(One, g1), NewInt(int64(j))))
			}
			for j := 0; j < -k; j++ {
				*denom = append(*denom, Sub(Neg(g1), NewInt(int64(j))))
			}
			paired = true
			break
		}
		if !paired {
			kept = append(kept, g1)
		}
	}
	*gammas = kept
}

// smallInt is n as an int, refusing sizes no product could be built for.
func smallInt(n *Integer) int {
	if !n.IsInt64() || n.Int64() > 10000 || n.Int64() < -10000 {
		panic(notImpl("dcalc's gammasimp does not expand products of more than 10000 factors"))
	}
	return int(n.Int64())
}

// duplicate cancels gamma(x) above against gamma(y) below when x - 2*y is
// an integer: gamma(2*s)/gamma(s) = 2**(2*s - 1)*gamma(s + 1/2)/sqrt(pi).
func duplicate(ng, dg, no, do *[]Expr) {
	for {
		xi, yi := -1, -1
		var n *Integer
	search:
		for i, x := range *ng {
			for j, y := range *dg {
				if k, ok := Sub(x, NewMul(Two, y)).(*Integer); ok {
					xi, yi, n = i, j, k
					break search
				}
			}
		}
		if xi < 0 {
			return
		}
		y := (*dg)[yi]
		*ng = slices.Delete(slices.Clone(*ng), xi, xi+1)
		*dg = slices.Delete(slices.Clone(*dg), yi, yi+1)
		k := smallInt(n)
		for j := 0; j < k; j++ {
			*no = append(*no, NewAdd(NewMul(Two, y), NewInt(int64(j))))
		}
		for j := 0; j < -k; j++ {
			*do = append(*do, Sub(Sub(NewMul(Two, y), One), NewInt(int64(j))))
		}
		*ng = append(*ng, NewAdd(y, Half))
		*no = append(*no, NewPow(Two, Sub(NewMul(Two, y), One)))
		*do = append(*do, NewPow(Pi, Half))
	}
}

// multiplicationTheorem is _mult_thm: runs of n gammas whose arguments
// differ by 1/n (mod 1) become one gamma of n times the argument.
func multiplicationTheorem(gammas, numer *[]Expr) {
	var keys []Expr
	rats := map[int][]*big.Rat{}
	for _, g := range *gammas {
		c, resid := asCoeffAddNumber(g)
		i := indexExpr(keys, resid)
		if i < 0 {
			keys = append(keys, resid)
			i = len(keys) - 1
		}
		rats[i] = append(rats[i], toRat(c))
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cmpSkey(sortKey(keys[order[a]]), sortKey(keys[order[b]])) < 0 })
	var out []Expr
	for _, ki := range order {
		resid := keys[ki]
		coeffs := slices.Clone(rats[ki])
		slices.SortStableFunc(coeffs, func(a, b *big.Rat) int { return a.Cmp(b) })
		var made []Expr
		for {
			n, ui, other, ok := gammaRun(&coeffs)
			if !ok {
				break
			}
			for _, u := range other {
				con := NewAdd(resid, ratExpr(u), NegOne)
				steps := new(big.Rat).Sub(u, ui)
				k := new(big.Int).Quo(steps.Num(), steps.Denom())
				for j := int64(0); j < k.Int64(); j++ {
					*numer = append(*numer, Sub(con, NewInt(j)))
				}
			}
			con := NewMul(NewInt(int64(n)), NewAdd(resid, ratExpr(ui)))
			*numer = append(*numer, NewMul(
				NewPow(NewMul(Two, Pi), ratExpr(big.NewRat(int64(n-1), 2))),
				NewPow(NewInt(int64(n)), Sub(Half, con))))
			made = append(made, con)
		}
		for _, c := range coeffs {
			out = append(out, NewAdd(resid, ratExpr(c)))
		}
		out = append(out, made...)
	}
	*gammas = out
}

// gammaRun is _run: a run in the sorted coefficients whose differences
// (mod 1) from its first are 1/n, 2/n, ... (n-1)/n; the run's members are
// taken out of coeffs.
func gammaRun(coeffs *[]*big.Rat) (n int, first *big.Rat, rest []*big.Rat, ok bool) {
	var u []*big.Rat
	for _, c := range *coeffs {
		if !slices.ContainsFunc(u, func(v *big.Rat) bool { return v.Cmp(c) == 0 }) {
			u = append(u, c)
		}
	}
	mod1 := func(r *big.Rat) *big.Rat {
		fl := new(big.Int).Div(r.Num(), r.Denom()) // floor for a positive denominator
		return new(big.Rat).Sub(r, new(big.Rat).SetInt(fl))
	}
	for i := range u {
		type dj struct {
			d *big.Rat
			j int
		}
		var djs []dj
		for j := i + 1; j < len(u); j++ {
			djs = append(djs, dj{mod1(new(big.Rat).Sub(u[j], u[i])), j})
		}
		for _, one := range djs {
			if one.d.Num().Cmp(big.NewInt(1)) != 0 || one.d.IsInt() {
				continue
			}
			if !one.d.Denom().IsInt64() || one.d.Denom().Int64() > 10000 {
				continue
			}
			q := int(one.d.Denom().Int64())
			got := []int{i}
			get := make([]int, 0, q-1)
			for m := 1; m < q; m++ {
				get = append(get, m)
			}
			for _, d := range djs {
				m := new(big.Rat).Mul(big.NewRat(int64(q), 1), d.d)
				if !m.IsInt() || !m.Num().IsInt64() {
					continue
				}
				if k := slices.Index(get, int(m.Num().Int64())); k >= 0 {
					get = slices.Delete(get, k, k+1)
					got = append(got, d.j)
					if len(get) == 0 {
						break
					}
				}
			}
			if len(get) > 0 {
				continue
			}
			members := make([]*big.Rat, len(got))
			for k, j := range got {
				c := u[j]
				idx := slices.IndexFunc(*coeffs, func(v *big.Rat) bool { return v.Cmp(c) == 0 })
				*coeffs = slices.Delete(slices.Clone(*coeffs), idx, idx+1)
				members[k] = c
			}
			return q, members[0], members[1:], true
		}
	}
	return 0, nil, nil, false
}

// absorbFactors moves factors into the gammas: x*gamma(x) is
// gamma(x + 1) and gamma(x)/(x - 1) is gamma(x - 1), for factors whose
// ratio to the argument is a constant.
func absorbFactors(L *gammaLists) {
	type st struct {
		syms []*Symbol
		fns  []Expr
	}
	var invKeys []Expr
	var invVals []st
	compute := func(x Expr) st {
		if i := indexExpr(invKeys, x); i >= 0 {
			return invVals[i]
		}
		var fns []Expr
		var walk func(Expr)
		walk = func(e Expr) {
			switch v := e.(type) {
			case *Func:
				if indexExpr(fns, e) < 0 {
					fns = append(fns, e)
				}
			case *Pow:
				if indexExpr(fns, v.Exp()) < 0 {
					fns = append(fns, v.Exp())
				}
			}
			for _, a := range e.Args() {
				walk(a)
			}
		}
		walk(x)
		return st{FreeSymbols(x), fns}
	}
	update := func(x Expr) {
		v := compute(x)
		if i := indexExpr(invKeys, x); i >= 0 {
			invVals[i] = v
			return
		}
		invKeys = append(invKeys, x)
		invVals = append(invVals, v)
	}
	for _, l := range [][]Expr{L.numerG, L.denomG, L.numerO, L.denomO} {
		for _, x := range l {
			update(x)
		}
	}
	sameSet := func(a, b []Expr) bool {
		if len(a) != len(b) {
			return false
		}
		for _, x := range a {
			if indexExpr(b, x) < 0 {
				return false
			}
		}
		return true
	}
	meets := func(a, b []*Symbol) bool {
		for _, s := range a {
			if containsSym(b, s) {
				return true
			}
		}
		return false
	}
	findFuzzy := func(l []Expr, x Expr) (Expr, bool) {
		if len(l) == 0 {
			return nil, false
		}
		s1 := compute(x)
		for _, y := range l {
			s2 := invVals[indexExpr(invKeys, y)]
			if !sameSet(s1.fns, s2.fns) || (!meets(s1.syms, s2.syms) && (len(s1.syms) > 0 || len(s2.syms) > 0)) {
				continue
			}
			c, err := Cancel(Div(x, y))
			if err != nil {
				panic(err)
			}
			if len(FreeSymbols(c)) == 0 && (len(FreeSymbols(x)) > 0 || len(FreeSymbols(y)) > 0) {
				return y, true
			}
		}
		return nil, false
	}
	remove := func(l *[]Expr, y Expr) {
		i := indexExpr(*l, y)
		*l = slices.Delete(slices.Clone(*l), i, i+1)
	}
	for _, side := range []struct{ gammas, numer, denom *[]Expr }{
		{&L.numerG, &L.numerO, &L.denomO},
		{&L.denomG, &L.denomO, &L.numerO},
	} {
		var kept []Expr
		gs := *side.gammas
		for len(gs) > 0 {
			g := gs[len(gs)-1]
			gs = gs[:len(gs)-1]
			for cont := true; cont; {
				checkInterrupt()
				cont = false
				if y, ok := findFuzzy(*side.numer, g); ok {
					remove(side.numer, y)
					if !Equal(y, g) {
						r := Div(y, g)
						*side.numer = append(*side.numer, r)
						update(r)
					}
					g = NewAdd(g, One)
					cont = true
				}
				if y, ok := findFuzzy(*side.denom, Sub(g, One)); ok {
					remove(side.denom, y)
					if gm := Sub(g, One); !Equal(y, gm) {
						r := Div(gm, y)
						*side.numer = append(*side.numer, r)
						update(r)
					}
					g = Sub(g, One)
					cont = true
				}
			}
			kept = append(kept, g)
		}
		*side.gammas = kept
	}
}

// gammaAsComb is _gamma_as_comb: the result in factorials, with
// a!*b!/(a + b)! written as 1/binomial(a + b, a).
func gammaAsComb(e Expr) Expr {
	e = rewriteTo(e, "factorial")
	return bottomUp(e, func(rv Expr) Expr {
		m, ok := rv.(*Mul)
		if !ok {
			return rv
		}
		var keys, exps []Expr
		for _, t := range m.args {
			b, x := AsBaseExp(t)
			if i := indexExpr(keys, b); i >= 0 {
				exps[i] = NewAdd(exps[i], x)
			} else {
				keys = append(keys, b)
				exps = append(exps, x)
			}
		}
		var nd [2][]Expr
		for i, k := range keys {
			x, isInt := exps[i].(*Integer)
			if !isCallOf(k, fnFactorial) || !isInt {
				continue
			}
			n := smallInt(x)
			arg := k.Args()[0]
			if n > 0 {
				nd[0] = append(nd[0], repeatExpr(arg, n)...)
			} else {
				nd[1] = append(nd[1], repeatExpr(arg, -n)...)
			}
			exps[i] = Zero
		}
		if len(nd[0]) == 0 || len(nd[1]) == 0 {
			return rv
		}
		hit := false
		for m := 0; m < 2; m++ {
			for i := 0; i < len(nd[m]); {
				ai := nd[m][i]
				paired := false
				for j := i + 1; j < len(nd[m]); j++ {
					aj := nd[m][j]
					sum := NewAdd(ai, aj)
					k := indexExpr(nd[1-m], sum)
					if k < 0 {
						continue
					}
					hit = true
					nd[1-m] = slices.Delete(slices.Clone(nd[1-m]), k, k+1)
					nd[m] = slices.Delete(slices.Clone(nd[m]), j, j+1)
					nd[m] = slices.Delete(nd[m], i, i+1)
					low := aj
					if CountOps(ai) < CountOps(aj) {
						low = ai
					}
					bin := fnBinomial.call(sum, low)
					step := Expr(One)
					if m == 0 {
						step = NegOne
					}
					if bi := indexExpr(keys, bin); bi >= 0 {
						exps[bi] = NewAdd(exps[bi], step)
					} else {
						keys = append(keys, bin)
						exps = append(exps, step)
					}
					paired = true
					break
				}
				if !paired {
					i++
				}
			}
		}
		if !hit {
			return rv
		}
		num := make([]Expr, 0, len(keys)+len(nd[0]))
		for i, k := range keys {
			num = append(num, NewPow(k, exps[i]))
		}
		for _, a := range nd[0] {
			num = append(num, fnFactorial.call(a))
		}
		den := make([]Expr, len(nd[1]))
		for i, a := range nd[1] {
			den[i] = fnFactorial.call(a)
		}
		return Div(NewMul(num...), NewMul(den...))
	})
}
