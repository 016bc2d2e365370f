package ingest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	concord "github.com/concord-peace/concord"
)

// activity wraps activity bodies in an IATI 2.03 file.
func activities(bodies ...string) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n")
	for _, body := range bodies {
		b.WriteString(" <iati-activity default-currency=\"USD\" xml:lang=\"en\">\n" + body + "\n </iati-activity>\n")
	}
	b.WriteString("</iati-activities>\n")
	return b.String()
}

func TestIATIVersion1Words(t *testing.T) {
	src := `<?xml version="1.0"?>
<iati-activities version="1.03">
 <iati-activity default-currency="EUR">
  <iati-identifier>XM-OCHA-1</iati-identifier>
  <reporting-org ref="XM-OCHA" type="40">OCHA</reporting-org>
  <title xml:lang="fr">Titre</title>
  <title xml:lang="en">Title</title>
  <participating-org ref="XM-1" role="Funding">Donor</participating-org>
  <participating-org ref="XM-2" role="accountable">Ministry</participating-org>
  <participating-org ref="XM-3" role="Extending">Agency</participating-org>
  <participating-org ref="XM-4" role="Implementing">NGO</participating-org>
  <participating-org ref="XM-5" role="Sponsor">Who?</participating-org>
  <activity-date type="start-planned">2010-01-01</activity-date>
  <activity-date type="start-actual" iso-date="2010-02-01"/>
  <activity-date type="end-planned">2012-12-31</activity-date>
  <sector code="15220" vocabulary="DAC">Civilian peace-building</sector>
  <sector code="152" vocabulary="DAC-3">Conflict prevention</sector>
  <sector code="999" vocabulary="RO">Own</sector>
  <budget type="Revised"><period-start iso-date="2011-01-01"/><value>100</value></budget>
  <transaction><transaction-type code="IF"/><value currency="usd" value-date="2011-05-01">1</value></transaction>
  <transaction><transaction-type code="C"/><value>2</value></transaction>
  <transaction><transaction-type code="D"/><value>3</value></transaction>
  <transaction><transaction-type code="E"/><value>4</value></transaction>
  <transaction><transaction-type code="Z"/><value>5</value></transaction>
 </iati-activity>
</iati-activities>`
	recs, st, err := parseIATI(t, src)
	if err != nil || st.Read != 1 {
		t.Fatalf("stats %+v err %v", st, err)
	}
	r := recs[0]
	if r.Title != "Title" || r.Reporting.Name != "OCHA" {
		t.Errorf("title %q reporting %+v", r.Title, r.Reporting)
	}
	var roles []OrgRole
	for _, o := range r.Orgs {
		roles = append(roles, o.Role)
	}
	if !slices.Equal(roles, []OrgRole{Funding, Accountable, Extending, Implementing}) {
		t.Errorf("roles = %v", roles)
	}
	if r.Period.From.String() != "2010-02-01" || r.Period.To.String() != "2012-12-31" {
		t.Errorf("period = %v", r.Period)
	}
	if got := []string{r.Sectors[0].Vocabulary, r.Sectors[1].Vocabulary, r.Sectors[2].Vocabulary}; !slices.Equal(got, []string{"1", "2", "99"}) {
		t.Errorf("vocabularies = %v", got)
	}
	if !slices.Equal(r.Functions, []concord.FunctionCode{concord.Mediation, concord.Security}) || !slices.Equal(r.Labels, []string{"sector vocabulary 99: 999"}) {
		t.Errorf("functions %v labels %v", r.Functions, r.Labels)
	}
	if r.Budgets[0] != (Money{Amount: 100, Currency: "EUR", Year: 2011, Type: "2"}) {
		t.Errorf("budget = %+v", r.Budgets[0])
	}
	var types []string
	for _, tx := range r.Transactions {
		types = append(types, tx.Type)
	}
	if !slices.Equal(types, []string{"1", "2", "3", "4"}) {
		t.Errorf("transaction types = %v", types)
	}
	if tx := r.Transactions[0]; tx.Currency != "USD" || tx.Year != 2011 {
		t.Errorf("incoming funds = %+v", tx)
	}
	if len(r.Skipped) != 2 || !strings.Contains(r.Skipped[0], `role "Sponsor"`) || !strings.Contains(r.Skipped[1], `transaction-type "Z"`) {
		t.Errorf("skipped = %q", r.Skipped)
	}
}

