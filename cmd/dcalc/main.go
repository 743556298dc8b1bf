// Command dcalc is a terminal notebook for symbolic differentiation: it
// runs SymPy notebook code (a Python subset with SymPy's API) and prints
// what Python with SymPy prints.
//
// Usage:
//
//	dcalc                      interactive REPL (stdin a terminal)
//	dcalc < prog.dcalc         run the program read from stdin
//	dcalc FILE [ARG...]        run a program file
//	dcalc -c CODE [ARG...]     run CODE as a program
//	dcalc replay [--pretty] [--step] [--check | --update] [--keep-going]
//	             [--allow-reads] [--allow-writes] FILE
//	                           replay a .dcalc or .ipynb notebook as an IPython transcript
//	dcalc nb run [--allow-errors] [-o OUT] NB.ipynb
//	dcalc nb convert FILE --to dcalc|ipynb [-o OUT]
//	dcalc kernel -f CONNECTION_FILE   serve a Jupyter front end
//	dcalc kernel install [--user | --prefix DIR]
//	dcalc --version | --help
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/dcalc/dcalc/repl"
	"github.com/dcalc/dcalc/session"
)

func main() {
	// dcalc allocates many small short-lived nodes; collecting when the
	// heap has grown 3x (GOGC=200) rather than 2x saves collections, but
	// a larger heap costs page faults: measured whole-process over the
	// workloads w0-w8 (7 alternating runs, 2026-12-04), the geometric mean
	// was 108.9 ms at GOGC=100, 107.2 ms at 200 and 117.5 ms at 400.
	// GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: dcalc [--ascii] [option] [-c code | file | -] [arg ...]
       dcalc [--ascii] replay [--pretty] [--step [--clear] [--steps]] [--check | --update] [--keep-going]
                    [--allow-reads] [--allow-writes] file
       dcalc nb run [--allow-errors] [-o out.ipynb] notebook.ipynb
       dcalc nb convert file --to dcalc|ipynb [-o out]
       dcalc kernel -f connection_file | dcalc kernel install [--user | --prefix dir]

With no arguments and a terminal on stdin, dcalc starts an interactive
REPL (IPython-style In/Out prompts; x, y, z, t, k, m, n and f, g, h are
defined). Otherwise it runs a program, as python3 does: only what the
program prints is written, and an uncaught exception prints a traceback
on stderr and exits with status 1.

Options:
  --ascii      draw plots with '*' and '|' instead of braille (also
               DCALC_PLOT=ascii; NO_COLOR turns plot colours off)
  -c code      run code as the program (its file name is <string>)
  file         run the program in file
  -            run the program read from stdin (also the default when
               stdin is not a terminal)
  -h, --help   show this help and exit
  -V, --version
               print the version and exit

replay runs the cells of a .dcalc notebook (percent format: cells start
at "# %%" lines; without markers, one top-level statement per cell) or
of a Jupyter .ipynb notebook (dcalc NB.ipynb does the same) in a fresh
interactive session and writes the transcript IPython shows:
  --pretty      show Out values in pretty (2D unicode) form
  --step        teaching demo: show each cell, run it on Enter; keys
                (a key press on a terminal): b back, r run the last cell
                again, s skip, i REPL on the demo's namespace (Ctrl-D
                returns), q quit
  --clear       with --step: clear the screen before each cell
  --steps       with --step: show the derivation steps of each diff(...)
  --check       compare the transcript with file.out instead of printing
                it; print a unified diff and exit 1 when they differ (for
                a .ipynb: compare each cell's outputs with the ones the
                notebook holds)
  --update      write the transcript to file.out (what --check compares
                with) instead of printing it
  --keep-going  go on after a cell raises (the error is in the transcript)
  --allow-reads  let %run and %load read files outside the notebook's
                directory (by default they may not)
  --allow-writes let %save write files (by default a replayed notebook
                writes nothing)

nb run executes a Jupyter notebook's code cells and writes their outputs
into it (or into out.ipynb); nb convert turns a notebook into a .dcalc
file and back ("dcalc nb --help" for more). kernel serves Jupyter front
ends; kernel install registers it ("dcalc kernel --help").

