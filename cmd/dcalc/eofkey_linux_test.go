package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// eofKey returns the end-of-file key (VEOF) of the terminal f.
func eofKey(f *os.File) (byte, error) {
	t, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		return 0, err
	}
	return t.Cc[unix.VEOF], nil
}
