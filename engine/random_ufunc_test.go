package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// randomUfuncCase is one line of testdata/random_diff_ufunc.jsonl,
// written by testdata/gen_random_ufunc.py with SymPy 1.14.
type randomUfuncCase struct {
	randomDiffCase
	SVars [][]any `json:"svars"`
	SPts  [][]any `json:"spts"`
	Str   string  `json:"str"`
	Uni   string  `json:"uni"`
	ASCII string  `json:"ascii"`
	Latex string  `json:"latex"`
}

// result performs the case's operation with the engine.
func (c *randomUfuncCase) result() (r Expr, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	syms := map[string]*Symbol{}
	e := buildDiffTree(c.Tree, syms)
	var vc []VarCount
	for _, v := range c.Vars {
		vc = append(vc, VarCount{buildDiffTree(v[0].([]any), syms), int(v[1].(float64))})
	}
	switch c.Op {
	case "diff", "wrtf":
		return Diff(e, vc...)
	case "deriv":
		return derivativeNew(e, vc, false), nil
	case "doit":
		return Doit(derivativeNew(e, vc, false)), nil
	case "subs":
		r, err = Diff(e, vc...)
		if err != nil {
			return nil, err
		}
		old, nw := buildDiffTree(c.Old, syms), buildDiffTree(c.New, syms)
		r = SubsPairs(r, [][2]Expr{{old, nw}})
	case "subsobj":
		r, err = Diff(e, vc...)
		if err != nil {
			return nil, err
		}
		var vars, pts []Expr
		for i := range c.SVars {
			vars = append(vars, buildDiffTree(c.SVars[i], syms))
			pts = append(pts, buildDiffTree(c.SPts[i], syms))
		}
		r = NewSubs(r, vars, pts)
	default:
		return nil, fmt.Errorf("unknown op %q", c.Op)
	}
	if c.Doit {
		r = Doit(r)
	}
	return r, nil
}

// forms returns the differences between the engine's four printed forms
// of r and SymPy's.
func (c *randomUfuncCase) forms(r Expr) (diffs []string) {
	defer func() {
		if p := recover(); p != nil {
			diffs = append(diffs, fmt.Sprintf("panic: %v", p))
		}
	}()
	check := func(form, got, want string) {
		if got != want {
			diffs = append(diffs, fmt.Sprintf("%s: got\n%s\nwant\n%s", form, got, want))
		}
	}
	check("str", Str(r), c.Str)
	check("uni", Pretty(r, PrettyOptions{}), c.Uni)
	check("ascii", Pretty(r, PrettyOptions{ASCII: true}), c.ASCII)
	check("latex", Latex(r), c.Latex)
	return diffs
}

// TestRandomUfunc checks derivatives of random expressions of undefined
// functions (nested, with one to three arguments), Derivative and Subs
// objects and their doit, and the str, pretty and latex forms of the
// results, against SymPy 1.14 (testdata/random_diff_ufunc.jsonl from
// testdata/gen_random_ufunc.py). Cases listed in
// testdata/random_diff_ufunc_known_failures.txt may fail; any other
// failure is a regression. Set RANDOMDIFF_V=1 to log every failure.
func TestRandomUfunc(t *testing.T) {
	known := map[string]bool{}
	if kf, err := os.ReadFile("testdata/random_diff_ufunc_known_failures.txt"); err == nil {
		for _, line := range strings.Split(string(kf), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			known[strings.Fields(line)[0]] = true
		}
	}
	verbose := os.Getenv("RANDOMDIFF_V") != ""
	f, err := os.Open("testdata/random_diff_ufunc.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	pass, total, regressions := 0, 0, 0
	formFails := map[string]int{}
	var failing, fixed []string
	for sc.Scan() {
		var c randomUfuncCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		total++
		if os.Getenv("RANDOMDIFF_TRACE") != "" {
			fmt.Fprintln(os.Stderr, "case", c.ID)
		}
		r, err := c.result()
		var diffs []string
		if err != nil {
			diffs = []string{"error: " + err.Error()}
			formFails["error"]++
		} else {
			diffs = c.forms(r)
			for _, d := range diffs {
				form, _, _ := strings.Cut(d, ":")
				formFails[form]++
			}
		}
		if len(diffs) == 0 {
			pass++
			if known[c.ID] {
				fixed = append(fixed, c.ID)
			}
			continue
		}
		failing = append(failing, c.ID)
		msg := fmt.Sprintf("%s: %s of %s %v\n%s", c.ID, c.Op, c.Expr, c.Vars, strings.Join(diffs, "\n"))
		if !known[c.ID] {
			regressions++
			if regressions <= 30 {
				t.Error(msg)
			}
		} else if verbose {
			t.Log(msg)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var forms []string
	for k, v := range formFails {
		forms = append(forms, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(forms)
	t.Logf("random ufunc: %d/%d pass; failing forms: %s", pass, total, strings.Join(forms, ", "))
	if len(fixed) > 0 {
		sort.Strings(fixed)
		t.Logf("now passing, remove from known failures: %s", strings.Join(fixed, " "))
	}
	if regressions > 0 {
		t.Errorf("%d cases fail that are not in testdata/random_diff_ufunc_known_failures.txt", regressions)
	}
	if os.Getenv("RANDOMDIFF_LIST") != "" {
		t.Logf("failing:\n%s", strings.Join(failing, "\n"))
	}
}
