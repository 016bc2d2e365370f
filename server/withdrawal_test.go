package server_test

import (
	"slices"
	"strings"
	"testing"
)

type withdrawalAnswer struct {
	WithdrawalImpact struct {
		Mission *struct{ Acronym string }
		Actor   *struct{ ID string }
		Cells   []struct {
			Country             struct{ Code string }
			Function            struct{ Code string }
			Admin1              *string
			LosesOnlyEngagement bool
			Leaving             []struct {
				Role    string
				Subject struct{ ID string }
			}
			Others []struct {
				Subject struct{ ID string }
				Until   *string
			}
		}
	}
}

const withdrawalQuery = `query W($actor: ID, $mission: ID, $country: String, $at: Date!) {
  withdrawalImpact(actor: $actor, mission: $mission, country: $country, at: $at) {
    mission { acronym } actor { id }
    cells { country { code } function { code } admin1 losesOnlyEngagement
      leaving { role subject { ... on Mission { id } ... on Activity { id } } }
      others { subject { ... on Mission { id } ... on Activity { id } } until } }
    fundingWithoutImplementer { activity { id } funders { id } }
  }
}`

// cellsOf summarises an answer as "COUNTRY/FUNCTION: other, other" ("—" when nobody is left).
func cellsOf(w withdrawalAnswer) []string {
	var out []string
	for _, c := range w.WithdrawalImpact.Cells {
		var others []string
		for _, o := range c.Others {
			others = append(others, o.Subject.ID)
		}
		line := c.Country.Code + "/" + c.Function.Code + ": " + strings.Join(others, ", ")
		if c.LosesOnlyEngagement {
			line = c.Country.Code + "/" + c.Function.Code + ": —"
		}
		out = append(out, line)
	}
	return out
}

// TestWithdrawalImpactOnTheSeed asks the example of docs/analytics.md: had UNMIK ended when
// Kosovo's constitution took effect (15 June 2008), EULEX Kosovo, operational only from
// 9 December 2008, could not yet have taken corrections over; the OSCE Mission in Kosovo kept
// the rest.
func TestWithdrawalImpactOnTheSeed(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")

	var got withdrawalAnswer
	a.query(withdrawalQuery, map[string]any{"mission": "unmik", "at": "2008-06-15"}, &got)
	want := []string{
		"XKX/JUSTICE: osce-mik",
		"XKX/POLICE: osce-mik",
		"XKX/CORRECTIONS: —",
		"XKX/GOVERNANCE: osce-mik",
		"XKX/HUMAN_RIGHTS: osce-mik",
	}
	if g := cellsOf(got); !slices.Equal(g, want) {
		t.Errorf("UNMIK ends on 2008-06-15:\n got %q\nwant %q", g, want)
	}
	if m := got.WithdrawalImpact.Mission; m == nil || m.Acronym != "UNMIK" {
		t.Errorf("mission = %+v", m)
	}

	got = withdrawalAnswer{}
	a.query(withdrawalQuery, map[string]any{"mission": "unmik", "country": "xkx", "at": "2009-01-01"}, &got)
	if g := cellsOf(got); !slices.Contains(g, "XKX/CORRECTIONS: eulex-kosovo") {
		t.Errorf("UNMIK ends on 2009-01-01: %q, want corrections kept by EULEX Kosovo", g)
	}

	// The OSCE leaves on the same day: in Kosovo, elections had nobody else (UNMIK's and
	// KFOR's mandates do not name them).
	got = withdrawalAnswer{}
	a.query(withdrawalQuery, map[string]any{"actor": "osce", "country": "XKX", "at": "2008-06-15"}, &got)
	if g := cellsOf(got); !slices.Contains(g, "XKX/ELECTIONS: —") || !slices.Contains(g, "XKX/JUSTICE: unmik") {
		t.Errorf("OSCE leaves Kosovo on 2008-06-15: %q", g)
	}

	for _, bad := range []struct {
		vars  map[string]any
		field string
	}{
		{map[string]any{"at": "2008-06-15"}, "actor"},
		{map[string]any{"actor": "osce", "mission": "unmik", "at": "2008-06-15"}, "actor"},
		{map[string]any{"mission": "unmik", "country": "ZZZ", "at": "2008-06-15"}, "country"},
	} {
		resp := a.do(withdrawalQuery, bad.vars)
		if len(resp.Errors) == 0 || field(resp.Errors[0]) != bad.field {
			t.Errorf("%v: errors %+v, want one on %s", bad.vars, resp.Errors, bad.field)
		}
	}
}
