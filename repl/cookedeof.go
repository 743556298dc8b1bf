//go:build linux || darwin || freebsd || netbsd || openbsd

package repl

// Between lines the terminal is in cooked mode (readline is raw only
// while a line is edited), and keys typed while a cell runs wait in the
// line discipline. There Ctrl-D is VEOF, which the discipline stores as
// a NUL byte, so a Ctrl-D typed ahead would reach readline as Ctrl-@
// and be lost. keepEOFKey turns VEOF off for the terminal's cooked mode,
// so the key stays the byte 0x04 that readline reads as end of input;
// the returned function puts the terminal's setting back.
func keepEOFKey(fd int) (restore func()) {
	t, err := getTermios(fd)
	if err != nil {
		return func() {}
	}
	orig := *t
	t.Cc[vEOF] = 0 // _POSIX_VDISABLE
	if setTermios(fd, t) != nil {
		return func() {}
	}
	return func() { setTermios(fd, &orig) }
}
