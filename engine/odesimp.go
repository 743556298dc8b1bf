package engine

// odesimp's clean-up of the arbitrary constants of a solved ODE, as
// SymPy's constantsimp and constant_renumber do it for the solutions of
// ode.go.

// constantSimp is constantsimp(Eq(f(x), sol), consts) for the right side:
// a constant subexpression (a product or sum of constants and numbers)
// becomes its first constant when it holds every occurrence of them,
// then terms_gcd(clear=False, deep=True) pulls common factors out, until
// nothing changes. (constantsimp's cse and linear-redundancy steps
// change nothing in these solutions, where each constant multiplies its
// own function once.)
func constantSimp(e Expr, consts []Expr) Expr {
	for range 20 {
		orig := e
		for _, xe := range constantSubexprs(e, consts) {
			syms := FreeSymbols(xe)
			if len(syms) == 0 {
				continue
			}
			all := true
			for _, c := range syms {
				all = all && countOcc(e, c) == countOcc(xe, c)
			}
			if all {
				first := syms[0]
				for _, s := range syms[1:] {
					if Str(s) < Str(first) {
						first = s
					}
				}
				if k, rest := AsCoeffMul(xe); IsNumber(k) && Equal(rest, first) {
					// k*C1 -> C1: C1 occurs only there, so C1 -> C1/k
					e = Xreplace(e, [][2]Expr{{first, Div(first, k)}})
				} else {
					e = SubsPairs(e, [][2]Expr{{xe, first}})
				}
			}
		}
		e = repeatedConstantSubexprs(e, consts)
		e = termsGcd(e, true, false, false)
		if Equal(e, orig) {
			return e
		}
	}
	return e
}

// repeatedConstantSubexprs is what constantsimp's cse step does to these
// solutions: a call of one constant alone that occurs more than once
// (exp(C1) in x*exp(C1) + exp(C1) + 1), the constant found nowhere
// else, becomes the constant.
func repeatedConstantSubexprs(e Expr, consts []Expr) Expr {
	for _, c := range consts {
		var cands []Expr
		walkExpr(e, func(s Expr) {
			// a call such as exp(C1); a repeated product such as 2*C1
			// sits inside a larger common sum that cse takes instead
			if _, call := s.(*Func); !call || IsNumberExpr(s) || containsExpr(cands, s) {
				return
			}
			fs := FreeSymbols(s)
			if len(fs) == 1 && Equal(fs[0], c) {
				cands = append(cands, s)
			}
		})
		for _, s := range cands {
			n := countOcc(e, s)
			if n > 1 && countOcc(e, c) == n*countOcc(s, c) && !insideRepeated(e, s, n) {
				e = Xreplace(e, [][2]Expr{{s, c}})
				break
			}
		}
	}
	return e
}

// insideRepeated reports whether all n occurrences of s in e lie inside
// a larger subexpression that is itself repeated: cse's search does not
// look inside a repeated subexpression again, so it takes x*exp(C1) in
// -x*exp(C1)/(x*exp(C1) - 1), not exp(C1).
func insideRepeated(e, s Expr, n int) bool {
	// two products with s and another common factor: cse's
	// match_common_args takes the common product
	var muls []*Mul
	walkExpr(e, func(p Expr) {
		if m, ok := p.(*Mul); ok && containsExpr(m.args, s) {
			muls = append(muls, m)
		}
	})
	for i := range muls {
		for j := i + 1; j < len(muls); j++ {
			for _, a := range muls[i].args {
				if !Equal(a, s) && !IsNumber(a) && containsExpr(muls[j].args, a) {
					return true
				}
			}
		}
	}
	found := false
	walkExpr(e, func(p Expr) {
		if found || Equal(p, s) || len(p.Args()) == 0 || !Has(p, s) {
			return
		}
		if m := countOcc(e, p); m > 1 && m*countOcc(p, s) == n {
			found = true
		}
	})
	return found
}

// constantSubexprs is _get_constant_subexpressions.
func constantSubexprs(e Expr, consts []Expr) []Expr {
	onlyConsts := func(e Expr) bool {
		for _, s := range FreeSymbols(e) {
			if !containsExpr(consts, s) {
				return false
			}
		}
		return true
	}
	var out []Expr
	var walk func(e Expr)
	walk = func(e Expr) {
		if len(FreeSymbols(e)) > 0 && onlyConsts(e) {
			out = append(out, e)
			return
		}
		if f, ok := e.(*Func); ok && f.def == fnExp {
			e = Expand(e) // exp(C1 + x) holds exp(C1)
		}
		switch e.(type) {
		case *Add, *Mul:
			var cs []Expr
			for _, a := range e.Args() {
				if onlyConsts(a) {
					cs = append(cs, a)
				}
			}
			if len(cs) > 1 {
				if c := rebuild(e, cs); !IsNumberExpr(c) {
					out = append(out, c)
				}
			}
		}
		for _, a := range e.Args() {
			walk(a)
		}
	}
	walk(e)
	return out
}

// countOcc is e.count(c): how many subexpressions of e are c.
func countOcc(e, c Expr) int {
	n := 0
	walkExpr(e, func(s Expr) {
		if Equal(s, c) {
			n++
		}
	})
	return n
}

// constantRenumber is constant_renumber: the constants are renamed
// (names in order) in the order a walk meets them, a sum's or product's
// arguments visited by default_sort_key with every constant set to 1.
func constantRenumber(e Expr, consts, names []Expr) Expr {
	var found []Expr
	ones := make([][2]Expr, len(consts))
	for i, c := range consts {
		ones[i] = [2]Expr{c, One}
	}
	var walk func(e Expr)
	walk = func(e Expr) {
		if containsExpr(consts, e) {
			if !containsExpr(found, e) {
				found = append(found, e)
			}
			return
		}
		args := append([]Expr(nil), e.Args()...)
		switch e.(type) {
		case *Add, *Mul:
			keys := make([]skey, len(args))
			for i, a := range args {
				keys[i] = sortKeyOf(SubsPairs(a, ones))
			}
			for i := 1; i < len(args); i++ {
				for j := i; j > 0 && cmpSkey(keys[j-1], keys[j]) > 0; j-- {
					args[j-1], args[j] = args[j], args[j-1]
					keys[j-1], keys[j] = keys[j], keys[j-1]
				}
			}
		}
		for _, a := range args {
			walk(a)
		}
	}
	walk(e)
	var reps [][2]Expr
	for i, c := range found {
		reps = append(reps, [2]Expr{c, names[i]})
	}
	return Xreplace(e, reps)
}
