package grammar

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
)

// cpythonErrorsFloor is how many of testdata/syntax_errors.jsonl must
// match CPython 3.11 exactly (class, message, position and range); it
// only goes up.
const cpythonErrorsFloor = 224

// TestCPythonSyntaxErrors compares the first syntax error of each source
// in testdata/syntax_errors.jsonl (written by gen_syntax_errors.py from
// CPython 3.11's compile()) with CPython's: class, message, line and
// column, and the end of the range the carets cover.
func TestCPythonSyntaxErrors(t *testing.T) {
	f, err := os.Open("testdata/syntax_errors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type cpErr struct {
		Kind, Msg                  string
		Line, Col, EndLine, EndCol int
	}
	total, same := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct {
			Src string
			Err *struct {
				Kind    string `json:"kind"`
				Msg     string `json:"msg"`
				Line    int    `json:"line"`
				Col     int    `json:"col"`
				EndLine int    `json:"end_line"`
				EndCol  int    `json:"end_col"`
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if c.Err == nil {
			// valid Python: dcalc accepts it too
			if _, err := Compile("<case>", c.Src+"\n"); err != nil {
				t.Errorf("%q is valid Python; dcalc: %v", c.Src, err)
			}
			continue
		}
		total++
		want := cpErr{c.Err.Kind, c.Err.Msg, c.Err.Line, c.Err.Col, c.Err.EndLine, c.Err.EndCol}
		if want.EndCol <= 0 || want.EndLine == want.Line && want.EndCol == want.Col {
			// no range: one caret, as CPython's traceback draws it
			want.EndLine, want.EndCol = want.Line, want.Col+1
		}
		_, perr := Compile("<case>", c.Src+"\n")
		var got cpErr
		var el *ErrorList
		if errors.As(perr, &el) && len(el.Errs) > 0 {
			e := el.Errs[0]
			end := e.End
			if !end.IsValid() || end == e.Pos {
				end = Pos{e.Pos.Line, e.Pos.Col + 1}
			}
			got = cpErr{e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, end.Line, end.Col}
		}
		if got == want {
			same++
			continue
		}
		t.Logf("%q:\n   got %s\n  want %s", c.Src, fmtErr(got.Kind, got.Msg, got.Line, got.Col, got.EndLine, got.EndCol), fmtErr(want.Kind, want.Msg, want.Line, want.Col, want.EndLine, want.EndCol))
	}
	t.Logf("%d of %d syntax errors as CPython 3.11", same, total)
	if same < cpythonErrorsFloor {
		t.Errorf("%d of %d syntax errors as CPython 3.11, floor %d", same, total, cpythonErrorsFloor)
	}
}

func fmtErr(kind, msg string, l, c, el, ec int) string {
	return fmt.Sprintf("%d:%d-%d:%d %s: %s", l, c, el, ec, kind, msg)
}
