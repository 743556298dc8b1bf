//go:build !linux

package main

import (
	"errors"
	"os"
)

// eofKey is read on Linux only.
func eofKey(f *os.File) (byte, error) { return 0, errors.New("not on this system") }
