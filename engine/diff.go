package engine

import (
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// Diff differentiates e with respect to vars as SymPy's diff (that is,
// Derivative(e, *vars, evaluate=True)): it returns the evaluated
// derivative, an unevaluated Derivative for undefined functions, or an
// *Error (ValueError) for invalid variables.
func Diff(e Expr, vars ...VarCount) (r Expr, err error) {
	defer recoverTo(&err)
	if len(vars) == 0 {
		free := FreeSymbols(e)
		if len(free) != 1 {
			if len(free) == 0 {
				if _, ok := e.(*Derivative); !ok && !hasUndefined(e) {
					return Zero, nil
				}
				return nil, errorf("ValueError", "%s", fillDedent("Since there are no variables in the expression, the variable(s) of differentiation must be supplied to differentiate "+Str(e)))
			}
			return nil, errorf("ValueError", "%s", fillDedent("Since there is more than one variable in the expression, the variable(s) of differentiation must be supplied to differentiate "+Str(e)))
		}
		vars = []VarCount{{free[0], 1}}
	}
	return derivativeNew(e, vars, true), nil
}

func hasUndefined(e Expr) bool {
	if isAppliedUndef(e) {
		return true
	}
	for _, a := range e.Args() {
		if hasUndefined(a) {
			return true
		}
	}
	return false
}

// fillDedent is SymPy's filldedent for one paragraph: a leading newline
// and the words wrapped greedily at 70 columns (textwrap.fill).
func fillDedent(s string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= 70:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return "\n" + strings.Join(lines, "\n")
}

// Doit evaluates every Derivative and Subs inside e, as SymPy's doit().
func Doit(e Expr) Expr {
	switch x := e.(type) {
	case *Derivative:
		inner := Doit(x.Expr())
		rv := derivativeNew(inner, x.Vars(), true)
		if !Equal(rv, e) && hasKind(rv, kDerivative) {
			rv = Doit(rv)
		}
		return rv
	case *Subs:
		return subsDoit(x)
	case *Func:
		if x.def == IntegralDef {
			return integralDoit(x)
		}
		if IsSum(x) {
			return sumDoit(x)
		}
		if IsProduct(x) {
			return productDoit(x)
		}
		if IsLimit(x) {
			r, err := limitDoit(x)
			if err != nil {
				panic(err)
			}
			return r
		}
		if x.def == LaplaceTransformDef {
			return laplaceDoit(x)
		}
	}
	args := e.Args()
	if len(args) == 0 {
		return e
	}
	// like Basic.doit, rebuild every node so that unevaluated products
	// such as 2*(x + 1) from factor_terms are evaluated again
	na := make([]Expr, len(args))
	for i, a := range args {
		na[i] = Doit(a)
		if i%2 == 0 && isCallOf(e, fnPiecewise) && Equal(na[i], e) {
			// Piecewise.doit keeps a piece whose doit is the whole
			// (the unevaluated Sum of a geometric series' Piecewise)
			na[i] = a
		}
	}
	return rebuild(e, na)
}

func hasKind(e Expr, k kind) bool {
	if e.kind() == k {
		return true
	}
	for _, a := range e.Args() {
		if hasKind(a, k) {
			return true
		}
	}
	return false
}

// diffWrt reports whether v can be a variable of differentiation
// (SymPy's _diff_wrt).
func diffWrt(v Expr) bool {
	switch x := v.(type) {
	case *Symbol:
		return true
	case *Func:
		return x.def.Undefined || x.def == fnIndexed
	case *Derivative:
		return diffWrt(x.Expr())
	}
	return false
}

// IsFunctionOrDerivative reports whether e is an applied undefined
// function (f(t)) or a Derivative: what solve swaps for a Dummy when it
// is asked to solve for it.
func IsFunctionOrDerivative(e Expr) bool {
	_, isD := e.(*Derivative)
	return isD || isAppliedUndef(e)
}

func isAppliedUndef(e Expr) bool {
	f, ok := e.(*Func)
	return ok && f.def.Undefined
}

// derivativeNew is Derivative.__new__.
func derivativeNew(e Expr, vars []VarCount, evaluate bool) Expr {
	if evaluate && len(vars) == 1 && vars[0].Count == 1 && recorder.Load() != nil {
		return recordDerivative(e, vars[0].Var, func() Expr { return derivativeNew0(e, vars, evaluate) })
	}
	return derivativeNew0(e, vars, evaluate)
}

// derivativeNew0 is derivativeNew without the steps recorder.
func derivativeNew0(e Expr, vars []VarCount, evaluate bool) Expr {
	var vc []VarCount
	for i, v := range vars {
		if IsNumber(v.Var) {
			if i == 0 {
				panic(errorf("ValueError", "First variable cannot be a number: %s", Str(v.Var)))
			}
		}
		if v.Count < 0 {
			panic(errorf("ValueError", "order of differentiation must be nonnegative"))
		}
		if n := len(vc); n > 0 && Equal(vc[n-1].Var, v.Var) {
			vc[n-1].Count += v.Count
			if vc[n-1].Count == 0 {
				vc = vc[:n-1]
			}
			continue
		}
		if v.Count == 0 {
			continue
		}
		vc = append(vc, v)
	}
	for _, v := range vc {
		if !diffWrt(v.Var) {
			panic(errorf("ValueError", "\nCan't calculate derivative wrt %s.", Str(v.Var)))
		}
	}
	if len(vc) == 0 {
		return e
	}
	if evaluate {
		// SymPy makes a Derivative expression and Derivative variables
		// canonical first, so that d²f/dxdy differentiated with respect
		// to d²f/dydx is 1
		if d, ok := e.(*Derivative); ok {
			e = NewDerivative(d.Expr(), sortVarCount(d.Vars()))
		}
		for i, v := range vc {
			if d, ok := v.Var.(*Derivative); ok {
				vc[i].Var = NewDerivative(d.Expr(), sortVarCount(d.Vars()))
			}
		}
		for _, v := range vc {
			switch x := v.Var.(type) {
			case *Symbol:
				if !HasFreeSymbol(e, x) {
					return Zero
				}
			case *Func:
				d := NewDummy("D")
				if !Has(indexedWrt(e, v.Var, d), d) {
					return Zero
				}
			}
		}
		vc = sortVarCount(vc)
	}
	if d, ok := e.(*Derivative); ok {
		all := append(append([]VarCount{}, d.Vars()...), vc...)
		return derivativeNew(d.Expr(), all, evaluate)
	}
	if !evaluate {
		return NewDerivative(e, vc)
	}
	nderivs := 0
	expr := e
	var unhandled []VarCount
	for i, v := range vc {
		checkInterrupt()
		old := expr
		var oldV Expr
		s := v.Var
		if _, ok := s.(*Symbol); !ok {
			oldV = s
			d := NewDummy("xi")
			expr = indexedWrt(expr, oldV, d)
			s = d
		}
		obj := diffNTimes(expr, s, v.Count)
		if obj != nil && IsZero(obj) == True {
			return obj
		}
		nderivs += v.Count
		if oldV != nil {
			if obj != nil {
				obj = SubsPairs(obj, [][2]Expr{{s, oldV}})
			}
			expr = old
		}
		if obj == nil {
			unhandled = vc[i:]
			break
		}
		expr = obj
	}
	expr = canonicalDerivatives(expr)
	if len(unhandled) > 0 {
		if d, ok := expr.(*Derivative); ok {
			unhandled = append(append([]VarCount{}, d.Vars()...), unhandled...)
			expr = d.Expr()
		}
		expr = NewDerivative(expr, unhandled)
	}
	if nderivs > 1 {
		expr = FactorTerms(Signsimp(expr))
	}
	return expr
}

func containsSym(xs []*Symbol, s *Symbol) bool {
	for _, x := range xs {
		if Equal(x, s) {
			return true
		}
	}
	return false
}

// sortVarCount is Derivative._sort_variable_count: canonical order of
// the variables, keeping a derivative variable to the right of anything it
// depends on.
func sortVarCount(vc []VarCount) []VarCount {
	if len(vc) < 2 {
		return vc
	}
	n := len(vc)
	block := func(d, v Expr) bool {
		var blk func(d, v Expr, wrt bool) bool
		blk = func(d, v Expr, wrt bool) bool {
			if Equal(d, v) {
				return wrt
			}
			if _, ok := d.(*Symbol); ok {
				return false
			}
			if dd, ok := d.(*Derivative); ok {
				for _, k := range dd.Vars() {
					if blk(k.Var, v, true) {
						return true
					}
				}
				return false
			}
			if !wrt && isAppliedUndef(d) {
				return false
			}
			if s, ok := v.(*Symbol); ok {
				return HasFreeSymbol(d, s)
			}
			if isAppliedUndef(v) {
				dm := NewDummy("D")
				return blk(Xreplace(d, [][2]Expr{{v, dm}}), dm, false)
			}
			for _, a := range FreeSymbols(d) {
				if HasFreeSymbol(v, a) {
					return true
				}
			}
			return false
		}
		return blk(d, v, false)
	}
	indeg := make([]int, n)
	edges := make([][]int, n)
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			if block(vc[j].Var, vc[i].Var) {
				edges[j] = append(edges[j], i)
				indeg[i]++
			}
		}
	}
	less := func(a, b int) bool {
		c := cmpSkey(sortKey(vc[a].Var), sortKey(vc[b].Var))
		if c != 0 {
			return c < 0
		}
		return a < b
	}
	var ready []int
	for i := 0; i < n; i++ {
		if indeg[i] == 0 {
			ready = append(ready, i)
		}
	}
	var order []int
	for len(ready) > 0 {
		sort.Slice(ready, func(a, b int) bool { return less(ready[a], ready[b]) })
		k := ready[0]
		ready = ready[1:]
		order = append(order, k)
		for _, j := range edges[k] {
			indeg[j]--
			if indeg[j] == 0 {
				ready = append(ready, j)
			}
		}
	}
	var out []VarCount
	for _, i := range order {
		if m := len(out); m > 0 && Equal(out[m-1].Var, vc[i].Var) {
			out[m-1].Count += vc[i].Count
			continue
		}
		out = append(out, vc[i])
	}
	return out
}

