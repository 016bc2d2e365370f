package server_test

import (
	"slices"
	"testing"
)

type gapAnswer struct {
	GapFillers []struct {
		Function   struct{ Code string }
		Kind       string
		Candidates []struct {
			Actor    struct{ ID string }
			Rank     int
			Score    float64
			Reasons  []string
			Evidence struct {
				Strength        float64
				StrengthRank    *int
				InCountry       bool
				InRegion        *struct{ Code string }
				MissionsThatDay int
			}
		}
	}
}

const gapQuery = `query G($country: String!, $at: Date!, $function: FunctionCode, $first: Int) {
  gapFillers(country: $country, at: $at, function: $function, first: $first) {
    function { code } kind
    candidates { actor { id } rank score reasons
      evidence { strength strengthRank inCountry inRegion { code } missionsThatDay models missionsOnFunction } }
  }
}`

// TestGapFillersOnTheSeed asks docs/analytics.md's example: in Kosovo on 1 June 2010, KFOR's
// mandate (SECURITY) reaches security sector reform, which no mission there declares.
func TestGapFillersOnTheSeed(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")

	var got gapAnswer
	a.query(gapQuery, map[string]any{"country": "XKX", "at": "2010-06-01", "first": 5}, &got)
	gaps := map[string]int{}
	var uncovered []string
	for i, g := range got.GapFillers {
		gaps[g.Function.Code+":"+g.Kind] = i
		if g.Kind == "UNCOVERED" {
			uncovered = append(uncovered, g.Function.Code)
		}
		for _, c := range g.Candidates {
			// A lead comes from among those working there.
			if g.Kind == "NO_LEAD" && !c.Evidence.InCountry {
				t.Errorf("%s: candidate %s does not work in Kosovo", g.Function.Code, c.Actor.ID)
			}
		}
	}
	// KFOR's SECURITY mandate reaches SSR and military training, which nobody declares (the
	// coverage gaps of that day); the seed records no leads, so every declared function lacks one.
	if want := []string{"SSR", "MILITARY_TRAINING"}; !slices.Equal(uncovered, want) {
		t.Errorf("uncovered %v, want %v", uncovered, want)
	}
	ssr := got.GapFillers[gaps["SSR:UNCOVERED"]]
	if len(ssr.Candidates) != 5 || ssr.Candidates[0].Actor.ID != "un" || ssr.Candidates[1].Actor.ID != "eu" {
		t.Fatalf("SSR candidates %+v, want the UN then the EU first", ssr.Candidates)
	}
	// The UN: the strongest SSR record, in Kosovo, peacekeeping as KFOR; but the busiest.
	un := ssr.Candidates[0]
	if r := un.Evidence.StrengthRank; r == nil || *r != 1 || !un.Evidence.InCountry || un.Score <= ssr.Candidates[1].Score {
		t.Errorf("UN for SSR: %+v", un)
	}
	if !slices.Contains(un.Reasons, "already works in XKX that day") {
		t.Errorf("UN reasons %q", un.Reasons)
	}
	if _, ok := gaps["ELECTIONS:NO_LEAD"]; !ok {
		t.Errorf("gaps %v: want ELECTIONS without a lead (the OSCE works on it)", gaps)
	}

	// Narrowed to a function, and bad arguments named.
	got = gapAnswer{}
	a.query(gapQuery, map[string]any{"country": "xkx", "at": "2010-06-01", "function": "MILITARY_TRAINING"}, &got)
	if len(got.GapFillers) != 1 || got.GapFillers[0].Candidates[0].Actor.ID != "eu" {
		t.Errorf("military training: %+v, want the EU first", got.GapFillers)
	}
	for _, bad := range []struct {
		vars  map[string]any
		field string
	}{
		{map[string]any{"country": "ZZZ", "at": "2010-06-01"}, "country"},
		{map[string]any{"country": "XKX", "at": "2010-06-01", "first": 21}, "first"},
	} {
		resp := a.do(gapQuery, bad.vars)
		if len(resp.Errors) == 0 || field(resp.Errors[0]) != bad.field {
			t.Errorf("%v: errors %+v, want one on %s", bad.vars, resp.Errors, bad.field)
		}
	}
}
