package engine

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// printCase is one expression with its SymPy 1.14 pretty (unicode and
// ASCII) and latex forms.
type printCase struct {
	in, uni, ascii, latex string
}

// testFuncKeys are SymPy's Function.class_key middle elements.
var testFuncKeys = map[string]int{
	"exp": 10, "log": 11, "sin": 20, "cos": 21, "tan": 22, "cot": 23,
	"sinh": 30, "cosh": 31, "tanh": 32, "coth": 33,
	"sec": 10000, "csc": 10000, "asin": 10000, "acos": 10000, "atan": 10000,
	"acot": 10000, "asec": 10000, "acsc": 10000, "asinh": 10000, "acosh": 10000,
	"atanh": 10000, "sech": 10000, "csch": 10000, "Abs": 10000,
}

var testDefs = map[string]*FuncDef{}

// testFunc returns the registered function name, or a local
// definition when the function registry does not have it yet.
func testFunc(name string) *FuncDef {
	if d := LookupFunc(name); d != nil {
		return d
	}
	if d, ok := testDefs[name]; ok {
		return d
	}
	k, ok := testFuncKeys[name]
	var d *FuncDef
	if ok {
		d = &FuncDef{Name: name, ClassKey: k, h: hashString("func:" + name)}
	} else {
		d = UndefinedFunction(name)
	}
	testDefs[name] = d
	return d
}

// exprParser parses the str() form of an expression (a Python subset)
// into engine expressions, for tests.
type exprParser struct {
	s       string
	pos     int
	dummies map[string]*Symbol
	// keep builds a number times a sum as one product, undistributed,
	// as SymPy's factor_terms leaves it after diff (2*(x + y)).
	keep bool
}

func parseExpr(s string) (e Expr, err error) { return parseExprMode(s, false) }

// parseKept parses like parseExpr but keeps number*(sum) products as
// written (exprParser.keep).
func parseKept(s string) (Expr, error) { return parseExprMode(s, true) }

func parseExprMode(s string, keep bool) (e Expr, err error) {
	p := &exprParser{s: s, dummies: map[string]*Symbol{}, keep: keep}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	e = p.expr()
	p.ws()
	if p.pos != len(p.s) {
		panic("trailing input at " + strconv.Itoa(p.pos))
	}
	return e, nil
}

func (p *exprParser) ws() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *exprParser) peek(t string) bool {
	p.ws()
	return strings.HasPrefix(p.s[p.pos:], t)
}

func (p *exprParser) eat(t string) bool {
	if p.peek(t) {
		p.pos += len(t)
		return true
	}
	return false
}

func (p *exprParser) expr() Expr {
	var e Expr
	if p.eat("-") {
		e = p.neg(p.term())
	} else {
		e = p.term()
	}
	for {
		if p.eat("+") {
			e = NewAdd(e, p.term())
		} else if p.eat("-") {
			e = Sub(e, p.term())
		} else {
			return e
		}
	}
}

func (p *exprParser) term() Expr {
	// Collect all factors first: SymPy distributes a number over an Add
	// only in a two-factor product.
	fs := []Expr{p.unary()}
	for {
		if p.eat("*") {
			fs = append(fs, p.unary())
		} else if p.eat("/") {
			fs = append(fs, NewPow(p.unary(), NegOne))
		} else if len(fs) == 1 {
			return fs[0]
		} else {
			return p.product(fs)
		}
	}
}

// product is NewMul(fs...), except in keep mode where numbers times one
// sum stay a product (SymPy's _unevaluated_Mul).
func (p *exprParser) product(fs []Expr) Expr {
	if p.keep {
		var sum Expr
		var rest []Expr
		for _, f := range fs {
			if _, ok := f.(*Add); ok && sum == nil {
				sum = f
				continue
			}
			rest = append(rest, f)
		}
		if sum != nil {
			if c := NewMul(rest...); IsRational(c) {
				return unevaluatedMul(sum, c)
			}
		}
	}
	return NewMul(fs...)
}

