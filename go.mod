module github.com/dcalc/dcalc

go 1.26.8

require (
	github.com/antlr4-go/antlr/v4 v4.13.1
	github.com/chzyer/readline v1.5.1
	github.com/creack/pty v1.1.24
)

require (
	golang.org/x/exp v0.0.0-20240506185415-9bf2ced13842 // indirect
	golang.org/x/sys v0.0.0-20220310020820-b874c991c1a5 // indirect
)
