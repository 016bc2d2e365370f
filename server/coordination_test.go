package server_test

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

type subject struct {
	Typename string `json:"__typename"`
	ID       string `json:"id"`
	Acronym  string `json:"acronym"`
}

type engagementsResult struct {
	Engagements struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Cursor string `json:"cursor"`
			Node   struct {
				Role      string                  `json:"role"`
				Actor     struct{ ID string }     `json:"actor"`
				Subject   subject                 `json:"subject"`
				Functions []struct{ Code string } `json:"functions"`
				From      *string                 `json:"from"`
				To        *string                 `json:"to"`
			} `json:"node"`
		} `json:"edges"`
		PageInfo struct {
			HasNextPage bool   `json:"hasNextPage"`
			EndCursor   string `json:"endCursor"`
		} `json:"pageInfo"`
	} `json:"engagements"`
}

const engagementsQuery = `query($country: String!, $function: FunctionCode, $broader: Boolean, $at: Date, $from: Date, $to: Date, $first: Int, $after: String) {
  engagements(country: $country, function: $function, includeBroader: $broader, at: $at, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    edges { cursor node { role actor { id } subject { __typename ... on Mission { id acronym } ... on Activity { id } }
      functions { code } from to } }
    pageInfo { hasNextPage endCursor }
  }
}`

