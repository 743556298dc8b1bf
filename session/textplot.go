package session

import (
	"math"
	"math/big"
	"strings"

	"github.com/dcalc/dcalc/engine"
)

// textplot is SymPy's textplot(expr, a, b, W=55, H=21): the expression,
// lambdified, sampled at W points and drawn as W×H characters with
// SymPy's rules (sympy/plotting/textplot.py), byte for byte.

var textplotTable = []*binding{
	{Name: "textplot", Honours: "W H", Doc: "A crude ASCII plot of expr over [a, b]: textplot(sin(x), 0, 10).",
		Fn: func(in *interp, a *callArgs) Value {
			w, h := 55, 21
			if v := a.Get("W"); v != nil {
				w = int(in.toIndex(v))
			}
			if v := a.Get("H"); v != nil {
				h = int(in.toIndex(v))
			}
			e, ok := a.Get("expr").(engine.Expr)
			if !ok {
				throw("AttributeError", "'%s' object has no attribute 'free_symbols'", typeName(a.Get("expr")))
			}
			for _, line := range in.textplotLines(e, a.Get("a"), a.Get("b"), w, h) {
				in.s.out.Write([]byte(line + "\n"))
			}
			return none
		}},
}

// textplotLines returns the lines textplot prints.
func (in *interp) textplotLines(expr engine.Expr, av, bv Value, W, H int) []string {
	free := engine.FreeSymbols(expr)
	if len(free) > 1 {
		throw("ValueError", "The expression must have a single variable. (Got %s)", in.repr(freeSymbolSet(expr)))
	}
	var x engine.Expr
	if len(free) == 1 {
		x = free[0]
	} else {
		x = engine.NewDummy("x")
	}
	if W < 2 || H < 2 {
		throw("NotImplementedError", "dcalc's textplot needs W and H of at least 2")
	}
	f := in.lambdify(&List{Items: []Value{x}}, expr, nil)
	a, b := in.toFloat(realPart(av)), in.toFloat(realPart(bv))
	xs := make([]float64, W)
	for i := range xs {
		xs[i] = a + (b-a)*float64(i)/float64(W-1)
	}
	ys := make([]Value, W)
	for i, v := range xs {
		ys[i] = in.textplotEval(f, v)
	}
	var valid []float64
	for _, y := range ys {
		if v, ok := validFloat(y); ok {
			valid = append(valid, v)
		}
	}
	mi, ma := -1.0, 1.0
	if len(valid) > 0 {
		mi, ma = valid[0], valid[0]
		for _, v := range valid {
			mi, ma = math.Min(mi, v), math.Max(ma, v)
		}
		if ma == mi {
			if ma != 0 {
				mi, ma = math.Min(0, 2*ma), math.Max(0, 2*ma)
			} else {
				mi, ma = -1, 1
			}
		}
	}
	prec := -(int(math.Floor(math.Log10(ma-mi))) - 1)
	mi = in.toFloat(in.round([]Value{mi, big.NewInt(int64(prec))}, nil))
	ma = in.toFloat(in.round([]Value{ma, big.NewInt(int64(prec))}, nil))
	rows := textplotRescale(ys, W, H, mi, ma)
	bins := make([]float64, H)
	for i := range bins {
		bins[i] = mi + (ma-mi)*float64(i)/float64(H-1)
	}
	const margin = 7
	var lines []string
	for h := H - 1; h >= 0; h-- {
		s := []byte(strings.Repeat(" ", W))
		for i := range W {
			if rows[i] != h {
				continue
			}
			switch {
			case (i == 0 || rows[i-1] == h-1) && (i == W-1 || rows[i+1] == h+1):
				s[i] = '/'
			case (i == 0 || rows[i-1] == h+1) && (i == W-1 || rows[i+1] == h-1):
				s[i] = '\\'
			default:
				s[i] = '.'
			}
		}
		if h == 0 {
			s = []byte(strings.Repeat("_", W))
		}
		prefix := strings.Repeat(" ", margin)
		if h == 0 || h == H/2 || h == H-1 {
			prefix = in.percentFormat("%g", bins[h])
			prefix = strings.Repeat(" ", max(margin-len(prefix), 0)) + prefix
			prefix = prefix[:margin]
		}
		line := string(s)
		if h == H/2 {
			line = strings.ReplaceAll(line, " ", "-")
		}
		lines = append(lines, prefix+" |"+line)
	}
	bottom := strings.Repeat(" ", margin+2) + ljust(in.percentFormat("%g", xs[0]), W/2)
	if W%2 == 1 {
		bottom += ljust(in.percentFormat("%g", xs[W/2]), W/2)
	} else {
		bottom += ljust(in.percentFormat("%g", xs[W/2]), W/2-1)
	}
	bottom += in.percentFormat("%g", xs[W-1])
	return append(lines, bottom)
}

// textplotEval is f(v), None where SymPy's textplot catches the error.
func (in *interp) textplotEval(f Value, v float64) (r Value) {
	defer func() {
		if p := recover(); p != nil {
			if e, ok := p.(*Exception); ok {
				switch e.Type {
				case "ValueError", "TypeError", "ZeroDivisionError":
					r = none
					return
				}
			}
			panic(p)
		}
	}()
	return in.call(f, []Value{v}, nil)
}

// textplotRescale maps values to rows 0..H-1 (-1: no point), as
// textplot's rescale does.
func textplotRescale(ys []Value, W, H int, mi, ma float64) []int {
	norm := ma - mi
	offset := (ma + mi) / 2
	out := make([]int, W)
	for i := range W {
		out[i] = -1
		y, ok := validFloat(ys[i])
		if !ok {
			continue
		}
		n := (y - offset) / norm
		if math.IsInf(n, 0) || math.IsNaN(n) {
			continue
		}
		out[i] = int(math.RoundToEven((n*float64(H) + float64(H)/2) * float64(H-1) / float64(H)))
	}
	return out
}

// validFloat is textplot's is_valid: a finite real number.
func validFloat(v Value) (float64, bool) {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case *big.Int:
		f = intToFloat(x)
	case bool:
		if x {
			f = 1
		}
	default:
		return 0, false
	}
	return f, !math.IsInf(f, 0) && !math.IsNaN(f)
}

func freeSymbolSet(e engine.Expr) *Set {
	s := newSet()
	for _, sym := range engine.FreeSymbols(e) {
		s.Add(sym)
	}
	return s
}

func realPart(v Value) Value {
	if c, ok := v.(complex128); ok && imag(c) == 0 {
		return real(c)
	}
	return v
}
