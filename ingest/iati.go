package ingest

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	concord "github.com/concord-peace/concord"
)

// Limits of the IATI reader. Each is an error naming the line when exceeded.
const (
	maxXMLDepth = 64                  // element nesting, counted from the root
	maxXMLText  = 1 << 20             // text of one element (all its character data)
	maxXMLToken = maxXMLText + 64<<10 // bytes the decoder may read for one token (text, tag, comment, DOCTYPE)
)

// maxActivityBytes caps one <iati-activity>, start tag to end tag (a variable for tests).
var maxActivityBytes int64 = 64 << 20

// xmlURL is the namespace encoding/xml gives the xml: prefix (xml:lang).
const xmlURL = "http://www.w3.org/XML/1998/namespace"

// activityChildren are the children of <iati-activity> that the reader keeps; everything else
// (results, locations, document links, policy markers, …) is skipped token by token.
var activityChildren = map[string]bool{
	"iati-identifier": true, "reporting-org": true, "title": true, "description": true,
	"activity-status": true, "activity-date": true, "recipient-country": true,
	"recipient-region": true, "sector": true, "participating-org": true, "budget": true,
	"transaction": true, "related-activity": true,
}

// node is an element of one activity, kept only while that activity is built.
type node struct {
	name  string
	attrs []attr // unprefixed attributes, and xml:lang as "xml:lang"
	text  string
	kids  []*node
	line  int
}

type attr struct{ key, value string }

func (n *node) attr(key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attrs {
		if a.key == key {
			return a.value
		}
	}
	return ""
}

func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// IATI streams <iati-activity> elements from r, calling fn for each; memory stays constant
// whatever the file size: one activity is held at a time, and only the elements that Record
// needs. It reads IATI 2.01–2.03 and 1.0x. An error from fn stops the parse and is returned as
// is; malformed or hostile XML (a DOCTYPE, nesting deeper than 64, a text over 1 MiB, an
// activity over 64 MiB) is a *concord.Error with code EINVALID whose Field names the line.
func IATI(r io.Reader, fn func(Record) error) (Stats, error) {
	p := &iatiParser{g: newGuardReader(r), fn: fn}
	p.d = xml.NewDecoder(p.g)
	p.d.Strict = true
	p.d.CharsetReader = charsetReader
	err := p.run()
	return p.stats, err
}

type iatiParser struct {
	d     *xml.Decoder
	g     *guardReader
	fn    func(Record) error
	stats Stats
	path  []string // names of the open elements, for errors
	line  int      // line where the last token started
	found int      // <iati-activity> elements seen
}

// token reads the next token, enforcing the limits that do not depend on the element.
func (p *iatiParser) token() (xml.Token, error) {
	p.line, _ = p.d.InputPos()
	p.g.mark(maxXMLToken)
	tok, err := p.d.Token()
	if err != nil {
		return nil, p.decodeError(err)
	}
	switch t := tok.(type) {
	case xml.Directive:
		return nil, p.errorf("DOCTYPE and other <!...> declarations are not allowed in IATI files")
	case xml.StartElement:
		p.path = append(p.path, t.Name.Local)
		if len(p.path) > maxXMLDepth {
			return nil, p.errorf("elements nested deeper than %d", maxXMLDepth)
		}
	case xml.EndElement:
		p.path = p.path[:len(p.path)-1]
	}
	return tok, nil
}

func (p *iatiParser) errorf(format string, args ...any) error {
	field := fmt.Sprintf("line %d", p.line)
	if len(p.path) > 0 {
		field += ": " + strings.Join(p.path, "/")
	}
	return concord.Errorf(concord.EINVALID, field, format, args...)
}