// canonicalDerivatives sorts the variables of every Derivative in e.
func canonicalDerivatives(e Expr) Expr {
	if !hasKind(e, kDerivative) {
		return e
	}
	args := e.Args()
	na := make([]Expr, len(args))
	for i, a := range args {
		na[i] = canonicalDerivatives(a)
	}
	if d, ok := e.(*Derivative); ok {
		return NewDerivative(na[0], sortVarCount(d.Vars()))
	}
	return rebuild(e, na)
}

// diff1 is a.diff(s) for one derivative.
func diff1(a, s Expr) Expr { return derivativeNew(a, []VarCount{{s, 1}}, true) }

// diffN is a.diff((s, n)).
func diffN(a, s Expr, n int) Expr { return derivativeNew(a, []VarCount{{s, n}}, true) }

// diffNTimes is _eval_derivative_n_times.
func diffNTimes(e, s Expr, n int) Expr {
	if m, ok := e.(*Mul); ok {
		// Mul's Leibniz rule is for Symbols and undefined functions only:
		// a BaseScalar, not a Symbol subclass, takes Basic's repeated
		// product rule
		if sym, ok := s.(*Symbol); ok && sym.base == nil || isAppliedUndef(s) {
			return leibniz(m, s, n)
		}
	}
	obj := e
	for i := 0; i < n; i++ {
		checkInterrupt()
		prev := obj
		obj = evalDerivative(obj, s)
		if obj == nil {
			return nil
		}
		if Equal(obj, prev) {
			break
		}
	}
	return obj
}

