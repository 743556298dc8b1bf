package session

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updating reports whether the -update flag (registered by the package's
// golden tests, if any) asks to rewrite golden files.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestReplayGolden replays each testdata/replay/NAME.dcalc in a new
// session and compares the transcript with NAME.golden. The golden files
// hold IPython's transcript format with the values SymPy 1.14 prints;
// they were written by hand from real SymPy output, not from dcalc. A
// name ending in _pretty replays with Pretty, one ending in _keep with
// KeepGoing. The test is skipped while the interpreter is missing.
func TestReplayGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/replay/*.dcalc")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden scripts: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".dcalc")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			cells, err := ParseScript(filepath.Base(file), string(src))
			if err != nil {
				t.Fatal(err)
			}
			opts := ReplayOptions{
				Pretty:    strings.HasSuffix(name, "_pretty"),
				KeepGoing: strings.HasSuffix(name, "_keep"),
			}
			var out strings.Builder
			if err := replayCells(&out, cells, opts); err != nil && opts.KeepGoing {
				t.Errorf("Replay with KeepGoing: %v", err)
			}
			golden := strings.TrimSuffix(file, ".dcalc") + ".golden"
			if updating() {
				if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if d := UnifiedDiff(golden, "replay", string(want), out.String()); d != "" {
				t.Errorf("transcript differs:\n%s", d)
			}
		})
	}
}

// replayCells replays cells in a new Session.
func replayCells(out *strings.Builder, cells []Cell, opts ReplayOptions) error {
	return New(nil, Options{}).Replay(out, cells, opts)
}
