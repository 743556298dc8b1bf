package session

import (
	"bytes"
	"encoding/base64"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSavefig writes a PNG that decodes, and reports matplotlib's errors
// for a missing directory and an unknown format.
func TestSavefig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.png")
	out, errs := runProgram("import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [0, 1, 4])\nplt.savefig(" + strRepr(path) + ")\n")
	if out != "" || errs != "" {
		t.Fatalf("out %q errs %q", out, errs)
	}
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if _, err := png.Decode(fh); err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]string{
		"plt.savefig('/nonexistent/dir/f.png')": "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/dir/f.png'",
		"plt.savefig('f.xyz')":                  "ValueError: Format 'xyz' is not supported (supported formats: pdf, png, svg)",
		"plt.plot([1, 2], [1])":                 "ValueError: x and y must have same first dimension, but have shapes (2,) and (1,)",
		"plt.plot([1], color='nocolor')":        `ValueError: "nocolor" is not a valid color value`,
		"plt.imshow":                            "NotImplementedError: dcalc does not implement matplotlib.pyplot.imshow yet",
	} {
		_, errs := runProgram("import matplotlib.pyplot as plt\nplt.plot([1, 2])\n" + src + "\n")
		if got := lastLine(errs); got != want {
			t.Errorf("%s:\n got %s\nwant %s", src, got, want)
		}
	}
}

// TestFigureDisplay checks where figures go: as braille text to the
// output in a terminal session, as image/png through the display hook
// (Jupyter), at plt.show() or at the end of the cell, and only once.
func TestFigureDisplay(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{Interactive: true})
	s.RunCell("%matplotlib inline")
	s.RunCell("import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [0, 1, 4], label='sq')\nplt.legend();")
	if out.Len() != 0 {
		t.Errorf("figure shown before the front end flushed it: %q", out.String())
	}
	s.FlushFigures()
	text := out.String()
	if !strings.ContainsAny(text, "⠁⠂⠄⡀⢀⠈⠐⠠") || !strings.Contains(text, "── sq") {
		t.Errorf("terminal rendering:\n%s", text)
	}
	out.Reset()
	s.RunCell("1 + 1")
	s.FlushFigures()
	if out.Len() != 0 {
		t.Errorf("figure shown twice: %q", out.String())
	}
	var bundles []map[string]string
	s.SetDisplayHook(func(b map[string]string) { bundles = append(bundles, b) })
	s.RunCell("plt.plot([1, 2])\nplt.show()\nplot(x**2, (x, -1, 1), show=False).show()")
	if len(bundles) != 2 {
		t.Fatalf("%d displays", len(bundles))
	}
	for _, b := range bundles {
		data, err := base64.StdEncoding.DecodeString(b["image/png"])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		if b["text/plain"] != "<Figure size 640x480 with 1 Axes>" {
			t.Errorf("text/plain %q", b["text/plain"])
		}
	}
}

// TestFiguresWaitForShow checks the terminal default: without %matplotlib
// inline a figure is built over several cells and shown by plt.show().
func TestFiguresWaitForShow(t *testing.T) {
	var out bytes.Buffer
	s := New(&out, Options{Interactive: true})
	for _, c := range []string{"import matplotlib.pyplot as plt", "plt.plot([0, 1, 2], [0, 1, 4])", "plt.title('built over cells')"} {
		s.RunCell(c)
		s.FlushFigures()
	}
	if out.Len() != 0 {
		t.Fatalf("figure shown before plt.show(): %q", out.String())
	}
	s.RunCell("plt.show()")
	if !strings.Contains(out.String(), "built over cells") {
		t.Errorf("plt.show() did not draw the figure with its title:\n%s", out.String())
	}
}

// TestNotebookFigureOrder runs a notebook cell whose last line is a
// pyplot call: the execute_result comes first, then the figure, as
// Jupyter's inline backend orders them.
func TestNotebookFigureOrder(t *testing.T) {
	s := New(io.Discard, Options{})
	s.SetInlineFigures(true)
	outs, res := s.runCellOutputs("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.title('t')")
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var kinds []string
	for _, o := range outs {
		kinds = append(kinds, o.Type)
	}
	if strings.Join(kinds, " ") != "execute_result display_data" {
		t.Errorf("outputs %v", kinds)
	}
}
