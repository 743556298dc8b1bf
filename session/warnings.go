package session

import (
	"regexp"
	"slices"
)

// This file is Python's warnings module as notebooks use it:
// filterwarnings and simplefilter with an action, a category and a
// message pattern (warnings.filterwarnings('ignore') at the top of a
// notebook), resetwarnings, warn, and catch_warnings restoring the
// filters. The warnings dcalc raises (NumPy's RuntimeWarnings, warn's)
// go through the filters first, then CPython's default ones.

// warnFilter is one entry of warnings.filters.
type warnFilter struct {
	action   string
	message  *regexp.Regexp // nil: any message
	category *Class
}

// warnActions are the actions filterwarnings accepts.
var warnActions = []string{"error", "ignore", "always", "default", "module", "once"}

func init() {
	for _, t := range [][2]string{
		{"Warning", "Exception"}, {"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"},
		{"PendingDeprecationWarning", "Warning"}, {"SyntaxWarning", "Warning"}, {"RuntimeWarning", "Warning"},
		{"FutureWarning", "Warning"}, {"ImportWarning", "Warning"}, {"UnicodeWarning", "Warning"},
		{"BytesWarning", "Warning"}, {"ResourceWarning", "Warning"}, {"EncodingWarning", "Warning"},
	} {
		c := &Class{Name: t[0], Exc: true, Base: excClasses[t[1]]}
		c.Call = func(in *interp, args []Value, kw []kwArg) Value {
			return &ExcValue{Class: c, Args: append([]Value(nil), args...)}
		}
		excClasses[t[0]] = c
	}
	// numpy.RankWarning (polyfit's), not a builtin: the numpy module
	// carries it.
	rank := &Class{Name: "RankWarning", Module: "numpy", Exc: true, Base: excClasses["UserWarning"]}
	rank.Call = func(in *interp, args []Value, kw []kwArg) Value {
		return &ExcValue{Class: rank, Args: append([]Value(nil), args...)}
	}
	excClasses["RankWarning"] = rank
	stdlibModules["warnings"] = func(in *interp) *Module { return tableModule("warnings", warningsTable) }
	stdlibKnown["warnings"] = []string{"showwarning", "formatwarning", "warn_explicit", "filters", "WarningMessage", "defaultaction", "onceregistry"}
}

// warningCategory reads a category argument: a Warning class.
func (in *interp) warningCategory(v Value, def string) *Class {
	if v == nil || v == none {
		return excClasses[def]
	}
	c, ok := v.(*Class)
	if !ok || !derivesFrom(c, excClasses["Warning"]) {
		throw("TypeError", "category must be a Warning subclass, not '%s'", typeName(v))
	}
	return c
}

// addWarnFilter puts a filter first (or last with append), as
// warnings._add_filter does, and forgets the warnings shown (the
// filters' version changes, so the registries are cleared).
func (in *interp) addWarnFilter(a *callArgs, withMessage bool) {
	action := in.str(a.Get("action"))
	if !slices.Contains(warnActions, action) {
		throw("AssertionError", "invalid action: %s", in.repr(a.Get("action")))
	}
	f := warnFilter{action: action, category: in.warningCategory(a.Get("category"), "Warning")}
	if withMessage {
		if m := a.Get("message"); m != nil && in.str(m) != "" {
			re, err := regexp.Compile("^(?i:" + in.str(m) + ")")
			if err != nil {
				throw("NotImplementedError", "dcalc's warnings cannot read the message pattern %s", in.repr(m))
			}
			f.message = re
		}
		if m := a.Get("module"); m != nil && in.str(m) != "" {
			throw("NotImplementedError", "dcalc's warnings.filterwarnings does not take module= yet")
		}
	}
	if l := a.Get("lineno"); l != nil && in.toIndex(l) != 0 {
		throw("NotImplementedError", "dcalc's warnings filters do not take lineno= yet")
	}
	if ap := a.Get("append"); ap != nil && in.truth(ap, nil) {
		in.s.warnFilters = append(in.s.warnFilters, f)
	} else {
		in.s.warnFilters = append([]warnFilter{f}, in.s.warnFilters...)
	}
	in.s.warned = nil
}

