//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package repl

// keepEOFKey does nothing where the terminal has no termios.
func keepEOFKey(fd int) (restore func()) { return func() {} }
