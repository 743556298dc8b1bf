package grammar

import (
	"errors"
	"testing"
)

func TestErrors(t *testing.T) {
	tests := []struct {
		src        string
		want       string // first error, "line:col: Kind: Msg"
		incomplete bool
	}{
		{"x = = 1", "1:5: SyntaxError: invalid syntax", false},
		{"x +", "1:4: SyntaxError: invalid syntax", false},
		{"class A pass", "1:9: SyntaxError: invalid syntax", false},
		{"@dec\nclass A:\nx", "3:1: IndentationError: expected an indented block after class definition on line 2", false},
		{"@dec\n\ndef f():\nx", "4:1: IndentationError: expected an indented block after function definition on line 3", false},
		{"a ? b", "1:3: SyntaxError: invalid syntax", false},
		{"a ∂ b", "1:3: SyntaxError: invalid character '∂' (U+2202)", false},
		// CPython 3.11: isprintable() picks the wording, and the tokenizer
		// stops at the character before any bracket is found unclosed.
		{"print(\x1b[31mred)", "1:7: SyntaxError: invalid non-printable character U+001B", false},
		{"x = 1\ufeff", "1:6: SyntaxError: invalid non-printable character U+FEFF", false},
		{"f(1, ∂", "1:6: SyntaxError: invalid character '∂' (U+2202)", false},
		// CPython 3.11: a character that cannot be in an identifier, inside
		// or after a name or number
		{"a€b = 1", "1:2: SyntaxError: invalid character '€' (U+20AC)", false},
		{"\u0301x = 1", "1:1: SyntaxError: invalid character '\u0301' (U+0301)", false},
		{"print(a∂)", "1:8: SyntaxError: invalid character '∂' (U+2202)", false},
		{"y = 1∂", "1:6: SyntaxError: invalid character '∂' (U+2202)", false},
		{"x\u00a0= 1", "1:2: SyntaxError: invalid non-printable character U+00A0", false},
		{"x = (1,\n2", "1:5: SyntaxError: '(' was never closed", true},
		{"x = [1, (2,\n", "1:9: SyntaxError: '(' was never closed", true},
		{"f(", "1:2: SyntaxError: '(' was never closed", true},
		{"x)", "1:2: SyntaxError: unmatched ')'", false},
		{"x = }", "1:5: SyntaxError: unmatched '}'", false},
		{"(x]", "1:3: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('", false},
		{"(x\n]", "2:1: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1", false},
		{`x = "abc`, "1:5: SyntaxError: unterminated string literal (detected at line 1)", false},
		{"x = 1\ny = 'abc", "2:5: SyntaxError: unterminated string literal (detected at line 2)", false},
		{"x = '''abc\n\ndef", "1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 3)", true},
		{`"""`, "1:1: SyntaxError: unterminated triple-quoted string literal (detected at line 1)", true},
		{"if x\n  pass", "1:5: SyntaxError: expected ':'", false},
		{"def f()\n  pass", "1:8: SyntaxError: expected ':'", false},
		{"while x pass", "1:9: SyntaxError: expected ':'", false},
		{"f(x) = 1", "1:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?", false},
		{"a, f(x) = 1", "1:4: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?", false},
		{"1 = x", "1:1: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?", false},
		{`"s" = x`, "1:1: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?", false},
		{"a + b = 1", "1:1: SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?", false},
		{"True = 1", "1:1: SyntaxError: cannot assign to True", false},
		{"for f() in x: pass", "1:5: SyntaxError: cannot assign to function call", false},
		{"[1 for f() in x]", "1:8: SyntaxError: cannot assign to function call", false},
		{"del f()", "1:5: SyntaxError: cannot delete function call", false},
		{"(a, b) += 1", "1:1: SyntaxError: 'tuple' is an illegal expression for augmented assignment", false},
		{"f() += 1", "1:1: SyntaxError: 'function call' is an illegal expression for augmented assignment", false},
		{"3x", "1:1: SyntaxError: invalid decimal literal", false},
		{"x = 3x", "1:5: SyntaxError: invalid decimal literal", false},
		{"x = 1_", "1:6: SyntaxError: invalid decimal literal", false},
		{"x = 0x1g", "1:7: SyntaxError: invalid hexadecimal literal", false},
		{"x = 08", "1:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", false},
		{"x = 1 if y", "1:5: SyntaxError: expected 'else' after 'if' expression", false},
		{"x = 1 \\ y", "1:8: SyntaxError: unexpected character after line continuation character", false},
		{"x = 1 + \\", "1:10: SyntaxError: unexpected EOF while parsing", true},
		{"x = 1 + \\\n", "1:10: SyntaxError: unexpected EOF while parsing", true},
		{"f(a=1, b)", "1:9: SyntaxError: positional argument follows keyword argument", false},
		{"def f(a=1, b): pass", "1:12: SyntaxError: non-default argument follows default argument", false},
		{"b'a' 'b'", "1:9: SyntaxError: cannot mix bytes and nonbytes literals", false},
		{`f"{x!z}"`, "1:9: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'", false},
		{`f"{}"`, "1:6: SyntaxError: f-string: empty expression not allowed", false},
		{`f"}"`, "1:5: SyntaxError: f-string: single '}' is not allowed", false},
		{`f"{x"`, "1:6: SyntaxError: f-string: expecting '}'", false},
		{`f"a {x +} b"`, "1:9: SyntaxError: invalid syntax", false},
		{"f'''\n  {x y}'''", "2:6: SyntaxError: invalid syntax", false},

		// Indentation.
		{"a = 1\n  b = 2", "2:2: IndentationError: unexpected indent", false}, // CPython 3.11's offsets
		{"  a", "1:2: IndentationError: unexpected indent", false},
		{"if x:\n    a\n  b", "3:4: IndentationError: unindent does not match any outer indentation level", false},
		{"if x:\npass", "2:1: IndentationError: expected an indented block after 'if' statement on line 1", false},
		{"if x:\n  pass\nelse:\nfoo", "4:1: IndentationError: expected an indented block after 'else' statement on line 3", false},
		{"if x:\n  pass\nelif y:\nfoo", "4:1: IndentationError: expected an indented block after 'elif' statement on line 3", false},
		{"def f():\nx", "2:1: IndentationError: expected an indented block after function definition on line 1", false},
		{"try:\n  pass\nexcept:\nx", "4:1: IndentationError: expected an indented block after 'except' statement on line 3", false},
		{"for i in x:", "1:12: IndentationError: expected an indented block after 'for' statement on line 1", true},
		{"for i in x:\n", "1:12: IndentationError: expected an indented block after 'for' statement on line 1", true},
		{"while 1:\n\n", "1:9: IndentationError: expected an indented block after 'while' statement on line 1", true},
		{"if a:\n  b\nelse:", "3:6: IndentationError: expected an indented block after 'else' statement on line 3", true},
		{"def f(x):\n  if x:", "2:8: IndentationError: expected an indented block after 'if' statement on line 2", true},

		// IPython's rule: an open indented block needs a blank last line.
	}
	for _, tt := range tests {
		_, err := Parse("t", tt.src)
		var el *ErrorList
		if !errors.As(err, &el) || len(el.Errs) == 0 {
			t.Errorf("Parse(%q): got error %v, want %s", tt.src, err, tt.want)
			continue
		}
		if got := el.Errs[0].Error(); got != tt.want || el.Incomplete != tt.incomplete {
			t.Errorf("Parse(%q)\n got: %s (incomplete %v)\nwant: %s (incomplete %v)", tt.src, got, el.Incomplete, tt.want, tt.incomplete)
		}
		// The first error is CPython's; the others follow in order.
		for i := 2; i < len(el.Errs); i++ {
			if el.Errs[i].Pos.Before(el.Errs[i-1].Pos) {
				t.Errorf("Parse(%q): errors not sorted: %v", tt.src, el)
			}
		}
	}
}

func TestComplete(t *testing.T) {
	for _, src := range []string{
		"x = 1",
		"x = 1\n",
		"if x:\n  y = 1\n",
		"if x:\n  y = 1\n\n",
		"if x:\n  y = 1\nz = 2",
		"if x: y = 1",
		"x = (1,\n  2)",
		"s = '''a\nb'''",
		"for i in x:\n  pass\n   \n",
		"",
		"# just a comment",
	} {
		if _, err := Parse("t", src); err != nil {
			t.Errorf("Parse(%q): got %v, want success", src, err)
		}
	}
}

func TestBlockWithoutFinalNewline(t *testing.T) {
	if _, err := Parse("p", "if x:\n  y = 1"); err != nil {
		t.Errorf("Parse of a block without final newline: %v", err)
	}
}
