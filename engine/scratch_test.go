package engine

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	id := os.Getenv("CASE")
	if id == "" {
		t.Skip()
	}
	f, _ := os.Open("testdata/random_diff.jsonl")
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if !strings.Contains(sc.Text(), `"`+id+`"`) {
			continue
		}
		var c randomDiffCase
		json.Unmarshal(sc.Bytes(), &c)
		syms := map[string]*Symbol{}
		e := buildDiffTree(c.Tree, syms)
		t.Logf("expr %s", Str(e))
		debugDiff = func(stage string, x Expr) { t.Logf("%s: %s  [%s]", stage, Str(x), Srepr(x)) }
		got, err := c.run()
		debugDiff = nil
		t.Logf("got  %s %v\nwant %s", got, err, c.Want)
	}
}

func Srepr(e Expr) string {
	switch x := e.(type) {
	case *Add:
		return "Add(" + sreprs(x.args) + ")"
	case *Mul:
		return "Mul(" + sreprs(x.args) + ")"
	case *Pow:
		return "Pow(" + sreprs(x.Args()) + ")"
	case *Func:
		return x.def.Name + "(" + sreprs(x.args) + ")"
	}
	return Str(e)
}

func sreprs(xs []Expr) string {
	var ss []string
	for _, x := range xs {
		ss = append(ss, Srepr(x))
	}
	return strings.Join(ss, ", ")
}
