package grammar

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// grammarTokens lexes src with the lexer ANTLR generates from Dcalc.g4,
// the definition the scanner follows.
func grammarTokens(src string) []string {
	lx := gen.NewDcalcLexer(antlr.NewInputStream(src))
	lx.RemoveErrorListeners()
	return describeAll(lx.NextToken)
}

func scannerTokens(src string) []string {
	s := newScanner(src)
	return describeAll(func() antlr.Token { return s.next() })
}

// describeAll describes the tokens next returns, up to EOF.
func describeAll(next func() antlr.Token) []string {
	var out []string
	for {
		t := next()
		out = append(out, describeTok(t))
		if t.GetTokenType() == antlr.TokenEOF {
			return out
		}
	}
}

func describeTok(t antlr.Token) string {
	return fmt.Sprintf("%d %q %d-%d %d:%d", t.GetTokenType(), t.GetText(), t.GetStart(), t.GetStop(), t.GetLine(), t.GetColumn())
}

// checkSameTokens reports the first token where the scanner and the
// generated lexer differ on src.
func checkSameTokens(t *testing.T, src string) bool {
	t.Helper()
	want, got := grammarTokens(src), scannerTokens(src)
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			g := "nothing"
			if i < len(got) {
				g = got[i]
			}
			t.Errorf("%q: token %d: scanner %s, grammar %s", src, i, g, want[i])
			return false
		}
	}
	if len(got) != len(want) {
		t.Errorf("%q: scanner made %d tokens, grammar %d", src, len(got), len(want))
		return false
	}
	return true
}

// TestScannerMatchesGrammar lexes hand-picked edge cases, every program
// of the syntax-error goldens and the conformance cases, and random
// strings over the characters that matter to the lexer's rules, with
// both the scanner and the generated lexer, and wants the same tokens
// (type, text, position).
func TestScannerMatchesGrammar(t *testing.T) {
	cases := []string{
		"", "x", "x = 1\n", "if x:\n  pass\n", "a.b(c, *d, **e)[1:2]",
		"0", "00", "007", "0_0", "0x", "0x_1f", "0xg", "0o17", "0o8", "0b101", "0b2", "1_000", "1__0", "1_",
		"1.", ".5", "1.5", "1.e5", "1e5", "1e", "1e+", "1e+5j", "1.5j", "1j", "0j", "00j", "1.j", ".5e-3J",
		"1..2", "...", "..", ". 5", "x.y", "1.__class__", "3x", "1if x else 2",
		"'a'", "\"a\"", "'a", "'a\\'", "'a\\\nb'", "'''a'''", "'''a", "'''a''", "'''a'''b'''", "''''", "'''\\'''",
		"\"\"\"a\\\"\"\"\"", "r'x'", "rb'x'", "BR\"x\"", "f'{x}'", "Rf'x'", "ur'x'", "u'x'", "bu'x'", "''", "'''",
		"'\\", "'''\\", "x = '\nabc'", "\"a\r\nb\"",
		"x := 1", "f() -> int", "a **= 2", "a //= 2", "a <<= 1", "a >>= 1", "a != b", "a ! b", "a $ b", "a ? b", "`x`",
		"# comment\nx", "x # c\r\ny", "x\\\ny", "x \\ y", "x\\", "x\\  \n", "\r", "\r\n", "\n\n",
		"\tx\f", "yield x", "async def", "await", "Truex", "True", "nonlocal", "lambda: 0",
		"π = 3", "x·y", "a\u00a0b", "变量 = 1", "\u2028", "é'x'", "x\x00y", "x\vy",
		"\xff", "a\xffb", "'\xfe'",
	}
	for _, c := range cases {
		checkSameTokens(t, c)
	}
	n := 0
	for _, c := range corpusPrograms(t) {
		if !checkSameTokens(t, c) {
			break
		}
		n++
	}
	if n < 100 {
		t.Errorf("only %d corpus programs read", n)
	}
	alphabet := []string{"a", "b", "r", "f", "e", "E", "j", "x", "o", "_", "0", "1", "7", "9", ".", "'", "\"", "\\",
		"\n", "\r", " ", "\t", "#", "+", "-", "*", "/", "=", ":", "<", ">", "!", "(", ")", "é", "\xff", "if", "not"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		if !checkSameTokens(t, b.String()) {
			break
		}
	}
}

// corpusPrograms are the sources of the syntax-error goldens and the
// shared conformance cases.
func corpusPrograms(t *testing.T) []string {
	var out []string
	files, _ := filepath.Glob("../../shared/conformance/*.jsonl")
	files = append(files, "testdata/syntax_errors.jsonl")
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var c struct{ Src, Code string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				out = append(out, c.Src+c.Code)
			}
		}
		f.Close()
	}
	return out
}

// FuzzScanner compares the scanner with the generated lexer on any
// input.
func FuzzScanner(f *testing.F) {
	for _, s := range []string{"x = 1\n", "'''a'''", "1.5e-3j", "rb'\\x'", "0x_1", "a\\\nb # c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { checkSameTokens(t, src) })
}
