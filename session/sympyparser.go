package session

import (
	"maps"
	"math/big"
	"strings"
	"unicode"

	"github.com/dcalc/dcalc/grammar"
)

// SymPy's parser (sympy.parsing.sympy_parser): parse_expr tokenizes the
// string as Python does, passes the tokens through a sequence of
// transformations (Symbol for unknown names, Integer and Float for
// numeric literals, x! as factorial, ^ as power, implicit
// multiplication and application ...), joins them back into Python
// source and evaluates that with SymPy's names. sympify of a string is
// parse_expr with the standard transformations and convert_xor. The
// transformations follow SymPy 1.14's one for one, including their
// quirks, so a string parses to what it parses to in SymPy.

// parseCtx is the parse's local_dict and global_dict.
type parseCtx struct {
	in     *interp
	local  map[string]Value
	global map[string]Value
	// sympyGlobals: global is the default, SymPy's namespace
	sympyGlobals bool
}

// lookup finds a name the way _token_callable does: a local value that
// is truthy, else the global one.
func (p *parseCtx) lookup(n string) Value {
	if v, ok := p.local[n]; ok && p.in.truth(v, nil) {
		return v
	}
	return p.global[n]
}

// callable is _token_callable: the name's value is callable and not a
// Symbol.
func (p *parseCtx) callable(n string) bool {
	v := p.lookup(n)
	if v == nil {
		return false
	}
	if _, ok := v.(*lambdaValue); ok {
		return true
	}
	return isCallable(v)
}

// lacks reports whether n is a name of SymPy's namespace that dcalc
// does not have (only with the default global_dict, which is SymPy's).
func (p *parseCtx) lacks(n string) bool {
	if !p.sympyGlobals {
		return false
	}
	if _, ok := p.global[n]; ok {
		return false
	}
	e, ok := sympyAPI("sympy." + n)
	return ok && e.Kind != "module"
}

// missingSympyNames raises NotImplementedError for a name of the
// transformed source that SymPy's namespace has and dcalc lacks (the
// parse would evaluate it as SymPy's object).
func (p *parseCtx) missingSympyNames(toks []pyToken) {
	for i, t := range toks {
		if t.kind != tkName || i > 0 && toks[i-1] == op(".") {
			continue
		}
		if _, ok := p.local[t.val]; !ok && p.lacks(t.val) {
			panic(notImplementedName("sympy." + t.val))
		}
	}
}

// transform is one of SymPy's token transformations.
type transform struct {
	name string
	fn   func(p *parseCtx, toks []pyToken) []pyToken
}

// pyStr implements pyStringer: a transformation prints as the function
// it is.
func (t *transform) pyStr() string { return "<function " + t.name + " at " + fakeAddr(t) + ">" }

// pyRepr implements pyStringer.
func (t *transform) pyRepr() string { return t.pyStr() }

// transformations are SymPy's, in the order of its _transformation
// table (T[i] is the i-th).
var transformations []*transform

// standardTransformations is standard_transformations: T[:5].
func standardTransformations() []*transform { return transformations[:5] }

func transformNamed(n string) *transform {
	for _, t := range transformations {
		if t.name == n {
			return t
		}
	}
	panic("no transformation " + n)
}

func init() {
	transformations = []*transform{
		{name: "lambda_notation", fn: lambdaNotation},
		{name: "auto_symbol", fn: autoSymbol},
		{name: "repeated_decimals", fn: repeatedDecimals},
		{name: "auto_number", fn: autoNumber},
		{name: "factorial_notation", fn: factorialNotation},
		{name: "implicit_multiplication_application", fn: implicitMultiplicationApplication},
		{name: "convert_xor", fn: convertXor},
		{name: "implicit_application", fn: implicitApplication},
		{name: "implicit_multiplication", fn: implicitMultiplication},
		{name: "convert_equals_signs", fn: convertEqualsSigns},
		{name: "function_exponentiation", fn: functionExponentiation},
		{name: "rationalize", fn: rationalize},
	}
}

