package ipynb

import (
	"os"
	"testing"
)

// TestRoundTrip reads notebooks that Jupyter wrote (nbformat 5.5 through
// nbclient, testdata/gen_notebooks.py) and writes them back byte for
// byte.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"testdata/sympy_run.ipynb", "testdata/unicode.ipynb"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		nb, err := Read(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if got := Write(nb); string(got) != string(data) {
			t.Errorf("%s: written back differs:\n%s", name, got)
		}
	}
}

// TestReadErrors: what is not an nbformat 4 notebook gets one clear line.
func TestReadErrors(t *testing.T) {
	cases := map[string]string{
		`not json`:                          "nb.ipynb: not a notebook: invalid character 'o' in literal null (expecting 'u')",
		`{"cells": []}`:                     "nb.ipynb: not a notebook: no nbformat field",
		`{"nbformat": 3, "worksheets": []}`: "nb.ipynb: nbformat 3 notebooks are not supported; convert it with: jupyter nbconvert --to notebook --nbformat 4",
		`{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}`:                                       "nb.ipynb: cell 1: source is not text",
		`{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a", 1]}]}`:                                "nb.ipynb: cell 1: source is not text",
		`{"nbformat": 4, "cells": [{"cell_type": "weird", "source": ""}]}`:                                     `nb.ipynb: cell 1 has cell_type "weird"`,
		`{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "bad"}]}]}`: `nb.ipynb: cell 1, output 1: unknown output_type "bad"`,
	}
	for src, want := range cases {
		_, err := Read("nb.ipynb", []byte(src))
		if err == nil || err.Error() != want {
			t.Errorf("%s:\n got %v\nwant %s", src, err, want)
		}
	}
}
