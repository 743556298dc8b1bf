package mpf

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// ErrSyntax is returned by FromString for malformed input.
var ErrSyntax = errors.New("mpf: invalid number syntax")

// parseDecimal splits a Python float literal into an integer mantissa and
// a power of ten (mpmath's str_to_man_exp). Underscores between digits are
// accepted as in Python.
func parseDecimal(s string) (*big.Int, int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "_", "")
	if s == "" {
		return nil, 0, ErrSyntax
	}
	exp := 0
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || s[i+1:] == "" {
			return nil, 0, ErrSyntax
		}
		exp = e
		s = s[:i]
	}
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i+1:]
	}
	if intPart == "" && frac == "" {
		return nil, 0, ErrSyntax
	}
	for _, c := range intPart + frac {
		if c < '0' || c > '9' {
			return nil, 0, ErrSyntax
		}
	}
	frac = strings.TrimRight(frac, "0")
	exp -= len(frac)
	digits := intPart + frac
	if digits == "" {
		digits = "0"
	}
	m, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, 0, ErrSyntax
	}
	if neg {
		m.Neg(m)
	}
	return m, exp, nil
}

// FromString converts a decimal literal (Python float syntax, e.g. "0.1",
// "-1.5e-10", ".5", "1_000.0", "inf", "nan", or a ratio "p/q") to a Float
// rounded to prec bits, as SymPy's Float(s) does via mpmath's from_str with
// round-nearest. The rounding is correct except for decimal exponents
// beyond ±400, where mpmath's (and hence this) algorithm is slightly
// inexact in the same way.
func FromString(s string, prec int) (Float, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "inf", "+inf":
		return Inf(1), nil
	case "-inf":
		return Inf(-1), nil
	case "nan":
		return NaN(), nil
	}
	if i := strings.IndexByte(t, '/'); i >= 0 {
		p, ok1 := new(big.Int).SetString(t[:i], 10)
		q, ok2 := new(big.Int).SetString(t[i+1:], 10)
		if !ok1 || !ok2 || q.Sign() == 0 {
			return Float{}, ErrSyntax
		}
		return divInts(p, q, 0, prec, rNearest), nil
	}
	man, exp, err := parseDecimal(t)
	if err != nil {
		return Float{}, err
	}
	if exp > 400 || exp < -400 {
		// mpmath: from_int(man, prec+10) (round_down) times
		// mpf_pow_int(10, exp, prec+10) (round_down), rounded to nearest.
		a := new(big.Int).Abs(man)
		m := mkFloat(man.Sign() < 0, a, 0, prec+10, rDown, false, prec+10)
		return mul(m, powInt(ften, exp, prec+10, rDown), prec, rNearest), nil
	}
	if exp >= 0 {
		man.Mul(man, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil))
		return FromInt(man, prec), nil
	}
	den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-exp)), nil)
	return divInts(man, den, 0, prec, rNearest), nil
}

// SymPyStringPrec returns the binary precision SymPy's Float(s) chooses
// for a decimal string s when no precision is given: dps is the number of
// significant digits of s (at least 15; for an integer literal such as
// "12e3", at least its number of digits), converted with DpsToPrec.
func SymPyStringPrec(s string) int {
	t := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "_", "")))
	isInt := !strings.Contains(t, ".")
	mant, exp := t, 0
	if i := strings.IndexByte(t, 'e'); i >= 0 {
		mant = t[:i]
		exp, _ = strconv.Atoi(t[i+1:])
	}
	mant = strings.TrimLeft(mant, "+-")
	ip, fp := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		ip, fp = mant[:i], mant[i+1:]
	}
	// decimal.Decimal keeps trailing zeros but drops leading ones.
	all := strings.TrimLeft(ip+fp, "0")
	dps := len(all)
	if dps == 0 {
		dps = 1
	}
	if isInt && exp-len(fp) >= 0 {
		// The value is an integer: count its digits.
		if n := len(all) + exp; all != "" && n > dps {
			dps = n
		}
	}
	return DpsToPrec(max(15, dps))
}
