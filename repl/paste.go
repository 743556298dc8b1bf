package repl

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"sync/atomic"
)

// Bracketed paste: while the REPL reads a line it asks the terminal
// (CSI ?2004h) to wrap pasted text in CSI 200~ ... CSI 201~, as IPython's
// prompt_toolkit does. The editor inserts each rune with a redraw of the
// whole line, which makes a pasted line of n characters cost n² (a
// 200,000-character paste never finished). pasteWatch takes the pasted
// text out of the input and hands the editor a single marker rune in its
// place; pasteListener swaps the marker for the whole text in one edit.
// Pasted lines go into the buffer as one multi-line cell (joined with ↵):
// Enter runs it, and any other key hands it to the cell editor
// (celledit.go), which shows and edits it as IPython does.
const (
	pasteOn    = "\x1b[?2004h"
	pasteOff   = "\x1b[?2004l"
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
	// pasteMarker stands for one pasted text in the editor's input (a
	// private-use character no keyboard sends).
	pasteMarker = '\uE000'
)

// pasteWatch passes the terminal's input through, cutting out bracketed
// pastes. It also notes whether the latest chunk read held an Enter
// together with other text: without bracketed paste, a typed Enter
// arrives on its own and pasted text arrives in chunks of many lines.
type pasteWatch struct {
	r      io.Reader
	pasted atomic.Bool

	mu      sync.Mutex
	pending []byte   // bytes read but not yet passed on
	inPaste bool     // between pasteStart and pasteEnd
	text    []byte   // the paste being collected
	done    []string // complete pastes, oldest first, for the listener
}

func (p *pasteWatch) Read(b []byte) (int, error) {
	for {
		p.mu.Lock()
		n := p.drain(b)
		p.mu.Unlock()
		if n > 0 {
			return n, nil
		}
		buf := make([]byte, 32*1024)
		m, err := p.r.Read(buf)
		if m > 0 {
			p.pasted.Store(m > 1 && bytes.ContainsAny(buf[:m], "\r\n"))
			p.mu.Lock()
			p.pending = append(p.pending, buf[:m]...)
			p.mu.Unlock()
		}
		if err != nil {
			p.mu.Lock()
			n := p.flush(b)
			p.mu.Unlock()
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
	}
}

// drain moves what can be decided from pending into b (typed bytes) or
// into the current paste, and returns the number of bytes put in b.
func (p *pasteWatch) drain(b []byte) int {
	n := 0
	for len(p.pending) > 0 && n < len(b) {
		if p.inPaste {
			i := bytes.Index(p.pending, []byte(pasteEnd))
			if i < 0 {
				// Keep a tail that may be the start of pasteEnd.
				keep := partialSuffix(p.pending, pasteEnd)
				p.text = append(p.text, p.pending[:len(p.pending)-keep]...)
				p.pending = p.pending[len(p.pending)-keep:]
				return n
			}
			p.text = append(p.text, p.pending[:i]...)
			p.pending = p.pending[i+len(pasteEnd):]
			p.inPaste = false
			p.done = append(p.done, string(p.text))
			p.text = nil
			if n+3 > len(b) {
				// No room for the marker: put it back as input.
				p.pending = append([]byte(string(pasteMarker)), p.pending...)
				return n
			}
			n += copy(b[n:], string(pasteMarker))
			continue
		}
		i := bytes.Index(p.pending, []byte(pasteStart))
		if i < 0 {
			keep := partialSuffix(p.pending, pasteStart)
			m := copy(b[n:], p.pending[:len(p.pending)-keep])
			n += m
			p.pending = p.pending[m:]
			return n
		}
		m := copy(b[n:], p.pending[:i])
		n += m
		p.pending = p.pending[m:]
		if m < i {
			return n
		}
		p.pending = p.pending[len(pasteStart):]
		p.inPaste = true
	}
	return n
}

// flush passes on whatever is left at end of input.
func (p *pasteWatch) flush(b []byte) int {
	if p.inPaste {
		p.pending = append(p.text, p.pending...)
		p.text, p.inPaste = nil, false
	}
	m := copy(b, p.pending)
	p.pending = p.pending[m:]
	return m
}

// partialSuffix returns the length of the longest end of b that begins
// marker without completing it.
func partialSuffix(b []byte, marker string) int {
	for k := min(len(b), len(marker)-1); k > 0; k-- {
		if bytes.HasSuffix(b, []byte(marker[:k])) {
			return k
		}
	}
	return 0
}

// inject puts s before the input not yet read.
func (p *pasteWatch) inject(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pending = append([]byte(s), p.pending...)
}

// take returns the oldest complete paste.
func (p *pasteWatch) take() (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.done) == 0 {
		return "", false
	}
	s := p.done[0]
	p.done = p.done[1:]
	return s, true
}

// pasteListener is the editor's change listener: when the key just
// inserted is the paste marker, it replaces it by the pasted text.
func (p *pasteWatch) onChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	if key != pasteMarker || pos < 1 || pos > len(line) || line[pos-1] != pasteMarker {
		return nil, 0, false
	}
	text, ok := p.take()
	if !ok {
		text = ""
	}
	ins := []rune(editText(text))
	out := make([]rune, 0, len(line)-1+len(ins))
	out = append(out, line[:pos-1]...)
	out = append(out, ins...)
	out = append(out, line[pos:]...)
	return out, pos - 1 + len(ins), true
}

// editText is pasted text as the one-line editor holds it: line breaks
// become ↵ (the trailing ones are dropped: Enter runs the cell) and
// control characters other than tab are removed.
func editText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimRight(s, "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return []rune(historyNewline)[0]
		case r == '\t':
			return r
		case r < 0x20 || r == 0x7f || r == pasteMarker:
			return -1
		}
		return r
	}, s)
	return s
}