// leibniz is Mul._eval_derivative_n_times: the general Leibniz rule.
func leibniz(m *Mul, s Expr, n int) Expr {
	args := m.args
	k := len(args)
	if n == 1 {
		return leibniz1(args, s)
	}
	var terms []Expr
	ks := make([]int, k)
	// cache of derivatives of each factor
	cache := make([]map[int]Expr, k)
	chains := make([]*diffChain, k)
	for i := range cache {
		cache[i] = map[int]Expr{}
		chains[i] = newDiffChain(args[i], s)
	}
	// A term with a factor whose derivative is exactly 0 is 0, and Add
	// drops it, unless an infinity or nan in another factor makes the
	// product nan: without one anywhere, such a term's other factors
	// need not be differentiated.
	skipZero := !anyNode(m, func(e Expr) bool { _, ok := e.(*Special); return ok })
	fact := func(v int) *big.Int { return new(big.Int).MulRange(1, int64(v)) }
	nf := fact(n)
	var rec func(i, left int)
	rec = func(i, left int) {
		if i == k-1 {
			ks[i] = left
			checkInterrupt()
			c := new(big.Int).Set(nf)
			fs := make([]Expr, k)
			for j := 0; j < k; j++ {
				c.Quo(c, fact(ks[j]))
				d, ok := cache[j][ks[j]]
				if !ok {
					d = chains[j].diffN(ks[j])
					cache[j][ks[j]] = d
				}
				if skipZero && isZeroInt(d) {
					return
				}
				fs[j] = d
			}
			terms = append(terms, NewMul(NewBigInt(c), NewMul(fs...)))
			return
		}
		for v := left; v >= 0; v-- {
			ks[i] = v
			rec(i+1, left-v)
		}
	}
	rec(0, n)
	return NewAdd(terms...)
}

