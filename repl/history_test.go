package repl

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestHistoryEncoding(t *testing.T) {
	tests := []struct{ cell, line string }{
		{"x**2", "x**2"},
		{"for i in r:\n    print(i)", `for i in r:\n    print(i)`},
		{`print("a\nb")`, `print("a\\nb")`},
		{"1 + \\\n2", `1 + \\\n2`},
		{"a\r\nb", `a\r\nb`},
	}
	for _, tt := range tests {
		if got := EncodeHistoryEntry(tt.cell); got != tt.line {
			t.Errorf("EncodeHistoryEntry(%q) = %q, want %q", tt.cell, got, tt.line)
		}
		if got := DecodeHistoryEntry(tt.line); got != tt.cell {
			t.Errorf("DecodeHistoryEntry(%q) = %q, want %q", tt.line, got, tt.cell)
		}
	}
	for in, want := range map[string]string{`a\`: "a", `\t`: `\t`} {
		if got := DecodeHistoryEntry(in); got != want {
			t.Errorf("DecodeHistoryEntry(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "dcalc", "history")
	h, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	cells := []string{"x**2", "def f(a):\n    return a\n", `s = "\\"`}
	for _, c := range append(cells, "  ") {
		if err := h.Append(c); err != nil {
			t.Fatal(err)
		}
	}
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("mode of %s = %v, want %v", p, got, want)
		}
	}
	data, _ := os.ReadFile(path)
	if want := "x**2\ndef f(a):\\n    return a\\n\n" + `s = "\\\\"` + "\n"; string(data) != want {
		t.Errorf("file = %q, want %q", data, want)
	}
	h2, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := h2.Entries(); !reflect.DeepEqual(got, cells) {
		t.Errorf("reloaded entries = %q, want %q", got, cells)
	}
	h3, err := OpenHistory(path, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := h3.Entries(); !reflect.DeepEqual(got, cells[1:]) {
		t.Errorf("entries with limit 2 = %q, want %q", got, cells[1:])
	}
}

func TestDefaultHistoryPath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/tmp/state")
	if got, _ := DefaultHistoryPath(); got != "/tmp/state/dcalc/history" {
		t.Errorf("DefaultHistoryPath() = %q with XDG_STATE_HOME=/tmp/state", got)
	}
	t.Setenv("XDG_STATE_HOME", "relative")
	t.Setenv("HOME", "/home/u")
	if got, _ := DefaultHistoryPath(); got != "/home/u/.local/state/dcalc/history" {
		t.Errorf("DefaultHistoryPath() = %q with a relative XDG_STATE_HOME", got)
	}
}

// TestHistoryLongEntries checks that an over-long line in the file (an
// older dcalc wrote cells of any size) is skipped without disabling
// history, and that an over-long cell is kept in memory only.
func TestHistoryLongEntries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	huge := strings.Repeat("a", 20<<20)
	edge := strings.Repeat("b", MaxHistoryEntry)
	if err := os.WriteFile(path, []byte("x**2\n"+huge+"\n"+edge+"\ndiff(x)\n"+huge), 0o600); err != nil {
		t.Fatal(err)
	}
	h, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatalf("OpenHistory: %v", err)
	}
	if got, want := h.Entries(), []string{"x**2", edge, "diff(x)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("entries: %d of them, want %d", len(got), len(want))
	}
	before, _ := os.Stat(path)
	big := strings.Repeat("c", MaxHistoryEntry+1)
	if err := h.Append(big); !errors.Is(err, ErrEntryTooLong) {
		t.Errorf("Append of a long cell: %v, want ErrEntryTooLong", err)
	}
	after, _ := os.Stat(path)
	if after.Size() != before.Size() {
		t.Errorf("the long cell was written: %d -> %d bytes", before.Size(), after.Size())
	}
	if e := h.Entries(); e[len(e)-1] != big {
		t.Error("the long cell is not in the session's history")
	}
}

// TestHistorySessions checks the session marks: an empty line starts a
// session, StartSession writes one only after cells, and EarlierSessions
// numbers the sessions from the first.
func TestHistorySessions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	if err := os.WriteFile(path, []byte("a = 1\nb = 2\n\nc = 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	h, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.StartSession(); err != nil {
		t.Fatal(err)
	}
	if err := h.StartSession(); err != nil { // no cells since: no mark
		t.Fatal(err)
	}
	h.Append("d = 4")
	sessions, cur := h.EarlierSessions()
	if cur != 3 || len(sessions) != 2 || strings.Join(sessions[1], "|") != "a = 1|b = 2" || strings.Join(sessions[2], "|") != "c = 3" {
		t.Errorf("sessions %v, current %d", sessions, cur)
	}
	data, _ := os.ReadFile(path)
	if string(data) != "a = 1\nb = 2\n\nc = 3\n\nd = 4\n" {
		t.Errorf("file %q", data)
	}
	h2, _ := OpenHistory(path, 0)
	if _, cur := h2.EarlierSessions(); cur != 3 || strings.Join(h2.Entries(), "|") != "a = 1|b = 2|c = 3|d = 4" {
		t.Errorf("reopened: current %d, entries %q", cur, h2.Entries())
	}
}
