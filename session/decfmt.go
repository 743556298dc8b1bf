package session

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// decimal is a finite decimal number sign × digits × 10**exp, the data of
// Python's decimal.Decimal that format() looks at.
type decimal struct {
	neg    bool
	digits string // no leading zeros except the single digit "0"
	exp    int
}

// parseDecimal reads a decimal string such as "-1.50000000000000e+100"
// (the str of a SymPy Float) keeping every written digit, as
// decimal.Decimal(s) does.
func parseDecimal(s string) (decimal, bool) {
	var d decimal
	if strings.HasPrefix(s, "-") {
		d.neg = true
		s = s[1:]
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	mant, expS, hasExp := strings.Cut(strings.ToLower(s), "e")
	if hasExp {
		e, err := strconv.Atoi(expS)
		if err != nil {
			return d, false
		}
		d.exp = e
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	digits := intPart + frac
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return d, false
	}
	d.exp -= len(frac)
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		digits = "0"
	}
	d.digits = digits
	return d, true
}

func (d decimal) isZero() bool { return d.digits == "0" }

// adjusted is the exponent of the leading digit.
func (d decimal) adjusted() int { return d.exp + len(d.digits) - 1 }

// rescale rounds d half to even so that its exponent is exp.
func (d decimal) rescale(exp int) decimal {
	if d.isZero() {
		return decimal{neg: d.neg, digits: "0", exp: exp}
	}
	if exp <= d.exp {
		return decimal{neg: d.neg, digits: d.digits + repeatStr("0", d.exp-exp), exp: exp}
	}
	drop := exp - d.exp
	var keep, rest string
	if drop < len(d.digits) {
		keep, rest = d.digits[:len(d.digits)-drop], d.digits[len(d.digits)-drop:]
	} else {
		rest = repeatStr("0", drop-len(d.digits)) + d.digits
	}
	up := false
	switch {
	case rest[0] > '5':
		up = true
	case rest[0] == '5':
		if strings.Trim(rest[1:], "0") != "" {
			up = true
		} else {
			up = keep != "" && (keep[len(keep)-1]-'0')%2 == 1
		}
	}
	if up {
		keep = incDigits(keep)
	}
	keep = strings.TrimLeft(keep, "0")
	if keep == "" {
		keep = "0"
	}
	return decimal{neg: d.neg, digits: keep, exp: exp}
}

// incDigits adds one to a decimal digit string.
func incDigits(s string) string {
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// round keeps places significant digits (Decimal._round).
func (d decimal) round(places int) decimal {
	if d.isZero() {
		return d
	}
	r := d.rescale(d.adjusted() + 1 - places)
	if r.adjusted() != d.adjusted() {
		r = r.rescale(r.adjusted() + 1 - places)
	}
	return r
}

// decSpec is a parsed Decimal format specification.
type decSpec struct {
	fill      string
	align     byte
	sign      byte
	noNegZero bool
	zeroPad   bool
	width     int
	thousands bool
	precision int // -1 when absent
	typ       byte
}

// parseDecSpec parses a format specification as the C decimal module of
// CPython 3.11 does (no '#' and no '_').
func parseDecSpec(spec string) (decSpec, bool) {
	ds := decSpec{fill: " ", precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	hasAlign := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		ds.fill, ds.align = string(rs[0]), byte(rs[1])
		i = 2
		hasAlign = true
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		ds.align = byte(rs[0])
		i = 1
		hasAlign = true
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		ds.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		ds.noNegZero = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		if hasAlign {
			return ds, false
		}
		ds.zeroPad = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		ds.width, _ = strconv.Atoi(string(rs[start:i]))
	}
	if i < len(rs) && rs[i] == ',' {
		ds.thousands = true
		i++
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return ds, false
		}
		ds.precision, _ = strconv.Atoi(string(rs[start:i]))
	}
	if i < len(rs) && strings.ContainsRune("eEfFgGn%", rs[i]) {
		ds.typ = byte(rs[i])
		i++
	}
	if i != len(rs) {
		return ds, false
	}
	if ds.zeroPad {
		ds.fill, ds.align = "0", '='
	}
	if ds.align == 0 {
		ds.align = '>'
	}
	return ds, true
}

