package session

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// maxSourceFile is the largest file a program, %run or %load reads. A
// notebook's source is kilobytes; anything near this size is a mistake
// (or /dev/zero) and is refused before it is read.
const maxSourceFile = 64 << 20

// FilePolicy is what the file magics (%run, %load, %save) may touch. The
// zero value allows everything, as IPython does in a REPL the user types
// into; a replayed notebook, which somebody else may have written, is
// confined (see docs/security.md).
type FilePolicy struct {
	// ReadRoot, when set, is the only directory (with its
	// subdirectories) %run and %load may read from.
	ReadRoot string
	// NoWrite makes %save refuse to write.
	NoWrite bool
}

// checkRead returns a PermissionError unless the policy lets name be
// read.
func (p FilePolicy) checkRead(name string) error {
	if p.ReadRoot == "" || within(p.ReadRoot, name) {
		return nil
	}
	return newExc("PermissionError", "a replayed notebook reads only files in its own directory (%s); '%s' is outside it (dcalc replay --allow-reads lifts this)", p.ReadRoot, name)
}

// checkWrite returns a PermissionError when the policy forbids writing
// files (savefig, Plot.save) during a replay.
func (p FilePolicy) checkWrite(name string) error {
	if !p.NoWrite {
		return nil
	}
	return newExc("PermissionError", "a replayed notebook does not write files: '%s' refused (dcalc replay --allow-writes lifts this)", name)
}

// within reports whether name, with symbolic links resolved, lies in
// root.
func within(root, name string) bool {
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return ""
		}
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return r
		}
		// A file that does not exist yet: resolve its directory.
		if d, err := filepath.EvalSymlinks(filepath.Dir(a)); err == nil {
			return filepath.Join(d, filepath.Base(a))
		}
		return a
	}
	r, n := abs(root), abs(name)
	if r == "" || n == "" {
		return false
	}
	rel, err := filepath.Rel(r, n)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// ReadSourceFile reads a program or notebook file: a regular file of at
// most 64 MiB. Other files (directories, devices, FIFOs) are refused
// with an error that names the reason, before anything is read.
func ReadSourceFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errIsDir}
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errNotRegular}
	}
	if st.Size() > maxSourceFile {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errTooLarge}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxSourceFile+1))
	if err == nil && len(data) > maxSourceFile {
		err = &fs.PathError{Op: "read", Path: name, Err: errTooLarge}
	}
	return data, err
}

var (
	errIsDir      = errors.New("[Errno 21] Is a directory")
	errNotRegular = errors.New("not a regular file")
	errTooLarge   = fmt.Errorf("file is larger than %d MiB", maxSourceFile>>20)
)

// osError converts a file error into Python's OSError family.
func osError(err error) *Exception {
	var pe *fs.PathError
	msg := err.Error()
	if errors.As(err, &pe) {
		msg = fmt.Sprintf("%v: '%s'", pe.Err, pe.Path)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Exception{Type: "FileNotFoundError", Msg: "[Errno 2] No such file or directory: '" + pathOf(err) + "'"}
	case errors.Is(err, fs.ErrPermission):
		return &Exception{Type: "PermissionError", Msg: "[Errno 13] Permission denied: '" + pathOf(err) + "'"}
	case errors.Is(err, errIsDir):
		return &Exception{Type: "IsADirectoryError", Msg: "[Errno 21] Is a directory: '" + pathOf(err) + "'"}
	}
	return &Exception{Type: "OSError", Msg: msg}
}

func pathOf(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path
	}
	return ""
}

