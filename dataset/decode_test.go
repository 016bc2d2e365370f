package dataset

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

// known accepts the few countries the test documents use.
func known(c string) bool { return c == "XKX" || c == "SRB" || c == "MLI" }

func day(y, m, d int) concord.Date { return concord.NewDate(y, time.Month(m), d) }

// parseErrors returns every *concord.Error that Parse reported.
func parseErrors(t *testing.T, err error) []*concord.Error {
	t.Helper()
	var es concord.Errors
	if errors.As(err, &es) {
		return es
	}
	var e *concord.Error
	if errors.As(err, &e) {
		return []*concord.Error{e}
	}
	if err != nil {
		t.Fatalf("Parse error %v (%T) is not a *concord.Error", err, err)
	}
	return nil
}

func readValid(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// validDataset is what testdata/valid.json holds.
func validDataset() concord.Dataset {
	return concord.Dataset{
		Actors: []concord.Actor{
			{ID: "un", Name: "United Nations", Acronym: "UN", Kind: concord.KindIntergovernmental},
			{ID: "unsc", Name: "UN Security Council", Acronym: "UNSC", Kind: concord.KindOrgan, Parent: "un"},
		},
		Clusters: []concord.Cluster{
			{ID: "western-balkans", Name: "Western Balkans", Description: "Missions in the former Yugoslavia"},
		},
		// Given in both missions, kept once.
		Mandates: []concord.Mandate{{
			ID: "unscr-1244", Reference: "UNSCR 1244 (1999)", Body: "unsc", Adopted: day(1999, 6, 10),
			Functions: []concord.FunctionCode{concord.RuleOfLaw, concord.Political},
		}},
		Missions: []concord.Mission{
			{
				ID: "unmik", Name: "United Nations Interim Administration Mission in Kosovo", Acronym: "UNMIK",
				Model: concord.ModelPeacekeeping, LeadActor: "un",
				Period:       concord.Period{From: day(1999, 6, 1)}, // "1999-06" starts on the 1st
				Sources:      []string{"https://unmik.unmissions.org"},
				Note:         "Still deployed.",
				Contributors: []concord.Contribution{{Actor: "deu", Mission: "unmik", Role: "police", Personnel: 100}},
				Deployments: []concord.Deployment{
					{Mission: "unmik", Country: "XKX", Period: concord.Period{From: day(1999, 6, 10)}},
				},
				Mandates: []string{"unscr-1244"},
				Clusters: []string{"western-balkans"},
			},
			{
				ID: "omik", Name: "OSCE Mission in Kosovo", Model: concord.ModelMonitoring, LeadActor: "osce",
				Period: concord.Period{From: day(1999, 7, 1)},
				Deployments: []concord.Deployment{
					{Mission: "omik", Country: "XKX", Period: concord.Period{From: day(1999, 7, 1)}},
					// "1999" to "2001-03": the first day of the year to the last of the month.
					{Mission: "omik", Country: "SRB", Period: concord.Period{From: day(1999, 1, 1), To: day(2001, 3, 31)}},
				},
				Mandates: []string{"unscr-1244"},
				Succeeds: []string{"kvm"},
				Clusters: []string{"western-balkans"},
			},
		},
		Activities: []concord.Activity{{
			ID: "XM-EXAMPLE-0001", Title: "Access to justice programme",
			Period:       concord.Period{From: day(2016, 1, 1), To: day(2018, 12, 31)}, // "2018" ends on 31 December
			Countries:    []string{"MLI"},
			Functions:    []concord.FunctionCode{concord.Justice},
			Implementers: []string{"undp"},
			Funders: []concord.Funding{
				{Funder: "swe", Target: "XM-EXAMPLE-0001", Amount: 1500000, Currency: "USD", Year: 2016},
			},
		}},
		Lessons: []concord.Lesson{{
			ID: "zif/lesson-0001", Title: "Sequence police training with justice reform",
			Text: "Train police only where courts can take their cases.",
			Date: day(2010, 6, 2), Author: "zif", Confidential: true,
			About: concord.LessonAbout{
				Missions:  []string{"unmik"},
				Countries: []string{"XKX"},
				Functions: []concord.FunctionCode{concord.Police},
			},
		}},
		External: []concord.Reference{
			{Kind: concord.RecordActor, ID: "deu", Path: "missions[0].contributors[0].actor"},
			{Kind: concord.RecordActor, ID: "osce", Path: "missions[1].lead"},
			{Kind: concord.RecordMission, ID: "kvm", Path: "missions[1].succeeds[0]"},
			{Kind: concord.RecordActor, ID: "undp", Path: "activities[0].implementers[0]"},
			{Kind: concord.RecordActor, ID: "swe", Path: "activities[0].funders[0].actor"},
			{Kind: concord.RecordActor, ID: "zif", Path: "lessons[0].author"},
		},
	}
}

// diffDatasets reports the first differing section of two datasets.
func diffDatasets(t *testing.T, got, want concord.Dataset) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range g.NumField() {
		name := g.Type().Field(i).Name
		if !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
			t.Fatalf("%s =\n%+v\nwant\n%+v", name, g.Field(i).Interface(), w.Field(i).Interface())
		}
	}
}

