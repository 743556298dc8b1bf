package session

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// fakeShell is a tiny stand-in for the interpreter, enough to test
// replay and the magics without it. Its language: "name = text" binds
// text (a str), "print(text)" prints text, "raise Type: msg" raises, a
// bare name is looked up (NameError if unbound), any other line is a
// value whose str is the line itself ("multi\nline" has two lines).
type fakeShell struct {
	out     io.Writer
	pretty_ bool
	n       int
	in      []string
	ns      map[string]Value
	state   magicState
	execs   int
	setup   string // what setupCode returns
	// sessions and cur are what historySessions returns
	sessions map[int][]string
	cur      int
}

func newFakeShell(out io.Writer) *fakeShell {
	return &fakeShell{out: out, ns: map[string]Value{}}
}

func (f *fakeShell) RunCell(src string) Result {
	if strings.TrimSpace(src) == "" {
		return Result{}
	}
	f.n++
	f.in = append(f.in, src)
	res := Result{N: f.n}
	line := strings.TrimSpace(src)
	switch {
	case strings.HasPrefix(line, "%"):
		res.Value, res.Err = execMagic(f, line)
	case isSpecialLine(line):
		showHelp(f.out, f, line)
	default:
		res.Value, res.Err = f.execCode(fmt.Sprintf("In[%d]", f.n), src)
	}
	return res
}

func (f *fakeShell) inFreshNamespace(file, mod string, fn func() error) error { return fn() }
func (f *fakeShell) setColors(string) bool                                    { return true }
func (f *fakeShell) historySessions() (map[int][]string, int)                 { return f.sessions, f.cur }

func (f *fakeShell) execCode(name, src string) (Value, error) {
	f.execs++
	var last Value
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		last = nil
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "print(") && strings.HasSuffix(l, ")"):
			fmt.Fprintln(f.out, strings.ReplaceAll(l[6:len(l)-1], `\n`, "\n"))
		case strings.HasPrefix(l, "raise "):
			typ, msg, _ := strings.Cut(l[6:], ": ")
			return nil, &Exception{Type: typ, Msg: msg}
		case strings.Contains(l, " = "):
			k, v, _ := strings.Cut(l, " = ")
			f.ns[k] = v
		case isIdent(l):
			v, ok := f.ns[l]
			if !ok {
				return nil, &Exception{Type: "NameError", Msg: fmt.Sprintf("name '%s' is not defined", l)}
			}
			last = v
		default:
			last = strings.ReplaceAll(l, `\n`, "\n")
		}
	}
	return last, nil
}

func (f *fakeShell) FormatValue(v Value) string {
	if f.pretty_ {
		return "pretty:" + fmt.Sprint(v)
	}
	return fmt.Sprint(v)
}

func (f *fakeShell) FlushFigures() {}

func (f *fakeShell) setInlineFigures(bool)           {}
func (f *fakeShell) pylab(bool)                      {}
func (f *fakeShell) setFloatFormat(string, int) bool { return true }

func (f *fakeShell) swapOutput(w io.Writer) io.Writer { old := f.out; f.out = w; return old }
func (f *fakeShell) setPretty(on bool)                { f.pretty_ = on }
func (f *fakeShell) stdout() io.Writer                { return f.out }
func (f *fakeShell) pretty() bool                     { return f.pretty_ }
func (f *fakeShell) inputHistory() []string           { return f.in }
func (f *fakeShell) lookup(name string) (Value, bool) { v, ok := f.ns[name]; return v, ok }
func (f *fakeShell) str(v Value) string               { return fmt.Sprint(v) }
func (f *fakeShell) resetNamespace()                  { f.ns = map[string]Value{} }
func (f *fakeShell) setupCode() string                { return f.setup }

func (f *fakeShell) magicState() *magicState { return &f.state }

func (f *fakeShell) userNames() []string {
	var names []string
	for k := range f.ns {
		if !strings.HasPrefix(k, "_") {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	return names
}

func (f *fakeShell) typeName(v Value) string {
	switch v.(type) {
	case []Value:
		return "list"
	}
	return "str"
}

func (f *fakeShell) length(v Value) int {
	if l, ok := v.([]Value); ok {
		return len(l)
	}
	return 0
}
