package session

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Python's format() of int, float and complex (CPython's
// Python/formatter_unicode.c and the float-to-string rules of
// Python/pystrtod.c).

// formatInt is int.__format__ for a non-empty spec.
func formatInt(x *big.Int, fs fmtSpec) string {
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloat(intToFloat(x), fs)
	}
	if fs.precision >= 0 {
		throw("ValueError", "Precision not allowed in integer format specifier")
	}
	neg := x.Sign() < 0
	abs := new(big.Int).Abs(x)
	var digits, prefix string
	groupLen := 3
	switch fs.typ {
	case 0, 'd', 'n':
		if fs.typ == 'n' && fs.grouping != 0 {
			throw("ValueError", "Cannot specify '%c' with 'n'.", fs.grouping)
		}
		digits = abs.String()
	case 'x', 'X', 'o', 'b':
		if fs.grouping == ',' {
			throw("ValueError", "Cannot specify ',' with '%c'.", fs.typ)
		}
		base := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'b': 2}[fs.typ]
		digits = abs.Text(base)
		if fs.typ == 'X' {
			digits = strings.ToUpper(digits)
		}
		if fs.alt {
			prefix = "0" + string(fs.typ)
		}
		groupLen = 4
	case 'c':
		if fs.sign != 0 {
			throw("ValueError", "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			throw("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !x.IsInt64() {
			throw("OverflowError", "Python int too large to convert to C long")
		}
		if x.Int64() < 0 || x.Int64() > 0x10ffff {
			throw("OverflowError", "%s", "%c arg not in range(0x110000)")
		}
		return pad(string(rune(x.Int64())), fs, '>')
	default:
		throw("ValueError", "Unknown format code '%c' for object of type 'int'", fs.typ)
	}
	return layoutNumber(signOf(neg, fs), prefix, digits, "", fs, groupLen)
}

// signOf is the sign text of a number for the spec's sign option.
func signOf(neg bool, fs fmtSpec) string {
	switch {
	case neg:
		return "-"
	case fs.sign == '+' || fs.sign == ' ':
		return string(fs.sign)
	}
	return ""
}