func tokenFail(msg string) { panic(&tokenError{msg}) }

func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
		"return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// lambdaNotation turns lambda x: e into Lambda((x), e).
func lambdaNotation(p *parseCtx, toks []pyToken) []pyToken {
	if len(toks) == 0 || toks[0] != name("lambda") {
		return toks
	}
	if len(toks) == 2 || len(toks) == 3 && toks[1].kind == tkNewline {
		return toks
	}
	if len(toks) < 3 {
		return toks
	}
	// the parameters go before the last two tokens, the body before the
	// last one
	res := []pyToken{name("Lambda"), op("("), op("("), op(")"), op(")")}
	body := false
	for _, t := range toks[1:] {
		if t == op(":") {
			t, body = op(","), true
		}
		if !body && (t == op("*") || t == op("**")) {
			tokenFail("Starred arguments in lambda not supported")
		}
		at := len(res) - 2
		if body {
			at = len(res) - 1
		}
		res = append(res[:at], append([]pyToken{t}, res[at:]...)...)
	}
	return res
}

// autoSymbol wraps names that are not defined in Symbol('name'), or
// Function('name') before a parenthesis.
func autoSymbol(p *parseCtx, toks []pyToken) []pyToken {
	var res []pyToken
	prev := pyToken{-1, ""}
	toks = append(toks, pyToken{-1, ""})
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if t.kind != tkName {
			res = append(res, t)
			prev = t
			continue
		}
		n := t.val
		if isKeyword(n) || prev == op(".") ||
			(prev == op("(") || prev == op(",")) && next == op("=") {
			res = append(res, t)
			continue
		}
		if _, ok := p.local[n]; ok {
			res = append(res, t)
			continue
		}
		if v, ok := p.global[n]; ok {
			if _, mod := v.(*Module); !mod {
				res = append(res, t)
				continue
			}
		} else if p.lacks(n) {
			res = append(res, t) // missingSympyNames refuses it
			continue
		}
		ctor := "Symbol"
		if next.val == "(" {
			ctor = "Function"
		}
		res = append(res, name(ctor), op("("), name(strRepr(n)), op(")"))
		prev = t
	}
	return res
}

// repeatedDecimals reads 0.2[1] as the repeating decimal 19/90.
func repeatedDecimals(p *parseCtx, toks []pyToken) []pyToken {
	isDigit := func(s string) bool {
		return strings.Trim(s, "0123456789_") == ""
	}
	var res, num []pyToken
	for _, t := range toks {
		switch t.kind {
		case tkNumber:
			low := strings.ToLower(t.val)
			switch {
			case len(num) == 0 && strings.Contains(t.val, ".") && !strings.Contains(low, "e") && !strings.Contains(low, "j"):
				num = append(num, t)
			case isDigit(t.val) && (len(num) == 2 || len(num) == 3 && isDigit(num[len(num)-1].val)):
				num = append(num, t)
			default:
				num = nil
			}
		case tkOp:
			switch {
			case t.val == "[" && len(num) == 1:
				num = append(num, t)
			case t.val == "]" && len(num) >= 3:
				num = append(num, t)
			case t.val == "." && len(num) == 0:
				num = append(num, pyToken{tkNumber, "0."})
			default:
				num = nil
			}
		default:
			num = nil
		}
		res = append(res, t)
		if len(num) == 0 || num[len(num)-1].val != "]" {
			continue
		}
		res = res[:len(res)-len(num)]
		pre, post, _ := strings.Cut(num[0].val, ".")
		rep := num[2].val
		if len(num) == 5 {
			rep += num[3].val
		}
		pre = strings.ReplaceAll(pre, "_", "")
		post = strings.ReplaceAll(post, "_", "")
		rep = strings.ReplaceAll(rep, "_", "")
		zeros := strings.Repeat("0", len(post))
		a := pre
		if a == "" {
			a = "0"
		}
		b := strings.TrimLeft(post, "0")
		if b == "" {
			b = "0"
		}
		c := "1" + zeros
		d := strings.TrimLeft(rep, "0")
		e := strings.Repeat("9", len(rep)) + zeros
		n := func(s string) pyToken { return pyToken{tkNumber, s} }
		res = append(res, op("("), name("Integer"), op("("), n(a), op(")"), op("+"),
			name("Rational"), op("("), n(b), op(","), n(c), op(")"), op("+"),
			name("Rational"), op("("), n(d), op(","), n(e), op(")"), op(")"))
		num = nil
	}
	return res
}