func (p *iatiParser) decodeError(err error) error {
	var se *xml.SyntaxError
	switch {
	case errors.As(err, &se):
		msg := se.Msg
		if msg == "unexpected EOF" && len(p.path) > 0 {
			msg = fmt.Sprintf("unexpected end of file inside <%s> (truncated?)", p.path[len(p.path)-1])
		}
		return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", se.Line), "malformed XML: %s", msg)
	case errors.Is(err, errTooLarge):
		return p.errorf("a single XML token (text, tag, comment or declaration) is larger than %d bytes", maxXMLText)
	case err == io.EOF:
		return err
	case p.g.err != nil && errors.Is(err, p.g.err):
		return fmt.Errorf("ingest: reading IATI XML: %w", err)
	}
	return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", p.line), "malformed XML: %v", err)
}

func (p *iatiParser) run() error {
	root := ""
	for {
		tok, err := p.token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
		}
		if se.Name.Space != "" || se.Name.Local != "iati-activity" {
			continue
		}
		p.found++
		line := p.line
		n, err := p.readActivity(se)
		if err != nil {
			return err
		}
		rec, reason := buildIATI(n, line)
		if reason != "" {
			p.stats.skip(reason)
			continue
		}
		p.stats.Read++
		if err := p.fn(rec); err != nil {
			return err
		}
	}
	switch {
	case root == "":
		return concord.Errorf(concord.EINVALID, "line 1", "no XML element: not an IATI activity file")
	case p.found == 0 && root != "iati-activities":
		return concord.Errorf(concord.EINVALID, "line 1", "root element <%s> holds no <iati-activity>: not an IATI activity file", root)
	}
	return nil
}

// readActivity reads the <iati-activity> whose start tag was just read, up to its end tag.
func (p *iatiParser) readActivity(start xml.StartElement) (*node, error) {
	startOffset := p.d.InputOffset()
	root := newNode(start, p.line)
	stack := []*node{root} // nil for elements that are skipped
	for len(stack) > 0 {
		tok, err := p.token()
		if err == io.EOF {
			return nil, p.errorf("unexpected end of file inside <iati-activity> (truncated?)")
		}
		if err != nil {
			return nil, err
		}
		if p.d.InputOffset()-startOffset > maxActivityBytes {
			return nil, p.errorf("iati-activity is larger than %d MiB", maxActivityBytes>>20)
		}
		parent := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			var n *node
			if parent != nil && t.Name.Space == "" && (parent != root || activityChildren[t.Name.Local]) {
				n = newNode(t, p.line)
				parent.kids = append(parent.kids, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if parent == nil || parent == root || parent.text == "" && isSpace(t) {
				continue // leading white space is trimmed anyway
			}
			if len(parent.text)+len(t) > maxXMLText {
				return nil, p.errorf("element text is larger than %d bytes", maxXMLText)
			}
			if parent.text == "" {
				parent.text = string(t)
			} else {
				parent.text += string(t)
			}
		}
	}
	return root, nil
}

func newNode(se xml.StartElement, line int) *node {
	n := &node{name: se.Name.Local, line: line}
	for _, a := range se.Attr {
		switch a.Name.Space {
		case "":
			n.attrs = append(n.attrs, attr{a.Name.Local, a.Value})
		case xmlURL, "xml":
			if a.Name.Local == "lang" {
				n.attrs = append(n.attrs, attr{"xml:lang", a.Value})
			}
		}
	}
	return n
}

// charsetReader accepts the single-byte encodings that IATI files declare besides UTF-8.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii":
		return &latin1Reader{r: input}, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q (use UTF-8)", label)
}

// latin1Reader decodes ISO-8859-1 into UTF-8.
type latin1Reader struct {
	r   io.Reader
	buf []byte
	out []byte
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	for len(l.out) == 0 {
		if cap(l.buf) == 0 {
			l.buf = make([]byte, 4096)
		}
		n, err := l.r.Read(l.buf[:cap(l.buf)])
		for _, b := range l.buf[:n] {
			if b < 0x80 {
				l.out = append(l.out, b)
			} else {
				l.out = append(l.out, 0xC0|b>>6, 0x80|b&0x3F)
			}
		}
		if n == 0 && err != nil {
			return 0, err
		}
	}
	n := copy(p, l.out)
	l.out = l.out[n:]
	if len(l.out) == 0 {
		l.out = l.out[:0:0]
	}
	return n, nil
}

