package repl

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dcalc/dcalc/session"
)

// Completer completes the word before the cursor: names in the session,
// attributes after a dot, magics after %, and file names after %load,
// %save and %run. It implements readline's AutoCompleter.
//
// The session is never consulted while a cell runs: names come from a
// snapshot that [Run] takes before each prompt, and attributes are only
// looked up (through the Attrs function) while a line is being read.
type Completer struct {
	mu     sync.Mutex
	names  []string
	attrs  func(expr string) []string
	active bool
	// listed and selecting follow readline's completion menu (see
	// filterKey): listed when the last Tab showed several candidates,
	// selecting when a further Tab entered the menu's select mode.
	listed, selecting bool
	// kick tells readline's terminal to read on after a key it waits
	// on (Ctrl-C) was turned into another.
	kick func()
	// Dir is the directory relative file names are completed in; ""
	// means the current directory.
	Dir string
}

// SetNames replaces the snapshot of the session's names.
func (c *Completer) SetNames(names []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.names = append(c.names[:0:0], names...)
}

// setAttrs sets the function that lists the attributes of the value of a
// dotted name.
func (c *Completer) setAttrs(f func(expr string) []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.attrs = f
}

// setActive records whether a line is being read (so the session is idle).
func (c *Completer) setActive(on bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.active = on
}

// Do implements readline's AutoCompleter: it returns the candidates'
// remainders after the word before pos and the word's length in runes.
func (c *Completer) Do(line []rune, pos int) ([][]rune, int) {
	n, cands := c.Complete(string(line[:pos]))
	out := make([][]rune, len(cands))
	for i, s := range cands {
		out[i] = []rune(s[len(string(line[pos-n:pos])):])
	}
	c.mu.Lock()
	c.listed = len(out) >= 2 && commonPrefixLen(out) == 0
	c.mu.Unlock()
	return out, n
}

// commonPrefixLen returns the length of the prefix all of rs share.
func commonPrefixLen(rs [][]rune) int {
	n := len(rs[0])
	for _, r := range rs[1:] {
		i := 0
		for i < n && i < len(r) && r[i] == rs[0][i] {
			i++
		}
		n = i
	}
	return n
}

// Keys readline reads (its Char* constants).
const (
	keyLineStart = 1
	keyBackward  = 2
	keyInterrupt = 3
	keyEOF       = 4
	keyEscape    = 27
	keyLineEnd   = 5
	keyForward   = 6
	keyBell      = 7
	keyTab       = 9
	keyKill      = 11
	keyNext      = 14
	keyPrev      = 16
	// keyMetaForward is readline's MetaForward (Alt-F).
	keyMetaForward = -2
)

// filterKey is readline's FuncFilterInputRune. It works around a crash
// in readline 1.5.1: in the completion menu's select mode (a second Tab),
// Ctrl-K leaves the menu with no candidates and the next redraw divides
// by zero; Ctrl-C and Ctrl-G leave the same broken state for the next
// key. In select mode these keys become Alt-F, which closes the menu
// cleanly (the cursor is normally at the end of the line, where Alt-F
// does nothing); pressed again they act as usual.
func (c *Completer) filterKey(r rune) (rune, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case r == keyTab:
		if c.listed {
			c.selecting = true
		}
	case c.selecting && (r == keyLineStart || r == keyBackward || r == keyLineEnd ||
		r == keyForward || r == keyNext || r == keyPrev):
		// moves within the menu
	case c.selecting && (r == keyInterrupt || r == keyBell || r == keyKill):
		c.listed, c.selecting = false, false
		if r == keyInterrupt && c.kick != nil {
			c.kick() // readline's terminal waits after Ctrl-C
		}
		return keyMetaForward, true
	default:
		// Any other key closes the menu; typing a character lists the
		// candidates again, and Do sets listed once more.
		c.listed, c.selecting = false, false
	}
	return r, true
}

