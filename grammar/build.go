package grammar

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// builder turns a parse tree into the syntax tree of ast.go. It reports
// errors that the grammar lets through (bad assignment targets, bad
// f-strings, ...) to sink.
type builder struct {
	sink  *errorSink
	shift func(Pos) Pos // maps positions of an f-string field to the source
	// ts is the parsed tokens (nil in an f-string field); strErr is
	// where the string literals being built report their errors
	ts     antlr.TokenStream
	strErr [2]Pos
	// sc is the stack of scopes being built (walrus.go)
	sc *scopes
}

func (b *builder) errorf(p Pos, format string, args ...any) {
	b.sink.list.Add(p, "SyntaxError", fmt.Sprintf(format, args...))
}

// errorAt reports a SyntaxError about the expression e: CPython's
// carets cover it.
func (b *builder) errorAt(e Node, format string, args ...any) {
	b.sink.list.AddRange(e.Pos(), e.End(), "SyntaxError", fmt.Sprintf(format, args...))
}

// pos is the position of token t.
func (b *builder) pos(t antlr.Token) Pos {
	p := tokPos(t)
	if b.shift != nil {
		p = b.shift(p)
	}
	return p
}

// end is the position just after token t, which may span lines.
func (b *builder) end(t antlr.Token) Pos {
	text := t.GetText()
	p := Pos{t.GetLine(), t.GetColumn() + 1 + runeLen(text)}
	if i := strings.LastIndex(text, "\n"); i >= 0 {
		p = Pos{t.GetLine() + strings.Count(text, "\n"), runeLen(text[i+1:]) + 1}
	}
	if b.shift != nil {
		p = b.shift(p)
	}
	return p
}

// term returns the i-th child of ctx if it is a token, else nil.
func term(ctx antlr.Tree, i int) antlr.Token {
	if i < 0 || i >= ctx.GetChildCount() {
		return nil
	}
	if t, ok := ctx.GetChild(i).(antlr.TerminalNode); ok {
		return t.GetSymbol()
	}
	return nil
}

// findTerm returns the first token child of ctx with the given text.
func findTerm(ctx antlr.Tree, text string) antlr.Token {
	for i := 0; i < ctx.GetChildCount(); i++ {
		if t := term(ctx, i); t != nil && t.GetText() == text {
			return t
		}
	}
	return nil
}

func lastTerm(ctx antlr.Tree) antlr.Token { return term(ctx, ctx.GetChildCount()-1) }

// ---- statements ----

func (b *builder) file(ctx gen.IFile_Context) []Stmt {
	var out []Stmt
	for _, s := range ctx.AllStmt() {
		out = append(out, b.stmt(s)...)
	}
	return out
}

func (b *builder) stmt(ctx gen.IStmtContext) []Stmt {
	if ss := ctx.Simple_stmts(); ss != nil {
		return b.simpleStmts(ss)
	}
	return []Stmt{b.compound(ctx.Compound_stmt())}
}

func (b *builder) simpleStmts(ctx gen.ISimple_stmtsContext) []Stmt {
	var out []Stmt
	for _, s := range ctx.AllSimple_stmt() {
		out = append(out, b.simple(s))
	}
	return out
}

func (b *builder) block(ctx gen.IBlockContext) []Stmt {
	if ss := ctx.Simple_stmts(); ss != nil {
		return b.simpleStmts(ss)
	}
	var out []Stmt
	for _, s := range ctx.AllStmt() {
		out = append(out, b.stmt(s)...)
	}
	return out
}

// exprStmt builds the statements that start with an expression: an
// expression statement, an assignment, an augmented or an annotated
// assignment.
func (b *builder) exprStmt(c *gen.ExprStContext) Stmt {
	switch {
	case c.Augassign() != nil:
		t := b.starExprs(c.Star_exprs(0))
		b.checkTarget(t, "aug")
		op := c.Augassign().GetStart()
		return &AugAssignStmt{Target: t, OpPos: b.pos(op), Op: strings.TrimSuffix(op.GetText(), "="),
			Value: b.starExprs(c.Star_exprs(1))}
	case c.GetAnn() != nil:
		return b.annAssign(c)
	}
	all := c.AllStar_exprs()
	if len(all) == 1 {
		return &ExprStmt{X: b.starExprs(all[0])}
	}
	s := &AssignStmt{EqPos: b.pos(findTerm(c, "="))}
	for i, t := range all[:len(all)-1] {
		x := b.starExprs(t)
		mode := "assign"
		if i == len(all)-2 {
			mode = "assign-last" // right before the value: CPython's hint
		}
		b.checkTarget(x, mode)
		s.Targets = append(s.Targets, x)
	}
	s.Value = b.starExprs(all[len(all)-1])
	return s
}

