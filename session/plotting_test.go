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
		"plt.gca().set_aspect(2)":               "NotImplementedError: dcalc's set_aspect takes 'equal', 'auto' or 1",
		"plt.yscale('symlog')":                  "NotImplementedError: dcalc's yscale does not support the 'symlog' scale yet",
		"plt.axis('equal', emit=False)":         "NotImplementedError: dcalc's axis() takes a list of limits or one of matplotlib's strings",
		"plt.axis('sideways')":                  "ValueError: Unrecognized string 'sideways' to axis; try 'on' or 'off'",
		"plt.gca().set_xscale('logit')":         "NotImplementedError: dcalc's set_xscale does not support the 'logit' scale yet",
		"plt.figure().add_axes([0, 0, 1, 1])":   "NotImplementedError: dcalc does not implement matplotlib.figure.Figure.add_axes yet",
		"plt.plot([1])[0].set_data([1], [2])":   "NotImplementedError: dcalc does not implement matplotlib.lines.Line2D.set_data yet",
	} {
		checkLastLine(t, "import matplotlib.pyplot as plt\nplt.plot([1, 2])\n", src, want)
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

// TestAxes3D draws a surface through matplotlib's 3-D axes: the three
// ways of asking for them give Axes3D objects, plot_surface and
// set_zlabel return what matplotlib returns, the SVG file holds the z
// label and changes with view_init, and what dcalc does not draw is
// refused.
func TestAxes3D(t *testing.T) {
	dir := t.TempDir()
	draw := func(view string) string {
		path := filepath.Join(dir, "s.svg")
		src := "import matplotlib.pyplot as plt\nimport numpy as np\nfrom mpl_toolkits.mplot3d import Axes3D\n" +
			"fig = plt.figure()\nax = fig.add_subplot(111, projection='3d')\n" +
			"X, Y = np.meshgrid(np.linspace(-2, 2, 9), np.linspace(-1, 1, 5))\n" +
			"print(type(ax.plot_surface(X, Y, X**2 + Y**2, cmap='viridis')).__name__, ax.set_zlabel('height'))\n" +
			view + "plt.savefig(" + strRepr(path) + ")\n" +
			"print(type(plt.axes(projection='3d')).__name__, type(plt.subplots(subplot_kw={'projection': '3d'})[1]).__name__)\n"
		out, errs := runProgram(src)
		if out != "Poly3DCollection Text(0.5, 0, 'height')\nAxes3D Axes3D\n" || errs != "" {
			t.Fatalf("out %q errs %q", out, errs)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	front, turned := draw(""), draw("ax.view_init(60, 10)\n")
	if !strings.Contains(front, "height") || strings.Count(front, "<path") < 40 {
		t.Errorf("the surface's SVG lacks the z label or the wireframe (%d paths)", strings.Count(front, "<path"))
	}
	if front == turned {
		t.Error("view_init did not turn the surface")
	}
	for src, want := range map[string]string{
		"Axes3D(plt.figure())": "NotImplementedError: dcalc makes 3-D axes through projection='3d' (fig.add_subplot(projection='3d')), not by calling Axes3D",
		"plt.figure().add_subplot(projection='3d').plot([1, 2], [3, 4], [5, 6])": "NotImplementedError: dcalc does not draw 3-D curves yet (Axes3D.plot of x, y, z)",
		"plt.subplot(111, projection='polar')":                                   "NotImplementedError: dcalc's subplot does not support projection='polar'",
		"plt.axes(projection='3d').plot_surface(1, 2)":                           "TypeError: plot_surface() takes X, Y and Z",
	} {
		checkLastLine(t, "import matplotlib.pyplot as plt\nfrom mpl_toolkits.mplot3d import Axes3D\n", src, want)
	}
}

// checkLastLine runs pre + src and compares the last line of what it
// wrote to stderr (the exception) with want.
func checkLastLine(t *testing.T, pre, src, want string) {
	t.Helper()
	_, errs := runProgram(pre + src + "\n")
	if got := lastLine(errs); got != want {
		t.Errorf("%s:\n got %s\nwant %s", src, got, want)
	}
}

// TestErrorbarHlines: errorbar, hlines and vlines return what matplotlib
// returns, add their segments as series outside the colour cycle, and
// refuse what dcalc does not draw.
func TestErrorbarHlines(t *testing.T) {
	out, errs := runProgram("import matplotlib.pyplot as plt\n" +
		"print(plt.errorbar([1, 2], [3, 4], yerr=[0.1, 0.2], fmt='o', capsize=2))\n" +
		"print(type(plt.hlines(3, 0, 2, colors='r')).__name__, type(plt.vlines([1, 2], 0, 1)).__name__)\n")
	if out != "<ErrorbarContainer object of 3 artists>\nLineCollection LineCollection\n" || errs != "" {
		t.Fatalf("out %q errs %q", out, errs)
	}
	for src, want := range map[string]string{
		"plt.hlines(1, 0, 1, colors='nocolor')":      `ValueError: "nocolor" is not a valid color value`,
		"plt.errorbar([1], [2], [0.1], lolims=True)": "NotImplementedError: dcalc's pyplot does not support lolims= yet",
		"plt.vlines(1, 0)":                           "TypeError: vlines() missing 1 required positional argument: 'ymax'",
	} {
		checkLastLine(t, "import matplotlib.pyplot as plt\n", src, want)
	}
}
