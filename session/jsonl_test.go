package session

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// readJSONL decodes each line of the JSON-lines file name (a golden file
// written by a script in testdata) into a T.
func readJSONL[T any](t *testing.T, name string) []T {
	t.Helper()
	fh, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	var out []T
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