func TestIATIVersion2(t *testing.T) {
	src := activities(`
  <iati-identifier> XM-1-A </iati-identifier>
  <title><narrative xml:lang="fr">Titre</narrative><narrative>English title</narrative></title>
  <description type="2"><narrative>Objectives</narrative></description>
  <description type="1"><narrative>General</narrative></description>
  <activity-status code="2"/>
  <activity-date iso-date="2019-01-01" type="1"/>
  <activity-date iso-date="2021-06-30T00:00:00" type="4"/>
  <activity-date iso-date="2022-12-31" type="3"/>
  <recipient-country code="xk" percentage="60"/>
  <recipient-country code="AF" percentage="40"/>
  <recipient-country code="XX"/>
  <recipient-country code="AF"/>
  <recipient-region code="298"/>
  <sector code="15163"/>
  <sector code="72010" vocabulary="1" percentage="abc"><narrative>Material relief</narrative></sector>
  <sector code="16" vocabulary="7"/>
  <participating-org ref="N/A" role="4" type="22"><narrative>Local NGO</narrative></participating-org>
  <participating-org role="4"/>
  <budget type="1"><period-start iso-date="2020-01-01"/><value currency="EUR" value-date="2019-12-01">1e3</value></budget>
  <budget type="1"><value value-date="2021-01-01">2000</value></budget>
  <budget type="1"><value>lots</value></budget>
  <transaction>
   <transaction-type code="2"/><transaction-date iso-date="2019-03-01"/><value value-date="2020-01-01">-5.5</value>
   <provider-org ref="XM-P" provider-activity-id="XM-P-1"><narrative>Provider</narrative></provider-org>
   <receiver-org ref="XM-R" receiver-activity-id="XM-1-A"><narrative>Receiver</narrative></receiver-org>
  </transaction>
  <related-activity type="1" ref="XM-1"/>
  <related-activity type="2"/>`)
	recs, _, err := parseIATI(t, src)
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.ID != "XM-1-A" || r.Title != "English title" || r.Description != "General" || r.Status != "2" || r.Hierarchy != 1 {
		t.Errorf("record = %+v", r)
	}
	if r.Period.From.String() != "2019-01-01" || r.Period.To.String() != "2021-06-30" {
		t.Errorf("period = %v", r.Period)
	}
	if !slices.Equal(r.Countries, []CountryShare{{"XKX", 60}, {"AFG", 40}}) || !slices.Equal(r.Regions, []string{"1:298"}) {
		t.Errorf("countries %v regions %v", r.Countries, r.Regions)
	}
	if !slices.Equal(r.Functions, []concord.FunctionCode{concord.Governance}) || !slices.Equal(r.Labels, []string{"DAC 72010", "sector vocabulary 7: 16"}) {
		t.Errorf("functions %v labels %v", r.Functions, r.Labels)
	}
	if len(r.Orgs) != 1 || r.Orgs[0] != (Org{Name: "Local NGO", Type: "22", Role: Implementing}) {
		t.Errorf("orgs = %+v", r.Orgs)
	}
	if !slices.Equal(r.Budgets, []Money{{1000, "EUR", 2020, "1"}, {2000, "USD", 2021, "1"}}) {
		t.Errorf("budgets = %+v", r.Budgets)
	}
	tx := r.Transactions[0]
	want := Transaction{Type: "2", Money: Money{-5.5, "USD", 2019, "2"},
		Provider: Org{Ref: "XM-P", Name: "Provider", ActivityID: "XM-P-1"}, Receiver: Org{Ref: "XM-R", Name: "Receiver", ActivityID: "XM-1-A"},
		ProviderActivityID: "XM-P-1", ReceiverActivityID: "XM-1-A"}
	if tx != want {
		t.Errorf("transaction = %+v", tx)
	}
	if !slices.Equal(r.Related, []Related{{"1", "XM-1"}}) {
		t.Errorf("related = %v", r.Related)
	}
	wantSkipped := []string{`recipient-country "XX": unknown code`, `sector percentage "abc"`, "participating-org without ref or name", `value "lots": not a number`, "related-activity without a ref"}
	if len(r.Skipped) != len(wantSkipped) {
		t.Errorf("skipped = %q", r.Skipped)
	}
	for i, w := range wantSkipped {
		if i < len(r.Skipped) && (!strings.Contains(r.Skipped[i], w) || !strings.HasPrefix(r.Skipped[i], "line ")) {
			t.Errorf("skipped[%d] = %q, want %q", i, r.Skipped[i], w)
		}
	}
}

