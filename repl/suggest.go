package repl

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// History as IPython 8 (prompt_toolkit) offers it while a line is typed:
// Up and Down go through the earlier cells that start with what was typed
// before the first Up (all of them when nothing was), and the newest
// earlier cell that starts with the typed text is shown after the cursor
// in grey; Right arrow (or Ctrl-E) at the end of the line takes it.
// readline keeps its own history for Ctrl-R; navigator replaces what its
// Up and Down put in the line, through readline's listener, and draws
// the suggestion through its painter.

// navigator holds the cells Up, Down and the suggestion use (in the
// editor's form, newlines as ↵) and the state of one navigation.
type navigator struct {
	mu      sync.Mutex
	entries []string
	// sc highlights the line; with it the grey suggestion shows
	// (without colour a suggestion would look like typed text).
	sc *scheme
	// typed is the line as the user left it before Up; prefix, set while
	// navigating, is what the entries must start with; at is the index
	// of the entry shown (len(entries): the typed line).
	typed, prefix string
	at            int
	navigating    bool
	// width gives the terminal's width (0 when unknown).
	width func() int
}

// add records a cell entered (editor form).
func (n *navigator) add(entry string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if k := len(n.entries); k > 0 && n.entries[k-1] == entry {
		return
	}
	n.entries = append(n.entries, entry)
}

// reset starts a new line.
func (n *navigator) reset() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.typed, n.navigating = "", false
	n.at = len(n.entries)
}

// onChange is readline's listener: after Up or Down it puts the next
// matching entry in the line; after Right at the end of the line it
// takes the suggestion; after any other key it notes the typed line.
func (n *navigator) onChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	switch key {
	case keyPrev, keyNext:
		step := -1
		if key == keyNext {
			step = 1
		}
		shown := n.shown()
		if e, ok := n.step(step, true); ok {
			return []rune(e), utf8.RuneCountInString(e), true
		}
		// nothing further: keep what was shown (readline moved on)
		return []rune(shown), utf8.RuneCountInString(shown), true
	case keyForward, keyLineEnd:
		if s := n.suggestion(string(line)); s != "" && pos == len(line) && !n.navigating {
			l := string(line) + s
			n.typed = l
			return []rune(l), utf8.RuneCountInString(l), true
		}
	}
	if key != keyPrev && key != keyNext {
		n.navigating = false
		n.typed = string(line)
		n.at = len(n.entries)
	}
	return nil, 0, false
}

// peek returns the entry Up (step -1) or Down (step 1) would show next,
// without moving there unless commit is set; ok is false when there is
// none.
func (n *navigator) peek(step int, commit bool) (string, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.step(step, commit)
}

// shown is the entry on show (the typed line when none is).
func (n *navigator) shown() string {
	if n.navigating && n.at < len(n.entries) {
		return n.entries[n.at]
	}
	return n.typed
}

// step is peek with n.mu held.
func (n *navigator) step(step int, commit bool) (string, bool) {
	prefix, at := n.prefix, n.at
	if !n.navigating {
		prefix, at = n.typed, len(n.entries)
	}
	shown := n.shown()
	for i := at + step; i >= 0 && i <= len(n.entries); i += step {
		e := n.typed
		if i < len(n.entries) {
			e = n.entries[i]
			if !strings.HasPrefix(e, prefix) || e == shown {
				continue
			}
		}
		if commit {
			n.navigating, n.prefix, n.at = true, prefix, i
		}
		return e, true
	}
	return "", false
}

// suggestion is the rest of the newest entry that starts with line (up
// to the entry's first newline), or "".
func (n *navigator) suggestion(line string) string {
	if n.sc == nil || strings.TrimSpace(line) == "" || strings.Contains(line, historyNewline) {
		return ""
	}
	for i := len(n.entries) - 1; i >= 0; i-- {
		e := n.entries[i]
		if len(e) > len(line) && strings.HasPrefix(e, line) {
			rest := e[len(line):]
			if k := strings.Index(rest, historyNewline); k >= 0 {
				rest = rest[:k]
			}
			if rest != "" {
				return rest
			}
		}
	}
	return ""
}

// Paint is readline's painter: the line, then (with the cursor at its
// end) the suggestion in grey, the cursor moved back before it. A
// suggestion that would not fit on the terminal's line is not shown.
func (n *navigator) Paint(line []rune, pos int) []rune {
	n.mu.Lock()
	sc := n.sc
	s := ""
	if !n.navigating && pos == len(line) && len(line) > 0 && line[len(line)-1] != '\n' {
		s = n.suggestion(string(line))
	}
	n.mu.Unlock()
	if sc == nil {
		return line
	}
	out := []rune(sc.highlight(string(line), true))
	if s == "" {
		return out
	}
	w := utf8.RuneCountInString(s)
	if n.width != nil {
		if tw := n.width(); tw > 0 && len(line)+w+12 >= tw {
			return out // the prompt and the line leave no room
		}
	}
	return append(out, []rune("\x1b[90m"+s+"\x1b[0m\x1b["+strconv.Itoa(w)+"D")...)
}

// setScheme sets the colour scheme (nil: no colour).
func (n *navigator) setScheme(sc *scheme) {
	n.mu.Lock()
	n.sc = sc
	n.mu.Unlock()
}
