package session

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// shell is what magics and help need from the interpreter. *Session
// implements cellRunner, stdout and pretty in the scripts files; the
// other methods belong to the interpreter (see runMagic). Tests use fakes.
type shell interface {
	cellRunner
	// stdout is where magics print (the session's program output).
	stdout() io.Writer
	// setInlineFigures turns on matplotlib's inline behaviour (%matplotlib
	// inline): a figure built in a cell is shown after the cell.
	setInlineFigures(on bool)
	// pretty reports whether Out values are shown in pretty form.
	pretty() bool
	// inputHistory returns the raw sources of In[1], In[2], ... in
	// order, the running cell included (IPython stores a cell before it
	// runs it).
	inputHistory() []string
	// userNames returns the sorted names the user defined: not the
	// preloaded ones, none starting with "_" (IPython's who_ls).
	userNames() []string
	// lookup returns the value bound to name in the namespace.
	lookup(name string) (Value, bool)
	// typeName returns type(v).__name__ ("Symbol", "int", "list").
	typeName(v Value) string
	// str returns str(v).
	str(v Value) string
	// length returns len(v) for list, tuple and dict values.
	length(v Value) int
	// resetNamespace deletes the user's names and the Out history, as
	// IPython's %reset -f (the cell counter goes on).
	resetNamespace()
	// execCode runs src, named name in tracebacks, in the namespace
	// without numbering a cell or storing history, and returns the value
	// of a final bare expression (nil if none). The error is an
	// *Exception.
	execCode(name, src string) (Value, error)
	// magicState returns the session's magic state.
	magicState() *magicState
	// setColors sets the REPL's colour scheme; false for an unknown name.
	setColors(name string) bool
	// historySessions returns earlier sessions' cells by session number
	// and this session's number (nil, 0: no history file).
	historySessions() (map[int][]string, int)
	// inFreshNamespace runs fn in a fresh module namespace named
	// modName, then copies the names it bound into the session's.
	inFreshNamespace(file, modName string, fn func() error) error
	// setupCode returns the code that defines the names the session
	// started with beyond SymPy's (isympy's x, y, z, ...) and sets its
	// display mode, or "".
	setupCode() string
	// pylab binds what IPython's %pylab binds (the star imports with
	// importAll).
	pylab(importAll bool)
	// setFloatFormat sets the format of floats in Out values (""
	// for repr) and, when precision >= 0 and NumPy was imported,
	// NumPy's print precision; false when the format does not format a
	// float.
	setFloatFormat(format string, precision int) bool
}

// magicState is per-session state of the magics.
type magicState struct {
	// nextInput is the text %load placed for the next prompt.
	nextInput string
	// ask, when not nil, asks the user a yes/no question (the REPL sets
	// it); without it questions take their default answer, as IPython
	// does when its stdin is at end of file.
	ask func(prompt string) bool
	// files is what %run, %load and %save may touch.
	files FilePolicy
	// runDepth counts the %run magics running inside each other.
	runDepth int
	// dirs is IPython's _dh: the directories %cd went to, starting with
	// the one the session started in.
	dirs []string
}

// maxRunDepth bounds %run inside %run (a script that runs itself).
const maxRunDepth = 100

// stdout returns the writer magics print to.
func (s *Session) stdout() io.Writer { return s.out }

// pretty reports whether the session shows pretty Out values.
func (s *Session) pretty() bool { return s.opts.Pretty }

// isympySetup is the code isympy runs at start (its banner lists it)
// that defines the names an interactive session preloads.
const isympySetup = `from sympy import *
x, y, z, t = symbols('x y z t')
k, m, n = symbols('k m n', integer=True)
f, g, h = symbols('f g h', cls=Function)`

func (s *Session) setupCode() string {
	if !s.opts.Interactive {
		return ""
	}
	// and the display mode, so that a replay shows values as the REPL did
	switch {
	case !s.prettyOut():
		return isympySetup
	case s.asciiPretty:
		return isympySetup + "\ninit_printing(use_unicode=False)"
	}
	return isympySetup + "\ninit_printing()"
}

// runMagic runs line, a cell whose source starts with "%" (a line magic
// such as "%time diff(x**2, x)"), and returns the value to show as
// Out[n] (nil for none). The interpreter's RunCell calls it after
// storing the cell in In; see also runSpecial.
//
// The error is an *Exception (UsageError for an unknown magic or bad
// arguments, or the exception of the code a magic ran).
func (s *Session) runMagic(line string) (Value, error) {
	sh, ok := any(s).(shell)
	if !ok {
		return nil, &Exception{Type: "UsageError", Msg: "magics are not available in this session"}
	}
	return execMagic(sh, line)
}

// runSpecial is the single hook RunCell needs for magics and help: when
// src is a magic line (%name args) or a help request (?name, name?,
// name??) it runs it and returns handled=true with the value for Out[n]
// and the error; otherwise it returns handled=false and RunCell runs src
// as Python.
func (s *Session) runSpecial(src string) (v Value, handled bool, err error) {
	line := strings.TrimSpace(src)
	if strings.Contains(line, "\n") || strings.HasPrefix(line, "%%") {
		return nil, false, nil // IPython's transformation handles these
	}
	switch {
	case strings.HasPrefix(line, "%"):
		v, err = s.runMagic(line)
		return v, true, err
	case isSpecialLine(line):
		s.runHelp(line)
		return nil, true, nil
	}
	return nil, false, nil
}

// TakeLoadedInput returns the text that %load placed for the next input
// and clears it; it is "" when there is none. A REPL calls it after each
// cell and, when it is not empty, puts it in the line editor as the next
// input, as IPython's set_next_input does.
func (s *Session) TakeLoadedInput() string {
	sh, ok := any(s).(shell)
	if !ok {
		return ""
	}
	st := sh.magicState()
	t := st.nextInput
	st.nextInput = ""
	return t
}