// TestIATIFallbacks: sectors and countries given per transaction; an end before the start; a
// missing identifier; hierarchy.
func TestIATIFallbacks(t *testing.T) {
	src := strings.Replace(activities(`
  <iati-identifier>XM-1</iati-identifier>
  <activity-date iso-date="2020-01-01" type="2"/>
  <activity-date iso-date="2019-01-01" type="4"/>
  <transaction><transaction-type code="3"/><value>1</value><sector code="15132"/><recipient-country code="ML"/></transaction>
  <transaction><transaction-type code="3"/><value>2</value><sector code="15132"/><recipient-country code="NE"/></transaction>`,
		`<title><narrative>No id</narrative></title>`), `<iati-activity `, `<iati-activity hierarchy="2" `, 1)
	recs, st, err := parseIATI(t, src)
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 1 || st.Skipped != 1 || st.Reasons["no iati-identifier"] != 1 {
		t.Errorf("stats = %+v", st)
	}
	r := recs[0]
	if r.Hierarchy != 2 || !slices.Equal(r.Functions, []concord.FunctionCode{concord.Police}) || len(r.Sectors) != 1 {
		t.Errorf("record = %+v", r)
	}
	if !slices.Equal(r.Countries, []CountryShare{{Code: "MLI"}, {Code: "NER"}}) {
		t.Errorf("countries = %v", r.Countries)
	}
	if !r.Period.To.IsZero() || len(r.Skipped) != 1 || !strings.Contains(r.Skipped[0], "end 2019-01-01 before start 2020-01-01") {
		t.Errorf("period %v skipped %q", r.Period, r.Skipped)
	}
}

