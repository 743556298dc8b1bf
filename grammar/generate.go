package grammar

// The parser in internal/gen is generated from Dcalc.g4 by antlr-ng;
// gen.sh also writes internal/gen/grammar.sha256, checked by stamp_test.go.
//go:generate bash gen.sh
