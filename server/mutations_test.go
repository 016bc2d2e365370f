package server_test

import (
	"slices"
	"strings"
	"testing"
)

type missionResult struct {
	ID          string                  `json:"id"`
	Name        string                  `json:"name"`
	Acronym     *string                 `json:"acronym"`
	Model       string                  `json:"model"`
	Start       *string                 `json:"start"`
	End         *string                 `json:"end"`
	Version     int                     `json:"version"`
	Note        *string                 `json:"note"`
	Sources     []string                `json:"sources"`
	Lead        struct{ ID string }     `json:"lead"`
	Functions   []struct{ Code string } `json:"functions"`
	Deployments []struct {
		Country struct{ Code string } `json:"country"`
		From    *string               `json:"from"`
	} `json:"deployments"`
	Predecessors []struct{ ID string } `json:"predecessors"`
	Clusters     []struct{ ID string } `json:"clusters"`
}

const missionFields = `id name acronym model start end version note sources lead { id } functions { code }
  deployments { country { code } from } predecessors { id } clusters { id }`

func TestMissionMutations(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)

	create := `mutation($input: CreateMissionInput!) { createMission(input: $input) { ` + missionFields + ` } }`
	input := map[string]any{
		"id": "eupm-test", "name": "EU Police Mission (test)", "acronym": "EUPM-T", "model": "TRAINING_SUPPORT",
		"lead": "eu", "start": "2003-01-01", "end": "2012-06-30",
		"deployments": []any{map[string]any{"country": "BIH", "from": "2003-01-01", "to": "2012-06-30"}},
		"mandates":    []any{"cja-2008-124"}, "succeeds": []any{"unmik"}, "clusters": []any{"western-balkans"},
		"sources": []any{"test"},
	}

	var created struct{ CreateMission missionResult }
	t.Run("Create", func(t *testing.T) {
		a.query(create, map[string]any{"input": input}, &created)
		m := created.CreateMission
		if m.Version != 1 || m.Lead.ID != "eu" || m.Deployments[0].Country.Code != "BIH" || *m.End != "2012-06-30" {
			t.Errorf("created %+v", m)
		}
		if got := codes(m.Functions); !slices.Equal(got, []string{"JUSTICE", "POLICE", "CORRECTIONS"}) {
			t.Errorf("functions=%v, want those of its mandate", got)
		}
		if len(m.Predecessors) != 1 || m.Predecessors[0].ID != "unmik" {
			t.Errorf("predecessors=%v", m.Predecessors)
		}
	})

	t.Run("CreateExistingIsConflict", func(t *testing.T) {
		e := a.fail(create, map[string]any{"input": input})
		if code(e) != "CONFLICT" || field(e) != "input.id" {
			t.Errorf("code=%q field=%q (%s), want CONFLICT input.id", code(e), field(e), e.Message)
		}
	})

	t.Run("CreateInvalid", func(t *testing.T) {
		for _, tt := range []struct {
			name  string
			patch map[string]any
			code  string
			field string
		}{
			{"UnknownLead", map[string]any{"id": "x1", "lead": "nobody"}, "BAD_USER_INPUT", "input.lead"},
			{"UnknownCountry", map[string]any{"id": "x2", "deployments": []any{map[string]any{"country": "ZZZ"}}}, "BAD_USER_INPUT", "input.deployments[0].country"},
			{"EndBeforeStart", map[string]any{"id": "x3", "start": "2010-01-01", "end": "2009-01-01"}, "BAD_USER_INPUT", "input.end"},
			{"UnknownMandate", map[string]any{"id": "x4", "mandates": []any{"nope"}}, "BAD_USER_INPUT", "input.mandates[0]"},
			{"BadID", map[string]any{"id": " leading space"}, "BAD_USER_INPUT", "input.id"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				in := map[string]any{}
				for k, v := range input {
					in[k] = v
				}
				for k, v := range tt.patch {
					in[k] = v
				}
				before := snapshotLen(t, a)
				e := a.fail(create, map[string]any{"input": in})
				if code(e) != tt.code || field(e) != tt.field {
					t.Errorf("code=%q field=%q (%s), want %s %s", code(e), field(e), e.Message, tt.code, tt.field)
				}
				if after := snapshotLen(t, a); after != before {
					t.Errorf("a rejected create changed the graph: %d → %d lines", before, after)
				}
			})
		}
	})

	update := `mutation($id: ID!, $version: Int!, $input: UpdateMissionInput!) { updateMission(id: $id, version: $version, input: $input) { ` + missionFields + ` } }`
	t.Run("Update", func(t *testing.T) {
		var got struct{ UpdateMission missionResult }
		a.query(update, map[string]any{"id": "eupm-test", "version": 1, "input": map[string]any{"name": "Renamed", "end": nil, "clusters": []any{}}}, &got)
		m := got.UpdateMission
		if m.Name != "Renamed" || m.End != nil || m.Version != 2 || len(m.Clusters) != 0 {
			t.Errorf("updated %+v", m)
		}
		if m.Acronym == nil || *m.Acronym != "EUPM-T" || m.Start == nil || *m.Start != "2003-01-01" {
			t.Errorf("fields left out changed: acronym %v start %v", m.Acronym, m.Start)
		}
	})

	t.Run("StaleVersionIsConflict", func(t *testing.T) {
		e := a.fail(update, map[string]any{"id": "eupm-test", "version": 1, "input": map[string]any{"name": "Lost update"}})
		if code(e) != "CONFLICT" || field(e) != "version" {
			t.Errorf("code=%q field=%q (%s), want CONFLICT version", code(e), field(e), e.Message)
		}
	})

	t.Run("UpdateMissingIsNotFound", func(t *testing.T) {
		e := a.fail(update, map[string]any{"id": "nope", "version": 1, "input": map[string]any{"name": "x"}})
		if code(e) != "NOT_FOUND" {
			t.Errorf("code=%q (%s), want NOT_FOUND", code(e), e.Message)
		}
	})

	del := `mutation($id: ID!, $version: Int!) { deleteMission(id: $id, version: $version) }`
	t.Run("DeleteReferencedIsConflict", func(t *testing.T) {
		// uniosil succeeds unamsil.
		e := a.fail(del, map[string]any{"id": "unamsil", "version": 1})
		if code(e) != "CONFLICT" {
			t.Errorf("code=%q (%s), want CONFLICT", code(e), e.Message)
		}
	})

	t.Run("Delete", func(t *testing.T) {
		var got struct{ DeleteMission string }
		a.query(del, map[string]any{"id": "eupm-test", "version": 2}, &got)
		var after struct{ Mission *missionResult }
		a.query(`query { mission(id: "eupm-test") { id } }`, nil, &after)
		if got.DeleteMission != "eupm-test" || after.Mission != nil {
			t.Errorf("delete returned %q, mission afterwards %+v", got.DeleteMission, after.Mission)
		}
	})
}