// autoNumber wraps numeric literals in Integer and Float (and a
// trailing j in *I).
func autoNumber(p *parseCtx, toks []pyToken) []pyToken {
	var res []pyToken
	for _, t := range toks {
		if t.kind != tkNumber {
			res = append(res, t)
			continue
		}
		n := t.val
		var post []pyToken
		if strings.HasSuffix(n, "j") || strings.HasSuffix(n, "J") {
			n = n[:len(n)-1]
			post = []pyToken{op("*"), name("I")}
		}
		hex := strings.HasPrefix(n, "0x") || strings.HasPrefix(n, "0X")
		if strings.Contains(n, ".") || strings.ContainsAny(n, "eE") && !hex {
			res = append(res, name("Float"), op("("), pyToken{tkNumber, strRepr(n)}, op(")"))
		} else {
			res = append(res, name("Integer"), op("("), pyToken{tkNumber, n}, op(")"))
		}
		res = append(res, post...)
	}
	return res
}

// factorialNotation reads x! as factorial(x) and x!! as factorial2(x).
func factorialNotation(p *parseCtx, toks []pyToken) []pyToken {
	var res []pyToken
	nfact := 0
	for _, t := range toks {
		switch {
		case t == op("!") || t == pyToken{tkError, "!"}:
			nfact++
		case t.kind == tkError:
			nfact = 0
			res = append(res, op(t.val))
		default:
			switch {
			case nfact == 1:
				res = addFactorialTokens("factorial", res)
			case nfact == 2:
				res = addFactorialTokens("factorial2", res)
			case nfact > 2:
				tokenFail("")
			}
			nfact = 0
			res = append(res, t)
		}
	}
	return res
}

// addFactorialTokens wraps the operand that ends res (a name, or a
// bracketed group with the name before it) in a call of fn.
func addFactorialTokens(fn string, res []pyToken) []pyToken {
	if len(res) == 0 || res[len(res)-1].val == "(" {
		tokenFail("")
	}
	diff := 0
	for i := len(res) - 1; i >= 0; i-- {
		switch res[i].val {
		case ")":
			diff++
		case "(":
			diff--
		}
		if diff != 0 {
			continue
		}
		at := i
		if i-1 >= 0 && res[i-1].kind == tkName {
			at = i - 1
		}
		out := append([]pyToken{}, res[:at]...)
		out = append(out, name(fn), op("("))
		out = append(out, res[at:]...)
		return append(out, op(")"))
	}
	return res
}

// convertXor reads ^ as **.
func convertXor(p *parseCtx, toks []pyToken) []pyToken {
	res := make([]pyToken, len(toks))
	for i, t := range toks {
		if t == op("^") {
			t = op("**")
		}
		res[i] = t
	}
	return res
}

// rationalize makes Float literals Rationals (after auto_number).
func rationalize(p *parseCtx, toks []pyToken) []pyToken {
	var res []pyToken
	passed := false
	for _, t := range toks {
		switch {
		case t.kind == tkName:
			if t.val == "Float" {
				passed = true
				t.val = "Rational"
			}
		case passed && t.kind == tkNumber:
			passed = false
			t.kind = tkString
		}
		res = append(res, t)
	}
	return res
}

// ptItem is a token, or an AppliedFunction: a callable name with its
// bracketed arguments.
type ptItem struct {
	tok pyToken
	app *appliedFn
}