// diffChain is diffN(e, s, k) for k = 0, 1, 2, ... of one factor of a
// product: a k-th derivative of an expression that is not a product is
// its k-th repeated derivative (Basic._eval_derivative_n_times) put
// through Derivative.__new__'s last steps, so the repeated derivatives
// are kept and the k-th costs one more derivative, not k of them.
type diffChain struct {
	e, s  Expr
	iters []Expr // iters[i] is the i-th repeated derivative
	done  bool   // the last iterate is a fixed point or nil
	ok    bool   // the chain applies (else diffN is called)
}

func newDiffChain(e, s Expr) *diffChain {
	_, sym := s.(*Symbol)
	_, isD := e.(*Derivative)
	_, isM := e.(*Mul)
	ok := sym && !isD && !isM && recorder.Load() == nil
	return &diffChain{e: e, s: s, iters: []Expr{e}, ok: ok}
}

// iter is the k-th repeated derivative as diffNTimes computes it (nil
// when one cannot be taken).
func (c *diffChain) iter(k int) Expr {
	for len(c.iters) <= k && !c.done {
		checkInterrupt()
		prev := c.iters[len(c.iters)-1]
		obj := evalDerivative(prev, c.s)
		c.iters = append(c.iters, obj)
		c.done = obj == nil || Equal(obj, prev)
	}
	if k < len(c.iters) {
		return c.iters[k]
	}
	return c.iters[len(c.iters)-1]
}

