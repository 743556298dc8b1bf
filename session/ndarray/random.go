package ndarray

import "math"

// RandomState is NumPy's legacy generator (np.random.seed, rand, randn,
// randint, uniform, normal): the Mersenne Twister MT19937 with NumPy's
// seeding and its conversions to doubles and Gaussians, so that a seeded
// notebook draws the same numbers as NumPy does.
type RandomState struct {
	mt       [624]uint32
	mti      int
	hasGauss bool
	gauss    float64
	// Log is the natural logarithm used by the Gaussian draws (C's log;
	// the caller passes a correctly rounded one).
	Log func(float64) float64
}

// Seed is np.random.seed(seed) for an integer seed below 2**32.
func (r *RandomState) Seed(seed uint32) {
	r.mt[0] = seed
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.mti = 624
	r.hasGauss = false
	r.gauss = 0
}

// Seeded reports whether the state has been initialised.
func (r *RandomState) Seeded() bool { return r.mti != 0 }

func (r *RandomState) next32() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	if r.mti >= 624 {
		for i := range 624 {
			y := (r.mt[i] & upper) | (r.mt[(i+1)%624] & lower)
			v := r.mt[(i+397)%624] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			r.mt[i] = v
		}
		r.mti = 0
	}
	y := r.mt[r.mti]
	r.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Double is random_sample(): 53 random bits in [0, 1).
func (r *RandomState) Double() float64 {
	a, b := r.next32()>>5, r.next32()>>6
	return (float64(a)*67108864.0 + float64(b)) / 9007199254740992.0
}

// Gauss is the legacy standard normal draw (polar Box–Muller, the second
// value kept for the next call).
func (r *RandomState) Gauss() float64 {
	if r.hasGauss {
		r.hasGauss = false
		g := r.gauss
		r.gauss = 0
		return g
	}
	var x1, x2, r2 float64
	for {
		x1 = 2*r.Double() - 1
		x2 = 2*r.Double() - 1
		r2 = x1*x1 + x2*x2
		if r2 < 1 && r2 != 0 {
			break
		}
	}
	log := r.Log
	if log == nil {
		log = math.Log
	}
	f := math.Sqrt(-2 * log(r2) / r2)
	r.gauss = f * x1
	r.hasGauss = true
	return f * x2
}

// Int is randint's draw of an integer in [low, high) (masked rejection
// sampling, as RandomState does).
func (r *RandomState) Int(low, high int64) int64 {
	rng := uint64(high - low - 1)
	if rng == 0 {
		return low
	}
	mask := rng
	for s := uint(1); s < 64; s <<= 1 {
		mask |= mask >> s
	}
	if rng <= 0xffffffff {
		for {
			v := uint64(r.next32()) & mask
			if v <= rng {
				return low + int64(v)
			}
		}
	}
	for {
		v := (uint64(r.next32())<<32 | uint64(r.next32())) & mask
		if v <= rng {
			return low + int64(v)
		}
	}
}

// SeedByArray is MT19937's init_by_array, which CPython's random.seed
// uses with the seed's 32-bit words, least significant first.
func (r *RandomState) SeedByArray(key []uint32) {
	r.Seed(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

// Uint32 is the generator's next 32-bit output.
func (r *RandomState) Uint32() uint32 { return r.next32() }