type appliedFn struct {
	fn   pyToken
	args []pyToken
}

func (it ptItem) is(t pyToken) bool { return it.app == nil && it.tok == t }

func (it ptItem) isName() bool { return it.app == nil && it.tok.kind == tkName }

// groupApply is _group_parentheses then _apply_functions: each
// outermost bracketed group is transformed by rec inside, and becomes
// the arguments of an AppliedFunction when a callable name precedes it.
func (p *parseCtx) groupApply(toks []pyToken, rec func(*parseCtx, []pyToken) []pyToken) []ptItem {
	var res []ptItem
	var stacks [][]pyToken
	var symbol *pyToken
	emit := func(t pyToken) {
		if t.kind == tkName {
			tt := t
			symbol = &tt
		} else {
			symbol = nil
		}
		res = append(res, ptItem{tok: t})
	}
	for _, t := range toks {
		if t.kind == tkOp && t.val == "(" {
			stacks = append(stacks, nil)
		} else if t.kind == tkOp && t.val == ")" {
			if len(stacks) == 0 {
				throw("IndexError", "list index out of range")
			}
			top := append(stacks[len(stacks)-1], t)
			stacks = stacks[:len(stacks)-1]
			if len(stacks) > 0 {
				stacks[len(stacks)-1] = append(stacks[len(stacks)-1], top...)
				continue
			}
			inner := rec(p, append([]pyToken{}, top[1:len(top)-1]...))
			group := append(append([]pyToken{top[0]}, inner...), top[len(top)-1])
			if symbol != nil && p.callable(symbol.val) {
				res[len(res)-1] = ptItem{app: &appliedFn{fn: *symbol, args: group}}
				symbol = nil
			} else {
				for _, g := range group {
					res = append(res, ptItem{tok: g})
				}
			}
			continue
		}
		if len(stacks) > 0 {
			stacks[len(stacks)-1] = append(stacks[len(stacks)-1], t)
		} else {
			emit(t)
		}
	}
	if len(stacks) > 0 {
		tokenFail("Mismatched parentheses")
	}
	return res
}

func flattenItems(items []ptItem) []pyToken {
	var out []pyToken
	for _, it := range items {
		if it.app != nil {
			out = append(out, it.app.fn)
			out = append(out, it.app.args...)
		} else {
			out = append(out, it.tok)
		}
	}
	return out
}

// implicitMultiplication inserts * between juxtaposed operands.
func implicitMultiplication(p *parseCtx, toks []pyToken) []pyToken {
	items := p.groupApply(toks, implicitMultiplication)
	var res []ptItem
	mul := ptItem{tok: op("*")}
	skip := false
	for i := 0; i+1 < len(items); i++ {
		t, next := items[i], items[i+1]
		res = append(res, t)
		if skip {
			skip = false
			continue
		}
		if t.is(op(".")) && next.isName() {
			skip = true
			continue
		}
		switch {
		case t.app != nil:
			switch {
			case next.app != nil:
				res = append(res, mul)
			case next.is(op("(")):
				if t.app.fn.val == "Function" {
					t.app.fn.val = "Symbol"
				}
				res = append(res, mul)
			case next.isName():
				res = append(res, mul)
			}
		case t.is(op(")")):
			if next.app != nil || next.isName() || next.is(op("(")) {
				res = append(res, mul)
			}
		case t.isName() && !p.callable(t.tok.val):
			if next.app != nil || next.isName() || next.is(op("(")) {
				res = append(res, mul)
			}
		}
	}
	if len(items) > 0 {
		res = append(res, items[len(items)-1])
	}
	return flattenItems(res)
}