// annAssign builds an annotated assignment (x: int = 1).
func (b *builder) annAssign(c *gen.ExprStContext) Stmt {
	t := b.starExprs(c.Star_exprs(0))
	switch x := t.(type) {
	case *Name, *Attribute, *Index:
	case *ParenExpr:
		if _, ok := x.X.(*Name); !ok {
			b.checkTarget(x.X, "for")
		}
	case *TupleExpr:
		b.errorAt(t, "only single target (not tuple) can be annotated")
	case *ListExpr:
		b.errorAt(t, "only single target (not list) can be annotated")
	default:
		b.errorAt(t, "illegal target for annotation")
	}
	s := &AnnAssignStmt{Target: t, Ann: b.expr(c.GetAnn())}
	if v := c.Star_exprs(1); v != nil {
		s.Value = b.starExprs(v)
	}
	return s
}

func (b *builder) simple(ctx gen.ISimple_stmtContext) Stmt {
	switch c := ctx.(type) {
	case *gen.ExprStContext:
		return b.exprStmt(c)
	case *gen.PassStContext:
		return &PassStmt{PassPos: b.pos(c.GetStart())}
	case *gen.BreakStContext:
		return &BreakStmt{BreakPos: b.pos(c.GetStart())}
	case *gen.ContinueStContext:
		return &ContinueStmt{ContinuePos: b.pos(c.GetStart())}
	case *gen.ReturnStContext:
		s := &ReturnStmt{ReturnPos: b.pos(c.GetStart())}
		if e := c.Star_exprs(); e != nil {
			s.Value = b.starExprs(e)
		}
		return s
	case *gen.DelStContext:
		s := &DelStmt{DelPos: b.pos(c.GetStart())}
		elts, tuple := b.starExprList(c.Star_exprs())
		if !tuple {
			elts = elts[:1]
		}
		for _, x := range elts {
			b.checkTarget(x, "del")
		}
		s.Targets = elts
		return s
	case *gen.GlobalStContext:
		s := &GlobalStmt{KwPos: b.pos(c.GetStart()), Nonlocal: c.GetKw().GetText() == "nonlocal"}
		for _, n := range c.AllNAME() {
			s.Names = append(s.Names, n.GetText())
		}
		s.EndPos = b.end(c.GetStop())
		return s
	case *gen.AssertStContext:
		s := &AssertStmt{AssertPos: b.pos(c.GetStart()), Test: b.expr(c.Expr(0))}
		if e := c.Expr(1); e != nil {
			s.Msg = b.expr(e)
		}
		return s
	case *gen.RaiseStContext:
		s := &RaiseStmt{RaisePos: b.pos(c.GetStart())}
		if e := c.Expr(0); e != nil {
			s.Exc = b.expr(e)
		}
		if e := c.Expr(1); e != nil {
			s.Cause = b.expr(e)
		}
		return s
	case *gen.ImportStContext:
		s := &ImportStmt{ImportPos: b.pos(c.GetStart()), EndPos: b.end(c.GetStop())}
		for _, d := range c.AllDotted_as_name() {
			n := b.dotted(d.Dotted_name())
			if a := d.NAME(); a != nil {
				n.Alias = a.GetText()
			}
			s.Names = append(s.Names, n)
		}
		return s
	case *gen.FromImportStContext:
		m := b.dotted(c.Dotted_name())
		s := &FromImportStmt{FromPos: b.pos(c.GetStart()), Module: m.Name, ModulePos: m.NamePos,
			Star: findTerm(c, "*") != nil, EndPos: b.end(c.GetStop())}
		for _, in := range c.AllImport_as_name() {
			names := in.AllNAME()
			n := &ImportName{NamePos: b.pos(names[0].GetSymbol()), Name: names[0].GetText()}
			if len(names) > 1 {
				n.Alias = names[1].GetText()
			}
			s.Names = append(s.Names, n)
		}
		return s
	}
	panic(fmt.Sprintf("unexpected simple statement %T", ctx))
}

func (b *builder) dotted(ctx gen.IDotted_nameContext) *ImportName {
	var parts []string
	for _, n := range ctx.AllNAME() {
		parts = append(parts, n.GetText())
	}
	return &ImportName{NamePos: b.pos(ctx.GetStart()), Name: strings.Join(parts, ".")}
}