// diffN is diffN(c.e, c.s, k): derivativeNew0's steps for one variable
// with the repeated derivative taken from the chain.
func (c *diffChain) diffN(k int) Expr {
	if !c.ok || k == 0 {
		return diffN(c.e, c.s, k)
	}
	if !HasFreeSymbol(c.e, c.s.(*Symbol)) {
		return Zero
	}
	obj := c.iter(k)
	var expr Expr
	switch {
	case obj == nil:
		expr = canonicalDerivatives(c.e)
		vars := []VarCount{{c.s, k}}
		if d, ok := expr.(*Derivative); ok {
			vars = append(append([]VarCount{}, d.Vars()...), vars...)
			expr = d.Expr()
		}
		expr = NewDerivative(expr, vars)
	case IsZero(obj) == True:
		return obj
	default:
		expr = canonicalDerivatives(obj)
	}
	if k > 1 {
		expr = FactorTerms(Signsimp(expr))
	}
	return expr
}

// leibniz1 is leibniz for a first derivative: the sum over i of the
// product with factor i replaced by its derivative. A product with a zero
// factor is exactly 0 unless a factor is oo, -oo, zoo or nan (then it is
// nan), so such terms are skipped, which Add does with a 0 term too.
func leibniz1(args []Expr, s Expr) Expr {
	if r := leibnizMonomial(args, s); r != nil {
		return r
	}
	return leibnizProduct(args, s)
}

// leibnizProduct is leibniz1's general case.
func leibnizProduct(args []Expr, s Expr) Expr {
	k := len(args)
	special := false
	for _, a := range args {
		if _, ok := a.(*Special); ok {
			special = true
		}
	}
	terms := make([]Expr, 0, k)
	for i := range args {
		checkInterrupt()
		d := diff1(args[i], s)
		if !special && isZeroInt(d) {
			continue
		}
		fs := make([]Expr, k)
		copy(fs, args)
		fs[i] = d
		terms = append(terms, NewMul(fs...))
	}
	if k == 2 && len(terms) == 1 {
		return terms[0] // Add(0, t) is t, not re-evaluated
	}
	return NewAdd(terms...)
}

// evalDerivative is _eval_derivative for one variable s (a Symbol or
// Dummy); nil means the expression cannot be differentiated.
func evalDerivative(e, s Expr) Expr {
	switch x := e.(type) {
	case *Integer, *Rational, *Float, *Special, *Constant:
		return Zero
	case *Symbol:
		if Equal(x, s) {
			return One
		}
		return Zero
	case *Add:
		ds := make([]Expr, len(x.args))
		for i, a := range x.args {
			ds[i] = diff1(a, s)
		}
		return NewAdd(ds...)
	case *Mul:
		var terms []Expr
		for i := range x.args {
			d := diff1(x.args[i], s)
			if isZeroInt(d) {
				continue
			}
			var p Expr = One
			for j, a := range x.args {
				if j == i {
					p = NewMul(p, d)
				} else {
					p = NewMul(p, a)
				}
			}
			terms = append(terms, p)
		}
		return NewAdd(terms...)
	case *Pow:
		b, ex := x.Base(), x.Exp()
		db := diff1(b, s)
		de := diff1(ex, s)
		t1 := NewMul(de, fnLog.call(b))
		t2 := Div(NewMul(db, ex), b)
		return NewMul(e, NewAdd(t1, t2))
	case *Func:
		if r, ok := funcDerivative(x, s); ok {
			return r
		}
		if why := derivativeMissing[x.def]; why != "" && Has(x, s) {
			panic(notImpl("dcalc cannot differentiate " + x.def.Name + ": " + why))
		}
		var l []Expr
		for i, a := range x.args {
			da := diff1(a, s)
			if IsZero(da) == True {
				continue
			}
			var df Expr
			if x.def.fdiffSelf {
				df = x
			} else if x.def.fdiff != nil {
				df = x.def.fdiff(x.args, i)
			}
			if df == nil {
				df = genericFdiff(x, i)
			}
			l = append(l, NewMul(df, da))
		}
		return NewAdd(l...)
	case *Derivative:
		return derivDerivative(x, s)
	case *Subs:
		return subsDerivative(x, s)
	}
	return nil
}

