package dataset

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// normalise makes empty slices nil throughout v (a pointer), since the document does not
// tell an empty list from a missing one, and orders mandates by id: the document nests them
// under their missions, so it does not keep their order.
func normalise(ds *concord.Dataset) {
	slices.SortFunc(ds.Mandates, func(a, b concord.Mandate) int { return strings.Compare(a.ID, b.ID) })
	nilEmpty(reflect.ValueOf(ds).Elem())
}

func nilEmpty(v reflect.Value) {
	switch v.Kind() {
	case reflect.Slice:
		if v.Len() == 0 {
			if !v.IsNil() {
				v.Set(reflect.Zero(v.Type()))
			}
			return
		}
		for i := range v.Len() {
			nilEmpty(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				nilEmpty(v.Field(i))
			}
		}
	}
}

// handBuilt is a dataset with what a document can hold: a standalone mandate, a mandate
// shared by two missions, a mission with two mandates, unknown starts, empty and nil lists.
func handBuilt() concord.Dataset {
	return concord.Dataset{
		Actors: []concord.Actor{
			{ID: "eu", Name: "European Union", Acronym: "EU", Kind: concord.KindRegionalOrganisation},
			{ID: "eeas", Name: "European External Action Service", Kind: concord.KindOrgan, Parent: "eu"},
		},
		Clusters: []concord.Cluster{{ID: "sahel", Name: "Sahel"}},
		Mandates: []concord.Mandate{
			{ID: "cd-2013-34", Reference: "Council Decision 2013/34/CFSP", Body: "eu", Adopted: day(2013, 1, 17),
				Expires: day(2024, 5, 18), Functions: []concord.FunctionCode{concord.MilitaryTraining}},
			{ID: "cd-2014-219", Reference: "Council Decision 2014/219/CFSP", Body: "eu", Adopted: day(2014, 4, 15),
				Functions: []concord.FunctionCode{concord.Police, concord.Justice}},
			{ID: "cd-2020-draft", Reference: "Draft decision & annex <A>", Body: "eeas", Functions: []concord.FunctionCode{}},
		},
		Missions: []concord.Mission{
			{
				ID: "eutm-mali", Name: "EU Training Mission Mali", Acronym: "EUTM Mali", Model: concord.ModelTrainingSupport,
				LeadActor: "eu", Period: concord.Period{From: day(2013, 2, 18), To: day(2024, 5, 18)},
				Sources: []string{"https://eutmmali.eu"}, Note: "Closed.",
				Contributors: []concord.Contribution{
					{Actor: "deu", Mission: "eutm-mali", Role: "trainers", Personnel: 300},
					{Actor: "fra", Mission: "eutm-mali"},
				},
				Deployments: []concord.Deployment{{Mission: "eutm-mali", Country: "MLI", Period: concord.Period{From: day(2013, 2, 18), To: day(2024, 5, 18)}}},
				Mandates:    []string{"cd-2013-34", "cd-2014-219"},
				Succeeds:    []string{},
				Clusters:    []string{"sahel"},
			},
			{
				ID: "eucap-sahel-mali", Name: "EUCAP Sahel Mali", Model: concord.ModelTrainingSupport, LeadActor: "eu",
				Deployments: []concord.Deployment{{Mission: "eucap-sahel-mali", Country: "MLI"}}, // unknown start, ongoing
				Mandates:    []string{"cd-2014-219"},
				Clusters:    []string{"sahel"},
			},
		},
		Activities: []concord.Activity{
			{
				ID: "XM-DAC-41114-001", Title: "Justice in Mali", Description: "Courts <and> prisons",
				Period:    concord.Period{From: day(2016, 1, 1)},
				Countries: []string{"MLI", "SRB"},
				Functions: []concord.FunctionCode{concord.Justice, concord.Corrections},
				Funders: []concord.Funding{
					{Funder: "swe", Target: "XM-DAC-41114-001", Amount: 1500000.5, Currency: "USD", Year: 2016},
					{Funder: "swe", Target: "XM-DAC-41114-001", Amount: 250000, Currency: "USD", Year: 2017},
					{Funder: "eu", Target: "XM-DAC-41114-001"},
				},
			},
			{ID: "act-empty", Title: "Nothing known", Implementers: []string{}},
		},
		Lessons: []concord.Lesson{
			{ID: "eu/lesson-1", Title: "Train the trainers", Text: "Line one.\nLine \"two\".", Date: day(2019, 3, 1),
				Author: "eu", Confidential: true, Sources: []string{"report.pdf"},
				About: concord.LessonAbout{Missions: []string{"eutm-mali"}, Countries: []string{"MLI"}, Functions: []concord.FunctionCode{concord.MilitaryTraining}}},
			{ID: "lesson-2", Title: "Undated", Text: "No author either."},
		},
	}
}

// external is what handBuilt refers to without holding it.
var handBuiltExternal = []concord.Reference{
	{Kind: concord.RecordActor, ID: "deu", Path: "missions[0].contributors[0].actor"},
	{Kind: concord.RecordActor, ID: "fra", Path: "missions[0].contributors[1].actor"},
	{Kind: concord.RecordActor, ID: "swe", Path: "activities[0].funders[0].actor"},
	{Kind: concord.RecordActor, ID: "swe", Path: "activities[0].funders[1].actor"},
}