// Complete returns the completions of the text before the cursor: n is
// the length in runes of the word being completed and each candidate is
// a full replacement for that word.
func (c *Completer) Complete(head string) (n int, cands []string) {
	defer func() {
		if recover() != nil {
			n, cands = 0, nil
		}
	}()
	trimmed := strings.TrimLeft(head, " \t")
	for _, m := range fileMagics {
		if strings.HasPrefix(trimmed, m+" ") {
			word := head[strings.LastIndexAny(head, " \t")+1:]
			return len([]rune(word)), c.files(word)
		}
	}
	word := wordBefore(head)
	switch {
	case strings.HasPrefix(word, "%"):
		return len([]rune(word)), withPrefix(session.MagicNames(), word)
	case strings.Contains(word, "."):
		i := strings.LastIndexByte(word, '.')
		obj, attr := word[:i], word[i+1:]
		if obj == "" || unicode.IsDigit([]rune(obj)[0]) {
			return 0, nil
		}
		return len([]rune(attr)), hideUnderscore(withPrefix(c.attributes(obj), attr), attr)
	case word == "" || unicode.IsDigit([]rune(word)[0]):
		return 0, nil
	}
	c.mu.Lock()
	names := slices.Concat(c.names, keywords)
	c.mu.Unlock()
	return len([]rune(word)), hideUnderscore(withPrefix(names, word), word)
}

// attributes lists the attributes of obj: the session's answer for a
// dotted name, or the attributes every SymPy expression has (from the
// session's tables).
func (c *Completer) attributes(obj string) []string {
	c.mu.Lock()
	f, active := c.attrs, c.active
	c.mu.Unlock()
	if f != nil && active && isDottedName(obj) {
		if a := f(obj); len(a) > 0 {
			return a
		}
	}
	return session.ExprAttrNames()
}

// files completes a file name prefix; directories end in a slash.
func (c *Completer) files(word string) []string {
	dir, base := filepath.Split(word)
	path := dir
	if strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, path[2:])
		}
	}
	if !filepath.IsAbs(path) && c.Dir != "" {
		path = filepath.Join(c.Dir, path)
	}
	if path == "" {
		path = "."
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		name := e.Name()
		if !strings.HasPrefix(name, base) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		if e.IsDir() {
			name += "/"
		}
		out = append(out, dir+name)
	}
	sort.Strings(out)
	return out
}

// wordBefore returns the completable word at the end of head: an
// identifier, a magic (%name) or a dotted chain (a.b.c, f(x).d).
func wordBefore(head string) string {
	r := []rune(head)
	i := len(r)
	for i > 0 {
		ch := r[i-1]
		switch {
		case isIdent(ch) || ch == '.':
			i--
		case ch == '%':
			i--
			if i > 0 && r[i-1] == '%' { // a cell magic, %%time
				i--
			}
			return string(r[i:])
		case (ch == ')' || ch == ']') && i < len(r) && r[i] == '.':
			// a bracketed group before a dot: skip it whole
			j := matchOpen(r, i-1)
			if j < 0 {
				return string(r[i:])
			}
			i = j
		default:
			return string(r[i:])
		}
	}
	return string(r[i:])
}

// matchOpen returns the index of the bracket opening the one at close,
// or -1.
func matchOpen(r []rune, close int) int {
	depth := 0
	for k := close; k >= 0; k-- {
		switch r[k] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				// include a callee name before the bracket
				for k > 0 && (isIdent(r[k-1]) || r[k-1] == '.') {
					k--
				}
				return k
			}
		}
	}
	return -1
}

func isIdent(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// isDottedName reports whether s is name(.name)*, which can be looked up
// without running code.
func isDottedName(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if part == "" || unicode.IsDigit([]rune(part)[0]) {
			return false
		}
		for _, r := range part {
			if !isIdent(r) {
				return false
			}
		}
	}
	return true
}

// withPrefix returns the sorted distinct members of list starting with p.
func withPrefix(list []string, p string) []string {
	var out []string
	for _, s := range list {
		if strings.HasPrefix(s, p) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// hideUnderscore drops names starting with _ unless the word does, as
// IPython does.
func hideUnderscore(list []string, word string) []string {
	if strings.HasPrefix(word, "_") {
		return list
	}
	return slices.DeleteFunc(list, func(s string) bool { return strings.HasPrefix(s, "_") })
}

// fileMagics take a file name argument.
var fileMagics = []string{"%load", "%save", "%run"}

// keywords are Python keywords and constants that complete anywhere.
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "break", "continue",
	"def", "del", "elif", "else", "for", "from", "global", "if", "import",
	"in", "is", "lambda", "not", "or", "pass", "raise", "return", "while",
}

// NewSessionCompleter returns a Completer over s's names and the
// attributes of its values, for front ends other than the line editor
// (the Jupyter kernel). Call SetNames(s.Names()) before completing when
// the namespace may have changed.
func NewSessionCompleter(s *session.Session) *Completer {
	c := &Completer{}
	c.SetNames(s.Names())
	c.setAttrs(s.Attrs)
	c.setActive(true)
	return c
}