// TestIATIForeignNamespaces: d-portal's dstore attributes and elements of other vocabularies
// are ignored.
func TestIATIForeignNamespaces(t *testing.T) {
	src := `<iati-activities version="2.03" xmlns:ns2="xml">
 <iati-activity dstore:dataset="x" dstore:index="1" iati-activities:version="2.03" xml:lang="EN" xmlns:dstore="http://d-portal.org/xmlns/dstore" xmlns:iati-activities="http://d-portal.org/xmlns/iati-activities" xmlns:other="urn:other">
  <iati-identifier>XM-1</iati-identifier>
  <other:title>Not this</other:title>
  <title other:attr="1"><narrative xml:lang="EN">This</narrative></title>
  <other:sector code="15220"/>
  <dstore:anything><title>nor this</title></dstore:anything>
 </iati-activity>
</iati-activities>`
	recs, _, err := parseIATI(t, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Title != "This" || len(recs[0].Sectors) != 0 {
		t.Errorf("records = %+v", recs)
	}
}

func TestIATIMalformed(t *testing.T) {
	billion := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iati-activities><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>`
	xxe := `<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<iati-activities><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>`
	deep := "<iati-activities><iati-activity><iati-identifier>X</iati-identifier>" + strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100) + "</iati-activity></iati-activities>"
	deepOutside := strings.Repeat("<a>", 10000)
	truncated := activities("<iati-identifier>XM-1</iati-identifier>", "<iati-identifier>XM-2</iati-identifier>\n<title><narrative>cut")
	truncated = truncated[:strings.Index(truncated, "cut")+3]
	huge := activities("<iati-identifier>XM-1</iati-identifier><title><narrative>" + strings.Repeat("x", 2<<20) + "</narrative></title>")
	cdata := activities("<iati-identifier>XM-1</iati-identifier><title><narrative>" + strings.Repeat("<![CDATA["+strings.Repeat("y", 60<<10)+"]]>", 20) + "</narrative></title>")
	tests := []struct {
		name, src, field string
		substrings       []string
	}{
		{"billion laughs", billion, "line 2", []string{"DOCTYPE"}},
		{"external entity", xxe, "line 2", []string{"DOCTYPE"}},
		{"deep nesting", deep, "line 1: iati-activities/iati-activity/a/a", []string{"nested deeper than 64"}},
		{"deep nesting outside activities", deepOutside, "line 1", []string{"nested deeper than 64"}},
		{"truncated", truncated, "line 8", []string{"malformed XML", "truncated"}},
		{"mismatched tags", activities("<iati-identifier>XM-1</title>"), "line 4", []string{"malformed XML"}},
		{"unknown entity", activities("<iati-identifier>&nbsp;</iati-identifier>"), "line 4", []string{"malformed XML"}},
		{"text too large", huge, "line 4", []string{"larger than 1048576 bytes"}},
		{"element text too large", cdata, "line 4: iati-activities/iati-activity/title/narrative", []string{"element text is larger than 1048576 bytes"}},
		{"comment too large", "<iati-activities><!--" + strings.Repeat("c", 2<<20) + "--></iati-activities>", "line 1", []string{"larger than 1048576 bytes"}},
		{"attribute too large", "<iati-activities a=\"" + strings.Repeat("c", 2<<20) + "\"></iati-activities>", "line 1", []string{"larger than 1048576 bytes"}},
		{"DOCTYPE too large", "<!DOCTYPE x [" + strings.Repeat(" ", 2<<20) + "]><iati-activities/>", "line 1", []string{"larger than 1048576 bytes"}},
		{"empty", "", "line 1", []string{"no XML element"}},
		{"not IATI", "<html><body>hello</body></html>", "line 1", []string{"<html>", "not an IATI activity file"}},
		{"not XML", "iati-identifier,title\nX,Y\n", "line 1", []string{"no XML element"}},
		{"unsupported encoding", `<?xml version="1.0" encoding="EBCDIC"?><iati-activities/>`, "line 1", []string{"EBCDIC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			n := 0
			_, err := IATI(strings.NewReader(tt.src), func(Record) error { n++; return nil })
			if err == nil {
				t.Fatalf("no error (%d records)", n)
			}
			wantInvalid(t, err, tt.field, tt.substrings...)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestIATIActivityTooLarge(t *testing.T) {
	defer func(n int64) { maxActivityBytes = n }(maxActivityBytes)
	maxActivityBytes = 1000
	src := activities("<iati-identifier>A</iati-identifier>", "<iati-identifier>B</iati-identifier>"+strings.Repeat("<sector code=\"15110\"/>\n", 100))
	n := 0
	_, err := IATI(strings.NewReader(src), func(Record) error { n++; return nil })
	wantInvalid(t, err, "line ", "larger than")
	if n != 1 {
		t.Errorf("%d records before the error, want 1", n)
	}
}

func TestIATIGood(t *testing.T) {
	tests := []struct {
		name, src string
		n         int
	}{
		{"BOM and CRLF", "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<iati-activities>\r\n<iati-activity><iati-identifier>X</iati-identifier></iati-activity></iati-activities>", 1},
		{"no activities", `<iati-activities version="2.03"></iati-activities>`, 0},
		{"bare activity root", `<iati-activity><iati-identifier>X</iati-identifier></iati-activity>`, 1},
		{"nested in a wrapper", `<result><iati-activities><iati-activity><iati-identifier>X</iati-identifier></iati-activity></iati-activities></result>`, 1},
		{"latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><iati-activities><iati-activity><iati-identifier>X</iati-identifier><title>Caf\xe9</title></iati-activity></iati-activities>", 1},
		{"comments and processing instructions", `<?xml version="1.0"?><!-- c --><?pi x?><iati-activities><iati-activity><!-- c --><iati-identifier>X</iati-identifier></iati-activity></iati-activities>`, 1},
		{"nesting at the limit", "<iati-activities><iati-activity><iati-identifier>X</iati-identifier>" + strings.Repeat("<a>", 62) + strings.Repeat("</a>", 62) + "</iati-activity></iati-activities>", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, err := parseIATI(t, tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != tt.n {
				t.Fatalf("%d records, want %d", len(recs), tt.n)
			}
			if tt.name == "latin-1" && recs[0].Title != "Café" {
				t.Errorf("title = %q", recs[0].Title)
			}
		})
	}
}

func TestIATICallbackError(t *testing.T) {
	stop := errors.New("stop")
	src := activities("<iati-identifier>A</iati-identifier>", "<iati-identifier>B</iati-identifier>", "<iati-identifier>C</iati-identifier>")
	var seen []string
	st, err := IATI(strings.NewReader(src), func(r Record) error {
		seen = append(seen, r.ID)
		if r.ID == "B" {
			return stop
		}
		return nil
	})
	if err != stop || !slices.Equal(seen, []string{"A", "B"}) || st.Read != 2 {
		t.Errorf("err %v seen %v stats %+v", err, seen, st)
	}
}

// errReader fails after its data, like a broken connection.
type errReader struct {
	data string
	err  error
}

func (e *errReader) Read(p []byte) (int, error) {
	if e.data == "" {
		return 0, e.err
	}
	n := copy(p, e.data)
	e.data = e.data[n:]
	return n, nil
}

func TestIATIReadError(t *testing.T) {
	broken := errors.New("connection reset")
	_, err := IATI(&errReader{data: activities("<iati-identifier>A</iati-identifier>")[:80], err: broken}, func(Record) error { return nil })
	if !errors.Is(err, broken) || concord.ErrorCode(err) != concord.EINTERNAL {
		t.Errorf("err = %v (code %s)", err, concord.ErrorCode(err))
	}
}

func TestIATILines(t *testing.T) {
	var b strings.Builder
	b.WriteString("<iati-activities>\n")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "<iati-activity\n  hierarchy=\"1\">\n<iati-identifier>A%d</iati-identifier>\n</iati-activity>\n", i)
	}
	b.WriteString("</iati-activities>")
	recs, _, err := parseIATI(t, b.String())
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range recs {
		if want := 2 + 4*i; r.Line != want {
			t.Errorf("%s: line %d, want %d", r.ID, r.Line, want)
		}
	}
}
