module github.com/dcalc/dcalc

go 1.26.8