func TestEncodeRoundTrip(t *testing.T) {
	t.Run("valid document", func(t *testing.T) {
		first, err := Parse(readValid(t), known)
		if err != nil {
			t.Fatalf("Parse error: %v", err)
		}
		data, err := Encode(first)
		if err != nil {
			t.Fatalf("Encode error: %v", err)
		}
		second, err := Parse(data, known)
		if err != nil {
			t.Fatalf("Parse(Encode(…)) error: %v\n%s", err, data)
		}
		// Parse already gives nil for empty lists, so no normalising is needed.
		diffDatasets(t, second, first)
	})
	t.Run("hand-built dataset", func(t *testing.T) {
		want := withDefaultOwners(handBuilt())
		data, err := Encode(want)
		if err != nil {
			t.Fatalf("Encode error: %v", err)
		}
		got, err := Parse(data, known)
		if err != nil {
			t.Fatalf("Parse(Encode(…)) error: %v\n%s", err, data)
		}
		if !reflect.DeepEqual(got.External, handBuiltExternal) {
			t.Fatalf("External = %+v, want %+v", got.External, handBuiltExternal)
		}
		got.External = nil
		normalise(&got)
		normalise(&want)
		diffDatasets(t, got, want)
	})
	t.Run("empty dataset", func(t *testing.T) {
		data, err := Encode(concord.Dataset{})
		if err != nil {
			t.Fatalf("Encode error: %v", err)
		}
		got, err := Parse(data, known)
		if err != nil {
			t.Fatalf("Parse(Encode(…)) error: %v\n%s", err, data)
		}
		diffDatasets(t, got, concord.Dataset{})
	})
	t.Run("encoding is stable", func(t *testing.T) {
		a, err := Encode(withDefaultOwners(handBuilt()))
		if err != nil {
			t.Fatal(err)
		}
		ds, err := Parse(a, known)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Encode(ds)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("Encode(Parse(Encode(ds))) differs from Encode(ds):\n%s\n----\n%s", b, a)
		}
	})
}

// encodedDoc is the generic shape of an encoded document, for checking where things went.
type encodedDoc struct {
	Format   string `json:"format"`
	Mandates []struct {
		ID string `json:"id"`
	} `json:"mandates"`
	Missions []struct {
		ID       string           `json:"id"`
		Mandates []map[string]any `json:"mandates"`
	} `json:"missions"`
}

func TestEncodeMandates(t *testing.T) {
	ds := handBuilt()
	data, err := Encode(ds)
	if err != nil {
		t.Fatalf("Encode error: %v", err)
	}
	var doc encodedDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("Encode wrote invalid JSON: %v", err)
	}
	if got, want := doc.Format, Format; got != want {
		t.Fatalf("format = %q, want %q", got, want)
	}
	byID := map[string]concord.Mandate{}
	for _, m := range ds.Mandates {
		byID[m.ID] = m
	}
	if got, want := len(doc.Missions), len(ds.Missions); got != want {
		t.Fatalf("%d missions, want %d", got, want)
	}
	for i, m := range ds.Missions {
		em := doc.Missions[i]
		var ids []string
		for _, md := range em.Mandates {
			id, _ := md["id"].(string)
			ids = append(ids, id)
			want := byID[id]
			if got := md["reference"]; got != want.Reference {
				t.Fatalf("missions[%d] mandate %s reference = %v, want %q", i, id, got, want.Reference)
			}
			if got := md["body"]; got != want.Body {
				t.Fatalf("missions[%d] mandate %s body = %v, want %q", i, id, got, want.Body)
			}
			if _, ok := md["functions"].([]any); !ok {
				t.Fatalf("missions[%d] mandate %s has no functions list", i, id)
			}
		}
		if !slices.Equal(ids, m.Mandates) {
			t.Fatalf("missions[%d] (%s) nests mandates %v, want %v", i, em.ID, ids, m.Mandates)
		}
	}
	var standalone []string
	for _, m := range doc.Mandates {
		standalone = append(standalone, m.ID)
	}
	if want := []string{"cd-2020-draft"}; !slices.Equal(standalone, want) {
		t.Fatalf("top-level mandates = %v, want %v", standalone, want)
	}
	if !bytes.Contains(data, []byte(`"Draft decision & annex <A>"`)) {
		t.Fatalf("Encode escaped HTML characters:\n%s", data)
	}
}

func TestEncodeNoStandaloneMandates(t *testing.T) {
	first, err := Parse(readValid(t), known)
	if err != nil {
		t.Fatalf("Parse error: %v", err)
	}
	data, err := Encode(first)
	if err != nil {
		t.Fatalf("Encode error: %v", err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatalf("Encode wrote invalid JSON: %v", err)
	}
	if m, ok := top["mandates"]; ok {
		t.Fatalf("top-level mandates = %s, want none: every mandate is nested", m)
	}
	for _, key := range []string{"format", "actors", "clusters", "missions", "activities", "lessons"} {
		if _, ok := top[key]; !ok {
			t.Fatalf("encoded document has no %q", key)
		}
	}
	// Both missions carry the shared mandate in full.
	if got, want := bytes.Count(data, []byte(`"reference": "UNSCR 1244 (1999)"`)), 2; got != want {
		t.Fatalf("the shared mandate is written %d times, want %d:\n%s", got, want, data)
	}
}
