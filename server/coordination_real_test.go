package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGapFillersOnARealFile: with the EC's real IATI file imported, in Libya on 1 June 2019 the
// EC's Service for Foreign Policy Instruments funds mediation implemented by itself
// (XI-IATI-EC_FPI-2018/400-819, line 1385) and by UNDP (XI-IATI-EC_FPI-2019/405-994, line 5557),
// beside the seed's UNSMIL; nobody leads mediation there, so the candidates to lead it are
// those doing the work, UNDP among them, and all of them work in Libya.
func TestGapFillersOnARealFile(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	a.importRealIATI("iati-ec-fpi-peace-security-dportal-p78.xml")
	var got gapAnswer
	a.query(gapQuery, map[string]any{"country": "LBY", "at": "2019-06-01", "function": "MEDIATION", "first": 20}, &got)
	var mediation []string
	for _, g := range got.GapFillers {
		if g.Function.Code != "MEDIATION" || g.Kind != "NO_LEAD" {
			continue
		}
		for _, c := range g.Candidates {
			mediation = append(mediation, c.Actor.ID)
			if !c.Evidence.InCountry {
				t.Errorf("%s is a candidate to lead mediation but does not work in Libya", c.Actor.ID)
			}
		}
	}
	for _, want := range []string{"org-united-nations-development-programme", "org-ec-fpi", "un"} {
		if !slices.Contains(mediation, want) {
			t.Errorf("candidates to lead mediation in Libya %v, want %s among them", mediation, want)
		}
	}
}

// TestOverlapAlertsOnARealImport: an officer watching Libya hears of the overlaps that
// importing the EC's real IATI file creates there, through the importIATI mutation.
func TestOverlapAlertsOnARealImport(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	ts := httptest.NewServer(a.router)
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := dialAlerts(ctx, t, "ws"+strings.TrimPrefix(ts.URL, "http")+"/graphql", a.token,
		`subscription { overlapAlerts(country: "LBY", function: MEDIATION) { kind overlap { a { subject { ... on Activity { id } ... on Mission { id } } } b { subject { ... on Activity { id } ... on Mission { id } } } } } }`)
	deadline := time.Now().Add(30 * time.Second)
	for subscribers(t, ts.URL, a.token) < 1 {
		if time.Now().After(deadline) {
			t.Fatal("not subscribed")
		}
		time.Sleep(20 * time.Millisecond)
	}
	doc, err := os.ReadFile("../testdata/real/iati-ec-fpi-peace-security-dportal-p78.xml")
	if err != nil {
		t.Fatal(err)
	}
	a.query(`mutation($doc: String!) { importIATI(document: $doc) { created } }`, map[string]any{"doc": string(doc)}, &struct{}{})
	rctx, rcancel := context.WithTimeout(ctx, 20*time.Second) // generous: the alert is not coming
	defer rcancel()
	m, err := c.next(rctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(m.Payload), `"kind":"NEW"`) || !strings.Contains(string(m.Payload), "XI-IATI-EC_FPI-") {
		t.Errorf("first alert after the import: %s", m.Payload)
	}
}
