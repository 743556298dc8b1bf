package ndarray

import (
	"math"
	"math/bits"
)

// This file is NumPy's Generator (np.random.default_rng): the PCG64 bit
// generator seeded through a SeedSequence, and the draws its methods make
// from it (doubles from the top 53 bits, normals and exponentials by the
// ziggurat, bounded integers by Lemire's method), so that a seeded
// notebook draws NumPy's numbers.

// SeedSequence constants (numpy.random.bit_generator).
const (
	ssInitA    = 0x43b0d7e5
	ssMultA    = 0x931e8875
	ssInitB    = 0x8b51f9dd
	ssMultB    = 0x58f38ded
	ssMixMultL = 0xca01f9dd
	ssMixMultR = 0x4973f715
	ssPoolSize = 4
)

// seedPool is SeedSequence(entropy).pool: the entropy words hashed into
// four words, each mixed with every other.
func seedPool(entropy []uint32) [ssPoolSize]uint32 {
	hashConst := uint32(ssInitA)
	hashmix := func(v uint32) uint32 {
		v ^= hashConst
		hashConst *= ssMultA
		v *= hashConst
		return v ^ v>>16
	}
	mix := func(x, y uint32) uint32 {
		r := ssMixMultL*x - ssMixMultR*y
		return r ^ r>>16
	}
	var pool [ssPoolSize]uint32
	for i := range pool {
		w := uint32(0)
		if i < len(entropy) {
			w = entropy[i]
		}
		pool[i] = hashmix(w)
	}
	for src := range pool {
		for dst := range pool {
			if src != dst {
				pool[dst] = mix(pool[dst], hashmix(pool[src]))
			}
		}
	}
	for src := ssPoolSize; src < len(entropy); src++ {
		for dst := range pool {
			pool[dst] = mix(pool[dst], hashmix(entropy[src]))
		}
	}
	return pool
}

// generateState64 is SeedSequence.generate_state(n, np.uint64): 2n words
// drawn from the pool, read in little-endian pairs.
func generateState64(pool [ssPoolSize]uint32, n int) []uint64 {
	hashConst := uint32(ssInitB)
	words := make([]uint32, 2*n)
	for i := range words {
		v := pool[i%ssPoolSize]
		v ^= hashConst
		hashConst *= ssMultB
		v *= hashConst
		words[i] = v ^ v>>16
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(words[2*i]) | uint64(words[2*i+1])<<32
	}
	return out
}

// PCG64 multiplier, 128 bits.
const (
	pcgMultHi = 2549297995355413924
	pcgMultLo = 4865540595714422341
)

// Generator is numpy.random.Generator over PCG64: a 128-bit LCG with the
// XSL-RR output, its 32-bit draws taken from halves of one 64-bit draw.
type Generator struct {
	hi, lo       uint64 // state
	incHi, incLo uint64 // increment (odd)
	hasU32       bool
	u32          uint32
	// Exp and Log1p are C's exp and log1p, used by the ziggurat's rare
	// tails (the caller passes correctly rounded ones).
	Exp, Log1p func(float64) float64
}

// NewGenerator is default_rng(seed) for a seed given as its 32-bit
// words, least significant first (SeedSequence's entropy).
func NewGenerator(entropy []uint32) *Generator {
	val := generateState64(seedPool(entropy), 4)
	g := &Generator{Exp: math.Exp, Log1p: math.Log1p}
	g.incHi = val[2]<<1 | val[3]>>63
	g.incLo = val[3]<<1 | 1
	g.step()
	var c uint64
	g.lo, c = bits.Add64(g.lo, val[1], 0)
	g.hi, _ = bits.Add64(g.hi, val[0], c)
	g.step()
	return g
}

func (g *Generator) step() {
	hi, lo := bits.Mul64(g.lo, pcgMultLo)
	hi += g.hi*pcgMultLo + g.lo*pcgMultHi
	var c uint64
	g.lo, c = bits.Add64(lo, g.incLo, 0)
	g.hi, _ = bits.Add64(hi, g.incHi, c)
}

