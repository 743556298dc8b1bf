package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// These end-to-end tests build dcalc and type at it in a pseudo-terminal.
// They read the terminal's output until a pattern appears (with escape
// sequences removed) and fail after a timeout, showing the screen.

var (
	buildOnce sync.Once
	buildDir  string
	binPath   string
	buildErr  error
)

// TestMain removes the binary dcalcBinary built, so that test runs leave
// nothing behind in the temporary directory.
func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// dcalcBinary builds ./cmd/dcalc once per test run.
func dcalcBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dcalc-e2e")
		if err != nil {
			buildErr = err
			return
		}
		buildDir = dir
		binPath = filepath.Join(dir, "dcalc")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = &buildError{err, out}
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return binPath
}

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + string(e.out) }

// term is dcalc running in a pseudo-terminal.
type term struct {
	t    *testing.T
	pty  *os.File
	cmd  *exec.Cmd
	mu   sync.Mutex
	buf  bytes.Buffer
	mark int // expect looks at output after mark
	done chan struct{}
}

// startDcalc runs dcalc in a 100x40 pseudo-terminal with XDG_STATE_HOME
// set to state, or skips the test when no pty can be opened.
func startDcalc(t *testing.T, state string) *term {
	t.Helper()
	return startDcalcIn(t, state, "")
}

// startDcalcIn is startDcalc in the directory dir ("" for the current one).
func startDcalcIn(t *testing.T, state, dir string, args ...string) *term {
	t.Helper()
	return startDcalcEnv(t, []string{"XDG_STATE_HOME=" + state, "TERM=xterm"}, dir, args...)
}

