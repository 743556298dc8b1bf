package session

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatException returns the traceback text for err as the user sees
// it: CPython 3.11's layout for programs and IPython's for cells (files
// named "In[N]"). err is normally an *Exception; other errors are shown
// by their message.
func (s *Session) FormatException(err error) string {
	var exc *Exception
	if !errors.As(err, &exc) {
		return err.Error() + "\n"
	}
	exc.settle()
	if exc.Type == "UsageError" {
		// IPython shows a magic's usage error alone, wherever it came from.
		return exc.lastLine() + "\n"
	}
	cell := strings.HasPrefix(exc.File, "In[") || len(exc.Trace) > 0 && strings.HasPrefix(exc.Trace[0].File, "In[")
	if cell && exc.Type == "SystemExit" {
		// IPython keeps running and shows the exception line only (its
		// two parts joined by a newline, then print's)
		return systemExitHeader + "\n" + exc.lastLine() + "\n\n"
	}
	chain := s.formatChain(exc, cell, 0)
	if !cell {
		return chain + s.formatCPython(exc)
	}
	if chain == "" {
		return s.formatIPython(exc, mainContext)
	}
	// IPython draws its rule of dashes once, above the first exception
	// of a chain
	rule := strings.Repeat("-", 75) + "\n"
	out := chain + s.formatIPython(exc, mainContext)
	if i := strings.Index(out, rule); i >= 0 {
		out = out[:i+len(rule)] + strings.ReplaceAll(out[i+len(rule):], rule, "")
	}
	return out
}

// systemExitHeader is the line IPython shows above a cell's uncaught
// SystemExit.
const systemExitHeader = "An exception has occurred, use %tb to see the full traceback.\n"

// formatChain is what CPython (and IPython) print before an exception
// raised from another ("raise ... from e") or while handling another:
// that exception's traceback as it was caught, then the sentence that
// links the two.
func (s *Session) formatChain(exc *Exception, cell bool, depth int) string {
	var prev *Exception
	var link string
	switch {
	case exc.Cause != nil:
		prev, link = exc.Cause, "\nThe above exception was the direct cause of the following exception:\n\n"
	case exc.Context != nil && !exc.SuppressContext:
		prev, link = exc.Context, "\nDuring handling of the above exception, another exception occurred:\n\n"
	default:
		return ""
	}
	if depth > 100 || prev == exc {
		return ""
	}
	p := prev.atCatch()
	var body string
	switch {
	case len(p.Trace) == 0:
		body = p.lastLine() + "\n" // never raised: no traceback
	case cell:
		body = s.formatIPython(p, chainedContext)
	default:
		body = s.formatCPython(p)
	}
	return s.formatChain(prev, cell, depth+1) + body + link
}

func (s *Session) line(file string, n int) (string, bool) {
	lines, ok := s.sources[file]
	if !ok || n < 1 || n > len(lines) {
		return "", false
	}
	return terminalSafe(strings.TrimRight(lines[n-1], "\r")), true
}

// terminalSafe replaces control characters other than tab (an escape
// sequence in a binary file shown as a source line would drive the
// terminal) by U+FFFD, one for one so carets stay aligned.
func terminalSafe(s string) string {
	unsafe := func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 }
	if strings.IndexFunc(s, unsafe) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unsafe(r) {
			return '\ufffd'
		}
		return r
	}, s)
}

// syntaxLines formats the source line and caret of a SyntaxError;
// ranged draws CPython's carets over the whole offending range (IPython
// 8's cell tracebacks draw one caret).
func (s *Session) syntaxLines(b *strings.Builder, exc *Exception, ranged bool) {
	src, ok := s.line(exc.File, exc.Line)
	if !ok {
		return
	}
	trimmed := strings.TrimLeftFunc(src, unicode.IsSpace)
	lead := utf8.RuneCountInString(src) - utf8.RuneCountInString(trimmed)
	trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)
	fmt.Fprintf(b, "    %s\n", trimmed)
	if exc.Col < 0 {
		return // no caret (a NUL byte in the source)
	}
	col := exc.Col - 1 - lead
	switch exc.Msg {
	case "unexpected indent":
		// CPython's tokenizer reports the offset inside the
		// indentation, which leaves no caret.
		return
	case "unindent does not match any outer indentation level":
		// It points one past the end of the line.
		col = utf8.RuneCountInString(trimmed)
	}
	if col < 0 {
		col = 0
	}
	prefix := []rune(trimmed)
	if col > len(prefix) {
		col = len(prefix)
	}
	// CPython 3.11's carets cover the offending range: to its end on the
	// same line, to the end of the line when it goes on
	carets := 1
	switch {
	case !ranged || exc.Type != "SyntaxError": // IndentationError: one caret
	case exc.EndLine > exc.Line:
		carets = max(1, len(prefix)-col)
	case exc.EndLine == exc.Line && exc.EndCol > exc.Col:
		carets = exc.EndCol - exc.Col
	}
	fmt.Fprintf(b, "    %s%s\n", strings.Repeat(" ", displayWidth(string(prefix[:col]))), strings.Repeat("^", carets))
}

