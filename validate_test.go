package concord

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// knownCountry accepts the few countries the tests use.
func knownCountry(c string) bool { return c == "XKX" || c == "SRB" || c == "MLI" }

// errorFields lists the fields of every error in err, checking that each is BAD_USER_INPUT.
func errorFields(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var es Errors
	if !errors.As(err, &es) {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v (%T) is neither Errors nor *Error", err, err)
		}
		es = Errors{e}
	}
	var fields []string
	for _, e := range es {
		if e.Code != EINVALID {
			t.Fatalf("error %v has code %q, want %q", e, e.Code, EINVALID)
		}
		fields = append(fields, e.Field)
	}
	return fields
}

func TestValidID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"eulex-kosovo", true},
		{"XM-DAC-41114-PROJECT-00012345", true},
		{"GB-GOV-1/PO.12:3_a", true},
		{"a", true},
		{strings.Repeat("a", 200), true},
		{strings.Repeat("a", 201), false},
		{"", false},
		{"-leading-dash", false},
		{" leading space", false},
		{"trailing space ", false},
		{"tab\tinside", false},
		{"zero\x00byte", false},
		// Real IATI identifiers hold spaces and other punctuation: ids are only ever Cypher
		// parameters, so anything printable is accepted.
		{"KE-NCB-2180511304359047 - Unilever", true},
		{"ümlaut", true},
		{"semi;colon", true},
	}
	for _, tt := range tests {
		name := "valid/" + tt.id
		if !tt.want {
			name = "invalid/" + tt.id
		}
		t.Run(name, func(t *testing.T) {
			if got := ValidID(tt.id); got != tt.want {
				t.Fatalf("ValidID(%q) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}

func TestActorValidate(t *testing.T) {
	valid := Actor{ID: "unsc", Name: "UN Security Council", Acronym: "UNSC", Kind: KindOrgan, Parent: "un"}
	tests := []struct {
		name   string
		edit   func(*Actor)
		fields []string
	}{
		{"valid", func(*Actor) {}, nil},
		{"valid without parent", func(a *Actor) { a.Parent = "" }, nil},
		{"missing id", func(a *Actor) { a.ID = "" }, []string{"input.id"}},
		{"malformed id", func(a *Actor) { a.ID = " UN" }, []string{"input.id"}},
		{"missing name", func(a *Actor) { a.Name = "" }, []string{"input.name"}},
		{"missing kind", func(a *Actor) { a.Kind = "" }, []string{"input.kind"}},
		{"unknown kind", func(a *Actor) { a.Kind = "COMPANY" }, []string{"input.kind"}},
		{"malformed parent", func(a *Actor) { a.Parent = "u\nn" }, []string{"input.parent"}},
		{"own parent", func(a *Actor) { a.Parent = "unsc" }, []string{"input.parent"}},
		{"everything missing", func(a *Actor) { *a = Actor{} }, []string{"input.id", "input.name", "input.kind"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := valid
			tt.edit(&a)
			if got := errorFields(t, a.Validate("input.")); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
}

func TestMissionValidate(t *testing.T) {
	valid := func() Mission {
		return Mission{
			ID: "eulex-kosovo", Name: "EULEX Kosovo", Model: ModelTrainingSupport, LeadActor: "eu",
			Period:       Period{From: d(2008, 2, 16)},
			Contributors: []Contribution{{Actor: "deu", Role: "police", Personnel: 100}},
			Deployments:  []Deployment{{Country: "XKX", Period: Period{From: d(2008, 12, 9)}}},
			Mandates:     []string{"cja-2008-124"},
			Succeeds:     []string{"unmik"},
			Clusters:     []string{"western-balkans"},
		}
	}
	tests := []struct {
		name   string
		edit   func(*Mission)
		fields []string
	}{
		{"valid", func(*Mission) {}, nil},
		{"unknown country", func(m *Mission) { m.Deployments[0].Country = "KOS" }, []string{"input.deployments[0].country"}},
		{"second deployment's country", func(m *Mission) {
			m.Deployments = append(m.Deployments, Deployment{Country: "xkx"})
		}, []string{"input.deployments[1].country"}},
		{"deployment ends before it starts", func(m *Mission) {
			m.Deployments[0].Period.To = d(2008, 12, 8)
		}, []string{"input.deployments[0].to"}},
		{"bad model", func(m *Mission) { m.Model = "OBSERVER" }, []string{"input.model"}},
		{"missing model", func(m *Mission) { m.Model = "" }, []string{"input.model"}},
		{"end before start", func(m *Mission) { m.Period.To = d(2008, 2, 15) }, []string{"input.end"}},
		{"missing lead", func(m *Mission) { m.LeadActor = "" }, []string{"input.lead"}},
		{"missing name", func(m *Mission) { m.Name = "" }, []string{"input.name"}},
		{"contributor without actor", func(m *Mission) { m.Contributors[0].Actor = "" }, []string{"input.contributors[0].actor"}},
		{"negative personnel", func(m *Mission) { m.Contributors[0].Personnel = -1 }, []string{"input.contributors[0].personnel"}},
		{"succeeds itself", func(m *Mission) { m.Succeeds = append(m.Succeeds, m.ID) }, []string{"input.succeeds[1]"}},
		{"malformed cluster", func(m *Mission) { m.Clusters = append(m.Clusters, "Western Balkans ") }, []string{"input.clusters[1]"}},
		{"malformed mandate", func(m *Mission) { m.Mandates[0] = "" }, []string{"input.mandates[0]"}},
		{"every problem at once", func(m *Mission) {
			m.Model = "X"
			m.Period.To = d(2000, 1, 1)
			m.Deployments[0].Country = "ZZZ"
		}, []string{"input.model", "input.end", "input.deployments[0].country"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.edit(&m)
			if got := errorFields(t, m.Validate("input.", knownCountry)); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
	t.Run("prefix is a JSON path", func(t *testing.T) {
		m := valid()
		m.Deployments[0].Country = "ZZZ"
		err := m.Validate("missions[3].", knownCountry)
		if got, want := ErrorField(err), "missions[3].deployments[0].country"; got != want {
			t.Fatalf("ErrorField = %q, want %q", got, want)
		}
		if !strings.Contains(ErrorMessage(err), `"ZZZ"`) {
			t.Fatalf("ErrorMessage = %q, want it to name the country", ErrorMessage(err))
		}
	})
}

func TestMandateValidate(t *testing.T) {
	valid := func() Mandate {
		return Mandate{
			ID: "unscr-1244", Reference: "UNSCR 1244 (1999)", Body: "unsc", Adopted: d(1999, 6, 10),
			Functions: []FunctionCode{RuleOfLaw, Political},
		}
	}
	tests := []struct {
		name   string
		edit   func(*Mandate)
		fields []string
	}{
		{"valid", func(*Mandate) {}, nil},
		{"valid without functions", func(m *Mandate) { m.Functions = nil }, nil},
		{"missing reference", func(m *Mandate) { m.Reference = "" }, []string{"input.reference"}},
		{"missing body", func(m *Mandate) { m.Body = "" }, []string{"input.body"}},
		{"unknown function", func(m *Mandate) { m.Functions[1] = "PEACE" }, []string{"input.functions[1]"}},
		{"expires before adoption", func(m *Mandate) { m.Expires = d(1999, 6, 9) }, []string{"input.expires"}},
		{"missing id", func(m *Mandate) { m.ID = "" }, []string{"input.id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.edit(&m)
			if got := errorFields(t, m.Validate("input.")); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
}

func TestActivityValidate(t *testing.T) {
	valid := func() Activity {
		return Activity{
			ID: "XM-EXAMPLE-0001", Title: "Access to justice programme",
			Period:       Period{d(2016, 1, 1), d(2018, 12, 31)},
			Countries:    []string{"MLI"},
			Functions:    []FunctionCode{Justice},
			Implementers: []string{"undp"},
			Funders:      []Funding{{Funder: "swe", Amount: 1500000, Currency: "USD", Year: 2016}},
		}
	}
	tests := []struct {
		name   string
		edit   func(*Activity)
		fields []string
	}{
		{"valid", func(*Activity) {}, nil},
		{"funding without amount, currency or year", func(a *Activity) { a.Funders[0] = Funding{Funder: "swe"} }, nil},
		{"missing title", func(a *Activity) { a.Title = "" }, []string{"input.title"}},
		{"end before start", func(a *Activity) { a.Period.To = d(2015, 12, 31) }, []string{"input.end"}},
		{"unknown country", func(a *Activity) { a.Countries = append(a.Countries, "ATL") }, []string{"input.countries[1]"}},
		{"unknown function", func(a *Activity) { a.Functions[0] = "justice" }, []string{"input.functions[0]"}},
		{"malformed implementer", func(a *Activity) { a.Implementers[0] = "" }, []string{"input.implementers[0]"}},
		{"funder without actor", func(a *Activity) { a.Funders[0].Funder = "" }, []string{"input.funders[0].actor"}},
		{"negative amount is a reduction (IATI de-commitment)", func(a *Activity) { a.Funders[0].Amount = -1 }, nil},
		{"lowercase currency", func(a *Activity) { a.Funders[0].Currency = "usd" }, []string{"input.funders[0].currency"}},
		{"implausible year", func(a *Activity) { a.Funders[0].Year = 16 }, []string{"input.funders[0].year"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := valid()
			tt.edit(&a)
			if got := errorFields(t, a.Validate("input.", knownCountry)); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
}

func TestClusterValidate(t *testing.T) {
	tests := []struct {
		name   string
		c      Cluster
		fields []string
	}{
		{"valid", Cluster{ID: "sahel", Name: "Sahel"}, nil},
		{"missing name", Cluster{ID: "sahel"}, []string{"clusters[0].name"}},
		{"malformed id", Cluster{ID: "Sahel\tregion", Name: "Sahel"}, []string{"clusters[0].id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := errorFields(t, tt.c.Validate("clusters[0].")); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
}

func TestLessonValidate(t *testing.T) {
	valid := func() Lesson {
		return Lesson{
			ID: "lesson-0001", Title: "Sequence police training with justice reform", Text: "…",
			Date: d(2010, 6, 2), Author: "zif",
			About: LessonAbout{Missions: []string{"eulex-kosovo"}, Countries: []string{"XKX"}, Functions: []FunctionCode{Police}},
		}
	}
	tests := []struct {
		name   string
		edit   func(*Lesson)
		fields []string
	}{
		{"valid", func(*Lesson) {}, nil},
		{"valid without author", func(l *Lesson) { l.Author = "" }, nil},
		{"missing title and text", func(l *Lesson) { l.Title, l.Text = "", "" }, []string{"input.title", "input.text"}},
		{"malformed author", func(l *Lesson) { l.Author = "\tZIF" }, []string{"input.author"}},
		{"unknown country", func(l *Lesson) { l.About.Countries[0] = "KOS" }, []string{"input.about.countries[0]"}},
		{"unknown function", func(l *Lesson) { l.About.Functions = append(l.About.Functions, "X") }, []string{"input.about.functions[1]"}},
		{"malformed mission", func(l *Lesson) { l.About.Missions[0] = "" }, []string{"input.about.missions[0]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := valid()
			tt.edit(&l)
			if got := errorFields(t, l.Validate("input.", knownCountry)); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
}

func TestEngagementQueryValidate(t *testing.T) {
	tests := []struct {
		name            string
		q               EngagementQuery
		countryRequired bool
		fields          []string
	}{
		{"country only", EngagementQuery{Country: "XKX"}, true, nil},
		{"no country where optional", EngagementQuery{}, false, nil},
		{"no country where required", EngagementQuery{}, true, []string{"country"}},
		{"unknown function", EngagementQuery{Country: "XKX", Function: "PEACE"}, true, []string{"function"}},
		{"at with from", EngagementQuery{Country: "XKX", At: d(2020, 1, 1), From: d(2019, 1, 1)}, true, []string{"at"}},
		{"at with to", EngagementQuery{Country: "XKX", At: d(2020, 1, 1), To: d(2021, 1, 1)}, true, []string{"at"}},
		{"to before from", EngagementQuery{Country: "XKX", From: d(2020, 1, 2), To: d(2020, 1, 1)}, true, []string{"to"}},
		{"from and to", EngagementQuery{Country: "XKX", From: d(2020, 1, 1), To: d(2020, 1, 1)}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := errorFields(t, tt.q.Validate(tt.countryRequired)); !slices.Equal(got, tt.fields) {
				t.Fatalf("Validate() fields = %q, want %q", got, tt.fields)
			}
		})
	}
}

func TestEngagementQueryWindow(t *testing.T) {
	tests := []struct {
		name string
		q    EngagementQuery
		want Period
	}{
		{"at is one day", EngagementQuery{At: d(2020, 5, 1)}, Period{d(2020, 5, 1), d(2020, 5, 1)}},
		{"from-to", EngagementQuery{From: d(2020, 1, 1), To: d(2020, 12, 31)}, Period{d(2020, 1, 1), d(2020, 12, 31)}},
		{"nothing", EngagementQuery{}, Period{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.q.Window(); got != tt.want {
				t.Fatalf("Window() = %v, want %v", got, tt.want)
			}
		})
	}
}
