package repl

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestPasteWatch feeds bracketed pastes split at every byte and checks
// that typed bytes pass through, each paste becomes one marker, and the
// listener swaps the marker for the pasted text.
func TestPasteWatch(t *testing.T) {
	in := "ab" + pasteStart + "x = 1\r\ny\t= 2\r\n" + pasteEnd + "c" + pasteStart + "\x1b[31m" + pasteEnd + "\x1b[A"
	p := &pasteWatch{r: iotest.OneByteReader(strings.NewReader(in))}
	got, err := io.ReadAll(p)
	if err != nil {
		t.Fatal(err)
	}
	want := "ab" + string(pasteMarker) + "c" + string(pasteMarker) + "\x1b[A"
	if string(got) != want {
		t.Errorf("passed on %q, want %q", got, want)
	}
	line := []rune("ab" + string(pasteMarker) + "c")
	out, pos, ok := p.onChange(line, 3, pasteMarker)
	if !ok || string(out) != "abx = 1↵y\t= 2c" || pos != 13 {
		t.Errorf("first paste: %q at %d (%v)", string(out), pos, ok)
	}
	out, _, ok = p.onChange([]rune(string(pasteMarker)), 1, pasteMarker)
	if !ok || string(out) != "[31m" {
		t.Errorf("second paste: %q (%v); control characters must go", string(out), ok)
	}
	if _, _, ok := p.onChange([]rune("abc"), 3, 'c'); ok {
		t.Error("a typed key changed the line")
	}
}

// TestPasteWatchUnterminated: input that ends inside a paste is passed
// on as typed.
func TestPasteWatchUnterminated(t *testing.T) {
	p := &pasteWatch{r: strings.NewReader("a" + pasteStart + "bc")}
	got, _ := io.ReadAll(p)
	if string(got) != "abc" {
		t.Errorf("got %q", got)
	}
}