// ---- building a Record from one activity ----

type iatiBuilder struct {
	rec      Record
	lang     string // the activity's xml:lang, inherited by narratives without one
	currency string // @default-currency
}

func (b *iatiBuilder) skipf(line int, format string, args ...any) {
	b.rec.Skipped = append(b.rec.Skipped, fmt.Sprintf("line %d: ", line)+fmt.Sprintf(format, args...))
}

// buildIATI turns one activity into a Record; a non-empty reason means the whole activity is
// unusable.
func buildIATI(a *node, line int) (Record, string) {
	b := &iatiBuilder{lang: a.attr("xml:lang"), currency: strings.TrimSpace(a.attr("default-currency"))}
	r := &b.rec
	r.Source = "iati"
	r.Line = line
	r.Hierarchy = 1
	if h := strings.TrimSpace(a.attr("hierarchy")); h != "" {
		if v, err := strconv.Atoi(h); err == nil && v >= 0 {
			r.Hierarchy = v
		} else {
			b.skipf(line, "iati-activity hierarchy %q: not a number", h)
		}
	}

	var dates [5]concord.Date // by activity-date type code
	var dateLines [5]int
	var txSectors []Sector
	var txCountries []CountryShare
	var titles, descriptions []*node
	for _, k := range a.kids {
		switch k.name {
		case "iati-identifier":
			if r.ID == "" {
				r.ID = strings.TrimSpace(k.text)
			}
		case "reporting-org":
			if r.Reporting.Ref == "" && r.Reporting.Name == "" {
				r.Reporting = b.org(k, "ref", "")
			}
		case "title":
			titles = append(titles, k)
		case "description":
			descriptions = append(descriptions, k)
		case "activity-status":
			if r.Status == "" {
				r.Status = strings.TrimSpace(k.attr("code"))
			}
		case "activity-date":
			b.activityDate(k, &dates, &dateLines)
		case "recipient-country":
			if c, ok := b.country(k); ok {
				r.Countries = appendCountry(r.Countries, c)
			}
		case "recipient-region":
			if code := strings.TrimSpace(k.attr("code")); code != "" {
				// Qualified by its vocabulary (IATI's default is 1, the OECD DAC regions): a
				// publisher's own codes (99) must not read as DAC's.
				vocabulary := strings.TrimSpace(k.attr("vocabulary"))
				if vocabulary == "" {
					vocabulary = "1"
				}
				r.Regions = appendUnique(r.Regions, vocabulary+":"+code)
			} else {
				b.skipf(k.line, "recipient-region without a code")
			}
		case "sector":
			if s, ok := b.sector(k); ok {
				r.Sectors = append(r.Sectors, s)
			}
		case "participating-org":
			b.participant(k)
		case "budget":
			b.budget(k)
		case "transaction":
			b.transaction(k, &txSectors, &txCountries)
		case "related-activity":
			ref, typ := strings.TrimSpace(k.attr("ref")), strings.TrimSpace(k.attr("type"))
			if ref == "" {
				b.skipf(k.line, "related-activity without a ref")
				continue
			}
			r.Related = append(r.Related, Related{Type: typ, Ref: ref})
		}
	}
	if r.ID == "" {
		return Record{}, "no iati-identifier"
	}
	r.Title = b.pickText(titles, false)
	r.Description = b.pickText(descriptions, true)

	// IATI 2.0x allows sectors and recipient countries on every transaction instead of the
	// activity; use them when the activity gives none.
	if len(r.Sectors) == 0 {
		r.Sectors = txSectors
	}
	if len(r.Countries) == 0 {
		r.Countries = txCountries
	}
	for _, s := range r.Sectors {
		fs := []concord.FunctionCode(nil)
		if isDACVocabulary(s.Vocabulary) {
			fs = DACFunctions(s.Vocabulary, s.Code)
		}
		if len(fs) == 0 {
			r.Labels = appendUnique(r.Labels, sectorLabel(s))
		}
		for _, f := range fs {
			r.Functions = appendUnique(r.Functions, f)
		}
	}

	// Start: actual (2) else planned (1); end: actual (4) else planned (3).
	r.Period.From = dates[2]
	if r.Period.From.IsZero() {
		r.Period.From = dates[1]
	}
	r.Period.To, line = dates[4], dateLines[4]
	if r.Period.To.IsZero() {
		r.Period.To, line = dates[3], dateLines[3]
	}
	if !r.Period.From.IsZero() && !r.Period.To.IsZero() && r.Period.To.Before(r.Period.From) {
		b.skipf(line, "activity-date: end %s before start %s; end ignored", r.Period.To, r.Period.From)
		r.Period.To = concord.Date{}
	}
	return b.rec, ""
}

