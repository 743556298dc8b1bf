package session

import (
	"errors"
	"strings"
	"testing"
)

func replayFake(t *testing.T, src string, opts ReplayOptions) (string, error) {
	t.Helper()
	cells, err := ParseScript("t.dcalc", src)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	f := newFakeShell(nil)
	err = replay(f, &out, cells, opts)
	return out.String(), err
}

// The expected transcripts follow IPython 8's terminal: "In [n]: ",
// continuation "...: " right-aligned under it (IPython's
// continuation_prompt_tokens pads to the prompt's width), "Out[n]: " with
// a newline before a multi-line value (DisplayHook.write_format_data),
// and a blank line before each new prompt.
func TestReplayTranscript(t *testing.T) {
	src := `# %%
a = 1

# %%
a

# %% [markdown]
# Some *text*
#
# here

# %%
print(hello)
b = 2
3 + 4

# %%
two\nlines
`
	want := `In [1]: a = 1

In [2]: a
Out[2]: 1

Some *text*

here

In [3]: print(hello)
   ...: b = 2
   ...: 3 + 4
hello
Out[3]: 3 + 4

In [4]: two\nlines
Out[4]: 
two
lines

`
	got, err := replayFake(t, src, ReplayOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("replay:\n%s\nwant:\n%s\ndiff:\n%s", got, want, UnifiedDiff("want", "got", want, got))
	}
}

func TestContinuationPrompt(t *testing.T) {
	for n, want := range map[int]string{1: "   ...: ", 9: "   ...: ", 10: "    ...: ", 123: "     ...: "} {
		if got := continuationPrompt(n); got != want || len(got) != len(inputPrompt(n)) {
			t.Errorf("continuationPrompt(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestReplayError(t *testing.T) {
	src := "# %%\nprint(before)\nraise ValueError: bad\n# %%\nx\n# %%\n1 + 1\n"
	got, err := replayFake(t, src, ReplayOptions{})
	want := "In [1]: print(before)\n   ...: raise ValueError: bad\nbefore\nValueError: bad\n\n"
	var e *Exception
	if !errors.As(err, &e) || e.Type != "ValueError" {
		t.Errorf("replay error = %v, want the ValueError", err)
	}
	if got != want {
		t.Errorf("replay = %q, want %q", got, want)
	}

	got, err = replayFake(t, src, ReplayOptions{KeepGoing: true, Pretty: true})
	want += "In [2]: x\nNameError: name 'x' is not defined\n\nIn [3]: 1 + 1\nOut[3]: pretty:1 + 1\n\n"
	if err != nil || got != want {
		t.Errorf("replay(KeepGoing) = %q, %v; want %q, nil", got, err, want)
	}
}

func TestReplayStep(t *testing.T) {
	calls := 0
	step := func() bool { calls++; return calls < 3 }
	got, err := replayFake(t, "a = 1\nb = 2\nc = 3\n", ReplayOptions{Step: step})
	want := "In [1]: a = 1\n\nIn [2]: b = 2\n\n"
	if err != nil || got != want || calls != 3 {
		t.Errorf("replay(Step) = %q, %v after %d steps; want %q after 3", got, err, calls, want)
	}
}

func TestReplayMagicOutput(t *testing.T) {
	got, err := replayFake(t, "x = 1\n%who\n%foo\n", ReplayOptions{KeepGoing: true})
	want := "In [1]: x = 1\n\nIn [2]: %who\nx\t \n\nIn [3]: %foo\nUsageError: Line magic function `%foo` not found.\n\n"
	if err != nil || got != want {
		t.Errorf("replay = %q, %v; want %q", got, err, want)
	}
}
