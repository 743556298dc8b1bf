// Package repl is dcalc's interactive terminal: an IPython-like loop of
// numbered cells (In [n]: / Out[n]:) over a [session.Session].
//
// Input comes from a [LineReader]: [NewTerminalReader] edits lines with
// github.com/chzyer/readline (history with Up/Down and Ctrl-R, Tab
// completion) when stdin is a terminal, and [NewPlainReader] reads lines
// with bufio for pipes and tests. [Run] is the loop: it gathers
// continuation lines until the session says the cell is complete, runs
// the cell, prints Out[n] or the traceback, and keeps going until end of
// input. Ctrl-C while typing discards the cell; Ctrl-C while a cell runs
// interrupts it (the cell fails with KeyboardInterrupt and the session
// stays usable).
//
// History is kept in a [History] file, by default
// $XDG_STATE_HOME/dcalc/history; see [History] for the format.
package repl
