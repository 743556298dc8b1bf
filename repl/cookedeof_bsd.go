//go:build darwin || freebsd || netbsd || openbsd

package repl

import "golang.org/x/sys/unix"

const vEOF = unix.VEOF

func getTermios(fd int) (*unix.Termios, error) { return unix.IoctlGetTermios(fd, unix.TIOCGETA) }

func setTermios(fd int, t *unix.Termios) error { return unix.IoctlSetTermios(fd, unix.TIOCSETA, t) }