// codingRE is PEP 263's encoding declaration.
var codingRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`) })

// blankOrComment reports whether a line may precede a declaration on
// line 2: only spaces, tabs and form feeds, then nothing, a carriage
// return or a comment.
func blankOrComment(line []byte) bool {
	rest := bytes.TrimLeft(line, " \t\f")
	return len(rest) == 0 || rest[0] == '#' || string(rest) == "\r"
}

// DecodeSource turns the bytes of a program file into text as CPython's
// tokenizer does: a UTF-8 byte order mark is dropped, a PEP 263
// declaration on line 1 or 2 selects utf-8 or latin-1, and anything else
// must be valid UTF-8 without NUL bytes. The error is a SyntaxError with
// CPython's message.
func DecodeSource(name string, data []byte) (string, error) {
	bom := bytes.HasPrefix(data, []byte("\xef\xbb\xbf"))
	if bom {
		data = data[3:]
	}
	enc := declaredEncoding(data)
	switch enc {
	case "", "utf-8", "utf8", "utf_8":
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		if bom {
			return "", &Exception{Type: "SyntaxError", Msg: "encoding problem: " + enc + " with BOM", File: name, Line: 1}
		}
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return "", nullBytes(name, string(data), i)
		}
		r := make([]rune, len(data))
		for i, b := range data {
			r[i] = rune(b)
		}
		return string(r), nil
	default:
		return "", &Exception{Type: "SyntaxError", Msg: "encoding problem: " + enc}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		return "", &Exception{Type: "SyntaxError", Msg: fmt.Sprintf(
			"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
			data[off], name, line)}
	}
	src := string(data)
	if i := strings.IndexByte(src, 0); i >= 0 {
		return "", nullBytes(name, src, i)
	}
	return src, nil
}

// nullBytes is CPython's error for a NUL in the source: it shows the
// line up to the NUL, without a caret.
func nullBytes(name, src string, i int) *Exception {
	line := 1 + strings.Count(src[:i], "\n")
	return &Exception{Type: "SyntaxError", Msg: "source code cannot contain null bytes", File: name, Line: line, Col: -1}
}

// declaredEncoding returns the lower-cased PEP 263 encoding of the first
// two lines, or "".
func declaredEncoding(data []byte) string {
	lines := bytes.SplitN(data, []byte("\n"), 3)
	for i := 0; i < len(lines) && i < 2; i++ {
		// Only a line that mentions coding can declare one: the
		// expression is compiled by the first program that does.
		if bytes.Contains(lines[i], []byte("coding")) {
			if m := codingRE().FindSubmatch(lines[i]); m != nil {
				return strings.ToLower(string(m[1]))
			}
		}
		if !blankOrComment(lines[i]) {
			break
		}
	}
	return ""
}

// WriteFileAtomic replaces name with data so that a failed write leaves
// the old file whole (a temporary file in the same directory, synced,
// then renamed over name).
func WriteFileAtomic(name string, data []byte, perm os.FileMode) error {
	return writeFileAtomic(name, data, perm)
}

// writeFileAtomic replaces name with data so that a failed write leaves
// the old file whole: it writes a temporary file in the same directory,
// syncs it and renames it over name.
func writeFileAtomic(name string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(name)
	if st, err := os.Stat(name); err == nil {
		if !st.Mode().IsRegular() {
			return &fs.PathError{Op: "write", Path: name, Err: errNotRegular}
		}
		perm = st.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		return err
	}
	ok = true
	if d, err := os.Open(dir); err == nil {
		d.Sync() // the rename itself survives a crash once the directory is synced
		d.Close()
	}
	return nil
}

// ExecSource runs the program file name whose bytes are data, as
// python3 FILE does: the bytes are decoded first (DecodeSource), so an
// undecodable file is a SyntaxError and runs nothing.
func (s *Session) ExecSource(name string, data []byte) error {
	src, err := DecodeSource(name, data)
	if err != nil {
		s.showUndecodable(name, data, err)
		return err
	}
	return s.ExecFile(name, src)
}

// showUndecodable records what a decoding error shows of the file (the
// line up to a NUL) and formats its traceback.
func (s *Session) showUndecodable(name string, data []byte, err error) {
	var exc *Exception
	if !errors.As(err, &exc) {
		return
	}
	if exc.Line > 0 {
		text := strings.ToValidUTF8(string(data), "\ufffd")
		lines := strings.Split(text, "\n")
		if exc.Line <= len(lines) {
			l := lines[exc.Line-1]
			if i := strings.IndexByte(l, 0); i >= 0 {
				lines[exc.Line-1] = l[:i]
			}
		}
		s.sources[name] = lines
	}
	exc.tb = s.FormatException(exc)
}
