package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// TestFunctionEval checks automatic evaluation of the elementary
// functions against str(sympify(s)) from SymPy 1.14
// (testdata/funcs_golden.jsonl).
func TestFunctionEval(t *testing.T) {
	f, err := os.Open("testdata/funcs_golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c [2]string
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		got := func() (s string) {
			defer func() {
				if p := recover(); p != nil {
					s = fmt.Sprint("panic: ", p)
				}
			}()
			return Str(mustParse(c[0]))
		}()
		if got != c[1] {
			t.Errorf("%s = %s, want %s", c[0], got, c[1])
		}
	}
}
