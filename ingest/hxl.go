package ingest

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	concord "github.com/concord-peace/concord"
)

// Limits of the HXL reader.
const (
	hxlHeaderRows = 25      // the hashtag row must be among the first 25 rows
	maxCSVRow     = 4 << 20 // bytes of one CSV row
)

// HXLOptions tunes HXLWith.
type HXLOptions struct {
	// Country is the ISO 3166-1 alpha-3 (or alpha-2) code of rows that name no country, for
	// sheets without a #country or #adm0 column (a country office's 3W usually has none).
	Country string
	// Period is the period the sheet reports on, given to rows without dates of their own
	// (#date+start, #date+end): a record without dates is not present on any given day.
	Period concord.Period
}

// HXL streams the rows of an HXL-tagged CSV, calling fn with one Record per distinct row.
// It uses no default country: rows without one are kept, with a note in Record.Skipped.
func HXL(r io.Reader, fn func(Record) error) (Stats, error) {
	return HXLWith(r, HXLOptions{}, fn)
}

// HXLWith is HXL with options.
//
// The hashtag row is the first row, among the first 25, whose non-empty cells all start with
// '#'; rows above it are headers and are ignored, as are untagged columns. Tags are compared
// without spaces and case ("#org +acronym" is "#org+acronym"). Rows may be shorter than the
// hashtag row; a row with a non-empty cell beyond the last column is an error naming its line.
// Rows that give the same record as an earlier row (they differ only in columns Concord does
// not keep) are counted in Stats.Reasons["duplicate row"]. A row that differs from an earlier
// one by its districts (#adm2) alone is the same activity in another district: its districts
// join the earlier record's. So records are passed to fn once the sheet is read, in the order
// of their first rows; a sheet's activities are held in memory until then (3W sheets are tens
// of thousands of rows; IATI files, which can be far larger, stream).
func HXLWith(r io.Reader, opts HXLOptions, fn func(Record) error) (Stats, error) {
	var stats Stats
	var defCountry string
	if opts.Country != "" {
		c, ok := countryCode(opts.Country)
		if !ok {
			return stats, concord.Errorf(concord.EINVALID, "country", "unknown country code %q", opts.Country)
		}
		defCountry = c
	}
	if err := opts.Period.Validate("period"); err != nil {
		return stats, err
	}
	g := newGuardReader(r)
	br := bufio.NewReader(g)
	g.mark(maxCSVRow)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	lastLine := 0
	read := func() ([]string, int, error) {
		g.mark(maxCSVRow + 4096) // + what bufio may have read ahead
		row, err := cr.Read()
		if err != nil {
			return nil, 0, csvError(err, g, lastLine+1)
		}
		line, _ := cr.FieldPos(0)
		lastLine = line
		return row, line, nil
	}

	var schema *hxlSchema
	width := 0
	for i := 0; i < hxlHeaderRows && schema == nil; i++ {
		row, line, err := read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return stats, err
		}
		if isHashtagRow(row) {
			schema = parseSchema(row)
			width = max(width, len(row))
			schema.line = line
			schema.period = opts.Period
		} else {
			width = max(width, len(row)) // the header row above the hashtags
		}
	}
	if schema == nil {
		return stats, concord.Errorf(concord.EINVALID, "line 1", "no HXL hashtag row in the first %d rows", hxlHeaderRows)
	}

	seen := map[string][]uint64{} // id → content hashes of the records kept under it
	var records []Record
	at := map[string]int{} // id and content → index in records
	for {
		row, line, err := read()
		if err == io.EOF {
			for _, rec := range records {
				if err := fn(rec); err != nil {
					return stats, err
				}
			}
			return stats, nil
		}
		if err != nil {
			return stats, err
		}
		if len(row) > width {
			for j := width; j < len(row); j++ {
				if strings.TrimSpace(row[j]) != "" {
					return stats, concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", line),
						"row has %d cells, more than the %d columns of the header", len(row), width)
				}
			}
		}
		rec, content, reason := schema.record(row, line, defCountry)
		if reason == "" {
			hs := seen[rec.ID]
			for k, h := range hs {
				if h != content {
					continue
				}
				reason = "duplicate row"
				earlier := &records[at[rec.ID+"\x00"+strconv.Itoa(k)]]
				if added := mergeDistricts(earlier, rec.Admin2); added {
					reason = "another district (#adm2) of an earlier row's activity"
				}
			}
			if reason == "" {
				at[rec.ID+"\x00"+strconv.Itoa(len(hs))] = len(records)
				seen[rec.ID] = append(hs, content)
				if len(hs) > 0 {
					// Same activity (org, sector, place, dates) but other facts (status,
					// value): a distinct record, numbered in the order of the sheet.
					rec.ID += "-" + strconv.Itoa(len(hs)+1)
				}
			}
		}
		if reason != "" {
			stats.skip(reason)
			continue
		}
		stats.Read++
		records = append(records, rec)
	}
}

