package grammar

import (
	"fmt"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// Parse parses src, the text of a cell or program named name, into a File.
// On failure the error is an *ErrorList with the first error first; only
// the first error is meant for users (later ones may be artefacts of error
// recovery). Messages follow CPython 3.11's wording ("invalid syntax",
// "'(' was never closed", "expected ':'", "unexpected indent", ...).
//
// ErrorList.Incomplete is set, so that a REPL can ask for a continuation
// line, exactly when the first error is one of:
//
//   - "'(' was never closed": the input ends inside (), [] or {};
//   - "unterminated triple-quoted string literal ...";
//   - "unexpected EOF while parsing": the input ends with a backslash,
//     with or without a newline after it;
//   - "expected an indented block after ...", reported at the end of the
//     input: a block header such as "for i in x:" with no body yet;
//
// A program whose last line is indented and does not end in a newline is
// complete for Parse, as for CPython; the REPL's rule that such input
// wants more lines is Incomplete's.
func Parse(name, src string) (f *File, err error) {
	sink := &errorSink{}
	defer func() {
		if r := recover(); r != nil {
			f = nil
			if _, ok := r.(tooDeep); ok {
				if len(sink.list.Errs) == 0 {
					sink.add(Pos{}, "RecursionError", "maximum recursion depth exceeded during compilation")
				}
				err = sink.result()
				return
			}
			l := &ErrorList{}
			l.Add(Pos{Line: 1, Col: 1}, "SyntaxError", fmt.Sprintf("internal parser error: %v", r))
			err = l
		}
	}()
	// Two-stage parsing: the fast SLL prediction mode is exact for inputs
	// it accepts; on any error, parse again in full LL mode so that the
	// reported errors are the real ones. The first stage bails out at its
	// first error and skips the error strategy's look-ahead sets at each
	// loop (Sync), which only serve recovery.
	if stmts, ok := parseSLL(src, sink); ok && len(sink.list.Errs) == 0 {
		return &File{Name: name, Stmts: stmts}, nil
	}
	sink = &errorSink{}
	p := newParser(src, sink, false)
	tree := p.File_()
	if len(sink.list.Errs) == 0 {
		b := &builder{sink: sink, ts: p.GetTokenStream(), sc: &scopes{}}
		f = &File{Name: name, Stmts: b.file(tree)}
	}
	if len(sink.list.Errs) > 0 {
		return nil, sink.result()
	}
	return f, nil
}

// parseSLL is Parse's first stage. It builds each top-level statement
// as soon as it is parsed and drops its parse tree (stmtBuilder), so a
// long program's tree is never whole in memory; ok is false at the first
// syntax error.
func parseSLL(src string, sink *errorSink) (stmts []Stmt, ok bool) {
	l := &stmtBuilder{}
	p := newParserWith(src, sink, false, l)
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeSLL)
	p.SetErrorHandler(bail{antlr.NewDefaultErrorStrategy()})
	l.b = &builder{sink: sink, ts: p.GetTokenStream(), sc: &scopes{}}
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bail); !isBail {
				panic(r)
			}
			stmts, ok = nil, false
		}
	}()
	p.File_()
	return l.out, true
}

// stmtBuilder is the parse listener of the SLL stage that builds the
// statements of the file as their rules end; it is also the stage's
// depth guard (one listener costs the parser half what two do).
type stmtBuilder struct {
	depthGuard
	b   *builder
	out []Stmt
}

// ExitEveryRule builds a statement of the file and takes its tree out
// of the file's.
func (l *stmtBuilder) ExitEveryRule(ctx antlr.ParserRuleContext) {
	l.open--
	s, ok := ctx.(*gen.StmtContext)
	if !ok {
		return
	}
	file, ok := s.GetParent().(*gen.File_Context)
	if !ok {
		return
	}
	l.out = append(l.out, l.b.stmt(s)...)
	file.RemoveLastChild()
}

// bail is the error strategy of the SLL stage, which stops at the first
// error (panicking with itself) and skips the look-ahead sets the default
// strategy computes at each loop (Sync) for its recovery: ANTLR's
// BailErrorStrategy, which in the Go runtime lets the parse go on.
type bail struct{ *antlr.DefaultErrorStrategy }

