package grammar

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// scanner splits source text into the raw tokens of Dcalc.g4's lexer
// rules, as the generated lexer would: the longest match of any rule at
// each point, the rule listed first on a tie (literal tokens before
// INT ... ERROR_CHAR), WS and COMMENT skipped. It is hand-written
// because the generated lexer costs an ATN at start-up and a DFA walk,
// a lock and a CommonToken per token; TestScannerMatchesGrammar checks
// it against the generated one. Positions are ANTLR's: code-point
// indices, 1-based lines counted at '\n', 0-based columns in code points.
type scanner struct {
	src  string
	off  int // byte offset of the next character
	idx  int // code-point index of the next character
	line int
	col  int
	slab []tok // tokens are allocated in blocks
}

func newScanner(src string) *scanner {
	if !utf8.ValidString(src) {
		// as ANTLR's input stream: each invalid byte is U+FFFD
		src = string([]rune(src))
	}
	return &scanner{src: src, line: 1}
}

// tok is a token of the scanner or the token source: antlr.Token with
// the fields the parser reads and nothing else.
type tok struct {
	text                          string
	ttype                         int32
	start, stop, line, col, index int32
	pair                          *antlr.TokenSourceCharStreamPair
}

// noPair is every tok's token-source pair: ANTLR's error recovery makes
// its conjured tokens from it and needs no more than its existence.
var noPair = &antlr.TokenSourceCharStreamPair{}

// GetSource returns an empty token-source pair.
func (t *tok) GetSource() *antlr.TokenSourceCharStreamPair { return noPair }

// GetTokenType returns the token type.
func (t *tok) GetTokenType() int { return int(t.ttype) }

// GetChannel returns the default channel: skipped text makes no tokens.
func (t *tok) GetChannel() int { return antlr.TokenDefaultChannel }

// GetStart returns the code-point index of the first character.
func (t *tok) GetStart() int { return int(t.start) }

// GetStop returns the code-point index of the last character.
func (t *tok) GetStop() int { return int(t.stop) }

// GetLine returns the 1-based line.
func (t *tok) GetLine() int { return int(t.line) }

// GetColumn returns the 0-based column in code points.
func (t *tok) GetColumn() int { return int(t.col) }

// GetText returns the text.
func (t *tok) GetText() string { return t.text }

// SetText replaces the text.
func (t *tok) SetText(s string) { t.text = s }

// GetTokenIndex returns the index in the token stream.
func (t *tok) GetTokenIndex() int { return int(t.index) }

// SetTokenIndex sets the index in the token stream.
func (t *tok) SetTokenIndex(v int) { t.index = int32(v) }

// GetTokenSource returns nil: tokens do not point back at their source.
func (t *tok) GetTokenSource() antlr.TokenSource { return nil }

// GetInputStream returns nil: a tok holds its text.
func (t *tok) GetInputStream() antlr.CharStream { return nil }

// String returns the text.
func (t *tok) String() string { return t.text }

// newTok allocates a token from the scanner's block.
func (s *scanner) newTok(ttype, start, stop, line, col int, text string) *tok {
	if len(s.slab) == 0 {
		s.slab = make([]tok, 128)
	}
	t := &s.slab[0]
	s.slab = s.slab[1:]
	*t = tok{text: text, ttype: int32(ttype), start: int32(start), stop: int32(stop),
		line: int32(line), col: int32(col), index: -1, pair: noPair}
	return t
}

// literals maps the text of each literal token of the grammar ('if',
// '**=', ...) to its type, and RESERVED's words to RESERVED.
var literals = sync.OnceValue(func() map[string]int {
	gen.DcalcParserInit()
	m := map[string]int{"yield": gen.DcalcParserRESERVED, "await": gen.DcalcParserRESERVED, "async": gen.DcalcParserRESERVED}
	for i, n := range gen.DcalcParserStaticData.LiteralNames {
		if len(n) > 2 && n[0] == '\'' {
			m[n[1:len(n)-1]] = i
		}
	}
	m[":="] = gen.DcalcParserWALRUS
	m["->"] = gen.DcalcParserARROW
	return m
})

// next returns the next token, EOF at the end.
func (s *scanner) next() *tok {
	lits := literals()
	for {
		if s.off >= len(s.src) {
			return s.newTok(antlr.TokenEOF, s.idx, s.idx-1, s.line, s.col, "<EOF>")
		}
		n, typ := s.match(lits)
		if typ == gen.DcalcLexerWS || typ == gen.DcalcLexerCOMMENT {
			s.advance(n)
			continue
		}
		start, line, col := s.idx, s.line, s.col
		text := s.src[s.off : s.off+n]
		s.advance(n)
		return s.newTok(typ, start, s.idx-1, line, col, text)
	}
}

