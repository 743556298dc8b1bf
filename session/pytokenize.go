package session

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Python's tokenize module as SymPy's parser uses it (CPython 3.11's
// pure-Python tokenizer): generate_tokens over one logical line and
// untokenize of (type, string) pairs. sympy_parser.go transforms the
// tokens between the two.

// tokKind is a token type of Python's token module; the numbers are
// CPython 3.11's, which a user's transformation sees.
type tokKind int

const (
	tkEnd     tokKind = 0  // ENDMARKER
	tkName    tokKind = 1  // NAME
	tkNumber  tokKind = 2  // NUMBER
	tkString  tokKind = 3  // STRING
	tkNewline tokKind = 4  // NEWLINE
	tkOp      tokKind = 54 // OP
	tkComment tokKind = 61 // COMMENT
	tkNL      tokKind = 62 // NL
	tkError   tokKind = 59 // ERRORTOKEN
)

// pyToken is one (type, string) pair of tokenize.
type pyToken struct {
	kind tokKind
	val  string
}

func op(s string) pyToken   { return pyToken{tkOp, s} }
func name(s string) pyToken { return pyToken{tkName, s} }

// tokenError is tokenize.TokenError: its args print as a tuple.
type tokenError struct{ msg string }

func (e *tokenError) Error() string { return e.msg }

// pyNumberRE is tokenize's Number: the imaginary, float and integer
// forms tried in that order (the first alternative that matches wins,
// as in Python's re).
var pyNumberRE = sync.OnceValue(func() *regexp.Regexp {
	digits := `[0-9](?:_?[0-9])*`
	exponent := `[eE][-+]?` + digits
	point := `(?:` + digits + `\.(?:` + digits + `)?|\.` + digits + `)(?:` + exponent + `)?`
	expf := digits + exponent
	float := `(?:` + point + `|` + expf + `)`
	imag := `(?:` + digits + `[jJ]|` + float + `[jJ])`
	integer := `(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0(?:_?0)*|[1-9](?:_?[0-9])*)`
	return regexp.MustCompile(`^(?:` + imag + `|` + float + `|` + integer + `)`)
})

// pyOperators are tokenize's exact token strings, longest first.
var pyOperators = []string{
	"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
	"/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "%", "&", "(", ")", "*", "+",
	",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
}

// pyStringRE matches a complete one-line string literal with its
// prefix.
var pyStringRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:(?:[rbuf]|br|rb|fr|rf)?)(?:'''(?s:.*?)'''|"""(?s:.*?)"""|'[^\n'\\]*(?:\\.[^\n'\\]*)*'|"[^\n"\\]*(?:\\.[^\n"\\]*)*")`)
})

// pyTokenize is tokenize.generate_tokens over s, which holds no
// newline (SymPy strips it and sympify removes newlines): the tokens,
// then NEWLINE and ENDMARKER. A bracket left open (or closed once too
// often) is CPython's TokenError at the end of input.
func pyTokenize(s string) ([]pyToken, error) {
	var toks []pyToken
	paren := 0
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f') {
			i++
		}
		if i >= len(s) {
			break
		}
		rest := s[i:]
		c := rest[0]
		if m := pyNumberRE().FindString(rest); m != "" {
			toks = append(toks, pyToken{tkNumber, m})
			i += len(m)
			continue
		}
		if c == '#' {
			toks = append(toks, pyToken{tkComment, rest})
			i = len(s)
			continue
		}
		if m := pyStringRE().FindString(rest); m != "" {
			toks = append(toks, pyToken{tkString, m})
			i += len(m)
			continue
		}
		if r, w := utf8.DecodeRuneInString(rest); isIdentStartRune(r) {
			j := w
			for j < len(rest) {
				r2, w2 := utf8.DecodeRuneInString(rest[j:])
				if !isIdentPart(r2) {
					break
				}
				j += w2
			}
			toks = append(toks, pyToken{tkName, rest[:j]})
			i += j
			continue
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) {
			// \w matches it but it starts no identifier: an OP
			j := w
			for j < len(rest) {
				r2, w2 := utf8.DecodeRuneInString(rest[j:])
				if !isIdentPart(r2) && !unicode.IsNumber(r2) {
					break
				}
				j += w2
			}
			toks = append(toks, op(rest[:j]))
			i += j
			continue
		}
		matched := false
		for _, o := range pyOperators {
			if strings.HasPrefix(rest, o) {
				switch o[0] {
				case '(', '[', '{':
					paren++
				case ')', ']', '}':
					paren--
				}
				toks = append(toks, op(o))
				i += len(o)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		_, w := utf8.DecodeRuneInString(rest)
		toks = append(toks, pyToken{tkError, rest[:w]})
		i += w
	}
	if paren != 0 {
		return nil, &tokenError{"('EOF in multi-line statement', (2, 0))"}
	}
	if len(s) > 0 {
		if toks[len(toks)-1].kind == tkComment {
			toks = append(toks, pyToken{tkNL, ""})
		} else {
			toks = append(toks, pyToken{tkNewline, ""})
		}
	}
	return append(toks, pyToken{tkEnd, ""}), nil
}

func isIdentStartRune(r rune) bool { return r == '_' || unicode.IsLetter(r) }

func isIdentPart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// pyUntokenize is tokenize.untokenize of (type, string) pairs (its
// compat mode): a space after each name and number, one between two
// adjacent strings.
func pyUntokenize(toks []pyToken) string {
	var b strings.Builder
	prevString := false
	for _, t := range toks {
		v := t.val
		if t.kind == tkName || t.kind == tkNumber {
			v += " "
		}
		if t.kind == tkString {
			if prevString {
				v = " " + v
			}
			prevString = true
		} else {
			prevString = false
		}
		b.WriteString(v)
	}
	return b.String()
}
