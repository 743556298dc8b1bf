package grammar

import (
	"fmt"
	"math/big"
)

// Pos is a position in a cell's source: 1-based line and 1-based column
// counted in runes. The zero Pos means "no position".
type Pos struct {
	Line, Col int
}

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as "line:col".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// Node is any node of the syntax tree. End is the position just after the
// node's last rune.
type Node interface {
	Pos() Pos
	End() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// File is a parsed cell or program: a list of statements.
type File struct {
	Name  string // the name errors quote, such as "In[3]" or "demo.dcalc"
	Stmts []Stmt
}

// ---- expressions ----

// Name is an identifier.
type Name struct {
	NamePos Pos
	Name    string
}

// IntLit is an integer literal (decimal, 0x, 0o, 0b; underscores allowed).
type IntLit struct {
	ValuePos Pos
	Raw      string
	Value    *big.Int
}

// FloatLit is a floating-point literal such as 1.5, 1e-3 or .5.
type FloatLit struct {
	ValuePos Pos
	Raw      string
	Value    float64
}

// ImagLit is an imaginary literal such as 2j; Value is the imaginary part.
type ImagLit struct {
	ValuePos Pos
	Raw      string
	Value    float64
}

// StringLit is one or more adjacent string literals, already concatenated
// and with escapes decoded. Adjacent f-strings make an FString instead.
type StringLit struct {
	ValuePos Pos
	EndPos   Pos
	Value    string
	Bytes    bool // b'...' literal
}

// FString is an f-string (possibly concatenated with adjacent plain strings).
type FString struct {
	StartPos Pos
	EndPos   Pos
	Parts    []*FStringPart
}

// FStringPart is either literal text (Expr == nil) or a replacement field
// {Expr!Conv:Spec}. As in CPython, {expr=} without a conversion or a spec
// gets Conv 'r'. Spec is nil when there is no format spec.
type FStringPart struct {
	Lit   string // literal text, when Expr is nil
	Expr  Expr   // the replacement field's expression, parsed with its real positions
	Debug string // for {expr=}: the source text "expr=" (with spaces) to print before the value
	Conv  byte   // 0, 'r', 's' or 'a'
	Spec  []*FStringPart
}

// UnaryExpr is -X, +X, ~X or not X.
type UnaryExpr struct {
	OpPos Pos
	Op    string // "-", "+", "~", "not"
	X     Expr
}

// BinaryExpr is X Op Y for the arithmetic and bitwise operators
// + - * / // % ** @ & | ^ << >>.
type BinaryExpr struct {
	X     Expr
	OpPos Pos
	Op    string
	Y     Expr
}

// BoolOp is X and Y, or X or Y.
type BoolOp struct {
	X     Expr
	OpPos Pos
	Op    string // "and" or "or"
	Y     Expr
}

// Compare is a comparison chain X op1 Ys[0] op2 Ys[1] ...
type Compare struct {
	X     Expr
	Ops   []string // "<" ">" "==" ">=" "<=" "!=" "in" "not in" "is" "is not"
	OpPos []Pos
	Ys    []Expr
}

// CondExpr is Body if Cond else Else.
type CondExpr struct {
	Body Expr
	Cond Expr
	Else Expr
}

// Lambda is lambda params: Body. Walrus names what assignment
// expressions in Body bind in the lambda's scope.
type Lambda struct {
	LambdaPos Pos
	Params    []*Param
	Body      Expr
	Walrus    []string
}

// NamedExpr is the assignment expression Target := Value. Inside a
// comprehension it binds in the enclosing function or module scope.
type NamedExpr struct {
	Target *Name
	OpPos  Pos
	Value  Expr
}

// Call is Fn(Args...).
type Call struct {
	Fn     Expr
	Lparen Pos
	Args   []*Arg
	Rparen Pos
}

// Arg is one argument of a call: positional (Name == "" and Star == 0),
// keyword (Name != ""), *iterable (Star == 1) or **mapping (Star == 2).
// A lone generator argument f(x for x in y) is a positional Comprehension.
type Arg struct {
	NamePos Pos
	Name    string
	Star    int
	Value   Expr
}

// Attribute is X.Name.
type Attribute struct {
	X       Expr
	Dot     Pos
	Name    string
	NamePos Pos
}

// Index is X[Index]; Index may be a *Slice, or a *TupleExpr for a[i, j].
type Index struct {
	X      Expr
	Lbrack Pos
	Index  Expr
	Rbrack Pos
}

// Slice is lo:hi:step inside a subscript; any part may be nil.
type Slice struct {
	Colon Pos
	Lo    Expr
	Hi    Expr
	Step  Expr
	EndP  Pos
}

// TupleExpr is a tuple display. Lparen is invalid when there are no
// parentheses (a, b = ...).
type TupleExpr struct {
	Lparen Pos
	Elts   []Expr
	Rparen Pos
}

// ListExpr is [a, b, ...].
type ListExpr struct {
	Lbrack Pos
	Elts   []Expr
	Rbrack Pos
}

// SetExpr is {a, b, ...} (never empty: {} is a dict).
type SetExpr struct {
	Lbrace Pos
	Elts   []Expr
	Rbrace Pos
}

// DictExpr is {k: v, ...}. A **mapping item has a nil key in Keys and the
// mapping in Values.
type DictExpr struct {
	Lbrace Pos
	Keys   []Expr
	Values []Expr
	Rbrace Pos
}

// Comprehension is a list, set, dict comprehension or generator expression.
type Comprehension struct {
	Kind    byte // '[' list, '{' set, 'd' dict, '(' generator
	Lpos    Pos
	Elt     Expr // element (list, set, generator) or key (dict)
	Value   Expr // dict value, else nil
	Clauses []*CompClause
	Rpos    Pos
}

// CompClause is one "for Target in Iter" clause with its "if" filters.
type CompClause struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Starred is *X in a call, a display or an assignment target.
type Starred struct {
	Star Pos
	X    Expr
}

// ParenExpr is a parenthesized expression (X).
type ParenExpr struct {
	Lparen Pos
	X      Expr
	Rparen Pos
}

// ConstLit is True, False, None or ... (Ellipsis).
type ConstLit struct {
	ValuePos Pos
	Value    string // "True", "False", "None", "..."
}

// ---- statements ----

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	X Expr
}

