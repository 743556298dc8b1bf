package engine

// Residue is SymPy's residue(expr, x, x0): the coefficient of 1/(x - x0)
// in the Laurent series of expr about x0.
func Residue(e Expr, x *Symbol, x0 Expr) (r Expr, err error) {
	defer recoverTo(&err)
	if !Equal(x0, Zero) {
		e = SubsPairs(e, [][2]Expr{{x, NewAdd(x, x0)}})
	}
	s, err := Series(e, x, Zero, 1)
	if err != nil {
		return nil, err
	}
	var res []Expr
	for _, term := range addArgs(Expand(RemoveO(s))) {
		c, m := asIndependentOf(term, []Expr{x})
		switch {
		case Equal(m, One) || Equal(m, x):
		case Equal(m, NewPow(x, NegOne)):
			res = append(res, c)
		default:
			p, ok := m.(*Pow)
			if !ok || !Equal(p.Base(), x) || !IsInteger(p.Exp()) {
				return nil, errorf("NotImplementedError", "term of unexpected form: %s", Str(m))
			}
		}
	}
	return NewAdd(res...), nil
}