func TestParseValid(t *testing.T) {
	ds, err := Parse(readValid(t), known)
	if err != nil {
		t.Fatalf("Parse(testdata/valid.json) error: %v", err)
	}
	diffDatasets(t, ds, withDefaultOwners(validDataset()))
}

// withDefaultOwners gives records without an owner the one Parse defaults to: a mission's
// lead, a mandate's body, an activity's first implementer or else first funder.
func withDefaultOwners(ds concord.Dataset) concord.Dataset {
	for i, m := range ds.Missions {
		if m.Owner == "" {
			ds.Missions[i].Owner = m.LeadActor
		}
	}
	for i, m := range ds.Mandates {
		if m.Owner == "" {
			ds.Mandates[i].Owner = m.Body
		}
	}
	for i, a := range ds.Activities {
		switch {
		case a.Owner != "":
		case len(a.Implementers) > 0:
			ds.Activities[i].Owner = a.Implementers[0]
		case len(a.Funders) > 0:
			ds.Activities[i].Owner = a.Funders[0].Funder
		}
	}
	return ds
}

// base is a small valid document that the cases below break one way at a time.
const base = `{
  "format": "concord-dataset/1",
  "actors": [{"id": "eu", "name": "European Union", "kind": "REGIONAL_ORGANISATION"}],
  "missions": [{
    "id": "eulex",
    "name": "EULEX Kosovo",
    "model": "TRAINING_SUPPORT",
    "lead": "eu",
    "start": "2008-02-16",
    "end": null,
    "deployments": [{"country": "XKX", "from": "2008-12-09", "to": null}],
    "mandates": [{"id": "cja-2008-124", "reference": "Council Joint Action 2008/124/CFSP", "body": "eu", "adopted": "2008-02-04", "functions": ["JUSTICE", "POLICE"]}]
  }],
  "activities": [{"id": "act-1", "title": "Courts", "country": "MLI", "functions": ["JUSTICE"], "funders": [{"actor": "eu", "amount": 1000}]}],
  "lessons": [{"id": "lesson-1", "title": "T", "text": "X", "about": {"countries": ["XKX"]}}]
}`

// endOfMissions is where a second mission can be added to base.
const endOfMissions = "  }],\n  \"activities\""

func secondMission(m string) [2]string {
	return [2]string{endOfMissions, "  }, " + m + "],\n  \"activities\""}
}

// edit applies replacements to base, each of which must match exactly once.
func edit(t *testing.T, doc string, edits ...[2]string) string {
	t.Helper()
	for _, e := range edits {
		if n := strings.Count(doc, e[0]); n != 1 {
			t.Fatalf("%q occurs %d times in the document, want once", e[0], n)
		}
		doc = strings.Replace(doc, e[0], e[1], 1)
	}
	return doc
}

