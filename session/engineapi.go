package session

import (
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// This file collects the engine entry points the session depends on, so
// that wiring a new engine feature touches one place.

func engineInterrupt()      { engine.Interrupt() }
func engineClearInterrupt() { engine.ClearInterrupt() }

// isEngineInterrupt reports whether a recovered panic value is the
// engine's interrupt sentinel.
func isEngineInterrupt(r any) bool {
	switch r.(type) {
	case engine.InterruptError, *engine.InterruptError:
		return true
	}
	return false
}

// engineError converts an engine error value into an exception.
func engineError(err error) (*Exception, bool) {
	if e, ok := err.(*engine.Error); ok {
		return &Exception{Type: e.Type, Msg: e.Msg}, true
	}
	return nil, false
}

// exprStr is SymPy's str() of an expression.
func exprStr(e engine.Expr) string { return engine.Str(e) }

// evalfHook evaluates e to dps digits. Until the engine's Evalf is
// merged it approximates numeric expressions in float64.
func evalfHook(e engine.Expr, dps int, subs [][2]engine.Expr) engine.Expr {
	if len(subs) > 0 {
		e = engine.SubsPairs(e, subs)
	}
	var walk func(x engine.Expr) engine.Expr
	walk = func(x engine.Expr) engine.Expr {
		if isNumberExpr(x) {
			if c, ok := approx(x); ok {
				prec := uint(float64(dps)*3.3219280948873626 + 0.5 + 1)
				if prec < 53 {
					prec = 53
				}
				re := engine.NewBigFloat(new(big.Float).SetPrec(prec).SetFloat64(real(c)))
				if imag(c) == 0 {
					return re
				}
				im := engine.NewBigFloat(new(big.Float).SetPrec(prec).SetFloat64(imag(c)))
				return engine.NewAdd(re, engine.NewMul(im, engine.I))
			}
			return x
		}
		args := x.Args()
		if len(args) == 0 {
			return x
		}
		na := make([]engine.Expr, len(args))
		for i, a := range args {
			na[i] = walk(a)
		}
		return engine.Xreplace(x, pairsOf(args, na))
	}
	return walk(e)
}

func pairsOf(old, nw []engine.Expr) [][2]engine.Expr {
	var out [][2]engine.Expr
	for i := range old {
		if !engine.Equal(old[i], nw[i]) {
			out = append(out, [2]engine.Expr{old[i], nw[i]})
		}
	}
	return out
}

// prettyValue returns the 2D form of v: expressions, and lists, tuples
// and sets of expressions and Python numbers.
func (in *interp) prettyValue(v Value, unicode bool, width int) (string, bool) {
	opts := engine.PrettyOptions{ASCII: !unicode, Width: width}
	switch x := v.(type) {
	case engine.Expr:
		return engine.Pretty(x, opts), true
	case *List, *Tuple, *Set:
		items := in.toSlice(x)
		es := make([]engine.Expr, len(items))
		for i, it := range items {
			e, ok := sympifyNumber(it)
			if !ok {
				return "", false
			}
			es[i] = e
		}
		kind := byte('[')
		switch x.(type) {
		case *Tuple:
			kind = '('
		case *Set:
			kind = '{'
		}
		return engine.PrettyList(es, kind, opts), true
	case *big.Int, float64, bool:
		e, _ := sympifyNumber(x)
		return engine.Pretty(e, opts), true
	}
	return in.matrixPretty(v, opts)
}

// defaultDps is the number of digits evalf and N use by default.
const defaultDps = 15

func dpsToPrec(dps int) uint {
	p := int(float64(dps+1)*3.3219280948873626 + 0.5)
	if p < 1 {
		p = 1
	}
	return uint(p)
}

// newFloatString is SymPy's Float(s, dps). (Switch to the engine's
// version once the evalf branch is merged.)
func newFloatString(s string, dps int) (engine.Expr, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	switch strings.ToLower(t) {
	case "inf", "+inf":
		return engine.Oo, nil
	case "-inf":
		return engine.NegOo, nil
	case "nan":
		return engine.NaN, nil
	}
	if dps == 0 {
		digits := 0
		mant := strings.ToLower(t)
		if i := strings.IndexByte(mant, 'e'); i >= 0 {
			mant = mant[:i]
		}
		mant = strings.TrimLeft(strings.Trim(mant, "+-"), "0.")
		for _, c := range mant {
			if c >= '0' && c <= '9' {
				digits++
			}
		}
		dps = max(digits, defaultDps)
	}
	f, _, err := big.ParseFloat(t, 10, dpsToPrec(dps), big.ToNearestEven)
	if err != nil {
		return nil, &engine.Error{Type: "ValueError", Msg: "could not convert string to float: " + strRepr(s)}
	}
	return engine.NewBigFloat(f), nil
}

// newFloatFrom is SymPy's Float(e, dps) for a number e.
func newFloatFrom(e engine.Expr, dps int) (engine.Expr, error) {
	if dps == 0 {
		dps = defaultDps
	}
	switch x := e.(type) {
	case *engine.Integer:
		return engine.NewBigFloat(new(big.Float).SetPrec(dpsToPrec(dps)).SetInt(x.Big())), nil
	case *engine.Rational:
		return engine.NewBigFloat(new(big.Float).SetPrec(dpsToPrec(dps)).SetRat(x.Rat())), nil
	case *engine.Float:
		return engine.NewBigFloat(new(big.Float).SetPrec(dpsToPrec(dps)).Set(x.Big())), nil
	case *engine.Special:
		return x, nil
	}
	if isNumberExpr(e) {
		return evalfHook(e, dps, nil), nil
	}
	return nil, &engine.Error{Type: "TypeError", Msg: "Cannot convert expression to float"}
}
