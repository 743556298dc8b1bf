package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dcalc/dcalc/session"
	"github.com/dcalc/dcalc/session/ipynb"
)

const nbUsage = `usage: dcalc nb run [--allow-errors] [-o OUT.ipynb] NB.ipynb
       dcalc nb convert FILE --to dcalc|ipynb [-o OUT]

nb run executes the code cells of a Jupyter notebook in order, as a
Jupyter kernel would, and writes the notebook with their outputs
(stream, execute_result, display_data, error) to OUT.ipynb, or back to
NB.ipynb. The run stops at the first cell that raises and writes nothing,
unless --allow-errors (then the error is the cell's output and the run
goes on). The file is replaced whole or not at all.

nb convert turns a notebook into a .dcalc file in the percent format
(markdown and raw cells as "# %% [markdown]" / "# %% [raw]" comment
cells, as Jupytext writes them) or a .dcalc file into a notebook without
outputs. OUT defaults to FILE with the new extension.
`

// nbCmd is "dcalc nb".
func nbCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		io.WriteString(stdout, nbUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	var allowErrors bool
	var out, to string
	var files []string
	for i := 1; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--allow-errors":
			allowErrors = true
		case a == "-o" || a == "--output" || a == "--to":
			if i+1 == len(args) {
				return usageError(stderr, "nb: argument expected for "+a)
			}
			i++
			if a == "--to" {
				to = args[i]
			} else {
				out = args[i]
			}
		case strings.HasPrefix(a, "-") && a != "-":
			return usageError(stderr, "nb: unknown option "+a)
		default:
			files = append(files, a)
		}
	}
	if len(files) != 1 {
		return usageError(stderr, "nb: expected one file")
	}
	switch args[0] {
	case "run":
		return nbRun(files[0], out, allowErrors, stderr)
	case "convert":
		return nbConvert(files[0], to, out, stderr)
	}
	return usageError(stderr, "nb: unknown command "+args[0]+" (run or convert)")
}

// readNotebook reads and parses the notebook file name.
func readNotebook(name string, stderr io.Writer) (*ipynb.Notebook, int) {
	raw, err := session.ReadSourceFile(name)
	if err != nil {
		return nil, cannotOpen(stderr, name, err)
	}
	nb, err := ipynb.Read(name, raw)
	if err != nil {
		fmt.Fprintf(stderr, "dcalc: %v\n", err)
		return nil, exitError
	}
	return nb, exitOK
}

// nbRun is "dcalc nb run".
func nbRun(name, out string, allowErrors bool, stderr io.Writer) int {
	nb, code := readNotebook(name, stderr)
	if nb == nil {
		return code
	}
	if out == "" {
		out = name
	}
	// Jupyter runs a notebook's kernel in the notebook's folder: relative
	// names in its cells (%load, Image(filename=...)) mean files beside it
	dir, err := filepath.Abs(filepath.Dir(name))
	if err == nil {
		out, err = filepath.Abs(out)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dcalc: nb run: %v\n", err)
		return exitError
	}
	restore, err := chdir(dir)
	if err != nil {
		fmt.Fprintf(stderr, "dcalc: nb run: %v\n", err)
		return exitError
	}
	defer restore()
	// A notebook may come from anyone: its magics read only beside it and
	// write nothing (docs/security.md); the output notebook is ours.
	s := session.New(io.Discard, session.Options{Kernel: true, Files: session.FilePolicy{ReadRoot: dir, NoWrite: true}})
	stop := interruptsTo(s)
	err = s.RunNotebook(nb, session.NotebookOptions{AllowErrors: allowErrors})
	stop()
	var ce *session.CellError
	if errors.As(err, &ce) {
		io.WriteString(stderr, strings.TrimRight(formatException(s, ce.Err), "\n")+"\n")
		fmt.Fprintf(stderr, "dcalc: nb run: cell %d raised; %s not written (--allow-errors goes on)\n", ce.Index+1, out)
		return exitError
	}
	if err := session.WriteFileAtomic(out, ipynb.Write(nb), 0o644); err != nil {
		fmt.Fprintf(stderr, "dcalc: nb run: %v\n", err)
		return exitError
	}
	return exitOK
}

// nbConvert is "dcalc nb convert".
func nbConvert(name, to, out string, stderr io.Writer) int {
	ext := strings.ToLower(filepath.Ext(name))
	if to == "" {
		return usageError(stderr, "nb convert: --to dcalc or --to ipynb is required")
	}
	if out == "" {
		out = strings.TrimSuffix(name, filepath.Ext(name)) + "." + to
	}
	var data []byte
	switch {
	case to == "dcalc" && ext == ".ipynb":
		nb, code := readNotebook(name, stderr)
		if nb == nil {
			return code
		}
		var b bytes.Buffer
		if err := session.WriteScript(&b, session.CellsFromNotebook(nb)); err != nil {
			fmt.Fprintf(stderr, "dcalc: nb convert: %v\n", err)
			return exitError
		}
		data = b.Bytes()
	case to == "ipynb" && ext != ".ipynb":
		cells, code := readScriptCells(name, stderr)
		if cells == nil && code != exitOK {
			return code
		}
		data = ipynb.Write(session.NotebookFromCells(cells))
	default:
		return usageError(stderr, fmt.Sprintf("nb convert: cannot convert %s to %s", name, to))
	}
	if err := session.WriteFileAtomic(out, data, 0o644); err != nil {
		fmt.Fprintf(stderr, "dcalc: nb convert: %v\n", err)
		return exitError
	}
	return exitOK
}

// readScriptCells reads a .dcalc (or .py) file as percent-format cells,
// or a notebook's cells when name ends in .ipynb.
func readScriptCells(name string, stderr io.Writer) ([]session.Cell, int) {
	if strings.EqualFold(filepath.Ext(name), ".ipynb") {
		nb, code := readNotebook(name, stderr)
		if nb == nil {
			return nil, code
		}
		return session.CellsFromNotebook(nb), exitOK
	}
	raw, err := session.ReadSourceFile(name)
	if err != nil {
		return nil, cannotOpen(stderr, name, err)
	}
	src, err := session.DecodeSource(name, raw)
	if err != nil {
		fmt.Fprintf(stderr, "%s\n", err)
		return nil, exitError
	}
	cells, err := session.ParseScript(name, src)
	if err != nil {
		fmt.Fprintf(stderr, "%s\n", strings.TrimRight(err.Error(), "\n"))
		return nil, exitError
	}
	return cells, exitOK
}

// checkNotebook is "dcalc replay --check NB.ipynb": the notebook's code
// runs in s and every output is compared with the one the notebook
// holds; the differences are printed and the status is 1 when there are
// any.
func checkNotebook(s *session.Session, name string, stdout, stderr io.Writer) int {
	nb, code := readNotebook(name, stderr)
	if nb == nil {
		return code
	}
	stop := interruptsTo(s)
	diffs := s.CheckNotebook(nb)
	stop()
	if len(diffs) == 0 {
		return exitOK
	}
	for _, d := range diffs {
		fmt.Fprintln(stdout, d)
	}
	fmt.Fprintf(stdout, "%s: %d output(s) differ from the notebook's\n", name, len(diffs))
	return exitError
}

// chdir changes the working directory to dir; restore changes it back.
func chdir(dir string) (restore func(), err error) {
	prev, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	if err := os.Chdir(dir); err != nil {
		return nil, err
	}
	return func() { os.Chdir(prev) }, nil
}
