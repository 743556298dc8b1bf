package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/dcalc/dcalc/repl"
	"github.com/dcalc/dcalc/repl/kernel"
	"github.com/dcalc/dcalc/session"
)

const kernelUsage = `usage: dcalc kernel -f CONNECTION_FILE
       dcalc kernel install [--user | --prefix DIR]

dcalc kernel serves a Jupyter front end (JupyterLab, Notebook, VS Code,
nbclient, jupyter console) that started it with a connection file.
dcalc kernel install writes the kernel spec "dcalc" (display name
"dcalc (SymPy)") so that "jupyter kernelspec list" shows it: into
~/.local/share/jupyter/kernels with --user (the default), or into
DIR/share/jupyter/kernels with --prefix DIR.
`

// kernelCmd is "dcalc kernel".
func kernelCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		io.WriteString(stdout, kernelUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "install" {
		return kernelInstall(args[1:], stdout, stderr)
	}
	var conn string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "-f", "--connection-file":
			if i+1 == len(args) {
				return usageError(stderr, "kernel: argument expected for "+a)
			}
			i++
			conn = args[i]
		default:
			return usageError(stderr, "kernel: unknown argument "+a)
		}
	}
	if conn == "" {
		return usageError(stderr, "kernel: -f CONNECTION_FILE is required")
	}
	ci, err := kernel.ReadConnectionFile(conn)
	if err != nil {
		fmt.Fprintf(stderr, "dcalc kernel: %v\n", err)
		return exitError
	}
	k := kernel.New(ci, stderr, repl.Version)
	// In signal mode the front end interrupts with SIGINT.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	go func() {
		for range sig {
			k.Interrupt()
		}
	}()
	// When the front end that started the kernel dies, the kernel goes
	// too (as ipykernel's parent poller does), instead of running on.
	go func(parent int) {
		for range time.Tick(time.Second) {
			if os.Getppid() != parent {
				k.Stop()
				return
			}
		}
	}(os.Getppid())
	if err := k.Serve(); err != nil {
		fmt.Fprintf(stderr, "dcalc kernel: %v\n", err)
		return exitError
	}
	return exitOK
}

// kernelInstall writes the kernel spec.
func kernelInstall(args []string, stdout, stderr io.Writer) int {
	var dir string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "--user":
		case "--prefix":
			if i+1 == len(args) {
				return usageError(stderr, "kernel install: argument expected for --prefix")
			}
			i++
			dir = filepath.Join(args[i], "share", "jupyter", "kernels")
		default:
			return usageError(stderr, "kernel install: unknown argument "+a)
		}
	}
	if dir == "" {
		base := os.Getenv("XDG_DATA_HOME")
		if base == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				fmt.Fprintf(stderr, "dcalc kernel install: %v\n", err)
				return exitError
			}
			base = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(base, "jupyter", "kernels")
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "dcalc kernel install: %v\n", err)
		return exitError
	}
	spec := map[string]any{
		"argv":           []string{exe, "kernel", "-f", "{connection_file}"},
		"display_name":   "dcalc (SymPy)",
		"language":       "python",
		"interrupt_mode": "message",
		"metadata":       map[string]any{"debugger": false},
	}
	data, _ := json.MarshalIndent(spec, "", "  ")
	target := filepath.Join(dir, "dcalc")
	if err := os.MkdirAll(target, 0o755); err != nil {
		fmt.Fprintf(stderr, "dcalc kernel install: %v\n", err)
		return exitError
	}
	if err := session.WriteFileAtomic(filepath.Join(target, "kernel.json"), append(data, '\n'), 0o644); err != nil {
		fmt.Fprintf(stderr, "dcalc kernel install: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "Installed kernelspec dcalc in %s\n", target)
	return exitOK
}