func (b *builder) elseBlock(ctx gen.IElse_clauseContext) []Stmt {
	if ctx == nil {
		return nil
	}
	return b.block(ctx.Block())
}

func (b *builder) compound(ctx gen.ICompound_stmtContext) Stmt {
	switch c := ctx.(type) {
	case *gen.IfStContext:
		els := b.elseBlock(c.Else_clause())
		elifs := c.AllElif_clause()
		for i := len(elifs) - 1; i >= 0; i-- {
			e := elifs[i]
			els = []Stmt{&IfStmt{IfPos: b.pos(e.GetStart()), Cond: b.named(e.Expr()), Body: b.block(e.Block()), Else: els}}
		}
		return &IfStmt{IfPos: b.pos(c.GetStart()), Cond: b.named(c.Expr()), Body: b.block(c.Block()), Else: els}
	case *gen.ForStContext:
		t := b.targets(c.Targets())
		b.checkTarget(t, "for")
		return &ForStmt{ForPos: b.pos(c.GetStart()), Target: t, Iter: b.starExprs(c.Star_exprs()),
			Body: b.block(c.Block()), Else: b.elseBlock(c.Else_clause())}
	case *gen.WhileStContext:
		return &WhileStmt{WhilePos: b.pos(c.GetStart()), Cond: b.named(c.Expr()),
			Body: b.block(c.Block()), Else: b.elseBlock(c.Else_clause())}
	case *gen.DefStContext:
		s := &DefStmt{Decorators: b.decorators(c.AllDecorator()), DefPos: b.pos(findTerm(c, "def")),
			Name: c.NAME().GetText(), NamePos: b.pos(c.NAME().GetSymbol()), Params: b.params(defParams(c.Params()))}
		if r := c.GetRet(); r != nil {
			s.Returns = b.expr(r)
		}
		s.Walrus = b.inScope(false, func() { s.Body = b.block(c.Block()) })
		return s
	case *gen.ClassStContext:
		s := &ClassStmt{Decorators: b.decorators(c.AllDecorator()), ClassPos: b.pos(findTerm(c, "class")),
			Name: c.NAME().GetText(), NamePos: b.pos(c.NAME().GetSymbol())}
		if lp := findTerm(c, "("); lp != nil {
			s.Args = b.args(c.Arglist(), b.pos(lp), b.pos(findTerm(c, ")")))
		}
		b.inScope(true, func() { s.Body = b.block(c.Block()) })
		return s
	case *gen.WithStContext:
		s := &WithStmt{WithPos: b.pos(c.GetStart())}
		for _, it := range c.With_items().AllWith_item() {
			item := &WithItem{Expr: b.expr(it.Expr(0))}
			if t := it.Expr(1); t != nil {
				item.Target = b.expr(t)
				b.checkTarget(item.Target, "for")
			}
			s.Items = append(s.Items, item)
		}
		s.Body = b.block(c.Block())
		return s
	case *gen.TryStContext:
		s := &TryStmt{TryPos: b.pos(c.GetStart()), Body: b.block(c.Block()), Else: b.elseBlock(c.Else_clause())}
		for _, h := range c.AllExcept_clause() {
			ec := &ExceptClause{ExceptPos: b.pos(h.GetStart()), Body: b.block(h.Block())}
			if e := h.Expr(); e != nil {
				ec.Type = b.expr(e)
			}
			if n := h.NAME(); n != nil {
				ec.Name = n.GetText()
			}
			s.Handlers = append(s.Handlers, ec)
		}
		if f := c.Finally_clause(); f != nil {
			s.Finally = b.block(f.Block())
		}
		return s
	}
	panic(fmt.Sprintf("unexpected compound statement %T", ctx))
}

// decorators builds the @expressions before a def or class.
func (b *builder) decorators(ds []gen.IDecoratorContext) []Expr {
	var out []Expr
	for _, d := range ds {
		out = append(out, b.expr(d.Expr()))
	}
	return out
}

// paramContext is a def's or a lambda's parameter in the parse tree; a
// def's also has GetAnn, its annotation.
type paramContext interface {
	GetStart() antlr.Token
	NAME() antlr.TerminalNode
	GetDflt() gen.IExprContext
}

