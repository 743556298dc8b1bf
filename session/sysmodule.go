package session

import (
	"errors"
	"io"
	"math"
	"math/big"
	"runtime"
	"strings"
)

// Python's sys module, the part that tells a program about the language
// rather than the host: the version dcalc's Python follows (CPython
// 3.11, whose output the tests compare with), the platform, float_info,
// argv, the standard streams and the recursion limit. What reaches the
// interpreter or the host (modules, executable, stdin, _getframe,
// settrace ...) raises NotImplementedError (docs/security.md).

// pythonVersion is the CPython release dcalc's Python follows.
var pythonVersion = [3]int64{3, 11, 7}

// maxRecursionLimit bounds the depth sys.setrecursionlimit can reach:
// each Python call costs dcalc's interpreter about 10 KB of Go stack,
// whose 1 GB limit would end the process, not raise.
const maxRecursionLimit = 20000

// structSeq is a value of one of CPython's struct sequences
// (sys.version_info, sys.float_info): a named tuple printed with its
// qualified name.
func structSeq(name string, fields []string, vals ...Value) *Tuple {
	nt := &namedTuple{fields: fields}
	nt.cls = &Class{Name: name, Is: func(v Value) bool { t, ok := v.(*Tuple); return ok && t.nt == nt }}
	return &Tuple{Items: vals, nt: nt}
}

// stdStream is sys.stdout (err false) or sys.stderr, made once per
// session so that print(file=sys.stderr) can tell them apart.
func (in *interp) stdStream(err bool) *pyObject {
	i := map[bool]int{true: 1}[err]
	if in.stdio[i] != nil {
		return in.stdio[i]
	}
	name := map[bool]string{false: "stdout", true: "stderr"}[err]
	w := func(in *interp) io.Writer {
		if err && in.s.errOut != nil {
			return in.s.errOut
		}
		return in.s.out
	}
	write := func(in *interp, s Value) {
		str, ok := s.(string)
		if !ok {
			throw("TypeError", "write() argument must be str, not %s", typeName(s))
		}
		io.WriteString(w(in), str)
	}
	o := &pyObject{Type: "TextIOWrapper", Qual: "_io.TextIOWrapper",
		Repr:  "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>",
		Attrs: map[string]Value{"name": "<" + name + ">", "encoding": "utf-8", "mode": "w"}}
	o.Attrs["write"] = &Builtin{Name: "write", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("write", kw)
		nargs("write", args, 1, 1)
		write(in, args[0])
		return big.NewInt(int64(len([]rune(args[0].(string)))))
	}}
	o.Attrs["writelines"] = &Builtin{Name: "writelines", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("writelines", kw)
		nargs("writelines", args, 1, 1)
		in.iterate(args[0], func(v Value) bool { write(in, v); return true })
		return none
	}}
	o.Attrs["flush"] = &Builtin{Name: "flush", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("flush", kw)
		nargs("flush", args, 0, 0)
		return none
	}}
	o.Attrs["isatty"] = &Builtin{Name: "isatty", Fn: func(in *interp, args []Value, kw []kwArg) Value {
		noKw("isatty", kw)
		nargs("isatty", args, 0, 0)
		return false
	}}
	in.stdio[i] = o
	return o
}

// sysModule is `import sys`.
func sysModule(in *interp) *Module {
	m := tableModule("sys", sysTable)
	v := pythonVersion
	m.Attrs["version_info"] = structSeq("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
		big.NewInt(v[0]), big.NewInt(v[1]), big.NewInt(v[2]), "final", big.NewInt(0))
	m.Attrs["version"] = strings.Join([]string{big.NewInt(v[0]).String(), big.NewInt(v[1]).String(), big.NewInt(v[2]).String()}, ".") + " (dcalc)"
	m.Attrs["hexversion"] = big.NewInt(v[0]<<24 | v[1]<<16 | v[2]<<8 | 0xf0)
	m.Attrs["platform"] = map[string]string{"windows": "win32"}[runtime.GOOS]
	if m.Attrs["platform"] == "" {
		m.Attrs["platform"] = runtime.GOOS
	}
	m.Attrs["byteorder"] = "little"
	m.Attrs["maxsize"] = big.NewInt(math.MaxInt64)
	m.Attrs["maxunicode"] = big.NewInt(0x10ffff)
	m.Attrs["float_repr_style"] = "short"
	m.Attrs["float_info"] = structSeq("sys.float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		math.MaxFloat64, big.NewInt(1024), big.NewInt(308), 0x1p-1022, big.NewInt(-1021), big.NewInt(-307),
		big.NewInt(15), big.NewInt(53), 0x1p-52, big.NewInt(2), big.NewInt(1))
	argv := []Value{""}
	if a := in.s.opts.Argv; a != nil {
		argv = make([]Value, len(a))
		for i, s := range a {
			argv[i] = s
		}
	}
	m.Attrs["argv"] = &List{Items: argv}
	// the module search path: dcalc imports no files, so appending to it
	// changes nothing
	m.Attrs["path"] = &List{Items: []Value{""}}
	m.Attrs["stdout"] = in.stdStream(false)
	m.Attrs["stderr"] = in.stdStream(true)
	return m
}

// recursionLimit is sys.getrecursionlimit(): CPython's 1000 in a script,
// IPython's 3000 in a cell, or what setrecursionlimit set.
func (in *interp) recursionLimit() Value {
	if in.s.recLimitSet != nil {
		return in.s.recLimitSet
	}
	if in.inCell {
		return big.NewInt(cellDepth + ipythonFrames)
	}
	return big.NewInt(maxDepth)
}