// genericFdiff is Function.fdiff: the derivative with respect to argument
// i of a function with no known derivative.
func genericFdiff(f *Func, i int) Expr {
	a := f.args[i]
	if diffWrt(a) {
		sym, isSym := a.(*Symbol)
		if len(f.args) == 1 || !isSym {
			return NewDerivative(f, []VarCount{{a, 1}})
		}
		clash := false
		for j, v := range f.args {
			if j != i && HasFreeSymbol(v, sym) {
				clash = true
				break
			}
		}
		if !clash {
			return NewDerivative(f, []VarCount{{a, 1}})
		}
	}
	d := xiDummy(i+1, a)
	na := append([]Expr{}, f.args...)
	na[i] = d
	g := newFunc(f.def, na)
	return NewSubs(NewDerivative(g, []VarCount{{d, 1}}), []Expr{d}, []Expr{a})
}

// xiDummy is Dummy('xi_<i>', dummy_index=hash(a)): equal for equal a.
func xiDummy(i int, a Expr) *Symbol {
	s := NewSymbol("xi_"+strconv.Itoa(i), Assumptions{})
	s.dummy = int(a.Hash()&(1<<62-1)) + 1
	s.h = mix(s.h, uint64(s.dummy))
	return s
}

// derivDerivative is Derivative._eval_derivative.
func derivDerivative(d *Derivative, v Expr) Expr {
	for _, w := range d.Vars() {
		if Equal(w.Var, v) {
			vc := append(append([]VarCount{}, d.Vars()...), VarCount{v, 1})
			return derivativeNew(d.Expr(), vc, false)
		}
	}
	dedv := diff1(d.Expr(), v)
	if dd, ok := dedv.(*Derivative); ok {
		vc := append(append([]VarCount{}, d.Vars()...), dd.Vars()...)
		return derivativeNew(dd.Expr(), vc, false)
	}
	return derivativeNew(dedv, d.Vars(), true)
}

// subsDerivative is Subs._eval_derivative (chain rule through the
// substituted points).
func subsDerivative(x *Subs, s Expr) Expr {
	f := x.Expr()
	vars, pts := x.Vars(), x.Points()
	var terms []Expr
	for i, v := range vars {
		dp := diff1(pts[i], s)
		terms = append(terms, NewMul(dp, subsDoit(NewSubs(diff1(f, v), vars, pts))))
	}
	val := NewAdd(terms...)
	free := FreeSymbols(f)
	sym, _ := s.(*Symbol)
	if sym != nil && containsSym(free, sym) {
		isVar := false
		for _, v := range vars {
			if Equal(v, sym) {
				isVar = true
			}
		}
		if !isVar {
			val = NewAdd(val, subsDoit(NewSubs(diff1(f, s), vars, pts)))
		}
	}
	return val
}

// funcDerivative handles functions whose _eval_derivative is special:
// Abs of a non-real argument, re/im, and the unevaluated Sum, Product and
// Limit; a nil result with ok leaves the Derivative unevaluated.
func funcDerivative(f *Func, s Expr) (Expr, bool) {
	switch f.def {
	case fnPiecewise:
		// Piecewise._eval_derivative: piece by piece, the conditions kept
		return mapPieces(f, func(e Expr) Expr { return diff1(e, s) }), true
	case SumDef:
		// Sum._eval_derivative: the summand's derivative under the same
		// limits, unless the variable is an index or in the limits
		lims := sumLimits(f)
		if lims == nil {
			return nil, true
		}
		if sym, ok := s.(*Symbol); ok {
			free := false
			for _, v := range FreeSymbols(f) {
				free = free || Equal(v, sym)
			}
			if !free {
				return Zero, true
			}
		}
		// the outermost limit; the inner ones stay with the summand
		last := lims[len(lims)-1]
		if Has(last[1], s) || Has(last[2], s) {
			return nil, true
		}
		inner := f.args[0]
		if len(lims) > 1 {
			inner = NewSum(inner, lims[:len(lims)-1])
		}
		return NewSum(derivativeNew(inner, []VarCount{{Var: s, Count: 1}}, true), [][3]Expr{last}), true
	case IntegralDef:
		if len(f.args) < 2 {
			return nil, false
		}
		return integralDerivative(f, s), true
	case ProductDef:
		// SymPy's answer is a Sum of Products over a dummy index
		panic(notImpl("dcalc does not differentiate an unevaluated Product"))
	case LimitDef:
		return nil, true // SymPy leaves Derivative(Limit(...), x)
	case fnAbs:
		u := f.args[0]
		if IsReal(u) == True {
			return nil, false
		}
		re, im := fnRe.call(u), fnIm.call(u)
		num := NewAdd(NewMul(re, diff1(re, s)), NewMul(im, diff1(im, s)))
		return Div(NewMul(num, fnSign.call(u)), u), true
	case fnRe, fnIm:
		if IsReal(f.args[0]) == True {
			return nil, false
		}
		return nil, true
	}
	return nil, false
}