// implicitApplication adds the parentheses of a call a function name
// is written without (sin x).
func implicitApplication(p *parseCtx, toks []pyToken) []pyToken {
	items := p.groupApply(toks, implicitApplication)
	var res []ptItem
	appendParen, skip := 0, 0
	exponentSkip := false
	for i := 0; i+1 < len(items); i++ {
		t, next := items[i], items[i+1]
		res = append(res, t)
		nextIsOpLike := next.app == nil && (next.tok.kind == tkOp || next.tok.kind == tkEnd || next.tok.kind == tkNewline)
		switch {
		case t.isName() && !nextIsOpLike:
			if p.callable(t.tok.val) {
				res = append(res, ptItem{tok: op("(")})
				appendParen++
			}
		case t.isName() && next.is(op("**")):
			if p.callable(t.tok.val) {
				exponentSkip = true
			}
		case exponentSkip:
			if t.app != nil || t.is(op("*")) {
				if !next.is(op("*")) {
					if !next.is(op("(")) {
						res = append(res, ptItem{tok: op("(")})
						appendParen++
					}
					exponentSkip = false
				}
			}
		case appendParen > 0:
			if next.is(op("^")) || next.is(op("**")) || next.is(op("*")) {
				skip = 1
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			res = append(res, ptItem{tok: op(")")})
			appendParen--
		}
	}
	if len(items) > 0 {
		res = append(res, items[len(items)-1])
	}
	out := flattenItems(res)
	for ; appendParen > 0; appendParen-- {
		out = append(out, op(")"))
	}
	return out
}

// functionExponentiation reads sin**2(x) as sin(x)**2.
func functionExponentiation(p *parseCtx, toks []pyToken) []pyToken {
	var res, exponent []pyToken
	consuming := false
	level := 0
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		switch {
		case t.kind == tkName && next == op("**"):
			if p.callable(t.val) {
				consuming = true
			}
		case consuming:
			if t == name("Function") {
				t = name("Symbol")
			}
			exponent = append(exponent, t)
			if t == op(")") && next == op("(") {
				consuming = false
			}
			if t == op("*") && next == op("(") {
				consuming = false
				exponent = exponent[:len(exponent)-1]
			}
			continue
		case len(exponent) > 0:
			if t.kind == tkOp {
				switch t.val {
				case "(":
					level++
				case ")":
					level--
				}
			}
			if level == 0 {
				res = append(res, t)
				res = append(res, exponent...)
				exponent = nil
				continue
			}
		}
		res = append(res, t)
	}
	if len(toks) > 0 {
		res = append(res, toks[len(toks)-1])
	}
	return append(res, exponent...)
}

// greekLetters are the names unicodedata knows as GREEK SMALL LETTER
// name, which split_symbols keeps whole.
var greekLetters = map[string]bool{}

func init() {
	for _, g := range strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa lamda lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega digamma koppa sampi stigma heta san sho yot") {
		greekLetters[g] = true
	}
}

// tokenSplittable is _token_splittable: a name longer than one letter,
// without an underscore, that is not a Greek letter's.
func tokenSplittable(n string) bool {
	if strings.Contains(n, "_") {
		return false
	}
	if greekLetters[strings.ToLower(n)] {
		return false
	}
	return len([]rune(n)) > 1
}

// splitSymbols splits Symbol('xyz') into Symbol('x')Symbol('y')...
func splitSymbols(p *parseCtx, toks []pyToken) []pyToken {
	var res []pyToken
	split, splitPrev := false, false
	for _, t := range toks {
		if splitPrev {
			splitPrev = false
			continue
		}
		if t.kind == tkName && (t.val == "Symbol" || t.val == "Function") {
			split = true
		} else if split && t.kind == tkName {
			sym := []rune(t.val)
			sym = sym[1 : len(sym)-1]
			if !tokenSplittable(string(sym)) {
				split = false
				res = append(res, t)
				continue
			}
			res = res[:len(res)-2]
			for i := 0; i < len(sym); i++ {
				c := string(sym[i])
				_, inLocal := p.local[c]
				_, inGlobal := p.global[c]
				switch {
				case inLocal || inGlobal:
					res = append(res, name(c))
				case unicode.IsDigit(sym[i]):
					j := i + 1
					for j < len(sym) && unicode.IsDigit(sym[j]) {
						j++
					}
					res = append(res, name("Number"), op("("), name("'"+string(sym[i:j])+"'"), op(")"))
					i = j - 1
				default:
					res = append(res, name("Symbol"), op("("), name("'"+c+"'"), op(")"))
				}
			}
			split, splitPrev = false, true
			continue
		}
		res = append(res, t)
	}
	return res
}

