package grammar

import (
	"github.com/antlr4-go/antlr/v4"

	"github.com/dcalc/dcalc/grammar/internal/gen"
)

// CPython 3.11's parser, after a failure, parses again with rules that
// only exist to explain common mistakes (its invalid_* rules). The
// explanations that depend on the tokens around the failure are found
// here from the token stream: a missing comma between two expressions in
// brackets, print or exec without parentheses, and = where == was meant
// in a condition. Each has CPython's message and range.

// hint is a better explanation of a parser failure: message and range.
// toEOF says that CPython, looking for the hint, reads on to the end of
// the input, where a bracket left open is reported instead.
type hint struct {
	start, end Pos
	msg        string
	toEOF      bool
}

// tokenAt returns the token of the stream at index i (nil outside it).
func tokenAt(ts antlr.TokenStream, i int) antlr.Token {
	if i < 0 {
		return nil
	}
	var t antlr.Token
	func() {
		defer func() { recover() }()
		t = ts.Get(i)
	}()
	return t
}

// tokEnd is the position just after the one-line token t.
func tokEnd(t antlr.Token) Pos {
	return Pos{t.GetLine(), t.GetColumn() + 1 + runeLen(t.GetText())}
}

// isWordToken reports whether t is a keyword (a literal token made of
// letters) or a name.
func isKeyword(t antlr.Token) bool {
	if t.GetTokenType() == gen.DcalcParserNAME {
		return false
	}
	s := t.GetText()
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}

// endsOperand reports whether t can end an expression.
func endsOperand(t antlr.Token) bool {
	switch t.GetTokenType() {
	case gen.DcalcParserNAME, gen.DcalcParserINT, gen.DcalcParserFLOAT, gen.DcalcParserIMAG, gen.DcalcParserSTRING:
		return true
	}
	switch t.GetText() {
	case ")", "]", "}", "True", "False", "None", "...":
		return true
	}
	return false
}

// startsOperand reports whether t can start an expression that cannot
// continue the one before it (a name, a number, a string, a bracket).
func startsOperand(t antlr.Token) bool {
	switch t.GetTokenType() {
	case gen.DcalcParserNAME, gen.DcalcParserINT, gen.DcalcParserFLOAT, gen.DcalcParserIMAG, gen.DcalcParserSTRING:
		return true
	}
	switch t.GetText() {
	case "(", "[", "{", "True", "False", "None", "...", "lambda":
		return true
	}
	return false
}

func isOpen(s string) bool  { return s == "(" || s == "[" || s == "{" }
func isClose(s string) bool { return s == ")" || s == "]" || s == "}" }