// narrative returns the text of an element: its English <narrative> (IATI 2.0x; the activity's
// xml:lang counts for narratives without one), else its first non-empty narrative, else its own
// text (IATI 1.0x).
func (b *iatiBuilder) narrative(n *node) string {
	var first string
	for _, k := range n.kids {
		if k.name != "narrative" {
			continue
		}
		t := strings.TrimSpace(k.text)
		if t == "" {
			continue
		}
		if isEnglish(k.attr("xml:lang"), b.lang) {
			return t
		}
		if first == "" {
			first = t
		}
	}
	if first != "" {
		return first
	}
	return strings.TrimSpace(n.text)
}

func isEnglish(lang, inherited string) bool {
	if lang == "" {
		lang = inherited
	}
	lang = strings.ToLower(lang)
	return lang == "en" || lang == "eng" || strings.HasPrefix(lang, "en-") // "ENG" (ISO 639-2) is found in real files

}

// pickText chooses among repeated <title> or <description> elements: for descriptions the
// general ones (type 1 or none) first; then an English one (IATI 1.0x repeats the element per
// language); else the first non-empty.
func (b *iatiBuilder) pickText(ns []*node, description bool) string {
	var best string
	bestScore := -1
	for _, n := range ns {
		t := b.narrative(n)
		if t == "" {
			continue
		}
		score := 0
		if typ := strings.TrimSpace(n.attr("type")); !description || typ == "" || typ == "1" {
			score += 2
		}
		if isEnglish(n.attr("xml:lang"), b.lang) {
			score++
		}
		if score > bestScore {
			best, bestScore = t, score
		}
	}
	return best
}

// placeholderRefs are organisation refs that publishers write when they have none; keeping
// them would merge every such organisation into one.
var placeholderRefs = map[string]bool{
	"n/a": true, "na": true, "none": true, "null": true, "nil": true, "-": true, "0": true,
	"excluded": true, "not applicable": true, "unknown": true, "xx": true,
}

// org reads an organisation element; refAttr names its identifier attribute, idAttr the
// attribute carrying the related activity's identifier ("" for none).
func (b *iatiBuilder) org(n *node, refAttr, idAttr string) Org {
	o := Org{
		Ref:  strings.TrimSpace(n.attr(refAttr)),
		Name: b.narrative(n),
		Type: strings.TrimSpace(n.attr("type")),
	}
	if placeholderRefs[strings.ToLower(o.Ref)] {
		o.Ref = ""
	}
	if idAttr != "" {
		o.ActivityID = strings.TrimSpace(n.attr(idAttr))
	}
	return o
}

var orgRoles = map[string]OrgRole{
	"1": Funding, "2": Accountable, "3": Extending, "4": Implementing,
	"funding": Funding, "accountable": Accountable, "extending": Extending, "implementing": Implementing,
}

