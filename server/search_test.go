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