// Sync does nothing.
func (bail) Sync(antlr.Parser) {}

// Recover stops the parse.
func (b bail) Recover(antlr.Parser, antlr.RecognitionException) { panic(b) }

// RecoverInline stops the parse.
func (b bail) RecoverInline(antlr.Parser) antlr.Token { panic(b) }

// Compile is Parse followed by the checks CPython's compiler makes before
// anything runs ('return' outside function, 'break' outside loop,
// duplicate parameters, ...; see check.go): what python3 does with a
// program or a cell before running it.
func Compile(name, src string) (*File, error) {
	f, err := Parse(name, src)
	if err != nil {
		return nil, err
	}
	var l ErrorList
	checkFile(f.Stmts, &l)
	if len(l.Errs) > 0 {
		l.Sort()
		return nil, &l
	}
	return f, nil
}

// newParser makes a parser reading src, with sink as its only error
// listener and a depthGuard as its parse listener.
func newParser(src string, sink *errorSink, fieldMode bool) *gen.DcalcParser {
	return newParserWith(src, sink, fieldMode, &depthGuard{})
}

// newParserWith is newParser with another parse listener, which must
// guard the depth as depthGuard does.
func newParserWith(src string, sink *errorSink, fieldMode bool, l antlr.ParseTreeListener) *gen.DcalcParser {
	ts := newTokenSource(src, sink, fieldMode)
	sink.ts = ts
	// about one token per two bytes in typical source
	p := gen.NewDcalcParser(newTokStream(ts, len(src)/2+16))
	p.RemoveErrorListeners()
	p.AddErrorListener(sink)
	p.AddParseListener(l)
	return p
}

// maxRuleDepth bounds the nesting of parser rules. ANTLR's prediction
// costs time in proportion to the depth, so deeper input (thousands of
// unary operators or nested lambdas) would parse in quadratic time, and
// without a bound the recursive parser, AST builder, evaluator and
// printers could exhaust the Go stack. CPython gives up at a similar
// depth with "RecursionError: maximum recursion depth exceeded during
// compilation".
const maxRuleDepth = 3000

// tooDeep is the panic value that stops a parse whose nesting is too
// deep; Parse recovers it and returns the errors found so far.
type tooDeep struct{}

// depthGuard is a parse listener that panics with tooDeep when a rule is
// entered more than maxRuleDepth levels deep.
type depthGuard struct {
	antlr.BaseParseTreeListener
	// open counts rule entries not yet exited: never less than the depth
	// (a left-recursive rule's contexts are entered once each but wrap
	// one another at one level), so the ancestors need counting only
	// past the limit.
	open int
}

// EnterEveryRule counts the rule's ancestors when they might pass the
// limit.
func (g *depthGuard) EnterEveryRule(ctx antlr.ParserRuleContext) {
	if g.open++; g.open <= maxRuleDepth {
		return
	}
	d := 0
	for c := antlr.Tree(ctx); c != nil; c = c.GetParent() {
		if d++; d > maxRuleDepth {
			panic(tooDeep{})
		}
	}
}

// ExitEveryRule closes an entry.
func (g *depthGuard) ExitEveryRule(antlr.ParserRuleContext) { g.open-- }

// parseField parses the expression of an f-string replacement field whose
// text starts at start in the cell's source.
func (b *builder) parseField(text string, start Pos) Expr {
	shift := func(p Pos) Pos {
		if p.Line == 1 {
			return Pos{start.Line, start.Col + p.Col - 1}
		}
		return Pos{start.Line + p.Line - 1, p.Col}
	}
	sink := &errorSink{shift: shift}
	p := newParser(text, sink, true)
	tree := p.Fexpr()
	if len(sink.list.Errs) > 0 {
		b.sink.list.Errs = append(b.sink.list.Errs, sink.list.Errs[0])
		return nil
	}
	fb := &builder{sink: b.sink, shift: shift, sc: b.sc}
	return fb.starExprs(tree.Star_exprs())
}
