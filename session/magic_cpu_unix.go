//go:build unix

package session

import "syscall"

// cpuTimes are the process's user and system CPU times in seconds; ok is
// false where they are not known.
type cpuTimes struct {
	user, sys float64
	ok        bool
}

// cpuTime returns the CPU time used so far by this process.
func cpuTime() cpuTimes {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return cpuTimes{}
	}
	sec := func(tv syscall.Timeval) float64 {
		return float64(tv.Sec) + float64(tv.Usec)/1e6
	}
	return cpuTimes{user: sec(ru.Utime), sys: sec(ru.Stime), ok: true}
}