func (b *iatiBuilder) participant(n *node) {
	o := b.org(n, "ref", "activity-id")
	role := strings.TrimSpace(n.attr("role"))
	o.Role = orgRoles[strings.ToLower(role)]
	switch {
	case o.Role == "":
		b.skipf(n.line, "participating-org role %q: unknown role; organisation ignored", role)
	case o.Ref == "" && o.Name == "":
		b.skipf(n.line, "participating-org without ref or name; ignored")
	default:
		// A category of organisation is not an organisation: an implementer is kept as an
		// unnamed one of its category; in the other roles, which Concord reads only for the
		// actors behind an activity, it is left out.
		if category, ok := placeholderCategory(o); ok {
			if o.Role == Implementing && !slices.Contains(b.rec.UnnamedImplementers, category) {
				b.rec.UnnamedImplementers = append(b.rec.UnnamedImplementers, category)
			}
			return
		}
		b.rec.Orgs = append(b.rec.Orgs, o)
	}
}

var dateTypes = map[string]int{
	"1": 1, "2": 2, "3": 3, "4": 4,
	"start-planned": 1, "start-actual": 2, "end-planned": 3, "end-actual": 4,
}

func (b *iatiBuilder) activityDate(n *node, dates *[5]concord.Date, lines *[5]int) {
	typ := strings.TrimSpace(n.attr("type"))
	t, ok := dateTypes[strings.ToLower(typ)]
	if !ok {
		b.skipf(n.line, "activity-date type %q: unknown type", typ)
		return
	}
	if !dates[t].IsZero() {
		return // the first of each type counts
	}
	raw := strings.TrimSpace(n.attr("iso-date"))
	if raw == "" {
		raw = strings.TrimSpace(n.text) // IATI 1.0x may give the date as text
	}
	if raw == "" {
		return
	}
	d, err := parseIATIDate(raw, t >= 3)
	if err != nil {
		b.skipf(n.line, "activity-date %q: %v", raw, err)
		return
	}
	dates[t], lines[t] = d, n.line
}

// parseIATIDate parses an xsd:date (a time or zone after the day is dropped); end chooses the
// last day of a partial date.
func parseIATIDate(s string, end bool) (concord.Date, error) {
	if i := strings.IndexAny(s, "T "); i > 0 {
		s = s[:i]
	}
	if len(s) > 10 && s[4] == '-' { // 2010-12-31Z, 2010-12-31+01:00
		s = s[:10]
	}
	if end {
		return concord.ParseEnd(s)
	}
	return concord.ParseStart(s)
}

// yearOf returns the year of an ISO date, or 0.
func yearOf(s string) int {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1000 {
		return 0
	}
	return y
}

func (b *iatiBuilder) country(n *node) (CountryShare, bool) {
	raw := strings.TrimSpace(n.attr("code"))
	code, ok := countryCode(raw)
	if !ok {
		b.skipf(n.line, "%s %q: unknown code", n.name, raw)
		return CountryShare{}, false
	}
	return CountryShare{Code: code, Percent: b.percent(n)}, true
}

func appendCountry(cs []CountryShare, c CountryShare) []CountryShare {
	for _, x := range cs {
		if x.Code == c.Code {
			return cs
		}
	}
	return append(cs, c)
}

func (b *iatiBuilder) percent(n *node) float64 {
	raw := strings.TrimSpace(n.attr("percentage"))
	if raw == "" {
		return 0
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(raw, "%"), 64)
	if err != nil || v < 0 || v > 100 || math.IsNaN(v) {
		b.skipf(n.line, "%s percentage %q: not a percentage; taken as not given", n.name, raw)
		return 0
	}
	return v
}

func (b *iatiBuilder) sector(n *node) (Sector, bool) {
	s := Sector{
		Vocabulary: normSectorVocabulary(n.attr("vocabulary")),
		Code:       strings.TrimSpace(n.attr("code")),
		Name:       b.narrative(n),
		Percent:    b.percent(n),
	}
	if s.Code == "" {
		b.skipf(n.line, "sector without a code; ignored")
		return Sector{}, false
	}
	return s, true
}

