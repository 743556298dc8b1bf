package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dcalc/dcalc/session/ipynb"
)

// TestNotebookCommands: nb run writes outputs (or nothing when a cell
// raises), nb convert goes to .dcalc and back, replay and dcalc NB.ipynb
// show the transcript, and bad notebooks get one line.
func TestNotebookCommands(t *testing.T) {
	dir := t.TempDir()
	src := "# %% [markdown]\n# # Title\n\n# %%\nx = symbols('x')\nprint('p')\ndiff(x**3, x)\n\n# %% [raw]\n# raw\n\n# %%\n1/0\n"
	script := writeFile(t, dir, "nb.dcalc", src)
	if _, errOut, code := runDcalc(t, "", "nb", "convert", script, "--to", "ipynb"); code != 0 {
		t.Fatalf("convert to ipynb: %d %s", code, errOut)
	}
	nbPath := filepath.Join(dir, "nb.ipynb")
	_, errOut, code := runDcalc(t, "", "nb", "run", nbPath, "-o", filepath.Join(dir, "out.ipynb"))
	if code != 1 || !strings.Contains(errOut, "ZeroDivisionError: division by zero") || !strings.Contains(errOut, "not written") {
		t.Errorf("nb run with an error: %d %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.ipynb")); err == nil {
		t.Errorf("nb run wrote a notebook after an error")
	}
	if _, errOut, code := runDcalc(t, "", "nb", "run", "--allow-errors", nbPath); code != 0 {
		t.Fatalf("nb run --allow-errors: %d %s", code, errOut)
	}
	data, err := os.ReadFile(nbPath)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := ipynb.Read(nbPath, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Cells) != 4 || nb.Cells[0].Type != "markdown" || nb.Cells[0].Source != "# Title" || nb.Cells[2].Type != "raw" {
		t.Fatalf("cells: %+v", nb.Cells)
	}
	c := nb.Cells[1]
	if c.ExecutionCount != 1 || len(c.Outputs) != 2 || c.Outputs[0].Text != "p\n" ||
		c.Outputs[1].Data["text/plain"] != "3*x**2" || c.Outputs[1].Data["text/latex"] != `$\displaystyle 3 x^{2}$` {
		t.Errorf("code cell: count %d, outputs %+v", c.ExecutionCount, c.Outputs)
	}
	if e := nb.Cells[3].Outputs; len(e) != 1 || e[0].EName != "ZeroDivisionError" {
		t.Errorf("error cell outputs: %+v", e)
	}
	back := filepath.Join(dir, "back.dcalc")
	if _, errOut, code := runDcalc(t, "", "nb", "convert", nbPath, "--to", "dcalc", "-o", back); code != 0 {
		t.Fatalf("convert to dcalc: %d %s", code, errOut)
	}
	if got, _ := os.ReadFile(back); string(got) != src {
		t.Errorf("round trip:\n got %q\nwant %q", got, src)
	}
	for _, args := range [][]string{{"replay", "--keep-going", nbPath}, {nbPath}} {
		out, _, _ := runDcalc(t, "", args...)
		if !strings.HasPrefix(out, "# Title\n\nIn [1]: x = symbols('x')\n") || !strings.Contains(out, "Out[1]: 3*x**2") {
			t.Errorf("%v: %q", args, out)
		}
	}
	// The notebook nb run wrote checks clean; an edited output does not.
	if out, errOut, code := runDcalc(t, "", "replay", "--check", nbPath); code != 0 || out != "" {
		t.Errorf("replay --check of the run notebook: %d %q %q", code, out, errOut)
	}
	edited := strings.Replace(string(data), `"3*x**2"`, `"3*x**3"`, 1)
	editedPath := writeFile(t, dir, "edited.ipynb", edited)
	if out, _, code := runDcalc(t, "", "replay", "--check", editedPath); code != 1 || !strings.Contains(out, "cell 2 output 2:") || !strings.Contains(out, "1 output(s) differ") {
		t.Errorf("replay --check of an edited notebook: %d %q", code, out)
	}
	bad := writeFile(t, dir, "bad.ipynb", `{"nbformat": 3}`)
	if _, errOut, code := runDcalc(t, "", "nb", "run", bad); code != 1 || errOut != "dcalc: "+bad+": nbformat 3 notebooks are not supported; convert it with: jupyter nbconvert --to notebook --nbformat 4\n" {
		t.Errorf("nbformat 3: %d %q", code, errOut)
	}
	if _, errOut, code := runDcalc(t, "", "nb", "fly", bad); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("nb fly: %d %q", code, errOut)
	}
}

// TestNotebookRunsInItsFolder: as Jupyter starts a notebook's kernel in
// the notebook's folder, nb run resolves the relative names of its cells
// there, whatever the directory dcalc was started in, and writes -o
// where the command line meant.
func TestNotebookRunsInItsFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "data.py", "answer = 42\n")
	src := "# %%\n%run data.py\nanswer\n"
	script := writeFile(t, dir, "nb.dcalc", src)
	if _, errOut, code := runDcalc(t, "", "nb", "convert", script, "--to", "ipynb"); code != 0 {
		t.Fatalf("convert to ipynb: %d %s", code, errOut)
	}
	t.Chdir(t.TempDir())
	if _, errOut, code := runDcalc(t, "", "nb", "run", filepath.Join(dir, "nb.ipynb"), "-o", "out.ipynb"); code != 0 {
		t.Fatalf("nb run: %d %s", code, errOut)
	}
	data, err := os.ReadFile("out.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb, err := ipynb.Read("out.ipynb", data)
	if err != nil {
		t.Fatal(err)
	}
	outs := nb.Cells[0].Outputs
	if len(outs) != 1 || outs[0].Data["text/plain"] != "42" {
		t.Errorf("outputs %+v, want the value of answer from data.py", outs)
	}
}
