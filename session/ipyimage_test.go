package session

import (
	"bytes"
	"encoding/base64"
	"os"
	"strings"
	"testing"
)

// TestImage shows IPython.display.Image objects in a kernel session; the
// bundles and errors are what ipykernel 6 with IPython 8 sent for the
// same cells (nbclient, Debian's python3), dcalc refusing to fetch a URL.
func TestImage(t *testing.T) {
	png, err := os.ReadFile("../docs/plot.png")
	if err != nil {
		t.Fatal(err)
	}
	var shown []map[string]string
	s := New(&bytes.Buffer{}, Options{Kernel: true})
	s.SetDisplayHook(func(b map[string]string) { shown = append(shown, b) })
	plain := "<IPython.core.display.Image object>"
	cells := []struct {
		src  string
		want map[string]string
		err  string
	}{
		{"from IPython.display import Image\nImage(url='https://example.com/a.png')",
			map[string]string{"text/html": `<img src="https://example.com/a.png"/>`, "text/plain": plain}, ""},
		{"Image(url='https://example.com/a.png', width=300, height=200)",
			map[string]string{"text/html": `<img src="https://example.com/a.png" width="300" height="200"/>`, "text/plain": plain}, ""},
		{"Image(filename='../docs/plot.png')",
			map[string]string{"image/png": base64.StdEncoding.EncodeToString(png), "text/plain": plain}, ""},
		{"display(Image('../docs/plot.png'))", nil, ""},
		{"Image()", nil, "ValueError: No image data found. Expecting filename, url, or data."},
		{"Image(filename='nope.png')", nil, "FileNotFoundError: [Errno 2] No such file or directory: 'nope.png'"},
		{"Image('https://example.com/b.jpg')", nil, "NotImplementedError: dcalc does not fetch URLs: Image(url=..., embed=True) cannot embed the picture"},
	}
	for _, c := range cells {
		r := s.RunCell(c.src)
		var err string
		if r.Err != nil {
			err = r.Err.Error()
		}
		if err != c.err {
			t.Errorf("%s: error %q, want %q", c.src, err, c.err)
			continue
		}
		if c.want == nil {
			continue
		}
		got := s.MimeBundle(r.Value)
		if len(got) != len(c.want) {
			t.Errorf("%s: bundle %v, want %v", c.src, keys(got), keys(c.want))
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("%s: %s %q, want %q", c.src, k, trunc(got[k]), trunc(v))
			}
		}
	}
	if len(shown) != 1 || shown[0]["image/png"] != base64.StdEncoding.EncodeToString(png) {
		t.Errorf("display(Image(...)) showed %d bundles", len(shown))
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func trunc(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return strings.TrimSpace(s)
}
