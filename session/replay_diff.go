package session

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

// OutFileName returns the name of the expected transcript of script:
// "demo.dcalc" gives "demo.dcalc.out".
func OutFileName(script string) string { return script + ".out" }

// Check compares transcript, the output of [Session.Replay], with the
// expected transcript in outFile (see [OutFileName]). When they differ,
// diff is a unified diff from outFile to the transcript, with
// "--- outFile" and "+++ replay" headers and three lines of context.
// The error reports a file that cannot be read.
func Check(transcript []byte, outFile string) (diff string, equal bool, err error) {
	want, err := os.ReadFile(outFile)
	if err != nil {
		return "", false, err
	}
	if bytes.Equal(want, transcript) {
		return "", true, nil
	}
	return UnifiedDiff(outFile, "replay", string(want), string(transcript)), false, nil
}

// UnifiedDiff returns the unified diff (as diff -u prints it, with three
// lines of context) that turns a, named aName, into b, named bName. It is
// empty when a and b are equal.
func UnifiedDiff(aName, bName, a, b string) string {
	if a == b {
		return ""
	}
	al, bl := diffLines(a), diffLines(b)
	ops := myers(al, bl)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", aName, bName)
	const ctx = 3
	// Group the edit script into hunks: runs of changes with at most
	// 2*ctx equal lines between them.
	i := 0
	for i < len(ops) {
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(i-ctx, 0)
		for start < i && ops[start].kind != ' ' {
			start++
		}
		end := i
		for {
			for end < len(ops) && ops[end].kind != ' ' {
				end++
			}
			eq := end
			for eq < len(ops) && ops[eq].kind == ' ' {
				eq++
			}
			if eq < len(ops) && eq-end <= 2*ctx {
				end = eq
				continue
			}
			end = min(end+ctx, eq)
			break
		}
		writeHunk(&sb, ops[start:end])
		i = end
	}
	return sb.String()
}

// diffLine is one line of diff input; noEOL marks a last line without a
// final newline.
type diffLine struct {
	text  string
	noEOL bool
}

func diffLines(s string) []diffLine {
	if s == "" {
		return nil
	}
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	out := make([]diffLine, len(parts))
	for i, p := range parts {
		out[i] = diffLine{text: strings.TrimSuffix(p, "\n"), noEOL: !strings.HasSuffix(p, "\n")}
	}
	return out
}

// diffOp is one step of an edit script: kind ' ' keeps line a[ai] (equal
// to b[bi]), '-' deletes a[ai], '+' inserts b[bi].
type diffOp struct {
	kind   byte
	ai, bi int
	line   diffLine
}

// myers returns a shortest edit script from a to b (Myers 1986, the
// O((N+M)D) greedy algorithm with a saved trace for the backtrack).
func myers(a, b []diffLine) []diffOp {
	n, m := len(a), len(b)
	maxD := n + m
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := false
	for d := 0; d <= maxD && !found; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	// Backtrack from (n, m) through the saved V arrays.
	var ops []diffOp
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		vd := trace[d]
		k := x - y
		var prevK int
		if d == 0 {
			prevK = 0
		} else if k == -d || k != d && vd[off+k-1] < vd[off+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := 0
		if d > 0 {
			prevX = vd[off+prevK]
		}
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			ops = append(ops, diffOp{kind: ' ', ai: x, bi: y, line: a[x]})
		}
		if d == 0 {
			break
		}
		if x == prevX {
			y--
			ops = append(ops, diffOp{kind: '+', ai: x, bi: y, line: b[y]})
		} else {
			x--
			ops = append(ops, diffOp{kind: '-', ai: x, bi: y, line: a[x]})
		}
	}
	for i, j := 0, len(ops)-1; i < j; i, j = i+1, j-1 {
		ops[i], ops[j] = ops[j], ops[i]
	}
	return ops
}

func writeHunk(sb *strings.Builder, ops []diffOp) {
	aStart, bStart := ops[0].ai, ops[0].bi
	var aLen, bLen int
	for _, op := range ops {
		switch op.kind {
		case ' ':
			aLen++
			bLen++
		case '-':
			aLen++
		case '+':
			bLen++
		}
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
	for _, op := range ops {
		sb.WriteByte(op.kind)
		sb.WriteString(op.line.text)
		sb.WriteByte('\n')
		if op.line.noEOL {
			sb.WriteString("\\ No newline at end of file\n")
		}
	}
}

// hunkRange formats a hunk's line range as diff -u does: "start,len",
// "start" alone when len is 1, and the line before when len is 0.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