// AssignStmt is T1 = T2 = ... = Value. Targets are Name, Attribute, Index,
// TupleExpr, ListExpr or Starred (inside a tuple).
type AssignStmt struct {
	Targets []Expr
	EqPos   Pos
	Value   Expr
}

// AugAssignStmt is Target op= Value; Op is the binary operator without "=".
type AugAssignStmt struct {
	Target Expr
	OpPos  Pos
	Op     string
	Value  Expr
}

// ImportName is one "module [as alias]" or "name [as alias]" clause.
type ImportName struct {
	NamePos Pos
	Name    string // dotted for modules: "sympy.abc"
	Alias   string // "" when there is no "as"
}

// ImportStmt is import a.b [as c], d.
type ImportStmt struct {
	ImportPos Pos
	Names     []*ImportName
	EndPos    Pos
}

// FromImportStmt is from Module import names, or from Module import *.
type FromImportStmt struct {
	FromPos   Pos
	Module    string
	ModulePos Pos
	Names     []*ImportName
	Star      bool
	EndPos    Pos
}

// PassStmt is pass.
type PassStmt struct{ PassPos Pos }

// BreakStmt is break.
type BreakStmt struct{ BreakPos Pos }

// ContinueStmt is continue.
type ContinueStmt struct{ ContinuePos Pos }

// ReturnStmt is return [Value].
type ReturnStmt struct {
	ReturnPos Pos
	Value     Expr
}

