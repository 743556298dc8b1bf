package session

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDecodeSource runs program files whose bytes CPython treats
// specially. The wanted stdout and stderr are what python3.11 FILE
// printed for the same bytes (file name /tmp/t.py).
func TestDecodeSource(t *testing.T) {
	tests := []struct {
		data, stdout, stderr string
	}{
		{"x = 1\ns = \"caf\xe9\"\nprint(s)\n", "",
			"SyntaxError: Non-UTF-8 code starting with '\\xe9' in file /tmp/t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
		{"\xef\xbb\xbfprint(1)\n", "1\n", ""},
		{"# -*- coding: latin-1 -*-\ns = \"caf\xe9\"\nprint(s)\n", "café\n", ""},
		{"#!/usr/bin/env python3\n# coding=latin-1\nprint(\"\xe9\")\n", "é\n", ""},
		{"# coding: utf8\nprint(1)\n", "1\n", ""},
		{"  \n# coding: latin-1\nprint(\"\xe9\")\n", "é\n", ""},
		{"\r\n# coding: latin-1\r\nprint(\"\xe9\")\r\n", "é\n", ""},
		{"x=1 # coding: latin-1\nprint(\"\xe9\")\n", "",
			"SyntaxError: Non-UTF-8 code starting with '\\xe9' in file /tmp/t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
		{"# coding: foo\nprint(1)\n", "", "SyntaxError: encoding problem: foo\n"},
		{"x=1\n# coding: latin-1\nprint(\"\xe9\")\n", "",
			"SyntaxError: Non-UTF-8 code starting with '\\xe9' in file /tmp/t.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
		{"\x00\x01\x02print(1)\n", "", "  File \"/tmp/t.py\", line 1\n    \nSyntaxError: source code cannot contain null bytes\n"},
		{"x=1\nprint(1)\x00junk\n", "", "  File \"/tmp/t.py\", line 2\n    print(1)\nSyntaxError: source code cannot contain null bytes\n"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		s := New(&out, Options{Bare: true})
		stderr := ""
		if err := s.ExecSource("/tmp/t.py", []byte(tt.data)); err != nil {
			stderr = s.FormatException(err)
		}
		if out.String() != tt.stdout || stderr != tt.stderr {
			t.Errorf("%q:\ngot  %q %q\nwant %q %q", tt.data, out.String(), stderr, tt.stdout, tt.stderr)
		}
	}
}

// TestReadSourceFile refuses what is not a regular file of sane size
// before reading it.
func TestReadSourceFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadSourceFile(dir); err == nil || !strings.Contains(err.Error(), "Is a directory") {
		t.Errorf("directory: %v", err)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		if _, err := ReadSourceFile("/dev/zero"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("/dev/zero: %v", err)
		}
	}
	big := filepath.Join(dir, "big.py")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(maxSourceFile + 1) // sparse: no disk used
	f.Close()
	if _, err := ReadSourceFile(big); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("big file: %v", err)
	}
}

// TestReplayFilePolicy: a replayed notebook's magics read only inside
// its directory and write nothing, unless the policy allows it.
func TestReplayFilePolicy(t *testing.T) {
	root := t.TempDir()
	nb := filepath.Join(root, "nb")
	os.Mkdir(nb, 0o755)
	outside := filepath.Join(root, "secret.py")
	os.WriteFile(outside, []byte("print('secret')\n"), 0o644)
	inside := filepath.Join(nb, "helper.py")
	os.WriteFile(inside, []byte("print('helper')\n"), 0o644)
	os.Symlink(outside, filepath.Join(nb, "link.py"))
	target := filepath.Join(root, "written.py")

	run := func(p FilePolicy, cells ...string) string {
		var out bytes.Buffer
		s := New(&out, Options{Files: p})
		for _, c := range cells {
			if r := s.RunCell(c); r.Err != nil {
				out.WriteString(r.Err.Error() + "\n")
			}
		}
		return out.String()
	}
	confined := FilePolicy{ReadRoot: nb, NoWrite: true}
	for _, c := range []string{"%run " + outside, "%load " + outside, "%run " + filepath.Join(nb, "link.py"), "%run " + filepath.Join(nb, "..", "secret.py")} {
		got := run(confined, c)
		if !strings.HasPrefix(got, "PermissionError: a replayed notebook reads only files in its own directory") {
			t.Errorf("%s: %q", c, got)
		}
	}
	if got := run(confined, "%run "+inside); got != "helper\n" {
		t.Errorf("%%run inside: %q", got)
	}
	if got := run(confined, "1+1", "%save -f "+target+" 1"); !strings.HasPrefix(got, "PermissionError: a replayed notebook does not write files") {
		t.Errorf("%%save: %q", got)
	}
	if _, err := os.Stat(target); err == nil {
		t.Errorf("%%save wrote a file")
	}
	if got := run(FilePolicy{}, "%run "+outside); got != "secret\n" {
		t.Errorf("unconfined %%run: %q", got)
	}
	if got := run(FilePolicy{}, "1+1", "%save -f "+target+" 1"); !strings.Contains(got, "were written") {
		t.Errorf("unconfined %%save: %q", got)
	}
}

// TestSaveReplacesWhole checks that %save replaces a file in one rename:
// the old content stays whole until the new one is complete, no
// temporary file is left behind, and the file's mode is kept.
func TestSaveReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "work.py")
	os.WriteFile(target, []byte("old\n"), 0o600)
	s := New(&bytes.Buffer{}, Options{})
	s.RunCell("a = 1")
	if r := s.RunCell("%save -f " + target + " 1"); r.Err != nil {
		t.Fatal(r.Err)
	}
	data, _ := os.ReadFile(target)
	if !strings.Contains(string(data), "a = 1") {
		t.Errorf("saved %q", data)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files, want 1", len(entries))
	}
	// A directory that cannot be written: the old file is untouched.
	if os.Geteuid() != 0 {
		os.Chmod(dir, 0o500)
		defer os.Chmod(dir, 0o700)
		r := s.RunCell("%save -f " + target + " 1")
		if r.Err == nil || !strings.HasPrefix(r.Err.Error(), "PermissionError") {
			t.Errorf("read-only directory: %v", r.Err)
		}
		if got, _ := os.ReadFile(target); !bytes.Equal(got, data) {
			t.Errorf("old file changed to %q", got)
		}
	}
}

