package grammar

import (
	"fmt"
	"strings"

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
	// numErrs are the tokenizer's errors in number literals: CPython
	// raises one while reading the number, before the parser sees the
	// token the literal runs into
	numErrs   map[*Error]bool
	parserErr bool // the first parser error has been recorded
	// parserErrBeforeEOF: the parser failed before the end of the input,
	// where CPython reports its error, not the tokenizer's unclosed
	// brackets found at the end
	parserErrBeforeEOF bool
	shift              func(Pos) Pos // maps positions of an f-string field to the source
	ts                 *tokenSource
}

func (s *errorSink) add(p Pos, kind, msg string) {
	s.list.Add(s.shiftPos(p), kind, msg)
}

// shiftPos maps a position of an f-string field to the source.
func (s *errorSink) shiftPos(p Pos) Pos {
	if s.shift != nil && p.IsValid() {
		return s.shift(p)
	}
	return p
}

// numberAt adds the SyntaxError of a malformed number literal.
func (s *errorSink) numberAt(p Pos, msg string) {
	s.add(p, "SyntaxError", msg)
	if s.numErrs == nil {
		s.numErrs = map[*Error]bool{}
	}
	s.numErrs[s.list.Errs[len(s.list.Errs)-1]] = true
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
	if s.parserErrBeforeEOF {
		// the parser failed first: brackets still open at the end were
		// never reached
		var keep []*Error
		for _, e := range l.Errs {
			if !(s.incomplete[e] && strings.HasSuffix(e.Msg, "was never closed")) {
				keep = append(keep, e)
			}
		}
		l.Errs = keep
	}
	l.Sort()
	if len(l.Errs) > 1 && !s.numErrs[l.Errs[0]] {
		// a number error inside the first (parser) error's token comes
		// first: 0o8 fails at the 8, not at the name o8 the lexer made
		first := l.Errs[0]
		for i, e := range l.Errs[1:] {
			if s.numErrs[e] && e.Pos.Line == first.Pos.Line && e.Pos.Col < max(first.End.Col, first.Pos.Col+1) {
				copy(l.Errs[1:i+2], l.Errs[:i+1])
				l.Errs[0] = e
				break
			}
		}
	}
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

	h := parserHint(p.GetTokenStream(), tok)
	if !atEOF && !onlyLayoutAfter(p.GetTokenStream(), tok) && (h == nil || !h.toEOF) {
		s.parserErrBeforeEOF = true
	}
	if h != nil && !h.toEOF {
		s.list.AddRange(s.shiftPos(h.start), s.shiftPos(h.end), "SyntaxError", h.msg)
		return
	}
	// CPython's carets cover the offending token
	end := Pos{}
	switch tt {
	case antlr.TokenEOF, gen.DcalcParserNEWLINE, gen.DcalcParserINDENT, gen.DcalcParserDEDENT:
	default:
		if !atEOF && !strings.Contains(tok.GetText(), "\n") {
			end = s.shiftPos(tokEnd(tok))
		}
	}
	defer func() {
		if end.IsValid() && len(s.list.Errs) > 0 {
			if e := s.list.Errs[len(s.list.Errs)-1]; e.Pos == s.shiftPos(pos) && !e.End.IsValid() {
				e.End = end
			}
		}
	}()
	switch {
	case tt == gen.DcalcParserINDENT:
		// CPython's offset is the last column of the indentation
		if pos.Col > 1 {
			pos.Col--
		}
		s.add(pos, "IndentationError", "unexpected indent")
	case expects(gen.DcalcParserINDENT):
		what := "block"
		if ctx != nil && ctx.GetParent() != nil {
			if pc, ok := ctx.GetParent().(antlr.ParserRuleContext); ok {
				kw := pc.GetStart()
				switch pc.(type) {
				case *gen.DefStContext:
					what = fmt.Sprintf("function definition on line %d", defLine(pc, "def"))
				case *gen.ClassStContext:
					what = fmt.Sprintf("class definition on line %d", defLine(pc, "class"))
				default:
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
	case isTry(ctx) && (expects(literals()["except"]) || expects(literals()["finally"])):
		s.add(pos, "SyntaxError", "expected 'except' or 'finally' block")
	case afterArrow(p, tok):
		// def f() -> : CPython's parser, finding no annotation, wanted
		// the colon where the arrow is
		prev := tokenAt(p.GetTokenStream(), tok.GetTokenIndex()-1)
		s.list.AddRange(s.shiftPos(tokPos(prev)), s.shiftPos(tokEnd(prev)), "SyntaxError", "expected ':'")
	case expects(literals()[":"]) && isHeader(ctx):
		if prev := tokenAt(p.GetTokenStream(), tok.GetTokenIndex()-1); prev != nil && startsOperand(tok) && endsOperand(prev) {
			// two expressions side by side: CPython's generic error
			s.add(pos, "SyntaxError", "invalid syntax")
			break
		}
		s.add(pos, "SyntaxError", "expected ':'")
	case isCond(ctx) && expects(literals()["else"]) || tok.GetText() == "if" && isStmtEnd(ctx):
		// CPython's range: the expression before "if" to the condition's end
		ts := p.GetTokenStream()
		k := tok.GetTokenIndex()
		for k >= 0 && (tokenAt(ts, k) == nil || tokenAt(ts, k).GetText() != "if") {
			k--
		}
		if k >= 0 {
			if first := tokenAt(ts, exprStart(ts, k)); first != nil {
				if end := exprEnd(ts, k+1, condEndStops); end.IsValid() {
					s.list.AddRange(s.shiftPos(tokPos(first)), s.shiftPos(end), "SyntaxError", "expected 'else' after 'if' expression")
					break
				}
			}
		}
		s.add(pos, "SyntaxError", "expected 'else' after 'if' expression")
	default:
		s.add(pos, "SyntaxError", "invalid syntax")
	}
}

// isTry reports whether ctx is a try statement.
func isTry(ctx antlr.ParserRuleContext) bool {
	_, ok := ctx.(*gen.TryStContext)
	return ok
}

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

// defLine is the line of the def or class keyword of a definition (after
// its decorators).
func defLine(ctx antlr.Tree, kw string) int {
	if t := findTerm(ctx, kw); t != nil {
		return t.GetLine()
	}
	return 0
}

// afterArrow reports whether tok follows a def's "->" and cannot start
// its return annotation.
func afterArrow(p antlr.Parser, tok antlr.Token) bool {
	prev := tokenAt(p.GetTokenStream(), tok.GetTokenIndex()-1)
	return prev != nil && prev.GetTokenType() == gen.DcalcLexerARROW && !startsOperand(tok)
}
