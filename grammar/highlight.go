package grammar

import (
	"unicode"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// TokenKind is what a piece of source is, for syntax highlighting.
type TokenKind int

// The kinds Tokens reports.
const (
	TokKeyword  TokenKind = iota + 1 // if, def, return, True, None ...
	TokName                          // an identifier
	TokNumber                        // 1, 2.5, 3j
	TokString                        // '...', f"...", unterminated ones too
	TokOperator                      // + ** == ( , ...
	TokComment                       // # to the end of the line
)

// Token is a piece of source: runes [Start, End) of the text given to
// Tokens.
type Token struct {
	Start, End int
	Kind       TokenKind
}

// Tokens splits src into the tokens a highlighter colours, with the
// scanner (no indentation processing; errors are ignored, so a
// line being typed can be coloured). Blanks are in no token.
func Tokens(src string) []Token {
	sc := newScanner(src)
	rs := []rune(src)
	var out []Token
	prev := 0 // end of the previous token: comments are in the gaps
	gap := func(end int) {
		for i := prev; i < end && i < len(rs); i++ {
			if rs[i] == '#' {
				j := i
				for j < end && rs[j] != '\n' && rs[j] != '\r' {
					j++
				}
				out = append(out, Token{i, j, TokComment})
				i = j
			}
		}
	}
	for {
		t := sc.next()
		if t.GetTokenType() == antlr.TokenEOF {
			break
		}
		start, end := t.GetStart(), t.GetStop()+1
		gap(start)
		prev = end
		if k := tokenKind(t.GetTokenType(), t.GetText()); k != 0 {
			out = append(out, Token{start, end, k})
		}
	}
	gap(len(rs))
	return out
}

// tokenKind classifies a lexer token: literal tokens made of letters are
// keywords, other literals operators.
func tokenKind(typ int, text string) TokenKind {
	switch typ {
	case gen.DcalcLexerINT, gen.DcalcLexerFLOAT, gen.DcalcLexerIMAG:
		return TokNumber
	case gen.DcalcLexerSTRING, gen.DcalcLexerUNTERMINATED_STRING, gen.DcalcLexerUNTERMINATED_LONG_STRING:
		return TokString
	case gen.DcalcLexerNAME:
		return TokName
	case gen.DcalcLexerNEWLINE, gen.DcalcLexerLINE_JOIN, gen.DcalcLexerWS, gen.DcalcLexerERROR_CHAR:
		return 0
	}
	if text != "" && unicode.IsLetter([]rune(text)[0]) {
		return TokKeyword
	}
	return TokOperator
}
