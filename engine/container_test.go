package engine

import (
	"math/big"
	"testing"
)

// TestContainers checks PrettyContainer and LatexContainer against
// SymPy 1.14's pretty(v, use_unicode=True/False) and latex(v) for Python
// containers (expected strings printed by SymPy).
func TestContainers(t *testing.T) {
	x := NewSymbol("x", Assumptions{})
	y := NewSymbol("y", Assumptions{})
	c := func(kind byte, items ...any) *Container { return &Container{Kind: kind, Items: items} }
	inputs := map[string]*Container{
		"list":     c('[', NewPow(x, Two), NewPow(x, NegOne), Half),
		"tuple1":   c('(', x),
		"empty":    c('['),
		"dict":     c(':', y, NewPow(x, Two), x, One),
		"set":      c('{', NewPow(x, Two), y),
		"emptyset": c('{'),
		"nested":   c('[', c('[', One, Two), c('[', x, Div(y, Two))),
		"mixed":    c('(', NewPow(x, Half), c('[', NewPow(NewAdd(x, One), NegOne), Pi)),
		"dictnum":  c(':', One, NewRational(big1, big3)),
	}
	cases := []struct{ name, uni, ascii, latex string }{
		{"list", "⎡ 2  1     ⎤\n⎢x , ─, 1/2⎥\n⎣    x     ⎦", "  2  1      \n[x , -, 1/2]\n     x      ", "\\left[ x^{2}, \\  \\frac{1}{x}, \\  \\frac{1}{2}\\right]"},
		{"tuple1", "(x,)", "(x,)", "\\left( x,\\right)"},
		{"empty", "[]", "[]", "\\left[ \\right]"},
		{"dict", "⎧          2⎫\n⎨x: 1, y: x ⎬\n⎩           ⎭", "           2 \n{x: 1, y: x }", "\\left\\{ x : 1, \\  y : x^{2}\\right\\}"},
		{"set", "⎧ 2   ⎫\n⎨x , y⎬\n⎩     ⎭", "  2    \n{x , y}", "\\left\\{x^{2}, y\\right\\}"},
		{"emptyset", "set()", "set()", "\\left\\{\\right\\}"},
		{"nested", "⎡        ⎡   y⎤⎤\n⎢[1, 2], ⎢x, ─⎥⎥\n⎣        ⎣   2⎦⎦", "             y  \n[[1, 2], [x, -]]\n             2  ", "\\left[ \\left[ 1, \\  2\\right], \\  \\left[ x, \\  \\frac{y}{2}\\right]\\right]"},
		{"mixed", "⎛    ⎡  1     ⎤⎞\n⎜√x, ⎢─────, π⎥⎟\n⎝    ⎣x + 1   ⎦⎠", "   ___     1        \n(\\/ x , [-----, pi])\n         x + 1      ", "\\left( \\sqrt{x}, \\  \\left[ \\frac{1}{x + 1}, \\  \\pi\\right]\\right)"},
		{"dictnum", "{1: 1/3}", "{1: 1/3}", "\\left\\{ 1 : \\frac{1}{3}\\right\\}"},
	}
	for _, tc := range cases {
		in := inputs[tc.name]
		if got := PrettyContainer(in, PrettyOptions{}); got != tc.uni {
			t.Errorf("%s: PrettyContainer got\n%s\nwant\n%s", tc.name, got, tc.uni)
		}
		if got := PrettyContainer(in, PrettyOptions{ASCII: true}); got != tc.ascii {
			t.Errorf("%s: PrettyContainer ASCII got\n%s\nwant\n%s", tc.name, got, tc.ascii)
		}
		if got := LatexContainer(in, nil); got != tc.latex {
			t.Errorf("%s: LatexContainer got %s, want %s", tc.name, got, tc.latex)
		}
	}
}

var big1, big3 = big.NewInt(1), big.NewInt(3)