// advance moves past n bytes, counting lines and columns.
func (s *scanner) advance(n int) {
	end := s.off + n
	for s.off < end {
		c := s.src[s.off]
		if c < utf8.RuneSelf {
			s.off++
		} else {
			_, w := utf8.DecodeRuneInString(s.src[s.off:])
			s.off += w
		}
		s.idx++
		if c == '\n' {
			s.line++
			s.col = 0
		} else {
			s.col++
		}
	}
}

// match returns the byte length and type of the token at s.off.
func (s *scanner) match(lits map[string]int) (int, int) {
	src, i := s.src, s.off
	c := src[i]
	switch {
	case c == ' ' || c == '\t' || c == '\f':
		j := i + 1
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\f') {
			j++
		}
		return j - i, gen.DcalcLexerWS
	case c == '#':
		j := i + 1
		for j < len(src) && src[j] != '\n' && src[j] != '\r' {
			j++
		}
		return j - i, gen.DcalcLexerCOMMENT
	case c == '\n':
		return 1, gen.DcalcLexerNEWLINE
	case c == '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			return 2, gen.DcalcLexerNEWLINE
		}
		return 1, gen.DcalcLexerNEWLINE
	case c == '\\':
		j := i + 1
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\f') {
			j++
		}
		if j < len(src) && src[j] == '\r' {
			j++
			if j < len(src) && src[j] == '\n' {
				j++
			}
		} else if j < len(src) && src[j] == '\n' {
			j++
		}
		return j - i, gen.DcalcLexerLINE_JOIN
	case c == '\'' || c == '"':
		return stringToken(src, i, i)
	case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
		return numberToken(src, i)
	case isNameStart(c):
		j := nameEnd(src, i)
		if q := stringPrefixEnd(src, i); q > 0 {
			return stringToken(src, i, q)
		}
		if t, ok := lits[src[i:j]]; ok {
			return j - i, t
		}
		return j - i, gen.DcalcLexerNAME
	}
	for n := 3; n > 0; n-- {
		if i+n <= len(src) {
			if t, ok := lits[src[i:i+n]]; ok {
				return n, t
			}
		}
	}
	_, w := utf8.DecodeRuneInString(src[i:])
	return w, gen.DcalcLexerERROR_CHAR
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isNameStart reports whether c starts a NAME: ID_START, where any
// non-ASCII character counts (lexer.go checks those).
func isNameStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

// nameEnd returns the end of the NAME starting at i.
func nameEnd(src string, i int) int {
	for i < len(src) && (isNameStart(src[i]) || isDigit(src[i])) {
		i++
	}
	return i
}

// stringPrefixEnd returns the offset of the quote after a string prefix
// (STR_PREFIX) at i, or 0 when no quote follows one.
func stringPrefixEnd(src string, i int) int {
	quote := func(j int) bool { return j < len(src) && (src[j] == '\'' || src[j] == '"') }
	one := func(c byte) bool { return strings.IndexByte("rRbBuUfF", c) >= 0 }
	if one(src[i]) && quote(i+1) {
		return i + 1
	}
	if i+1 < len(src) && quote(i+2) {
		a, b := src[i]|0x20, src[i+1]|0x20
		if a == 'r' && (b == 'b' || b == 'f') || (a == 'b' || a == 'f') && b == 'r' {
			return i + 2
		}
	}
	return 0
}

// stringToken returns the length and type of the string literal at i
// whose opening quote is at q: STRING when it is closed, else
// UNTERMINATED_STRING or UNTERMINATED_LONG_STRING.
func stringToken(src string, i, q int) (int, int) {
	quote := src[q]
	if q+2 < len(src) && src[q+1] == quote && src[q+2] == quote {
		// a triple quote: the unterminated form is at least as long as
		// any short string ('' is one)
		if end := longStringEnd(src, q+3, quote); end >= 0 {
			return end - i, gen.DcalcLexerSTRING
		}
		return unterminatedLongEnd(src, q+3, quote) - i, gen.DcalcLexerUNTERMINATED_LONG_STRING
	}
	// a short string: escapes and any character but its quote and line
	// ends
	j := q + 1
	for j < len(src) {
		c := src[j]
		if c == '\\' && j+1 < len(src) {
			j += escapeLen(src, j)
			continue
		}
		if c == '\\' || c == quote || c == '\r' || c == '\n' {
			break
		}
		j++
	}
	if j < len(src) && src[j] == quote {
		return j + 1 - i, gen.DcalcLexerSTRING
	}
	return j - i, gen.DcalcLexerUNTERMINATED_STRING
}

// escapeLen is the byte length of the backslash at j and the character
// after it ('\\' . in the grammar).
func escapeLen(src string, j int) int {
	_, w := utf8.DecodeRuneInString(src[j+1:])
	return 1 + w
}