// implicitMultiplicationApplication is split_symbols, implicit
// multiplication and application, and function exponentiation.
func implicitMultiplicationApplication(p *parseCtx, toks []pyToken) []pyToken {
	for _, step := range []func(*parseCtx, []pyToken) []pyToken{splitSymbols, implicitMultiplication, implicitApplication, functionExponentiation} {
		toks = step(p, toks)
	}
	return toks
}

// convertEqualsSigns reads a = b as Eq(a, b), at every bracket level.
func convertEqualsSigns(p *parseCtx, toks []pyToken) []pyToken {
	items := p.groupApply(toks, convertEqualsSigns)
	has := false
	for _, it := range items {
		if it.is(op("=")) {
			has = true
		}
	}
	if !has {
		return flattenItems(items)
	}
	res := []ptItem{{tok: name("Eq")}, {tok: op("(")}}
	for _, it := range items {
		if it.is(op("=")) {
			it = ptItem{tok: op(",")}
		}
		res = append(res, it)
	}
	return flattenItems(append(res, ptItem{tok: op(")")}))
}

// parserT is sympy_parser.T: T[i], T[a:b] and T[i, j:k] are tuples of
// the transformations at those indices.
type parserT struct{}

// getItem implements pyIndexable.
func (parserT) getItem(in *interp, idx Value) Value {
	parts := []Value{idx}
	if t, ok := idx.(*Tuple); ok {
		parts = t.Items
	}
	var out []Value
	for _, p := range parts {
		switch x := p.(type) {
		case *sliceValue:
			for _, i := range in.sliceIndices(x, len(transformations)) {
				out = append(out, transformations[i])
			}
		case *big.Int:
			out = append(out, transformations[in.seqIndex(x, len(transformations), "range object")])
		default:
			throw("TypeError", "unexpected slice arg")
		}
	}
	return &Tuple{Items: out}
}

// pyStr implements pyStringer: the numbered list of transformations.
func (parserT) pyStr() string {
	lines := make([]string, len(transformations))
	for i, t := range transformations {
		lines[i] = itoa(i) + ": " + t.name
	}
	return strings.Join(lines, "\n")
}

// pyRepr implements pyStringer.
func (t parserT) pyRepr() string {
	return "<sympy.parsing.sympy_parser._T object at " + fakeAddr(&transformations) + ">"
}

// parserRows are the names of sympy.parsing.sympy_parser beyond
// sympy's own (parse_expr is in both).
func parserRows() map[string]Value {
	rows := map[string]Value{"T": parserT{}}
	std := make([]Value, 5)
	for i, t := range standardTransformations() {
		std[i] = t
	}
	rows["standard_transformations"] = &Tuple{Items: std}
	for _, t := range transformations {
		rows[t.name] = t
	}
	rows["split_symbols"] = &transform{name: "_split_symbols", fn: splitSymbols}
	return rows
}

// builtinFunctionNames are CPython's built-in functions (not types):
// parse_expr's global namespace has them beside SymPy's names.
var builtinFunctionNames = strings.Fields("abs all any ascii bin breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars open")

// parseGlobals is parse_expr's default global_dict: from sympy import
// *, the built-in functions, and max and min as Max and Min.
func (in *interp) parseGlobals() map[string]Value {
	if in.parseNS != nil {
		return in.parseNS
	}
	g := maps.Clone(sympyModule.Attrs)
	for _, n := range builtinFunctionNames {
		if v, ok := in.builtins[n]; ok {
			g[n] = v
		}
	}
	g["max"], g["min"] = g["Max"], g["Min"]
	in.parseNS = g
	return g
}