// SetAsk sets the function magics use to ask yes/no questions (%reset,
// %save over an existing file). Without one, questions take their
// default answer, as in IPython with no terminal.
func (s *Session) SetAsk(ask func(prompt string) bool) {
	if sh, ok := any(s).(shell); ok {
		sh.magicState().ask = ask
	}
}

// usageError returns IPython's UsageError.
func usageError(format string, args ...any) error {
	return &Exception{Type: "UsageError", Msg: fmt.Sprintf(format, args...)}
}

// magicFunc runs a magic with its argument text.
type magicFunc func(sh shell, arg string) (Value, error)

// magicDoc is a magic's entry: its function and a one-line summary.
type magicDoc struct {
	run     magicFunc
	usage   string
	summary string
}

var magics map[string]magicDoc

// aliases maps alternative magic names to the documented ones.
var aliases = map[string]string{"hist": "history", "pprint": "pretty"}

func init() {
	magics = map[string]magicDoc{
		"history":  {magicHistory, "%history [-n] [-g PATTERN] [-l N] [range ...]", "print input history; ranges like 1-3 5 (inclusive) or 4:6 (end excluded); -n shows numbers; -g searches, -l N the last N"},
		"save":     {magicSave, "%save [-f] FILE [range ...]", "write cells to FILE.dcalc in the percent format (all earlier cells when no range)"},
		"load":     {magicLoad, "%load FILE", "place the text of FILE as the next input"},
		"run":      {magicRun, "%run [-i] [-n] FILE", "run a .py program or a .dcalc script (cell by cell, magics allowed) in a fresh namespace, then keep the names it defined; -i: in the session's namespace"},
		"reset":    {magicReset, "%reset [-f]", "delete all names you defined (-f: without asking)"},
		"who":      {magicWho, "%who", "list the names you defined"},
		"whos":     {magicWhos, "%whos", "table of the names you defined, with type and value"},
		"time":     {magicTime, "%time STATEMENT", "run STATEMENT once and print CPU and wall time"},
		"timeit":   {magicTimeit, "%timeit [-n N] [-r R] [-p P] [-q] [-o] STATEMENT", "time STATEMENT: R runs (7) of N loops (1, 10, 100, ... until a run takes 0.2 s); -p digits, -q quiet, -o returns the TimeitResult"},
		"pwd":      {magicPwd, "%pwd", "the current working directory (where %load, %save and %run look)"},
		"cd":       {magicCd, "%cd [-q] [DIR | - | -N]", "change the working directory (home without DIR; - the previous one; -N the N-th of this session's)"},
		"rerun":    {magicRerun, "%rerun [-l N] [-g PATTERN] [range ...]", "run earlier cells again (the last one by default)"},
		"recall":   {magicRecall, "%recall [range ...]", "place earlier cells (the last one by default) as the next input, to edit"},
		"steps":    {magicSteps, "%steps EXPR", "show how a derivative is found: %steps diff(f, x) or %steps f, x"},
		"pretty":   {magicPretty, "%pretty", "toggle pretty (2D) display of Out values"},
		"colors":   {magicColors, "%colors SCHEME", "colour scheme of prompts, input and tracebacks: Neutral (the default), NoColor, LightBG or Linux"},
		"quickref": {magicQuickref, "%quickref", "short reference of dcalc"},
		"magic":    {magicMagic, "%magic", "describe the magics"},
		"lsmagic":  {magicLsmagic, "%lsmagic", "list the magics"},
		// Front-end settings notebooks carry: accepted, nothing to do in
		// dcalc (plots need no backend; there are no extensions).
		"matplotlib": {magicMatplotlib, "%matplotlib [inline]", "inline: show each cell's figure after the cell, as in a notebook (otherwise at plt.show())"},
		"config":     {magicNothing, "%config ...", "accepted for notebooks; IPython's configuration does not apply"},
		"load_ext":   {magicNothing, "%load_ext NAME", "accepted for notebooks; dcalc has no extensions"},
		"precision":  {magicPrecision, "%precision [N | FORMAT]", "format of floats in Out values: N digits after the point, a %-format, or repr without argument (NumPy's print precision too, once imported)"},
		"pylab":      {magicPylab, "%pylab [--no-import-all] inline", "IPython's pylab: numpy as np, matplotlib.pyplot as plt, and the names of numpy and pyplot (figures shown after each cell)"},
		"reload_ext": {magicNothing, "%reload_ext NAME", "accepted for notebooks; dcalc has no extensions"},
		"unload_ext": {magicNothing, "%unload_ext NAME", "accepted for notebooks; dcalc has no extensions"},
		"autoreload": {magicNothing, "%autoreload [mode]", "accepted for notebooks; dcalc imports no modules from files"},
		"pip":        {noInstall("pip"), "%pip ...", "refused: dcalc installs no packages (the cell goes on)"},
		"conda":      {noInstall("conda"), "%conda ...", "refused: dcalc installs no packages (the cell goes on)"},
	}
}

// magicMatplotlib is %matplotlib: "inline" (and no argument in a notebook
// front end) shows a cell's figure after the cell; other backends keep
// figures until plt.show(), as a GUI backend without interactive mode.
func magicMatplotlib(sh shell, arg string) (Value, error) {
	sh.setInlineFigures(strings.TrimSpace(arg) == "inline")
	return nil, nil
}

// magicNothing is a magic that configures something dcalc does not have.
func magicNothing(sh shell, arg string) (Value, error) { return nil, nil }

// noInstall answers %pip and %conda with one line; the cell goes on.
func noInstall(name string) magicFunc {
	return func(sh shell, arg string) (Value, error) {
		fmt.Fprintf(sh.stdout(), "dcalc installs no packages: skipped %%%s %s\n", name, arg)
		return nil, nil
	}
}

