package grammar

import (
	"math/big"
	"testing"
)

func parseOK(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("t", src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return f
}

func exprOf(t *testing.T, src string) Expr {
	t.Helper()
	f := parseOK(t, src)
	return f.Stmts[0].(*ExprStmt).X
}

func checkPos(t *testing.T, what string, got, want Pos) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

func TestPositions(t *testing.T) {
	// Runes, not bytes: ∂ and é count one column each.
	f := parseOK(t, "s = '∂é'; y = a + b")
	as := f.Stmts[1].(*AssignStmt)
	checkPos(t, "y", as.Targets[0].Pos(), Pos{1, 11})
	checkPos(t, "=", as.EqPos, Pos{1, 13})
	bin := as.Value.(*BinaryExpr)
	checkPos(t, "a", bin.X.Pos(), Pos{1, 15})
	checkPos(t, "+", bin.OpPos, Pos{1, 17})
	checkPos(t, "b", bin.Y.Pos(), Pos{1, 19})
	checkPos(t, "a + b end", bin.End(), Pos{1, 20})
	str := f.Stmts[0].(*AssignStmt).Value.(*StringLit)
	checkPos(t, "string", str.Pos(), Pos{1, 5})
	checkPos(t, "string end", str.End(), Pos{1, 9})

	// Calls, attributes, subscripts.
	call := exprOf(t, "foo.bar(x, k=1)[2]").(*Index)
	checkPos(t, "[", call.Lbrack, Pos{1, 16})
	checkPos(t, "]", call.Rbrack, Pos{1, 18})
	c := call.X.(*Call)
	checkPos(t, "call", c.Pos(), Pos{1, 1})
	checkPos(t, "(", c.Lparen, Pos{1, 8})
	checkPos(t, ")", c.Rparen, Pos{1, 15})
	checkPos(t, "k", c.Args[1].NamePos, Pos{1, 12})
	attr := c.Fn.(*Attribute)
	checkPos(t, ".", attr.Dot, Pos{1, 4})
	checkPos(t, "bar", attr.NamePos, Pos{1, 5})

	// Unary and comparison operators, multi-line brackets.
	f = parseOK(t, "x = (-a <\n     b not in\n  c)\n")
	p := f.Stmts[0].(*AssignStmt).Value.(*ParenExpr)
	cmp := p.X.(*Compare)
	checkPos(t, "-", cmp.X.(*UnaryExpr).OpPos, Pos{1, 6})
	checkPos(t, "<", cmp.OpPos[0], Pos{1, 9})
	checkPos(t, "not in", cmp.OpPos[1], Pos{2, 8})
	checkPos(t, "c", cmp.Ys[1].Pos(), Pos{3, 3})
	checkPos(t, ")", p.Rparen, Pos{3, 4})

	// Statements in blocks.
	f = parseOK(t, "def g():\n    if a:\n        for i in x:\n            pass\n    else:\n        return y\n")
	ifs := f.Stmts[0].(*DefStmt).Body[0].(*IfStmt)
	fs := ifs.Body[0].(*ForStmt)
	checkPos(t, "for", fs.ForPos, Pos{3, 9})
	checkPos(t, "i", fs.Target.Pos(), Pos{3, 13})
	checkPos(t, "pass", fs.Body[0].Pos(), Pos{4, 13})
	ret := ifs.Else[0].(*ReturnStmt)
	checkPos(t, "return", ret.ReturnPos, Pos{6, 9})
	checkPos(t, "if end", ifs.End(), Pos{6, 17})

	// Imports.
	f = parseOK(t, "from sympy import (a,\n    b as c)\nimport x.y as z\n")
	fi := f.Stmts[0].(*FromImportStmt)
	checkPos(t, "module", fi.ModulePos, Pos{1, 6})
	checkPos(t, "b", fi.Names[1].NamePos, Pos{2, 5})
	checkPos(t, "from end", fi.EndPos, Pos{2, 12})
	im := f.Stmts[1].(*ImportStmt)
	checkPos(t, "x.y", im.Names[0].NamePos, Pos{3, 8})
	checkPos(t, "import end", im.EndPos, Pos{3, 16})

	// Slices and triple-quoted strings spanning lines.
	ix := exprOf(t, "a[1:2:3]").(*Index)
	sl := ix.Index.(*Slice)
	checkPos(t, "slice", sl.Pos(), Pos{1, 4}) // the colon, as Slice.Pos says
	checkPos(t, "colon", sl.Colon, Pos{1, 4})
	checkPos(t, "slice end", sl.End(), Pos{1, 8})
	str = exprOf(t, "'''ab\ncd''' 'e'").(*StringLit)
	checkPos(t, "long string end", str.End(), Pos{2, 10})
	if str.Value != "ab\ncde" {
		t.Errorf("long string value %q", str.Value)
	}

	// Lambda, comprehension.
	lam := exprOf(t, "lambda x, *r: x").(*Lambda)
	checkPos(t, "lambda", lam.LambdaPos, Pos{1, 1})
	checkPos(t, "*r", lam.Params[1].NamePos, Pos{1, 12})
	comp := exprOf(t, "[x for x in y if x]").(*Comprehension)
	checkPos(t, "for", comp.Clauses[0].ForPos, Pos{1, 4})
	checkPos(t, "comp end", comp.End(), Pos{1, 20})
	gen := exprOf(t, "sum(x for x in y)").(*Call).Args[0].Value.(*Comprehension)
	checkPos(t, "genexp", gen.Lpos, Pos{1, 4})
}

func TestFStringPositions(t *testing.T) {
	fs := exprOf(t, `x = 1; f"∂ {ab + c!r:>{w}}"`[7:]).(*FString)
	checkPos(t, "fstring", fs.Pos(), Pos{1, 1})
	field := fs.Parts[1]
	bin := field.Expr.(*BinaryExpr)
	checkPos(t, "ab", bin.X.Pos(), Pos{1, 6})
	checkPos(t, "+", bin.OpPos, Pos{1, 9})
	checkPos(t, "c", bin.Y.Pos(), Pos{1, 11})
	checkPos(t, "w", field.Spec[1].Expr.Pos(), Pos{1, 17})

	// After other code, and triple-quoted across lines.
	f := parseOK(t, "y = 2\nz = rf'''a\n  {x}\n    {foo(\n  y)}'''\n")
	fs = f.Stmts[1].(*AssignStmt).Value.(*FString)
	checkPos(t, "x", fs.Parts[1].Expr.Pos(), Pos{3, 4})
	call := fs.Parts[3].Expr.(*Call)
	checkPos(t, "foo", call.Pos(), Pos{4, 6})
	checkPos(t, "y", call.Args[0].Value.Pos(), Pos{5, 3})
	checkPos(t, "fstring end", fs.End(), Pos{5, 9})
}

func TestIntValues(t *testing.T) {
	want, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	x := exprOf(t, "123_456_789_012_345_678_901_234_567_890_123_456_789").(*IntLit)
	if x.Value.Cmp(want) != 0 {
		t.Errorf("big int: got %v, want %v", x.Value, want)
	}
	h := exprOf(t, "0xFFFF_FFFF_FFFF_FFFF_FFFF").(*IntLit)
	if h.Value.Text(16) != "ffffffffffffffffffff" {
		t.Errorf("hex: got %v", h.Value.Text(16))
	}
}

// FuzzParse checks that no input makes Parse panic or return both a tree
// and an error.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"x = 1", "if x:\n  y", "f(", "'''", `f"{x!r:{y}}"`, "a[1:2, ::3]",
		"lambda *, k=1: k", "\\", "\t\tx", "x = (\n", "}", "f'{'", "from . import x",
		"def f(a, *b, c=1, **d):\n  return [x for x, y in z if x]", "0x", "1e", "1__0", "b'\\xff' b''",
		"try:\n  a\nexcept E as e:\n  b\nfinally:\n  c", "a if b else", "not", "**", "x =\\\ny",
		"f'{x=}'", "f'{{}}'", "f'{a!}'", "f'{a:{b:{c}}}'", "@", "x = 1\n\n  \n\ty", "\r\nx\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := Parse("fuzz", src)
		if (file == nil) == (err == nil) {
			t.Fatalf("Parse(%q): file %v, err %v", src, file, err)
		}
		if err != nil {
			el := err.(*ErrorList)
			if len(el.Errs) == 0 {
				t.Fatalf("Parse(%q): empty error list", src)
			}
			for _, e := range el.Errs {
				if e.Kind == "SyntaxError" && len(e.Msg) > 8 && e.Msg[:8] == "internal" {
					t.Fatalf("Parse(%q): %v", src, e)
				}
			}
		}
	})
}
