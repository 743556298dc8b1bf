package session

// This file holds the arithmetic of Python's int, float and complex
// (CPython's results, rounding and errors).

import (
	"math"
	"math/big"

	"github.com/dcalc/dcalc/session/ndarray"
)

// maxIntBits bounds the size of an int made by ** or <<: bigger results
// raise MemoryError, since math/big cannot be interrupted and 10**10**8
// would run for minutes.
const maxIntBits = 1 << 25

// numBinop does arithmetic on Python numbers.
func numBinop(op string, a, b Value) Value {
	_, ac := a.(complex128)
	_, bc := b.(complex128)
	_, af := a.(float64)
	_, bf := b.(float64)
	switch op {
	case "//", "%":
		if ac || bc {
			unsupported(op, a, b)
		}
	case "&", "|", "^", "<<", ">>":
		if ac || bc || af || bf {
			unsupported(op, a, b)
		}
	}
	if x, ok := a.(bool); ok {
		if y, ok := b.(bool); ok {
			switch op {
			case "&":
				return x && y
			case "|":
				return x || y
			case "^":
				return x != y
			}
		}
		a = boolInt(x)
	}
	if y, ok := b.(bool); ok {
		b = boolInt(y)
	}
	switch x := a.(type) {
	case *big.Int:
		switch y := b.(type) {
		case *big.Int:
			return intBinop(op, x, y)
		case float64:
			return floatBinop(op, intToFloat(x), y)
		case complex128:
			return complexBinop(op, complex(intToFloat(x), 0), y)
		}
	case float64:
		switch y := b.(type) {
		case *big.Int:
			return floatBinop(op, x, intToFloat(y))
		case float64:
			return floatBinop(op, x, y)
		case complex128:
			return complexBinop(op, complex(x, 0), y)
		}
	case complex128:
		switch y := b.(type) {
		case *big.Int:
			return complexBinop(op, x, complex(intToFloat(y), 0))
		case float64:
			return complexBinop(op, x, complex(y, 0))
		case complex128:
			return complexBinop(op, x, y)
		}
	}
	unsupported(op, a, b)
	return nil
}

func intToFloat(x *big.Int) float64 {
	if x.IsInt64() {
		return float64(x.Int64())
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		throw("OverflowError", "int too large to convert to float")
	}
	return f
}

func intBinop(op string, x, y *big.Int) Value {
	switch op {
	case "+":
		return new(big.Int).Add(x, y)
	case "-":
		return new(big.Int).Sub(x, y)
	case "*":
		return new(big.Int).Mul(x, y)
	case "/":
		if y.Sign() == 0 {
			throw("ZeroDivisionError", "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			throw("OverflowError", "integer division result too large for a float")
		}
		return f
	case "//", "%":
		if y.Sign() == 0 {
			if op == "%" {
				throw("ZeroDivisionError", "integer modulo by zero")
			}
			throw("ZeroDivisionError", "integer division or modulo by zero")
		}
		q, m := floorDivMod(x, y)
		if op == "//" {
			return q
		}
		return m
	case "**":
		if y.Sign() < 0 {
			if x.Sign() == 0 {
				throw("ZeroDivisionError", "0.0 cannot be raised to a negative power")
			}
			return floatBinop("**", intToFloat(x), intToFloat(y))
		}
		if x.CmpAbs(big.NewInt(1)) > 0 && (y.BitLen() > 32 || int64(x.BitLen()-1)*y.Int64() > maxIntBits) {
			throw("MemoryError", "")
		}
		return new(big.Int).Exp(x, y, nil)
	case "&":
		return new(big.Int).And(x, y)
	case "|":
		return new(big.Int).Or(x, y)
	case "^":
		return new(big.Int).Xor(x, y)
	case "<<":
		if y.Sign() < 0 {
			throw("ValueError", "negative shift count")
		}
		if x.Sign() == 0 {
			return new(big.Int)
		}
		if !y.IsInt64() || int64(x.BitLen())+y.Int64() > maxIntBits {
			throw("MemoryError", "")
		}
		return new(big.Int).Lsh(x, uint(y.Int64()))
	case ">>":
		if y.Sign() < 0 {
			throw("ValueError", "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			return big.NewInt(int64(x.Sign() >> 1)) // 0, or -1 for negative x
		}
		return new(big.Int).Rsh(x, uint(y.Int64()))
	}
	unsupported(op, x, y)
	return nil
}

func floorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func floatBinop(op string, x, y float64) Value {
	switch op {
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	case "/":
		if y == 0 {
			throw("ZeroDivisionError", "float division by zero")
		}
		return x / y
	case "//":
		if y == 0 {
			throw("ZeroDivisionError", "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return q
	case "%":
		if y == 0 {
			throw("ZeroDivisionError", "float modulo")
		}
		_, m := floatDivMod(x, y)
		return m
	case "**":
		if x == 0 && y < 0 {
			throw("ZeroDivisionError", "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) {
			return pyComplexPow(complex(x, 0), complex(y, 0))
		}
		r := libmPow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			throw("OverflowError", "(34, 'Numerical result out of range')")
		}
		return r
	}
	unsupported(op, x, y)
	return nil
}

// floatDivMod is CPython's float divmod for y != 0: the floor quotient
// and the remainder with the sign of y (NumPy's npy_divmod is the same
// algorithm).
func floatDivMod(x, y float64) (float64, float64) { return ndarray.DivMod(x, y) }

func complexBinop(op string, x, y complex128) Value {
	switch op {
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	case "/":
		if y == 0 {
			throw("ZeroDivisionError", "complex division by zero")
		}
		return complexQuo(x, y)
	case "**":
		if x == 0 && (real(y) < 0 || imag(y) != 0) {
			throw("ZeroDivisionError", "0.0 to a negative or complex power")
		}
		r := pyComplexPow(x, y)
		if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
			throw("OverflowError", "complex exponentiation")
		}
		return r
	}
	unsupported(op, x, y)
	return nil
}

// pyComplexPow is CPython's complex power (complexobject.c): repeated
// squaring for integral exponents up to 100, else polar form.
func pyComplexPow(a, b complex128) complex128 {
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n < 0 {
			return complexQuo(1, complexPowu(a, -n))
		}
		return complexPowu(a, n)
	}
	if b == 0 {
		return 1
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			throw("ZeroDivisionError", "0.0 to a negative or complex power")
		}
		return 0
	}
	vabs := math.Hypot(real(a), imag(a))
	l := libmPow(vabs, real(b))
	at := libmAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= libmExp(at * imag(b))
		phase += imag(b) * libmLog(vabs)
	}
	return complex(l*libmCos(phase), l*libmSin(phase))
}

func complexPowu(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexMul and complexQuo are CPython's _Py_c_prod and _Py_c_quot
// (Go's complex division scales differently).
func complexMul(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

func complexQuo(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			throw("ZeroDivisionError", "complex division by zero")
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
	}
	return complex(math.NaN(), math.NaN())
}
