package session

import (
	"fmt"
	"strings"

	"github.com/dcalc/dcalc/session/ipynb"
)

// CellsFromNotebook returns the cells of a Jupyter notebook in the form
// ParseScript gives for the percent format: code cells as they are,
// markdown and raw cells as commented text ("# " before each line), as
// Jupytext writes them. Outputs are dropped.
func CellsFromNotebook(nb *ipynb.Notebook) []Cell {
	var cells []Cell
	for _, c := range nb.Cells {
		switch c.Type {
		case "code":
			cells = append(cells, Cell{Source: strings.TrimRight(c.Source, "\n")})
		case "markdown":
			cells = append(cells, Cell{Markdown: true, Source: commentLines(c.Source)})
		case "raw":
			cells = append(cells, Cell{Raw: true, Source: commentLines(c.Source)})
		}
	}
	return cells
}

// commentLines puts "# " before each line ("#" before an empty one).
func commentLines(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("# "+l, " ")
	}
	return strings.Join(lines, "\n")
}

// NotebookFromCells makes a Jupyter notebook (nbformat 4.5, no outputs)
// from percent-format cells: markdown and raw cells lose their comment
// prefixes; setup cells become code cells. Cell ids are cell-1, cell-2,
// ... in order.
func NotebookFromCells(cells []Cell) *ipynb.Notebook {
	nb := &ipynb.Notebook{Minor: 5, Metadata: map[string]any{
		"kernelspec":    map[string]any{"display_name": "dcalc (SymPy)", "language": "python", "name": "dcalc"},
		"language_info": map[string]any{"name": "python"},
	}}
	for i, c := range cells {
		cell := &ipynb.Cell{Type: "code", ID: fmt.Sprintf("cell-%d", i+1), Source: c.Source, Metadata: map[string]any{}}
		switch {
		case c.Markdown:
			cell.Type, cell.Source = "markdown", markdownText(c.Source)
		case c.Raw:
			cell.Type, cell.Source = "raw", markdownText(c.Source)
		}
		nb.Cells = append(nb.Cells, cell)
	}
	return nb
}
