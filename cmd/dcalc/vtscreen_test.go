package main

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// vtScreen is the little of a VT100/xterm that dcalc's line editors use,
// enough to see what a user sees: printable text with the right margin's
// deferred wrap, CR, LF (scrolling at the bottom), BS, cursor moves
// (CSI A, B, C, D, H), erasing (CSI J, K, 2J) and everything else
// (colours, modes) ignored. Rows scrolled off the top are kept.
type vtScreen struct {
	w, h     int
	rows     [][]rune
	row, col int
	// wrap is the deferred wrap: the last column was written and the
	// next character goes to the next row
	wrap bool
}

func newVTScreen(w, h int) *vtScreen {
	return &vtScreen{w: w, h: h, rows: [][]rune{nil}}
}

// top is the index of the screen's first row.
func (s *vtScreen) top() int { return max(0, len(s.rows)-s.h) }

func (s *vtScreen) put(r rune) {
	if s.wrap {
		s.wrap = false
		s.col = 0
		s.lineFeed()
	}
	line := s.rows[s.row]
	for len(line) <= s.col {
		line = append(line, ' ')
	}
	line[s.col] = r
	s.rows[s.row] = line
	if s.col == s.w-1 {
		s.wrap = true
	} else {
		s.col++
	}
}

func (s *vtScreen) lineFeed() {
	s.row++
	if s.row == len(s.rows) {
		s.rows = append(s.rows, nil)
	}
}

// clearFrom blanks row from column col to its end.
func (s *vtScreen) clearFrom(row, col int) {
	if col < len(s.rows[row]) {
		s.rows[row] = s.rows[row][:col]
	}
}

// write feeds output to the screen.
func (s *vtScreen) write(b []byte) {
	str := string(b)
	for i := 0; i < len(str); {
		r, n := utf8.DecodeRuneInString(str[i:])
		i += n
		switch {
		case r == '\r':
			s.col, s.wrap = 0, false
		case r == '\n':
			s.wrap = false
			s.lineFeed()
		case r == '\b':
			s.wrap = false
			if s.col > 0 {
				s.col--
			}
		case r == 0x1b:
			i = s.escape(str, i)
		case r < ' ' || r == 0x7f:
		default:
			s.put(r)
		}
	}
}

// escape acts on the escape sequence whose ESC ends before str[i] and
// returns the index after it.
func (s *vtScreen) escape(str string, i int) int {
	if i >= len(str) || str[i] != '[' {
		return min(i+1, len(str))
	}
	j := i + 1
	for j < len(str) && (str[j] < 0x40 || str[j] > 0x7e) {
		j++
	}
	if j >= len(str) {
		return j
	}
	params, final := str[i+1:j], str[j]
	n := 1
	if v, err := strconv.Atoi(params); err == nil && v > 0 {
		n = v
	}
	switch final {
	case 'A':
		s.row = max(s.top(), s.row-n)
		s.wrap = false
	case 'B':
		s.row = min(len(s.rows)-1, s.row+n)
		s.wrap = false
	case 'C':
		s.col = min(s.w-1, s.col+n)
		s.wrap = false
	case 'D':
		s.col = max(0, s.col-n)
		s.wrap = false
	case 'H':
		s.row, s.col, s.wrap = s.top(), 0, false
	case 'K':
		if params == "2" {
			s.rows[s.row] = nil
		} else {
			s.clearFrom(s.row, s.col)
		}
	case 'J':
		if params == "2" || params == "3" {
			for k := s.top(); k < len(s.rows); k++ {
				s.rows[k] = nil
			}
			break
		}
		s.clearFrom(s.row, s.col)
		for k := s.row + 1; k < len(s.rows); k++ {
			s.rows[k] = nil
		}
	}
	return j + 1
}

// text is the screen's rows from the first ever written, right-trimmed,
// without the blank rows at the end.
func (s *vtScreen) text() string {
	var lines []string
	for _, r := range s.rows {
		lines = append(lines, strings.TrimRight(string(r), " "))
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// bottom returns the last n rows that are not blank at the end, and the
// index of the first of them.
func (s *vtScreen) bottom(n int) (string, int) {
	last := len(s.rows) - 1
	for last > 0 && strings.TrimSpace(string(s.rows[last])) == "" {
		last--
	}
	first := max(0, last-n+1)
	var lines []string
	for k := first; k <= last; k++ {
		lines = append(lines, strings.TrimRight(string(s.rows[k]), " "))
	}
	return strings.Join(lines, "\n"), first
}

// vt feeds everything dcalc wrote to a fresh 100x40 screen (the size
// startDcalcEnv gives the terminal).
func (tm *term) vt() *vtScreen {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	s := newVTScreen(100, 40)
	s.write(tm.buf.Bytes())
	return s
}

// expectRows waits until the screen ends with the rows want
// (right-trimmed, joined with \n) and the cursor is in row crow of them,
// column ccol.
func (tm *term) expectRows(want string, crow, ccol int) {
	tm.t.Helper()
	var s *vtScreen
	n := strings.Count(want, "\n") + 1
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		s = tm.vt()
		got, first := s.bottom(n)
		if got == want && s.row == first+crow && s.col == ccol {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	got, first := s.bottom(12)
	tm.t.Fatalf("timed out waiting for the rows\n%s\nwith the cursor in row %d, column %d; the screen ends (cursor in row %d, column %d):\n%s",
		want, crow, ccol, s.row-first, s.col, got)
}
