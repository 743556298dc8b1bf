package grammar

import (
	"fmt"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// errorSink collects the errors of one parse. It is the only error
// listener of the lexer and the parser, so ANTLR never prints anything.
type errorSink struct {
	antlr.DefaultErrorListener
	list       ErrorList
	incomplete map[*Error]bool // errors saying that the input ended too early
	badChar    *Error          // the first invalid character, a tokenizer error
	parserErr  bool            // the first parser error has been recorded
	shift      func(Pos) Pos   // maps positions of an f-string field to the source
	ts         *tokenSource
}

func (s *errorSink) add(p Pos, kind, msg string) {
	if s.shift != nil {
		p = s.shift(p)
	}
	s.list.Add(p, kind, msg)
}

// badCharAt adds the SyntaxError of an invalid character.
func (s *errorSink) badCharAt(p Pos, msg string) {
	s.add(p, "SyntaxError", msg)
	if s.badChar == nil {
		s.badChar = s.list.Errs[len(s.list.Errs)-1]
	}
}

// incompleteAt adds a SyntaxError that means the input ended too early.
func (s *errorSink) incompleteAt(p Pos, msg string) {
	s.add(p, "SyntaxError", msg)
	if s.incomplete == nil {
		s.incomplete = map[*Error]bool{}
	}
	s.incomplete[s.list.Errs[len(s.list.Errs)-1]] = true
}

// result sorts the errors and sets Incomplete when the first one says
// that the input ended too early.
func (s *errorSink) result() *ErrorList {
	l := &ErrorList{Errs: s.list.Errs}
	l.Sort()
	if len(l.Errs) > 0 && s.incomplete[l.Errs[0]] && s.badChar != nil {
		// CPython's tokenizer stops at an invalid character before it
		// reaches the end where brackets are found unclosed.
		for i, e := range l.Errs {
			if e == s.badChar {
				copy(l.Errs[1:i+1], l.Errs[:i])
				l.Errs[0] = e
				break
			}
		}
	}
	l.Incomplete = len(l.Errs) > 0 && s.incomplete[l.Errs[0]]
	return l
}

// SyntaxError receives ANTLR's lexer and parser errors and rewords them
// in CPython's terms. Only the first parser error is kept: ANTLR's
// recovery makes the later ones unreliable.
func (s *errorSink) SyntaxError(rec antlr.Recognizer, offending interface{}, line, column int, _ string, _ antlr.RecognitionException) {
	p, ok := rec.(antlr.Parser)
	if !ok {
		s.add(Pos{line, column + 1}, "SyntaxError", "invalid syntax")
		return
	}
	if s.parserErr {
		return
	}
	s.parserErr = true
	tok, _ := offending.(antlr.Token)
	if tok == nil {
		tok = p.GetCurrentToken()
	}
	pos := tokPos(tok)
	tt := tok.GetTokenType()
	atEOF := tt == antlr.TokenEOF || tt == gen.DcalcParserDEDENT && s.ts != nil && s.ts.sawEOF
	if atEOF && s.ts != nil && s.ts.lastNL != nil {
		// CPython reports errors at the end of input on the last NEWLINE.
		pos = tokPos(s.ts.lastNL)
	}
	ctx := p.GetParserRuleContext()
	var expected *antlr.IntervalSet
	func() {
		defer func() { recover() }()
		expected = p.GetExpectedTokens()
	}()
	expects := func(t int) bool {
		if expected != nil {
			for _, iv := range expected.GetIntervals() {
				if iv.Contains(t) {
					return true
				}
			}
		}
		return false
	}

	switch {
	case tt == gen.DcalcParserINDENT:
		s.add(pos, "IndentationError", "unexpected indent")
	case expects(gen.DcalcParserINDENT):
		what := "block"
		if ctx != nil && ctx.GetParent() != nil {
			if pc, ok := ctx.GetParent().(antlr.ParserRuleContext); ok {
				kw := pc.GetStart()
				if _, isDef := pc.(*gen.DefStContext); isDef {
					what = fmt.Sprintf("function definition on line %d", kw.GetLine())
				} else {
					what = fmt.Sprintf("'%s' statement on line %d", kw.GetText(), kw.GetLine())
				}
			}
		}
		if atEOF {
			s.incompleteAt(pos, "expected an indented block after "+what)
			s.list.Errs[len(s.list.Errs)-1].Kind = "IndentationError"
		} else {
			s.add(pos, "IndentationError", "expected an indented block after "+what)
		}
	case expects(colonType) && isHeader(ctx):
		s.add(pos, "SyntaxError", "expected ':'")
	case isCond(ctx) && expects(elseType) || tok.GetText() == "if" && isStmtEnd(ctx):
		s.add(pos, "SyntaxError", "expected 'else' after 'if' expression")
	default:
		s.add(pos, "SyntaxError", "invalid syntax")
	}
}

// tokenType returns the token type of a literal token such as "':'".
func tokenType(lit string) int {
	gen.DcalcLexerInit()
	for i, n := range gen.DcalcLexerLexerStaticData.LiteralNames {
		if n == lit {
			return i
		}
	}
	return -100
}

var (
	colonType = tokenType("':'")
	elseType  = tokenType("'else'")
)

// isHeader reports whether ctx is a compound statement or clause whose
// header may lack its colon.
func isHeader(ctx antlr.ParserRuleContext) bool {
	switch ctx.(type) {
	case *gen.IfStContext, *gen.ForStContext, *gen.WhileStContext, *gen.DefStContext,
		*gen.TryStContext, *gen.Elif_clauseContext, *gen.Else_clauseContext,
		*gen.Except_clauseContext, *gen.Finally_clauseContext:
		return true
	}
	return false
}

func isCond(ctx antlr.ParserRuleContext) bool {
	_, ok := ctx.(*gen.CondExContext)
	return ok
}

// isStmtEnd reports whether ctx is where a simple statement may end, so
// that an "if" there is a conditional expression without its else.
func isStmtEnd(ctx antlr.ParserRuleContext) bool {
	_, ok := ctx.(*gen.Simple_stmtsContext)
	return ok
}
