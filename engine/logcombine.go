package engine

// Logcombine is SymPy's logcombine(expr, force): from the leaves up,
// each sum's logarithms are gathered by their coefficients (a rational
// sign or factors that are not real stay outside, a real coefficient
// goes inside as a power), logs with the same coefficient multiply, logs
// with opposite coefficients divide. A log combines only when its
// argument is positive (or, with force, not known to be nonpositive).
// The combined logs are built unevaluated, as SymPy builds them.
func Logcombine(e Expr, force bool) (_ Expr, err error) {
	defer recoverTo(&err)
	return bottomUp(e, func(x Expr) Expr { return logcombineNode(x, force) }), nil
}

type logTerm struct {
	coeff []Expr // factors that go inside as a power
	log   *Func
}

func logcombineNode(rv Expr, force bool) Expr {
	switch rv.(type) {
	case *Add, *Mul:
	default:
		return rv
	}
	logDef := fnLog
	isLog := func(e Expr) (*Func, bool) {
		f, ok := e.(*Func)
		return f, ok && f.def == logDef
	}
	gooda := func(a Expr) bool {
		return !isInt(a, -1) && (IsReal(a) == True || force && IsReal(a) != False)
	}
	goodlog := func(l *Func) bool {
		a := l.args[0]
		return IsPositive(a) == True || force && isNonPositive(a) != True
	}
	var other []Expr
	type multi struct{ ot, co, lo []Expr }
	var logs []multi
	// log1: the single logs by their outside factors, in insertion order
	var keys []Expr
	var log1 [][]logTerm
	keyOf := func(ot []Expr) Expr { return NewMul(ot...) }
	find := func(k Expr) int {
		for i, kk := range keys {
			if Equal(kk, k) {
				return i
			}
		}
		return -1
	}
	add := func(k Expr, t logTerm) {
		i := find(k)
		if i < 0 {
			keys, log1 = append(keys, k), append(log1, nil)
			i = len(keys) - 1
		}
		log1[i] = append(log1[i], t)
	}
	for _, a := range addArgs(rv) {
		if l, ok := isLog(a); ok && goodlog(l) {
			add(One, logTerm{nil, l})
			continue
		}
		m, ok := a.(*Mul)
		if !ok {
			other = append(other, a)
			continue
		}
		var ot, co, lo []Expr
		for _, ai := range m.args {
			if IsRational(ai) && IsNegative(ai) == True {
				ot = append(ot, NegOne)
				co = append(co, Neg(ai))
			} else if l, ok := isLog(ai); ok && goodlog(l) {
				lo = append(lo, ai)
			} else if gooda(ai) {
				co = append(co, ai)
			} else {
				ot = append(ot, ai)
			}
		}
		switch {
		case len(lo) > 1:
			logs = append(logs, multi{ot, co, lo})
		case len(lo) == 1:
			add(keyOf(ot), logTerm{co, lo[0].(*Func)})
		default:
			other = append(other, a)
		}
	}
	if len(other) == 1 {
		if l, ok := isLog(other[0]); ok {
			add(One, logTerm{nil, l})
			other = nil
		}
	}
	if len(logs) == 0 && len(keys) == 0 {
		return rv // (SymPy's other early exit never holds)
	}
	for _, m := range logs {
		l := append([]Expr(nil), m.lo...)
		Ordered(l)
		e := Expr(newFunc(logDef, []Expr{NewPow(l[0].(*Func).args[0], NewMul(m.co...))}))
		for _, li := range l[1:] {
			e = newFunc(logDef, []Expr{NewPow(li.(*Func).args[0], e)})
		}
		c := NewMul(m.ot...)
		if lf, ok := isLog(e); ok {
			add(c, logTerm{nil, lf})
		} else {
			other = append(other, NewMul(c, e))
		}
	}
	// the logs with the same coefficient multiply
	combined := make([]Expr, len(keys))
	for i := range keys {
		var fs []Expr
		for _, t := range log1[i] {
			fs = append(fs, NewPow(t.log.args[0], NewMul(t.coeff...)))
		}
		inner, err := Logcombine(NewMul(fs...), force)
		if err != nil {
			panic(err)
		}
		combined[i] = newFunc(logDef, []Expr{inner})
	}
	// the logs with opposite coefficients divide
	order := append([]Expr(nil), keys...)
	Ordered(order)
	done := make([]bool, len(keys))
	for _, k := range order {
		i := find(k)
		if done[i] {
			continue
		}
		done[i] = true
		if j := find(Neg(k)); j >= 0 && !done[j] {
			done[j] = true
			num, ln, ld := keys[i], combined[i], combined[j]
			if CountOps(keys[i]) > CountOps(keys[j]) {
				num, ln, ld = keys[j], combined[j], combined[i]
			}
			other = append(other, NewMul(num, newFunc(logDef, []Expr{Div(ln.(*Func).args[0], ld.(*Func).args[0])})))
			continue
		}
		other = append(other, NewMul(k, combined[i]))
	}
	return NewAdd(other...)
}

// isNonPositive reports whether e <= 0 is known (True), known false
// (False) or not known.
func isNonPositive(e Expr) Tri {
	switch IsPositive(e) {
	case True:
		return False
	case False:
		if IsReal(e) == True {
			return True
		}
	}
	return Unknown
}