func TestParseBase(t *testing.T) {
	ds, err := Parse([]byte(base), known)
	if err != nil {
		t.Fatalf("Parse(base) error: %v", err)
	}
	if ds.External != nil {
		t.Fatalf("External = %+v, want none", ds.External)
	}
	if got, want := len(ds.Missions), 1; got != want {
		t.Fatalf("%d missions, want %d", got, want)
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name    string
		doc     string      // the whole document, or
		edits   [][2]string // replacements in base
		field   string
		message string // a part of the first error's message
	}{
		{
			name:    "unknown top-level key",
			edits:   [][2]string{{`"format": "concord-dataset/1",`, `"format": "concord-dataset/1", "extra": [],`}},
			field:   "extra",
			message: "unknown key",
		},
		{
			name:    "unknown key in a deployment",
			edits:   [][2]string{{`"to": null}`, `"to": null, "until": null}`}},
			field:   "missions[0].deployments[0].until",
			message: "unknown key",
		},
		{
			name:    "unknown key in a lesson's about",
			edits:   [][2]string{{`"about": {"countries": ["XKX"]}`, `"about": {"countries": ["XKX"], "clusters": []}`}},
			field:   "lessons[0].about.clusters",
			message: "unknown key",
		},
		{
			name:    "deployment from is not a date",
			edits:   [][2]string{{`"from": "2008-12-09"`, `"from": "9 Dec 2008"`}},
			field:   "missions[0].deployments[0].from",
			message: `not a date (YYYY-MM-DD, YYYY-MM or YYYY): "9 Dec 2008"`,
		},
		{
			name:    "no 30 February",
			edits:   [][2]string{{`"start": "2008-02-16"`, `"start": "2008-02-30"`}},
			field:   "missions[0].start",
			message: "not a date",
		},
		{
			name:    "mission ends before it starts",
			edits:   [][2]string{{`"end": null`, `"end": "2008-01"`}},
			field:   "missions[0].end",
			message: "before it starts",
		},
		{
			name:    "unknown deployment country",
			edits:   [][2]string{{`{"country": "XKX"`, `{"country": "KOS"`}},
			field:   "missions[0].deployments[0].country",
			message: `unknown country "KOS"`,
		},
		{
			name:    "unknown activity country",
			edits:   [][2]string{{`"country": "MLI"`, `"country": "MAL"`}},
			field:   "activities[0].countries[0]",
			message: `unknown country "MAL"`,
		},
		{
			name:    "unknown lesson country",
			edits:   [][2]string{{`"countries": ["XKX"]`, `"countries": ["XKX", "YUG"]`}},
			field:   "lessons[0].about.countries[1]",
			message: `unknown country "YUG"`,
		},
		{
			name:    "unknown function in a nested mandate",
			edits:   [][2]string{{`["JUSTICE", "POLICE"]`, `["JUSTICE", "PEACE"]`}},
			field:   "missions[0].mandates[0].functions[1]",
			message: `unknown function "PEACE"`,
		},
		{
			name:    "unknown model",
			edits:   [][2]string{{`"TRAINING_SUPPORT"`, `"TRAINING"`}},
			field:   "missions[0].model",
			message: `unknown model "TRAINING"`,
		},
		{
			name:    "number for a name",
			edits:   [][2]string{{`"name": "EULEX Kosovo"`, `"name": 42`}},
			field:   "missions[0].name",
			message: "must be a string, not a number",
		},
		{
			name:    "number in a list of functions",
			edits:   [][2]string{{`"functions": ["JUSTICE"], "funders"`, `"functions": [7], "funders"`}},
			field:   "activities[0].functions[0]",
			message: "must be a string, not a number",
		},
		{
			name:    "string for an amount",
			edits:   [][2]string{{`"amount": 1000`, `"amount": "1000"`}},
			field:   "activities[0].funders[0].amount",
			message: "must be a number, not a string",
		},
		{
			name:    "fraction for personnel",
			edits:   [][2]string{{`"lead": "eu",`, `"lead": "eu", "contributors": [{"actor": "eu", "personnel": 2.5}],`}},
			field:   "missions[0].contributors[0].personnel",
			message: "must be a whole number",
		},
		{
			name:    "string for confidential",
			edits:   [][2]string{{`"text": "X"`, `"text": "X", "confidential": "no"`}},
			field:   "lessons[0].confidential",
			message: "must be true or false, not a string",
		},
		{
			name:    "funder without actor",
			edits:   [][2]string{{`{"actor": "eu", "amount": 1000}`, `{"amount": 1000}`}},
			field:   "activities[0].funders[0].actor",
			message: "is required",
		},
		{
			name:    "object for a list",
			edits:   [][2]string{{`"deployments": [{"country": "XKX", "from": "2008-12-09", "to": null}]`, `"deployments": {"country": "XKX"}`}},
			field:   "missions[0].deployments",
			message: "must be an array, not an object",
		},
		{
			name:    "string for a record",
			edits:   [][2]string{{`"funders": [{"actor": "eu", "amount": 1000}]`, `"funders": ["eu"]`}},
			field:   "activities[0].funders[0]",
			message: "must be an object, not a string",
		},
		{
			name:    "duplicate mission id",
			edits:   [][2]string{secondMission(`{"id": "eulex", "name": "Again", "model": "MONITORING", "lead": "eu"}`)},
			field:   "missions[1].id",
			message: `mission id "eulex" is given more than once`,
		},
		{
			name:    "duplicate actor id",
			edits:   [][2]string{{`"kind": "REGIONAL_ORGANISATION"}]`, `"kind": "REGIONAL_ORGANISATION"}, {"id": "eu", "name": "EU", "kind": "OTHER"}]`}},
			field:   "actors[1].id",
			message: `actor id "eu" is given more than once`,
		},
		{
			name: "two copies of one mandate that differ",
			edits: [][2]string{secondMission(`{"id": "eulex-2", "name": "Again", "model": "MONITORING", "lead": "eu",
    "mandates": [{"id": "cja-2008-124", "reference": "Council Joint Action 2008/124/CFSP", "body": "eu", "adopted": "2008-02-04", "functions": ["JUSTICE"]}]}`)},
			field:   "missions[1].mandates[0]",
			message: `mandate "cja-2008-124" differs from its copy at missions[0].mandates[0]`,
		},
		{
			name: "nested mandate differs from the top-level one",
			edits: [][2]string{{`"missions": [{`, `"mandates": [{"id": "cja-2008-124", "reference": "CJA 2008/124", "body": "eu", "adopted": "2008-02-04", "functions": ["JUSTICE", "POLICE"]}],
  "missions": [{`}},
			field:   "missions[0].mandates[0]",
			message: "differs from its copy at mandates[0]",
		},
		{
			name:    "wrong format",
			edits:   [][2]string{{`"concord-dataset/1"`, `"concord-dataset/2"`}},
			field:   "format",
			message: `must be "concord-dataset/1", not "concord-dataset/2"`,
		},
		{
			name:    "missing format",
			edits:   [][2]string{{`"format": "concord-dataset/1",`, ``}},
			field:   "format",
			message: "is required",
		},
		{
			name:    "syntax error",
			doc:     "{\n  \"format\": \"concord-dataset/1\",\n  \"actors\": [}\n}",
			field:   "line 3, column 14", // the '}'
			message: "not JSON: invalid character '}'",
		},
		{
			name:    "syntax error on the first line",
			doc:     `{"format" "concord-dataset/1"}`,
			field:   "line 1, column 11", // the second '"'
			message: "not JSON: invalid character '\"' after object key",
		},
		{
			name:    "syntax error at the start of a line",
			doc:     "{\"format\": \"concord-dataset/1\",\n\"actors\": [\n],\n]}",
			field:   "line 4, column 1",
			message: "not JSON: invalid character ']'",
		},
		{
			name:    "trailing data after the document",
			edits:   [][2]string{{"\n}", "\n}\n{}"}},
			field:   "$",
			message: "unexpected data after the document",
		},
		{
			name:    "trailing brace after the document",
			edits:   [][2]string{{"\n}", "\n}}"}},
			field:   "$",
			message: "unexpected data after the document",
		},
		{
			name:    "truncated document",
			doc:     base[:len(base)/2],
			field:   "$",
			message: "ends too early",
		},
		{
			name:    "empty document",
			doc:     "  \n",
			field:   "$",
			message: "ends too early",
		},
		{
			name:    "array for a document",
			doc:     `[{"format": "concord-dataset/1"}]`,
			field:   "$",
			message: "must be an object, not an array",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			if doc == "" {
				doc = edit(t, base, tt.edits...)
			}
			_, err := Parse([]byte(doc), known)
			if err == nil {
				t.Fatalf("Parse error = nil, want one at %s", tt.field)
			}
			errs := parseErrors(t, err)
			if got, want := errs[0].Field, tt.field; got != want {
				t.Fatalf("Field = %q, want %q (%v)", got, want, err)
			}
			if got, want := errs[0].Code, concord.EINVALID; got != want {
				t.Fatalf("Code = %q, want %q", got, want)
			}
			if !strings.Contains(errs[0].Message, tt.message) {
				t.Fatalf("Message = %q, want it to contain %q", errs[0].Message, tt.message)
			}
			// Nothing else is wrong with the document: every error is at the same place.
			for _, e := range errs[1:] {
				if e.Field != tt.field {
					t.Fatalf("another error at %s: %v", e.Field, e)
				}
			}
			if got, want := concord.ErrorField(err), tt.field; got != want {
				t.Fatalf("concord.ErrorField = %q, want %q", got, want)
			}
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	doc := edit(t, base,
		[2]string{`"model": "TRAINING_SUPPORT"`, `"model": "X"`},
		[2]string{`"from": "2008-12-09"`, `"from": "soon"`},
		[2]string{`"title": "T"`, `"title": ""`},
	)
	_, err := Parse([]byte(doc), known)
	var fields []string
	for _, e := range parseErrors(t, err) {
		fields = append(fields, e.Field)
	}
	want := []string{"missions[0].deployments[0].from", "missions[0].model", "lessons[0].title"}
	if !reflect.DeepEqual(fields, want) {
		t.Fatalf("fields = %q, want %q", fields, want)
	}
}

func TestParseMaxErrors(t *testing.T) {
	var actors []string
	for i := range MaxErrors + 50 {
		actors = append(actors, fmt.Sprintf(`{"id": "a%d", "name": "A", "kind": "NONE"}`, i))
	}
	doc := `{"format": "concord-dataset/1", "actors": [` + strings.Join(actors, ",") + `]}`
	_, err := Parse([]byte(doc), known)
	errs := parseErrors(t, err)
	if got, want := len(errs), MaxErrors; got != want {
		t.Fatalf("%d errors, want %d", got, want)
	}
	if got, want := errs[0].Field, "actors[0].kind"; got != want {
		t.Fatalf("first error at %q, want %q", got, want)
	}
}

func TestParseMandateCopies(t *testing.T) {
	t.Run("identical copies are one mandate", func(t *testing.T) {
		doc := edit(t, base, secondMission(`{"id": "eulex-2", "name": "Again", "model": "MONITORING", "lead": "eu",
    "mandates": [{"id": "cja-2008-124", "reference": "Council Joint Action 2008/124/CFSP", "body": "eu", "adopted": "2008-02-04", "functions": ["JUSTICE", "POLICE"]}]}`))
		ds, err := Parse([]byte(doc), known)
		if err != nil {
			t.Fatalf("Parse error: %v", err)
		}
		if got, want := len(ds.Mandates), 1; got != want {
			t.Fatalf("%d mandates, want %d", got, want)
		}
		for i, m := range ds.Missions {
			if got, want := m.Mandates, []string{"cja-2008-124"}; !reflect.DeepEqual(got, want) {
				t.Fatalf("missions[%d].Mandates = %v, want %v", i, got, want)
			}
		}
	})
	t.Run("standalone mandates come first", func(t *testing.T) {
		doc := edit(t, base, [2]string{`"missions": [{`, `"mandates": [{"id": "unscr-2100", "reference": "UNSCR 2100 (2013)", "body": "eu", "functions": []}],
  "missions": [{`})
		ds, err := Parse([]byte(doc), known)
		if err != nil {
			t.Fatalf("Parse error: %v", err)
		}
		var ids []string
		for _, m := range ds.Mandates {
			ids = append(ids, m.ID)
		}
		if want := []string{"unscr-2100", "cja-2008-124"}; !reflect.DeepEqual(ids, want) {
			t.Fatalf("mandates = %v, want %v", ids, want)
		}
	})
}

func TestParseExternal(t *testing.T) {
	tests := []struct {
		name  string
		edits [][2]string
		want  []concord.Reference
	}{
		{
			name: "everything resolved",
		},
		{
			name:  "actor parent",
			edits: [][2]string{{`"kind": "REGIONAL_ORGANISATION"`, `"kind": "REGIONAL_ORGANISATION", "parent": "europe"`}},
			want:  []concord.Reference{{Kind: concord.RecordActor, ID: "europe", Path: "actors[0].parent"}},
		},
		{
			name:  "nested mandate body",
			edits: [][2]string{{`"body": "eu"`, `"body": "council"`}},
			want:  []concord.Reference{{Kind: concord.RecordActor, ID: "council", Path: "missions[0].mandates[0].body"}},
		},
		{
			name: "top-level mandate body",
			edits: [][2]string{{`"missions": [{`, `"mandates": [{"id": "m-2", "reference": "R", "body": "osce", "functions": []}],
  "missions": [{`}},
			want: []concord.Reference{{Kind: concord.RecordActor, ID: "osce", Path: "mandates[0].body"}},
		},
		{
			name:  "mission lead",
			edits: [][2]string{{`"lead": "eu"`, `"lead": "nato"`}},
			want:  []concord.Reference{{Kind: concord.RecordActor, ID: "nato", Path: "missions[0].lead"}},
		},
		{
			name:  "contributor, predecessor and cluster",
			edits: [][2]string{{`"lead": "eu",`, `"lead": "eu", "contributors": [{"actor": "eu"}, {"actor": "fra"}], "succeeds": ["kvm"], "clusters": ["balkans"],`}},
			want: []concord.Reference{
				{Kind: concord.RecordActor, ID: "fra", Path: "missions[0].contributors[1].actor"},
				{Kind: concord.RecordMission, ID: "kvm", Path: "missions[0].succeeds[0]"},
				{Kind: concord.RecordCluster, ID: "balkans", Path: "missions[0].clusters[0]"},
			},
		},
		{
			name:  "implementer and funder",
			edits: [][2]string{{`"funders": [{"actor": "eu", "amount": 1000}]`, `"implementers": ["undp", "eu"], "funders": [{"actor": "swe"}]`}},
			want: []concord.Reference{
				{Kind: concord.RecordActor, ID: "undp", Path: "activities[0].implementers[0]"},
				{Kind: concord.RecordActor, ID: "swe", Path: "activities[0].funders[0].actor"},
			},
		},
		{
			name:  "lesson author and missions",
			edits: [][2]string{{`"about": {"countries": ["XKX"]}`, `"author": "zif", "about": {"missions": ["eulex", "unmik"]}`}},
			want: []concord.Reference{
				{Kind: concord.RecordActor, ID: "zif", Path: "lessons[0].author"},
				{Kind: concord.RecordMission, ID: "unmik", Path: "lessons[0].about.missions[1]"},
			},
		},
		{
			name:  "an id of another kind does not resolve",
			edits: [][2]string{{`"lead": "eu",`, `"lead": "eu", "succeeds": ["eu"],`}},
			want:  []concord.Reference{{Kind: concord.RecordMission, ID: "eu", Path: "missions[0].succeeds[0]"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := Parse([]byte(edit(t, base, tt.edits...)), known)
			if err != nil {
				t.Fatalf("Parse error: %v", err)
			}
			if !reflect.DeepEqual(ds.External, tt.want) {
				t.Fatalf("External = %+v, want %+v", ds.External, tt.want)
			}
		})
	}
}
