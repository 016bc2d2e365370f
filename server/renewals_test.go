package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// TestMandateRenewals builds a small calendar on top of the seed with test records (a mandate
// "TEST/1" expiring on 2010-06-30 that authorises a test mission in Kosovo on justice, police
// and corrections, and its renewal on police only), then reads it through GraphQL and as
// iCalendar.
func TestMandateRenewals(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")

	// The seed's own: Joint Action 2008/124/CFSP, EULEX Kosovo's first mandate, expired on
	// 14 June 2010 (recital (1) of Council Decision 2010/322/CFSP); that day UNMIK and the OSCE
	// Mission in Kosovo also worked on justice and police, UNMIK alone on corrections.
	var seed struct {
		MandateRenewals []struct {
			Mandate struct{ ID string }
			Expires string
			Cells   []struct {
				Function struct{ Code string }
				Others   []struct {
					Subject struct{ ID string }
				}
			}
		}
	}
	a.query(`{ mandateRenewals(from: "2010-06-01", to: "2010-06-30", country: "XKX") { mandate { id } expires
	  cells { function { code } others { subject { ... on Mission { id } } } } } }`, nil, &seed)
	if len(seed.MandateRenewals) != 1 || seed.MandateRenewals[0].Mandate.ID != "cja-2008-124-cfsp" || seed.MandateRenewals[0].Expires != "2010-06-14" {
		t.Fatalf("Kosovo, June 2010: %+v, want EULEX's Joint Action 2008/124/CFSP on 2010-06-14", seed.MandateRenewals)
	}
	seedCells := map[string][]string{}
	for _, c := range seed.MandateRenewals[0].Cells {
		for _, o := range c.Others {
			seedCells[c.Function.Code] = append(seedCells[c.Function.Code], o.Subject.ID)
		}
		slices.Sort(seedCells[c.Function.Code])
	}
	for f, want := range map[string][]string{"JUSTICE": {"osce-mik", "unmik"}, "POLICE": {"osce-mik", "unmik"}, "CORRECTIONS": {"unmik"}} {
		if !slices.Equal(seedCells[f], want) {
			t.Errorf("seed, %s: others %v, want %v", f, seedCells[f], want)
		}
	}

	for _, m := range []string{
		`mutation { createMandate(input: {id: "test-md-1", reference: "TEST/1", body: "unsc", adopted: "2009-07-01", expires: "2010-06-30", functions: [JUSTICE, POLICE, CORRECTIONS]}) { id } }`,
		`mutation { createMandate(input: {id: "test-md-2", reference: "TEST/2", body: "unsc", adopted: "2010-06-29", expires: "2011-06-30", functions: [POLICE]}) { id } }`,
		`mutation { createMission(input: {id: "test-mission", name: "Test Mission in Kosovo", acronym: "TMK", model: PEACEKEEPING, lead: "un",
		  start: "2009-07-01", deployments: [{country: "XKX", from: "2009-07-01"}], mandates: ["test-md-1", "test-md-2"]}) { id } }`,
	} {
		a.query(m, nil, &struct{}{})
	}

	var got struct {
		MandateRenewals []struct {
			Mandate   struct{ Reference string }
			Expires   string
			Countries []struct{ Code string }
			Cells     []struct {
				Function         struct{ Code string }
				KeptByMission    bool
				DependsOnItAlone bool
				Others           []struct {
					Subject struct{ ID string }
				}
			}
		}
	}
	a.query(`{ mandateRenewals(from: "2010-06-15", to: "2010-07-31", country: "XKX") { mandate { reference } expires countries { code }
	  cells { function { code } keptByMission dependsOnItAlone others { subject { ... on Mission { id } ... on Activity { id } } } } } }`, nil, &got)
	if len(got.MandateRenewals) != 1 || got.MandateRenewals[0].Mandate.Reference != "TEST/1" || got.MandateRenewals[0].Expires != "2010-06-30" {
		t.Fatalf("renewals %+v, want TEST/1 on 2010-06-30", got.MandateRenewals)
	}
	cells := map[string]string{}
	for _, c := range got.MandateRenewals[0].Cells {
		var others []string
		for _, o := range c.Others {
			others = append(others, o.Subject.ID)
		}
		switch {
		case c.KeptByMission:
			cells[c.Function.Code] = "kept"
		case c.DependsOnItAlone:
			cells[c.Function.Code] = "alone"
		default:
			slices.Sort(others)
			cells[c.Function.Code] = strings.Join(others, ",")
		}
	}
	// On 30 June 2010 in Kosovo: justice is also UNMIK's, OSCE MiK's and EULEX's (seed); police
	// is kept by the renewal; corrections is UNMIK's and EULEX's too.
	want := map[string]string{"JUSTICE": "eulex-kosovo,osce-mik,unmik", "POLICE": "kept", "CORRECTIONS": "eulex-kosovo,unmik"}
	for f, w := range want {
		if cells[f] != w {
			t.Errorf("%s: %q, want %q", f, cells[f], w)
		}
	}

	// The same calendar as iCalendar, for calendar apps: no token needed for public records.
	ts := httptest.NewServer(a.router)
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/calendar/mandate-renewals.ics?country=XKX&from=2010-06-15&to=2010-07-31")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	text := string(body)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/calendar") {
		t.Fatalf("calendar: %d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), text)
	}
	for _, w := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:test-md-1@concord", "DTSTART;VALUE=DATE:20100630",
		"DTEND;VALUE=DATE:20100701", "SUMMARY:Mandate expires: TEST/1 (TMK)", "Police in Kosovo (TMK): kept through another mandate", "Justice in Kosovo (TMK): also covered by EULEX Kosovo\\, OSCE MiK\\, UNMIK", "END:VCALENDAR"} {
		if !strings.Contains(strings.ReplaceAll(text, "\r\n ", ""), w) {
			t.Errorf("calendar lacks %q:\n%s", w, text)
		}
	}
	if !strings.Contains(text, "\r\n") {
		t.Errorf("iCalendar lines end in CRLF (RFC 5545 3.1)")
	}
	for _, bad := range []string{"from=yesterday", "from=2010-01-01&to=2019-01-01", "country=ZZZ"} {
		resp, err := http.Get(ts.URL + "/calendar/mandate-renewals.ics?" + bad)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, resp.StatusCode)
		}
	}
}
