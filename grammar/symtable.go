package grammar

// What CPython's symbol table refuses about global and nonlocal
// declarations: a name that is a parameter, was used, annotated or
// assigned earlier in the same scope cannot then be declared global or
// nonlocal. As in symtable.c, each scope gathers flags for its names in
// source order; nested functions, lambdas, classes and comprehensions
// have scopes of their own (what they evaluate in the enclosing scope,
// such as defaults and the first iterable, counts there).

// Flags of a name in a scope, as symtable.c's DEF_PARAM, USE, DEF_ANNOT
// and DEF_LOCAL.
const (
	symParam = 1 << iota
	symUse
	symAnnot
	symLocal
)

// symScope is the flags of the names of one scope so far.
type symScope map[string]int

// declare checks a global or nonlocal statement against what the scope
// has seen, with CPython's message for the first conflict.
func (c *checker) declare(s *GlobalStmt) {
	kind := "global"
	if s.Nonlocal {
		kind = "nonlocal"
	}
	sc := c.scope()
	for _, n := range s.Names {
		f := sc[n]
		msg := ""
		switch {
		case f&symParam != 0:
			msg = "name '%s' is parameter and " + kind
		case f&symUse != 0:
			msg = "name '%s' is used prior to " + kind + " declaration"
		case f&symAnnot != 0:
			msg = "annotated name '%s' can't be " + kind
		case f&symLocal != 0:
			msg = "name '%s' is assigned to before " + kind + " declaration"
		}
		if msg != "" {
			c.errRange(s.Pos(), s.End(), msg, n)
			return
		}
	}
}

func (c *checker) scope() symScope { return c.syms[len(c.syms)-1] }

func (c *checker) use(name string)   { c.scope()[name] |= symUse }
func (c *checker) local(name string) { c.scope()[name] |= symLocal }

// noteStmt records the names statement s uses and binds in the current
// scope, apart from the statements in its blocks.
func (c *checker) noteStmt(s Stmt) {
	switch x := s.(type) {
	case *ExprStmt:
		c.uses(x.X)
	case *AssignStmt:
		for _, t := range x.Targets {
			c.target(t)
		}
		c.uses(x.Value)
	case *AugAssignStmt:
		c.target(x.Target)
		c.uses(x.Value)
	case *AnnAssignStmt:
		if n, ok := x.Target.(*Name); ok {
			c.scope()[n.Name] |= symAnnot
			if x.Value != nil {
				c.local(n.Name)
			}
		} else {
			c.target(x.Target)
		}
		c.uses(x.Ann)
		c.uses(x.Value)
	case *ReturnStmt:
		c.uses(x.Value)
	case *DelStmt:
		for _, t := range x.Targets {
			c.target(t)
		}
	case *AssertStmt:
		c.uses(x.Test)
		c.uses(x.Msg)
	case *RaiseStmt:
		c.uses(x.Exc)
		c.uses(x.Cause)
	case *IfStmt:
		c.uses(x.Cond)
	case *WhileStmt:
		c.uses(x.Cond)
	case *ForStmt:
		c.target(x.Target)
		c.uses(x.Iter)
	case *WithStmt:
		for _, it := range x.Items {
			c.uses(it.Expr)
			if it.Target != nil {
				c.target(it.Target)
			}
		}
	case *TryStmt:
		for _, h := range x.Handlers {
			c.uses(h.Type)
			if h.Name != "" {
				c.local(h.Name)
			}
		}
	case *DefStmt:
		for _, d := range x.Decorators {
			c.uses(d)
		}
		for _, p := range x.Params {
			c.uses(p.Default)
			c.uses(p.Ann)
		}
		c.uses(x.Returns)
		c.local(x.Name)
	case *ClassStmt:
		for _, d := range x.Decorators {
			c.uses(d)
		}
		for _, a := range x.Args {
			c.uses(a.Value)
		}
		c.local(x.Name)
	}
}

// target records an assignment target: its names are bound, and the
// names in the objects it assigns into (a in a.b, a[i]) are used.
func (c *checker) target(t Expr) {
	WalkTarget(t, func(n *Name) { c.local(n.Name) }, c.uses)
}

// uses records the names expression e reads (and those its assignment
// expressions bind) in the current scope; e may be nil.
func (c *checker) uses(e Expr) {
	switch x := e.(type) {
	case nil:
	case *Name:
		c.use(x.Name)
	case *NamedExpr:
		c.local(x.Target.Name)
		c.uses(x.Value)
	case *Lambda:
		for _, p := range x.Params {
			c.uses(p.Default)
		}
	case *Comprehension:
		// its own scope, but for the first iterable and the names its
		// assignment expressions bind
		c.uses(x.Clauses[0].Iter)
		c.comprehensionBinds(x)
	case *FString:
		c.usesParts(x.Parts)
	default:
		for _, k := range subExprs(e) {
			c.uses(k)
		}
	}
}

func (c *checker) usesParts(ps []*FStringPart) {
	for _, p := range ps {
		c.uses(p.Expr)
		c.usesParts(p.Spec)
	}
}

// comprehensionBinds records the names the assignment expressions in a
// comprehension bind in the enclosing scope.
func (c *checker) comprehensionBinds(x *Comprehension) {
	var walk func(e Expr)
	walk = func(e Expr) {
		switch y := e.(type) {
		case nil, *Lambda:
		case *NamedExpr:
			c.local(y.Target.Name)
			walk(y.Value)
		case *Comprehension:
			for _, k := range compExprs(y) {
				walk(k)
			}
		default:
			for _, k := range subExprs(e) {
				walk(k)
			}
		}
	}
	for _, k := range compExprs(x) {
		walk(k)
	}
}

// compExprs are the expressions of a comprehension.
func compExprs(x *Comprehension) []Expr {
	out := []Expr{x.Elt, x.Value}
	for _, cl := range x.Clauses {
		out = append(out, cl.Iter)
		out = append(out, cl.Ifs...)
	}
	return out
}

// subExprs are the expressions directly inside e (nil entries allowed),
// for the node types that are plain containers of expressions.
func subExprs(e Expr) []Expr {
	switch x := e.(type) {
	case *UnaryExpr:
		return []Expr{x.X}
	case *BinaryExpr:
		return []Expr{x.X, x.Y}
	case *BoolOp:
		return []Expr{x.X, x.Y}
	case *Compare:
		return append([]Expr{x.X}, x.Ys...)
	case *CondExpr:
		return []Expr{x.Body, x.Cond, x.Else}
	case *Call:
		out := []Expr{x.Fn}
		for _, a := range x.Args {
			out = append(out, a.Value)
		}
		return out
	case *Attribute:
		return []Expr{x.X}
	case *Index:
		return []Expr{x.X, x.Index}
	case *Slice:
		return []Expr{x.Lo, x.Hi, x.Step}
	case *TupleExpr:
		return x.Elts
	case *ListExpr:
		return x.Elts
	case *SetExpr:
		return x.Elts
	case *DictExpr:
		return append(append([]Expr(nil), x.Keys...), x.Values...)
	case *Starred:
		return []Expr{x.X}
	case *ParenExpr:
		return []Expr{x.X}
	}
	return nil
}