// setRecLimit sets the depth at which calls raise RecursionError: the
// default of a script or a cell, or setrecursionlimit's limit (in a
// cell less the frames IPython holds), at most maxRecursionLimit.
func (in *interp) setRecLimit() {
	in.recLimit = maxDepth
	if in.inCell {
		in.recLimit = cellDepth
	}
	if l := in.s.recLimit; l > 0 {
		in.recLimit = min(l, maxRecursionLimit)
		if in.inCell {
			in.recLimit = max(1, in.recLimit-ipythonFrames)
		}
	}
}

// recursionError raises RecursionError; past maxRecursionLimit, which
// setrecursionlimit asked to exceed, it says where dcalc stopped.
func (in *interp) recursionError() {
	if in.s.recLimit > maxRecursionLimit {
		throw("RecursionError", "maximum recursion depth exceeded (dcalc stops at %d frames, below the limit set)", maxRecursionLimit)
	}
	throw("RecursionError", "maximum recursion depth exceeded")
}

var sysTable = []*binding{
	{Name: "exit", Sig: "(status=None, /)", Honours: "status", Doc: "Raises SystemExit(status): a script ends with that exit status.",
		Fn: func(in *interp, a *callArgs) Value {
			// C's PyErr_SetObject: a tuple status is the exception's args
			// and None none
			switch st := a.Get("status").(type) {
			case *Tuple:
				if st.nt == nil {
					ev := in.call(excClasses["SystemExit"], st.Items, nil).(*ExcValue)
					panic(ev.exception(in))
				}
			case *noneType:
				return in.raiseSystemExit(nil)
			}
			return in.raiseSystemExit(a.Get("status"))
		}},
	{Name: "getrecursionlimit", Sig: "()", Doc: "The recursion limit (1000 in a script, 3000 in a cell as under IPython).",
		Fn: func(in *interp, a *callArgs) Value { return in.recursionLimit() }},
	{Name: "setrecursionlimit", Sig: "(limit, /)", Doc: "Sets the recursion limit for this and later cells (calls stop at 20,000 frames here).",
		Fn: func(in *interp, a *callArgs) Value {
			n, ok := a.Get("limit").(*big.Int)
			if !ok {
				throw("TypeError", "'%s' object cannot be interpreted as an integer", typeName(a.Get("limit")))
			}
			if n.Sign() <= 0 {
				throw("ValueError", "recursion limit must be greater or equal than 1")
			}
			in.s.recLimit = maxRecursionLimit + 1
			if n.IsInt64() && n.Int64() <= maxRecursionLimit {
				in.s.recLimit = int(n.Int64())
			}
			in.s.recLimitSet = new(big.Int).Set(n)
			in.setRecLimit()
			return none
		}},
	{Name: "getdefaultencoding", Sig: "()", Doc: "'utf-8'.",
		Fn: func(in *interp, a *callArgs) Value { return "utf-8" }},
	{Name: "getfilesystemencoding", Sig: "()", Doc: "'utf-8'.",
		Fn: func(in *interp, a *callArgs) Value { return "utf-8" }},
}

// systemExitCode is SystemExit's code: its argument, None without one,
// the arguments' tuple with several.
func systemExitCode(args []Value) Value {
	switch len(args) {
	case 0:
		return none
	case 1:
		return args[0]
	}
	return &Tuple{Items: args}
}

// raiseSystemExit raises SystemExit(status) (nil: no argument).
func (in *interp) raiseSystemExit(status Value) Value {
	var args []Value
	if status != nil {
		args = []Value{status}
	}
	ev := in.call(excClasses["SystemExit"], args, nil).(*ExcValue)
	panic(ev.exception(in))
}

// sysNames are the names of CPython 3.11's sys module: one dcalc lacks
// raises NotImplementedError, any other AttributeError.
var sysNames = strings.Fields("_base_executable _clear_type_cache _current_exceptions _current_frames " +
	"_debugmallocstats _framework _getframe _getquickenedcount _git _home _stdlib_dir _xoptions abiflags " +
	"addaudithook api_version audit base_exec_prefix base_prefix breakpointhook builtin_module_names " +
	"call_tracing copyright displayhook dont_write_bytecode exc_info excepthook exception exec_prefix " +
	"executable flags get_asyncgen_hooks get_coroutine_origin_tracking_depth get_int_max_str_digits " +
	"getallocatedblocks getdlopenflags getfilesystemencodeerrors getprofile getrefcount getsizeof " +
	"getswitchinterval gettrace hash_info implementation int_info intern is_finalizing meta_path modules " +
	"orig_argv path_hooks path_importer_cache platlibdir prefix pycache_prefix set_asyncgen_hooks " +
	"set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile setswitchinterval " +
	"settrace stdin stdlib_module_names thread_info unraisablehook warnoptions")

// ExitStatus reports whether err is an uncaught SystemExit and, if so,
// the exit status python3 would end with (its code; 0 for None; 1 for
// any other value, which msg then holds for stderr).
func ExitStatus(err error) (status int, msg string, ok bool) {
	var exc *Exception
	if !errors.As(err, &exc) || exc.Type != "SystemExit" {
		return 0, "", false
	}
	var code Value = none
	if exc.value != nil {
		code = systemExitCode(exc.value.Args)
	}
	switch c := code.(type) {
	case *noneType:
		return 0, "", true
	case bool:
		return map[bool]int{true: 1}[c], "", true
	case *big.Int:
		return int(new(big.Int).And(c, big.NewInt(0xff)).Int64()), "", true
	}
	return 1, exc.Msg, true
}
