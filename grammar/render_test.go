package grammar

import (
	"fmt"
	"strings"
)

// render prints a node back as source with every operation parenthesized,
// so that tests can check the tree's shape.
func render(n Node) string {
	switch x := n.(type) {
	case nil:
		return ""
	case *Name:
		return x.Name
	case *IntLit:
		return x.Value.String()
	case *FloatLit:
		return fmt.Sprint(x.Value)
	case *ImagLit:
		return fmt.Sprint(x.Value) + "j"
	case *StringLit:
		if x.Bytes {
			return "b" + fmt.Sprintf("%q", x.Value)
		}
		return fmt.Sprintf("%q", x.Value)
	case *FString:
		return "f(" + renderParts(x.Parts) + ")"
	case *UnaryExpr:
		if x.Op == "not" {
			return "(not " + render(x.X) + ")"
		}
		return "(" + x.Op + render(x.X) + ")"
	case *BinaryExpr:
		return "(" + render(x.X) + x.Op + render(x.Y) + ")"
	case *BoolOp:
		return "(" + render(x.X) + " " + x.Op + " " + render(x.Y) + ")"
	case *Compare:
		s := "(" + render(x.X)
		for i, op := range x.Ops {
			s += " " + op + " " + render(x.Ys[i])
		}
		return s + ")"
	case *CondExpr:
		return "(" + render(x.Body) + " if " + render(x.Cond) + " else " + render(x.Else) + ")"
	case *Lambda:
		return "(lambda " + renderParams(x.Params) + ": " + render(x.Body) + ")"
	case *Call:
		var args []string
		for _, a := range x.Args {
			s := strings.Repeat("*", a.Star)
			if a.Name != "" {
				s = a.Name + "="
			}
			args = append(args, s+render(a.Value))
		}
		return render(x.Fn) + "(" + strings.Join(args, ", ") + ")"
	case *Attribute:
		return render(x.X) + "." + x.Name
	case *Index:
		return render(x.X) + "[" + render(x.Index) + "]"
	case *Slice:
		s := render(x.Lo) + ":" + render(x.Hi)
		if x.Step != nil {
			s += ":" + render(x.Step)
		}
		return s
	case *TupleExpr:
		return "(" + renderList(x.Elts) + ",)"
	case *ListExpr:
		return "[" + renderList(x.Elts) + "]"
	case *SetExpr:
		return "{" + renderList(x.Elts) + "}"
	case *DictExpr:
		var items []string
		for i, k := range x.Keys {
			if k == nil {
				items = append(items, "**"+render(x.Values[i]))
			} else {
				items = append(items, render(k)+": "+render(x.Values[i]))
			}
		}
		return "{" + strings.Join(items, ", ") + "}"
	case *Comprehension:
		s := render(x.Elt)
		if x.Value != nil {
			s += ": " + render(x.Value)
		}
		for _, c := range x.Clauses {
			s += " for " + render(c.Target) + " in " + render(c.Iter)
			for _, f := range c.Ifs {
				s += " if " + render(f)
			}
		}
		switch x.Kind {
		case '[':
			return "[" + s + "]"
		case '(':
			return "gen(" + s + ")"
		}
		return "{" + s + "}"
	case *Starred:
		return "*" + render(x.X)
	case *ParenExpr:
		return render(x.X)
	case *ConstLit:
		return x.Value

	case *ExprStmt:
		return render(x.X)
	case *AssignStmt:
		s := ""
		for _, t := range x.Targets {
			s += render(t) + " = "
		}
		return s + render(x.Value)
	case *AugAssignStmt:
		return render(x.Target) + " " + x.Op + "= " + render(x.Value)
	case *ImportStmt:
		var names []string
		for _, n := range x.Names {
			names = append(names, renderImportName(n))
		}
		return "import " + strings.Join(names, ", ")
	case *FromImportStmt:
		if x.Star {
			return "from " + x.Module + " import *"
		}
		var names []string
		for _, n := range x.Names {
			names = append(names, renderImportName(n))
		}
		return "from " + x.Module + " import " + strings.Join(names, ", ")
	case *PassStmt:
		return "pass"
	case *BreakStmt:
		return "break"
	case *ContinueStmt:
		return "continue"
	case *ReturnStmt:
		return strings.TrimSpace("return " + render(x.Value))
	case *DelStmt:
		return "del " + renderList(x.Targets)
	case *GlobalStmt:
		if x.Nonlocal {
			return "nonlocal " + strings.Join(x.Names, ", ")
		}
		return "global " + strings.Join(x.Names, ", ")
	case *AssertStmt:
		if x.Msg != nil {
			return "assert " + render(x.Test) + ", " + render(x.Msg)
		}
		return "assert " + render(x.Test)
	case *RaiseStmt:
		s := "raise"
		if x.Exc != nil {
			s += " " + render(x.Exc)
		}
		if x.Cause != nil {
			s += " from " + render(x.Cause)
		}
		return s
	case *IfStmt:
		return "if " + render(x.Cond) + " {" + renderStmts(x.Body) + "}" + renderElse(x.Else)
	case *ForStmt:
		return "for " + render(x.Target) + " in " + render(x.Iter) + " {" + renderStmts(x.Body) + "}" + renderElse(x.Else)
	case *WhileStmt:
		return "while " + render(x.Cond) + " {" + renderStmts(x.Body) + "}" + renderElse(x.Else)
	case *DefStmt:
		return "def " + x.Name + "(" + renderParams(x.Params) + ") {" + renderStmts(x.Body) + "}"
	case *TryStmt:
		s := "try {" + renderStmts(x.Body) + "}"
		for _, h := range x.Handlers {
			s += " except"
			if h.Type != nil {
				s += " " + render(h.Type)
			}
			if h.Name != "" {
				s += " as " + h.Name
			}
			s += " {" + renderStmts(h.Body) + "}"
		}
		s += renderElse(x.Else)
		if x.Finally != nil {
			s += " finally {" + renderStmts(x.Finally) + "}"
		}
		return s
	}
	return fmt.Sprintf("<%T>", n)
}

