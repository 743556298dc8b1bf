package session

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestRandomNumbers runs the seeded random number programs of
// testdata/random_num.jsonl (made by testdata/gen_random_num.py from
// python3 3.11 and SymPy 1.14): Python int/float/complex arithmetic and
// printing, Python numbers meeting SymPy numbers, evalf and format specs.
// It compares stdout, the last line of the traceback and the exit status.
// Cases listed in testdata/random_num_known.txt are known failures (with a
// reason); any other failure is a regression.
func TestRandomNumbers(t *testing.T) {
	runCorpus(t, "testdata/random_num.jsonl", "testdata/random_num_known.txt")
}

// runCorpus runs the programs of a jsonl corpus of random programs and
// reports failures not listed in the known-failures file.
func runCorpus(t *testing.T, corpus, knownFile string) {
	f, err := os.Open(corpus)
	if err != nil {
		t.Fatal(err) // committed with the test
	}
	defer f.Close()
	known := map[string]string{}
	if data, err := os.ReadFile(knownFile); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			id, reason, _ := strings.Cut(line, " ")
			known[id] = reason
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	pass, total := 0, 0
	var failed []string
	for sc.Scan() {
		var c struct {
			ID, Code, Stdout, Stderr string
			Status                   int
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		total++
		gotOut, gotErr := runProgram(c.Code)
		status := 0
		if gotErr != "" {
			status = 1
			gotErr = lastLine(gotErr)
		}
		if gotOut == c.Stdout && gotErr == c.Stderr && status == c.Status {
			pass++
			if reason, isKnown := known[c.ID]; isKnown {
				t.Logf("%s passes now (known failure: %s); remove it from %s", c.ID, reason, knownFile)
			}
			continue
		}
		failed = append(failed, c.ID)
		if _, isKnown := known[c.ID]; isKnown && !testing.Verbose() {
			continue
		}
		report := t.Errorf
		if _, isKnown := known[c.ID]; isKnown {
			report = t.Logf
		}
		report("%s:\n%s--- first difference: %s\n--- got stdout:\n%s--- want stdout:\n%s--- got error (status %d): %s\n--- want error (status %d): %s",
			c.ID, c.Code, firstDiff(gotOut, c.Stdout), gotOut, c.Stdout, status, gotErr, c.Status, c.Stderr)
	}
	t.Logf("%s: %d/%d pass; failing: %s", corpus, pass, total, strings.Join(failed, " "))
}
