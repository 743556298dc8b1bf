package grammar

// Parse parses src, the text of a cell or program named name, into a File.
// On failure the error is an *ErrorList with the first error first.
func Parse(name, src string) (*File, error) {
	panic("grammar.Parse: not implemented yet")
}