// defParams lists the parameters of a def.
func defParams(ctx gen.IParamsContext) []paramContext {
	if ctx == nil {
		return nil
	}
	var out []paramContext
	for _, p := range ctx.AllParam() {
		out = append(out, p)
	}
	return out
}

// lambdaParams lists the parameters of a lambda.
func lambdaParams(ctx gen.ILparamsContext) []paramContext {
	if ctx == nil {
		return nil
	}
	var out []paramContext
	for _, p := range ctx.AllLparam() {
		out = append(out, p)
	}
	return out
}

func (b *builder) params(pcs []paramContext) []*Param {
	var out []*Param
	seenDefault, seenStar := false, false
	for _, pc := range pcs {
		p := &Param{NamePos: b.pos(pc.GetStart())}
		switch pc.GetStart().GetText() {
		case "*":
			p.Star = 1
			seenStar = true
		case "**":
			p.Star = 2
		}
		if n := pc.NAME(); n != nil {
			p.Name = n.GetText()
			if p.Star > 0 {
				p.NamePos = b.pos(n.GetSymbol())
			}
		}
		if a, ok := pc.(interface{ GetAnn() gen.IExprContext }); ok && a.GetAnn() != nil {
			p.Ann = b.expr(a.GetAnn())
		}
		if e := pc.GetDflt(); e != nil {
			p.Default = b.expr(e)
			seenDefault = true
		} else if p.Star == 0 && seenDefault && !seenStar {
			b.errorf(p.NamePos, "non-default argument follows default argument")
		}
		if len(out) > 0 && out[len(out)-1].Star == 2 {
			b.errorf(p.NamePos, "arguments cannot follow var-keyword argument")
		}
		out = append(out, p)
	}
	return out
}

// checkTarget reports a target that cannot be assigned to (mode
// "assign", "assign-last" for the target right before the value, "for"
// or "aug") or deleted (mode "del").
func (b *builder) checkTarget(e Expr, mode string) {
	b.checkTargetIn(e, mode, true)
}

// checkTargetIn is checkTarget; last says that e is the whole target or
// the last element of an unparenthesized tuple, where CPython's parser
// sees "e = value" and adds its "Maybe you meant '=='" hint.
func (b *builder) checkTargetIn(e Expr, mode string, last bool) {
	switch x := e.(type) {
	case *Name:
		if x.Name == "__debug__" {
			if mode == "del" {
				b.errorAt(e, "cannot delete __debug__")
			} else {
				b.errorAt(e, "cannot assign to __debug__")
			}
		}
		return
	case *Attribute, *Index:
		return
	case *ParenExpr:
		b.checkTargetIn(x.X, mode, last)
		return
	case *Starred:
		if mode != "aug" && mode != "del" {
			b.checkTargetIn(x.X, mode, last)
			return
		}
	case *TupleExpr, *ListExpr:
		if mode != "aug" {
			var elts []Expr
			bare := false
			if t, ok := x.(*TupleExpr); ok {
				elts, bare = t.Elts, !t.Lparen.IsValid()
			} else {
				elts = x.(*ListExpr).Elts
			}
			for i, el := range elts {
				b.checkTargetIn(el, mode, last && bare && i == len(elts)-1)
			}
			return
		}
	}
	what := exprKind(e)
	switch mode {
	case "assign", "assign-last":
		if mode == "assign-last" && last && hintable(e) {
			b.errorAt(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what)
		} else {
			b.errorAt(e, "cannot assign to %s", what)
		}
	case "for":
		b.errorAt(e, "cannot assign to %s", what)
	case "del":
		b.errorAt(e, "cannot delete %s", what)
	case "aug":
		if what == "literal" || what == "expression" || strings.HasPrefix(what, "f-") {
			b.errorAt(e, "'%s' is an illegal expression for augmented assignment", what)
		} else {
			switch e.(type) {
			case *TupleExpr:
				what = "tuple"
			case *ListExpr:
				what = "list"
			case *Starred:
				what = "starred"
			}
			b.errorAt(e, "'%s' is an illegal expression for augmented assignment", what)
		}
	}
}

// hintable reports whether CPython's invalid_named_expression rule sees
// e: an expression at the level of "|" (not a comparison, boolean
// operation, conditional or lambda), and not True, None or False.
func hintable(e Expr) bool {
	switch x := e.(type) {
	case *Compare, *BoolOp, *CondExpr, *Lambda:
		return false
	case *UnaryExpr:
		return x.Op != "not"
	case *ConstLit:
		return x.Value != "True" && x.Value != "False" && x.Value != "None"
	}
	return true
}