func (s *Session) formatCPython(exc *Exception) string {
	var b strings.Builder
	if exc.Line > 0 && len(exc.Trace) == 0 {
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", exc.File, exc.Line)
		s.syntaxLines(&b, exc, true)
		b.WriteString(exc.lastLine() + "\n")
		return b.String()
	}
	if len(exc.Trace) == 0 && (exc.Type == "RecursionError" || exc.Type == "SyntaxError") {
		// Raised while compiling (RecursionError) or decoding the file
		// (SyntaxError without a line), as CPython shows them.
		return exc.lastLine() + "\n"
	}
	b.WriteString("Traceback (most recent call last):\n")
	const cutoff = 3
	var lastFile, lastFunc string
	lastLine, count := -1, 0
	flush := func() {
		if count > cutoff {
			n := count - cutoff
			plural := "s"
			if n == 1 {
				plural = ""
			}
			fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", n, plural)
		}
	}
	for _, f := range exc.Trace {
		if f.File != lastFile || f.Line != lastLine || f.Func != lastFunc {
			flush()
			lastFile, lastLine, lastFunc, count = f.File, f.Line, f.Func, 0
		}
		count++
		if count > cutoff {
			continue
		}
		s.formatFrame(&b, f)
	}
	flush()
	b.WriteString(exc.qualifiedType() + strings.TrimPrefix(exc.lastLine(), exc.Type) + "\n")
	return b.String()
}

// formatFrame writes one CPython traceback entry with its carets.
func (s *Session) formatFrame(b *strings.Builder, f Frame) {
	fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func)
	if f.File == "<string>" || f.File == "<stdin>" {
		return // CPython has no file to read these lines from
	}
	src, ok := s.line(f.File, f.Line)
	if !ok {
		return
	}
	stripped := strings.TrimSpace(src)
	fmt.Fprintf(b, "    %s\n", stripped)
	if f.Col == 0 {
		return
	}
	rs := []rune(src)
	lead := len(rs) - len([]rune(strings.TrimLeftFunc(src, unicode.IsSpace)))
	start := f.Col - 1
	end := f.End - 1
	if f.EndLine != f.Line {
		end = len([]rune(strings.TrimRightFunc(src, unicode.IsSpace)))
	}
	if start < 0 || start > len(rs) || end > len(rs) || end < start {
		return
	}
	anchored := f.AnchorCol > 0 && f.EndLine == f.Line
	if end-start >= len([]rune(stripped)) && !anchored {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", displayWidth(string(rs[lead:start]))))
	if anchored {
		a, z := f.AnchorCol-1, f.AnchorEnd-1
		b.WriteString(strings.Repeat("~", displayWidth(string(rs[start:a]))))
		b.WriteString(strings.Repeat("^", displayWidth(string(rs[a:z]))))
		b.WriteString(strings.Repeat("~", displayWidth(string(rs[z:end]))))
	} else {
		b.WriteString(strings.Repeat("^", displayWidth(string(rs[start:end]))))
	}
	b.WriteString("\n")
}

// displayWidth counts East Asian wide characters as two columns, as
// CPython's traceback does.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if isWide(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func isWide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) ||
		(r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe30 && r <= 0xfe6f) || (r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) || (r >= 0x1f300 && r <= 0x1f64f) ||
		(r >= 0x1f900 && r <= 0x1f9ff) || (r >= 0x20000 && r <= 0x3fffd))
}

