package grammar

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/antlr4-go/antlr/v4"
	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// strLit is one STRING token taken apart.
type strLit struct {
	raw, bytes, f bool
	body          []rune
	pos           []Pos // position of each rune of body, and one past the end
}

func (b *builder) splitString(t antlr.Token) strLit {
	text := []rune(t.GetText())
	var s strLit
	i := 0
	for ; text[i] != '\'' && text[i] != '"'; i++ {
		switch text[i] {
		case 'r', 'R':
			s.raw = true
		case 'b', 'B':
			s.bytes = true
		case 'f', 'F':
			s.f = true
		}
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	p := Pos{t.GetLine(), t.GetColumn() + 1}
	for j := 0; j < i+q; j++ {
		p.Col++
	}
	s.body = text[i+q : len(text)-q]
	for _, r := range s.body {
		s.pos = append(s.pos, p)
		if r == '\n' {
			p = Pos{p.Line + 1, 1}
		} else {
			p.Col++
		}
	}
	s.pos = append(s.pos, p)
	if b.shift != nil {
		for k := range s.pos {
			s.pos[k] = b.shift(s.pos[k])
		}
	}
	return s
}

// strings builds adjacent string literals: a StringLit, or an FString when
// one of them is an f-string.
func (b *builder) strings(toks []antlr.Token) Expr {
	start, end := b.pos(toks[0]), b.end(toks[len(toks)-1])
	b.strErr = b.afterStrings(toks[len(toks)-1])
	var lits []strLit
	anyF, anyBytes, allBytes := false, false, true
	for _, t := range toks {
		s := b.splitString(t)
		lits = append(lits, s)
		anyF = anyF || s.f
		anyBytes = anyBytes || s.bytes
		allBytes = allBytes && s.bytes
	}
	if anyBytes && !allBytes {
		b.stringError("cannot mix bytes and nonbytes literals")
	}
	if !anyF {
		var sb strings.Builder
		for _, s := range lits {
			sb.WriteString(decodeString(string(s.body), s.raw, s.bytes))
		}
		return &StringLit{ValuePos: start, EndPos: end, Value: sb.String(), Bytes: allBytes}
	}
	fs := &FString{StartPos: start, EndPos: end}
	for _, s := range lits {
		var parts []*FStringPart
		if s.f {
			parts, _ = b.fstring(s, 0, false)
		} else {
			parts = []*FStringPart{{Lit: decodeString(string(s.body), s.raw, false)}}
		}
		for _, p := range parts {
			// Merge adjacent text parts.
			if n := len(fs.Parts); p.Expr == nil && n > 0 && fs.Parts[n-1].Expr == nil {
				fs.Parts[n-1].Lit += p.Lit
				continue
			}
			if p.Expr == nil && p.Lit == "" {
				continue
			}
			fs.Parts = append(fs.Parts, p)
		}
	}
	return fs
}

// fstring splits the f-string body s.body[i:] into text parts and
// replacement fields. Inside a format spec (inSpec) it stops at the '}'
// that closes the field and returns its index.
func (b *builder) fstring(s strLit, i int, inSpec bool) ([]*FStringPart, int) {
	var parts []*FStringPart
	var lit []rune
	flush := func() {
		if len(lit) > 0 {
			parts = append(parts, &FStringPart{Lit: decodeString(string(lit), s.raw, false)})
			lit = nil
		}
	}
	body := s.body
	for i < len(body) {
		c := body[i]
		switch {
		case c == '{' && i+1 < len(body) && body[i+1] == '{' && !inSpec:
			lit = append(lit, '{')
			i += 2
		case c == '}' && inSpec:
			flush()
			return parts, i
		case c == '}' && i+1 < len(body) && body[i+1] == '}':
			lit = append(lit, '}')
			i += 2
		case c == '}':
			b.stringError("f-string: single '}' is not allowed")
			return parts, len(body)
		case c == '{':
			flush()
			var p *FStringPart
			p, i = b.field(s, i+1)
			if p == nil {
				return parts, len(body)
			}
			parts = append(parts, p)
		default:
			lit = append(lit, c)
			i++
		}
	}
	flush()
	if inSpec {
		b.stringError("f-string: expecting '}'")
	}
	return parts, i
}

// field parses the replacement field starting at s.body[i], just after its
// '{', and returns it and the index after its '}'. It returns nil after
// reporting an error.
func (b *builder) field(s strLit, i int) (*FStringPart, int) {
	body := s.body
	start := i
	depth := 0
	var quote []rune
	j := i
scan:
	for ; j < len(body); j++ {
		c := body[j]
		next := rune(0)
		if j+1 < len(body) {
			next = body[j+1]
		}
		if quote != nil {
			if c == '\\' {
				j++
			} else if hasPrefix(body[j:], quote) {
				j += len(quote) - 1
				quote = nil
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = []rune{c}
			if next == c && j+2 < len(body) && body[j+2] == c {
				quote = []rune{c, c, c}
			}
			j += len(quote) - 1
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				break scan
			}
			depth--
		case '!':
			if next == '=' {
				j++
			} else if depth == 0 {
				break scan
			}
		case '<', '>':
			if next == '=' {
				j++
			}
		case '=':
			if next == '=' {
				j++
			} else if depth == 0 {
				break scan
			}
		case ':':
			if depth == 0 {
				break scan
			}
		}
	}
	exprText := string(body[start:j])
	if strings.TrimSpace(exprText) == "" {
		b.stringError("f-string: empty expression not allowed")
		return nil, 0
	}
	if j >= len(body) {
		b.stringError("f-string: expecting '}'")
		return nil, 0
	}
	p := &FStringPart{Expr: b.parseField(exprText, s.pos[start])}
	if p.Expr == nil {
		return nil, 0
	}
	if body[j] == '=' {
		j++
		for j < len(body) && (body[j] == ' ' || body[j] == '\t') {
			j++
		}
		p.Debug = string(body[start:j])
	}
	if j < len(body) && body[j] == '!' {
		if j+1 >= len(body) || !strings.ContainsRune("rsa", body[j+1]) {
			b.stringError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return nil, 0
		}
		p.Conv = byte(body[j+1])
		j += 2
	}
	if j < len(body) && body[j] == ':' {
		p.Spec, j = b.fstring(s, j+1, true)
		if p.Spec == nil {
			p.Spec = []*FStringPart{}
		}
	}
	if j >= len(body) || body[j] != '}' {
		b.stringError("f-string: expecting '}'")
		return nil, 0
	}
	if p.Debug != "" && p.Conv == 0 && p.Spec == nil {
		p.Conv = 'r' // as CPython: {x=} shows repr(x) unless a spec is given
	}
	return p, j + 1
}

func hasPrefix(s, prefix []rune) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range prefix {
		if s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// decodeString decodes the escapes of a string literal's body. A raw
// string keeps its backslashes. In a bytes literal \xNN and octal escapes
// give single bytes; in a str they give code points.
func decodeString(s string, raw, bytes bool) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if raw || !strings.Contains(s, "\\") {
		return s
	}
	var sb strings.Builder
	emit := func(v int) {
		if bytes {
			sb.WriteByte(byte(v))
		} else {
			sb.WriteRune(rune(v))
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			i++
			continue
		}
		e := s[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			sb.WriteByte(e)
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case 'r':
			sb.WriteByte('\r')
		case 'a':
			sb.WriteByte('\a')
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'v':
			sb.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i - 1
			for i < len(s) && i-j < 3 && s[i] >= '0' && s[i] <= '7' {
				i++
			}
			v, _ := strconv.ParseInt(s[j:i], 8, 32)
			emit(int(v))
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if e != 'x' && bytes || i+n > len(s) {
				sb.WriteByte('\\')
				sb.WriteByte(e)
				continue
			}
			v, err := strconv.ParseUint(s[i:i+n], 16, 32)
			if err != nil || v > utf8.MaxRune {
				sb.WriteByte('\\')
				sb.WriteByte(e)
				continue
			}
			i += n
			emit(int(v))
		default:
			sb.WriteByte('\\')
			sb.WriteByte(e)
		}
	}
	return sb.String()
}

// afterStrings is where CPython 3.11 reports the errors of a run of
// string literals (an f-string's own, mixed bytes): at the token after
// the last one, or with no width at the end of the line.
func (b *builder) afterStrings(last antlr.Token) [2]Pos {
	end := b.end(last)
	if b.ts == nil {
		return [2]Pos{end, end}
	}
	next := b.ts.Get(last.GetTokenIndex() + 1)
	switch next.GetTokenType() {
	case antlr.TokenEOF, gen.DcalcLexerNEWLINE:
		return [2]Pos{end, end}
	}
	return [2]Pos{b.pos(next), b.end(next)}
}

// stringError reports msg where afterStrings says.
func (b *builder) stringError(msg string) {
	b.sink.list.AddRange(b.strErr[0], b.strErr[1], "SyntaxError", msg)
}
