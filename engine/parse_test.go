package engine

import (
	"fmt"
	"math/big"
	"strings"
	"unicode"
)

// A tiny parser for SymPy's str() output, used only by tests to build
// expressions from golden strings: numbers, symbols, + - * / **, calls of
// registered functions, undefined functions f g h, Rational, sqrt, root,
// Derivative(e, x, (x, 2)), Subs(e, x, p), E, pi, I, oo, zoo, nan.

type tparser struct {
	s   string
	pos int
}

func mustParse(s string) Expr {
	p := &tparser{s: s}
	e := p.expr()
	p.skip()
	if p.pos != len(p.s) {
		panic(fmt.Sprintf("parse %q: trailing %q", s, p.s[p.pos:]))
	}
	return e
}

func (p *tparser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *tparser) peek(tok string) bool {
	p.skip()
	return strings.HasPrefix(p.s[p.pos:], tok)
}

func (p *tparser) eat(tok string) bool {
	if p.peek(tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

func (p *tparser) expr() Expr {
	var terms []Expr
	neg := false
	if p.eat("-") {
		neg = true
	}
	t := p.term()
	if neg {
		t = Neg(t)
	}
	terms = append(terms, t)
	for {
		if p.eat("+") {
			terms = append(terms, p.term())
		} else if p.peek("-") {
			p.pos++
			terms = append(terms, Neg(p.term()))
		} else {
			break
		}
	}
	if len(terms) == 1 {
		return terms[0]
	}
	r := terms[0]
	for _, t := range terms[1:] {
		r = NewAdd(r, t)
	}
	return r
}

func (p *tparser) term() Expr {
	// factors are collected and multiplied at once, as str() output of a
	// flat Mul should rebuild that Mul
	fs := []Expr{p.unary()}
	for {
		if p.peek("**") {
			break
		}
		if p.eat("*") {
			fs = append(fs, p.unary())
		} else if p.eat("/") {
			d := p.unary()
			last := fs[len(fs)-1]
			if IsInteger(last) && IsInteger(d) {
				fs[len(fs)-1] = numMul(last, numInv(d))
			} else {
				fs = append(fs, NewPow(d, NegOne))
			}
		} else {
			break
		}
	}
	return NewMul(fs...)
}

func (p *tparser) unary() Expr {
	if p.eat("-") {
		return Neg(p.unary())
	}
	b := p.atom()
	if p.eat("**") {
		e := p.unary()
		return NewPow(b, e)
	}
	return b
}

var testFuncs = map[string]*FuncDef{
	"f": UndefinedFunction("f"), "g": UndefinedFunction("g"), "h": UndefinedFunction("h"),
}

func (p *tparser) args() []Expr {
	var as []Expr
	if p.eat(")") {
		return as
	}
	for {
		as = append(as, p.expr())
		if p.eat(")") {
			return as
		}
		if !p.eat(",") {
			panic("expected , in " + p.s)
		}
	}
}

func (p *tparser) atom() Expr {
	p.skip()
	if p.eat("(") {
		e := p.expr()
		if p.eat(",") {
			rest := p.args()
			return NewTuple(append([]Expr{e}, rest...)...)
		}
		if !p.eat(")") {
			panic("expected ) in " + p.s)
		}
		return e
	}
	start := p.pos
	if p.pos < len(p.s) && (unicode.IsDigit(rune(p.s[p.pos])) || p.s[p.pos] == '.') {
		for p.pos < len(p.s) && (unicode.IsDigit(rune(p.s[p.pos])) || p.s[p.pos] == '.' || p.s[p.pos] == 'e') {
			p.pos++
		}
		lit := p.s[start:p.pos]
		if strings.ContainsAny(lit, ".e") {
			f, _, _ := big.ParseFloat(lit, 10, 53, big.ToNearestEven)
			return NewBigFloat(f)
		}
		n, _ := new(big.Int).SetString(lit, 10)
		return NewBigInt(n)
	}
	for p.pos < len(p.s) && (unicode.IsLetter(rune(p.s[p.pos])) || unicode.IsDigit(rune(p.s[p.pos])) || p.s[p.pos] == '_') {
		p.pos++
	}
	name := p.s[start:p.pos]
	if name == "" {
		panic(fmt.Sprintf("parse %q at %d", p.s, p.pos))
	}
	if p.eat("(") {
		as := p.args()
		switch name {
		case "Rational":
			return numMul(as[0], numInv(as[1]))
		case "S", "Integer", "Float":
			return as[0]
		case "sqrt":
			return Sqrt(as[0])
		case "root":
			return Root(as[0], as[1], as[2:]...)
		case "Derivative":
			var vc []VarCount
			for _, v := range as[1:] {
				if t, ok := v.(*Tuple); ok {
					vc = append(vc, VarCount{t.args[0], int(t.args[1].(*Integer).Int64())})
				} else {
					vc = append(vc, VarCount{v, 1})
				}
			}
			return NewDerivative(as[0], vc)
		case "Subs":
			return NewSubs(as[0], tupleOr(as[1]), tupleOr(as[2]))
		}
		if d := testFuncs[name]; d != nil {
			return MustApply(d, as...)
		}
		if d := LookupFunc(name); d != nil {
			return MustApply(d, as...)
		}
		panic("unknown function " + name)
	}
	switch name {
	case "pi":
		return Pi
	case "E":
		return E
	case "I":
		return I
	case "oo":
		return Oo
	case "zoo":
		return Zoo
	case "nan":
		return NaN
	}
	if strings.HasPrefix(name, "_xi_") {
		return NewSymbol(name[1:], Assumptions{}) // placeholder
	}
	return NewSymbol(name, Assumptions{})
}

func tupleOr(e Expr) []Expr {
	if t, ok := e.(*Tuple); ok {
		return t.args
	}
	return []Expr{e}
}
