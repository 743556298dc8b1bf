package engine

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func TestZZSweep(t *testing.T) {
	f, _ := os.Open(os.Getenv("SWEEP"))
	sc := bufio.NewScanner(f)
	b := &printTreeBuilder{syms: map[string]*Symbol{}, dummies: map[int]*Symbol{}, ufuncs: map[string]*FuncDef{}}
	n, bad := 0, 0
	for sc.Scan() {
		var c printRecord
		json.Unmarshal(sc.Bytes(), &c)
		n++
		e, err := b.safeBuild(c.Tree)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = Str(e)
		}
		if got != c.Str {
			bad++
			t.Logf("%v: got %s want %s", c.Tree, got, c.Str)
		}
	}
	t.Logf("%d/%d bad", bad, n)
}