func renderList(xs []Expr) string {
	var s []string
	for _, x := range xs {
		s = append(s, render(x))
	}
	return strings.Join(s, ", ")
}

func renderStmts(ss []Stmt) string {
	var s []string
	for _, x := range ss {
		s = append(s, render(x))
	}
	return strings.Join(s, "; ")
}

func renderElse(ss []Stmt) string {
	if ss == nil {
		return ""
	}
	return " else {" + renderStmts(ss) + "}"
}

func renderParams(ps []*Param) string {
	var s []string
	for _, p := range ps {
		t := strings.Repeat("*", p.Star) + p.Name
		if p.Default != nil {
			t += "=" + render(p.Default)
		}
		s = append(s, t)
	}
	return strings.Join(s, ", ")
}

func renderImportName(n *ImportName) string {
	if n.Alias != "" {
		return n.Name + " as " + n.Alias
	}
	return n.Name
}

func renderParts(ps []*FStringPart) string {
	var s []string
	for _, p := range ps {
		if p.Expr == nil {
			s = append(s, fmt.Sprintf("%q", p.Lit))
			continue
		}
		t := "{" + p.Debug + render(p.Expr)
		if p.Conv != 0 {
			t += "!" + string(p.Conv)
		}
		if p.Spec != nil {
			t += ":" + renderParts(p.Spec)
		}
		s = append(s, t+"}")
	}
	return strings.Join(s, " ")
}

// renderFile renders all statements of src, or the first error.
func renderSrc(src string) string {
	f, err := Parse("test", src)
	if err != nil {
		return "ERROR " + err.(*ErrorList).Errs[0].Error()
	}
	return renderStmts(f.Stmts)
}
