package grammar

import "fmt"

// The checks CPython's compiler makes after parsing (its symtable and
// code generator), which stop a program before any of it runs: return
// outside a function, break and continue outside a loop, nonlocal where
// there is no enclosing function, parameters named twice, a bare * with
// no keyword-only parameter after it, starred expressions where no
// unpacking is possible.

// checker walks statements with what encloses them.
type checker struct {
	list   *ErrorList
	inDef  int // enclosing function definitions
	inLoop bool
	// inClass is set in a class body, where return is outside any
	// function however deeply the class is nested in one
	inClass bool
	// syms are the flags of the names of the scopes being checked,
	// innermost last (symtable.go)
	syms []symScope
}

func (c *checker) errRange(start, end Pos, format string, args ...any) {
	c.list.AddRange(start, end, "SyntaxError", fmt.Sprintf(format, args...))
}

// checkFile reports the compiler's errors in the statements of a file.
func checkFile(stmts []Stmt, list *ErrorList) {
	c := &checker{list: list, syms: []symScope{{}}}
	c.stmts(stmts)
}

func (c *checker) stmts(ss []Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

func (c *checker) stmt(s Stmt) {
	c.noteStmt(s)
	switch x := s.(type) {
	case *ReturnStmt:
		if c.inDef == 0 || c.inClass {
			c.errRange(x.Pos(), x.End(), "'return' outside function")
		}
		c.starredValue(x.Value)
	case *BreakStmt:
		if !c.inLoop {
			c.errRange(x.Pos(), x.End(), "'break' outside loop")
		}
	case *ContinueStmt:
		if !c.inLoop {
			c.errRange(x.Pos(), x.End(), "'continue' not properly in loop")
		}
	case *GlobalStmt:
		if x.Nonlocal && c.inDef == 0 {
			c.errRange(x.Pos(), x.End(), "nonlocal declaration not allowed at module level")
		} else if x.Nonlocal && c.inDef == 1 && len(x.Names) > 0 {
			// a function at module level has no enclosing function scope
			c.errRange(x.Pos(), x.End(), "no binding for nonlocal '%s' found", x.Names[0])
		} else {
			c.declare(x)
		}
	case *AssignStmt:
		for _, t := range x.Targets {
			if st, ok := t.(*Starred); ok {
				c.errRange(st.Pos(), st.End(), "starred assignment target must be in a list or tuple")
			}
		}
		c.starredValue(x.Value)
	case *IfStmt:
		c.stmts(x.Body)
		c.stmts(x.Else)
	case *ForStmt, *WhileStmt:
		var body, els []Stmt
		if f, ok := x.(*ForStmt); ok {
			body, els = f.Body, f.Else
		} else {
			w := x.(*WhileStmt)
			body, els = w.Body, w.Else
		}
		saved := c.inLoop
		c.inLoop = true
		c.stmts(body)
		c.inLoop = saved
		c.stmts(els) // a loop's else is not in the loop
	case *WithStmt:
		c.stmts(x.Body)
	case *TryStmt:
		c.stmts(x.Body)
		for _, h := range x.Handlers {
			c.stmts(h.Body)
		}
		c.stmts(x.Else)
		c.stmts(x.Finally)
	case *DefStmt:
		c.params(x.Params)
		savedLoop, savedClass := c.inLoop, c.inClass
		c.inDef++
		c.inLoop, c.inClass = false, false
		sc := symScope{}
		for _, p := range x.Params {
			if p.Name != "" {
				sc[p.Name] = symParam
			}
		}
		c.syms = append(c.syms, sc)
		c.stmts(x.Body)
		c.syms = c.syms[:len(c.syms)-1]
		c.inDef--
		c.inLoop, c.inClass = savedLoop, savedClass
	case *ClassStmt:
		savedLoop, savedClass := c.inLoop, c.inClass
		c.inLoop, c.inClass = false, true
		c.syms = append(c.syms, symScope{})
		c.stmts(x.Body)
		c.syms = c.syms[:len(c.syms)-1]
		c.inLoop, c.inClass = savedLoop, savedClass
	case *ExprStmt:
		c.exprs(x.X)
	}
}

// starredValue reports a lone starred expression as the value of an
// assignment or return.
func (c *checker) starredValue(e Expr) {
	if st, ok := e.(*Starred); ok {
		c.errRange(st.Pos(), st.End(), "can't use starred expression here")
	}
}

// exprs looks into an expression statement for lambdas, whose
// parameters are checked as a function's.
func (c *checker) exprs(e Expr) {
	if l, ok := e.(*Lambda); ok {
		c.params(l.Params)
	}
}

// params reports a parameter named twice and a bare * with no
// keyword-only parameter after it.
func (c *checker) params(ps []*Param) {
	seen := map[string]bool{}
	for i, p := range ps {
		if p.Name != "" {
			if seen[p.Name] {
				c.errRange(p.NamePos, addCols(p.NamePos, runeLen(p.Name)), "duplicate argument '%s' in function definition", p.Name)
				return
			}
			seen[p.Name] = true
		}
		if p.Star == 1 && p.Name == "" && (i+1 == len(ps) || ps[i+1].Star == 2) {
			c.errRange(p.NamePos, addCols(p.NamePos, 1), "named arguments must follow bare *")
			return
		}
	}
}