// warnAction is the action the filters give a warning: the first filter
// whose category and message match, else CPython's defaults
// (DeprecationWarning is shown in __main__, the others of the ignored
// kinds are not, anything else once per line).
func (in *interp) warnAction(category, msg string) string {
	c := excClasses[category]
	for _, f := range in.s.warnFilters {
		if c != nil && derivesFrom(c, f.category) && (f.message == nil || f.message.MatchString(msg)) {
			return f.action
		}
	}
	switch category {
	case "PendingDeprecationWarning", "ImportWarning", "ResourceWarning":
		return "ignore"
	}
	return "default"
}

var warningsTable = []*binding{
	{Name: "filterwarnings", Sig: "(action, message='', category=Warning, module='', lineno=0, append=False)",
		Honours: "message category module lineno append",
		Doc:     "Put a filter in front of the warning filters.",
		Fn: func(in *interp, a *callArgs) Value {
			in.addWarnFilter(a, true)
			return none
		}},
	{Name: "simplefilter", Sig: "(action, category=Warning, lineno=0, append=False)",
		Honours: "category lineno append",
		Doc:     "Put a filter for a category in front of the warning filters.",
		Fn: func(in *interp, a *callArgs) Value {
			in.addWarnFilter(a, false)
			return none
		}},
	{Name: "resetwarnings", Sig: "()", Doc: "Clear the warning filters.",
		Fn: func(in *interp, a *callArgs) Value {
			in.s.warnFilters = nil
			in.s.warned = nil
			return none
		}},
	{Name: "warn", Sig: "(message, category=None, stacklevel=1, source=None)", Honours: "category stacklevel",
		Doc: "Issue a warning (shown as FILE:LINE: CATEGORY: MESSAGE, filtered as Python filters it).",
		Fn: func(in *interp, a *callArgs) Value {
			if s := a.Get("stacklevel"); s != nil && in.toIndex(s) != 1 {
				throw("NotImplementedError", "dcalc's warnings.warn takes stacklevel=1 only")
			}
			msg := a.Get("message")
			cat := in.warningCategory(a.Get("category"), "UserWarning")
			if e, ok := msg.(*ExcValue); ok && derivesFrom(e.Class, excClasses["Warning"]) {
				cat = e.Class
				msg = e
			}
			in.warn(cat.Name, in.str(msg))
			return none
		}},
	{Name: "catch_warnings", Sig: "(*, record=False, module=None, action=None, category=Warning, lineno=0, append=False)",
		Honours: "record action category",
		Doc:     "A context manager that restores the warning filters on exit.",
		Fn: func(in *interp, a *callArgs) Value {
			if r := a.Get("record"); r != nil && in.truth(r, nil) {
				throw("NotImplementedError", "dcalc's warnings.catch_warnings does not record yet")
			}
			var saved []warnFilter
			m := &Module{Name: "catch_warnings", Attrs: map[string]Value{}}
			m.Attrs["__enter__"] = &Builtin{Name: "__enter__", Fn: func(in *interp, args []Value, kw []kwArg) Value {
				saved = slices.Clone(in.s.warnFilters)
				if act := a.Get("action"); act != nil && act != none {
					f := warnFilter{action: in.str(act), category: in.warningCategory(a.Get("category"), "Warning")}
					in.s.warnFilters = append([]warnFilter{f}, in.s.warnFilters...)
				}
				return none
			}}
			m.Attrs["__exit__"] = &Builtin{Name: "__exit__", Fn: func(in *interp, args []Value, kw []kwArg) Value {
				in.s.warnFilters = saved
				in.s.warned = nil
				return false
			}}
			return m
		}},
}

// derivesFrom reports whether c is k or one of its subclasses.
func derivesFrom(c, k *Class) bool {
	for ; c != nil; c = c.Base {
		if c == k {
			return true
		}
	}
	return false
}
