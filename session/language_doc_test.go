package session

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var updateDoc = flag.Bool("update-doc", false, "rewrite the generated name lists in docs/language.md")

const languageDoc = "../docs/language.md"

// languageNameLists returns the name lists that docs/language.md shows,
// taken from a fresh session so that the document neither misses nor
// invents a name.
func languageNameLists() map[string][]string {
	s := New(&bytes.Buffer{}, Options{})
	keys := func(m map[string]Value) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	methods := func(m map[string]methodFn) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	var builtins, exceptions []string
	for _, k := range keys(s.in.builtins) {
		if c, ok := s.in.builtins[k].(*Class); ok && c.Exc {
			exceptions = append(exceptions, k)
			continue
		}
		builtins = append(builtins, k)
	}
	lists := map[string][]string{
		"builtins":     builtins,
		"exceptions":   exceptions,
		"sympy":        keys(s.in.sympyNames()),
		"expr-props":   exprPropNames(),
		"expr-methods": mapKeys(exprMethodIndex),
		"matrix":       append([]string{"C", "H", "T", "cols", "rows", "shape"}, matrixMethodList()...),
		"str":          methods(strMethods),
		"list":         methods(listMethods),
		"tuple":        methods(tupleMethods),
		"dict":         methods(dictMethods),
		"set":          methods(setMethods),
		"math":         keys(mathModule().Attrs),
	}
	for k, v := range lists {
		v = append([]string(nil), v...)
		sort.Strings(v)
		lists[k] = v
	}
	return lists
}

var docBlock = regexp.MustCompile(`(?s)(<!-- names:([a-z-]+) -->\n)(.*?)(<!-- end -->)`)

// TestLanguageDoc checks that the generated name lists of
// docs/language.md match the interpreter. Run
// go test ./session -run TestLanguageDoc -update-doc to rewrite them.
func TestLanguageDoc(t *testing.T) {
	data, err := os.ReadFile(languageDoc)
	if err != nil {
		t.Skip("no docs/language.md")
	}
	lists := languageNameLists()
	seen := map[string]bool{}
	out := docBlock.ReplaceAllStringFunc(string(data), func(m string) string {
		sub := docBlock.FindStringSubmatch(m)
		names, ok := lists[sub[2]]
		if !ok {
			t.Errorf("docs/language.md: unknown name list %q", sub[2])
			return m
		}
		seen[sub[2]] = true
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = "`" + n + "`"
		}
		return sub[1] + strings.Join(quoted, ", ") + "\n" + sub[4]
	})
	for k := range lists {
		if !seen[k] {
			t.Errorf("docs/language.md has no <!-- names:%s --> block", k)
		}
	}
	if out == string(data) {
		return
	}
	if *updateDoc {
		if err := os.WriteFile(languageDoc, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("docs/language.md name lists are stale; run go test ./session -run TestLanguageDoc -update-doc\n%s", firstDiff(string(data), out))
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, al[i], bl[i])
		}
	}
	return "lengths differ"
}

// exprPropNames are the names of the expression property table.
func exprPropNames() []string {
	var out []string
	for _, p := range exprPropTable {
		out = append(out, p.Name)
	}
	sort.Strings(out)
	return out
}