// startDcalcEnv is startDcalcIn with env added to the environment.
func startDcalcEnv(t *testing.T, env []string, dir string, args ...string) *term {
	t.Helper()
	bin := dcalcBinary(t)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 100})
	if err != nil {
		t.Skipf("cannot open a pseudo-terminal: %v", err)
	}
	tm := &term{t: t, pty: f, cmd: cmd, done: make(chan struct{})}
	go func() {
		defer close(tm.done)
		b := make([]byte, 4096)
		for {
			n, err := f.Read(b)
			tm.mu.Lock()
			tm.buf.Write(b[:n])
			tm.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		f.Close()
	})
	return tm
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\r`)

// screen returns the output since the mark without escape sequences.
func (tm *term) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return ansi.ReplaceAllString(string(tm.buf.Bytes()[tm.mark:]), "")
}

// expect waits until the output after the mark contains want, then moves
// the mark past it.
func (tm *term) expect(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		tm.mu.Lock()
		raw := tm.buf.Bytes()[tm.mark:]
		clean := ansi.ReplaceAllString(string(raw), "")
		if i := strings.Index(clean, want); i >= 0 {
			// Move the mark to the end of the match in the raw output:
			// find the shortest raw prefix whose cleaned form holds it.
			// Containing it only grows with the prefix: binary search.
			tm.mark += sort.Search(len(raw)+1, func(j int) bool {
				return strings.Contains(ansi.ReplaceAllString(string(raw[:j]), ""), want)
			})
			tm.mu.Unlock()
			return
		}
		tm.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	tm.t.Fatalf("timed out waiting for %q; screen:\n%s", want, tm.screen())
}

// expectRaw waits until the output after the mark, escape sequences
// and all, contains want.
func (tm *term) expectRaw(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		tm.mu.Lock()
		ok := bytes.Contains(tm.buf.Bytes()[tm.mark:], []byte(want))
		tm.mu.Unlock()
		if ok {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	tm.t.Fatalf("timed out waiting for %q in the raw output; screen:\n%s", want, tm.screen())
}

// send types s.
func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := tm.pty.Write([]byte(s)); err != nil {
		tm.t.Fatalf("write to pty: %v", err)
	}
}

// wait waits for dcalc to exit and returns its exit status.
func (tm *term) wait() int {
	tm.t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- tm.cmd.Wait() }()
	select {
	case <-errc:
		return tm.cmd.ProcessState.ExitCode()
	case <-time.After(20 * time.Second):
		tm.t.Fatalf("dcalc did not exit; screen:\n%s", tm.screen())
	}
	return -1
}

func TestTerminalCell(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("%quickref for help.")
	tm.expect("In [1]: ")
	tm.send("a = 6*7\r")
	tm.expect("In [2]: ")
	tm.send("a\r")
	tm.expect("Out[2]: 42")
	tm.expect("In [3]: ")
	tm.send("\x04") // Ctrl-D
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d after Ctrl-D, want 0", code)
	}
}

// typeLine types s as a person does: its characters, then, once the
// terminal has echoed them, Enter on its own (so that dcalc sees typing,
// not a paste, and indents the next line of a block).
func (tm *term) typeLine(s string) {
	tm.t.Helper()
	tm.send(s)
	tm.expect(s)
	tm.send("\r")
}

func TestTerminalCompletion(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notebook_one.dcalc"), []byte("q = 7\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tm := startDcalcIn(t, t.TempDir(), dir)
	tm.expect("In [1]: ")
	tm.send("a_long_name = 41\r")
	tm.expect("In [2]: ")
	tm.send("a_lo\t + 1\r") // a session variable
	tm.expect("Out[2]: 42")
	tm.expect("In [3]: ")
	tm.send("e = x**3\r")
	tm.expect("In [4]: ")
	tm.send("e.dif\t(x)\r") // a method of the value's type
	tm.expect("Out[4]:")
	tm.expect("3⋅x")
	tm.expect("In [5]: ")
	tm.send("%ru\t notebook_o\t\r") // a magic, then a file name
	tm.expect("%run notebook_one.dcalc")
	tm.expect("In [6]: ")
	tm.send("q\r")
	tm.expect("Out[6]: 7")
	tm.expect("In [7]: ")
	tm.send("d\t\t\x0b\x0b\x03") // the menu, select mode, Ctrl-K (twice), Ctrl-C
	tm.expect("In [7]: ")
	tm.send("6*7\r")
	tm.expect("Out[7]: 42")
	tm.send("\x04")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
}

func TestTerminalHistoryAcrossRuns(t *testing.T) {
	state := t.TempDir()
	tm := startDcalc(t, state)
	tm.expect("In [1]: ")
	tm.send("123456 + 1\r")
	tm.expect("Out[1]: 123457")
	tm.expect("In [2]: ")
	tm.typeLine("for i in range(2):")
	tm.expect("...:     ") // autoindent
	tm.typeLine("print(i + 10)")
	tm.expect("...:     ")
	tm.send("\r") // a line of spaces ends the block
	tm.expect("11")
	tm.expect("In [3]: ")
	tm.send("\x04")
	tm.wait()

	hist, err := os.ReadFile(filepath.Join(state, "dcalc", "history"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "123456 + 1\nfor i in range(2):\\n    print(i + 10)\n"; string(hist) != want {
		t.Errorf("history file = %q, want %q", hist, want)
	}

	tm = startDcalc(t, state)
	tm.expect("In [1]: ")
	tm.send("\x1b[A") // Up: the multi-line cell, whole
	tm.expectRows("In [1]: for i in range(2):\n   ...:     print(i + 10)", 1, 25)
	tm.send("\r\r") // the end of a block: a new line, then run
	tm.expect("10")
	tm.expect("11")
	tm.expect("In [2]: ")
	tm.send("\x1b[A\x1b[A\x1b[A\r") // Up to the loop, to its first line, to 123456 + 1
	tm.expect("Out[2]: 123457")
	tm.expect("In [3]: ")
	tm.send("\x12456") // Ctrl-R search
	tm.expect("123456 + 1")
	tm.send("\r") // Enter ends the search and runs the line
	tm.expect("Out[3]: 123457")
	tm.expect("In [4]: ") // Ctrl-D before the prompt is ready can be lost
	tm.send("\x04")
	tm.wait()
}

func TestTerminalCtrlC(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	tm.send("1 + \x03") // Ctrl-C while typing discards the line
	tm.expect("In [1]: ")
	tm.send("while True: pass\r")
	time.Sleep(300 * time.Millisecond)
	tm.send("\x03") // Ctrl-C while the cell runs
	tm.expect("KeyboardInterrupt")
	tm.expect("In [2]: ")
	tm.send("2 + 3\r")
	tm.expect("Out[2]: 5")
	// Long symbolic computations stop too, well within a second.
	for i, cell := range []string{"diff(exp(sin(x)*x**x), x, 400)", "expand((x + y)**5000)"} {
		tm.expect(fmt.Sprintf("In [%d]: ", 3+i))
		tm.send(cell + "\r")
		tm.expect(cell)
		time.Sleep(500 * time.Millisecond)
		start := time.Now()
		tm.send("\x03")
		tm.expect("KeyboardInterrupt")
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s stopped %v after Ctrl-C, want well under a second", cell, d)
		}
	}
	tm.expect("In [5]: ")
	tm.send("2 + 4\r")
	tm.expect("Out[5]: 6")
	tm.expect("In [6]: ") // Ctrl-D before the prompt is ready can be lost
	tm.send("\x04")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
}

func TestTerminalPaste(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	// One write, as a terminal delivers a paste: the lines keep their
	// own indentation.
	tm.send("def sq(a):\r    if a > 0:\r        return a**2\r    return 0\r\rsq(9)\r")
	tm.expect("Out[2]: 81")
	tm.expect("In [3]: ")
	tm.send("for i in (1, 2):\r    print(sq(i) + 100)\r\r")
	tm.expect("101")
	tm.expect("104")
	tm.expect("In [4]: ")
	tm.send("exit\r")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d after exit, want 0", code)
	}
}

// TestTerminalBracketedPaste pastes as a terminal in bracketed-paste mode
// does: a 200,000-character line goes into the editor in one piece (typed
// rune by rune it redrew the line each time and never finished), and a
// multi-line paste becomes one cell that Enter runs.
func TestTerminalBracketedPaste(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	tm.mu.Lock()
	on := strings.Contains(tm.buf.String(), "\x1b[?2004h")
	tm.mu.Unlock()
	if !on {
		t.Error("the REPL does not turn bracketed paste on")
	}
	tm.send("\x1b[200~s = '" + strings.Repeat("a", 200000) + "'\x1b[201~\r")
	tm.expect("In [2]: ")
	tm.send("len(s)\r")
	tm.expect("Out[2]: 200000")
	tm.expect("In [3]: ")
	tm.send("\x1b[200~def sq(a):\r    return a**2\r\rsq(9)\r\x1b[201~")
	tm.send("\r")
	tm.expect("Out[3]: 81")
	tm.expect("In [4]: ")
	tm.send("exit\r")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d after exit, want 0", code)
	}
}

// TestTerminalDemo drives "dcalc replay --step --steps" as a teacher
// would: a markdown cell rendered for the terminal, a cell shown before
// it runs, its output and derivation steps after Enter, b (back), s
// (skip), i (the REPL on the demo's namespace, left with Ctrl-D) and q.
func TestTerminalDemo(t *testing.T) {
	dir := t.TempDir()
	lesson := "# %% [markdown]\n# # Derivatives\n# The slope of $x^2$ is $\\frac{d}{dx} x^2 = 2x$.\n\n" +
		"# %%\nx, y = symbols('x y')\nf1 = x**2 + 3*x\ndiff(f1, x)\n\n# %%\nf2 = x**2 + y**2 + 3*x*y\nd = diff(f2, x)\nd\n"
	if err := os.WriteFile(filepath.Join(dir, "lesson.dcalc"), []byte(lesson), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := startDcalcIn(t, t.TempDir(), dir, "replay", "--step", "--steps", "lesson.dcalc")
	tm.expect("[cell 1 of 3]")
	tm.expect("Derivatives")
	tm.expect("The slope of x² is d/dx x² = 2x.")
	tm.expect("Enter: next")
	tm.send("\r")
	tm.expect("In [1]: x, y = symbols('x y')")
	tm.expect("Enter: run")
	if strings.Contains(tm.screen(), "Out[1]") {
		t.Fatal("the cell ran before Enter")
	}
	tm.send("\r")
	tm.expect("Out[1]: 2*x + 3")
	tm.expect("1. d/dx(x**2 + 3*x): sum rule")
	tm.expect("Answer: 2*x + 3")
	tm.expect("[cell 3 of 3]")
	tm.send("b") // a single key, no Enter
	tm.expect("[cell 2 of 3]")
	tm.send("\x1b[A") // an arrow key is ignored
	tm.send("s")
	tm.expect("[cell 3 of 3]")
	tm.send("\r")
	tm.expect("Out[2]: 2*x + 3*y")
	tm.expect("d/dx(y**2): constant rule")
	tm.expect("end of the demo")
	tm.send("i")
	tm.expect("In [3]: ")
	tm.send("f1 + d\r")
	tm.expect("Out[3]:")
	tm.expect("In [4]: ")
	tm.send("\x04") // Ctrl-D: back to the demo
	tm.expect("end of the demo")
	tm.send("r") // the last cell again
	tm.expect("Out[4]: 2*x + 3*y")
	tm.expect("end of the demo")
	tm.send("q")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
}

// TestTerminalResize checks that output follows the terminal's width
// when the terminal is resized: a 123-column sum wraps (SymPy's ↪
// continuation) in the 100-column terminal and is one line at 140.
func TestTerminalResize(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	wide := "Symbol('" + strings.Repeat("a", 60) + "') + Symbol('" + strings.Repeat("b", 60) + "')"
	tm.send(wide + "\r")
	tm.expect(strings.Repeat("a", 60) + " + " + strings.Repeat("b", 20)) // up to the width
	tm.expect("↪")
	tm.expect("In [2]: ")
	if err := pty.Setsize(tm.pty, &pty.Winsize{Rows: 40, Cols: 140}); err != nil {
		t.Fatal(err)
	}
	tm.send(wide + "\r")
	tm.expect("Out[2]: " + strings.Repeat("a", 60) + " + " + strings.Repeat("b", 60))
	tm.expect("In [3]: ")
	tm.send("\x04")
	tm.wait()
}

// TestTerminalHistorySearch checks IPython 8's history habits: Up after
// a typed prefix goes through the earlier cells starting with it, Down
// past the newest gives the typed text back, and the newest cell
// starting with the typed text is suggested (in grey) and taken with
// Right; with NO_COLOR there is no suggestion (it would look typed).
func TestTerminalHistorySearch(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	for i, c := range []string{"diff(sin(x)**2, x)", "diff(cos(x), x)", "expand((x+1)**2)"} {
		tm.send(c + "\r")
		tm.expect(fmt.Sprintf("In [%d]: ", i+2))
	}
	tm.send("diff(s")
	tm.send("\x1b[A") // Up: the one cell starting with diff(s
	tm.send("\r")
	tm.expect("Out[4]: 2⋅sin(x)⋅cos(x)")
	tm.expect("In [5]: ")
	tm.send("exp")
	tm.send("\x1b[A") // expand((x+1)**2)
	tm.send("\x1b[B") // Down: back to the typed text
	tm.send("\r")
	tm.expect("Out[5]: exp")
	tm.expect("In [6]: ")
	tm.send("diff(c")
	tm.expectRaw("\x1b[90mos(x), x)") // the suggestion, grey
	tm.send("\x1b[C\r")               // Right takes it
	tm.expect("Out[6]: -sin(x)")
	tm.expect("In [7]: ")
	tm.send("\x04")
	tm.wait()

	tm = startDcalcEnv(t, []string{"XDG_STATE_HOME=" + t.TempDir(), "TERM=xterm", "NO_COLOR=1"}, "")
	tm.expect("In [1]: ")
	tm.send("y + 1\r")
	tm.expect("In [2]: ")
	tm.send("y\x1b[C\r") // no suggestion to take: the line is y
	tm.expect("Out[2]: y")
	tm.expect("In [3]: ")
	tm.send("\x04")
	tm.wait()
}

// TestTerminalColors checks colour on a terminal: IPython's Neutral
// prompts, a red exception name, %colors NoColor turning it off, and
// NO_COLOR starting without it.
func TestTerminalColors(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expectRaw("\x1b[32mIn [\x1b[0m\x1b[92;1m1\x1b[0m\x1b[32m]: \x1b[0m")
	tm.send("1/0\r")
	tm.expectRaw("\x1b[0;31mZeroDivisionError\x1b[0m: division by zero")
	tm.expect("In [2]: ")
	tm.send("%colors nocolor\r")
	tm.expect("In [3]: ")
	tm.send("1 + 1\r")
	tm.expectRaw("Out[3]: 2")
	tm.expect("In [4]: ") // Ctrl-D before the prompt is ready can be lost
	tm.send("\x04")
	tm.wait()

	tm = startDcalcEnv(t, []string{"XDG_STATE_HOME=" + t.TempDir(), "TERM=xterm", "NO_COLOR=1"}, "")
	tm.expectRaw("In [1]: ")
	tm.send("1 + 1\r")
	tm.expectRaw("Out[1]: 2")
	tm.expect("In [2]: ")
	tm.send("\x04")
	tm.wait()
}

// TestTerminalRecallEdits recalls a multi-line cell with %recall: it
// comes back whole, every line at its prompt, to be edited as one.
func TestTerminalRecallEdits(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	tm.send("for v in (x, y):\n    print(v)\n\r") // pasted: no autoindent
	tm.expect("y")
	tm.expect("In [2]: ")
	tm.send("%recall 1\r")
	tm.expectRows("In [3]: for v in (x, y):\n   ...:     print(v)", 1, 20)
	tm.send("\x10\x05\x7f\x7f, z):") // Up, Ctrl-E: change the first line
	tm.expectRows("In [3]: for v in (x, y, z):\n   ...:     print(v)", 0, 27)
	tm.send("\x0e\x7f*2)\r") // Down: and the second; Enter opens a line
	tm.expectRows("In [3]: for v in (x, y, z):\n   ...:     print(v*2)\n   ...:", 2, 12)
	tm.send("\r")
	tm.expect("2*z")
	tm.expect("In [4]: ")
	tm.send("\x04")
	tm.wait()
}

// TestTerminalCellEditor recalls multi-line cells with Up and Down, as
// IPython 8 does: the whole cell at its prompts, Up and Down moving
// between its lines and on through history from the first and the last,
// Enter opening a new line until the cell is complete, Ctrl-C dropping
// it.
func TestTerminalCellEditor(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	tm.typeLine("for v in (x, y):")
	tm.expect("...: ")
	tm.typeLine("print(v)") // autoindented
	tm.send("\r")
	tm.expect("y")
	tm.expect("In [2]: ")
	tm.send("a = 1\r")
	tm.expect("In [3]: ")
	tm.send("\x1b[A") // Up: a = 1
	tm.expectRows("In [3]: a = 1", 0, 13)
	tm.send("\x1b[A") // Up: the loop, the cursor at its end
	tm.expectRows("In [3]: for v in (x, y):\n   ...:     print(v)", 1, 20)
	tm.send("\x1b[A\x05\x1b[D\x1b[D\x7fz") // Up a line, Ctrl-E, edit it
	tm.expectRows("In [3]: for v in (x, z):\n   ...:     print(v)", 0, 22)
	tm.send("\x1b[B\x1b[D**2") // Down a line (to its end), edit it
	tm.expectRows("In [3]: for v in (x, z):\n   ...:     print(v**2)", 1, 22)
	tm.send("\r") // Enter inside the last line: a new line, indented
	tm.expectRows("In [3]: for v in (x, z):\n   ...:     print(v**2\n   ...:     )", 2, 12)
	tm.send("\x7f\x7f\x7f\x7f\x7f\x05") // join it back, Ctrl-E
	tm.expectRows("In [3]: for v in (x, z):\n   ...:     print(v**2)", 1, 23)
	tm.send("\r") // the end of a block: a new line
	tm.expectRows("In [3]: for v in (x, z):\n   ...:     print(v**2)\n   ...:", 2, 12)
	tm.send("\r") // runs
	tm.expect("z**2")
	tm.expect("In [4]: ")
	tm.send("\x1b[A") // the edited cell is the newest
	tm.expectRows("In [4]: for v in (x, z):\n   ...:     print(v**2)", 1, 23)
	tm.send("\x1b[B") // Down from the last line: back to the empty line
	tm.expectRows("In [4]:", 0, 8)
	if s := tm.vt().text(); strings.Contains(s, "↵") {
		t.Errorf("a recalled cell was shown as one line:\n%s", s)
	}
	tm.send("\x1b[A\x03") // Ctrl-C drops the cell
	tm.expectRows("In [4]: for v in (x, z):\n   ...:     print(v**2)^C\nIn [4]:", 2, 8)
	tm.send("\x04")
	tm.wait()
}

// TestTerminalCellEditorWraps edits a recalled cell with a line wider
// than the terminal: the line wraps, and moving the cursor and editing
// keep the rows in place.
func TestTerminalCellEditorWraps(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	long := "    s = [" + strings.Repeat("1, ", 40) + "1]" // 131 columns
	tm.send("if True:\n" + long + "\n\r")                  // pasted
	tm.expect("In [2]: ")
	tm.send("\x1b[A")
	wrapped := "In [2]: if True:\n   ...: " + long[:92] + "\n" + long[92:]
	tm.expectRows(wrapped, 2, (8+len(long))%100)
	tm.send("\x1b[A # c") // up to the first line, at its end
	tm.expectRows("In [2]: if True: # c\n   ...: "+long[:92]+"\n"+long[92:], 0, 20)
	tm.send("\x1b[B") // down: the column kept (12 of the long line)
	tm.expectRows("In [2]: if True: # c\n   ...: "+long[:92]+"\n"+long[92:], 1, 20)
	tm.send("\x03")
	tm.expect("In [2]: ")
	tm.send("\x04")
	tm.wait()
}

// TestTerminalTypeAhead types while a cell is still running, as people
// do: the keys, Ctrl-D included, count once the prompt is back. (The
// terminal is in cooked mode between lines; there a Ctrl-D is the
// line discipline's end-of-file mark, which it turns into a NUL byte
// when dcalc switches to raw mode, so dcalc disables it while cooked.)
func TestTerminalTypeAhead(t *testing.T) {
	tm := startDcalc(t, t.TempDir())
	tm.expect("In [1]: ")
	// a cell that says it has started, then runs for a second or two
	tm.send("print('started'); s = sum([i for i in range(3000000)])\r")
	tm.expect("started")
	tm.send("s\r\x04") // while the cell runs
	tm.expect("Out[2]: 4499998500000")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit status %d after a typed-ahead Ctrl-D, want 0", code)
	}
	// and the terminal has its Ctrl-D back for the shell
	if key, err := eofKey(tm.pty); err != nil {
		t.Logf("cannot read the terminal's settings: %v", err)
	} else if key != 4 {
		t.Errorf("after exit the terminal's end-of-file key is %#x, want 0x04 (Ctrl-D)", key)
	}
}