// longStringEnd returns the end of the triple-quoted string whose body
// starts at j (after the first unescaped closing quotes), or -1.
func longStringEnd(src string, j int, quote byte) int {
	for j < len(src) {
		switch c := src[j]; {
		case c == '\\':
			if j+1 >= len(src) {
				return -1
			}
			j += escapeLen(src, j)
		case c == quote && j+2 < len(src) && src[j+1] == quote && src[j+2] == quote:
			return j + 3
		default:
			j++
		}
	}
	return -1
}

// unterminatedLongEnd returns the end of UNTERMINATED_LONG_STRING's
// match with its body starting at j: escapes, other characters, and one
// or two quotes when an escape or another character follows them; then
// one or two final quotes.
func unterminatedLongEnd(src string, j int, quote byte) int {
	plain := func(k int) int { // length of '\\' . | ~[quote\\] at k, or 0
		switch {
		case k >= len(src):
			return 0
		case src[k] == '\\':
			if k+1 >= len(src) {
				return 0
			}
			return escapeLen(src, k)
		case src[k] == quote:
			return 0
		}
		return 1
	}
	for {
		if n := plain(j); n > 0 {
			j += n
			continue
		}
		k := j
		for k < len(src) && k-j < 2 && src[k] == quote {
			k++
		}
		if k == j {
			return j
		}
		if n := plain(k); n > 0 {
			j = k + n
			continue
		}
		return k // the final quotes
	}
}

// numberToken returns the length and type of the longest of INT, FLOAT
// and IMAG at i (the earlier rule on a tie).
func numberToken(src string, i int) (int, int) {
	best, typ := 0, 0
	try := func(end, t int) {
		if end-i > best {
			best, typ = end-i, t
		}
	}
	try(intEnd(src, i), gen.DcalcLexerINT)
	p0 := digitPartEnd(src, i)
	p1 := pointFloatEnd(src, i)
	f := p1
	for _, m := range []int{p1, p0} {
		if e := exponentEnd(src, m); m > i && e > m && e > f {
			f = e
			break
		}
	}
	try(f, gen.DcalcLexerFLOAT)
	for _, m := range []int{f, p1, p0} {
		if m > i && m < len(src) && (src[m] == 'j' || src[m] == 'J') {
			try(m+1, gen.DcalcLexerIMAG)
			break
		}
	}
	return best, typ
}

// digitsEnd returns the end of digit ('_'? digit)* at i, digits being
// those ok accepts, or i when no digit is at i.
func digitsEnd(src string, i int, ok func(byte) bool) int {
	if i >= len(src) || !ok(src[i]) {
		return i
	}
	i++
	for i < len(src) {
		if ok(src[i]) {
			i++
		} else if src[i] == '_' && i+1 < len(src) && ok(src[i+1]) {
			i += 2
		} else {
			break
		}
	}
	return i
}

// digitPartEnd is DIGIT_PART's end at i, or i.
func digitPartEnd(src string, i int) int { return digitsEnd(src, i, isDigit) }

// intEnd is the end of INT's longest match at i, or i.
func intEnd(src string, i int) int {
	c := src[i]
	if c != '0' {
		return digitPartEnd(src, i)
	}
	if i+1 < len(src) {
		var ok func(byte) bool
		switch src[i+1] | 0x20 {
		case 'x':
			ok = func(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
		case 'o':
			ok = func(c byte) bool { return '0' <= c && c <= '7' }
		case 'b':
			ok = func(c byte) bool { return c == '0' || c == '1' }
		}
		if ok != nil {
			// '0' [xX] ('_'? digit)+: the first digit may follow an underscore
			j := i + 2
			if j < len(src) && src[j] == '_' {
				j++
			}
			if e := digitsEnd(src, j, ok); e > j {
				return e
			}
			return i + 1
		}
	}
	// '0'+ ('_'? '0')*
	j := i
	for j < len(src) && src[j] == '0' {
		j++
	}
	return digitsEnd(src, j-1, func(c byte) bool { return c == '0' })
}

// pointFloatEnd is POINT_FLOAT's longest end at i, or i.
func pointFloatEnd(src string, i int) int {
	d := digitPartEnd(src, i)
	if d >= len(src) || src[d] != '.' {
		return i
	}
	if e := digitPartEnd(src, d+1); e > d+1 {
		return e
	}
	if d > i {
		return d + 1
	}
	return i
}

// exponentEnd is the end of [eE] [+-]? DIGIT_PART after a mantissa
// ending at m (m > i), or m when none follows.
func exponentEnd(src string, m int) int {
	if m >= len(src) || src[m]|0x20 != 'e' {
		return m
	}
	j := m + 1
	if j < len(src) && (src[j] == '+' || src[j] == '-') {
		j++
	}
	if e := digitPartEnd(src, j); e > j {
		return e
	}
	return m
}