// mergeDistricts adds to an activity the districts of another row of it; false when it
// already had them all.
func mergeDistricts(rec *Record, districts []string) bool {
	added := false
	for _, d := range districts {
		if !slices.ContainsFunc(rec.Admin2, func(have string) bool { return foldName(have) == foldName(d) }) {
			rec.Admin2 = append(rec.Admin2, d)
			added = true
		}
	}
	return added
}

// csvError turns an error of the CSV reader into an *concord.Error naming the line; next is
// the line after the last row read, for errors that carry no line.
func csvError(err error, g *guardReader, next int) error {
	var pe *csv.ParseError
	switch {
	case err == io.EOF:
		return err
	case errors.As(err, &pe):
		if errors.Is(pe.Err, errTooLarge) {
			return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", pe.StartLine), "row larger than %d bytes", maxCSVRow)
		}
		return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", pe.Line), "malformed CSV: %v", pe.Err)
	case errors.Is(err, errTooLarge):
		return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", next), "row larger than %d bytes", maxCSVRow)
	case g.err != nil && errors.Is(err, g.err):
		return fmt.Errorf("ingest: reading HXL CSV: %w", err)
	}
	return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d", next), "malformed CSV: %v", err)
}

// isHashtagRow reports whether every non-empty cell of row (and at least one) starts with '#'.
func isHashtagRow(row []string) bool {
	n := 0
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if c[0] != '#' {
			return false
		}
		n++
	}
	return n > 0
}

// hxlTag is a normalised hashtag: "#org +type +name" is tag "org", attributes [type name].
type hxlTag struct {
	tag   string
	attrs []string
}

func (t hxlTag) has(attrs ...string) bool {
	for _, a := range t.attrs {
		for _, b := range attrs {
			if a == b {
				return true
			}
		}
	}
	return false
}

var hxlName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// parseTag normalises a hashtag cell; ok is false for an empty or invalid one.
func parseTag(cell string) (hxlTag, bool) {
	s := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, cell))
	if !strings.HasPrefix(s, "#") {
		return hxlTag{}, false
	}
	parts := strings.Split(s[1:], "+")
	if !hxlName.MatchString(parts[0]) {
		return hxlTag{}, false
	}
	t := hxlTag{tag: parts[0]}
	for _, a := range parts[1:] {
		if hxlName.MatchString(a) {
			t.attrs = append(t.attrs, a)
		}
	}
	return t, true
}

type orgCols struct {
	role                     OrgRole
	name, acronym, ref, kind []int
}

type sectorCols struct {
	code, name []int
}

type valueCol struct {
	idx      int
	currency string
}

// hxlSchema is what the hashtag row says about the columns.
type hxlSchema struct {
	line                       int
	period                     concord.Period // the sheet's period, for rows without dates
	orgs                       []*orgCols
	sectors                    []*sectorCols // #sector then #subsector
	countryCode, countryName   []int
	adm1Name, adm1Code         []int
	adm2Name, adm2Code         []int
	activityName, activityDesc []int
	dateStart, dateEnd         []int
	status                     []int
	values                     []valueCol
	tagged                     []int // every column the record uses
}