func TestEngagements(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)

	tests := []struct {
		name string
		vars map[string]any
		want []string // actor/subject/role
	}{
		// OSCE's mandate says RULE_OF_LAW only: it answers JUSTICE more broadly, so it is out
		// unless broader matches are asked for.
		{"JusticeInKosovoIn2010", map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2010-06-01"}, []string{
			"deu/TEST-XKX-0001/FUNDER", "deu/eulex-kosovo/CONTRIBUTOR", "eu/eulex-kosovo/LEAD",
			"test-ngo/TEST-XKX-0001/IMPLEMENTER", "un/unmik/LEAD",
		}},
		{"JusticeInKosovoIn2010WithBroader", map[string]any{"country": "XKX", "function": "JUSTICE", "broader": true, "at": "2010-06-01"}, []string{
			"deu/TEST-XKX-0001/FUNDER", "deu/eulex-kosovo/CONTRIBUTOR", "eu/eulex-kosovo/LEAD",
			"osce/osce-mik/LEAD", "test-ngo/TEST-XKX-0001/IMPLEMENTER", "un/unmik/LEAD",
		}},
		// EULEX was not yet deployed.
		{"BeforeEULEXDeployed", map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2008-06-01"}, []string{
			"un/unmik/LEAD",
		}},
		{"ParentIncludesChildren", map[string]any{"country": "XKX", "function": "RULE_OF_LAW", "at": "2012-01-01"}, []string{
			"deu/eulex-kosovo/CONTRIBUTOR", "eu/eulex-kosovo/LEAD", "osce/osce-mik/LEAD", "un/unmik/LEAD",
		}},
		// EULEX names CORRECTIONS; OSCE's RULE_OF_LAW answers it only more broadly; UNMIK's
		// mandate does not.
		{"CorrectionsOverAPeriod", map[string]any{"country": "XKX", "function": "CORRECTIONS", "from": "2000-01-01", "to": "2008-12-31"}, []string{
			"deu/eulex-kosovo/CONTRIBUTOR", "eu/eulex-kosovo/LEAD",
		}},
		{"EndedMissionsAreOut", map[string]any{"country": "SLE", "at": "2010-01-01"}, nil},
		{"AnyTimeInSierraLeone", map[string]any{"country": "SLE"}, []string{"un/unamsil/LEAD", "un/uniosil/LEAD"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got engagementsResult
			a.query(engagementsQuery, tt.vars, &got)
			var keys []string
			for _, e := range got.Engagements.Edges {
				keys = append(keys, e.Node.Actor.ID+"/"+e.Node.Subject.ID+"/"+e.Node.Role)
			}
			sort.Strings(keys)
			if !slices.Equal(keys, tt.want) {
				t.Errorf("engagements=%v, want %v", keys, tt.want)
			}
			if got, want := got.Engagements.TotalCount, len(tt.want); got != want {
				t.Errorf("totalCount=%d, want %d", got, want)
			}
		})
	}

	t.Run("FunctionsAreTheRecordsOwn", func(t *testing.T) {
		var got engagementsResult
		a.query(engagementsQuery, map[string]any{"country": "XKX", "function": "RULE_OF_LAW", "at": "2010-06-01"}, &got)
		for _, e := range got.Engagements.Edges {
			if e.Node.Subject.ID == "unmik" {
				var codes []string
				for _, f := range e.Node.Functions {
					codes = append(codes, f.Code)
				}
				if want := []string{"JUSTICE", "POLICE", "GOVERNANCE", "HUMAN_RIGHTS"}; !slices.Equal(codes, want) {
					t.Errorf("UNMIK functions=%v, want its own %v", codes, want)
				}
			}
		}
	})

	t.Run("Paginates", func(t *testing.T) {
		var all, page1, page2 engagementsResult
		vars := map[string]any{"country": "XKX", "function": "JUSTICE", "broader": true, "at": "2010-06-01"}
		a.query(engagementsQuery, vars, &all)
		vars["first"] = 4
		a.query(engagementsQuery, vars, &page1)
		if !page1.Engagements.PageInfo.HasNextPage || len(page1.Engagements.Edges) != 4 {
			t.Fatalf("first page: %d edges, hasNextPage=%v", len(page1.Engagements.Edges), page1.Engagements.PageInfo.HasNextPage)
		}
		vars["after"] = page1.Engagements.PageInfo.EndCursor
		a.query(engagementsQuery, vars, &page2)
		if page2.Engagements.PageInfo.HasNextPage || len(page2.Engagements.Edges) != 2 {
			t.Fatalf("second page: %d edges, hasNextPage=%v", len(page2.Engagements.Edges), page2.Engagements.PageInfo.HasNextPage)
		}
		joined := append(page1.Engagements.Edges, page2.Engagements.Edges...)
		for i := range joined {
			if joined[i].Node.Subject.ID != all.Engagements.Edges[i].Node.Subject.ID || joined[i].Node.Actor.ID != all.Engagements.Edges[i].Node.Actor.ID {
				t.Errorf("item %d differs between paged and unpaged results", i)
			}
		}
	})

	t.Run("BadArguments", func(t *testing.T) {
		for _, tt := range []struct {
			name  string
			vars  map[string]any
			code  string
			field string
		}{
			{"UnknownCountry", map[string]any{"country": "XXX"}, "BAD_USER_INPUT", "country"},
			{"AtWithPeriod", map[string]any{"country": "XKX", "at": "2010-01-01", "from": "2009-01-01"}, "BAD_USER_INPUT", "at"},
			{"ToBeforeFrom", map[string]any{"country": "XKX", "from": "2010-01-01", "to": "2009-01-01"}, "BAD_USER_INPUT", "to"},
			{"TooLargePage", map[string]any{"country": "XKX", "first": 501}, "BAD_USER_INPUT", "first"},
			{"HugePage", map[string]any{"country": "XKX", "first": 100000}, "BAD_USER_INPUT", "first"},
			{"BadCursor", map[string]any{"country": "XKX", "after": "garbage"}, "BAD_USER_INPUT", "after"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				e := a.fail(engagementsQuery, tt.vars)
				if code(e) != tt.code || field(e) != tt.field {
					t.Errorf("error %q code=%q field=%q, want %q %q", e.Message, code(e), field(e), tt.code, tt.field)
				}
			})
		}
		e := a.fail(engagementsQuery, map[string]any{"country": "XKX", "at": "1 June 2010"})
		if code(e) != "BAD_USER_INPUT" {
			t.Errorf("bad date: code=%q (%s), want BAD_USER_INPUT", code(e), e.Message)
		}
	})
}

const overlapsQuery = `query($country: String, $function: FunctionCode, $broader: Boolean, $at: Date) {
  overlaps(country: $country, function: $function, includeBroader: $broader, at: $at) {
    totalCount
    edges { node {
      country { code }
      a { subject { __typename ... on Mission { id } ... on Activity { id } } actors { id } }
      b { subject { __typename ... on Mission { id } ... on Activity { id } } actors { id } }
      sharedFunctions { code } from to score explanation } }
  }
}`

