package server_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

// wholeMission selects every field of a mission that its parts hold (missionFieldParts).
const wholeMission = `fragment Whole on Mission {
  id name acronym model start end version confidential owner { id }
  lead { id } contributors { actor { id } role personnel } mandates { id } functions { code }
  deployments { country { code } from to } predecessors { id } clusters { id } sources note
}`

// TestMissionListsLoadWhatTheyShow: lists of related missions load only the parts their
// selection reads. A list asked for twice in one query, once with ids only and once with every
// field, must give the same missions, and each mission with every field must equal the same
// mission asked for alone by id (a whole load) — also where a field refers to a mission by id
// after a list loaded it with fewer parts (a deployment's mission, a contribution's mission).
func TestMissionListsLoadWhatTheyShow(t *testing.T) {
	a := newAPIUnpriced(t)
	a.load("../seed/concord-seed.json")

	cases := []struct{ name, query string }{
		{"actors' missions led", `{ actors(first: 100) { edges { node { thin: missionsLed { id } whole: missionsLed { ...Whole } } } } }`},
		// By id, to stay within the depth limit with contributions { mission { deployments … } }.
		{"actors' contributions", `{ deu: actor(id: "deu") { thin: contributions { mission { id } } whole: contributions { mission { ...Whole } } }
			nga: actor(id: "nga") { thin: contributions { mission { id } } whole: contributions { mission { ...Whole } } } }`},
		{"a contribution's mission after a thin list", `{ deu: actor(id: "deu") { missionsLed { id } contributions { role mission { ...Whole } } }
			fr: actor(id: "fra") { missionsLed { id } contributions { role mission { ...Whole } } } }`},
		{"successors", `{ missions(first: 140) { edges { node { thin: successors { id } whole: successors { ...Whole } } } } }`},
		{"mandates' missions", `{ mandates(first: 100) { edges { node { thin: missions { id } whole: missions { ...Whole } } } } }`},
		{"clusters' missions", `{ clusters(first: 50) { edges { node { thin: missions { id } whole: missions { ...Whole } } } } }`},
		{"a country's missions", `{ country(code: "MLI") { thin: missions { id } whole: missions { ...Whole } } }`},
		{"a country's missions on a day", `{ country(code: "XKX") { thin: missions(at: "2010-06-01") { id } whole: missions(at: "2010-06-01") { ...Whole } } }`},
		{"a deployment's mission after a thin list", `{ country(code: "COD") { missions { id deployments { mission { ...Whole } } } } }`},
		{"inline fragments and spreads", `{ country(code: "SOM") { missions { ... on Mission { id ...L ...L } } } }
			fragment L on Mission { lead { id } mandates { id } ...Whole }`},
	}
	checked := 0
	for _, c := range cases {
		func() {
			var data any
			a.query(c.query+"\n"+wholeMission, nil, &data)
			pairs, missions := 0, map[string]string{}
			walkJSON(data, func(m map[string]any) {
				thin, hasThin := m["thin"]
				whole, hasWhole := m["whole"]
				if hasThin && hasWhole {
					pairs++
					if got, want := ids(thin), ids(whole); !slices.Equal(got, want) {
						t.Errorf("%s: ids %v with ids selected, %v with every field", c.name, got, want)
					}
				}
				if _, ok := m["sources"]; ok { // a mission with every field
					b, _ := json.Marshal(m)
					missions[m["id"].(string)] = string(b)
				}
			})
			if len(missions) == 0 {
				t.Fatalf("%s: no mission with every field in %v", c.name, data)
			}
			for id, got := range missions {
				var alone struct{ Mission any }
				a.query(`query($id: ID!) { mission(id: $id) { ...Whole } }`+"\n"+wholeMission, map[string]any{"id": id}, &alone)
				want, _ := json.Marshal(alone.Mission)
				if got != string(want) {
					t.Errorf("%s: mission %s in the list:\n %s\nalone:\n %s", c.name, id, got, want)
				}
			}
			checked += len(missions)
			t.Logf("%s: %d pairs of lists, %d missions compared", c.name, pairs, len(missions))
		}()
	}
	if checked < 100 {
		t.Errorf("only %d missions compared; the cases should reach most of the seed's 140", checked)
	}
}

// walkJSON calls fn for each object in a decoded JSON value.
func walkJSON(v any, fn func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		fn(v)
		for _, x := range v {
			walkJSON(x, fn)
		}
	case []any:
		for _, x := range v {
			walkJSON(x, fn)
		}
	}
}

// ids returns the ids of the missions in a list of missions or of contributions.
func ids(list any) []string {
	var out []string
	for _, item := range list.([]any) {
		m := item.(map[string]any)
		if mission, ok := m["mission"]; ok {
			m = mission.(map[string]any)
		}
		out = append(out, fmt.Sprint(m["id"]))
	}
	return out
}