// stringify is stringify_expr: tokens, transformations, source (and
// the transformed tokens).
func (p *parseCtx) stringify(s string, ts []Value) (string, []pyToken) {
	toks, err := pyTokenize(strings.TrimSpace(s))
	if err != nil {
		throw("TokenError", "%s", err.Error())
	}
	for _, t := range ts {
		if tr, ok := t.(*transform); ok && tr.fn != nil {
			toks = tr.fn(p, toks)
			continue
		}
		toks = p.userTransform(t, toks)
	}
	return pyUntokenize(toks), toks
}

// userTransform calls a transformation written in Python: it receives
// the tokens as (type, string) tuples, local_dict and global_dict.
func (p *parseCtx) userTransform(fn Value, toks []pyToken) []pyToken {
	in := p.in
	if !isCallable(fn) {
		throw("TypeError", "'%s' object is not callable", typeName(fn))
	}
	items := make([]Value, len(toks))
	for i, t := range toks {
		items[i] = &Tuple{Items: []Value{big.NewInt(int64(t.kind)), t.val}}
	}
	local, global := newDict(), newDict()
	for k, v := range p.local {
		local.Set(k, v)
	}
	for k, v := range p.global {
		global.Set(k, v)
	}
	r := in.call(fn, []Value{&List{Items: items}, local, global}, nil)
	var out []pyToken
	in.iterate(r, func(v Value) bool {
		t, ok := v.(*Tuple)
		if !ok || len(t.Items) < 2 {
			throw("TypeError", "a transformation returns (type, string) tokens")
		}
		s, ok := t.Items[1].(string)
		if !ok {
			throw("TypeError", "a token's string must be a str")
		}
		out = append(out, pyToken{tokKind(in.toInt(t.Items[0]).Int64()), s})
		return true
	})
	return out
}

// parseExpr is parse_expr(s, local_dict, transformations, global_dict)
// with evaluate=True: the transformed source evaluated with the local
// names before the global ones. A syntax error in the transformed
// source is Python's SyntaxError; an error while evaluating it
// propagates.
func (in *interp) parseExpr(s string, local, global map[string]Value, ts []Value, evaluate bool) Value {
	p := &parseCtx{in: in, local: local, global: global}
	if global == nil {
		p.global, p.sympyGlobals = in.parseGlobals(), true
	}
	var code string
	var toks []pyToken
	func() {
		defer func() {
			if r := recover(); r != nil {
				if te, ok := r.(*tokenError); ok {
					throw("TokenError", "%s", te.msg)
				}
				panic(r)
			}
		}()
		code, toks = p.stringify(s, ts)
	}()
	var x grammar.Expr
	if !evaluate {
		// SymPy compiles evaluateFalse(code) before its try: errors
		// there have no ValueError cause
		x = evaluateFalse(parseEvalSource(code))
	}
	// parse_expr raises the error from a ValueError that shows the code
	defer func() {
		if r := recover(); r != nil {
			if exc, ok := r.(*Exception); ok && exc.Cause == nil {
				exc.Cause = newExc("ValueError", "Error from parse_expr with transformed code: %s", strRepr(code))
				exc.SuppressContext = true
			}
			panic(r)
		}
	}()
	if evaluate {
		x = parseEvalSource(code)
	}
	p.missingSympyNames(toks)
	gl := &env{vars: p.global}
	gl.globals = gl
	// the evaluation is eval's frame, File "<string>", in the traceback
	fr := &frame{file: "<string>", fn: "<module>"}
	depth := len(in.frames)
	in.frames = append(in.frames, fr)
	var r Value
	exc := catch(func() { r = in.eval(x, &env{vars: local, globals: gl}) })
	in.frames = in.frames[:depth]
	if exc != nil {
		exc.pushFrame(frameEntry(fr))
		panic(exc)
	}
	return r
}

