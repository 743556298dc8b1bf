package grammar

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// tokenSource turns the scanner's raw tokens into the token stream the
// parser expects, the way CPython's tokenizer does:
//
//   - NEWLINE is dropped inside (), [] and {}, on blank lines and on
//     comment-only lines;
//   - a backslash followed by a newline joins lines;
//   - INDENT and DEDENT come from a stack of indentation widths (a tab
//     advances to the next multiple of 8, a form feed resets the width);
//   - at EOF a NEWLINE ends an unfinished logical line and DEDENTs close
//     the open blocks.
//
// It reports lexical errors (bad characters, unterminated strings, bad
// brackets, bad dedents, bad number literals) to the sink.
type tokenSource struct {
	// TokenSource is nil: it only supplies the interface's unexported
	// method, which ANTLR calls when a parser's token factory is set
	// (never here).
	antlr.TokenSource
	scan      *scanner
	lines     []string // source lines, for indentation widths
	sink      *errorSink
	fieldMode bool // f-string replacement field: no NEWLINE, INDENT, DEDENT

	queue       []antlr.Token // tokens for the parser, from head on
	head        int
	peeked      antlr.Token
	indents     []int
	brackets    []antlr.Token
	atLineStart bool
	lastNL      antlr.Token // last NEWLINE handed to the parser
	sawEOF      bool
	eofDedents  []antlr.Token // DEDENTs that close blocks still open at EOF

	// nest estimates how deeply the parser will nest: prefix operators
	// in operand position and lambdas since the last ',' or ';', plus
	// the estimate saved at each open bracket (nestAt).
	nest    int
	nestAt  []int
	operand bool // the previous token ends an operand
	// pow counts the '**' of the power chain being read (a**b**c...),
	// which nests to the right like prefix operators.
	pow int
	// chain counts the left-associative binary operators of the
	// expression being read (1+1+...), chainAt saves it at each open
	// bracket.
	chain   int
	chainAt []int
}

func newTokenSource(src string, sink *errorSink, fieldMode bool) *tokenSource {
	return &tokenSource{
		scan:        newScanner(src),
		lines:       strings.Split(src, "\n"),
		sink:        sink,
		fieldMode:   fieldMode,
		indents:     []int{0},
		atLineStart: true,
	}
}

// tokPos converts an ANTLR token's 1-based line and 0-based code-point
// column to a Pos.
func tokPos(t antlr.Token) Pos { return Pos{t.GetLine(), t.GetColumn() + 1} }

func (s *tokenSource) raw() antlr.Token {
	if t := s.peeked; t != nil {
		s.peeked = nil
		return t
	}
	return s.lex()
}

func (s *tokenSource) peek() antlr.Token {
	if s.peeked == nil {
		s.peeked = s.lex()
	}
	return s.peeked
}

// lex returns the scanner's next token.
func (s *tokenSource) lex() antlr.Token { return s.scan.next() }

// synth makes a token that is not in the source, placed at at.
func (s *tokenSource) synth(ttype int, text string, at antlr.Token) antlr.Token {
	return s.scan.newTok(ttype, at.GetStart(), at.GetStart()-1, at.GetLine(), at.GetColumn(), text)
}

// GetTokenFactory returns ANTLR's default factory, with which error
// recovery conjures missing tokens.
func (s *tokenSource) GetTokenFactory() antlr.TokenFactory { return antlr.CommonTokenFactoryDEFAULT }

// GetLine returns the scanner's line.
func (s *tokenSource) GetLine() int { return s.scan.line }

// GetCharPositionInLine returns the scanner's column.
func (s *tokenSource) GetCharPositionInLine() int { return s.scan.col }

// GetInputStream returns nil: the scanner reads a string.
func (s *tokenSource) GetInputStream() antlr.CharStream { return nil }

// GetSourceName returns the empty name.
func (s *tokenSource) GetSourceName() string { return "" }

// Skip does nothing: skipping is the scanner's.
func (s *tokenSource) Skip() {}

// More does nothing.
func (s *tokenSource) More() {}

// NextToken returns the next token for the parser.
func (s *tokenSource) NextToken() antlr.Token {
	if s.head == len(s.queue) {
		// reuse the queue's array: fill usually queues one token
		s.queue, s.head = s.queue[:0], 0
		s.fill()
	}
	t := s.queue[s.head]
	s.head++
	return t
}