// exprKind names an expression the way CPython's error messages do.
func exprKind(e Expr) string {
	switch x := e.(type) {
	case *Call:
		return "function call"
	case *IntLit, *FloatLit, *ImagLit, *StringLit:
		return "literal"
	case *FString:
		return "f-string expression"
	case *ConstLit:
		if x.Value == "..." {
			return "ellipsis"
		}
		return x.Value
	case *Compare:
		return "comparison"
	case *CondExpr:
		return "conditional expression"
	case *Lambda:
		return "lambda"
	case *DictExpr:
		return "dict literal"
	case *SetExpr:
		return "set display"
	case *Comprehension:
		switch x.Kind {
		case '[':
			return "list comprehension"
		case '{':
			return "set comprehension"
		case 'd':
			return "dict comprehension"
		}
		return "generator expression"
	case *Starred:
		return "starred"
	case *NamedExpr:
		return "named expression"
	case *TupleExpr:
		return "tuple"
	case *ListExpr:
		return "list"
	}
	return "expression"
}

// ---- expressions ----

// starExprList returns the elements of a star_exprs list and whether it is
// a tuple (has a comma).
func (b *builder) starExprList(ctx gen.IStar_exprsContext) ([]Expr, bool) {
	var elts []Expr
	for _, s := range ctx.AllStar_expr() {
		elts = append(elts, b.starExpr(s))
	}
	return elts, findTerm(ctx, ",") != nil
}

// starExprs builds a star_exprs list: one expression, or a tuple without
// parentheses.
func (b *builder) starExprs(ctx gen.IStar_exprsContext) Expr {
	elts, tuple := b.starExprList(ctx)
	if !tuple {
		return elts[0]
	}
	return &TupleExpr{Elts: elts}
}

func (b *builder) starExpr(ctx gen.IStar_exprContext) Expr {
	x := b.expr(ctx.Expr())
	if t := term(ctx, 0); t != nil && t.GetText() == "*" {
		return &Starred{Star: b.pos(t), X: x}
	}
	return x
}

func (b *builder) binary(ctx interface {
	Expr(int) gen.IExprContext
	GetOp() antlr.Token
}) Expr {
	op := ctx.GetOp()
	return &BinaryExpr{X: b.expr(ctx.Expr(0)), OpPos: b.pos(op), Op: op.GetText(), Y: b.expr(ctx.Expr(1))}
}

func (b *builder) boolOp(ctx interface {
	Expr(int) gen.IExprContext
	GetOp() antlr.Token
}) Expr {
	op := ctx.GetOp()
	return &BoolOp{X: b.expr(ctx.Expr(0)), OpPos: b.pos(op), Op: op.GetText(), Y: b.expr(ctx.Expr(1))}
}

func (b *builder) expr(ctx gen.IExprContext) Expr {
	switch c := ctx.(type) {
	case *gen.NameExContext:
		return b.name(c.NAME().GetSymbol())
	case *gen.IntExContext:
		return b.intLit(c.INT().GetSymbol())
	case *gen.FloatExContext:
		return b.floatLit(c.FLOAT().GetSymbol())
	case *gen.ImagExContext:
		return b.imagLit(c.IMAG().GetSymbol())
	case *gen.EnclosureExContext:
		return b.enclosure(c.Enclosure())
	case *gen.AttrExContext:
		return b.attr(b.expr(c.Expr()), c, c.NAME())
	case *gen.CallExContext:
		return b.call(b.expr(c.Expr()), c, c.Arglist())
	case *gen.IndexExContext:
		return b.index(b.expr(c.Expr()), c, c.Subscripts())
	case *gen.PowExContext:
		return b.binary(c)
	case *gen.MulExContext:
		return b.binary(c)
	case *gen.AddExContext:
		return b.binary(c)
	case *gen.ShiftExContext:
		return b.binary(c)
	case *gen.BitAndExContext:
		return b.binary(c)
	case *gen.BitXorExContext:
		return b.binary(c)
	case *gen.BitOrExContext:
		return b.binary(c)
	case *gen.UnaryExContext:
		return &UnaryExpr{OpPos: b.pos(c.GetOp()), Op: c.GetOp().GetText(), X: b.expr(c.Expr())}
	case *gen.NotExContext:
		return &UnaryExpr{OpPos: b.pos(c.GetOp()), Op: "not", X: b.expr(c.Expr())}
	case *gen.AndExContext:
		return b.boolOp(c)
	case *gen.OrExContext:
		return b.boolOp(c)
	case *gen.CompareExContext:
		var cmp *Compare
		if _, chained := c.Expr(0).(*gen.CompareExContext); chained {
			cmp = b.expr(c.Expr(0)).(*Compare)
		} else {
			cmp = &Compare{X: b.expr(c.Expr(0))}
		}
		op := c.Comp_op()
		var words []string
		for i := 0; i < op.GetChildCount(); i++ {
			words = append(words, term(op, i).GetText())
		}
		cmp.Ops = append(cmp.Ops, strings.Join(words, " "))
		cmp.OpPos = append(cmp.OpPos, b.pos(op.GetStart()))
		cmp.Ys = append(cmp.Ys, b.expr(c.Expr(1)))
		return cmp
	case *gen.CondExContext:
		return &CondExpr{Body: b.expr(c.Expr(0)), Cond: b.expr(c.Expr(1)), Else: b.expr(c.Expr(2))}
	case *gen.LambdaExContext:
		l := &Lambda{LambdaPos: b.pos(c.GetStart()), Params: b.params(lambdaParams(c.Lparams()))}
		l.Walrus = b.inScope(false, func() { l.Body = b.expr(c.Expr()) })
		return l
	case *gen.WalrusExContext:
		// not where CPython's grammar has a named_expression
		n := b.walrus(c)
		if n.Target.Name != "?" {
			b.sink.list.AddRange(n.OpPos, addCols(n.OpPos, 2), "SyntaxError", "invalid syntax")
		}
		return n
	}
	panic(fmt.Sprintf("unexpected expression %T", ctx))
}