func codes(fs []struct{ Code string }) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func snapshotLen(t *testing.T, a *api) int {
	t.Helper()
	snap, err := a.store.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return len(snap)
}

// TestOtherMutations runs create, update and delete of every other kind of record.
func TestOtherMutations(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	tests := []struct {
		kind   string
		create string
		vars   map[string]any
		update string
		patch  map[string]any
		check  string // substring the updated record must show
	}{
		{"Actor", `mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`,
			map[string]any{"id": "swe", "name": "Sweden", "kind": "STATE"},
			`mutation($id: ID!, $version: Int!, $input: UpdateActorInput!) { updateActor(id: $id, version: $version, input: $input) { id name acronym version parent { id } } }`,
			map[string]any{"acronym": "SE", "parent": "eu"}, `"parent":{"id":"eu"}`},
		{"Mandate", `mutation($input: CreateMandateInput!) { createMandate(input: $input) { id version } }`,
			map[string]any{"id": "unscr-9999-test", "reference": "UNSCR test", "body": "unsc", "functions": []any{"JUSTICE"}},
			`mutation($id: ID!, $version: Int!, $input: UpdateMandateInput!) { updateMandate(id: $id, version: $version, input: $input) { id version functions { code } body { id } } }`,
			map[string]any{"functions": []any{"SSR", "DDR"}}, `"functions":[{"code":"SSR"},{"code":"DDR"}]`},
		{"Activity", `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`,
			map[string]any{"id": "TEST-MLI-1", "title": "Access to justice", "countries": []any{"MLI"}, "functions": []any{"JUSTICE"},
				"implementers": []any{"test-ngo"}, "funders": []any{map[string]any{"actor": "deu", "amount": 1500000, "currency": "USD", "year": 2016}}},
			`mutation($id: ID!, $version: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, version: $version, input: $input) { id version countries { code } funders { funder { id } amount currency year } } }`,
			map[string]any{"countries": []any{"MLI", "NER"}}, `"countries":[{"code":"MLI"},{"code":"NER"}]`},
		{"Cluster", `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id version } }`,
			map[string]any{"id": "sahel", "name": "Sahel"},
			`mutation($id: ID!, $version: Int!, $input: UpdateClusterInput!) { updateCluster(id: $id, version: $version, input: $input) { id version description } }`,
			map[string]any{"description": "Mali, Niger, Burkina Faso"}, `"description":"Mali, Niger, Burkina Faso"`},
		{"Lesson", `mutation($input: CreateLessonInput!) { createLesson(input: $input) { id version } }`,
			map[string]any{"id": "lesson-test", "title": "T", "text": "Text", "about": map[string]any{"missions": []any{"unmik"}, "countries": []any{"XKX"}}},
			`mutation($id: ID!, $version: Int!, $input: UpdateLessonInput!) { updateLesson(id: $id, version: $version, input: $input) { id version author { id } missions { id } countries { code } } }`,
			map[string]any{"author": "osce"}, `"author":{"id":"osce"}`},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			id := tt.vars["id"].(string)
			resp := a.do(tt.create, map[string]any{"input": tt.vars})
			if len(resp.Errors) > 0 {
				t.Fatalf("create: %+v", resp.Errors)
			}
			resp = a.do(tt.update, map[string]any{"id": id, "version": 1, "input": tt.patch})
			if len(resp.Errors) > 0 {
				t.Fatalf("update: %+v", resp.Errors)
			}
			if !strings.Contains(string(resp.Data), tt.check) || !strings.Contains(string(resp.Data), `"version":2`) {
				t.Errorf("updated %s, want it to contain %s and version 2", resp.Data, tt.check)
			}
			stale := a.do(tt.update, map[string]any{"id": id, "version": 1, "input": tt.patch})
			if len(stale.Errors) == 0 || code(stale.Errors[0]) != "CONFLICT" {
				t.Errorf("stale update: %+v, want CONFLICT", stale.Errors)
			}
			lower := strings.ToLower(tt.kind[:1]) + tt.kind[1:]
			del := `mutation($id: ID!, $version: Int!) { delete` + tt.kind + `(id: $id, version: $version) }`
			resp = a.do(del, map[string]any{"id": id, "version": 2})
			if len(resp.Errors) > 0 {
				t.Fatalf("delete: %+v", resp.Errors)
			}
			resp = a.do(`query($id: ID!) { `+lower+`(id: $id) { id } }`, map[string]any{"id": id})
			if !strings.Contains(string(resp.Data), "null") {
				t.Errorf("after delete: %s", resp.Data)
			}
		})
	}

	t.Run("DeleteReferencedActorIsConflict", func(t *testing.T) {
		e := a.fail(`mutation { deleteActor(id: "un", version: 1) }`, nil)
		if code(e) != "CONFLICT" {
			t.Errorf("code=%q (%s), want CONFLICT", code(e), e.Message)
		}
	})
	t.Run("DeleteMandateInUseIsConflict", func(t *testing.T) {
		e := a.fail(`mutation { deleteMandate(id: "unscr-1244-1999", version: 1) }`, nil)
		if code(e) != "CONFLICT" {
			t.Errorf("code=%q (%s), want CONFLICT", code(e), e.Message)
		}
	})
	t.Run("DeleteClusterWithMembersIsConflict", func(t *testing.T) {
		e := a.fail(`mutation { deleteCluster(id: "western-balkans", version: 1) }`, nil)
		if code(e) != "CONFLICT" {
			t.Errorf("code=%q (%s), want CONFLICT", code(e), e.Message)
		}
	})
}