// exprStart walks back from token i-1 over the expression that ends
// there, at its bracket depth, and returns the index of its first token.
func exprStart(ts antlr.TokenStream, i int) int {
	depth := 0
	j := i - 1
	for ; j >= 0; j-- {
		t := tokenAt(ts, j)
		if t == nil {
			break
		}
		s := t.GetText()
		switch {
		case isClose(s):
			depth++
			continue
		case isOpen(s):
			if depth == 0 {
				return j + 1
			}
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		switch t.GetTokenType() {
		case gen.DcalcParserNEWLINE, gen.DcalcParserINDENT, gen.DcalcParserDEDENT:
			return j + 1
		}
		switch s {
		case ",", ":", "=", ";", "if", "else", "for", "lambda", "return", "del", "assert", "while", "elif",
			"import", "from", "as", "in", "yield", "raise", "with", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=":
			return j + 1
		}
	}
	return j + 1
}

// exprEnd walks forward from token i over an expression at its bracket
// depth (up to a comma, a closing bracket, a colon, = or the end of the
// line) and returns the end of its last token.
func exprEnd(ts antlr.TokenStream, i int, stops map[string]bool) Pos {
	depth := 0
	var last antlr.Token
	for j := i; ; j++ {
		t := tokenAt(ts, j)
		if t == nil || t.GetTokenType() == antlr.TokenEOF {
			break
		}
		s := t.GetText()
		switch t.GetTokenType() {
		case gen.DcalcParserNEWLINE, gen.DcalcParserINDENT, gen.DcalcParserDEDENT:
			if depth == 0 {
				goto done
			}
			continue
		}
		switch {
		case isOpen(s):
			depth++
		case isClose(s):
			if depth == 0 {
				goto done
			}
			depth--
		case depth == 0 && stops[s]:
			goto done
		}
		last = t
	}
done:
	if last == nil {
		return Pos{}
	}
	return tokEnd(last)
}

// enclosingOpen is the index of the bracket left open before token i
// (-1 when there is none).
func enclosingOpen(ts antlr.TokenStream, i int) int {
	depth := 0
	for j := i - 1; j >= 0; j-- {
		t := tokenAt(ts, j)
		if t == nil {
			break
		}
		switch s := t.GetText(); {
		case isClose(s):
			depth++
		case isOpen(s):
			if depth == 0 {
				return j
			}
			depth--
		}
	}
	return -1
}

// lineStart returns the first token on the line of token i.
func lineStart(ts antlr.TokenStream, i int) antlr.Token {
	line := tokenAt(ts, i).GetLine()
	first := tokenAt(ts, i)
	for j := i - 1; j >= 0; j-- {
		t := tokenAt(ts, j)
		if t == nil || t.GetLine() != line || t.GetChannel() != antlr.TokenDefaultChannel {
			break
		}
		first = t
	}
	return first
}

// onlyLayoutAfter reports whether tok and the tokens after it are only
// line ends and dedents up to the end of the input.
func onlyLayoutAfter(ts antlr.TokenStream, tok antlr.Token) bool {
	for j := tok.GetTokenIndex(); ; j++ {
		t := tokenAt(ts, j)
		if t == nil {
			return true
		}
		switch t.GetTokenType() {
		case antlr.TokenEOF:
			return true
		case gen.DcalcParserNEWLINE, gen.DcalcParserDEDENT:
			continue
		}
		return false
	}
}

// bracketDepth is the number of brackets open before token i.
func bracketDepth(ts antlr.TokenStream, i int) int {
	d := 0
	for j := 0; j < i; j++ {
		t := tokenAt(ts, j)
		if t == nil || t.GetTokenType() == antlr.TokenEOF {
			break
		}
		switch s := t.GetText(); {
		case isOpen(s):
			d++
		case isClose(s) && d > 0:
			d--
		}
	}
	return d
}

var (
	condEndStops = map[string]bool{",": true, ":": true, "=": true, ";": true, "for": true, "if": true, "else": true}
	exprStops    = map[string]bool{",": true, ":": true, "=": true, ";": true, "for": true, "async": true}
	condStops    = map[string]bool{",": true, ":": true, "=": true, ";": true, "for": true, "if": true, "else": true,
		"and": true, "or": true, "==": true, "!=": true, "<": true, ">": true, "<=": true, ">=": true, "in": true, "not": true, "is": true, ":=": true}
)

// parserHint looks for a better explanation of the parser failing at
// token tok.
func parserHint(ts antlr.TokenStream, tok antlr.Token) *hint {
	if cs, ok := ts.(*antlr.CommonTokenStream); ok {
		func() {
			defer func() { recover() }()
			cs.Fill() // the tokens after the failure, for the ranges
		}()
	}
	i := tok.GetTokenIndex()
	prev := tokenAt(ts, i-1)
	if h := cutAssignment(ts, i, tok, prev); h != nil {
		return h
	}
	// (yield) = 1
	if tok.GetText() == "yield" && prev != nil && prev.GetText() == "(" {
		if c, eq := tokenAt(ts, i+1), tokenAt(ts, i+2); c != nil && eq != nil && c.GetText() == ")" && eq.GetText() == "=" {
			return &hint{start: tokPos(tok), end: tokEnd(tok), msg: "cannot assign to yield expression here. Maybe you meant '==' instead of '='?"}
		}
	}
	// yield and await at module level, alone or assigned (yield 1,
	// x = yield); yield = 3 assigns to one
	if kw := tok.GetText(); kw == "yield" || kw == "await" {
		first := lineStart(ts, i)
		if first.GetColumn() == 0 && (first == tok || prev != nil && prev.GetText() == "=") {
			if next := tokenAt(ts, i+1); kw == "yield" && first == tok && next != nil && next.GetText() == "=" {
				return &hint{start: tokPos(tok), end: tokEnd(tok), msg: "assignment to yield expression not possible"}
			}
			if end := exprEnd(ts, i, exprStops); end.IsValid() {
				return &hint{start: tokPos(tok), end: end, msg: "'" + kw + "' outside function"}
			}
		}
	}
	// async starting a statement: CPython reads on and fails at the next
	// token when it is not what the statement needs (valid Python, async
	// def f(): ..., which dcalc does not accept, is reported at the same
	// place)
	switch tok.GetText() {
	case "async":
		if tok.GetTokenType() == gen.DcalcLexerRESERVED && lineStart(ts, i) == tok {
			if next := tokenAt(ts, i+1); next != nil {
				switch next.GetTokenType() {
				case antlr.TokenEOF, gen.DcalcLexerNEWLINE:
					return &hint{start: tokEnd(tok), end: tokEnd(tok), msg: "invalid syntax"}
				}
				return &hint{start: tokPos(next), end: tokEnd(next), msg: "invalid syntax"}
			}
		}
	}
	if prev == nil || i <= 0 {
		return nil
	}
	// print "hi", exec 'code': Python 2 statements
	if startsOperand(tok) && prev.GetTokenType() == gen.DcalcParserNAME && (prev.GetText() == "print" || prev.GetText() == "exec") {
		if pp := tokenAt(ts, i-2); pp == nil || pp.GetText() != "." {
			end := exprEnd(ts, i, map[string]bool{";": true, "=": true})
			if end.IsValid() {
				name := prev.GetText()
				return &hint{start: tokPos(prev), end: end, msg: "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?"}
			}
		}
	}
	// two expressions side by side in brackets: a comma is missing
	if startsOperand(tok) && !isKeyword(tok) && endsOperand(prev) && (tok.GetText() != "(" && tok.GetText() != "[") && bracketDepth(ts, i) > 0 {
		start := exprStart(ts, i)
		first, second := tokenAt(ts, start), tokenAt(ts, start+1)
		if first == nil {
			return nil
		}
		if first.GetTokenType() == gen.DcalcParserNAME && second != nil && second.GetTokenType() == gen.DcalcParserSTRING {
			return nil // CPython's !(NAME STRING) lookahead
		}
		switch first.GetText() {
		case "match", "case", "_":
			return nil // soft keywords
		}
		if end := exprEnd(ts, i, exprStops); end.IsValid() {
			h := &hint{start: tokPos(first), end: end, msg: "invalid syntax. Perhaps you forgot a comma?"}
			h.toEOF = bracketDepth(ts, 1<<30) > 0
			return h
		}
	}
	// {1: 2, 3}: an element without a value among key: value pairs
	// (CPython's invalid_kvpair, at the element's last token)
	if t := tok.GetText(); t == "}" || t == "," {
		if o := enclosingOpen(ts, i); o >= 0 && tokenAt(ts, o).GetText() == "{" {
			pairs, colon, depth := false, false, 0
			for j := o + 1; j < i; j++ {
				switch x := tokenAt(ts, j).GetText(); {
				case isOpen(x):
					depth++
				case isClose(x):
					depth--
				case depth == 0 && x == ":":
					colon = true
				case depth == 0 && x == ",":
					pairs = pairs || colon
					colon = false
				}
			}
			if pairs && !colon && !isOpen(prev.GetText()) && prev.GetText() != "," {
				return &hint{start: tokPos(prev), msg: "':' expected after dictionary key"}
			}
		}
	}
	// f(x=1 for x in y): a keyword argument before a comprehension
	// (CPython's invalid_kwarg, over the name and its '=')
	if tok.GetText() == "for" {
		if o := enclosingOpen(ts, i); o > 0 && tokenAt(ts, o).GetText() == "(" && endsOperand(tokenAt(ts, o-1)) {
			arg, depth := o+1, 0
			for j := o + 1; j < i; j++ {
				switch t := tokenAt(ts, j).GetText(); {
				case isOpen(t):
					depth++
				case isClose(t):
					depth--
				case t == "," && depth == 0:
					arg = j + 1
				}
			}
			name, eq := tokenAt(ts, arg), tokenAt(ts, arg+1)
			if name != nil && eq != nil && name.GetTokenType() == gen.DcalcParserNAME && eq.GetText() == "=" {
				return &hint{start: tokPos(name), end: tokEnd(eq), msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"}
			}
		}
	}
	// if x = 1: where == (or :=) was meant
	if tok.GetText() == "=" {
		start := exprStart(ts, i)
		kw := tokenAt(ts, start-1)
		if kw == nil {
			return nil
		}
		switch kw.GetText() {
		case "if", "elif", "while", "(", ",", "[", "{":
		default:
			return nil
		}
		first := tokenAt(ts, start)
		end := exprEnd(ts, i+1, condStops)
		if first == nil || !end.IsValid() {
			return nil
		}
		if o := enclosingOpen(ts, i); o > 0 && tokenAt(ts, o).GetText() == "(" && endsOperand(tokenAt(ts, o-1)) {
			// a keyword argument whose name is an expression: f(a.b=1)
			return &hint{start: tokPos(first), end: tokEnd(tok), msg: "expression cannot contain assignment, perhaps you meant \"==\"?"}
		}
		if start == i-1 && first.GetTokenType() == gen.DcalcParserNAME {
			return &hint{start: tokPos(first), end: end, msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"}
		}
		what := "expression"
		switch last := prev.GetText(); {
		case last == "]":
			what = "subscript"
		case last == ")":
			what = "function call"
		case prev.GetTokenType() == gen.DcalcParserNAME && i-2 >= start && tokenAt(ts, i-2).GetText() == ".":
			what = "attribute"
		case prev.GetTokenType() == gen.DcalcParserINT || prev.GetTokenType() == gen.DcalcParserFLOAT || prev.GetTokenType() == gen.DcalcParserSTRING:
			if start == i-1 {
				what = "literal"
			}
		}
		return &hint{start: tokPos(first), end: tokEnd(prev), msg: "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?"}
	}
	return nil
}

// cutAssignment explains a chain of assignments that ends at an "="
// (x = 1 = 2 =): CPython's invalid_assignment rule names the first
// target before an "=" that cannot be assigned to. Targets of one token
// are judged here (a literal, True, None, ...); others are left to the
// generic error.
func cutAssignment(ts antlr.TokenStream, i int, tok, prev antlr.Token) *hint {
	if prev == nil || prev.GetText() != "=" ||
		tok.GetTokenType() != antlr.TokenEOF && tok.GetTokenType() != gen.DcalcLexerNEWLINE {
		return nil
	}
	start := lineStart(ts, i).GetTokenIndex()
	depth, seg := 0, start
	for k := start; k < i; k++ {
		t := tokenAt(ts, k)
		switch s := t.GetText(); {
		case isOpen(s):
			depth++
		case isClose(s):
			depth--
		case s == "=" && depth == 0:
			if k == seg+1 {
				if what := oneTokenKind(tokenAt(ts, seg)); what != "" {
					return &hint{start: tokPos(tokenAt(ts, seg)), end: tokEnd(tokenAt(ts, seg)), msg: "cannot assign to " + what}
				}
			}
			seg = k + 1
		}
	}
	return nil
}

// oneTokenKind names an expression of one token that cannot be assigned
// to, as CPython's messages do ("" for a name).
func oneTokenKind(t antlr.Token) string {
	switch t.GetTokenType() {
	case gen.DcalcParserINT, gen.DcalcParserFLOAT, gen.DcalcParserIMAG, gen.DcalcParserSTRING:
		return "literal"
	}
	switch s := t.GetText(); s {
	case "True", "False", "None":
		return s
	case "...":
		return "ellipsis"
	}
	return ""
}
