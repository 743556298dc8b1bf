package engine

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestNtheoryAgainstBruteForce checks divisors, totient and primality
// against their definitions for every n below 3000.
func TestNtheoryAgainstBruteForce(t *testing.T) {
	for n := int64(1); n < 3000; n++ {
		var divs []int64
		tot := int64(0)
		for d := int64(1); d <= n; d++ {
			if n%d == 0 {
				divs = append(divs, d)
			}
			if gcd64(d, n) == 1 {
				tot++
			}
		}
		got := Divisors(big.NewInt(n))
		if len(got) != len(divs) {
			t.Fatalf("divisors(%d) = %v, want %v", n, got, divs)
		}
		for i, d := range divs {
			if got[i].Int64() != d {
				t.Fatalf("divisors(%d) = %v, want %v", n, got, divs)
			}
		}
		if g := Totient(big.NewInt(n)).Int64(); g != tot {
			t.Fatalf("totient(%d) = %d, want %d", n, g, tot)
		}
		if IsPrime(big.NewInt(n)) != (len(divs) == 2) {
			t.Fatalf("isprime(%d) wrong", n)
		}
	}
}

// TestFactorsMultiplyBack checks that both factorisations multiply back
// to n with prime factors, on products of random primes of up to 40 bits
// (Pollard's rho in fullFactors; FactorInt where SymPy's order is known).
func TestFactorsMultiplyBack(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for range 200 {
		n := big.NewInt(1)
		for range 1 + rng.Intn(4) {
			p := NextPrime(big.NewInt(rng.Int63n(1<<uint(2+rng.Intn(38)))), 1)
			n.Mul(n, p)
		}
		check := func(name string, fs []IntFactor) {
			prod := big.NewInt(1)
			for _, f := range fs {
				if !IsPrime(f.P) {
					t.Fatalf("%s(%v): %v is not prime", name, n, f.P)
				}
				prod.Mul(prod, new(big.Int).Exp(f.P, big.NewInt(int64(f.E)), nil))
			}
			if prod.Cmp(n) != 0 {
				t.Fatalf("%s(%v) multiplies back to %v", name, n, prod)
			}
		}
		check("fullFactors", fullFactors(n))
		if fs, err := FactorInt(n); err == nil {
			check("FactorInt", fs)
		}
	}
}

// TestFibonacciRecurrence checks F(n+1) = F(n) + F(n-1) and the Lucas
// identity L(n) = F(n-1) + F(n+1) for n from -30 to 30.
func TestFibonacciRecurrence(t *testing.T) {
	for n := int64(-30); n <= 30; n++ {
		f := func(k int64) *big.Int { return Fibonacci(k, false) }
		if new(big.Int).Add(f(n), f(n-1)).Cmp(f(n+1)) != 0 {
			t.Fatalf("F(%d) + F(%d) != F(%d)", n, n-1, n+1)
		}
		if new(big.Int).Add(f(n-1), f(n+1)).Cmp(Fibonacci(n, true)) != 0 {
			t.Fatalf("L(%d) != F(%d) + F(%d)", n, n-1, n+1)
		}
	}
}