func TestImportDatasetMutation(t *testing.T) {
	a := newAPI(t)
	doc := `{"format": "concord-dataset/1",
 "actors": [{"id": "un", "name": "United Nations", "kind": "INTERGOVERNMENTAL"}],
 "missions": [{"id": "unmik", "name": "UNMIK", "model": "PEACEKEEPING", "lead": "un", "start": "1999-06",
   "deployments": [{"country": "XKX", "from": "1999-06-10"}], "mandates": [], "succeeds": [], "clusters": []}],
 "activities": [], "lessons": []}`
	imp := `mutation($doc: String!) { importDataset(document: $doc) { created updated unchanged counts { kind created } } }`

	var first, second struct {
		ImportDataset struct{ Created, Updated, Unchanged int }
	}
	a.query(imp, map[string]any{"doc": doc}, &first)
	if first.ImportDataset.Created != 2 {
		t.Errorf("first import created %d, want 2", first.ImportDataset.Created)
	}
	a.query(imp, map[string]any{"doc": doc}, &second)
	if s := second.ImportDataset; s.Created != 0 || s.Updated != 0 || s.Unchanged != 2 {
		t.Errorf("second import %+v, want 2 unchanged", s)
	}
	var m struct{ Mission missionResult }
	a.query(`query { mission(id: "unmik") { `+missionFields+` } }`, nil, &m)
	if m.Mission.Start == nil || *m.Mission.Start != "1999-06-01" {
		t.Errorf("a month start is its first day: got %v", m.Mission.Start)
	}

	before := snapshotLen(t, a)
	bad := strings.Replace(doc, `"from": "1999-06-10"`, `"from": "10 June 1999"`, 1)
	bad = strings.Replace(bad, `"id": "un",`, `"id": "un", "colour": "blue",`, 1)
	resp := a.do(imp, map[string]any{"doc": bad})
	if len(resp.Errors) != 1 {
		t.Fatalf("errors=%+v, want one error listing the problems", resp.Errors)
	}
	e := resp.Errors[0]
	var fields []string
	for _, fe := range e.Extensions["errors"].([]any) {
		fields = append(fields, fe.(map[string]any)["field"].(string))
	}
	if want := []string{"actors[0].colour", "missions[0].deployments[0].from"}; !slices.Equal(fields, want) || code(e) != "BAD_USER_INPUT" {
		t.Errorf("code=%q fields=%v, want BAD_USER_INPUT %v", code(e), fields, want)
	}
	if after := snapshotLen(t, a); after != before {
		t.Error("a rejected import changed the graph")
	}
}