// DelStmt is del t1, t2.
type DelStmt struct {
	DelPos  Pos
	Targets []Expr
}

// GlobalStmt is global a, b (Nonlocal marks nonlocal).
type GlobalStmt struct {
	KwPos    Pos
	Names    []string
	Nonlocal bool
	EndPos   Pos
}

// AssertStmt is assert Test[, Msg].
type AssertStmt struct {
	AssertPos Pos
	Test      Expr
	Msg       Expr
}

// RaiseStmt is raise [Exc [from Cause]].
type RaiseStmt struct {
	RaisePos Pos
	Exc      Expr
	Cause    Expr
}

// IfStmt is if/elif/else; an elif is an IfStmt alone in Else.
type IfStmt struct {
	IfPos Pos
	Cond  Expr
	Body  []Stmt
	Else  []Stmt
}

// ForStmt is for Target in Iter: Body [else: Else].
type ForStmt struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// WhileStmt is while Cond: Body [else: Else].
type WhileStmt struct {
	WhilePos Pos
	Cond     Expr
	Body     []Stmt
	Else     []Stmt
}

// Param is a function or lambda parameter: name, name=default, *name or
// **name. A bare "*" (keyword-only marker) has Star == 1 and Name == "".
type Param struct {
	NamePos Pos
	Name    string
	Ann     Expr // the annotation (name: Ann), or nil
	Default Expr
	Star    int
}

// DefStmt is def Name(Params): Body, after its decorators. Walrus names
// what assignment expressions in Body bind in the function's scope.
type DefStmt struct {
	Decorators []Expr // outermost first, as written
	DefPos     Pos
	Name       string
	NamePos    Pos
	Params     []*Param
	Returns    Expr // the return annotation (-> Returns), or nil
	Body       []Stmt
	Walrus     []string
}

// AnnAssignStmt is Target: Ann [= Value], an annotated assignment.
type AnnAssignStmt struct {
	Target Expr
	Ann    Expr
	Value  Expr // nil without "="
}

// WithItem is one context manager of a with statement: Expr [as Target].
type WithItem struct {
	Expr   Expr
	Target Expr // nil without "as"
}

// WithStmt is with Items: Body.
type WithStmt struct {
	WithPos Pos
	Items   []*WithItem
	Body    []Stmt
}

// ClassStmt is class Name(Args): Body, after its decorators. Args are the
// bases and keywords (metaclass=...) as a call's arguments.
type ClassStmt struct {
	Decorators []Expr
	ClassPos   Pos
	Name       string
	NamePos    Pos
	Args       []*Arg
	Body       []Stmt
}

// ExceptClause is except [Type [as Name]]: Body.
type ExceptClause struct {
	ExceptPos Pos
	Type      Expr
	Name      string
	Body      []Stmt
}

// TryStmt is try/except/else/finally.
type TryStmt struct {
	TryPos   Pos
	Body     []Stmt
	Handlers []*ExceptClause
	Else     []Stmt
	Finally  []Stmt
}

// ---- positions ----

// Pos implements Node.
func (x *Name) Pos() Pos { return x.NamePos }

// Pos implements Node.
func (x *IntLit) Pos() Pos { return x.ValuePos }

// Pos implements Node.
func (x *FloatLit) Pos() Pos { return x.ValuePos }

// Pos implements Node.
func (x *ImagLit) Pos() Pos { return x.ValuePos }

// Pos implements Node.
func (x *StringLit) Pos() Pos { return x.ValuePos }

// Pos implements Node.
func (x *FString) Pos() Pos { return x.StartPos }

// Pos implements Node.
func (x *UnaryExpr) Pos() Pos { return x.OpPos }

// Pos implements Node.
func (x *BinaryExpr) Pos() Pos { return x.X.Pos() }

// Pos implements Node.
func (x *BoolOp) Pos() Pos { return x.X.Pos() }

// Pos implements Node.
func (x *Compare) Pos() Pos { return x.X.Pos() }

