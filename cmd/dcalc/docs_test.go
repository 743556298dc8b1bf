package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dcalc/dcalc/session"
)

// docFiles are the documents whose examples TestDocExamples runs.
var docFiles = func() []string {
	files, _ := filepath.Glob("../../docs/*.md")
	return append([]string{"../../README.md"}, files...)
}()

// docBlock is a fenced code block of a document.
type docBlock struct {
	file, lang, text string
	line             int
	after            string // the prose between this block and the next
}

func docBlocks(t *testing.T, file string) []docBlock {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []docBlock
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") {
			if len(blocks) > 0 {
				blocks[len(blocks)-1].after += lines[i] + "\n"
			}
			continue
		}
		b := docBlock{file: file, lang: strings.TrimPrefix(lines[i], "```"), line: i + 1}
		var body []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			body = append(body, lines[i])
		}
		b.text = strings.Join(body, "\n") + "\n"
		blocks = append(blocks, b)
	}
	return blocks
}

var (
	inPrompt   = regexp.MustCompile(`^In \[\d+\]: ?(.*)$`)
	contPrompt = regexp.MustCompile(`^ +\.\.\.: ?(.*)$`)
)

// transcriptCells returns the inputs of an In/Out transcript.
func transcriptCells(text string) []session.Cell {
	var cells []session.Cell
	inInput := false
	for _, l := range strings.Split(text, "\n") {
		if m := inPrompt.FindStringSubmatch(l); m != nil {
			cells = append(cells, session.Cell{Source: m[1]})
			inInput = true
			continue
		}
		if m := contPrompt.FindStringSubmatch(l); m != nil && inInput {
			c := &cells[len(cells)-1]
			c.Source += "\n" + m[1]
			continue
		}
		inInput = false
	}
	var out []session.Cell
	for _, c := range cells {
		if strings.TrimSpace(c.Source) != "" {
			c.Source = strings.TrimRight(c.Source, "\n ")
			out = append(out, c)
		}
	}
	return out
}

// normalize drops what a terminal capture adds or trims: lines before
// the first prompt, the last empty prompt, trailing blanks.
func normalize(text string) string {
	lines := strings.Split(text, "\n")
	for len(lines) > 0 && !inPrompt.MatchString(lines[0]) {
		lines = lines[1:]
	}
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	for len(lines) > 0 {
		last := lines[len(lines)-1]
		if last == "" || inPrompt.MatchString(last) && strings.TrimSpace(inPrompt.FindStringSubmatch(last)[1]) == "" {
			lines = lines[:len(lines)-1]
			continue
		}
		break
	}
	return strings.Join(lines, "\n")
}

// TestDocExamples runs the examples of README.md and docs/*.md: every
// In/Out transcript is replayed and must print what the document shows
// (pretty when it is a terminal session, as after "$ dcalc"); every
// Python block runs without error and, when the prose after it says it
// "prints" the next block, prints exactly that.
func TestDocExamples(t *testing.T) {
	var files []string
	for _, f := range docFiles {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, abs)
	}
	t.Chdir(t.TempDir()) // transcripts may %save
	n := 0
	for _, file := range files {
		blocks := docBlocks(t, file)
		for i, b := range blocks {
			where := filepath.Base(file) + ":" + strconv.Itoa(b.line)
			switch {
			case inPrompt.MatchString(firstPrompt(b.text)):
				cells := transcriptCells(b.text)
				repl := strings.Contains(b.text, "$ dcalc") || strings.Contains(b.text, "$ go run")
				s := session.New(&bytes.Buffer{}, session.Options{Interactive: true, Pretty: repl})
				var got bytes.Buffer
				s.Replay(&got, cells, session.ReplayOptions{Pretty: repl, KeepGoing: true})
				if g, w := normalize(got.String()), normalize(b.text); g != w {
					t.Errorf("%s: transcript differs:\n--- got\n%s\n--- document\n%s", where, g, w)
				}
				n++
			case b.lang == "python":
				var out bytes.Buffer
				s := session.New(&out, session.Options{})
				if err := s.ExecFile("example.py", b.text); err != nil {
					t.Errorf("%s: %s", where, s.FormatException(err))
					continue
				}
				if strings.TrimSpace(b.after) == "prints" && i+1 < len(blocks) {
					if want := blocks[i+1].text; out.String() != want {
						t.Errorf("%s: printed %q, document says %q", where, out.String(), want)
					}
				}
				n++
			}
		}
	}
	if n < 5 {
		t.Fatalf("only %d examples found", n)
	}
}

func firstPrompt(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "In [") {
			return l
		}
	}
	return ""
}

// TestLessons replays every lesson in docs/lessons with --check: each
// transcript must be reproduced exactly (the derivatives in them are
// SymPy's, as the conformance corpus checks; the steps are checked by
// the steps tests).
func TestLessons(t *testing.T) {
	lessons, _ := filepath.Glob("../../docs/lessons/*.dcalc")
	if len(lessons) == 0 {
		t.Fatal("no lessons in docs/lessons")
	}
	for _, l := range lessons {
		if out, errOut, code := runDcalc(t, "", "replay", "--check", l); code != 0 {
			t.Errorf("%s: replay --check exit %d\n%s%s", l, code, out, errOut)
		}
	}
}

// TestReadmeTour runs the commands of the README's tour (all but the
// REPL and kernel install) with the built binary, in a copy of the
// examples so that nothing is written into the checkout: each must exit
// 0, and the files the tour names must exist.
func TestReadmeTour(t *testing.T) {
	var tour string
	for _, b := range docBlocks(t, "../../README.md") {
		if strings.Contains(b.text, "dcalc replay --check") {
			tour = b.text
		}
	}
	if tour == "" {
		t.Fatal("no tour in README.md")
	}
	bin := dcalcBinary(t)
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "docs", "examples"), os.DirFS("../../docs/examples")); err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, line := range strings.Split(strings.TrimSpace(tour), "\n") {
		if i := strings.Index(line, "  #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		words := shellWords(line)
		if len(words) < 2 || words[0] != "dcalc" || words[1] == "kernel" {
			continue // the REPL, kernel install
		}
		cmd := exec.Command(bin, words[1:]...)
		if n := len(words); n >= 2 && words[n-2] == "<" {
			f, err := os.Open(filepath.Join(dir, words[n-1]))
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			defer f.Close()
			cmd = exec.Command(bin, words[1:n-2]...)
			cmd.Stdin = f
		}
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s: %v\n%s", line, err, out)
		}
		if strings.HasPrefix(line, "dcalc -c") && string(out) != "2*sin(x)*cos(x)\n" {
			t.Errorf("%s printed %q", line, out)
		}
		ran++
	}
	if ran < 6 {
		t.Errorf("only %d tour commands ran", ran)
	}
}

// shellWords splits a command line as sh does for the tour's simple
// lines: words separated by blanks, "..." quoting.
func shellWords(line string) []string {
	var words []string
	var cur strings.Builder
	quote, in := byte(0), false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			cur.WriteByte(c)
		case c == '"' || c == '\'':
			quote, in = c, true
		case c == ' ' || c == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}