var budgetTypes = map[string]string{"original": "1", "revised": "2"}

func (b *iatiBuilder) budget(n *node) {
	v := n.child("value")
	if v == nil {
		b.skipf(n.line, "budget without a value; ignored")
		return
	}
	m, ok := b.money(v)
	if !ok {
		return
	}
	if y := yearOf(n.child("period-start").attr("iso-date")); y != 0 {
		m.Year = y
	}
	m.Type = strings.TrimSpace(n.attr("type"))
	if t, ok := budgetTypes[strings.ToLower(m.Type)]; ok {
		m.Type = t
	}
	b.rec.Budgets = append(b.rec.Budgets, m)
}

// money reads a <value>: amount, currency (else the activity's default) and the year of its
// value-date.
func (b *iatiBuilder) money(v *node) (Money, bool) {
	raw := strings.TrimSpace(v.text)
	amount, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsNaN(amount) || math.IsInf(amount, 0) {
		b.skipf(v.line, "value %q: not a number; ignored", raw)
		return Money{}, false
	}
	cur := strings.ToUpper(strings.TrimSpace(v.attr("currency")))
	if cur == "" {
		cur = strings.ToUpper(b.currency)
	}
	return Money{Amount: amount, Currency: cur, Year: yearOf(v.attr("value-date"))}, true
}

// transactionTypes maps IATI 1.0x transaction type letters to the 2.0x codes.
var transactionTypes = map[string]string{
	"IF": "1", "C": "2", "D": "3", "E": "4", "IR": "5", "LR": "6", "R": "7",
	"QP": "8", "QS": "9", "CG": "10",
}

func (b *iatiBuilder) transaction(n *node, sectors *[]Sector, countries *[]CountryShare) {
	tt := n.child("transaction-type")
	typ := strings.TrimSpace(tt.attr("code"))
	if c, ok := transactionTypes[strings.ToUpper(typ)]; ok {
		typ = c
	} else if _, err := strconv.Atoi(typ); err != nil {
		line := n.line
		if tt != nil {
			line = tt.line
		}
		b.skipf(line, "transaction-type %q: unknown code; transaction ignored", typ)
		return
	}
	v := n.child("value")
	if v == nil {
		b.skipf(n.line, "transaction without a value; ignored")
		return
	}
	m, ok := b.money(v)
	if !ok {
		return
	}
	// The year is when the transaction happened; value-date only dates the exchange rate.
	if y := yearOf(n.child("transaction-date").attr("iso-date")); y != 0 {
		m.Year = y
	}
	m.Type = typ
	t := Transaction{Type: typ, Money: m}
	if p := n.child("provider-org"); p != nil {
		t.Provider = b.org(p, "ref", "provider-activity-id")
		t.ProviderActivityID = t.Provider.ActivityID
	}
	if r := n.child("receiver-org"); r != nil {
		t.Receiver = b.org(r, "ref", "receiver-activity-id")
		t.ReceiverActivityID = t.Receiver.ActivityID
	}
	b.rec.Transactions = append(b.rec.Transactions, t)
	for _, k := range n.kids {
		switch k.name {
		case "sector":
			if s, ok := b.sector(k); ok && !containsSector(*sectors, s) {
				s.Percent = 0
				*sectors = append(*sectors, s)
			}
		case "recipient-country":
			if c, ok := b.country(k); ok {
				c.Percent = 0
				*countries = appendCountry(*countries, c)
			}
		}
	}
}

func containsSector(ss []Sector, s Sector) bool {
	for _, x := range ss {
		if x.Vocabulary == s.Vocabulary && x.Code == s.Code {
			return true
		}
	}
	return false
}

func appendUnique[T comparable](s []T, v T) []T {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func isSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}