// Pos implements Node.
func (x *CondExpr) Pos() Pos { return x.Body.Pos() }

// Pos implements Node.
func (x *Lambda) Pos() Pos { return x.LambdaPos }

// Pos implements Node.
func (x *Call) Pos() Pos { return x.Fn.Pos() }

// Pos implements Node.
func (x *Attribute) Pos() Pos { return x.X.Pos() }

// Pos implements Node.
func (x *Index) Pos() Pos { return x.X.Pos() }

// Pos implements Node.
func (x *Slice) Pos() Pos { return firstPos(x.Colon, x.Lo) }

// Pos implements Node.
func (x *TupleExpr) Pos() Pos { return firstPos(x.Lparen, x.Elts...) }

// Pos implements Node.
func (x *ListExpr) Pos() Pos { return x.Lbrack }

// Pos implements Node.
func (x *SetExpr) Pos() Pos { return x.Lbrace }

// Pos implements Node.
func (x *DictExpr) Pos() Pos { return x.Lbrace }

// Pos implements Node.
func (x *Comprehension) Pos() Pos { return firstPos(x.Lpos, x.Elt) }

// Pos implements Node.
func (x *Starred) Pos() Pos { return x.Star }

// Pos implements Node.
func (x *ParenExpr) Pos() Pos { return x.Lparen }

// Pos implements Node.
func (x *ConstLit) Pos() Pos { return x.ValuePos }

// End implements Node.
func (x *Name) End() Pos { return addCols(x.NamePos, runeLen(x.Name)) }

// End implements Node.
func (x *IntLit) End() Pos { return addCols(x.ValuePos, runeLen(x.Raw)) }

// End implements Node.
func (x *FloatLit) End() Pos { return addCols(x.ValuePos, runeLen(x.Raw)) }

// End implements Node.
func (x *ImagLit) End() Pos { return addCols(x.ValuePos, runeLen(x.Raw)) }

// End implements Node.
func (x *StringLit) End() Pos { return x.EndPos }

// End implements Node.
func (x *FString) End() Pos { return x.EndPos }

// End implements Node.
func (x *UnaryExpr) End() Pos { return x.X.End() }

// End implements Node.
func (x *BinaryExpr) End() Pos {
	return x.Y.End()
}

// End implements Node.
func (x *BoolOp) End() Pos { return x.Y.End() }

// End implements Node.
func (x *Compare) End() Pos { return x.Ys[len(x.Ys)-1].End() }

// End implements Node.
func (x *CondExpr) End() Pos { return x.Else.End() }

// End implements Node.
func (x *Lambda) End() Pos { return x.Body.End() }

// End implements Node.
func (x *Call) End() Pos { return addCols(x.Rparen, 1) }

// End implements Node.
func (x *Attribute) End() Pos {
	return addCols(x.NamePos, runeLen(x.Name))
}

// End implements Node.
func (x *Index) End() Pos { return addCols(x.Rbrack, 1) }

// End implements Node.
func (x *Slice) End() Pos { return x.EndP }

// End implements Node.
func (x *TupleExpr) End() Pos {
	if x.Rparen.IsValid() {
		return addCols(x.Rparen, 1)
	}
	if len(x.Elts) > 0 {
		return x.Elts[len(x.Elts)-1].End()
	}
	return x.Lparen
}

// End implements Node.
func (x *ListExpr) End() Pos { return addCols(x.Rbrack, 1) }

// End implements Node.
func (x *SetExpr) End() Pos { return addCols(x.Rbrace, 1) }

// End implements Node.
func (x *DictExpr) End() Pos { return addCols(x.Rbrace, 1) }

// End implements Node.
func (x *Comprehension) End() Pos { return addCols(x.Rpos, 1) }

// End implements Node.
func (x *Starred) End() Pos { return x.X.End() }

// End implements Node.
func (x *ParenExpr) End() Pos { return addCols(x.Rparen, 1) }

