// Package engine is dcalc's symbolic core: immutable expressions in
// SymPy's canonical form, differentiation, simplification helpers and the
// str, pretty and LaTeX printers. It knows nothing of syntax or sessions
// and uses only the standard library.
package engine