func (s *tokenSource) fill() {
	for {
		t := s.raw()
		switch t.GetTokenType() {
		case gen.DcalcLexerNEWLINE:
			if s.fieldMode || len(s.brackets) > 0 || s.atLineStart {
				continue
			}
			s.atLineStart = true
			s.nest, s.operand, s.pow, s.chain = 0, false, 0, 0
			s.lastNL = t
			s.queue = append(s.queue, t)
			return

		case gen.DcalcLexerLINE_JOIN:
			text := t.GetText()
			after := Pos{t.GetLine(), t.GetColumn() + 2}
			if s.peek().GetTokenType() == antlr.TokenEOF {
				s.sink.incompleteAt(after, "unexpected EOF while parsing")
			} else if !strings.HasSuffix(text, "\n") && !strings.HasSuffix(text, "\r") {
				s.sink.add(after, "SyntaxError", "unexpected character after line continuation character")
			}
			continue

		case antlr.TokenEOF:
			s.sawEOF = true
			if n := len(s.brackets); n > 0 {
				b := s.brackets[n-1]
				s.sink.incompleteAt(tokPos(b), fmt.Sprintf("'%s' was never closed", b.GetText()))
			}
			if !s.fieldMode {
				if !s.atLineStart {
					nl := s.synth(gen.DcalcLexerNEWLINE, "\n", t)
					s.lastNL = nl
					s.queue = append(s.queue, nl)
				}
				for len(s.indents) > 1 {
					s.indents = s.indents[:len(s.indents)-1]
					d := s.synth(gen.DcalcParserDEDENT, "<DEDENT>", t)
					s.eofDedents = append(s.eofDedents, d)
					s.queue = append(s.queue, d)
				}
			}
			s.queue = append(s.queue, t)
			return

		case gen.DcalcLexerUNTERMINATED_STRING:
			s.sink.add(tokPos(t), "SyntaxError",
				fmt.Sprintf("unterminated string literal (detected at line %d)", t.GetLine()))
			continue

		case gen.DcalcLexerUNTERMINATED_LONG_STRING:
			// a final newline ends the last line rather than starting one
			end := t.GetLine() + strings.Count(strings.TrimSuffix(t.GetText(), "\n"), "\n")
			s.sink.incompleteAt(tokPos(t),
				fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", end))
			continue

		case gen.DcalcLexerERROR_CHAR:
			s.badChar(tokPos(t), []rune(t.GetText())[0])
			continue

		case gen.DcalcLexerNAME:
			if i, r := badNameRune(t.GetText()); i >= 0 {
				p := tokPos(t)
				p.Col += i
				s.badChar(p, r)
			}
		}

		if !s.fieldMode && s.atLineStart && len(s.brackets) == 0 {
			s.atLineStart = false
			s.indent(t)
		}
		s.bracket(t)
		s.nesting(t)
		s.number(t)
		s.queue = append(s.queue, t)
		return
	}
}

// badChar reports the character r at p, which no token may hold.
func (s *tokenSource) badChar(p Pos, r rune) {
	switch {
	case !unicode.IsPrint(r):
		// CPython's tokenizer: str.isprintable() decides, which
		// matches unicode.IsPrint (no Cc, Cf, Z* but space).
		s.sink.badCharAt(p, fmt.Sprintf("invalid non-printable character U+%04X", r))
	case r >= 0x80:
		s.sink.badCharAt(p, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
	default:
		s.sink.add(p, "SyntaxError", "invalid syntax")
	}
}

// Python's identifier classes (the language reference's "Identifiers and
// keywords", without Other_ID_Start and Other_ID_Continue as before):
// the grammar lets any non-ASCII character into a NAME and leaves the
// check to badNameRune.
var (
	idStart    = []*unicode.RangeTable{unicode.L, unicode.Nl}
	idContinue = []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc}
)

// badNameRune returns the code-point index and value of the first
// character of name that cannot be in an identifier at its place, or -1.
func badNameRune(name string) (int, rune) {
	i := 0
	for _, r := range name {
		if r >= 0x80 {
			classes := idContinue
			if i == 0 {
				classes = idStart
			}
			if !unicode.IsOneOf(classes, r) {
				return i, r
			}
		}
		i++
	}
	return -1, 0
}

// indent queues the INDENT or DEDENTs due before t, the first token of a
// logical line.
func (s *tokenSource) indent(t antlr.Token) {
	w := 0
	if l := t.GetLine() - 1; l < len(s.lines) {
		for _, c := range s.lines[l] {
			if c == ' ' {
				w++
			} else if c == '\t' {
				w = (w/8 + 1) * 8
			} else if c == '\f' {
				w = 0
			} else {
				break
			}
		}
	}
	top := s.indents[len(s.indents)-1]
	switch {
	case w > top:
		s.indents = append(s.indents, w)
		s.queue = append(s.queue, s.synth(gen.DcalcParserINDENT, "<INDENT>", t))
	case w < top:
		for w < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.queue = append(s.queue, s.synth(gen.DcalcParserDEDENT, "<DEDENT>", t))
		}
		if w != s.indents[len(s.indents)-1] {
			// CPython's offset is one past the end of the line
			p := tokPos(t)
			if l := p.Line - 1; l >= 0 && l < len(s.lines) {
				p.Col = runeLen(strings.TrimRight(s.lines[l], "\r\n")) + 1
			}
			s.sink.add(p, "IndentationError", "unindent does not match any outer indentation level")
			s.indents = append(s.indents, w)
		}
	}
}

