//go:build !unix

package session

// cpuTimes are the process's user and system CPU times in seconds; ok is
// false where they are not known.
type cpuTimes struct {
	user, sys float64
	ok        bool
}

// cpuTime returns no CPU times: %time then prints only the wall time, as
// IPython does on Windows.
func cpuTime() cpuTimes { return cpuTimes{} }