// attr builds x.name; ctx's second child is the dot.
func (b *builder) attr(x Expr, ctx antlr.Tree, name antlr.TerminalNode) Expr {
	return &Attribute{X: x, Dot: b.pos(term(ctx, 1)), Name: name.GetText(), NamePos: b.pos(name.GetSymbol())}
}

// call builds fn(args); ctx's second child is the '(' and its last the ')'.
func (b *builder) call(fn Expr, ctx antlr.Tree, args gen.IArglistContext) Expr {
	c := &Call{Fn: fn, Lparen: b.pos(term(ctx, 1)), Rparen: b.pos(lastTerm(ctx))}
	c.Args = b.args(args, c.Lparen, c.Rparen)
	return c
}

// index builds x[subs]; ctx's second child is the '[' and its last the ']'.
func (b *builder) index(x Expr, ctx antlr.Tree, subs gen.ISubscriptsContext) Expr {
	return &Index{X: x, Lbrack: b.pos(term(ctx, 1)), Index: b.subscripts(subs), Rbrack: b.pos(lastTerm(ctx))}
}

// targets builds the loop variables of a for statement or comprehension.
func (b *builder) targets(ctx gen.ITargetsContext) Expr {
	var elts []Expr
	for _, t := range ctx.AllTarget() {
		x := b.tprimary(t.Tprimary())
		if st := term(t, 0); st != nil {
			x = &Starred{Star: b.pos(st), X: x}
		}
		elts = append(elts, x)
	}
	if len(elts) == 1 && findTerm(ctx, ",") == nil {
		return elts[0]
	}
	return &TupleExpr{Elts: elts}
}

func (b *builder) tprimary(ctx gen.ITprimaryContext) Expr {
	switch c := ctx.(type) {
	case *gen.NameTContext:
		return b.name(c.NAME().GetSymbol())
	case *gen.EnclosureTContext:
		return b.enclosure(c.Enclosure())
	case *gen.AttrTContext:
		return b.attr(b.tprimary(c.Tprimary()), c, c.NAME())
	case *gen.CallTContext:
		return b.call(b.tprimary(c.Tprimary()), c, c.Arglist())
	case *gen.IndexTContext:
		return b.index(b.tprimary(c.Tprimary()), c, c.Subscripts())
	}
	panic(fmt.Sprintf("unexpected target %T", ctx))
}