// Pos implements Node.
func (x *NamedExpr) Pos() Pos { return x.Target.Pos() }

// End implements Node.
func (x *NamedExpr) End() Pos { return x.Value.End() }

// End implements Node.
func (x *ConstLit) End() Pos { return addCols(x.ValuePos, runeLen(x.Value)) }

// Pos implements Node.
func (s *ExprStmt) Pos() Pos { return s.X.Pos() }

// Pos implements Node.
func (s *AssignStmt) Pos() Pos { return s.Targets[0].Pos() }

// Pos implements Node.
func (s *AugAssignStmt) Pos() Pos { return s.Target.Pos() }

// Pos implements Node.
func (s *ImportStmt) Pos() Pos { return s.ImportPos }

// Pos implements Node.
func (s *FromImportStmt) Pos() Pos { return s.FromPos }

// Pos implements Node.
func (s *PassStmt) Pos() Pos { return s.PassPos }

// Pos implements Node.
func (s *BreakStmt) Pos() Pos { return s.BreakPos }

// Pos implements Node.
func (s *ContinueStmt) Pos() Pos { return s.ContinuePos }

// Pos implements Node.
func (s *ReturnStmt) Pos() Pos { return s.ReturnPos }

// Pos implements Node.
func (s *DelStmt) Pos() Pos { return s.DelPos }

// Pos implements Node.
func (s *GlobalStmt) Pos() Pos { return s.KwPos }

// Pos implements Node.
func (s *AssertStmt) Pos() Pos { return s.AssertPos }

// Pos implements Node.
func (s *RaiseStmt) Pos() Pos { return s.RaisePos }

// Pos implements Node.
func (s *IfStmt) Pos() Pos { return s.IfPos }

// Pos implements Node.
func (s *ForStmt) Pos() Pos { return s.ForPos }

// Pos implements Node.
func (s *WhileStmt) Pos() Pos { return s.WhilePos }

// Pos implements Node.
func (s *DefStmt) Pos() Pos { return s.DefPos }

// Pos implements Node.
func (s *ClassStmt) Pos() Pos { return s.ClassPos }

// Pos implements Node.
func (s *TryStmt) Pos() Pos { return s.TryPos }

// Pos implements Node.
func (s *AnnAssignStmt) Pos() Pos { return s.Target.Pos() }

// End implements Node.
func (s *AnnAssignStmt) End() Pos {
	if s.Value != nil {
		return s.Value.End()
	}
	return s.Ann.End()
}

// Pos implements Node.
func (s *WithStmt) Pos() Pos { return s.WithPos }

// End implements Node.
func (s *WithStmt) End() Pos { return blockEnd(s.Body, nil) }

// End implements Node.
func (s *ExprStmt) End() Pos { return s.X.End() }

// End implements Node.
func (s *AssignStmt) End() Pos { return s.Value.End() }

// End implements Node.
func (s *AugAssignStmt) End() Pos { return s.Value.End() }

// End implements Node.
func (s *ImportStmt) End() Pos { return s.EndPos }

// End implements Node.
func (s *FromImportStmt) End() Pos { return s.EndPos }

// End implements Node.
func (s *PassStmt) End() Pos { return addCols(s.PassPos, 4) }

// End implements Node.
func (s *BreakStmt) End() Pos { return addCols(s.BreakPos, 5) }

// End implements Node.
func (s *ContinueStmt) End() Pos { return addCols(s.ContinuePos, 8) }

// End implements Node.
func (s *ReturnStmt) End() Pos {
	if s.Value != nil {
		return s.Value.End()
	}
	return addCols(s.ReturnPos, 6)
}

// End implements Node.
func (s *DelStmt) End() Pos { return s.Targets[len(s.Targets)-1].End() }

// End implements Node.
func (s *GlobalStmt) End() Pos { return s.EndPos }

// End implements Node.
func (s *AssertStmt) End() Pos {
	if s.Msg != nil {
		return s.Msg.End()
	}
	return s.Test.End()
}

