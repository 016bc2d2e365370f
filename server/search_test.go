package server_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// TestSearchMatchesIds: the lists' search finds records by id too (an activity by its IATI
// identifier), as the web UI's one search box asks, and still only records the caller may see.
func TestSearchMatchesIds(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	tests := []struct {
		name  string
		query string
		want  string
	}{
		{"ActorById", `{ actors(filter: {search: "OSCE-PC"}) { edges { node { id } } } }`, `[{"node":{"id":"osce-pc"}}]`},
		{"MissionById", `{ missions(filter: {search: "eulex-kos"}) { edges { node { id } } } }`, `[{"node":{"id":"eulex-kosovo"}}]`},
		{"ActivityByIdentifier", `{ activities(filter: {search: "test-xkx-0001"}) { edges { node { id } } } }`, `[{"node":{"id":"TEST-XKX-0001"}}]`},
		{"ActivityByTitleStill", `{ activities(filter: {search: "court"}) { totalCount } }`, `"totalCount":1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := a.do(tt.query, nil)
			if len(resp.Errors) > 0 {
				t.Fatalf("errors: %+v", resp.Errors)
			}
			if !strings.Contains(string(resp.Data), tt.want) {
				t.Errorf("data %s\nlacks %s", resp.Data, tt.want)
			}
		})
	}

	t.Run("HiddenStaysHidden", func(t *testing.T) {
		a.as(admin)
		a.query(`mutation { createActivity(input: {id: "osce/SECRET-0001", title: "Hidden", countries: ["XKX"], functions: [JUSTICE], owner: "osce", confidential: true}) { id } }`, nil, &struct{}{})
		search := `{ activities(filter: {search: "secret-0001"}) { totalCount } }`
		for _, c := range []struct {
			who  concord.Principal
			want int
		}{{anonymous, 0}, {donor, 0}, {officerB, 1}, {admin, 1}} {
			resp := a.as(c.who).do(search, nil)
			if want := fmt.Sprintf(`"totalCount":%d`, c.want); len(resp.Errors) > 0 || !strings.Contains(string(resp.Data), want) {
				t.Errorf("%+v: %s %+v, want %s", c.who, resp.Data, resp.Errors, want)
			}
		}
	})
}

// The web UI's profile queries (frontend/src/features/profile/api/profile-queries.ts), as sent.
const (
	actorProfile = `query($id: ID!) { actor(id: $id) { id name acronym kind ref aliases
  parent { id name acronym } parts { id name acronym }
  missionsLed { id name acronym start end }
  contributions { role personnel mission { id name acronym start end } }
  mandatesIssued { id reference adopted expires missions { id name acronym } }
  activitiesImplemented { id title start end }
  funding { amount currency year activity { id title start end } } } }`
	missionProfile = `query($id: ID!) { mission(id: $id) { id name acronym model start end note sources confidential owner { id }
  lead { id name acronym } contributors { role personnel actor { id name acronym } }
  mandates { id reference adopted expires body { id name acronym } }
  deployments { from to country { code name } } functions { code name }
  predecessors { id name acronym model start end } successors { id name acronym model start end }
  lessons { id title date } } }`
	activityProfile = `query($id: ID!) { activity(id: $id) { id title description start end status source sectors labels admin1 admin2
  confidential owner { id } countries { code name } functions { code name }
  implementers { id name acronym } unnamedImplementers
  funders { amount currency year funder { id name acronym } }
  parent { id title } children { id title } fundedBy { id title } } }`
)

// TestProfileRoundTrips: a profile costs a number of Cypher round trips set by its query's
// shape, not by how many relations the record has (the UN leads 77 missions, Germany none).
func TestProfileRoundTrips(t *testing.T) {
	a := newAPIUnpriced(t)
	a.load("../seed/concord-seed.json")
	a.importRealIATI("iati-ec-fpi-peace-security-dportal-p78.xml")
	tests := []struct {
		name, query, id string
		bound           int64
	}{
		{"ActorWithManyMissions", actorProfile, "un", 8},
		{"ActorWithFew", actorProfile, "deu", 8},
		{"ActorFundingMany", actorProfile, "org-xi-iati-ec-fpi", 8},
		{"Mission", missionProfile, "unmik", 9},
		{"MissionWithHandOvers", missionProfile, "uniosil", 9},
		{"Activity", activityProfile, "XI-IATI-EC_FPI-2018/400-819", 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := a.store.RoundTrips()
			resp := a.do(tt.query, map[string]any{"id": tt.id})
			n := a.store.RoundTrips() - before
			if len(resp.Errors) > 0 || strings.HasSuffix(string(resp.Data), ":null}") {
				t.Fatalf("%s: %s %+v", tt.id, resp.Data, resp.Errors)
			}
			t.Logf("%s: %d round trips, %d bytes", tt.id, n, len(resp.Data))
			if n > tt.bound {
				t.Errorf("%d round trips, want at most %d", n, tt.bound)
			}
		})
	}
}
