package engine

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"runtime/debug"
	"sort"
	"testing"
)

// FuzzExprTree builds an expression tree from the fuzz bytes with the
// canonicalizing constructors and runs the printers, Diff, Expand and
// Simplify on it. Constructors may only fail with *Error (SymPy raises a
// Python exception there too); the printers must never fail; Diff returns
// or errors.
//
//	go test ./engine -run XXX -fuzz FuzzExprTree -fuzztime 120s
func FuzzExprTree(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte("x**x**x**x**x+sin(cos(tan(x)))"))
	f.Add([]byte{9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9})
	f.Add([]byte{7, 0, 0xff, 7, 1, 0x80, 8, 3, 0x7f, 8, 4, 0x81})
	deep := make([]byte, 100)
	for i := range deep {
		deep[i] = byte(16 + i%5)
	}
	f.Add(deep)
	f.Fuzz(func(t *testing.T, data []byte) {
		b := &treeBuilder{data: data}
		e, ok := b.safe(func() Expr { return b.expr(0) })
		if !ok {
			return
		}
		checkPrinters(t, e)
		x := NewSymbol("x", Assumptions{})
		for _, n := range []int{1, 2} {
			d, err := safeDiff(e, VarCount{Var: x, Count: n})
			if err != nil {
				var ee *Error
				if !errors.As(err, &ee) {
					t.Fatalf("Diff(%s): error %T %v", Str(e), err, err)
				}
				continue
			}
			checkPrinters(t, d)
		}
		if ex, ok := b.safe(func() Expr { return Expand(e) }); ok {
			checkPrinters(t, ex)
		}
	})
}

// treeBuilder decodes bytes into an expression, one choice per byte.
type treeBuilder struct {
	data []byte
	pos  int
}

func (b *treeBuilder) next() byte {
	if b.pos >= len(b.data) {
		return 0
	}
	c := b.data[b.pos]
	b.pos++
	return c
}

// funcNames are the registered functions, sorted for determinism.
var fuzzFuncNames = func() []string {
	var ns []string
	for k := range funcRegistry {
		ns = append(ns, k)
	}
	sort.Strings(ns)
	return ns
}()

func (b *treeBuilder) expr(depth int) Expr {
	c := b.next()
	if depth > 12 || b.pos >= len(b.data) {
		c %= 16 // leaves only
	}
	switch c % 24 {
	case 0:
		return NewSymbol("x", Assumptions{})
	case 1:
		return NewSymbol("y", Assumptions{Positive: true})
	case 2:
		return NewSymbol("n", Assumptions{Integer: true})
	case 3:
		return NewInt(int64(int8(b.next())))
	case 4:
		p, q := int64(int8(b.next())), int64(b.next())
		if q == 0 {
			q = 1
		}
		return NewRational(big.NewInt(p), big.NewInt(q))
	case 5:
		return NewFloat(float64(int8(b.next()))/8, 53)
	case 6:
		return []Expr{Pi, E, I, Oo, NegOo, Zoo, NaN, Half}[b.next()%8]
	case 7:
		n := new(big.Int).Lsh(big.NewInt(int64(b.next())+1), uint(b.next()))
		return NewBigInt(n)
	case 8:
		return NewFloat([]float64{0, math.Copysign(0, -1), 1e308, 1e-308, 5e-324}[b.next()%5], uint(b.next()%200+1))
	case 9, 10, 11, 12, 13, 14, 15:
		return NewSymbol("x", Assumptions{})
	case 16:
		return NewAdd(b.expr(depth+1), b.expr(depth+1))
	case 17:
		return NewMul(b.expr(depth+1), b.expr(depth+1))
	case 18:
		return NewPow(b.expr(depth+1), b.expr(depth+1))
	case 19:
		return Neg(b.expr(depth + 1))
	case 20:
		return Div(b.expr(depth+1), b.expr(depth+1))
	case 21, 22:
		name := fuzzFuncNames[int(b.next())%len(fuzzFuncNames)]
		def := funcRegistry[name]
		n := 1
		if len(def.NArgs) > 0 {
			n = def.NArgs[int(b.next())%len(def.NArgs)]
		}
		if n > 4 {
			n = 4
		}
		args := make([]Expr, n)
		for i := range args {
			args[i] = b.expr(depth + 1)
		}
		r, err := Apply(def, args...)
		if err != nil {
			panic(err)
		}
		return r
	case 23:
		x := NewSymbol("x", Assumptions{})
		return NewDerivative(b.expr(depth+1), []VarCount{{Var: x, Count: int(b.next()%3) + 1}})
	}
	panic("unreachable")
}

// safe runs f, reporting false when it panicked with an *Error (a Python
// exception in SymPy too) or an interrupt. Other panics are failures and
// propagate.
func (b *treeBuilder) safe(f func() Expr) (e Expr, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if err, isErr := r.(error); isErr {
				var ee *Error
				if errors.As(err, &ee) {
					e, ok = nil, false
					return
				}
			}
			if _, isErr := recoveredError(r); isErr {
				e, ok = nil, false
				return
			}
			panic(r)
		}
	}()
	return f(), true
}

func safeDiff(e Expr, v VarCount) (d Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			if er, ok := r.(error); ok {
				var ee *Error
				if errors.As(er, &ee) {
					d, err = nil, er
					return
				}
			}
			panic(fmt.Sprintf("Diff(%s) panicked: %v", Str(e), r))
		}
	}()
	return Diff(e, v)
}

// checkPrinters fails if a printer panics on e.
func checkPrinters(t *testing.T, e Expr) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("printer panicked: %v\n%s", r, debug.Stack())
		}
	}()
	s := Str(e)
	_ = Latex(e)
	// 2-D layout costs the nesting depth times the picture's size: a
	// thousand-level tree (str over 20,000 characters) takes seconds,
	// which the fuzzer takes for a hang. Such trees get str and latex.
	if len(s) <= 20000 {
		_ = Pretty(e, PrettyOptions{})
		_ = Pretty(e, PrettyOptions{ASCII: true, Width: 20})
	}
	if s == "" {
		t.Fatalf("empty str form")
	}
}