// execMagic runs the magic line ("%name args").
func execMagic(sh shell, line string) (Value, error) {
	line = strings.TrimSpace(line)
	body := strings.TrimPrefix(line, "%")
	if strings.HasPrefix(body, "%") {
		name, _, _ := strings.Cut(strings.TrimPrefix(body, "%"), " ")
		return nil, missingMagic("%%"+name, slices.Contains(ipythonCellMagics, name))
	}
	name, arg, _ := strings.Cut(body, " ")
	arg = strings.TrimSpace(arg)
	if a, ok := aliases[name]; ok {
		name = a
	}
	m, ok := magics[name]
	if !ok {
		return nil, missingMagic("%"+name, slices.Contains(ipythonLineMagics, name))
	}
	return m.run(sh, arg)
}

// missingMagic is the UsageError for a magic dcalc does not run:
// IPython's own words for one IPython lacks too; for one of IPython's,
// that dcalc does not implement it, or does not provide it when it
// reaches the host (docs/security.md).
func missingMagic(name string, ipythons bool) error {
	switch {
	case !ipythons && strings.HasPrefix(name, "%%"):
		return usageError("Cell magic `%s` not found.", name)
	case !ipythons:
		return usageError("Line magic function `%s` not found.", name)
	case hostMagics[strings.TrimLeft(name, "%")]:
		return usageError("dcalc does not provide IPython's %s magic: programs cannot reach files, processes or the network (docs/security.md)", name)
	}
	return usageError("dcalc does not implement IPython's %s magic yet", name)
}

// ipythonLineMagics and ipythonCellMagics are IPython 8.12's magics
// (InteractiveShell.magics_manager.lsmagic()).
var (
	ipythonLineMagics = strings.Fields("alias alias_magic autoawait autocall automagic bookmark cat cd colors " +
		"conda config cp debug dhist dirs doctest_mode ed edit env gui hist history killbgscripts ldir lf lk ll " +
		"load load_ext loadpy logoff logon logstart logstate logstop ls lsmagic lx macro magic matplotlib mkdir " +
		"mv notebook page pastebin pdb pdef pdoc pfile pinfo pinfo2 pip popd pprint precision prun psearch " +
		"psource pushd pwd pycat pylab quickref recall rehashx reload_ext rep rerun reset reset_selective rm " +
		"rmdir run save sc set_env sx system tb time timeit unalias unload_ext who who_ls whos xdel xmode")
	ipythonCellMagics = strings.Fields("! HTML SVG bash capture debug file html javascript js latex markdown " +
		"perl prun pypy python python2 python3 ruby script sh svg sx system time timeit writefile")
)

// hostMagics are IPython's magics that run shell commands, read or
// write files, or reach the environment and the network.
var hostMagics = map[string]bool{
	"alias": true, "bookmark": true, "cat": true, "cp": true, "env": true, "set_env": true, "ldir": true,
	"lf": true, "lk": true, "ll": true, "ls": true, "lx": true, "mkdir": true, "mv": true, "rm": true,
	"rmdir": true, "sc": true, "sx": true, "system": true, "rehashx": true, "pycat": true, "pastebin": true,
	"logstart": true, "logon": true, "edit": true, "ed": true, "!": true, "bash": true, "sh": true,
	"script": true, "perl": true, "ruby": true, "python": true, "python2": true, "python3": true,
	"pypy": true, "file": true, "writefile": true, "pushd": true, "popd": true, "dirs": true, "dhist": true,
}