type overlapsResult struct {
	Overlaps struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Node struct {
				Country struct{ Code string } `json:"country"`
				A       struct {
					Subject subject `json:"subject"`
				} `json:"a"`
				B struct {
					Subject subject `json:"subject"`
				} `json:"b"`
				SharedFunctions []struct{ Code string } `json:"sharedFunctions"`
				From            *string                 `json:"from"`
				To              *string                 `json:"to"`
				Score           float64                 `json:"score"`
				Explanation     string                  `json:"explanation"`
			} `json:"node"`
		} `json:"edges"`
	} `json:"overlaps"`
}

func TestOverlaps(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)

	var got overlapsResult
	a.query(overlapsQuery, map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2010-06-01"}, &got)
	var pairs []string
	for _, e := range got.Overlaps.Edges {
		n := e.Node
		pairs = append(pairs, n.A.Subject.ID+"+"+n.B.Subject.ID)
		if n.Score < 0 || n.Score > 1 {
			t.Errorf("%s+%s score %v out of [0,1]", n.A.Subject.ID, n.B.Subject.ID, n.Score)
		}
		if n.Explanation == "" {
			t.Errorf("%s+%s has no explanation", n.A.Subject.ID, n.B.Subject.ID)
		}
		if n.Country.Code != "XKX" {
			t.Errorf("country=%s, want XKX", n.Country.Code)
		}
	}
	sort.Strings(pairs)
	// OSCE-MiK's mandate says RULE_OF_LAW only: it answers JUSTICE more broadly and takes part
	// only when broader matches are asked for.
	want := []string{"TEST-XKX-0001+eulex-kosovo", "TEST-XKX-0001+unmik", "eulex-kosovo+unmik"}
	if !slices.Equal(pairs, want) {
		t.Errorf("pairs=%v, want %v", pairs, want)
	}
	var broader overlapsResult
	a.query(overlapsQuery, map[string]any{"country": "XKX", "function": "JUSTICE", "broader": true, "at": "2010-06-01"}, &broader)
	var broaderPairs []string
	for _, e := range broader.Overlaps.Edges {
		broaderPairs = append(broaderPairs, e.Node.A.Subject.ID+"+"+e.Node.B.Subject.ID)
	}
	sort.Strings(broaderPairs)
	if want := []string{
		"TEST-XKX-0001+eulex-kosovo", "TEST-XKX-0001+osce-mik", "TEST-XKX-0001+unmik",
		"eulex-kosovo+osce-mik", "eulex-kosovo+unmik", "osce-mik+unmik",
	}; !slices.Equal(broaderPairs, want) {
		t.Errorf("pairs with broader matches=%v, want %v", broaderPairs, want)
	}

	// EULEX and UNMIK: shared period starts with EULEX's deployment; both ongoing.
	for _, e := range got.Overlaps.Edges {
		n := e.Node
		if n.A.Subject.ID == "eulex-kosovo" && n.B.Subject.ID == "unmik" {
			if n.From == nil || *n.From != "2008-12-09" || n.To != nil {
				t.Errorf("EULEX+UNMIK shared period %v–%v, want 2008-12-09–ongoing", n.From, n.To)
			}
			var shared []string
			for _, f := range n.SharedFunctions {
				shared = append(shared, f.Code)
			}
			if want := []string{"JUSTICE", "POLICE"}; !slices.Equal(shared, want) {
				t.Errorf("shared=%v, want %v", shared, want)
			}
			// S: EULEX spreads its work over JUSTICE, POLICE, CORRECTIONS (⅓ each), UNMIK (in
			// this fixture) over JUSTICE, POLICE, GOVERNANCE, HUMAN_RIGHTS (¼ each): ¼ + ¼ = 0.5.
			// T = 1 (EULEX lies wholly within UNMIK); P = ¾ (neither names an area within
			// Kosovo); O = 1 (no actor in common): 0.375 → 0.38.
			if n.Score != 0.38 {
				t.Errorf("EULEX+UNMIK score=%v, want 0.38 (%s)", n.Score, n.Explanation)
			}
			for _, want := range []string{"justice and police", "European Union", "United Nations", "same work 0.50"} {
				if !strings.Contains(n.Explanation, want) {
					t.Errorf("explanation %q does not say %q", n.Explanation, want)
				}
			}
		}
	}

	t.Run("SuccessorsDoNotOverlap", func(t *testing.T) {
		var sle overlapsResult
		a.query(overlapsQuery, map[string]any{"country": "SLE"}, &sle)
		if sle.Overlaps.TotalCount != 0 {
			t.Errorf("UNAMSIL and UNIOSIL follow each other; got %d overlaps", sle.Overlaps.TotalCount)
		}
	})

	t.Run("AllCountries", func(t *testing.T) {
		var all overlapsResult
		a.query(overlapsQuery, map[string]any{}, &all)
		if all.Overlaps.TotalCount != 6 {
			t.Errorf("totalCount=%d, want the 6 Kosovo pairs", all.Overlaps.TotalCount)
		}
		for i := 1; i < len(all.Overlaps.Edges); i++ {
			if all.Overlaps.Edges[i].Node.Score > all.Overlaps.Edges[i-1].Node.Score {
				t.Errorf("not ordered by descending score at %d", i)
			}
		}
	})
}

