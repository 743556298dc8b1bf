package session

import (
	"fmt"
	"io"
	"runtime"
	"testing"
)

// BenchmarkSessionGrowth reports how much live heap a session keeps per
// cell (its In/Out history, sources and names) and what stays after
// %reset -f:
//
//	go test ./session -run XXX -bench SessionGrowth
func BenchmarkSessionGrowth(b *testing.B) {
	const cells = 1000
	var perCell, afterReset float64
	for i := 0; i < b.N; i++ {
		s := New(io.Discard, Options{Interactive: true, Pretty: true})
		base := liveHeap()
		for j := 0; j < cells; j++ {
			r := s.RunCell(fmt.Sprintf("f%d = x**%d + sin(x)*y\ndiff(f%d, x)", j, j, j))
			s.FormatValue(r.Value)
		}
		perCell = float64(liveHeap()-base) / cells
		s.RunCell("%reset -f")
		afterReset = float64(liveHeap() - base)
		runtime.KeepAlive(s)
	}
	b.ReportMetric(perCell, "B/cell")
	b.ReportMetric(afterReset/cells, "B/cell-after-reset")
}

func liveHeap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