// splitArgs splits a magic's arguments at blanks; quotes group words and
// are removed.
func splitArgs(arg string) []string {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range arg {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote = r
			inWord = true
		case r == ' ' || r == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

// splitOpts separates leading -x flags (single letters, possibly joined
// as -nf) from the other arguments; allowed lists the known letters.
func splitOpts(args []string, allowed string) (map[byte]bool, []string, error) {
	opts := map[byte]bool{}
	var rest []string
	for _, a := range args {
		if len(a) > 1 && a[0] == '-' && !isRangeWord(a) {
			for i := 1; i < len(a); i++ {
				if !strings.ContainsRune(allowed, rune(a[i])) {
					return nil, nil, usageError("option -%c not recognized ( allowed: \"%s\")", a[i], allowed)
				}
				opts[a[i]] = true
			}
			continue
		}
		rest = append(rest, a)
	}
	return opts, rest, nil
}

func isRangeWord(a string) bool {
	_, err := strconv.Atoi(a)
	return err == nil
}

var rangeRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d+)?(?:([-:])(\d+)?)?$`) })

// historyRange returns the cell numbers (1-based, in order, repeats
// kept) that the %history range words select from n cells: "4" is cell
// 4, "4-6" cells 4 to 6, "4:6" cells 4 and 5, "4-" from 4 on. Words that
// are not ranges are skipped, as IPython does.
func historyRange(words []string, n int) []int {
	var out []int
	for _, w := range words {
		m := rangeRE().FindStringSubmatch(w)
		if m == nil || w == "" {
			continue
		}
		start := 1
		if m[1] != "" {
			start, _ = strconv.Atoi(m[1])
		}
		end := start
		switch m[2] {
		case "-":
			end = n
			if m[3] != "" {
				end, _ = strconv.Atoi(m[3])
			}
		case ":":
			end = n
			if m[3] != "" {
				end, _ = strconv.Atoi(m[3])
				end--
			}
		}
		for i := max(start, 1); i <= min(end, n); i++ {
			out = append(out, i)
		}
	}
	return out
}

func magicHistory(sh shell, arg string) (Value, error) {
	args := splitArgs(arg)
	// -g [PATTERN] and -l [N] take a value, as IPython's do
	var pattern *regexp.Regexp
	limit := -1
	var plain []string
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "-g":
			glob := ""
			if i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				glob, i = args[i+1], i+1
			}
			pattern = globRegexp("*" + glob + "*")
		case "-l":
			limit = 10
			if i+1 < len(args) && isRangeWord(args[i+1]) {
				limit, _ = strconv.Atoi(args[i+1])
				i++
			}
		default:
			plain = append(plain, args[i])
		}
	}
	opts, words, err := splitOpts(plain, "n")
	if err != nil {
		return nil, err
	}
	hist := sh.inputHistory()
	earlier, cur := sh.historySessions()
	// the cells to print: (session, line) with the current session 0
	type ref struct{ sess, line int }
	var refs []ref
	var nums []int
	switch {
	case pattern != nil:
		// every input that matches, in earlier sessions first (as
		// IPython searches its database), numbered
		for _, k := range sortedKeys(earlier) {
			for i, src := range earlier[k] {
				if pattern.MatchString(src) {
					refs = append(refs, ref{k, i + 1})
				}
			}
		}
		for i, src := range hist {
			if pattern.MatchString(src) {
				nums = append(nums, i+1)
			}
		}
		opts['n'] = true
	case limit >= 0:
		// the last inputs before this one
		for i := max(len(hist)-1-limit, 0); i < len(hist)-1; i++ {
			nums = append(nums, i+1)
		}
	case len(words) == 0:
		for i := range hist {
			nums = append(nums, i+1)
		}
	default:
		// each range in turn, in this session or an earlier one
		for _, w := range words {
			m := sessionRangeRE().FindStringSubmatch(w)
			if m == nil {
				for _, n := range historyRange([]string{w}, len(hist)) {
					refs = append(refs, ref{0, n})
				}
				continue
			}
			sess, _ := strconv.Atoi(strings.TrimPrefix(m[1], "~"))
			if strings.HasPrefix(m[1], "~") {
				sess = cur - sess
			}
			spec := m[2] + m[3] + m[4]
			if m[2] == "" {
				spec = "1-" // the whole session
			}
			if sess == cur {
				for _, n := range historyRange([]string{spec}, len(hist)) {
					refs = append(refs, ref{0, n})
				}
				continue
			}
			for _, n := range historyRange([]string{spec}, len(earlier[sess])) {
				refs = append(refs, ref{sess, n})
			}
		}
	}
	for _, n := range nums {
		refs = append(refs, ref{0, n})
	}
	w := sh.stdout()
	for _, r := range refs {
		src, label := "", strconv.Itoa(r.line)
		if r.sess == 0 {
			src = hist[r.line-1]
		} else {
			src = earlier[r.sess][r.line-1]
			label = fmt.Sprintf("%d/%d", r.sess, r.line)
		}
		src = strings.TrimRight(strings.ReplaceAll(src, "\t", "    "), " \t\n")
		if opts['n'] {
			sep := " "
			if strings.Contains(src, "\n") {
				sep = "\n"
			}
			fmt.Fprintf(w, "%4s:%s", label, sep)
		}
		fmt.Fprintln(w, src)
	}
	return nil, nil
}

// sessionRangeRE is a %history range in another session: [~]S/ then a
// range of its lines (all of them when none): ~1/, ~2/3-5, 4/1:3.
var sessionRangeRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(~?\d+)/(\d*)(?:([-:])(\d*))?$`) })

func sortedKeys(m map[int][]string) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// scriptName adds the .dcalc extension to a name without .dcalc or .py.
func scriptName(name string) string {
	if strings.HasSuffix(name, ".dcalc") || strings.HasSuffix(name, ".py") {
		return name
	}
	return name + ".dcalc"
}

func magicSave(sh shell, arg string) (Value, error) {
	opts, words, err := splitOpts(splitArgs(arg), "f")
	if err != nil {
		return nil, err
	}
	if len(words) == 0 {
		return nil, usageError("Missing filename.")
	}
	fname := scriptName(words[0])
	if sh.magicState().files.NoWrite {
		return nil, &Exception{Type: "PermissionError", Msg: fmt.Sprintf("a replayed notebook does not write files: %%save '%s' refused (dcalc replay --allow-writes lifts this)", fname)}
	}
	hist := sh.inputHistory()
	var nums []int
	if len(words) == 1 {
		// All cells before this one, as IPython's %save with no range.
		for i := 1; i < len(hist); i++ {
			nums = append(nums, i)
		}
	} else {
		nums = historyRange(words[1:], len(hist))
	}
	w := sh.stdout()
	if _, err := os.Stat(fname); err == nil && !opts['f'] {
		ask := sh.magicState().ask
		if ask == nil {
			fmt.Fprintf(w, "File `%s` exists. Use `%%save -f %s` to force overwrite\n", fname, arg)
			return nil, nil
		}
		if !ask(fmt.Sprintf("File `%s` exists. Overwrite (y/[N])? ", fname)) {
			fmt.Fprintln(w, "Operation cancelled.")
			return nil, nil
		}
	}
	var cells []Cell
	var srcs []string
	if setup := sh.setupCode(); setup != "" && len(nums) > 0 {
		// A REPL session's cells use isympy's names, which a script and
		// a replay do not have.
		cells = append(cells, Cell{Title: "isympy's names", Setup: true, Source: setup})
	}
	for _, n := range nums {
		src := strings.Trim(hist[n-1], "\n")
		cells = append(cells, Cell{Source: src})
		srcs = append(srcs, src)
	}
	var buf bytes.Buffer
	if err := WriteScript(&buf, cells); err != nil {
		return nil, err
	}
	if err := writeFileAtomic(fname, buf.Bytes(), 0o644); err != nil {
		return nil, osError(err)
	}
	fmt.Fprintf(w, "The following commands were written to file `%s`:\n", fname)
	fmt.Fprintln(w, strings.Join(srcs, "\n"))
	return nil, nil
}