// End implements Node.
func (s *RaiseStmt) End() Pos {
	switch {
	case s.Cause != nil:
		return s.Cause.End()
	case s.Exc != nil:
		return s.Exc.End()
	}
	return addCols(s.RaisePos, 5)
}

// End implements Node.
func (s *IfStmt) End() Pos { return blockEnd(s.Body, s.Else) }

// End implements Node.
func (s *ForStmt) End() Pos { return blockEnd(s.Body, s.Else) }

// End implements Node.
func (s *WhileStmt) End() Pos { return blockEnd(s.Body, s.Else) }

// End implements Node.
func (s *DefStmt) End() Pos { return blockEnd(s.Body, nil) }

// End implements Node.
func (s *ClassStmt) End() Pos { return blockEnd(s.Body, nil) }

// End implements Node.
func (s *TryStmt) End() Pos {
	if len(s.Finally) > 0 {
		return blockEnd(s.Finally, nil)
	}
	if len(s.Else) > 0 {
		return blockEnd(s.Else, nil)
	}
	if n := len(s.Handlers); n > 0 {
		return blockEnd(s.Handlers[n-1].Body, nil)
	}
	return blockEnd(s.Body, nil)
}

func (*Name) exprNode()          {}
func (*IntLit) exprNode()        {}
func (*FloatLit) exprNode()      {}
func (*ImagLit) exprNode()       {}
func (*StringLit) exprNode()     {}
func (*FString) exprNode()       {}
func (*UnaryExpr) exprNode()     {}
func (*BinaryExpr) exprNode()    {}
func (*BoolOp) exprNode()        {}
func (*Compare) exprNode()       {}
func (*CondExpr) exprNode()      {}
func (*Lambda) exprNode()        {}
func (*Call) exprNode()          {}
func (*Attribute) exprNode()     {}
func (*Index) exprNode()         {}
func (*Slice) exprNode()         {}
func (*TupleExpr) exprNode()     {}
func (*ListExpr) exprNode()      {}
func (*SetExpr) exprNode()       {}
func (*DictExpr) exprNode()      {}
func (*Comprehension) exprNode() {}
func (*Starred) exprNode()       {}
func (*ParenExpr) exprNode()     {}
func (*ConstLit) exprNode()      {}
func (*NamedExpr) exprNode()     {}

func (*ExprStmt) stmtNode()       {}
func (*AssignStmt) stmtNode()     {}
func (*AugAssignStmt) stmtNode()  {}
func (*ImportStmt) stmtNode()     {}
func (*FromImportStmt) stmtNode() {}
func (*PassStmt) stmtNode()       {}
func (*BreakStmt) stmtNode()      {}
func (*ContinueStmt) stmtNode()   {}
func (*ReturnStmt) stmtNode()     {}
func (*DelStmt) stmtNode()        {}
func (*GlobalStmt) stmtNode()     {}
func (*AssertStmt) stmtNode()     {}
func (*RaiseStmt) stmtNode()      {}
func (*IfStmt) stmtNode()         {}
func (*ForStmt) stmtNode()        {}
func (*WhileStmt) stmtNode()      {}
func (*DefStmt) stmtNode()        {}
func (*ClassStmt) stmtNode()      {}
func (*TryStmt) stmtNode()        {}
func (*WithStmt) stmtNode()       {}
func (*AnnAssignStmt) stmtNode()  {}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func addCols(p Pos, n int) Pos { return Pos{p.Line, p.Col + n} }

func firstPos(p Pos, xs ...Expr) Pos {
	if p.IsValid() || len(xs) == 0 || xs[0] == nil {
		return p
	}
	return xs[0].Pos()
}

func blockEnd(body, els []Stmt) Pos {
	if len(els) > 0 {
		return els[len(els)-1].End()
	}
	if len(body) > 0 {
		return body[len(body)-1].End()
	}
	return Pos{}
}