// TestSeedAnswersKosovo is the acceptance check on the real seed data: who works on justice in
// Kosovo on 1 June 2010, and where they overlap.
func TestSeedAnswersKosovo(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")

	var got engagementsResult
	a.query(engagementsQuery, map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2010-06-01"}, &got)
	missions := map[string]bool{}
	for _, e := range got.Engagements.Edges {
		missions[e.Node.Subject.ID] = true
	}
	for _, id := range []string{"unmik", "eulex-kosovo", "osce-mik"} {
		if !missions[id] {
			t.Errorf("engagements miss %s; got %v", id, missions)
		}
	}

	var ov overlapsResult
	a.query(overlapsQuery, map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2010-06-01"}, &ov)
	pairs := map[string]bool{}
	for _, e := range ov.Overlaps.Edges {
		pairs[e.Node.A.Subject.ID+"+"+e.Node.B.Subject.ID] = true
	}
	for _, p := range []string{"eulex-kosovo+unmik", "eulex-kosovo+osce-mik", "osce-mik+unmik"} {
		if !pairs[p] {
			t.Errorf("overlaps miss %s; got %v", p, pairs)
		}
	}
}

// TestCountrySummaries: the map's counts per country agree with engagements and overlaps of
// that country, on the seed in Kosovo on 1 June 2010.
func TestCountrySummaries(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	var got struct {
		CountrySummaries []struct {
			Country                                     struct{ Code string }
			Missions, Activities, Engagements, Overlaps int
		}
		Engagements struct{ TotalCount int }
		Overlaps    struct{ TotalCount int }
	}
	a.query(`query ($at: Date) {
  countrySummaries(at: $at) { country { code } missions activities engagements overlaps }
  engagements(country: "XKX", at: $at, first: 0) { totalCount }
  overlaps(country: "XKX", at: $at, first: 0) { totalCount }
}`, map[string]any{"at": "2010-06-01"}, &got)
	found := false
	for _, s := range got.CountrySummaries {
		if s.Country.Code != "XKX" {
			continue
		}
		found = true
		// UNMIK, KFOR, OSCE MiK and EULEX Kosovo.
		if s.Missions != 4 || s.Activities != 0 {
			t.Errorf("XKX: %d missions, %d activities; want 4 and 0", s.Missions, s.Activities)
		}
		if s.Engagements != got.Engagements.TotalCount || s.Overlaps != got.Overlaps.TotalCount || s.Overlaps < 3 {
			t.Errorf("XKX: %d engagements and %d overlaps; the country's lists have %d and %d",
				s.Engagements, s.Overlaps, got.Engagements.TotalCount, got.Overlaps.TotalCount)
		}
	}
	if !found || len(got.CountrySummaries) < 20 {
		t.Errorf("%d countries, Kosovo among them: %v", len(got.CountrySummaries), found)
	}
}