func magicLoad(sh shell, arg string) (Value, error) {
	words := splitArgs(arg)
	if len(words) == 0 {
		return nil, usageError("Missing filename, URL, input history range, or macro.")
	}
	target := strings.Join(words, " ")
	var data []byte
	_, statErr := os.Stat(words[0])
	if statErr == nil {
		if err := sh.magicState().files.checkRead(words[0]); err != nil {
			return nil, err
		}
		raw, err := ReadSourceFile(words[0])
		if err != nil {
			return nil, osError(err)
		}
		src, err := DecodeSource(words[0], raw)
		if err != nil {
			return nil, err
		}
		data = []byte(src)
	} else {
		// IPython also accepts a history range.
		hist := sh.inputHistory()
		nums := historyRange(words, len(hist))
		if len(nums) == 0 {
			return nil, &Exception{Type: "ValueError", Msg: fmt.Sprintf("'%s' was not found in history, as a file, url, nor in the user namespace.", target)}
		}
		var srcs []string
		for _, n := range nums {
			srcs = append(srcs, strings.Trim(hist[n-1], "\n"))
		}
		data = []byte(strings.Join(srcs, "\n") + "\n")
	}
	// IPython starts the loaded text with a comment naming its source.
	sh.magicState().nextInput = "# %load " + arg + "\n" + string(data)
	return nil, nil
}