// layoutNumber joins sign, prefix, the integer digits (grouped, and
// zero-filled to the width for fill '0' with '=' alignment) and the rest
// (fraction, exponent, '%'), then pads to the width (CPython's
// calc_number_widths and fill_number).
func layoutNumber(sign, prefix, digits, rest string, fs fmtSpec, groupLen int) string {
	if fs.grouping != 0 && digits != "" {
		minWidth := 0
		if fs.fill == '0' && fs.align == '=' {
			minWidth = fs.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		digits = groupDigits(digits, fs.grouping, groupLen, minWidth)
	}
	body := digits + rest
	n := utf8.RuneCountInString(sign + prefix + body)
	if n >= fs.width {
		return sign + prefix + body
	}
	k := fs.width - n
	fill := string(fs.fill)
	switch fs.align {
	case '<':
		return sign + prefix + body + repeatStr(fill, k)
	case '^':
		return repeatStr(fill, k/2) + sign + prefix + body + repeatStr(fill, k-k/2)
	case '=':
		return sign + prefix + repeatStr(fill, k) + body
	}
	return repeatStr(fill, k) + sign + prefix + body
}

// groupDigits inserts sep every groupLen digits from the right, padding
// with zeros on the left to at least minWidth characters (never starting
// with a separator).
func groupDigits(digits string, sep byte, groupLen, minWidth int) string {
	var groups []string
	for {
		l := min(max(len(digits), minWidth, 1), groupLen)
		g := digits
		if len(g) > l {
			g = g[len(g)-l:]
		}
		groups = append(groups, repeatStr("0", l-len(g))+g)
		digits = digits[:len(digits)-len(g)]
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var b strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}

// floatBody formats |f| (f finite or not) for the presentation type typ
// (0 for none) and precision (-1 for none), as PyOS_double_to_string: the
// integer digits and the rest (point, fraction, exponent, '%').
func floatBody(a float64, typ byte, prec int, alt bool) (string, string) {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	var s string
	switch {
	case math.IsInf(a, 0):
		s = "inf"
		if typ == '%' {
			s += "%"
		}
	case math.IsNaN(a):
		s = "nan"
		if typ == '%' {
			s += "%"
		}
	default:
		switch typ {
		case 'f', 'F', '%':
			if prec < 0 {
				prec = 6
			}
			v := a
			if typ == '%' {
				v *= 100
			}
			if math.IsInf(v, 0) {
				s = "inf%"
				break
			}
			s = strconv.FormatFloat(v, 'f', prec, 64)
			if alt && prec == 0 {
				s += "."
			}
			if typ == '%' {
				s += "%"
			}
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			digits, decpt := floatDigits(a, prec+1)
			digits += repeatStr("0", prec+1-len(digits))
			s = expForm(digits, decpt, alt)
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			s = generalForm(a, max(prec, 1), alt, false)
		default: // no type
			if prec < 0 {
				s = floatRepr(a)
				if alt && !strings.Contains(s, ".") {
					m, e, _ := strings.Cut(s, "e")
					s = m + ".e" + e
				}
			} else {
				s = generalForm(a, max(prec, 1), alt, true)
			}
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// floatDigits returns the shortest correctly rounded significant digits
// of a > 0 with at most n digits (n <= 0: shortest round-trip), trailing
// zeros removed, and the decimal point position (value = 0.DIGITS ×
// 10**decpt).
func floatDigits(a float64, n int) (string, int) {
	if a == 0 {
		return "0", 1
	}
	var es string
	if n <= 0 {
		es = strconv.FormatFloat(a, 'e', -1, 64)
	} else {
		es = strconv.FormatFloat(a, 'e', n-1, 64)
	}
	mant, expS, _ := strings.Cut(es, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
	if digits == "" {
		digits = "0"
	}
	return digits, exp + 1
}

// expForm writes digits (at least one) with decimal point position decpt
// in Python's exponent notation d.ddde+XX.
func expForm(digits string, decpt int, alt bool) string {
	s := digits[:1]
	if len(digits) > 1 || alt {
		s += "." + digits[1:]
	}
	exp := decpt - 1
	if digits == "0" {
		exp = 0
	}
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	e := strconv.Itoa(exp)
	if len(e) < 2 {
		e = "0" + e
	}
	return s + "e" + sign + e
}

// generalForm is the 'g' presentation of a >= 0 with precision p; alt
// keeps trailing zeros; addDot0 (no presentation type) switches to the
// exponent one digit sooner and keeps a ".0" on integral values.
func generalForm(a float64, p int, alt, addDot0 bool) string {
	digits, decpt := floatDigits(a, p)
	limit := p
	if addDot0 {
		limit = p - 1
	}
	if alt && len(digits) < p {
		digits += repeatStr("0", p-len(digits))
	}
	if decpt <= -4 || decpt > limit {
		return expForm(digits, decpt, alt)
	}
	var s string
	switch {
	case decpt <= 0:
		s = "0." + repeatStr("0", -decpt) + digits
	case decpt >= len(digits):
		s = digits + repeatStr("0", decpt-len(digits))
		if alt || addDot0 {
			s += "."
			if addDot0 && !alt {
				s += "0"
			}
		}
	default:
		s = digits[:decpt] + "." + digits[decpt:]
	}
	return s
}

// formatFloat is float.__format__ for a non-empty spec.
func formatFloat(f float64, fs fmtSpec) string {
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		throw("ValueError", "Unknown format code '%c' for object of type 'float'", fs.typ)
	}
	if fs.typ == 'n' && fs.grouping != 0 {
		throw("ValueError", "Cannot specify '%c' with 'n'.", fs.grouping)
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	digits, rest := floatBody(math.Abs(f), fs.typ, fs.precision, fs.alt)
	return layoutNumber(signOf(neg, fs), "", digits, rest, fs, 3)
}

// formatComplex is complex.__format__ for a non-empty spec.
func formatComplex(c complex128, fs fmtSpec) string {
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		throw("ValueError", "Unknown format code '%c' for object of type 'complex'", fs.typ)
	}
	if fs.fill == '0' {
		throw("ValueError", "Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		throw("ValueError", "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ, prec := fs.typ, fs.precision
	skipRe, parens := false, false
	if typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
		if prec >= 0 {
			typ = 'g'
		}
	}
	part := func(v float64, sign string) string {
		var d, r string
		if typ == 0 {
			s := strings.TrimSuffix(floatRepr(math.Abs(v)), ".0")
			i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
			if i < 0 {
				i = len(s)
			}
			d, r = s[:i], s[i:]
		} else {
			d, r = floatBody(math.Abs(v), typ, prec, fs.alt)
		}
		if fs.grouping != 0 && d != "" {
			d = groupDigits(d, fs.grouping, 3, 0)
		}
		return sign + d + r
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	reNeg := math.Signbit(re) && !math.IsNaN(re)
	imNeg := math.Signbit(im) && !math.IsNaN(im)
	if !skipRe {
		b.WriteString(part(re, signOf(reNeg, fs)))
		imSign := "+"
		if imNeg {
			imSign = "-"
		}
		b.WriteString(part(im, imSign))
	} else {
		b.WriteString(part(im, signOf(imNeg, fs)))
	}
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	fs.zero = false
	return pad(b.String(), fs, '>')
}