// formatDecimal is format(decimal.Decimal(s), spec) with Python's default
// context (28 digits, half-even rounding, capital exponent letters); the
// bool is false for an invalid specification ("invalid format string").
func formatDecimal(s, spec string) (string, bool) {
	ds, ok := parseDecSpec(spec)
	if !ok {
		return "", false
	}
	d, ok := parseDecimal(s)
	if !ok {
		return s, true
	}
	typ := ds.typ
	lowerE := false
	switch typ {
	case 0:
		typ = 'G'
	case 'n':
		typ, lowerE = 'g', true
	}
	if ds.precision == 0 && (typ == 'g' || typ == 'G') {
		ds.precision = 1
	}
	if typ == '%' {
		d.exp += 2
	}
	if p := ds.precision; p >= 0 {
		switch typ {
		case 'e', 'E':
			d = d.round(p + 1)
		case 'f', 'F', '%':
			d = d.rescale(-p)
		case 'g', 'G':
			if len(d.digits) > p {
				d = d.round(p)
			}
		}
	}
	if d.isZero() && d.exp > 0 && (typ == 'f' || typ == 'F' || typ == '%') {
		d = d.rescale(0)
	}
	neg := d.neg
	if d.isZero() && ds.noNegZero {
		neg = false
	}
	left := d.exp + len(d.digits)
	var dot int
	switch typ {
	case 'e', 'E':
		dot = 1
		if d.isZero() && ds.precision >= 0 {
			dot = 1 - ds.precision
		}
	case 'f', 'F', '%':
		dot = left
	default:
		dot = 1
		if d.exp <= 0 && left > -6 {
			dot = left
		}
	}
	var intPart, frac string
	switch {
	case dot < 0:
		intPart, frac = "0", repeatStr("0", -dot)+d.digits
	case dot > len(d.digits):
		intPart = d.digits + repeatStr("0", dot-len(d.digits))
	default:
		intPart, frac = d.digits[:dot], d.digits[dot:]
		if intPart == "" {
			intPart = "0"
		}
	}
	exp := left - dot
	sign := ""
	switch {
	case neg:
		sign = "-"
	case ds.sign == '+' || ds.sign == ' ':
		sign = string(ds.sign)
	}
	if frac != "" {
		frac = "." + frac
	}
	if exp != 0 || typ == 'e' || typ == 'E' {
		e := "e"
		if (typ == 'E' || typ == 'G') && !lowerE {
			e = "E"
		}
		es := strconv.Itoa(exp)
		if exp >= 0 {
			es = "+" + es
		}
		frac += e + es
	}
	if typ == '%' {
		frac += "%"
	}
	if ds.thousands {
		minWidth := 0
		if ds.zeroPad {
			minWidth = ds.width - len(frac) - len(sign)
		}
		intPart = insertThousands(intPart, minWidth)
	}
	body := intPart + frac
	padN := ds.width - len(sign) - utf8.RuneCountInString(body)
	if padN < 0 {
		padN = 0
	}
	padding := repeatStr(ds.fill, padN)
	switch ds.align {
	case '<':
		return sign + body + padding, true
	case '=':
		return sign + padding + body, true
	case '^':
		half := repeatStr(ds.fill, padN/2)
		return half + sign + body + repeatStr(ds.fill, padN-padN/2), true
	}
	return padding + sign + body, true
}

// insertThousands puts commas between groups of three digits, padding
// with zeros on the left to at least minWidth characters (and one more
// zero rather than a leading comma), as decimal's _insert_thousands_sep.
func insertThousands(digits string, minWidth int) string {
	var groups []string
	for {
		l := max(len(digits), minWidth, 1)
		if l > 3 {
			l = 3
		}
		g := digits
		if len(digits) > l {
			g = digits[len(digits)-l:]
		}
		groups = append(groups, repeatStr("0", l-len(g))+g)
		if len(digits) > l {
			digits = digits[:len(digits)-l]
		} else {
			digits = ""
		}
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, ",")
}