// parseEvalSource parses code as Python's eval does: one expression, or
// a SyntaxError.
func parseEvalSource(code string) grammar.Expr {
	f, err := grammar.Parse("<string>", code+"\n")
	if err != nil || len(f.Stmts) != 1 {
		msg := "invalid syntax"
		if l, ok := err.(*grammar.ErrorList); ok && len(l.Errs) > 0 {
			msg = l.Errs[0].Msg
		}
		if strings.HasPrefix(msg, "cannot assign") {
			msg = "invalid syntax" // eval's grammar has no assignment
		}
		throw("SyntaxError", "%s", msg)
	}
	es, ok := f.Stmts[0].(*grammar.ExprStmt)
	if !ok {
		throw("SyntaxError", "invalid syntax")
	}
	return es.X
}

// sympifyString is sympify of a string: parse_expr with the standard
// transformations, rationalize when rational is set and convert_xor
// when convertXor is; a syntax or token error is SympifyError.
func (in *interp) sympifyString(s string, local map[string]Value, rational, convertXor, evaluate bool) Value {
	ts := make([]Value, 0, 7)
	for _, t := range standardTransformations() {
		ts = append(ts, t)
	}
	if rational {
		ts = append(ts, transformNamed("rationalize"))
	}
	if convertXor {
		ts = append(ts, transformNamed("convert_xor"))
	}
	if local == nil {
		local = map[string]Value{}
	}
	s = strings.ReplaceAll(s, "\n", "")
	defer func() {
		if r := recover(); r != nil {
			if exc, ok := r.(*Exception); ok && (exc.Type == "SyntaxError" || exc.Type == "TokenError") {
				msg := exc.Msg
				if exc.Type == "SyntaxError" {
					line := "1" // the empty source is line 0
					if strings.TrimSpace(s) == "" {
						line = "0"
					}
					msg += " (<string>, line " + line + ")"
				}
				se := newExc("SympifyError", "Sympify of expression 'could not parse %s' failed, because of exception being raised:\n%s: %s", strRepr(s), exc.Type, msg)
				se.Context = exc
				panic(se)
			}
			panic(r)
		}
	}()
	return in.parseExpr(s, local, nil, ts, evaluate)
}

// parseDict reads local_dict (or sympify's locals): None, or a dict
// whose string keys are names.
func (in *interp) parseDict(v Value, param string) map[string]Value {
	out := map[string]Value{}
	if v == nil || v == none {
		return out
	}
	d, ok := v.(*Dict)
	if !ok {
		throw("TypeError", "expecting %s to be a dict", param)
	}
	ks, vs := d.Items()
	for i, k := range ks {
		if s, ok := k.(string); ok {
			if s == "" && param == "local_dict" {
				throw("ValueError", "cannot use \"\" in local_dict")
			}
			out[s] = vs[i]
		}
	}
	return out
}

// parseExprCall is parse_expr's binding.
func (in *interp) parseExprCall(a *callArgs) Value {
	s, ok := a.Get("s").(string)
	if !ok {
		throw("AttributeError", "'%s' object has no attribute 'strip'", typeName(a.Get("s")))
	}
	local := in.parseDict(a.Get("local_dict"), "local_dict")
	var global map[string]Value
	if g := a.Get("global_dict"); g != nil && g != none {
		global = in.parseDict(g, "global_dict")
	}
	var ts []Value
	switch t := a.Get("transformations").(type) {
	case nil:
		for _, tr := range standardTransformations() {
			ts = append(ts, tr)
		}
	case string:
		switch t {
		case "all":
			ts = make([]Value, len(transformations))
			for i, tr := range transformations {
				ts[i] = tr
			}
		case "implicit":
			for _, tr := range transformations[:6] {
				ts = append(ts, tr)
			}
		default:
			throw("ValueError", "unknown transformation group name")
		}
	default:
		if in.truth(t, nil) {
			in.iterate(t, func(v Value) bool { ts = append(ts, v); return true })
		}
	}
	return in.parseExpr(s, local, global, ts, in.truth(a.Or("evaluate", true), nil))
}
