package engine

// A node's fuzzy facts are kept in its keyCache once computed, two bits
// each (0 not yet known, else the Tri plus one). A node's facts depend
// on nothing but the node (assumptions live in its symbols), so, as
// SymPy keeps them in each object's _assumptions, each is computed once:
// the sign rules ask the same questions of the same subexpressions
// again and again, which without the cache costs time exponential in
// the depth of the expression.

// A fact names one cached fact.
type fact uint8

// The cached facts.
const (
	factPositive fact = iota
	factNegative
	factZero
	factFinite
	factReal
	factInteger
	factNonnegative
	factNonpositive
	factMinusSign // CouldExtractMinusSign of a sum
)

// cachedFact returns fact f of e, computed by compute on first asking.
func cachedFact(e Expr, f fact, compute func(Expr) Tri) Tri {
	c := keyCacheOf(e)
	if c == nil {
		return compute(e)
	}
	shift := 2 * uint(f)
	if v := c.facts.Load() >> shift & 3; v != 0 {
		return Tri(v - 1)
	}
	t := compute(e)
	c.facts.Or(uint32(t+1) << shift)
	return t
}

// IsPositive reports whether e is known to be a positive real number.
func IsPositive(e Expr) Tri { return cachedFact(e, factPositive, positiveFact) }

// IsNegative reports whether e is known to be a negative real number.
func IsNegative(e Expr) Tri { return cachedFact(e, factNegative, negativeFact) }

func positiveFact(e Expr) Tri { return signFact(e, 1) }
func negativeFact(e Expr) Tri { return signFact(e, -1) }

// signOf reports whether e is known to have the sign want (1 or -1).
func signOf(e Expr, want int) Tri {
	if want > 0 {
		return IsPositive(e)
	}
	return IsNegative(e)
}

// IsZero reports whether e is known to be zero.
func IsZero(e Expr) Tri { return cachedFact(e, factZero, isZeroFact) }

// IsFinite reports whether e is known to be finite.
func IsFinite(e Expr) Tri { return cachedFact(e, factFinite, isFiniteFact) }

// IsReal reports whether e is known to be real (extended real for oo).
func IsReal(e Expr) Tri { return cachedFact(e, factReal, isRealFact) }

// IsIntegerValued reports whether e is known to be an integer.
func IsIntegerValued(e Expr) Tri { return cachedFact(e, factInteger, isIntegerFact) }

// isNonnegative reports whether e is known to be >= 0.
func isNonnegative(e Expr) Tri { return cachedFact(e, factNonnegative, isNonnegativeFact) }

// isNonpositive reports whether e is known to be <= 0.
func isNonpositive(e Expr) Tri { return cachedFact(e, factNonpositive, isNonpositiveFact) }