// Uint64 is the next 64-bit output.
func (g *Generator) Uint64() uint64 {
	g.step()
	return bits.RotateLeft64(g.hi^g.lo, -int(g.hi>>58))
}

// Uint32 is the next 32-bit output: the low half of a 64-bit draw, then
// its high half.
func (g *Generator) Uint32() uint32 {
	if g.hasU32 {
		g.hasU32 = false
		return g.u32
	}
	v := g.Uint64()
	g.hasU32, g.u32 = true, uint32(v>>32)
	return uint32(v)
}

// Double is random(): the top 53 bits of a draw, in [0, 1).
func (g *Generator) Double() float64 {
	return float64(g.Uint64()>>11) * (1.0 / 9007199254740992.0)
}

const (
	zigNorR    = 3.6541528853610087963519472518
	zigNorInvR = 0.27366123732975827203338247596
	zigExpR    = 7.6971174701310497140446280481
)

// Normal is standard_normal(): the ziggurat, with its tail beyond r
// drawn by Marsaglia's exponential method.
func (g *Generator) Normal() float64 {
	for {
		r := g.Uint64()
		idx := r & 0xff
		r >>= 8
		sign := r & 1
		rabs := (r >> 1) & 0x000fffffffffffff
		x := float64(rabs) * zigWiNormal[idx]
		if sign != 0 {
			x = -x
		}
		if rabs < zigKiNormal[idx] {
			return x
		}
		if idx == 0 {
			for {
				xx := -zigNorInvR * g.Log1p(-g.Double())
				yy := -g.Log1p(-g.Double())
				if yy+yy > xx*xx {
					if (rabs>>8)&1 != 0 {
						return -(zigNorR + xx)
					}
					return zigNorR + xx
				}
			}
		}
		if (zigFiNormal[idx-1]-zigFiNormal[idx])*g.Double()+zigFiNormal[idx] < g.Exp(-0.5*x*x) {
			return x
		}
	}
}

// Exponential is standard_exponential(): the ziggurat.
func (g *Generator) Exponential() float64 {
	for {
		ri := g.Uint64() >> 3
		idx := ri & 0xff
		ri >>= 8
		x := float64(ri) * zigWeExp[idx]
		if ri < zigKeExp[idx] {
			return x
		}
		if idx == 0 {
			return zigExpR - g.Log1p(-g.Double())
		}
		if (zigFeExp[idx-1]-zigFeExp[idx])*g.Double()+zigFeExp[idx] < g.Exp(-x) {
			return x
		}
	}
}

// Bounded is random_bounded_uint64(0, rng) without a mask: an integer in
// [0, rng], by Lemire's multiply-and-reject (32-bit draws when rng fits
// in 32 bits).
func (g *Generator) Bounded(rng uint64) uint64 {
	switch {
	case rng == 0:
		return 0
	case rng == math.MaxUint32:
		return uint64(g.Uint32())
	case rng < math.MaxUint32:
		excl := uint32(rng) + 1
		m := uint64(g.Uint32()) * uint64(excl)
		if left := uint32(m); left < excl {
			threshold := (math.MaxUint32 - uint32(rng)) % excl
			for left < threshold {
				m = uint64(g.Uint32()) * uint64(excl)
				left = uint32(m)
			}
		}
		return m >> 32
	case rng == math.MaxUint64:
		return g.Uint64()
	}
	excl := rng + 1
	hi, left := bits.Mul64(g.Uint64(), excl)
	if left < excl {
		threshold := (math.MaxUint64 - rng) % excl
		for left < threshold {
			hi, left = bits.Mul64(g.Uint64(), excl)
		}
	}
	return hi
}

// Interval is random_interval(max): an integer in [0, max] by masked
// rejection (what Generator.shuffle uses).
func (g *Generator) Interval(maxV uint64) uint64 {
	if maxV == 0 {
		return 0
	}
	mask := maxV
	for s := uint(1); s < 64; s <<= 1 {
		mask |= mask >> s
	}
	if maxV <= math.MaxUint32 {
		for {
			if v := uint64(g.Uint32()) & mask; v <= maxV {
				return v
			}
		}
	}
	for {
		if v := g.Uint64() & mask; v <= maxV {
			return v
		}
	}
}
