package repl

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// ErrInterrupt is returned by [LineReader.ReadLine] when the user pressed
// Ctrl-C while typing.
var ErrInterrupt = errors.New("interrupt")

// LineReader reads the REPL's input one line at a time.
// KeyReader is a LineReader that can also read one key press, without
// Enter (a terminal); the teaching demo's keys use it.
type KeyReader interface {
	LineReader
	// ReadKey shows prompt and returns the key pressed, "" for Enter.
	ReadKey(prompt string) (string, error)
}

type LineReader interface {
	// ReadLine shows prompt and returns the next line without its line
	// ending. It returns io.EOF at the end of input (Ctrl-D on an empty
	// line) and ErrInterrupt when the user pressed Ctrl-C. A line recalled
	// from history may contain newlines: it is a whole earlier cell.
	ReadLine(prompt string) (string, error)
	// AddHistory records a complete cell, which may span several lines.
	AddHistory(cell string) error
	// Close releases the reader (and restores the terminal).
	Close() error
}

// PlainReader is a [LineReader] over any io.Reader, for pipes and tests:
// no line editing, history is only kept in memory.
type PlainReader struct {
	r    *bufio.Reader
	out  io.Writer
	echo bool
	hist []string
}

// NewPlainReader returns a reader of in that writes each prompt to out
// (nil: prompts are not shown). When echo is set the line read is written
// after the prompt too, so that out reads like a terminal session.
func NewPlainReader(in io.Reader, out io.Writer, echo bool) *PlainReader {
	return &PlainReader{r: bufio.NewReader(in), out: out, echo: echo}
}

// ReadLine implements [LineReader].
func (p *PlainReader) ReadLine(prompt string) (string, error) {
	if p.out != nil {
		io.WriteString(p.out, prompt)
	}
	line, err := p.r.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF && p.out != nil && prompt != "" {
			io.WriteString(p.out, "\n")
		}
		return "", err
	}
	line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	if p.echo && p.out != nil {
		io.WriteString(p.out, line+"\n")
	}
	return line, nil
}

// AddHistory implements [LineReader].
func (p *PlainReader) AddHistory(cell string) error {
	p.hist = append(p.hist, cell)
	return nil
}

// History returns the cells recorded with AddHistory.
func (p *PlainReader) History() []string { return append([]string(nil), p.hist...) }

// Close implements [LineReader].
func (p *PlainReader) Close() error { return nil }