func (b *builder) args(ctx gen.IArglistContext, lparen, rparen Pos) []*Arg {
	if ctx == nil {
		return nil
	}
	var out []*Arg
	kw, kwUnpack := false, false
	all := ctx.AllArgument()
	names := map[string]bool{}
	for _, ac := range all {
		a := &Arg{}
		first := ac.GetStart()
		switch {
		case len(ac.AllComp_for()) > 0:
			m := b.mark()
			cx := &Comprehension{Kind: '(', Lpos: lparen, Elt: b.named(ac.Expr()),
				Clauses: b.compFors(ac.AllComp_for()), Rpos: rparen}
			b.checkComprehension(m, cx.Clauses)
			a.Value = cx
			if len(all) > 1 {
				b.sink.list.AddRange(b.pos(first), b.end(ac.GetStop()), "SyntaxError", "Generator expression must be parenthesized")
			}
		case ac.NAME() != nil:
			a.NamePos, a.Name = b.pos(ac.NAME().GetSymbol()), ac.NAME().GetText()
			a.Value = b.expr(ac.Expr())
			kw = true
			if names[a.Name] {
				b.sink.list.AddRange(a.NamePos, a.Value.End(), "SyntaxError", "keyword argument repeated: "+a.Name)
			}
			names[a.Name] = true
		case first.GetText() == "*" && term(ac, 0) != nil:
			a.Star, a.Value = 1, b.expr(ac.Expr())
			a.NamePos = b.pos(first)
			if kwUnpack {
				b.errorf(a.NamePos, "iterable argument unpacking follows keyword argument unpacking")
			}
		case first.GetText() == "**" && term(ac, 0) != nil:
			a.Star, a.Value = 2, b.expr(ac.Expr())
			a.NamePos = b.pos(first)
			kwUnpack = true
		default:
			a.Value = b.named(ac.Expr())
		}
		if a.Name == "" && a.Star == 0 {
			// CPython 3.11 reports these at the call's closing parenthesis
			close := Pos{rparen.Line, rparen.Col + 1}
			if kwUnpack {
				b.sink.list.AddRange(rparen, close, "SyntaxError", "positional argument follows keyword argument unpacking")
			} else if kw {
				b.sink.list.AddRange(rparen, close, "SyntaxError", "positional argument follows keyword argument")
			}
		}
		out = append(out, a)
	}
	return out
}

func (b *builder) subscripts(ctx gen.ISubscriptsContext) Expr {
	var elts []Expr
	for _, s := range ctx.AllSubscript() {
		elts = append(elts, b.subscript(s))
	}
	if len(elts) == 1 && findTerm(ctx, ",") == nil {
		return elts[0]
	}
	return &TupleExpr{Elts: elts}
}

func (b *builder) subscript(ctx gen.ISubscriptContext) Expr {
	c := ctx.(*gen.SubscriptContext)
	if c.GetC1() == nil {
		return b.named(c.Expr(0))
	}
	s := &Slice{Colon: b.pos(c.GetC1()), EndP: b.end(c.GetStop())}
	if c.GetLo() != nil {
		s.Lo = b.expr(c.GetLo())
	}
	if c.GetHi() != nil {
		s.Hi = b.expr(c.GetHi())
	}
	if c.GetStep() != nil {
		s.Step = b.expr(c.GetStep())
	}
	return s
}

func (b *builder) compFors(cs []gen.IComp_forContext) []*CompClause {
	var out []*CompClause
	for _, c := range cs {
		t := b.targets(c.Targets())
		b.checkTarget(t, "for")
		cl := &CompClause{ForPos: b.pos(c.GetStart()), Target: t}
		for i, e := range c.AllExpr() {
			if i == 0 {
				cl.Iter = b.iterable(e)
			} else {
				cl.Ifs = append(cl.Ifs, b.expr(e))
			}
		}
		out = append(out, cl)
	}
	return out
}

func (b *builder) name(t antlr.Token) Expr {
	return &Name{NamePos: b.pos(t), Name: t.GetText()}
}

func (b *builder) intLit(t antlr.Token) Expr {
	raw := t.GetText()
	v, ok := new(big.Int).SetString(strings.ReplaceAll(raw, "_", ""), 0)
	if !ok {
		// Decimal literals with leading zeros ("00") read as octal
		// with base 0; they can only be zero.
		v = new(big.Int)
	}
	return &IntLit{ValuePos: b.pos(t), Raw: raw, Value: v}
}

func (b *builder) floatLit(t antlr.Token) Expr {
	raw := t.GetText()
	v, _ := strconv.ParseFloat(strings.ReplaceAll(raw, "_", ""), 64) // overflow gives ±Inf, as in Python
	return &FloatLit{ValuePos: b.pos(t), Raw: raw, Value: v}
}

func (b *builder) imagLit(t antlr.Token) Expr {
	raw := t.GetText()
	v, _ := strconv.ParseFloat(strings.ReplaceAll(raw[:len(raw)-1], "_", ""), 64)
	return &ImagLit{ValuePos: b.pos(t), Raw: raw, Value: v}
}

