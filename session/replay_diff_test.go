package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The expected hunks below were produced by GNU diff -u (diffutils 3.x)
// on the same inputs, with the file-name headers replaced.
func TestUnifiedDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"two hunks, no final newline",
			"a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n",
			"a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn",
			"@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -11,3 +11,4 @@\n k\n l\n m\n+n\n\\ No newline at end of file\n"},
		{"from empty", "", "x\n", "@@ -0,0 +1 @@\n+x\n"},
		{"merged hunk", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nX\ne\nf\ng\nh\nY\n",
			"@@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+X\n e\n f\n g\n h\n+Y\n"},
		{"delete first", "a\nb\n", "b\n", "@@ -1,2 +1 @@\n-a\n b\n"},
	}
	for _, tt := range tests {
		got := UnifiedDiff("old", "new", tt.a, tt.b)
		want := tt.want
		if want != "" {
			want = "--- old\n+++ new\n" + want
		}
		if got != want {
			t.Errorf("%s: UnifiedDiff = %q, want %q", tt.name, got, want)
		}
	}
}

// TestMyersMinimal checks that the edit script is valid and as short as
// the longest common subsequence allows.
func TestMyersMinimal(t *testing.T) {
	cases := [][2]string{
		{"abcabba", "cbabac"},
		{"", "abc"},
		{"abc", ""},
		{"xaxbxc", "abc"},
		{"kitten", "sitting"},
	}
	for _, c := range cases {
		a, b := charLines(c[0]), charLines(c[1])
		ops := myers(a, b)
		var gotA, gotB []diffLine
		edits := 0
		for _, op := range ops {
			switch op.kind {
			case ' ':
				gotA = append(gotA, op.line)
				gotB = append(gotB, op.line)
			case '-':
				gotA = append(gotA, op.line)
				edits++
			case '+':
				gotB = append(gotB, op.line)
				edits++
			}
		}
		if join(gotA) != c[0] || join(gotB) != c[1] {
			t.Errorf("myers(%q, %q) rebuilt %q, %q", c[0], c[1], join(gotA), join(gotB))
		}
		if want := len(a) + len(b) - 2*lcs(c[0], c[1]); edits != want {
			t.Errorf("myers(%q, %q) has %d edits, want %d", c[0], c[1], edits, want)
		}
	}
}

func charLines(s string) []diffLine {
	var out []diffLine
	for _, r := range s {
		out = append(out, diffLine{text: string(r)})
	}
	return out
}

func join(ls []diffLine) string {
	var sb strings.Builder
	for _, l := range ls {
		sb.WriteString(l.text)
	}
	return sb.String()
}

func lcs(a, b string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	return dp[len(a)][len(b)]
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, OutFileName("demo.dcalc"))
	if !strings.HasSuffix(out, "demo.dcalc.out") {
		t.Fatalf("OutFileName = %q", out)
	}
	os.WriteFile(out, []byte("In [1]: x\nOut[1]: x\n\n"), 0o644)
	if d, eq, err := Check([]byte("In [1]: x\nOut[1]: x\n\n"), out); err != nil || !eq || d != "" {
		t.Errorf("Check(same) = %q, %v, %v; want \"\", true, nil", d, eq, err)
	}
	d, eq, err := Check([]byte("In [1]: x\nOut[1]: y\n\n"), out)
	want := "--- " + out + "\n+++ replay\n@@ -1,3 +1,3 @@\n In [1]: x\n-Out[1]: x\n+Out[1]: y\n \n"
	if err != nil || eq || d != want {
		t.Errorf("Check(changed) = %q, %v, %v; want %q, false, nil", d, eq, err, want)
	}
	if _, _, err := Check(nil, filepath.Join(dir, "missing.out")); err == nil {
		t.Error("Check(missing file): no error")
	}
}