// integralDerivative is Integral._eval_derivative (the Leibniz rule,
// outermost limit first): the integrand at each end times that end's
// derivative, plus the integral of the integrand's derivative with the
// variable of integration masked; 0 when s is not free.
func integralDerivative(f *Func, s Expr) Expr {
	if sym, ok := s.(*Symbol); ok {
		free := false
		for _, v := range FreeSymbols(f) {
			free = free || Equal(v, sym)
		}
		if !free {
			return Zero
		}
	}
	lims := integralLimits(f)
	last, lastArg := lims[len(lims)-1], f.args[len(f.args)-1]
	x := last[0]
	var a, b Expr
	switch len(last) {
	case 3:
		a, b = last[1], last[2]
	case 2:
		b = last[1]
	}
	inner := f.args[0]
	if len(f.args) > 2 {
		inner = newFunc(IntegralDef, f.args[:len(f.args)-1])
		if isIntegral(inner.(*Func)) {
			for _, l := range integralLimits(inner.(*Func)) {
				if len(l) == 1 && Equal(l[0], x) {
					panic(notImpl("an iterated integral whose inner variable is the outer one"))
				}
			}
		}
	}
	at := func(end Expr) Expr {
		d := diff1(end, s)
		if d == nil {
			panic(notImpl("the derivative of an integral's limit"))
		}
		if isZeroInt(d) {
			return Zero
		}
		return NewMul(SubsPairs(inner, [][2]Expr{{x, end}}), d)
	}
	var terms []Expr
	if b != nil {
		terms = append(terms, at(b))
	}
	if a != nil {
		terms = append(terms, Neg(at(a)))
	}
	if len(last) == 1 && Equal(s, x) {
		terms = append(terms, inner)
	} else {
		u := NewDummy("u")
		arg := diff1(Xreplace(inner, [][2]Expr{{x, u}}), s)
		if arg == nil {
			panic(notImpl("the derivative of this integrand"))
		}
		arg = Xreplace(arg, [][2]Expr{{u, x}})
		if !isZeroInt(arg) {
			terms = append(terms, newFunc(IntegralDef, []Expr{arg, lastArg}))
		}
	}
	return NewAdd(terms...)
}

// derivativeMissing are the built-ins whose derivative SymPy writes with
// functions dcalc does not have; dcalc refuses rather than print an
// unevaluated Derivative where SymPy prints a formula.
var derivativeMissing = map[*FuncDef]string{
	fnArg: "SymPy's derivative is written with re and im of Derivative(x, x)",
}