func magicRun(sh shell, arg string) (Value, error) {
	words := splitArgs(arg)
	interactive, moduleName := false, false
	for len(words) > 0 && strings.HasPrefix(words[0], "-") && len(words[0]) > 1 {
		for _, c := range words[0][1:] {
			switch c {
			case 'i':
				interactive = true
			case 'n':
				moduleName = true
			case 'e':
			case 't', 'd', 'p', 'm', 'G', 'N', 'b', 'D', 'l', 'r', 's', 'T':
				return nil, usageError("dcalc's %%run does not support -%c (timing, debugging, profiling, modules); -i, -n and -e work", c)
			default:
				return nil, usageError("option -%c not recognized ( allowed: \"nidtN:b:pD:l:rs:T:em:G\" )", c)
			}
		}
		words = words[1:]
	}
	if len(words) == 0 {
		return nil, usageError("%%run requires a file name")
	}
	name := words[0]
	if _, err := os.Stat(name); err != nil && filepath.Ext(name) == "" {
		name = scriptName(name)
	}
	if _, err := os.Stat(name); err != nil {
		fmt.Fprintf(sh.stdout(), "ERROR:root:File `'%s'` not found.\n", words[0])
		return nil, nil
	}
	st := sh.magicState()
	if err := st.files.checkRead(name); err != nil {
		return nil, err
	}
	if st.runDepth >= maxRunDepth {
		return nil, &Exception{Type: "RecursionError", Msg: "maximum recursion depth exceeded (%run nested too deeply)"}
	}
	st.runDepth++
	defer func() { st.runDepth-- }()
	raw, err := ReadSourceFile(name)
	if err != nil {
		return nil, osError(err)
	}
	src, err := DecodeSource(name, raw)
	if err != nil {
		return nil, err
	}
	// As IPython: the file runs in a fresh namespace whose names are then
	// copied into the session's; with -i in the session's namespace.
	run := func() error { return runFileCode(sh, name, src) }
	if interactive {
		return nil, run()
	}
	mod := "__main__"
	if moduleName {
		mod = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	return nil, sh.inFreshNamespace(name, mod, run)
}

// runFileCode runs the text of a file %run reads: a program, or a .dcalc
// script cell by cell so that its magics work.
func runFileCode(sh shell, name, src string) error {
	data := []byte(src)
	if !strings.HasSuffix(name, ".dcalc") {
		_, err := sh.execCode(name, string(data))
		return err
	}
	// A .dcalc script runs cell by cell so that its magics work; each
	// cell is padded with blank lines to keep the file's line numbers in
	// tracebacks.
	cells, err := ParseScript(name, string(data))
	if err != nil {
		_, err = sh.execCode(name, string(data)) // reports the syntax error
		return err
	}
	for _, c := range cells {
		if c.Markdown || c.Raw {
			continue
		}
		if strings.HasPrefix(c.Source, "%") && !strings.Contains(c.Source, "\n") {
			_, err = execMagic(sh, c.Source)
		} else if isSpecialLine(c.Source) {
			showHelp(sh.stdout(), sh, c.Source)
		} else {
			_, err = sh.execCode(name, strings.Repeat("\n", c.Line-1)+c.Source)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func magicReset(sh shell, arg string) (Value, error) {
	opts, _, err := splitOpts(splitArgs(arg), "fs")
	if err != nil {
		return nil, err
	}
	if !opts['f'] {
		const q = "Once deleted, variables cannot be recovered. Proceed (y/[n])? "
		ask := sh.magicState().ask
		ok := false
		if ask != nil {
			ok = ask(q)
		} else {
			// IPython at end of input: the question, then the default.
			fmt.Fprintln(sh.stdout(), q)
		}
		if !ok {
			fmt.Fprintln(sh.stdout(), "Nothing done.")
			return nil, nil
		}
	}
	sh.resetNamespace()
	// Hand the memory the deleted values held back to the system now,
	// not when the runtime's scavenger gets to it.
	debug.FreeOSMemory()
	return nil, nil
}

func magicWho(sh shell, arg string) (Value, error) {
	names := sh.userNames()
	w := sh.stdout()
	if len(names) == 0 {
		fmt.Fprintln(w, "Interactive namespace is empty.")
		return nil, nil
	}
	// IPython prints name+"\t" with print's end=" ", nine per line.
	count := 0
	for _, n := range names {
		fmt.Fprint(w, n+"\t ")
		count++
		if count > 8 {
			count = 0
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	return nil, nil
}

func magicWhos(sh shell, arg string) (Value, error) {
	names := sh.userNames()
	w := sh.stdout()
	if len(names) == 0 {
		fmt.Fprintln(w, "Interactive namespace is empty.")
		return nil, nil
	}
	types := make([]string, len(names))
	vals := make([]Value, len(names))
	varWidth, typeWidth := len("Variable"), len("Type")
	for i, n := range names {
		vals[i], _ = sh.lookup(n)
		types[i] = sh.typeName(vals[i])
		varWidth = max(varWidth, runeLen(n))
		typeWidth = max(typeWidth, runeLen(types[i]))
	}
	const colsep = 3
	varWidth += colsep
	typeWidth += colsep
	fmt.Fprintf(w, "%s%s Data/Info\n", ljust("Variable", varWidth), ljust("Type", typeWidth))
	fmt.Fprintln(w, strings.Repeat("-", varWidth+typeWidth+len("Data/Info")+1))
	for i, n := range names {
		fmt.Fprintf(w, "%s%s ", ljust(n, varWidth), ljust(types[i], typeWidth))
		switch types[i] {
		case "dict", "list", "tuple":
			fmt.Fprintf(w, "n=%d\n", sh.length(vals[i]))
		default:
			vs := strings.ReplaceAll(sh.str(vals[i]), "\n", "\\n")
			if r := []rune(vs); len(r) >= 50 {
				vs = string(r[:25]) + "<...>" + string(r[len(r)-25:])
			}
			fmt.Fprintln(w, vs)
		}
	}
	return nil, nil
}

func runeLen(s string) int { return len([]rune(s)) }

// ljust left-justifies s in width runes, as str.ljust.
func ljust(s string, width int) string {
	if n := runeLen(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

func magicTime(sh shell, arg string) (Value, error) {
	if arg == "" {
		return nil, usageError("%%time requires a statement")
	}
	return timeCode(sh, arg)
}

// timeCode runs src and prints its CPU and wall times as IPython's %time
// does, after the code's own output; it returns the code's value.
func timeCode(sh shell, src string) (Value, error) {
	cpu0 := cpuTime()
	t0 := time.Now()
	v, err := sh.execCode("<timed exec>", src)
	wall := time.Since(t0).Seconds()
	cpu1 := cpuTime()
	user, sys := cpu1.user-cpu0.user, cpu1.sys-cpu0.sys
	w := sh.stdout()
	if cpu1.ok {
		fmt.Fprintf(w, "CPU times: user %s, sys: %s, total: %s\n", formatTime(user), formatTime(sys), formatTime(user+sys))
	}
	fmt.Fprintf(w, "Wall time: %s\n", formatTime(wall))
	return v, err
}

// timeitMin is the time in seconds one timing of %timeit must reach
// when it chooses the number of loops (IPython's 0.2 s); tests lower it.
var timeitMin = 0.2

// timeitOpts are %timeit's options (IPython's "n:r:tcp:qo").
type timeitOpts struct {
	loops, repeat, precision int
	quiet, result            bool
}

// parseTimeitOpts splits %timeit's options from its statement, as
// IPython's parse_options: options first, each -n/-r/-p with its value
// attached or as the next word; -t and -c (the timer) are accepted.
func parseTimeitOpts(arg string) (timeitOpts, string, error) {
	o := timeitOpts{repeat: 7, precision: 3}
	rest := strings.TrimSpace(arg)
	for strings.HasPrefix(rest, "-") {
		word, after, _ := strings.Cut(rest, " ")
		flags := word[1:]
		for flags != "" {
			c := flags[0]
			flags = flags[1:]
			switch c {
			case 'q':
				o.quiet = true
			case 'o':
				o.result = true
			case 't', 'c':
			case 'n', 'r', 'p':
				v := flags
				if v == "" {
					v, after, _ = strings.Cut(strings.TrimSpace(after), " ")
				}
				flags = ""
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 {
					return o, "", usageError("invalid literal for int() with base 10: '%s'", v)
				}
				switch c {
				case 'n':
					o.loops = n
				case 'r':
					o.repeat = n
				default:
					o.precision = n
				}
			default:
				return o, "", usageError("option -%c not recognized ( allowed: \"n:r:tcp:qo\")", c)
			}
		}
		rest = strings.TrimSpace(after)
	}
	return o, rest, nil
}

func magicTimeit(sh shell, arg string) (Value, error) {
	opts, arg, err := parseTimeitOpts(arg)
	if err != nil {
		return nil, err
	}
	if arg == "" {
		return nil, usageError("%%timeit requires a statement")
	}
	run := func(loops int) (float64, error) {
		t0 := time.Now()
		for range loops {
			if _, err := sh.execCode("<magic-timeit>", arg); err != nil {
				return 0, err
			}
		}
		return time.Since(t0).Seconds(), nil
	}
	// As IPython: loops = 1, 10, 100, ... until one timing takes 0.2 s.
	loops := opts.loops
	if loops == 0 {
		for i := range 10 {
			loops = int(math.Pow10(i))
			t, err := run(loops)
			if err != nil {
				return nil, err
			}
			if t >= timeitMin {
				break
			}
		}
	}
	repeat := opts.repeat
	if repeat == 0 {
		return nil, &Exception{Type: "ValueError", Msg: "min() arg is an empty sequence"}
	}
	runs := make([]float64, repeat)
	for i := range runs {
		t, err := run(loops)
		if err != nil {
			return nil, err
		}
		runs[i] = t / float64(loops)
	}
	w := sh.stdout()
	best, worst := runs[0], runs[0]
	mean := 0.0
	for _, r := range runs {
		best, worst = min(best, r), max(worst, r)
		mean += r
	}
	mean /= float64(len(runs))
	variance := 0.0
	for _, r := range runs {
		variance += (r - mean) * (r - mean)
	}
	std := math.Sqrt(variance / float64(len(runs)))
	line := timeitLine(mean, std, repeat, loops, opts.precision)
	if !opts.quiet {
		if worst > 4*best && best > 0 && worst > 1e-6 {
			fmt.Fprintf(w, "The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached.\n", worst/best)
		}
		fmt.Fprintln(w, line)
	}
	if !opts.result {
		return nil, nil
	}
	all := make([]Value, len(runs))
	for i, r := range runs {
		all[i] = r * float64(loops)
	}
	return &pyObject{Type: "TimeitResult", Repr: "<TimeitResult : " + line + ">", Attrs: map[string]Value{
		"loops": big.NewInt(int64(loops)), "repeat": big.NewInt(int64(repeat)),
		"best": best, "worst": worst, "average": mean, "stdev": std,
		"all_runs": &List{Items: all}, "timings": floatList(runs),
		"compile_time": 0.0,
	}}, nil
}

func floatList(fs []float64) *List {
	l := &List{Items: make([]Value, len(fs))}
	for i, f := range fs {
		l.Items[i] = f
	}
	return l
}

// timeitLine is IPython's TimeitResult text, times to precision digits.
func timeitLine(mean, std float64, repeat, loops, precision int) string {
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	return fmt.Sprintf("%s ± %s per loop (mean ± std. dev. of %d run%s, %s loop%s each)",
		formatTimePrec(mean, precision), formatTimePrec(std, precision), repeat, plural(repeat), groupThousands(loops), plural(loops))
}

// groupThousands formats n with commas, as Python's "{:,}".
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// formatTime formats a duration in seconds as IPython's _format_time
// with three significant digits: "1.23 µs", "456 ms", "1min 3s".
func formatTime(sec float64) string { return formatTimePrec(sec, 3) }

// formatTimePrec is IPython's _format_time with precision digits.
func formatTimePrec(sec float64, precision int) string {
	if sec >= 60 {
		var parts []string
		left := sec
		for _, u := range []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			v := int(left / u.length)
			if v > 0 {
				left = math.Mod(left, u.length)
				parts = append(parts, fmt.Sprintf("%d%s", v, u.suffix))
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "µs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if sec > 0 {
		order = min(-int(math.Floor(math.Floor(math.Log10(sec))/3)), 3)
	}
	return formatG(sec*scale[order], precision) + " " + units[order]
}

// formatG formats x as Python's "%.*g".
func formatG(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'g', prec, 64)
	// Python writes exponents with at least two digits: 1e+03.
	if i := strings.IndexAny(s, "e"); i >= 0 && len(s)-i == 3 {
		s = s[:i+2] + "0" + s[i+2:]
	}
	return s
}

// magicColors is IPython's %colors: the REPL's colour scheme.
func magicColors(sh shell, arg string) (Value, error) {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		return nil, usageError("%%colors: you must specify a color scheme. See '%%colors?'")
	}
	if !sh.setColors(arg) {
		return nil, usageError("%%colors: the color scheme is one of ['Neutral', 'NoColor', 'LightBG', 'Linux'] (case-insensitive), not '%s'", arg)
	}
	return nil, nil
}

func magicPretty(sh shell, arg string) (Value, error) {
	on := !sh.pretty()
	sh.setPretty(on)
	state := "OFF"
	if on {
		state = "ON"
	}
	fmt.Fprintf(sh.stdout(), "Pretty printing has been turned %s\n", state)
	return nil, nil
}

func magicLsmagic(sh shell, arg string) (Value, error) {
	w := sh.stdout()
	fmt.Fprintln(w, "Available line magics:")
	var names []string
	for n := range magics {
		names = append(names, "%"+n)
	}
	for n := range aliases {
		names = append(names, "%"+n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, strings.Join(names, "  "))
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Available cell magics:")
	var cells []string
	for n := range cellMagics {
		cells = append(cells, "%%"+n)
	}
	sort.Strings(cells)
	fmt.Fprintln(w, strings.Join(cells, "  "))
	fmt.Fprintln(w)
	io.WriteString(w, "Automagic is OFF, % prefix IS needed for line magics.\n")
	return nil, nil
}

func magicMagic(sh shell, arg string) (Value, error) {
	w := sh.stdout()
	fmt.Fprintln(w, "dcalc magics: a line starting with % is a command to dcalc, not Python.")
	fmt.Fprintln(w)
	var names []string
	for n := range magics {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "%s\n    %s\n", magics[n].usage, magics[n].summary)
	}
	fmt.Fprintln(w)
	io.WriteString(w, "Aliases: %hist is %history, %pprint is %pretty.\n")
	return nil, nil
}

func magicQuickref(sh shell, arg string) (Value, error) {
	io.WriteString(sh.stdout(), quickref)
	return nil, nil
}

const quickref = `dcalc -- symbolic differentiation with SymPy's notation

  x, y = symbols('x y')      make symbols; f = Function('f') for functions
  diff(expr, x)              derivative; diff(expr, x, 2) or diff(expr, x, y)
  Derivative(expr, x)        unevaluated derivative; .doit() evaluates it
  expr.subs(x, 2)            substitute; N(expr) or expr.evalf() for numbers
  pprint(expr)  latex(expr)  2D and LaTeX forms

  _, __, ___                 the last three outputs
  In[n], Out[n], _n          input and output history

  name?  ?name  help(name)   short documentation
  %magic                     describe the magics (%lsmagic lists them)
  %history -n  %save FILE    show and save the session
  %run FILE  %load FILE      run a script / put it in the next input
  %time STMT  %timeit STMT   timing
  %pretty                    toggle 2D display of Out values
  %who  %whos  %reset        the names you defined

  Python's ** is the power: x**2 (^ is exclusive or).
`

// MagicNames returns the line magics ("%name", aliases included) and the
// cell magics ("%%name"), sorted: what Tab completes after "%".
func MagicNames() []string {
	var names []string
	for n := range magics {
		names = append(names, "%"+n)
	}
	for n := range aliases {
		names = append(names, "%"+n)
	}
	for n := range cellMagics {
		names = append(names, "%%"+n)
	}
	sort.Strings(names)
	return names
}

// globRegexp is fnmatch's translation of a glob: * any text (newlines
// too), ? one character, [...] a set ([!...] its complement).
func globRegexp(glob string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("(?s)^")
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			j := strings.IndexByte(glob[i+1:], ']')
			if j < 0 {
				b.WriteString(`\[`)
				continue
			}
			set := glob[i+1 : i+1+j]
			if strings.HasPrefix(set, "!") {
				set = "^" + set[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(set, `\`, `\\`) + "]")
			i += j + 1
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(regexp.QuoteMeta(glob))
	}
	return re
}

// rerunLines picks the inputs %rerun and %recall take, as IPython's
// %rerun does: -l N the last N before this one (1 by default), -g
// PATTERN the last input matching the glob that is not itself a rerun,
// or ranges. ok is false when nothing matches.
func rerunLines(sh shell, arg string) (string, bool) {
	hist := sh.inputHistory()
	args := splitArgs(arg)
	var srcs []string
	switch {
	case len(args) >= 1 && args[0] == "-g":
		glob := ""
		if len(args) > 1 {
			glob = args[1]
		}
		re := globRegexp("*" + glob + "*")
		for i := len(hist) - 2; i >= 0; i-- {
			if re.MatchString(hist[i]) && !strings.Contains(hist[i], "rerun") {
				srcs = []string{hist[i]}
				break
			}
		}
	case len(args) == 0 || args[0] == "-l":
		n := 1
		if len(args) > 1 {
			n, _ = strconv.Atoi(args[1])
		}
		for i := max(len(hist)-1-n, 0); i < len(hist)-1; i++ {
			srcs = append(srcs, hist[i])
		}
	default:
		for _, k := range historyRange(args, len(hist)) {
			srcs = append(srcs, hist[k-1])
		}
	}
	for i := range srcs {
		srcs[i] = strings.Trim(srcs[i], "\n")
	}
	return strings.Join(srcs, "\n"), len(srcs) > 0
}

// magicRerun is IPython's %rerun: it shows the code, then runs it.
func magicRerun(sh shell, arg string) (Value, error) {
	code, ok := rerunLines(sh, arg)
	w := sh.stdout()
	if !ok {
		fmt.Fprintln(w, "No lines in history match specification")
		return nil, nil
	}
	fmt.Fprintf(w, "=== Executing: ===\n%s\n=== Output: ===\n", code)
	return sh.execCode("<rerun>", ipythonTransform(code))
}

// magicRecall is IPython's %recall: the chosen inputs become the next
// input, to edit before running (as %load's text does).
func magicRecall(sh shell, arg string) (Value, error) {
	code, ok := rerunLines(sh, arg)
	if !ok {
		fmt.Fprintln(sh.stdout(), "No lines in history match specification")
		return nil, nil
	}
	sh.magicState().nextInput = code
	return nil, nil
}

// magicCd is IPython's %cd: change the working directory (where %load,
// %save, %run and open() look) and print it. Without an argument it
// goes home; "-" goes back to the previous directory, "-N" to the N-th
// of the session's directory history (IPython's _dh), "--PATTERN" to the
// latest one whose name holds PATTERN; -q does not print. dcalc keeps no
// bookmarks (-b NAME is never found). A directory that cannot be entered
// prints the OSError, as IPython does.
func magicCd(sh shell, arg string) (Value, error) {
	st := sh.magicState()
	if len(st.dirs) == 0 {
		wd, err := os.Getwd()
		if err != nil {
			return nil, osError(err)
		}
		st.dirs = []string{wd}
	}
	w := sh.stdout()
	arg = strings.TrimSpace(arg)
	quiet := false
	target := arg
	switch {
	case cdNumber().MatchString(arg):
		n, _ := strconv.Atoi(arg[1:])
		if n >= len(st.dirs) {
			fmt.Fprintln(w, "The requested directory does not exist in history.")
			return nil, nil
		}
		target = st.dirs[n]
	case strings.HasPrefix(arg, "--"):
		pat, target := arg[2:], ""
		for i := len(st.dirs) - 1; i >= 0 && target == ""; i-- {
			if strings.Contains(filepath.Base(st.dirs[i]), pat) {
				target = st.dirs[i]
			}
		}
		for i := len(st.dirs) - 1; i >= 0 && target == ""; i-- {
			if strings.Contains(st.dirs[i], pat) {
				target = st.dirs[i]
			}
		}
		if target == "" {
			fmt.Fprintln(w, "No matching entry in directory history")
			return nil, nil
		}
		return magicCd(sh, target)
	default:
		for strings.HasPrefix(target, "-") && len(target) > 1 && target[1] != ' ' {
			word, rest, _ := strings.Cut(target, " ")
			for _, c := range word[1:] {
				switch c {
				case 'q':
					quiet = true
				case 'b':
					return nil, usageError("Bookmark '%s' not found.  Use '%%bookmark -l' to see your bookmarks.", strings.TrimSpace(rest))
				default:
					return nil, usageError("option -%c not recognized ( allowed: \"qb\")", c)
				}
			}
			target = strings.TrimSpace(rest)
		}
	}
	if target == "-" {
		if len(st.dirs) < 2 {
			return nil, usageError("%%cd -: No previous directory to change to.")
		}
		target = st.dirs[len(st.dirs)-2]
	}
	if target == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, &Exception{Type: "OSError", Msg: err.Error()}
		}
		target = home
	} else if target == "~" || strings.HasPrefix(target, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			target = home + target[1:]
		}
	}
	if err := os.Chdir(target); err != nil {
		fmt.Fprintln(w, osError(err).Msg)
	} else if wd, err := os.Getwd(); err == nil && wd != st.dirs[len(st.dirs)-1] {
		st.dirs = append(st.dirs, wd)
	}
	if !quiet {
		fmt.Fprintln(w, st.dirs[len(st.dirs)-1])
	}
	return nil, nil
}

// cdNumber is %cd -N.
var cdNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^-\d+$`) })

// magicPwd is IPython's %pwd: the working directory, as the cell's value.
func magicPwd(sh shell, arg string) (Value, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, &Exception{Type: "OSError", Msg: err.Error()}
	}
	return dir, nil
}
