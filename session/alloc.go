package session

import (
	"math/bits"
	"strings"
)

// maxAlloc is the memory budget, 256 MiB, for one value built by one
// operation (a string, a list, a padded field). Every builder whose result
// size depends on user input checks it with checkAlloc before allocating,
// so 'a'.ljust(10**12) or [0]*10**12 raises MemoryError as CPython does
// instead of killing the process.
const maxAlloc = 1 << 28

// valueSize is the budgeted size of one list or tuple item.
const valueSize = 16

// checkAlloc raises MemoryError when n items of size bytes exceed
// maxAlloc.
func checkAlloc(n, size int) {
	if n < 0 || size < 0 {
		throw("MemoryError", "")
	}
	hi, lo := bits.Mul64(uint64(n), uint64(size))
	if hi != 0 || lo > maxAlloc {
		throw("MemoryError", "")
	}
}

// repeatStr is strings.Repeat within the budget.
func repeatStr(s string, n int) string {
	if n <= 0 {
		return ""
	}
	checkAlloc(len(s), n)
	return strings.Repeat(s, n)
}