// currencies are the ISO 4217 codes accepted as #value attributes (+usd, +eur, …).
var currencies = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "chf": true, "sek": true, "nok": true, "dkk": true,
	"cad": true, "aud": true, "nzd": true, "jpy": true, "cny": true, "inr": true, "xof": true,
	"xaf": true, "afn": true, "gtq": true, "cop": true, "ves": true, "htg": true, "kes": true,
	"etb": true, "sdg": true, "ssp": true, "syp": true, "lbp": true, "jod": true, "try": true,
	"uah": true, "mmk": true, "bdt": true, "pkr": true, "ngn": true, "cdf": true, "yer": true,
	"sos": true, "mzn": true, "lyd": true, "iqd": true, "zar": true, "brl": true, "mxn": true,
	"hnl": true, "nio": true, "pen": true, "bob": true, "ugx": true, "tzs": true, "rwf": true,
	"bif": true, "mga": true, "mwk": true, "zmw": true, "php": true, "idr": true, "npr": true,
	"lkr": true, "egp": true, "tnd": true, "mad": true, "dzd": true, "ils": true, "mru": true,
}

var hxlRoles = map[string]OrgRole{
	"impl": Implementing, "implementing": Implementing, "partner": Implementing,
	"prog": Accountable, "programming": Accountable,
	"funding": Funding, "funder": Funding, "donor": Funding,
}

func parseSchema(row []string) *hxlSchema {
	s := &hxlSchema{}
	sectors := map[string]*sectorCols{}
	orgs := map[OrgRole]*orgCols{}
	for i, cell := range row {
		t, ok := parseTag(cell)
		if !ok {
			continue
		}
		used := true
		switch t.tag {
		case "org":
			role := Implementing // a plain #org is the implementing partner
			for _, a := range t.attrs {
				if r, ok := hxlRoles[a]; ok {
					role = r
					break
				}
			}
			o := orgs[role]
			if o == nil {
				o = &orgCols{role: role}
				orgs[role] = o
				s.orgs = append(s.orgs, o)
			}
			switch {
			case t.has("type"):
				o.kind = append(o.kind, i)
			case t.has("acronym", "abbrev", "short"):
				o.acronym = append(o.acronym, i)
			case t.has("code", "id"):
				o.ref = append(o.ref, i)
			default:
				o.name = append(o.name, i)
			}
		case "sector", "subsector":
			sc := sectors[t.tag]
			if sc == nil {
				sc = &sectorCols{}
				sectors[t.tag] = sc
			}
			if t.has("code", "id") {
				sc.code = append(sc.code, i)
			} else {
				sc.name = append(sc.name, i)
			}
		case "country", "adm0":
			if t.has("code", "iso3", "iso2", "id", "pcode") {
				s.countryCode = append(s.countryCode, i)
			} else {
				s.countryName = append(s.countryName, i)
			}
		case "adm1":
			if t.has("code", "pcode", "id") {
				s.adm1Code = append(s.adm1Code, i)
			} else {
				s.adm1Name = append(s.adm1Name, i)
			}
		case "adm2":
			if t.has("code", "pcode", "id") {
				s.adm2Code = append(s.adm2Code, i)
			} else {
				s.adm2Name = append(s.adm2Name, i)
			}
		case "activity":
			switch {
			case t.has("description", "desc"):
				s.activityDesc = append(s.activityDesc, i)
			case t.has("code", "id"):
				used = false
			default:
				s.activityName = append(s.activityName, i)
			}
		case "date":
			switch {
			case t.has("start"):
				s.dateStart = append(s.dateStart, i)
			case t.has("end"):
				s.dateEnd = append(s.dateEnd, i)
			default:
				used = false
			}
		case "status":
			s.status = append(s.status, i)
		case "value":
			v := valueCol{idx: i}
			for _, a := range t.attrs {
				if currencies[a] {
					v.currency = strings.ToUpper(a)
				}
			}
			s.values = append(s.values, v)
		default:
			used = false
		}
		if used {
			s.tagged = append(s.tagged, i)
		}
	}
	for _, tag := range []string{"sector", "subsector"} {
		if sc := sectors[tag]; sc != nil {
			s.sectors = append(s.sectors, sc)
		}
	}
	return s
}

