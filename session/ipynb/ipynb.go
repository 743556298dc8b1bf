// Package ipynb reads and writes Jupyter notebooks (nbformat 4) as
// Jupyter itself writes them: keys sorted, one space of indentation,
// multi-line text as lists of lines, non-ASCII text unescaped, so that a
// notebook dcalc writes differs from Jupyter's only where its content
// does.
package ipynb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Notebook is an nbformat 4 notebook.
type Notebook struct {
	Cells []*Cell
	// Metadata is the notebook's metadata, kept as read (kernelspec,
	// language_info, ...).
	Metadata map[string]any
	// Minor is nbformat_minor.
	Minor int
}

// Cell is one cell: code, markdown or raw.
type Cell struct {
	Type   string // "code", "markdown" or "raw"
	ID     string // nbformat 4.5 cell id; "" in older notebooks
	Source string
	// Metadata is the cell's metadata, kept as read.
	Metadata map[string]any
	// Attachments of a markdown or raw cell, kept as read (nil: none).
	Attachments any
	// ExecutionCount is the code cell's In[n]; 0 when not run.
	ExecutionCount int
	Outputs        []*Output
}

// Output is one output of a code cell.
type Output struct {
	Type string // "stream", "execute_result", "display_data" or "error"
	// Name is a stream's name: "stdout" or "stderr".
	Name string
	// Text is a stream's text.
	Text string
	// Data maps MIME types to their content: text for text types, base64
	// for images, any JSON value for application/json.
	Data map[string]any
	// Metadata of execute_result and display_data.
	Metadata map[string]any
	// ExecutionCount of an execute_result.
	ExecutionCount int
	// EName, EValue and Traceback describe an error.
	EName, EValue string
	Traceback     []string
}

// Error is a notebook that cannot be read, with the reason.
type Error struct {
	Name, Reason string
}

func (e *Error) Error() string { return e.Name + ": " + e.Reason }

// Read parses the notebook file named name.
func Read(name string, data []byte) (*Notebook, error) {
	bad := func(format string, args ...any) error {
		return &Error{Name: name, Reason: fmt.Sprintf(format, args...)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw map[string]any
	if err := dec.Decode(&raw); err != nil {
		return nil, bad("not a notebook: %v", err)
	}
	major, ok := raw["nbformat"].(json.Number)
	if !ok {
		return nil, bad("not a notebook: no nbformat field")
	}
	if major.String() != "4" {
		return nil, bad("nbformat %s notebooks are not supported; convert it with: jupyter nbconvert --to notebook --nbformat 4", major)
	}
	nb := &Notebook{Metadata: objectOr(raw["metadata"])}
	if m, ok := raw["nbformat_minor"].(json.Number); ok {
		n, _ := strconv.Atoi(m.String())
		nb.Minor = n
	}
	cells, ok := raw["cells"].([]any)
	if !ok {
		return nil, bad("not a notebook: no cells list")
	}
	for i, rc := range cells {
		c, ok := rc.(map[string]any)
		if !ok {
			return nil, bad("cell %d is not an object", i+1)
		}
		cell := &Cell{Metadata: objectOr(c["metadata"]), Attachments: c["attachments"]}
		cell.Type, _ = c["cell_type"].(string)
		switch cell.Type {
		case "code", "markdown", "raw":
		default:
			return nil, bad("cell %d has cell_type %q", i+1, cell.Type)
		}
		cell.ID, _ = c["id"].(string)
		src, err := multiline(c["source"])
		if err != nil {
			return nil, bad("cell %d: source %v", i+1, err)
		}
		cell.Source = src
		if n, ok := c["execution_count"].(json.Number); ok {
			cell.ExecutionCount, _ = strconv.Atoi(n.String())
		}
		outs, _ := c["outputs"].([]any)
		for j, ro := range outs {
			o, err := readOutput(ro)
			if err != nil {
				return nil, bad("cell %d, output %d: %v", i+1, j+1, err)
			}
			cell.Outputs = append(cell.Outputs, o)
		}
		nb.Cells = append(nb.Cells, cell)
	}
	return nb, nil
}

func objectOr(v any) map[string]any {
	if m, ok := v.(map[string]any); ok {
		return m
	}
	return map[string]any{}
}

// multiline joins nbformat's multi-line text: a string or a list of
// strings.
func multiline(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case []any:
		var b strings.Builder
		for _, p := range x {
			s, ok := p.(string)
			if !ok {
				return "", fmt.Errorf("is not text")
			}
			b.WriteString(s)
		}
		return b.String(), nil
	}
	return "", fmt.Errorf("is not text")
}

func readOutput(v any) (*Output, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("not an object")
	}
	o := &Output{}
	o.Type, _ = m["output_type"].(string)
	switch o.Type {
	case "stream":
		o.Name, _ = m["name"].(string)
		t, err := multiline(m["text"])
		if err != nil {
			return nil, fmt.Errorf("text %v", err)
		}
		o.Text = t
	case "execute_result", "display_data":
		o.Metadata = objectOr(m["metadata"])
		o.Data = map[string]any{}
		for k, d := range objectOr(m["data"]) {
			if _, isList := d.([]any); isList && !jsonMIME(k) {
				if t, err := multiline(d); err == nil {
					d = t // nbformat's rejoin_lines
				}
			}
			o.Data[k] = d
		}
		if n, ok := m["execution_count"].(json.Number); ok {
			o.ExecutionCount, _ = strconv.Atoi(n.String())
		}
	case "error":
		o.EName, _ = m["ename"].(string)
		o.EValue, _ = m["evalue"].(string)
		tb, _ := m["traceback"].([]any)
		for _, l := range tb {
			s, _ := l.(string)
			o.Traceback = append(o.Traceback, s)
		}
	default:
		return nil, fmt.Errorf("unknown output_type %q", o.Type)
	}
	return o, nil
}