// neg is -e, kept as -1*(sum) in keep mode.
func (p *exprParser) neg(e Expr) Expr {
	if _, ok := e.(*Add); ok && p.keep {
		return unevaluatedMul(e, NegOne)
	}
	return Neg(e)
}

func (p *exprParser) unary() Expr {
	if p.eat("-") {
		return p.neg(p.unary())
	}
	return p.power()
}

func (p *exprParser) power() Expr {
	b := p.atom()
	if p.eat("**") {
		return NewPow(b, p.unary())
	}
	return b
}

func (p *exprParser) args() []Expr {
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
			panic("expected , at " + strconv.Itoa(p.pos))
		}
	}
}

func (p *exprParser) atom() Expr {
	p.ws()
	if p.eat("(") {
		e := p.expr()
		if p.eat(",") {
			as := []Expr{e}
			as = append(as, p.args()...)
			return NewTuple(as...)
		}
		if !p.eat(")") {
			panic("expected )")
		}
		return e
	}
	start := p.pos
	c := p.s[p.pos]
	if c >= '0' && c <= '9' || c == '.' {
		for p.pos < len(p.s) && (strings.IndexByte("0123456789.", p.s[p.pos]) >= 0 ||
			(p.s[p.pos] == 'e' && p.pos+1 < len(p.s) && strings.IndexByte("+-0123456789", p.s[p.pos+1]) >= 0) ||
			((p.s[p.pos] == '+' || p.s[p.pos] == '-') && p.s[p.pos-1] == 'e')) {
			p.pos++
		}
		lit := p.s[start:p.pos]
		if strings.ContainsAny(lit, ".e") && p.keep {
			// a Float printed at its own precision: as many digits
			f, err := NewFloatString(lit, sigDigits(lit))
			if err != nil {
				panic(err)
			}
			return f
		}
		if strings.ContainsAny(lit, ".e") {
			f, _, err := big.ParseFloat(lit, 10, 53, big.ToNearestEven)
			if err != nil {
				panic(err)
			}
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
		panic("unexpected " + p.s[p.pos:])
	}
	if p.eat("(") {
		as := p.args()
		switch name {
		case "sqrt":
			return NewPow(as[0], Half)
		case "Rational":
			return Div(as[0], as[1])
		case "Derivative":
			var vc []VarCount
			for _, v := range as[1:] {
				if t, ok := v.(*Tuple); ok {
					vc = append(vc, VarCount{Var: t.args[0], Count: int(t.args[1].(*Integer).Int64())})
				} else {
					vc = append(vc, VarCount{Var: v, Count: 1})
				}
			}
			return NewDerivative(as[0], vc)
		case "Subs":
			if t, ok := as[1].(*Tuple); ok {
				return NewSubs(as[0], t.args, as[2].(*Tuple).args)
			}
			return NewSubs(as[0], []Expr{as[1]}, []Expr{as[2]})
		case "Float":
			return as[0]
		}
		return newFunc(testFunc(name), as)
	}
	switch name {
	case "pi":
		return Pi
	case "E":
		return E
	case "I":
		return I
	case "GoldenRatio":
		return GoldenRatio
	case "EulerGamma":
		return EulerGamma
	case "Catalan":
		return Catalan
	case "oo":
		return Oo
	case "zoo":
		return Zoo
	case "nan":
		return NaN
	}
	if strings.HasPrefix(name, "_") {
		if d, ok := p.dummies[name]; ok {
			return d
		}
		d := NewDummy(name[1:])
		p.dummies[name] = d
		return d
	}
	return NewSymbol(name, Assumptions{})
}

// sigDigits counts the significant digits of a decimal literal.
func sigDigits(lit string) int {
	if i := strings.IndexByte(lit, 'e'); i >= 0 {
		lit = lit[:i]
	}
	lit = strings.TrimLeft(strings.Replace(lit, ".", "", 1), "0")
	return max(len(lit), 1)
}