// cell returns the first non-empty cell among the columns, trimmed.
func cell(row []string, cols []int) string {
	for _, i := range cols {
		if i < len(row) {
			if v := strings.TrimSpace(row[i]); v != "" {
				return v
			}
		}
	}
	return ""
}

// record builds the Record of one row; content hashes everything the record holds, to tell a
// duplicate row from another row of the same activity. A non-empty reason skips the row.
func (s *hxlSchema) record(row []string, line int, defCountry string) (rec Record, content uint64, reason string) {
	if cell(row, s.tagged) == "" {
		return rec, 0, "empty row"
	}
	rec = Record{Source: "hxl", Line: line}
	note := func(format string, args ...any) {
		rec.Skipped = append(rec.Skipped, fmt.Sprintf("line %d: ", line)+fmt.Sprintf(format, args...))
	}

	for _, oc := range s.orgs {
		o := Org{
			Role:    oc.role,
			Name:    cell(row, oc.name),
			Acronym: cell(row, oc.acronym),
			Ref:     cell(row, oc.ref),
			Type:    cell(row, oc.kind),
		}
		if o.Name == "" {
			o.Name = o.Acronym
		}
		if o.Name != "" || o.Ref != "" {
			rec.Orgs = append(rec.Orgs, o)
		}
	}

	for _, sc := range s.sectors {
		sec := Sector{Vocabulary: "hxl", Code: cell(row, sc.code), Name: cell(row, sc.name)}
		if sec.Code == "" && sec.Name == "" {
			continue
		}
		rec.Sectors = append(rec.Sectors, sec)
		fs := hxlFunctions(sec.Code, sec.Name)
		if len(fs) == 0 {
			rec.Labels = appendUnique(rec.Labels, sectorLabel(sec))
		}
		for _, f := range fs {
			rec.Functions = appendUnique(rec.Functions, f)
		}
	}

	country := ""
	if raw := cell(row, s.countryCode); raw != "" {
		if c, ok := countryCode(raw); ok {
			country = c
		} else {
			note("country code %q: unknown code", raw)
		}
	}
	if raw := cell(row, s.countryName); country == "" && raw != "" {
		if c, ok := countryByName(raw); ok {
			country = c
		} else if cell(row, s.countryCode) == "" {
			note("country %q: unknown name", raw)
		}
	}
	if country == "" {
		country = defCountry
	}
	if country != "" {
		rec.Countries = []CountryShare{{Code: country}}
	} else {
		note("no country: the row names none and no default country was given")
	}

	adm1Name := cell(row, s.adm1Name)
	rec.Admin1 = cells(row, s.adm1Name, s.adm1Code)
	rec.Admin2 = cells(row, s.adm2Name, s.adm2Code)

	rec.Title = cell(row, s.activityName)
	rec.Description = cell(row, s.activityDesc)

	startRaw, endRaw := cell(row, s.dateStart), cell(row, s.dateEnd)
	if startRaw != "" {
		if d, err := parseHXLDate(startRaw, false); err == nil {
			rec.Period.From = d
		} else {
			note("#date+start: %v", err)
		}
	}
	if endRaw != "" {
		if d, err := parseHXLDate(endRaw, true); err == nil {
			rec.Period.To = d
		} else {
			note("#date+end: %v", err)
		}
	}
	if !rec.Period.From.IsZero() && !rec.Period.To.IsZero() && rec.Period.To.Before(rec.Period.From) {
		note("#date+end %s before #date+start %s; end ignored", rec.Period.To, rec.Period.From)
		rec.Period.To = concord.Date{}
	}
	if rec.Period.Undated() {
		rec.Period = s.period // the sheet's period, for rows that state none
	}

	if raw := cell(row, s.status); raw != "" {
		if code, ok := hxlStatus(raw); ok {
			rec.Status = code
		} else {
			note("#status %q: unknown status", raw)
		}
	}

	for _, v := range s.values {
		raw := cell(row, []int{v.idx})
		if raw == "" {
			continue
		}
		amount, err := parseAmount(raw)
		if err != nil {
			note("#value %q: not an amount", raw)
			continue
		}
		m := Money{Amount: amount, Currency: v.currency}
		if !rec.Period.From.IsZero() {
			m.Year = rec.Period.From.Time().Year()
		}
		rec.Budgets = append(rec.Budgets, m)
	}

	if len(rec.Orgs) == 0 && rec.Title == "" && len(rec.Sectors) == 0 {
		return Record{}, 0, "no #org, #sector or #activity"
	}
	if rec.Title == "" {
		rec.Title = hxlTitle(&rec, adm1Name)
	}

	// The id: what identifies the activity (who, what, where, when), normalised, so that
	// re-importing the same sheet gives the same ids.
	h := sha256.New()
	put := func(vals ...string) {
		for _, v := range vals {
			h.Write([]byte(foldName(v)))
			h.Write([]byte{0x1f})
		}
		h.Write([]byte{0x1e})
	}
	for _, o := range rec.Orgs {
		put(string(o.Role), o.Ref, o.Name, o.Acronym)
	}
	put()
	for _, sec := range rec.Sectors {
		put(sec.Code, sec.Name)
	}
	put()
	put(country)
	put(rec.Admin1...)
	put(cell(row, s.activityName), rec.Description)
	put(dateKey(rec.Period.From, startRaw), dateKey(rec.Period.To, endRaw))
	sum := h.Sum(nil)
	rec.ID = "hxl-" + hex.EncodeToString(sum[:8])

	// The content adds what may change without making it another activity.
	put(rec.Status)
	for _, o := range rec.Orgs {
		put(o.Type)
	}
	for _, m := range rec.Budgets {
		put(strconv.FormatFloat(m.Amount, 'g', -1, 64), m.Currency)
	}
	sum = h.Sum(nil)
	return rec, binary.BigEndian.Uint64(sum[:8]), ""
}

