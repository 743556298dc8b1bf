package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// TestSubsGolden checks expr.subs(...) calls recorded from SymPy 1.14
// while running conformance programs (testdata/gen_subs_golden.py).
func TestSubsGolden(t *testing.T) {
	f, err := os.Open("testdata/subs_golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	pass, total := 0, 0
	for sc.Scan() {
		var c struct {
			Expr  string      `json:"expr"`
			Pairs [][2]string `json:"pairs"`
			Want  string      `json:"want"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		got := func() (s string) {
			defer func() {
				if p := recover(); p != nil {
					s = fmt.Sprint("panic: ", p)
				}
			}()
			var ps [][2]Expr
			for _, p := range c.Pairs {
				ps = append(ps, [2]Expr{mustParse(p[0]), mustParse(p[1])})
			}
			return Str(SubsPairs(mustParse(c.Expr), ps))
		}()
		total++
		if got == c.Want {
			pass++
		} else if os.Getenv("DIFFV") != "" {
			t.Logf("(%s).subs(%v)\n got: %s\nwant: %s", c.Expr, c.Pairs, got, c.Want)
		}
	}
	t.Logf("subs golden: %d/%d", pass, total)
	if pass*100 < total*90 {
		t.Errorf("subs golden pass rate %d/%d below 90%%", pass, total)
	}
}