// TestRunItself: a script that %runs itself (in the session's
// namespace, -i) stops with RecursionError and the session goes on.
func TestRunItself(t *testing.T) {
	dir := t.TempDir()
	self := filepath.Join(dir, "self.dcalc")
	os.WriteFile(self, []byte("n = n + 1\n# %%\n%run -i "+self+"\n"), 0o644)
	s := New(&bytes.Buffer{}, Options{})
	s.RunCell("n = 0")
	r := s.RunCell("%run -i " + self)
	if r.Err == nil || !strings.HasPrefix(r.Err.Error(), "RecursionError") {
		t.Fatalf("got %v", r.Err)
	}
	if r := s.RunCell("n"); r.Err != nil || s.Repr(r.Value) != "100" {
		t.Errorf("n = %v (%v), want 100 runs", r.Value, r.Err)
	}
}

// TestRunNamespace checks %run against IPython 8.12 running the same
// cells: the file runs in a fresh namespace (it does not see the
// session's b; __name__ is '__main__', or the file's name with -n), the
// names it defines are the session's afterwards, -i runs it in the
// session's namespace, and an unknown option is IPython's UsageError.
func TestRunNamespace(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "r1.py")
	os.WriteFile(prog, []byte("a = 1\nprint('in script, b defined:', 'b' in dir(), __name__)\nc = 3\n"), 0o644)
	var out bytes.Buffer
	s := New(&out, Options{Interactive: true})
	for _, cell := range []string{"b = 2", "%run " + prog, "print(a, c)", "%run -i " + prog, "%run -n " + prog, "%run -z " + prog} {
		if r := s.RunCell(cell); r.Err != nil {
			out.WriteString(s.FormatException(r.Err))
		}
	}
	want := "in script, b defined: False __main__\n1 3\nin script, b defined: True __main__\nin script, b defined: False r1\n" +
		"UsageError: option -z not recognized ( allowed: \"nidtN:b:pD:l:rs:T:em:G\" )\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