func dateKey(d concord.Date, raw string) string {
	if !d.IsZero() {
		return d.String()
	}
	return raw
}

// hxlTitle composes a title for a row without #activity: "<org> – <sector> in <adm1 or country>".
func hxlTitle(rec *Record, adm1Name string) string {
	org := ""
	for _, o := range rec.Orgs {
		if o.Role == Implementing {
			org = o.Name
			break
		}
	}
	if org == "" && len(rec.Orgs) > 0 {
		org = rec.Orgs[0].Name
	}
	sector := ""
	if len(rec.Sectors) > 0 {
		sector = rec.Sectors[0].Name
		if sector == "" {
			sector = rec.Sectors[0].Code
		}
	}
	place := adm1Name
	if place == "" && len(rec.Admin1) > 0 {
		place = rec.Admin1[0]
	}
	if place == "" && len(rec.Countries) > 0 {
		place = countryName(rec.Countries[0].Code)
	}
	t := org
	if sector != "" {
		if t != "" {
			t += " – "
		}
		t += sector
	}
	if place != "" {
		if t != "" {
			t += " in "
		}
		t += place
	}
	return t
}

// hxlFunctions maps an HXL sector to functions: DAC purpose codes through DACFunctions, and
// the few names in hxlSectorFunctions. Names like "Operational Presence: Protection" are also
// tried without the part up to the colon.
func hxlFunctions(code, name string) []concord.FunctionCode {
	if isDigits(code) && (len(code) == 5 || len(code) == 3) {
		if fs := DACFunctions("1", code); len(fs) > 0 {
			return fs
		}
	}
	for _, v := range []string{code, name} {
		k := foldName(v)
		if k == "" {
			continue
		}
		if fs, ok := hxlSectorFunctions[k]; ok {
			return append([]concord.FunctionCode(nil), fs...)
		}
		if i := strings.LastIndex(k, ":"); i >= 0 {
			if fs, ok := hxlSectorFunctions[strings.TrimSpace(k[i+1:])]; ok {
				return append([]concord.FunctionCode(nil), fs...)
			}
		}
	}
	return nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// hxlStatuses maps the status words of 3W sheets (English, Spanish, French) to IATI
// activity-status codes. "Completed" is 3 (finalisation: the physical activity is complete),
// the most a 3W sheet can say; it does not know whether the finances are closed (4).
var hxlStatuses = map[string]string{
	"planned": "1", "planning": "1", "pipeline": "1", "proposed": "1", "identification": "1",
	"planeada": "1", "planificada": "1", "prevu": "1", "planifie": "1",
	"ongoing": "2", "on-going": "2", "on going": "2", "active": "2", "in progress": "2",
	"implementation": "2", "en ejecucion": "2", "en curso": "2", "en progreso": "2", "en cours": "2",
	"completed": "3", "complete": "3", "finished": "3", "done": "3", "finalisation": "3",
	"finalizada": "3", "terminada": "3", "completada": "3", "concluida": "3", "termine": "3", "acheve": "3",
	"closed": "4", "cerrada": "4", "cloture": "4",
	"cancelled": "5", "canceled": "5", "cancelada": "5", "annule": "5",
	"suspended": "6", "on hold": "6", "suspendida": "6", "suspendu": "6",
	"1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "6": "6",
}

func hxlStatus(s string) (string, bool) {
	c, ok := hxlStatuses[foldName(s)]
	return c, ok
}

// parseHXLDate accepts YYYY-MM-DD, DD/MM/YYYY (also D/M/YYYY), MM/YYYY, YYYY-MM and YYYY; a
// time after the day is dropped. end chooses the last day of a month or year.
func parseHXLDate(s string, end bool) (concord.Date, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i > 0 {
		s = s[:i]
	}
	bad := fmt.Errorf("%q: not a date (YYYY-MM-DD, DD/MM/YYYY, YYYY-MM or YYYY)", s)
	if strings.Contains(s, "/") {
		parts := strings.Split(s, "/")
		for _, p := range parts {
			if !isDigits(p) {
				return concord.Date{}, bad
			}
		}
		switch {
		case len(parts) == 3 && len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
			d, err := concord.ParseDate(fmt.Sprintf("%s-%02s-%02s", parts[2], parts[1], parts[0]))
			if err != nil {
				return concord.Date{}, bad
			}
			return d, nil
		case len(parts) == 2 && len(parts[1]) == 4 && len(parts[0]) <= 2:
			s = fmt.Sprintf("%s-%02s", parts[1], parts[0])
		default:
			return concord.Date{}, bad
		}
	}
	var d concord.Date
	var err error
	if end {
		d, err = concord.ParseEnd(s)
	} else {
		d, err = concord.ParseStart(s)
	}
	if err != nil {
		return concord.Date{}, bad
	}
	return d, nil
}

var thousands = regexp.MustCompile(`^-?\d{1,3}(,\d{3})+(\.\d*)?$`)

// parseAmount reads a money amount as sheets write it: "1234.5", "1,234.50", "1.234,50",
// "$ 1 234"; a lone comma is a decimal comma unless it separates thousands.
func parseAmount(s string) (float64, error) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '$' || r == '€' || r == '£' {
			return -1
		}
		return r
	}, s)
	dot, comma := strings.LastIndex(s, "."), strings.LastIndex(s, ",")
	switch {
	case dot >= 0 && comma >= 0 && comma > dot:
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	case dot >= 0 && comma >= 0:
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0 && thousands.MatchString(s):
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0:
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("not an amount")
	}
	return v, nil
}

// cells returns the non-empty values of the given columns of a row, names before codes, each
// once.
func cells(row []string, columns ...[]int) []string {
	var out []string
	for _, cols := range columns {
		for _, i := range cols {
			if i < len(row) {
				if v := strings.TrimSpace(row[i]); v != "" {
					out = appendUnique(out, v)
				}
			}
		}
	}
	return out
}