Interactive keys: Up/Down and Ctrl-R search history (kept in
$XDG_STATE_HOME/dcalc/history), Tab completes names, attributes after
".", magics after "%" and file names after %load/%save/%run; Ctrl-C
clears the line or interrupts a running cell; Ctrl-D or exit quits.
`

// Exit statuses.
const (
	exitOK        = 0
	exitError     = 1 // uncaught exception, failed check, internal error
	exitUsage     = 2 // bad flags, unreadable file (as python3)
	exitInterrupt = 130
)

// run is dcalc's main program; it uses only the files it is given.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "dcalc: internal error: %v\n", r)
			if os.Getenv("DCALC_DEBUG") != "" {
				stderr.Write(debug.Stack())
			}
			code = exitError
		}
	}()
	if len(args) > 0 && args[0] == "--ascii" {
		// plots in ASCII, for terminals without braille glyphs
		os.Setenv("DCALC_PLOT", "ascii")
		args = args[1:]
	}
	if len(args) > 0 && args[0] == "replay" {
		return replayCmd(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "nb" {
		return nbCmd(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "kernel" {
		return kernelCmd(args[1:], stdout, stderr)
	}
	if len(args) > 0 { // the first argument decides, as python3's do
		a := args[0]
		switch {
		case a == "-h" || a == "--help":
			io.WriteString(stdout, usage)
			return exitOK
		case a == "-V" || a == "--version":
			fmt.Fprintf(stdout, "dcalc %s\n", repl.Version)
			return exitOK
		case a == "-c":
			if len(args) == 1 {
				return usageError(stderr, "argument expected for the -c option")
			}
			return execProgram("<string>", []byte(args[1]), append([]string{"-c"}, args[2:]...), stdin, stdout, stderr)
		case strings.HasPrefix(a, "-c"):
			return execProgram("<string>", []byte(a[2:]), append([]string{"-c"}, args[1:]...), stdin, stdout, stderr)
		case a == "-":
			return execStdin(args, stdin, stdout, stderr)
		case a == "--":
			if len(args) > 1 {
				return execFile(args[1:], stdin, stdout, stderr)
			}
			return execStdin(nil, stdin, stdout, stderr)
		case strings.HasPrefix(a, "-"):
			return usageError(stderr, "unknown option "+a)
		default:
			return execFile(args, stdin, stdout, stderr)
		}
	}
	in, inOK := stdin.(*os.File)
	if !inOK || !repl.IsTerminal(in) {
		return execStdin(nil, stdin, stdout, stderr)
	}
	return interactive(in, stdout, stderr)
}

// usageError reports a command-line mistake.
func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "dcalc: %s\n%sTry 'dcalc --help' for more information.\n",
		msg, usage[:strings.Index(usage, "\n\n")+1])
	return exitUsage
}

// interactive runs the REPL on the terminal in.
func interactive(in *os.File, stdout, stderr io.Writer) int {
	// A REPL lives long and its cells are small: collect at 2x the live
	// heap rather than batch work's 3x, so resident memory grows about
	// 13 KB per cell (docs/reliability.md).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
	out, ok := stdout.(*os.File)
	if ok && repl.IsTerminal(out) {
		if err := repl.Terminal(in, out, stderr); err != nil {
			fmt.Fprintf(stderr, "dcalc: %v\n", err)
			return exitError
		}
		return exitOK
	}
	// Output is redirected: no line editing, prompts still shown.
	s := session.New(stdout, session.Options{Interactive: true, Pretty: true, PlotASCII: repl.PlotASCII()})
	lr := repl.NewPlainReader(in, stdout, false)
	if err := repl.Run(s, lr, stdout, repl.Options{Banner: repl.Banner()}); err != nil {
		fmt.Fprintf(stderr, "dcalc: %v\n", err)
		return exitError
	}
	return exitOK
}

// execFile runs the program in the file name.
// argv is sys.argv: the file as named, then the program's arguments.
func execFile(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	name := argv[0]
	if strings.EqualFold(filepath.Ext(name), ".ipynb") {
		// A notebook is not a program: show its cells run, as replay does.
		return replayCmd([]string{"--", name}, nil, stdout, stderr)
	}
	// CPython 3.9+ names the main script by its absolute path in
	// tracebacks and in "can't open file".
	if abs, err := filepath.Abs(name); err == nil {
		name = abs
	}
	src, err := session.ReadSourceFile(name)
	if err != nil {
		return cannotOpen(stderr, name, err)
	}
	return execProgram(name, src, argv, stdin, stdout, stderr)
}

// execStdin runs the program read from stdin, named <stdin>; argv is
// sys.argv ("-" and the program's arguments; nil: [""]).
func execStdin(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "dcalc: reading stdin: %v\n", err)
		return exitError
	}
	if argv == nil {
		argv = []string{""}
	}
	return execProgram("<stdin>", src, argv, nil, stdout, stderr) // input() then meets EOF, as in python3 < prog
}

// cannotOpen reports an unreadable file as python3 does.
func cannotOpen(stderr io.Writer, name string, err error) int {
	var reason string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason = "[Errno 2] No such file or directory"
	case errors.Is(err, fs.ErrPermission):
		reason = "[Errno 13] Permission denied"
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		reason = err.Error()
	}
	fmt.Fprintf(stderr, "dcalc: can't open file '%s': %s\n", name, reason)
	return exitUsage
}

// execProgram runs src as a whole program named name in a script session
// and prints the traceback of an uncaught exception on stderr; input()
// reads lines from stdin (nil: at end of input). Ctrl-C interrupts the
// program with KeyboardInterrupt.
func execProgram(name string, src []byte, argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := session.New(stdout, session.Options{Script: true, PlotASCII: repl.PlotASCII(), Argv: argv})
	s.SetErrOutput(stderr) // warnings, as Python writes them
	if stdin != nil {
		s.SetInput(session.LineInput(stdin, stdout))
	}
	stop := interruptsTo(s)
	err := s.ExecSource(name, src)
	stop()
	if err == nil {
		return exitOK
	}
	if status, msg, ok := session.ExitStatus(err); ok {
		// an uncaught SystemExit ends the program as python3's does
		if msg != "" {
			io.WriteString(stderr, msg+"\n")
		}
		return status
	}
	io.WriteString(stderr, strings.TrimRight(formatException(s, err), "\n")+"\n")
	var e *session.Exception
	if errors.As(err, &e) && e.Type == "KeyboardInterrupt" {
		return exitInterrupt
	}
	return exitError
}

// interruptsTo makes SIGINT interrupt s until stop is called.
func interruptsTo(s *session.Session) (stop func()) {
	in, ok := any(s).(interface{ Interrupt() })
	if !ok {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, os.Interrupt)
	go func() {
		for {
			select {
			case <-ch:
				in.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// formatException returns the Python traceback of err.
func formatException(s *session.Session, err error) string {
	if f, ok := any(s).(interface{ FormatException(error) string }); ok {
		return f.FormatException(err)
	}
	if tb, ok := err.(interface{ Traceback() string }); ok {
		return tb.Traceback()
	}
	return repl.FallbackTraceback(err)
}

// replayCmd is "dcalc replay".
func replayCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var pretty, step, check, update, keepGoing, allowReads, allowWrites, clear, steps bool
	var files []string
flags:
	for i, a := range args {
		switch a {
		case "--pretty", "-pretty":
			pretty = true
		case "--step", "-step":
			step = true
		case "--clear":
			clear = true
		case "--steps":
			steps = true
		case "--check", "-check":
			check = true
		case "--update":
			update = true
		case "--keep-going", "-keep-going":
			keepGoing = true
		case "--allow-reads":
			allowReads = true
		case "--allow-writes":
			allowWrites = true
		case "-h", "--help":
			io.WriteString(stdout, usage)
			return exitOK
		case "--":
			files = append(files, args[i+1:]...)
			break flags
		default:
			if strings.HasPrefix(a, "-") && a != "-" {
				return usageError(stderr, "replay: unknown option "+a)
			}
			files = append(files, a)
		}
	}
	if len(files) != 1 {
		return usageError(stderr, "replay: expected one notebook file")
	}
	if check && update {
		return usageError(stderr, "replay: --check compares with the .out file, --update writes it: give one")
	}
	name := files[0]
	cells, code := readScriptCells(name, stderr)
	if code != exitOK {
		return code
	}
	// A notebook may come from anyone: its magics read only beside it
	// and write nothing unless the user allows more (docs/security.md).
	policy := session.FilePolicy{NoWrite: !allowWrites}
	if !allowReads {
		policy.ReadRoot = filepath.Dir(name)
	}
	ipynb := strings.EqualFold(filepath.Ext(name), ".ipynb")
	// SymPy's names only, as a script; a notebook's cells as its kernel runs them
	s := session.New(stdout, session.Options{Pretty: pretty, Files: policy, PlotASCII: repl.PlotASCII(), Kernel: ipynb})
	if ipynb {
		s.SetInlineFigures(true) // a notebook's figures show after their cells
		if update {
			return usageError(stderr, "replay: --update is for .dcalc files; a notebook keeps its outputs (dcalc nb run writes them)")
		}
		if check {
			return checkNotebook(s, name, stdout, stderr)
		}
	}
	if step {
		return demoCmd(s, cells, stdin, stdout, stderr, repl.DemoOptions{Clear: clear, Steps: steps}, pretty)
	}
	opts := session.ReplayOptions{Pretty: pretty, KeepGoing: keepGoing}
	w := stdout
	var transcript bytes.Buffer
	if check || update {
		w = &transcript
	}
	stop := interruptsTo(s)
	rerr := s.Replay(w, cells, opts)
	stop()
	var exc *session.Exception
	if rerr != nil && !errors.As(rerr, &exc) {
		fmt.Fprintf(stderr, "dcalc: replay: %v\n", rerr)
		return exitError
	}
	out := session.OutFileName(name)
	if update {
		if err := session.WriteFileAtomic(out, transcript.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "dcalc: replay: cannot write the transcript: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "dcalc: replay: wrote %s\n", out)
		return exitOK
	}
	if check {
		diff, equal, err := session.Check(transcript.Bytes(), out)
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "dcalc: replay --check: %s has no transcript to compare with: %s does not exist (dcalc replay --update %s writes it)\n", name, out, name)
			return exitUsage // as for any file that cannot be opened
		}
		if err != nil {
			return cannotOpen(stderr, out, err)
		}
		if !equal {
			io.WriteString(stdout, diff)
			return exitError
		}
		return exitOK
	}
	if rerr != nil {
		return exitError
	}
	return exitOK
}

// demoCmd is "dcalc replay --step": the teaching demo (repl.Demo), with
// line editing when stdin and stdout are a terminal.
func demoCmd(s *session.Session, cells []session.Cell, stdin io.Reader, stdout, stderr io.Writer, opts repl.DemoOptions, pretty bool) int {
	s.SetPretty(pretty)
	var lr repl.LineReader
	in, inOK := stdin.(*os.File)
	out, outOK := stdout.(*os.File)
	if inOK && outOK && repl.IsTerminal(in) && repl.IsTerminal(out) {
		tr, err := repl.NewTerminalReader(in, out, nil, repl.NewSessionCompleter(s))
		if err != nil {
			fmt.Fprintf(stderr, "dcalc: %v\n", err)
			return exitError
		}
		defer tr.Close()
		lr = tr
		opts.Color = repl.ColorTerminal()
	} else {
		lr = repl.NewPlainReader(stdin, stdout, false)
	}
	stop := interruptsTo(s)
	defer stop()
	if err := repl.Demo(s, cells, lr, stdout, opts); err != nil {
		var exc *session.Exception
		if errors.As(err, &exc) {
			io.WriteString(stderr, s.FormatException(err))
			return exitError
		}
		fmt.Fprintf(stderr, "dcalc: replay: %v\n", err)
		return exitError
	}
	return exitOK
}