var closerOf = map[string]string{"(": ")", "[": "]", "{": "}"}

// maxBrackets is CPython's tokenizer limit on open brackets (MAXLEVEL).
const maxBrackets = 200

// bracket tracks the open brackets and reports unmatched closers.
func (s *tokenSource) bracket(t antlr.Token) {
	text := t.GetText()
	switch text {
	case "(", "[", "{":
		if len(s.brackets) >= maxBrackets {
			s.sink.add(tokPos(t), "SyntaxError", "too many nested parentheses")
			panic(tooDeep{})
		}
		s.brackets = append(s.brackets, t)
	case ")", "]", "}":
		n := len(s.brackets)
		if n == 0 {
			s.sink.add(tokPos(t), "SyntaxError", fmt.Sprintf("unmatched '%s'", text))
			return
		}
		open := s.brackets[n-1]
		s.brackets = s.brackets[:n-1]
		if closerOf[open.GetText()] != text {
			msg := fmt.Sprintf("closing parenthesis '%s' does not match opening parenthesis '%s'", text, open.GetText())
			if open.GetLine() != t.GetLine() {
				msg += fmt.Sprintf(" on line %d", open.GetLine())
			}
			s.sink.add(tokPos(t), "SyntaxError", msg)
		}
	}
}

// number reports a number literal directly followed by a name or another
// number, such as 3x, 1_ or 08.
func (s *tokenSource) number(t antlr.Token) {
	tt := t.GetTokenType()
	if tt != gen.DcalcLexerINT && tt != gen.DcalcLexerFLOAT && tt != gen.DcalcLexerIMAG {
		return
	}
	n := s.peek()
	if n.GetStart() != t.GetStop()+1 {
		return
	}
	text := strings.ToLower(t.GetText())
	switch n.GetTokenType() {
	case gen.DcalcLexerNAME:
		if i, _ := badNameRune(n.GetText()); i == 0 {
			return // not a name: the invalid character is reported
		}
		// 0b2, 0o8: CPython names the digit that does not belong
		if name := strings.ToLower(n.GetText()); text == "0" && len(name) > 1 && (name[0] == 'b' || name[0] == 'o') && name[1] >= '0' && name[1] <= '9' {
			base := map[byte]string{'b': "binary", 'o': "octal"}[name[0]]
			s.sink.numberAt(Pos{n.GetLine(), n.GetColumn() + 2}, fmt.Sprintf("invalid digit '%c' in %s literal", name[1], base))
			return
		}
		kind := "decimal"
		if tt == gen.DcalcLexerINT && len(text) > 1 && text[0] == '0' {
			switch text[1] {
			case 'x':
				kind = "hexadecimal"
			case 'o':
				kind = "octal"
			case 'b':
				kind = "binary"
			}
		}
		// CPython's tokenizer reads an underscore into the number and
		// reports at it; otherwise at the number's last character
		at := Pos{t.GetLine(), t.GetColumn() + runeLen(t.GetText())}
		if strings.HasPrefix(n.GetText(), "_") {
			at = tokPos(n)
		}
		s.sink.numberAt(at, fmt.Sprintf("invalid %s literal", kind))
	case gen.DcalcLexerINT, gen.DcalcLexerFLOAT, gen.DcalcLexerIMAG:
		switch {
		case tt == gen.DcalcLexerINT && text[0] == '0' && !strings.ContainsAny(text, "xob"):
			s.sink.add(tokPos(t), "SyntaxError",
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		case tt == gen.DcalcLexerINT && len(text) > 1 && (text[1] == 'b' || text[1] == 'o') && n.GetTokenType() == gen.DcalcLexerINT:
			// 0b12, 0o78: the first digit that does not belong
			base := map[byte]string{'b': "binary", 'o': "octal"}[text[1]]
			s.sink.numberAt(tokPos(n), fmt.Sprintf("invalid digit '%c' in %s literal", n.GetText()[0], base))
		case tt == gen.DcalcLexerIMAG:
			// 1.5j2: at the j
			s.sink.numberAt(Pos{t.GetLine(), t.GetColumn() + runeLen(t.GetText())}, "invalid imaginary literal")
		default:
			s.sink.add(tokPos(n), "SyntaxError", "invalid syntax")
		}
	}
}

// maxNest bounds nest. ANTLR's prediction may simulate a whole nested
// expression at once (to tell a call argument from a generator, say), in
// time that grows with the square of its depth, so thousands of nested
// unary operators or lambdas would seem to hang. CPython refuses such
// input from about 2,500 levels ("maximum recursion depth exceeded
// during compilation", or MemoryError for a chain of '**'); 1,000 keeps
// the refusal under a fifth of a second.
const maxNest = 1000

// maxChain is CPython 3.11's limit on a chain of binary operators: 2,999
// operands compile, 3,000 raise RecursionError during compilation (the
// compiler recurses into the left-nested BinOp). Without it a syntax
// error at the end of a long chain sent ANTLR's full-LL retry into
// seconds of quadratic prediction.
const maxChain = 2999

// binaryOps are the left-associative binary operators that nest to the
// left in the syntax tree.
var binaryOps = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "//": true, "%": true, "@": true,
	"<<": true, ">>": true, "&": true, "|": true, "^": true,
}

