package session

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusSample runs the shared conformance corpus through ExecFile
// and logs the pass count per tier. It never fails: the lead owns the
// official harness. Set DCALC_CORPUS_VERBOSE=1 to log each failure.
func TestCorpusSample(t *testing.T) {
	dir := "/work/shared/conformance"
	files, _ := filepath.Glob(filepath.Join(dir, "t*.jsonl"))
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	if only := os.Getenv("DCALC_CORPUS"); only != "" {
		files = []string{filepath.Join(dir, only+".jsonl")}
	}
	verbose := os.Getenv("DCALC_CORPUS_VERBOSE") != ""
	// Cases that crash the engine's Go stack (engine bugs, reported).
	skip := map[string]bool{"t1_diff-0171": true}
	for _, id := range strings.Fields(os.Getenv("DCALC_CORPUS_SKIP")) {
		skip[id] = true
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		pass, total := 0, 0
		for sc.Scan() {
			var c struct{ ID, Code, Stdout string }
			if json.Unmarshal(sc.Bytes(), &c) != nil {
				continue
			}
			if skip[c.ID] {
				continue
			}
			total++
			if os.Getenv("DCALC_CORPUS_TRACE") != "" {
				os.Stderr.WriteString(c.ID + "\n")
			}
			var out bytes.Buffer
			s := New(&out, Options{})
			err := s.ExecFile("case.dcalc", c.Code)
			if err == nil && out.String() == c.Stdout {
				pass++
				continue
			}
			if verbose {
				msg := ""
				if err != nil {
					msg = strings.TrimSpace(s.FormatException(err))
				}
				t.Logf("FAIL %s\n%s--- got:\n%s%s\n--- want:\n%s", c.ID, c.Code, out.String(), msg, c.Stdout)
			}
		}
		fh.Close()
		t.Logf("%s: %d/%d", filepath.Base(f), pass, total)
	}
}
