package session

import (
	"bytes"
	"os"
	"testing"
)

func TestSmokeFile(t *testing.T) {
	path := os.Getenv("SMOKE")
	if path == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(path)
	var out bytes.Buffer
	s := New(&out, Options{})
	err := s.ExecFile(path, string(src))
	os.Stdout.WriteString(out.String())
	if err != nil {
		os.Stdout.WriteString(s.FormatException(err))
	}
}