// Fdiff is SymPy's f.fdiff(argindex): the derivative of the call f with
// respect to its argument argindex (1-based), evaluated at f's arguments
// (sin(x**2).fdiff() is cos(x**2)); an index outside the arguments is
// SymPy's ArgumentIndexError.
func Fdiff(f *Func, argindex int) (r Expr, err error) {
	defer recoverTo(&err)
	i := argindex - 1
	if i < 0 || i >= len(f.args) {
		return nil, errorf("ArgumentIndexError", "Invalid operation with argument number %d for Function %s", argindex, Str(f))
	}
	switch {
	case f.def == fnAbs:
		return fnSign.call(f.args[0]), nil // Abs.fdiff, for any argument
	case f.def.fdiffSelf:
		return f, nil
	case f.def.fdiff != nil:
		if df := f.def.fdiff(f.args, i); df != nil {
			return df, nil
		}
	case f.def.Undefined:
		return genericFdiff(f, i), nil
	}
	return nil, notImpl("dcalc does not give fdiff for " + f.def.Name + " yet")
}

// leibnizMonomial is leibniz1 for a product of a rational coefficient
// and plain factors (symbols, rational powers of symbols, applied
// functions other than exp) of which exactly one holds s: the product
// with that factor replaced by its derivative, built directly when the
// derivative's factors are plain too and their bases new. It is what
// NewMul's flatten would make of those factors (no base repeats, nothing
// to evaluate), without the flatten; nil when the case does not apply.
func leibnizMonomial(args []Expr, s Expr) Expr {
	sym, ok := s.(*Symbol)
	if !ok {
		return nil
	}
	var c0 Expr = One
	fs := args
	if isRationalNum(args[0]) {
		c0, fs = args[0], args[1:]
	}
	dep := -1
	for j, f := range fs {
		if !plainFactor(f) {
			return nil
		}
		if HasFreeSymbol(f, sym) {
			if dep >= 0 {
				return nil
			}
			dep = j
		}
	}
	if dep < 0 {
		return nil
	}
	d := diff1(fs[dep], s)
	dc, rest := AsCoeffMul(d)
	if !isRationalNum(dc) {
		return nil
	}
	fs2 := make([]Expr, 0, len(fs)+2)
	for j, f := range fs {
		if j != dep {
			fs2 = append(fs2, f)
		}
	}
	if !isInt(rest, 1) {
		fs2 = append(fs2, mulArgs(rest)...)
	}
	r, ok := mulOfPlain(coeffMul(c0, dc), fs2)
	if !ok {
		return nil
	}
	return r
}

// mulOfPlain returns NewMul(coeff, fs...) for a rational coefficient and
// plain factors (plainFactor) of distinct bases, where NewMul's flatten
// could only sort them: it sorts fs in place and builds the product
// directly. ok is false when fs are not such factors.
func mulOfPlain(coeff Expr, fs []Expr) (Expr, bool) {
	if !isRationalNum(coeff) || len(fs) > 16 {
		return nil, false
	}
	for i, f := range fs {
		if !plainFactor(f) {
			return nil, false
		}
		b, _ := AsBaseExp(f)
		for _, g := range fs[:i] {
			if gb, _ := AsBaseExp(g); Equal(gb, b) {
				return nil, false
			}
		}
	}
	if isZeroNum(coeff) {
		return Zero, true
	}
	sortExprs(fs)
	switch {
	case len(fs) == 0:
		return coeff, true
	case isInt(coeff, 1) && len(fs) == 1:
		return fs[0], true
	case isInt(coeff, 1):
		return newMul(fs), true
	}
	out := make([]Expr, 0, len(fs)+1)
	return newMul(append(append(out, coeff), fs...)), true
}

// plainFactor reports whether f is a factor NewMul keeps as it is next
// to factors of other bases: a Symbol, a Symbol to a rational power, or
// an applied function that is its own base (not exp, whose base is E).
func plainFactor(f Expr) bool {
	switch x := f.(type) {
	case *Symbol:
		return true
	case *Pow:
		_, ok := x.Base().(*Symbol)
		return ok && isRationalNum(x.Exp())
	case *Func:
		b, _ := AsBaseExp(f)
		return b == f && x.def != fnPiecewise
	}
	return false
}
