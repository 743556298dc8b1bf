package session

import (
	"bytes"
	"strings"
	"testing"
)

// TestChainedTracebackInCell checks the layout of a chained exception
// in a cell as IPython 8.12 prints it (its output for this cell, from
// InteractiveShell with NoColor): the rule of dashes once at the top,
// the cause's block, IPython's linking sentence, then the block of the
// exception raised from it, whose header has no rule. (In the cause's
// block IPython shows one line after the failing one here, where
// elsewhere it shows two; dcalc shows two.)
func TestChainedTracebackInCell(t *testing.T) {
	s := New(&bytes.Buffer{}, Options{Interactive: true})
	res := s.RunCell("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError(\"bad\") from e")
	got := s.FormatException(res.Err)
	rule := strings.Repeat("-", 75) + "\n"
	for _, want := range []string{
		rule + "ZeroDivisionError                         Traceback (most recent call last)\nCell In[1], line 2\n",
		"----> 2     1/0\n",
		"\nZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nValueError                                Traceback (most recent call last)\nCell In[1], line 4\n",
		"----> 4     raise ValueError(\"bad\") from e\n\nValueError: bad\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Count(got, rule) != 1 || !strings.HasPrefix(got, rule) {
		t.Errorf("the rule of dashes should open the chain once:\n%s", got)
	}
	res = s.RunCell("try:\n    {}[\"k\"]\nexcept KeyError:\n    1/0")
	if got := s.FormatException(res.Err); !strings.Contains(got, "\nKeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nZeroDivisionError                         Traceback (most recent call last)\n") {
		t.Errorf("implicit chaining:\n%s", got)
	}
}