// Write returns the notebook as Jupyter writes it (nbformat.writes:
// json.dumps with sort_keys, indent=1, ensure_ascii=False, and text split
// into lines), ending with a newline.
func Write(nb *Notebook) []byte {
	minor := nb.Minor
	if minor < 5 {
		minor = 5 // dcalc writes cell ids, which are nbformat 4.5
	}
	cells := make([]any, len(nb.Cells))
	for i, c := range nb.Cells {
		cells[i] = cellJSON(c, i)
	}
	top := map[string]any{
		"cells":          cells,
		"metadata":       orEmpty(nb.Metadata),
		"nbformat":       4,
		"nbformat_minor": minor,
	}
	var b bytes.Buffer
	encode(&b, top, 0)
	b.WriteByte('\n')
	return b.Bytes()
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func cellJSON(c *Cell, i int) map[string]any {
	id := c.ID
	if id == "" {
		id = fmt.Sprintf("cell-%d", i+1)
	}
	m := map[string]any{
		"cell_type": c.Type,
		"id":        id,
		"metadata":  orEmpty(c.Metadata),
		"source":    splitLines(c.Source),
	}
	if c.Attachments != nil && c.Type != "code" {
		m["attachments"] = c.Attachments
	}
	if c.Type == "code" {
		if c.ExecutionCount > 0 {
			m["execution_count"] = c.ExecutionCount
		} else {
			m["execution_count"] = nil
		}
		outs := make([]any, len(c.Outputs))
		for j, o := range c.Outputs {
			outs[j] = outputJSON(o)
		}
		m["outputs"] = outs
	}
	return m
}

func outputJSON(o *Output) map[string]any {
	m := map[string]any{"output_type": o.Type}
	switch o.Type {
	case "stream":
		m["name"] = o.Name
		m["text"] = splitLines(o.Text)
	case "execute_result", "display_data":
		data := map[string]any{}
		for k, v := range o.Data {
			if s, ok := v.(string); ok && (strings.HasPrefix(k, "text/") || k == "application/javascript" || k == "image/svg+xml") {
				data[k] = splitLines(s)
				continue
			}
			data[k] = v
		}
		m["data"] = data
		m["metadata"] = orEmpty(o.Metadata)
		if o.Type == "execute_result" {
			m["execution_count"] = o.ExecutionCount
		}
	case "error":
		m["ename"] = o.EName
		m["evalue"] = o.EValue
		tb := make([]any, len(o.Traceback))
		for i, l := range o.Traceback {
			tb[i] = l
		}
		m["traceback"] = tb
	}
	return m
}

// jsonMIME reports whether a MIME type holds JSON, which nbformat never
// splits or joins.
func jsonMIME(k string) bool {
	return k == "application/json" || strings.HasPrefix(k, "application/") && strings.HasSuffix(k, "+json")
}

// splitLines is nbformat's split of multi-line text, Python's
// str.splitlines(True): lines keep their ending (\n, \r, \r\n, \v, \f,
// \x1c-\x1e, \x85, U+2028, U+2029); an empty text is an empty list.
func splitLines(s string) []any {
	out := []any{}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		end := i + size
		switch r {
		case '\r':
			if end < len(s) && s[end] == '\n' {
				end++
			}
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		default:
			i = end
			continue
		}
		out = append(out, s[start:end])
		start, i = end, end
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// encode writes v as Python's json.dumps(v, sort_keys=True, indent=1,
// ensure_ascii=False) does.
func encode(b *bytes.Buffer, v any, depth int) {
	nl := func(d int) {
		b.WriteByte('\n')
		for range d {
			b.WriteByte(' ')
		}
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case json.Number:
		b.WriteString(x.String())
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		encodeString(b, x)
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, it := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(depth + 1)
			encode(b, it, depth+1)
		}
		nl(depth)
		b.WriteByte(']')
	case map[string]any:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(depth + 1)
			encodeString(b, k)
			b.WriteString(": ")
			encode(b, x[k], depth+1)
		}
		nl(depth)
		b.WriteByte('}')
	default:
		// Values read from a notebook are the types above.
		panic(fmt.Sprintf("ipynb: cannot encode %T", v))
	}
}

// encodeString writes s as a JSON string with Python's escapes: \" \\ \n
// \r \t \b \f, other control characters as \u00XX, everything else as
// is. Python sorts keys by code point, as sort.Strings does for UTF-8.
func encodeString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20:
			fmt.Fprintf(b, `\u%04x`, r)
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\ufffd`)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
}
