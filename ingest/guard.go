package ingest

import (
	"errors"
	"io"
)

// errTooLarge is returned by a guardReader whose budget is spent.
var errTooLarge = errors.New("ingest: size limit exceeded")

// guardReader reads at most budget bytes past the last mark, so that a decoder buffering one
// token (an XML text node, a DOCTYPE, a CSV row) can never hold more than that in memory.
type guardReader struct {
	r     io.Reader
	n     int64 // bytes read so far
	limit int64 // n may not pass this
	err   error // the last error of r other than io.EOF, to tell I/O errors from bad input
}

func newGuardReader(r io.Reader) *guardReader { return &guardReader{r: r} }

// mark allows budget more bytes from now.
func (g *guardReader) mark(budget int64) { g.limit = g.n + budget }

func (g *guardReader) Read(p []byte) (int, error) {
	left := g.limit - g.n
	if left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	if err != nil && err != io.EOF {
		g.err = err
	}
	return n, err
}
