package mpf

import (
	"math/big"
	"strconv"
	"strings"
)

// log2of10 is Python's math.log(10, 2), used by mpmath's to_digits_exp.
const log2of10 = 3.3219280948873626

// toDigitsExp mirrors mpmath's libmpf.to_digits_exp: it returns the sign
// ("" or "-"), a string of about dps decimal digits of |x| (truncated, not
// rounded) and the decimal exponent of the first digit.
func toDigitsExp(x Float, dps int) (string, string, int) {
	sign := ""
	if x.neg {
		sign = "-"
	}
	if x.k != kFinite {
		return "", "0", 0
	}
	s := x.Abs()
	bitprec := int(float64(dps)*log2of10) + 10
	exponent := 0
	if ef1 := s.exp + s.man.BitLen(); ef1 > 3500 || ef1 < -3500 {
		// Divide by a nearby power of ten first, as mpmath does.
		ae := s.exp
		if ae < 0 {
			ae = -ae
		}
		expprec := big.NewInt(int64(ae)).BitLen() + 5
		tmp := FromInt64(int64(s.exp), 0)
		tmp = mul(tmp, constRounded(ln2Fixed, expprec, rDown), 0, rNearest)
		tmp = quo(tmp, constRounded(ln10Fixed, expprec, rDown), expprec, rDown)
		b := tmp.truncInt()
		s = quo(s, powInt(ften, b, bitprec, rDown), bitprec, rDown)
		exponent = b
	}
	bc := s.man.BitLen()
	fixprec := bitprec - s.exp - bc
	if fixprec < 0 {
		fixprec = 0
	}
	fixdps := int(float64(fixprec)/log2of10 + 0.5)
	sf := new(big.Int).Set(s.man)
	if off := s.exp + fixprec; off >= 0 {
		sf.Lsh(sf, uint(off))
	} else {
		sf.Rsh(sf, uint(-off))
	}
	sf.Mul(sf, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(fixdps)), nil))
	sf.Rsh(sf, uint(fixprec))
	digits := sf.String()
	exponent += len(digits) - fixdps - 1
	return sign, digits, exponent
}

// truncInt returns x truncated toward zero as an int (x finite, small).
func (x Float) truncInt() int {
	if x.k != kFinite {
		return 0
	}
	m := new(big.Int).Set(x.man)
	if x.exp >= 0 {
		m.Lsh(m, uint(x.exp))
	} else {
		m.Rsh(m, uint(-x.exp))
	}
	v := int(m.Int64())
	if x.neg {
		v = -v
	}
	return v
}

// FormatOptions holds the optional parameters of mpmath's to_str.
type FormatOptions struct {
	// StripZeros removes trailing zeros of the mantissa (keeping one digit
	// after the point).
	StripZeros bool
	// MinFixed and MaxFixed select fixed-point notation when
	// MinFixed < exponent < MaxFixed. Nil means mpmath's defaults,
	// min(-(dps/3), -5) and dps. Use math.MinInt/math.MaxInt to force
	// fixed-point notation.
	MinFixed, MaxFixed *int
	// ShowZeroExponent appends "e+0" when the exponent is zero.
	ShowZeroExponent bool
}

// Format converts x to a decimal string with at most dps significant digits
// exactly as mpmath's to_str(x, dps, strip_zeros=stripZeros) does, e.g.
// "0.333333333333333", "3.02231454903657e+23", "1.0e-10", "+inf", "nan".
func Format(x Float, dps int, stripZeros bool) string {
	return FormatOpts(x, dps, FormatOptions{StripZeros: stripZeros})
}

// FormatOpts is Format with all of mpmath to_str's options.
func FormatOpts(x Float, dps int, o FormatOptions) string {
	switch x.k {
	case kZero:
		t := ".0"
		if dps != 0 {
			t = "0.0"
		}
		if o.ShowZeroExponent {
			t += "e+0"
		}
		return t
	case kInf:
		if x.neg {
			return "-inf"
		}
		return "+inf"
	case kNaN:
		return "nan"
	}
	minFixed := min(-floorDiv(dps, 3), -5)
	maxFixed := dps
	if o.MinFixed != nil {
		minFixed = *o.MinFixed
	}
	if o.MaxFixed != nil {
		maxFixed = *o.MaxFixed
	}
	sign, digits, exponent := toDigitsExp(x, dps+3)
	if dps == 0 {
		if strings.ContainsRune("56789", rune(digits[0])) {
			exponent++
		}
		digits = ".0"
	} else {
		if len(digits) > dps && digits[dps] >= '5' {
			d := []byte(digits[:dps])
			i := dps - 1
			for i >= 0 && d[i] == '9' {
				i--
			}
			if i >= 0 {
				d[i]++
				for j := i + 1; j < dps; j++ {
					d[j] = '0'
				}
				digits = string(d)
			} else {
				digits = "1" + strings.Repeat("0", dps-1)
				exponent++
			}
		} else if len(digits) > dps {
			digits = digits[:dps]
		}
		split := 1
		if minFixed < exponent && exponent < maxFixed {
			if exponent < 0 {
				digits = strings.Repeat("0", -exponent) + digits
			} else {
				split = exponent + 1
				if split > dps {
					digits += strings.Repeat("0", split-dps)
				}
			}
			exponent = 0
		}
		digits = digits[:split] + "." + digits[split:]
		if o.StripZeros {
			digits = strings.TrimRight(digits, "0")
			if digits[len(digits)-1] == '.' {
				digits += "0"
			}
		}
	}
	if exponent == 0 && dps != 0 && !o.ShowZeroExponent {
		return sign + digits
	}
	if exponent >= 0 {
		return sign + digits + "e+" + strconv.Itoa(exponent)
	}
	return sign + digits + "e" + strconv.Itoa(exponent)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// SymPyStr formats x as SymPy's StrPrinter prints a Float: mpmath to_str
// with dps = prec_to_dps(x.Prec()) (0 when the precision is below 5 bits),
// then "-.0"/".0" prefixes become "-0."/"0." and a leading "+" is dropped.
// strip should be false for a top-level Float (str(Float(0.5)) is
// "0.500000000000000") and true for a Float nested in an expression
// (2.5*x prints "2.5*x"), matching full_prec="auto".
func SymPyStr(x Float, strip bool) string {
	dps := 0
	if x.prec >= 5 {
		dps = PrecToDps(x.prec)
	}
	return SymPyStrDps(x, dps, strip)
}

// SymPyStrDps is SymPyStr with an explicit number of digits (StrPrinter's
// "dps" setting).
func SymPyStrDps(x Float, dps int, strip bool) string {
	rv := FormatOpts(x, dps, FormatOptions{StripZeros: strip})
	switch {
	case strings.HasPrefix(rv, "-.0"):
		rv = "-0." + rv[3:]
	case strings.HasPrefix(rv, ".0"):
		rv = "0." + rv[2:]
	}
	return strings.TrimPrefix(rv, "+")
}

// String returns SymPyStr(x, false).
func (x Float) String() string { return SymPyStr(x, false) }
