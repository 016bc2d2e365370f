package ingest

import (
	"strings"
	"sync"

	"github.com/concord-peace/concord/reference"
)

type countryIndex struct {
	byAlpha2 map[string]string // "XK" → "XKX"
	alpha3   map[string]bool
	byName   map[string]string // foldName(name) → alpha-3
	name     map[string]string // alpha-3 → common name
}

var countries = sync.OnceValue(func() *countryIndex {
	ix := &countryIndex{
		byAlpha2: map[string]string{},
		alpha3:   map[string]bool{},
		byName:   map[string]string{},
		name:     map[string]string{},
	}
	for _, c := range reference.Countries() {
		ix.alpha3[c.Code] = true
		ix.name[c.Code] = c.Name
		if c.Alpha2 != "" {
			ix.byAlpha2[c.Alpha2] = c.Code
		}
		for _, n := range []string{c.Name, c.OfficialName} {
			if n != "" {
				ix.byName[foldName(n)] = c.Code
			}
		}
	}
	return ix
})

// countryCode returns the alpha-3 code for an ISO 3166-1 alpha-2 or alpha-3 code (any case).
func countryCode(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	ix := countries()
	switch len(code) {
	case 2:
		a3, ok := ix.byAlpha2[code]
		return a3, ok
	case 3:
		return code, ix.alpha3[code]
	}
	return "", false
}

// countryByName returns the alpha-3 code of a country given by its ISO common or official name
// (case and accents ignored).
func countryByName(name string) (string, bool) {
	a3, ok := countries().byName[foldName(name)]
	return a3, ok
}

// countryName returns the common name of an alpha-3 code, or the code itself.
func countryName(a3 string) string {
	if n := countries().name[a3]; n != "" {
		return n
	}
	return a3
}

// foldName lowercases s, strips the accents of Latin letters and collapses white space, so that
// "Protección " and "proteccion" compare equal.
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0':
			space = true
			continue
		case space:
			b.WriteByte(' ')
			space = false
		}
		if f, ok := accentFold[r]; ok {
			r = f
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range []struct {
		from string
		to   rune
	}{
		{"àáâãäåÀÁÂÃÄÅ", 'a'}, {"çÇ", 'c'}, {"èéêëÈÉÊË", 'e'}, {"ìíîïÌÍÎÏ", 'i'},
		{"ñÑ", 'n'}, {"òóôõöÒÓÔÕÖ", 'o'}, {"ùúûüÙÚÛÜ", 'u'}, {"ýÿÝ", 'y'},
		{"’‘", '\''},
	} {
		for _, r := range p.from {
			m[r] = p.to
		}
	}
	return m
}()