// enclosure builds the atoms other than names and numbers.
func (b *builder) enclosure(ctx gen.IEnclosureContext) Expr {
	switch c := ctx.(type) {
	case *gen.StringAtContext:
		var toks []antlr.Token
		for _, s := range c.AllSTRING() {
			toks = append(toks, s.GetSymbol())
		}
		return b.strings(toks)
	case *gen.ConstAtContext:
		return &ConstLit{ValuePos: b.pos(c.GetStart()), Value: c.GetText()}
	case *gen.ParenAtContext:
		l, r := b.pos(c.GetStart()), b.pos(c.GetStop())
		tl := c.Testlist_comp()
		if tl == nil {
			return &TupleExpr{Lparen: l, Rparen: r}
		}
		if cf := tl.AllComp_for(); len(cf) > 0 {
			return b.comprehension('(', l, r, tl.Star_expr(0), cf)
		}
		elts := b.starExprsOf(tl.AllStar_expr())
		if len(elts) == 1 && findTerm(tl, ",") == nil {
			return &ParenExpr{Lparen: l, X: elts[0], Rparen: r}
		}
		return &TupleExpr{Lparen: l, Elts: elts, Rparen: r}
	case *gen.ListAtContext:
		l, r := b.pos(c.GetStart()), b.pos(c.GetStop())
		tl := c.Testlist_comp()
		if tl == nil {
			return &ListExpr{Lbrack: l, Rbrack: r}
		}
		if cf := tl.AllComp_for(); len(cf) > 0 {
			return b.comprehension('[', l, r, tl.Star_expr(0), cf)
		}
		return &ListExpr{Lbrack: l, Elts: b.starExprsOf(tl.AllStar_expr()), Rbrack: r}
	case *gen.BraceAtContext:
		l, r := b.pos(c.GetStart()), b.pos(c.GetStop())
		d := c.Dictorset()
		if d == nil {
			return &DictExpr{Lbrace: l, Rbrace: r}
		}
		cf := d.AllComp_for()
		switch {
		case len(cf) > 0 && len(d.AllExpr()) == 2:
			m := b.mark()
			cx := &Comprehension{Kind: 'd', Lpos: l, Elt: b.expr(d.Expr(0)), Value: b.expr(d.Expr(1)),
				Clauses: b.compFors(cf), Rpos: r}
			b.checkComprehension(m, cx.Clauses)
			return cx
		case len(cf) > 0:
			return b.comprehension('{', l, r, d.Star_expr(0), cf)
		case len(d.AllDict_item()) > 0:
			dict := &DictExpr{Lbrace: l, Rbrace: r}
			for _, it := range d.AllDict_item() {
				if len(it.AllExpr()) == 2 {
					if w, ok := it.Expr(0).(*gen.WalrusExContext); ok {
						// {x := 1: 2} is a set display until the colon
						dict.Keys = append(dict.Keys, b.walrus(w))
						b.errorf(b.pos(term(it, 1)), "invalid syntax")
					} else {
						dict.Keys = append(dict.Keys, b.expr(it.Expr(0)))
					}
					dict.Values = append(dict.Values, b.expr(it.Expr(1)))
				} else {
					dict.Keys = append(dict.Keys, nil)
					dict.Values = append(dict.Values, b.expr(it.Expr(0)))
				}
			}
			return dict
		}
		return &SetExpr{Lbrace: l, Elts: b.starExprsOf(d.AllStar_expr()), Rbrace: r}
	}
	panic(fmt.Sprintf("unexpected enclosure %T", ctx))
}

// starExprsOf builds the elements of a display, which may be x := v.
func (b *builder) starExprsOf(cs []gen.IStar_exprContext) []Expr {
	var out []Expr
	for _, c := range cs {
		out = append(out, b.starNamed(c))
	}
	return out
}

// comprehension builds a list, set or generator comprehension (kind '[',
// '{' or '(') between the brackets at l and r.
func (b *builder) comprehension(kind byte, l, r Pos, elt gen.IStar_exprContext, cf []gen.IComp_forContext) Expr {
	m := b.mark()
	cx := &Comprehension{Kind: kind, Lpos: l, Elt: b.starNamed(elt), Clauses: b.compFors(cf), Rpos: r}
	b.checkComprehension(m, cx.Clauses)
	return cx
}