// nesting updates the nesting estimate with t and stops the parse with
// a RecursionError when it passes maxNest.
func (s *tokenSource) nesting(t antlr.Token) {
	operand := false
	if s.operand && binaryOps[t.GetText()] {
		s.chain++
		if s.chain >= maxChain {
			s.sink.add(Pos{}, "RecursionError", "maximum recursion depth exceeded during compilation")
			panic(tooDeep{})
		}
	}
	if text := t.GetText(); text == "**" {
		s.pow++
	} else if s.operand {
		s.pow = 0 // an operator other than '**' after an operand ends the chain
	}
	switch text := t.GetText(); t.GetTokenType() {
	case gen.DcalcLexerNAME, gen.DcalcLexerINT, gen.DcalcLexerFLOAT, gen.DcalcLexerIMAG, gen.DcalcLexerSTRING:
		operand = true
	default:
		switch text {
		case "(", "[", "{":
			s.nestAt = append(s.nestAt, s.nest)
			s.chainAt = append(s.chainAt, s.chain)
			s.nest++
			s.chain = 0
		case ")", "]", "}":
			if n := len(s.nestAt); n > 0 {
				s.nest = s.nestAt[n-1]
				s.nestAt = s.nestAt[:n-1]
			}
			if n := len(s.chainAt); n > 0 {
				s.chain = s.chainAt[n-1]
				s.chainAt = s.chainAt[:n-1]
			}
			operand = true
		case ",", ";":
			s.chain = 0
			if n := len(s.nestAt); n > 0 {
				s.nest = s.nestAt[n-1] + 1
			} else {
				s.nest = 0
			}
		case "True", "False", "None", "...":
			operand = true
		case "-", "+", "~", "not":
			if !s.operand {
				s.nest++
			}
		case "lambda":
			s.nest++
		}
	}
	s.operand = operand
	if s.nest+s.pow > maxNest {
		s.sink.add(Pos{}, "RecursionError", "maximum recursion depth exceeded during compilation")
		panic(tooDeep{})
	}
}
