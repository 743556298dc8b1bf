package grammar

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"
)

// tokStream is the parser's antlr.TokenStream: the token source's tokens
// fetched on demand and kept, as antlr.CommonTokenStream does, without
// its channel filtering (the scanner makes no hidden tokens) and without
// its need of a whole antlr.Lexer behind it.
type tokStream struct {
	src  *tokenSource
	toks []antlr.Token
	p    int // index of LT(1)
	eof  bool
}

func newTokStream(src *tokenSource, sizeHint int) *tokStream {
	return &tokStream{src: src, toks: make([]antlr.Token, 0, sizeHint)}
}

// fill fetches tokens until index i exists or EOF has been fetched.
func (c *tokStream) fill(i int) {
	for len(c.toks) <= i && !c.eof {
		t := c.src.NextToken()
		t.SetTokenIndex(len(c.toks))
		c.toks = append(c.toks, t)
		c.eof = t.GetTokenType() == antlr.TokenEOF
	}
}

// Consume moves past LT(1).
func (c *tokStream) Consume() {
	if c.LA(1) == antlr.TokenEOF {
		panic("cannot consume EOF")
	}
	c.p++
}

// LA returns the type of LT(i).
func (c *tokStream) LA(i int) int {
	if t := c.LT(i); t != nil {
		return t.GetTokenType()
	}
	return antlr.TokenInvalidType
}

// LT returns the k-th token ahead (k > 0; EOF past the end) or behind
// (k < 0; nil before the start).
func (c *tokStream) LT(k int) antlr.Token {
	switch {
	case k == 0:
		return nil
	case k < 0:
		if c.p+k < 0 {
			return nil
		}
		return c.toks[c.p+k]
	}
	i := c.p + k - 1
	c.fill(i)
	if i >= len(c.toks) {
		i = len(c.toks) - 1
	}
	return c.toks[i]
}

// Mark returns 0: every token is kept.
func (c *tokStream) Mark() int { return 0 }

// Release does nothing.
func (c *tokStream) Release(int) {}

// Index returns the index of LT(1).
func (c *tokStream) Index() int { return c.p }

// Seek makes token i LT(1).
func (c *tokStream) Seek(i int) { c.p = i }

// Size returns the number of tokens fetched.
func (c *tokStream) Size() int { return len(c.toks) }

// GetSourceName returns the source's name.
func (c *tokStream) GetSourceName() string { return "" }

// Reset goes back to the first token.
func (c *tokStream) Reset() { c.p = 0 }

// Get returns token i, fetching up to it; it panics past EOF, as
// CommonTokenStream does.
func (c *tokStream) Get(i int) antlr.Token {
	c.fill(i)
	if i < 0 || i >= len(c.toks) {
		panic("token index out of range")
	}
	return c.toks[i]
}

// GetTokenSource returns the token source.
func (c *tokStream) GetTokenSource() antlr.TokenSource { return c.src }

// SetTokenSource is not supported: a stream reads one source.
func (c *tokStream) SetTokenSource(antlr.TokenSource) { panic("tokStream: SetTokenSource") }

// GetAllText returns the text of every token.
func (c *tokStream) GetAllText() string {
	c.fill(1 << 30)
	return c.text(0, len(c.toks)-1)
}

// GetTextFromInterval returns the text of the tokens in iv.
func (c *tokStream) GetTextFromInterval(iv antlr.Interval) string {
	return c.text(iv.Start, iv.Stop)
}

// GetTextFromRuleContext returns the text of the tokens under ctx.
func (c *tokStream) GetTextFromRuleContext(ctx antlr.RuleContext) string {
	iv := ctx.GetSourceInterval()
	return c.text(iv.Start, iv.Stop)
}

// GetTextFromTokens returns the text of the tokens from start to end.
func (c *tokStream) GetTextFromTokens(start, end antlr.Token) string {
	if start == nil || end == nil {
		return ""
	}
	return c.text(start.GetTokenIndex(), end.GetTokenIndex())
}

func (c *tokStream) text(from, to int) string {
	c.fill(to)
	var b strings.Builder
	for i := max(from, 0); i <= to && i < len(c.toks); i++ {
		if t := c.toks[i]; t.GetTokenType() != antlr.TokenEOF {
			b.WriteString(t.GetText())
		}
	}
	return b.String()
}