// formatIPython formats an exception from a cell as IPython's plain
// context traceback does. IPython 8 prints the exception line with the
// traceback module, which in Python 3.11 adds no "Did you mean" hint.
func (s *Session) formatIPython(exc *Exception, context int) string {
	var b strings.Builder
	if exc.Line > 0 && len(exc.Trace) == 0 {
		fmt.Fprintf(&b, "  Cell %s, line %d\n", exc.File, exc.Line)
		s.syntaxLines(&b, exc, false)
		b.WriteString(exc.lastLine() + "\n")
		return b.String()
	}
	b.WriteString(strings.Repeat("-", 75) + "\n")
	head := exc.Type
	const tb = "Traceback (most recent call last)"
	if n := 75 - len(tb); len(head) < n {
		head += strings.Repeat(" ", n-len(head))
	} else {
		head += " "
	}
	b.WriteString(head + tb + "\n")
	shown := highlightFrames(exc.Trace)
	for i := 0; i < len(exc.Trace); i++ {
		if i > 0 {
			b.WriteString("\n")
		}
		if !shown[i] {
			j := i
			for j < len(exc.Trace) && !shown[j] {
				j++
			}
			b.WriteString("    [... skipping similar frames: " + skippedFrames(exc.Trace[i:j]) + "]\n")
			i = j - 1
			continue
		}
		f := exc.Trace[i]
		loc := ""
		if strings.HasPrefix(f.File, "In[") {
			loc = fmt.Sprintf("Cell %s, line %d", f.File, f.Line)
		} else {
			loc = fmt.Sprintf("File %s:%d", f.File, f.Line)
		}
		if f.Func != "<module>" {
			loc += ", in " + f.Qualname + "(" + strings.Join(f.Params, ", ") + ")"
		}
		b.WriteString(loc + "\n")
		lines := s.sources[f.File]
		var show []int
		for n := f.Line - 1; n >= max(1, f.Scope) && len(show) < context; n-- {
			if n <= len(lines) && strings.TrimSpace(lines[n-1]) != "" {
				show = append([]int{n}, show...)
			}
		}
		show = append(show, f.Line)
		// and as many after it, within the function
		last := len(lines)
		if f.ScopeEnd > 0 {
			last = min(last, f.ScopeEnd)
		}
		for n, k := f.Line+1, 0; n <= last && k < context; n++ {
			if strings.TrimSpace(lines[n-1]) != "" {
				show = append(show, n)
				k++
			}
		}
		var srcs []string
		var nums []int
		for _, n := range show {
			if src, ok := s.line(f.File, n); ok {
				srcs, nums = append(srcs, src), append(nums, n)
			}
		}
		indent := commonIndent(srcs)
		for i, n := range nums {
			src := srcs[i][min(indent, len(srcs[i])):]
			num := fmt.Sprintf("%7d", n)
			if n == f.Line {
				digits := strings.TrimLeft(num, " ")
				k := len(num) - len(digits)
				if k < 3 {
					k = 3
				}
				num = strings.Repeat("-", k-2) + "> " + digits
			}
			b.WriteString(num + " " + src + "\n")
		}
	}
	// IPython's VerboseTB writes "%s: %s" % (name, str(value)): the
	// colon stays when the message is empty (checked with IPython 8.5)
	b.WriteString("\n" + exc.Type + ": " + exc.Msg + "\n" + s.caretHintLine(exc)) // hint: session/help.go
	return b.String()
}

// IPython's context lines around each frame's line (stack_data's before
// and after): two for the exception shown last, one for the exceptions
// of its chain (ultratb's lines_of_context = 3 for those).
const (
	mainContext    = 2
	chainedContext = 1
)

// commonIndent is the number of leading whitespace characters all the
// lines that are not blank share, which IPython (stack_data, through
// textwrap.dedent) strips from a frame's lines.
func commonIndent(lines []string) int {
	common := -1
	prefix := ""
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lead := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		switch {
		case common < 0:
			prefix, common = lead, len(lead)
		default:
			k := 0
			for k < len(prefix) && k < len(lead) && prefix[k] == lead[k] {
				k++
			}
			prefix, common = prefix[:k], k
		}
	}
	return max(common, 0)
}

// frameKey identifies a frame as IPython's stack_data does when it
// collapses repeated frames: the code object and the line.
type frameKey struct {
	file, fn string
	line     int
}

func keyOf(f Frame) frameKey { return frameKey{f.File, f.Func, f.Line} }

// highlightFrames reports which frames of a traceback IPython shows
// (stack_data's highlight_unique): in each run of frames whose key occurs
// more than three times in the whole traceback, only the first two and
// the last occurrence of each key are shown; the others are collapsed.
func highlightFrames(trace []Frame) []bool {
	counts := map[frameKey]int{}
	for _, f := range trace {
		counts[keyOf(f)]++
	}
	shown := make([]bool, len(trace))
	for i := 0; i < len(trace); {
		common := counts[keyOf(trace[i])] > 3
		j := i
		for j < len(trace) && (counts[keyOf(trace[j])] > 3) == common {
			j++
		}
		if !common {
			for k := i; k < j; k++ {
				shown[k] = true
			}
			i = j
			continue
		}
		first := map[frameKey]int{}
		last := map[frameKey]int{}
		for k := i; k < j; k++ {
			key := keyOf(trace[k])
			switch first[key] {
			case 0, 1:
				shown[k] = true
			}
			first[key]++
			last[key] = k
		}
		for _, k := range last {
			shown[k] = true
		}
		i = j
	}
	return shown
}

// skippedFrames describes collapsed frames as stack_data's RepeatedFrames
// does: "f at line 1 (2979 times)", most frequent first, ties by name.
func skippedFrames(run []Frame) string {
	counts := map[frameKey]int{}
	var keys []frameKey
	for _, f := range run {
		k := keyOf(f)
		if counts[k] == 0 {
			keys = append(keys, k)
		}
		counts[k]++
	}
	sort.SliceStable(keys, func(a, b int) bool {
		if counts[keys[a]] != counts[keys[b]] {
			return counts[keys[a]] > counts[keys[b]]
		}
		return keys[a].fn < keys[b].fn
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		plural := "s"
		if counts[k] == 1 {
			plural = ""
		}
		parts[i] = fmt.Sprintf("%s at line %d (%d time%s)", k.fn, k.line, counts[k], plural)
	}
	return strings.Join(parts, ", ")
}

// ---- suggestions (CPython's Python/suggestions.c) ----

const (
	maxCandidates = 750
	maxStringSize = 40
	moveCost      = 2
	caseCost      = 1
)

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// suggest returns the closest candidate to name, or "".
func suggest(name string, cands []string) string {
	if len(cands) >= maxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range cands {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
