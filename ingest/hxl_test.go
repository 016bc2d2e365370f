package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	concord "github.com/concord-peace/concord"
)

func TestHXLBOMAndCRLFAndSpacedTags(t *testing.T) {
	src := "\ufeffOrg,Acronym,Type,Sector,Province,Pcode\r\n" +
		"#org +name, #ORG +acronym ,#org +type +name,#sector +cluster +name,#adm1 +name,#adm1 +code\r\n" +
		"Mine Action Org,MAO,NNGO,Mine Action,Kabul,AF01\r\n" +
		"\"Quoted, Org\",QO,INGO,Protection,Herat,AF32\r\n"
	recs, st, err := parseHXL(t, src, HXLOptions{Country: "AF"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 2 || len(recs) != 2 {
		t.Fatalf("stats = %+v", st)
	}
	r := recs[0]
	if r.Line != 3 || !slices.Equal(r.Orgs, []Org{{Name: "Mine Action Org", Acronym: "MAO", Type: "NNGO", Role: Implementing}}) {
		t.Errorf("record = %+v", r)
	}
	if !slices.Equal(r.Functions, []concord.FunctionCode{concord.Security}) || len(r.Labels) != 0 {
		t.Errorf("mine action functions %v labels %v", r.Functions, r.Labels)
	}
	if !slices.Equal(r.Countries, []CountryShare{{Code: "AFG"}}) || !slices.Equal(r.Admin1, []string{"Kabul", "AF01"}) {
		t.Errorf("countries %v admin1 %v", r.Countries, r.Admin1)
	}
	if r.Title != "Mine Action Org – Mine Action in Kabul" {
		t.Errorf("title = %q", r.Title)
	}
	p := recs[1]
	if p.Line != 4 || p.Orgs[0].Name != "Quoted, Org" || len(p.Functions) != 0 || !slices.Equal(p.Labels, []string{"Protection"}) {
		t.Errorf("protection record = %+v", p)
	}
}

func TestHXLColumns(t *testing.T) {
	src := `#org+impl,#org+funding+name,#org+prog,#org+impl+code,#sector+code,#subsector,#country+code,#adm1,#activity,#activity+description,#date+start,#date+end,#status,#value+usd,#value,,#adm2
Impl,Donor,Ministry,XM-1,15220,Elections,GTM,Guatemala,Peace talks support,Facilitation,15/03/2021,2021-12,Ongoing,"1,234.50",,ignored,x
`
	recs, _, err := parseHXL(t, src, HXLOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	wantOrgs := []Org{{Name: "Impl", Ref: "XM-1", Role: Implementing}, {Name: "Donor", Role: Funding}, {Name: "Ministry", Role: Accountable}}
	if !slices.Equal(r.Orgs, wantOrgs) {
		t.Errorf("orgs = %+v", r.Orgs)
	}
	if !slices.Equal(r.Sectors, []Sector{{Vocabulary: "hxl", Code: "15220"}, {Vocabulary: "hxl", Name: "Elections"}}) {
		t.Errorf("sectors = %+v", r.Sectors)
	}
	if !slices.Equal(r.Functions, []concord.FunctionCode{concord.Mediation, concord.Elections}) {
		t.Errorf("functions = %v", r.Functions)
	}
	if r.Title != "Peace talks support" || r.Description != "Facilitation" || r.Status != "2" {
		t.Errorf("title %q description %q status %q", r.Title, r.Description, r.Status)
	}
	if r.Period.From.String() != "2021-03-15" || r.Period.To.String() != "2021-12-31" {
		t.Errorf("period = %v", r.Period)
	}
	if !slices.Equal(r.Budgets, []Money{{Amount: 1234.5, Currency: "USD", Year: 2021}}) {
		t.Errorf("budgets = %+v", r.Budgets)
	}
	if !slices.Equal(r.Countries, []CountryShare{{Code: "GTM"}}) || !slices.Equal(r.Admin1, []string{"Guatemala"}) || len(r.Skipped) != 0 {
		t.Errorf("countries %v admin1 %v skipped %q", r.Countries, r.Admin1, r.Skipped)
	}
	if !strings.HasPrefix(r.ID, "hxl-") || len(r.ID) != 20 {
		t.Errorf("id = %q", r.ID)
	}
}

func TestHXLHashtagRow(t *testing.T) {
	tests := []struct {
		name, src string
		wantLine  int // line of the first record
	}{
		{"first row", "#org,#sector\nA,B\n", 2},
		{"after two header rows", "Org,Sector\nOrganisation,Secteur\n#org,#sector\nA,B\n", 4},
		{"blank cells in the hashtag row", "Org,,Sector,Notes\n#org,,#sector,\nA,x,B,y\n", 3},
		{"header rows with blank lines", "Title of the sheet\n\n,\nOrg,Sector\n#org,#sector\nA,B\n", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, err := parseHXL(t, tt.src, HXLOptions{Country: "GTM"})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 1 || recs[0].Line != tt.wantLine || recs[0].Orgs[0].Name != "A" {
				t.Errorf("records = %+v", recs)
			}
		})
	}
}

func TestHXLErrors(t *testing.T) {
	tests := []struct {
		name, src, field string
		opts             HXLOptions
		substrings       []string
	}{
		{"no hashtag row", "Org,Sector\nA,B\n", "line 1", HXLOptions{}, []string{"no HXL hashtag row in the first 25 rows"}},
		{"hashtag row too late", strings.Repeat("x,y\n", 25) + "#org,#sector\nA,B\n", "line 1", HXLOptions{}, []string{"no HXL hashtag row"}},
		{"empty file", "", "line 1", HXLOptions{}, []string{"no HXL hashtag row"}},
		{"long row", "Org,Sector\n#org,#sector\nA,B\nC,D,E\n", "line 4", HXLOptions{}, []string{"3 cells", "2 columns"}},
		{"long row after a multi-line cell", "#org,#sector\n\"A\nB\",C\nD,E,F\n", "line 4", HXLOptions{}, []string{"3 cells"}},
		{"unknown default country", "#org\nA\n", "country", HXLOptions{Country: "XX"}, []string{`"XX"`}},
		{"row too large", "#org\n\"" + strings.Repeat("a", 5<<20) + "\"\n", "line 2", HXLOptions{}, []string{"larger than"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := parseHXL(t, tt.src, tt.opts)
			if err == nil {
				t.Fatal("no error")
			}
			wantInvalid(t, err, tt.field, tt.substrings...)
		})
	}
}

func TestHXLRaggedRows(t *testing.T) {
	// A short row is fine; a long row whose extra cells are empty (trailing commas) too.
	src := "#org,#sector,#adm1\nA,B\nC,D,E,,\n"
	recs, _, err := parseHXL(t, src, HXLOptions{Country: "GTM"})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Title != "A – B in Guatemala" || recs[1].Title != "C – D in E" {
		t.Errorf("records = %+v", recs)
	}
}

func TestHXLDuplicates(t *testing.T) {
	src := "#org,#sector,#adm1,#adm2,#status\n" +
		"A,Health,North,N1,Ongoing\n" +
		"A,Health,North,N1,Ongoing\n" + // identical: collapses
		" a , HEALTH ,north,n1,ongoing\n" + // differs in case and spaces only: collapses
		"A,Health,North,N3,Ongoing\n" + // the same activity in another district: joins the first
		"A,Health,North,N1,Completed\n" + // same activity, other status: a second record
		"A,Health,South,S1,Ongoing\n" + // another province
		",,,,\n" // empty
	recs, st, err := parseHXL(t, src, HXLOptions{Country: "SSD"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 3 || st.Skipped != 4 || st.Reasons["duplicate row"] != 2 || st.Reasons["empty row"] != 1 ||
		st.Reasons["another district (#adm2) of an earlier row's activity"] != 1 {
		t.Errorf("stats = %+v", st)
	}
	if len(recs) != 3 {
		t.Fatalf("records = %+v", recs)
	}
	if !slices.Equal(recs[0].Admin2, []string{"N1", "N3"}) || recs[0].Status != "2" {
		t.Errorf("first record: admin2 %v status %q", recs[0].Admin2, recs[0].Status)
	}
	if recs[1].ID != recs[0].ID+"-2" || recs[1].Status != "3" || !slices.Equal(recs[1].Admin2, []string{"N1"}) {
		t.Errorf("second record: id %q status %q admin2 %v", recs[1].ID, recs[1].Status, recs[1].Admin2)
	}
	if recs[2].ID == recs[0].ID || !slices.Equal(recs[2].Admin1, []string{"South"}) {
		t.Errorf("third record: %+v", recs[2])
	}
	// Re-importing gives the same ids.
	again, _, _ := parseHXL(t, src, HXLOptions{Country: "SSD"})
	for i := range recs {
		if again[i].ID != recs[i].ID {
			t.Errorf("id %d: %q then %q", i, recs[i].ID, again[i].ID)
		}
	}
}

func TestHXLCountry(t *testing.T) {
	tests := []struct {
		name, src   string
		opts        HXLOptions
		want        []CountryShare
		wantSkipped string
	}{
		{"alpha-3", "#org,#country+code\nA,ssd\n", HXLOptions{}, []CountryShare{{Code: "SSD"}}, ""},
		{"alpha-2 Kosovo", "#org,#adm0+code\nA,XK\n", HXLOptions{}, []CountryShare{{Code: "XKX"}}, ""},
		{"name", "#org,#country+name\nA,guatemala\n", HXLOptions{}, []CountryShare{{Code: "GTM"}}, ""},
		{"default", "#org\nA\n", HXLOptions{Country: "ML"}, []CountryShare{{Code: "MLI"}}, ""},
		{"column wins over default", "#org,#country+code\nA,NER\n", HXLOptions{Country: "MLI"}, []CountryShare{{Code: "NER"}}, ""},
		{"unknown code falls back to default", "#org,#country+code\nA,QQ\n", HXLOptions{Country: "MLI"}, []CountryShare{{Code: "MLI"}}, `country code "QQ": unknown code`},
		{"none", "#org\nA\n", HXLOptions{}, nil, "no country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, err := parseHXL(t, tt.src, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			r := recs[0]
			if !slices.Equal(r.Countries, tt.want) {
				t.Errorf("countries = %v", r.Countries)
			}
			if tt.wantSkipped == "" && len(r.Skipped) > 0 || tt.wantSkipped != "" && (len(r.Skipped) != 1 || !strings.Contains(r.Skipped[0], tt.wantSkipped)) {
				t.Errorf("skipped = %q", r.Skipped)
			}
		})
	}
}

func TestHXLValues(t *testing.T) {
	dates := []struct {
		in         string
		end        bool
		want, fail string
	}{
		{"2021-03-15", false, "2021-03-15", ""},
		{"15/03/2021", false, "2021-03-15", ""},
		{"5/3/2021", false, "2021-03-05", ""},
		{"03/2021", true, "2021-03-31", ""},
		{"2021-02", true, "2021-02-28", ""},
		{"2021", false, "2021-01-01", ""},
		{"2021", true, "2021-12-31", ""},
		{"2021-03-15 00:00:00", false, "2021-03-15", ""},
		{"31/02/2021", false, "", "not a date"},
		{"03/15/2021", false, "", "not a date"},
		{"March 2021", false, "", "not a date"},
	}
	for _, d := range dates {
		got, err := parseHXLDate(d.in, d.end)
		if d.fail != "" {
			if err == nil || !strings.Contains(err.Error(), d.fail) {
				t.Errorf("parseHXLDate(%q) = %v, %v; want error", d.in, got, err)
			}
			continue
		}
		if err != nil || got.String() != d.want {
			t.Errorf("parseHXLDate(%q, %v) = %v, %v; want %s", d.in, d.end, got, err, d.want)
		}
	}
	amounts := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1234.5", 1234.5, true}, {"1,234.50", 1234.5, true}, {"1.234,50", 1234.5, true},
		{"$ 1 234", 1234, true}, {"12,5", 12.5, true}, {"1,234,567", 1234567, true},
		{"-20", -20, true}, {"abc", 0, false}, {"NaN", 0, false},
	}
	for _, a := range amounts {
		got, err := parseAmount(a.in)
		if (err == nil) != a.ok || got != a.want {
			t.Errorf("parseAmount(%q) = %v, %v", a.in, got, err)
		}
	}
	statuses := map[string]string{"Planeada": "1", "En ejecución": "2", "Finalizada": "3", "Completed": "3", "on hold": "6", "2": "2"}
	for in, want := range statuses {
		if got, ok := hxlStatus(in); !ok || got != want {
			t.Errorf("hxlStatus(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// Bad values are notes, not errors.
	recs, _, err := parseHXL(t, "#org,#date+start,#date+end,#status,#value\nA,2022-01-01,2021-01-01,Maybe,lots\n", HXLOptions{Country: "MLI"})
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if len(r.Skipped) != 3 || !r.Period.To.IsZero() || r.Status != "" || len(r.Budgets) != 0 {
		t.Errorf("record = %+v", r)
	}
}

func TestHXLCallbackError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	_, err := HXL(strings.NewReader("#org\nA\nB\nC\n"), func(Record) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("err %v after %d records", err, n)
	}
}

func TestHXLSkipsRowsWithoutWhoOrWhat(t *testing.T) {
	_, st, err := parseHXL(t, "#org,#adm1\n,North\nA,South\n", HXLOptions{Country: "MLI"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 1 || st.Reasons["no #org, #sector or #activity"] != 1 {
		t.Errorf("stats = %+v", st)
	}
}

func TestSafeCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Peace", "Peace"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+1", "'+1+1"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{" =1", " =1"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := SafeCSVCell(tt.in); got != tt.want {
			t.Errorf("SafeCSVCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHXLSheetPeriod: rows without dates take the period the sheet reports on; a row's own
// dates win; without a period such rows stay undated.
func TestHXLSheetPeriod(t *testing.T) {
	src := "#org+name,#sector+cluster+name,#adm1+code,#date+start,#date+end\n" +
		"Org A,Protection,AF01,,\n" +
		"Org B,Protection,AF02,2023-05-01,2023-12-31\n" +
		"Org C,Protection,AF03,2024-02-01,\n"
	q1 := concord.Period{From: concord.NewDate(2024, 1, 1), To: concord.NewDate(2024, 3, 31)}
	tests := []struct {
		name   string
		period concord.Period
		want   []concord.Period
	}{
		{"NoPeriod", concord.Period{}, []concord.Period{{}, {From: concord.NewDate(2023, 5, 1), To: concord.NewDate(2023, 12, 31)}, {From: concord.NewDate(2024, 2, 1)}}},
		{"SheetPeriod", q1, []concord.Period{q1, {From: concord.NewDate(2023, 5, 1), To: concord.NewDate(2023, 12, 31)}, {From: concord.NewDate(2024, 2, 1)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, err := parseHXL(t, src, HXLOptions{Country: "AFG", Period: tt.period})
			if err != nil {
				t.Fatal(err)
			}
			var got []concord.Period
			for _, r := range recs {
				got = append(got, r.Period)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("periods %v, want %v", got, tt.want)
			}
		})
	}
	if _, _, err := parseHXL(t, src, HXLOptions{Period: concord.Period{From: concord.NewDate(2024, 3, 31), To: concord.NewDate(2024, 1, 1)}}); err == nil {
		t.Error("a period that ends before it starts was taken")
	}
}

func TestPlaceholderOrganisations(t *testing.T) {
	tests := []struct {
		name string
		org  Org
		want string // "" for an organisation
	}{
		{"CategoryCodeWithItsName", Org{Ref: "22000", Name: "Donor country-based NGO"}, "22000 Donor country-based NGO"},
		{"CategoryCodeOther", Org{Ref: "52000", Name: "Other."}, "52000 Other"},
		{"CategoryCodeAnyName", Org{Ref: "21000", Name: "INTERNATIONAL NGO"}, "21000 International NGO"},
		{"CategoryName2018", Org{Name: "United Nations agency, fund or commission (UN)"}, "41000 United Nations (UN) agency, fund or commission"},
		{"CategoryNameCurrentAnyCase", Org{Name: "non-governmental organisation (ngo) and civil society"}, "20000 Non-Governmental Organisation (NGO) and Civil Society"},
		{"SpecificChannelCodeIsAnOrganisation", Org{Ref: "41122", Name: "United Nations Children’s Fund"}, ""},
		{"TheWorldBankGroupIsOne", Org{Ref: "44000", Name: "World Bank Group (WB)"}, ""},
		{"AnOrganisationsName", Org{Name: "Population Services International"}, ""},
		{"AnIATIIdentifier", Org{Ref: "XM-DAC-41114", Name: "United Nations Development Programme"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := placeholderCategory(tt.org)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("placeholderCategory(%+v) = %q, %v; want %q", tt.org, got, ok, tt.want)
			}
		})
	}
}
