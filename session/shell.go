package session

import (
	"maps"
	"math"
	"sort"
	"strings"
)

// These methods implement the shell interface the magics use.

func (s *Session) inputHistory() []string {
	out := make([]string, 0, len(s.inList.Items))
	for _, v := range s.inList.Items[1:] {
		out = append(out, v.(string))
	}
	return out
}

// preloaded reports whether v is the value preloaded for name.
func (s *Session) preloaded(name string, v Value) bool {
	if p, ok := sympyModule.Attrs[name]; ok && identicalPreload(p, v) {
		return true
	}
	switch name {
	case "In", "Out", "_ih", "_oh":
		return true
	}
	return s.isympyValue(name, v)
}

// runSetupCode runs a setup cell (replay's [setup] cells, such as the
// isympy names %save writes first): the names it binds count as
// preloaded, as they were in the session that saved it, so %who and
// %whos list the same names.
func (s *Session) runSetupCode(src string) error {
	before := map[string]Value{}
	for k, v := range s.in.globals.vars {
		before[k] = v
	}
	if _, err := s.execCode("<setup>", src); err != nil {
		return err
	}
	if s.preloads == nil {
		s.preloads = map[string]Value{}
	}
	for k, v := range s.in.globals.vars {
		if old, ok := before[k]; !ok || !identicalPreload(old, v) {
			s.preloads[k] = v
		}
	}
	return nil
}

func identicalPreload(a, b Value) bool {
	if fa, ok := a.(*FuncClass); ok {
		fb, ok := b.(*FuncClass)
		return ok && fa.Def == fb.Def
	}
	if fa, ok := a.(float64); ok {
		// the same object: nan (NumPy's, bound by %pylab) is itself
		fb, ok := b.(float64)
		return ok && math.Float64bits(fa) == math.Float64bits(fb)
	}
	return a == b
}

func (s *Session) isympyValue(name string, v Value) bool {
	w, ok := s.preloads[name]
	return ok && identicalPreload(w, v)
}

func (s *Session) userNames() []string {
	var out []string
	for k, v := range s.in.globals.vars {
		if strings.HasPrefix(k, "_") || s.preloaded(k, v) {
			continue
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s *Session) lookup(name string) (Value, bool) { return s.Lookup(name) }

func (s *Session) typeName(v Value) string { return typeName(v) }

func (s *Session) str(v Value) string { return s.in.str(v) }

func (s *Session) length(v Value) int {
	n := 0
	func() {
		defer func() { recover() }()
		n = s.in.length(v)
	}()
	return n
}

func (s *Session) resetNamespace() {
	for k, v := range s.in.globals.vars {
		if !s.preloaded(k, v) {
			s.in.globals.unbindName(k)
		}
	}
	for k, v := range sympyModule.Attrs {
		s.in.globals.vars[k] = v
	}
	for k, v := range s.preloads {
		s.in.globals.vars[k] = v
	}
	s.outDict = newDict()
	g := s.in.globals.vars
	g["Out"], g["_oh"] = s.outDict, s.outDict
	for _, k := range []string{"_", "__", "___", "_i", "_ii", "_iii"} {
		g[k] = ""
	}
}

func (s *Session) execCode(name, src string) (Value, error) {
	if !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	saved := s.in.frames
	if len(saved) > 0 {
		// Called from inside a running cell (a magic's code): run nested.
		s.in.frames = nil
		defer func() { s.in.frames = saved }()
	}
	return s.run(name, src, true)
}

// inFreshNamespace runs fn with a fresh module namespace, as IPython's
// %run runs a file: SymPy's names (a dcalc program has them), __name__
// and __file__, none of the user's names. Afterwards the names the
// program bound are copied into the session's namespace, as IPython
// updates user_ns (also when the program raised).
func (s *Session) inFreshNamespace(file, modName string, fn func() error) error {
	in := s.in
	user := in.globals
	fresh := &env{vars: in.installSympy()}
	fresh.globals = fresh
	initial := maps.Clone(fresh.vars)
	fresh.bind("__name__", modName)
	fresh.bind("__file__", file)
	in.globals = fresh
	defer func() {
		in.globals = user
		// in the order the program bound them (SymPy's names it rebound,
		// which keep their first place, after those)
		names := append([]string(nil), fresh.order...)
		var rebound []string
		for k := range fresh.vars {
			if _, ok := initial[k]; ok {
				rebound = append(rebound, k)
			}
		}
		sort.Strings(rebound)
		for _, k := range append(names, rebound...) {
			v, ok := fresh.vars[k]
			if old, was := initial[k]; !ok || k == "__name__" || k == "__file__" || was && identicalPreload(old, v) {
				continue
			}
			user.bind(k, v)
		}
	}()
	return fn()
}

func (s *Session) setColors(name string) bool { return s.SetColors(name) }

func (s *Session) historySessions() (map[int][]string, int) {
	if s.sessions == nil {
		return nil, 0
	}
	return s.sessions()
}

func (s *Session) magicState() *magicState {
	if s.magic == nil {
		s.magic = &magicState{files: s.opts.Files}
	}
	return s.magic
}
