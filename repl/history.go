package repl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// History is the persistent list of entered cells.
//
// The file holds one cell per line, oldest first. A cell of several lines
// is stored as one line with each newline written as the two characters
// `\n` and each backslash written as `\\`; no other character is escaped,
// so a one-line cell without backslashes is stored as typed. A line that
// ends in an unpaired backslash (a truncated write) loses that backslash
// when read. Each cell is appended with a single write to a file opened
// with O_APPEND as soon as it is entered, so a killed process loses
// nothing and two dcalc processes may share the file. The directory is
// created with mode 0700 and the file with mode 0600.
//
// An empty line (never a cell: blank cells are not kept) starts a new
// session, as [History.StartSession] writes it when a REPL starts; %history
// numbers the sessions from the first (two REPLs sharing the file at once
// share a session).
type History struct {
	path string

	mu      sync.Mutex
	entries []string
	// sess is the session number of each entry; cur is the session
	// being written
	sess []int
	cur  int
}

// DefaultHistoryPath returns $XDG_STATE_HOME/dcalc/history, or
// ~/.local/state/dcalc/history when XDG_STATE_HOME is unset or not an
// absolute path (as the XDG base directory specification says).
func DefaultHistoryPath() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "dcalc", "history"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "dcalc", "history"), nil
}

// OpenHistory reads the history file at path, creating it and its
// directory when missing. The returned History holds at most limit of the
// newest entries in memory (all of them when limit <= 0); the file itself
// is never truncated.
func OpenHistory(path string, limit int) (*History, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := &History{path: path, cur: 1}
	r := bufio.NewReaderSize(f, 64*1024)
	for {
		line, err := readHistoryLine(r)
		if line == sessionMark {
			h.cur++
		} else if line != "" {
			h.entries = append(h.entries, DecodeHistoryEntry(line))
			h.sess = append(h.sess, h.cur)
			if limit > 0 && len(h.entries) > 2*limit {
				h.entries = append(h.entries[:0], h.entries[len(h.entries)-limit:]...)
				h.sess = append(h.sess[:0], h.sess[len(h.sess)-limit:]...)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if limit > 0 && len(h.entries) > limit {
		h.entries = h.entries[len(h.entries)-limit:]
		h.sess = h.sess[len(h.sess)-limit:]
	}
	return h, nil
}

// StartSession marks the start of a new session in the file (an empty
// line; nothing when the file holds no cells yet, or when the last
// session has none).
func (h *History) StartSession() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.entries) == 0 || h.sess[len(h.sess)-1] < h.cur {
		return nil
	}
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	_, werr := f.WriteString("\n")
	h.cur++
	return errors.Join(werr, f.Close())
}

// EarlierSessions returns the cells of the sessions before the current
// one by session number (the first is 1; the oldest may be cut short by
// the limit OpenHistory kept), and the current session's number.
func (h *History) EarlierSessions() (map[int][]string, int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := map[int][]string{}
	for i, e := range h.entries {
		if h.sess[i] < h.cur {
			out[h.sess[i]] = append(out[h.sess[i]], e)
		}
	}
	return out, h.cur
}

// MaxHistoryEntry is the longest cell, in bytes as stored, that the
// history file keeps. Longer cells (a pasted data dump) stay in the
// session's Up/Down history but are not written; a longer line already
// in the file (from an older dcalc) is skipped when read.
const MaxHistoryEntry = 1 << 20

// ErrEntryTooLong is returned by [History.Append] for a cell over
// [MaxHistoryEntry].
var ErrEntryTooLong = fmt.Errorf("cell is longer than %d KiB, kept for this session only", MaxHistoryEntry>>10)

// sessionMark is what readHistoryLine returns for an empty line.
const sessionMark = "\x00"

// readHistoryLine returns the next line of r without its newline, or ""
// for a line over MaxHistoryEntry (whose bytes are read and dropped, so
// reading takes constant memory whatever the file holds).
func readHistoryLine(r *bufio.Reader) (string, error) {
	var buf []byte
	skip := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !skip {
			if len(buf)+len(chunk) > MaxHistoryEntry+1 {
				skip, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if skip {
			return "", err
		}
		if string(buf) == "\n" {
			return sessionMark, err
		}
		return strings.TrimSuffix(string(buf), "\n"), err
	}
}

// Path returns the file name of h.
func (h *History) Path() string { return h.path }

// Entries returns the cells in h, oldest first.
func (h *History) Entries() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.entries...)
}

// Append adds cell to h and appends it to the file at once. Blank cells
// are ignored.
func (h *History) Append(cell string) error {
	if strings.TrimSpace(cell) == "" {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, cell)
	h.sess = append(h.sess, h.cur)
	line := EncodeHistoryEntry(cell)
	if len(line) > MaxHistoryEntry {
		return ErrEntryTooLong
	}
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	_, werr := f.WriteString(line + "\n")
	return errors.Join(werr, f.Close())
}

// EncodeHistoryEntry returns the one-line file form of cell: backslashes
// doubled, newlines written as `\n`, carriage returns as `\r`.
func EncodeHistoryEntry(cell string) string {
	if !strings.ContainsAny(cell, "\\\n\r") {
		return cell
	}
	var b strings.Builder
	for _, r := range cell {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// DecodeHistoryEntry undoes [EncodeHistoryEntry]. An unknown escape
// keeps its backslash.
func DecodeHistoryEntry(line string) string {
	if !strings.Contains(line, `\`) {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(line) {
			break // truncated escape
		}
		i++
		switch line[i] {
		case '\\':
			b.WriteByte('\\')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte('\\')
			b.WriteByte(line[i])
		}
	}
	return b.String()
}
