package analytics

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// fakeStore serves hand-made inputs and records what was read, and whether in a snapshot.
type fakeStore struct {
	presences []concord.Presence
	leads     []concord.Lead
	missions  []concord.MissionPresence
	reads     []string // "presences MLI", "leads MLI", … prefixed with "snapshot " inside one
	snapshots int
	inSnap    bool
}

func (f *fakeStore) record(read string) {
	if f.inSnap {
		read = "snapshot " + read
	}
	f.reads = append(f.reads, read)
}

func (f *fakeStore) Presences(ctx context.Context, filter concord.PresenceFilter) ([]concord.Presence, error) {
	f.record("presences " + filter.Country)
	var out []concord.Presence
	for _, p := range f.presences {
		if filter.Passes(p) {
			out = append(out, p)
		}
	}
	return out, nil
}

// PresenceTallies tallies each activity that passes the filter on its own.
func (f *fakeStore) PresenceTallies(ctx context.Context, filter concord.PresenceFilter) ([]concord.PresenceTally, error) {
	f.record("tallies " + filter.Country)
	var out []concord.PresenceTally
	for _, p := range f.presences {
		if p.Kind != concord.SubjectActivity || !filter.Passes(p) {
			continue
		}
		roles := map[concord.ActorRole]bool{}
		for _, a := range p.Actors {
			roles[a] = true
		}
		out = append(out, concord.PresenceTally{Country: p.Country, Functions: p.Functions, Period: p.Period, Activities: 1, Engagements: len(roles)})
	}
	return out, nil
}

// ExpiringMandates lists nothing: the renewal calendar is tested against Neo4j.
func (f *fakeStore) ExpiringMandates(ctx context.Context, from, to concord.Date, body string) ([]concord.ExpiringMandate, error) {
	f.record("expiring")
	return nil, nil
}

// PresenceCountries lists the countries where the actor works or the mission is, on at.
func (f *fakeStore) PresenceCountries(ctx context.Context, actor, mission string, at concord.Date) ([]string, error) {
	f.record("countries " + actor + mission)
	var out []string
	for _, p := range f.presences {
		if !p.Period.Contains(at) || p.Period.Undated() {
			continue
		}
		there := p.Kind == concord.SubjectMission && p.Subject == mission
		for _, a := range p.Actors {
			there = there || (a.Actor == actor && a.Role != concord.RoleFunder)
		}
		if there && !slices.Contains(out, p.Country) {
			out = append(out, p.Country)
		}
	}
	slices.Sort(out)
	return out, nil
}

// UndatedCounts counts the presences without dates that pass the filter but for its window.
func (f *fakeStore) UndatedCounts(ctx context.Context, filter concord.PresenceFilter) ([]concord.UndatedCount, error) {
	f.record("undated " + filter.Country)
	counts := map[string]int{}
	filter.Window, filter.Undated = concord.Period{}, true
	for _, p := range f.presences {
		if p.Period.Undated() && filter.Passes(p) {
			counts[p.Country]++
		}
	}
	var out []concord.UndatedCount
	for _, c := range slices.Sorted(maps.Keys(counts)) {
		out = append(out, concord.UndatedCount{Country: c, Records: counts[c]})
	}
	return out, nil
}

func (f *fakeStore) AllMissions(ctx context.Context) ([]concord.MissionPresence, error) {
	f.record("missions")
	return f.missions, nil
}

func (f *fakeStore) FundingIn(ctx context.Context, country string) ([]concord.Activity, []concord.ActivityLink, error) {
	f.record("funding " + country)
	return nil, nil, nil
}

func (f *fakeStore) Leads(ctx context.Context, country string) ([]concord.Lead, error) {
	f.record("leads " + country)
	return f.leads, nil
}

func (f *fakeStore) Subgraph(ctx context.Context, focus string, depth, limit int) (concord.Subgraph, error) {
	f.record("subgraph " + focus)
	return concord.Subgraph{Nodes: []concord.SubgraphNode{{ID: focus, Type: concord.NetworkMission, Label: "UNMIK"}}}, nil
}

func (f *fakeStore) ReadSnapshot(ctx context.Context, fn func(concord.AnalyticsReader) error) error {
	f.snapshots++
	f.inSnap = true
	defer func() { f.inSnap = false }()
	return fn(f)
}

// fakeAtlas knows Mali, Niger (bordering) and Kosovo.
type fakeAtlas struct{}

var atlasCountries = []concord.Country{
	{Code: "MLI", Name: "Mali", Region: "002", SubRegion: "202", IntermediateRegion: "011", Borders: []string{"NER"}},
	{Code: "NER", Name: "Niger", Region: "002", SubRegion: "202", IntermediateRegion: "011", Borders: []string{"MLI"}},
	{Code: "XKX", Name: "Kosovo", Region: "150", SubRegion: "039"},
}

func (fakeAtlas) Country(code string) (concord.Country, bool) {
	i := slices.IndexFunc(atlasCountries, func(c concord.Country) bool { return c.Code == code })
	if i < 0 {
		return concord.Country{}, false
	}
	return atlasCountries[i], true
}
func (fakeAtlas) Countries() []concord.Country              { return atlasCountries }
func (fakeAtlas) Region(code string) (concord.Region, bool) { return concord.Region{}, false }
func (fakeAtlas) Regions() []concord.Region                 { return nil }

// serviceFixture, in Mali:
//
//	minusma  mission   POLICE        2013-07-01..2023-12-31  un LEAD, de CONTRIBUTOR
//	act-1    activity  JUSTICE       2015-01-01..2016-12-31  eu FUNDER, giz IMPLEMENTER
//	act-2    activity  POLICE        2014-01-01..2014-12-31  eu FUNDER
//
// and in Niger eucap, POLICE, 2012-08-01..ongoing, eu LEAD.
func serviceFixture() *fakeStore {
	return &fakeStore{presences: []concord.Presence{
		{Country: "MLI", Kind: concord.SubjectMission, Subject: "minusma", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2013, 7, 1), To: d(2023, 12, 31)},
			Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}, {Actor: "de", Role: concord.RoleContributor}}},
		{Country: "MLI", Kind: concord.SubjectActivity, Subject: "act-1", Functions: []concord.FunctionCode{concord.Justice},
			Period: concord.Period{From: d(2015, 1, 1), To: d(2016, 12, 31)},
			Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleFunder}, {Actor: "giz", Role: concord.RoleImplementer}}},
		{Country: "MLI", Kind: concord.SubjectActivity, Subject: "act-2", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2014, 1, 1), To: d(2014, 12, 31)},
			Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleFunder}}},
		{Country: "NER", Kind: concord.SubjectMission, Subject: "eucap", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2012, 8, 1)},
			Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
	}}
}

func newTestService(f *fakeStore) *Service {
	return NewService(f, fakeAtlas{}, func() concord.Date { return d(2020, 1, 1) })
}

// engagementStrings renders engagements as "actor role subject from..to".
func engagementStrings(es []concord.Engagement) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s %s %s %s..%s", e.Actor, e.Role, e.Subject, e.Period.From, e.Period.To))
	}
	return out
}

func TestServiceEngagements(t *testing.T) {
	tests := []struct {
		name  string
		q     concord.EngagementQuery
		want  []string
		read  string // the store read expected, "" for none
		field string // the field in error, "" for no error
	}{
		{"Country", concord.EngagementQuery{Country: "MLI"}, []string{
			"de CONTRIBUTOR minusma 2013-07-01..2023-12-31",
			"eu FUNDER act-1 2015-01-01..2016-12-31",
			"eu FUNDER act-2 2014-01-01..2014-12-31",
			"giz IMPLEMENTER act-1 2015-01-01..2016-12-31",
			"un LEAD minusma 2013-07-01..2023-12-31",
		}, "presences MLI", ""},
		{"LowerCaseCountry", concord.EngagementQuery{Country: "ner"}, []string{
			"eu LEAD eucap 2012-08-01..",
		}, "presences NER", ""},
		{"Function", concord.EngagementQuery{Country: "MLI", Function: concord.Police}, []string{
			"de CONTRIBUTOR minusma 2013-07-01..2023-12-31",
			"eu FUNDER act-2 2014-01-01..2014-12-31",
			"un LEAD minusma 2013-07-01..2023-12-31",
		}, "presences MLI", ""},
		{"ParentFunction", concord.EngagementQuery{Country: "MLI", Function: concord.RuleOfLaw, At: d(2015, 6, 1)}, []string{
			"de CONTRIBUTOR minusma 2013-07-01..2023-12-31",
			"giz IMPLEMENTER act-1 2015-01-01..2016-12-31",
			"eu FUNDER act-1 2015-01-01..2016-12-31",
			"un LEAD minusma 2013-07-01..2023-12-31",
		}, "presences MLI", ""},
		{"Period", concord.EngagementQuery{Country: "MLI", From: d(2014, 6, 1), To: d(2014, 12, 31)}, []string{
			"de CONTRIBUTOR minusma 2013-07-01..2023-12-31",
			"eu FUNDER act-2 2014-01-01..2014-12-31",
			"un LEAD minusma 2013-07-01..2023-12-31",
		}, "presences MLI", ""},
		{"Nothing", concord.EngagementQuery{Country: "XKX"}, nil, "presences XKX", ""},
		{"ErrCountryRequired", concord.EngagementQuery{}, nil, "", "country"},
		{"ErrCountryUnknown", concord.EngagementQuery{Country: "ZZZ"}, nil, "", "country"},
		{"ErrAtAndFrom", concord.EngagementQuery{Country: "MLI", At: d(2015, 1, 1), From: d(2014, 1, 1)}, nil, "", "at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := serviceFixture()
			got, err := newTestService(f).Engagements(context.Background(), tt.q)
			if tt.field != "" {
				var e *concord.Error
				if !errors.As(err, &e) || e.Code != concord.EINVALID || e.Field != tt.field {
					t.Fatalf("err = %v, want %s on %s", err, concord.EINVALID, tt.field)
				}
			} else if err != nil {
				t.Fatalf("err = %v", err)
			}
			if g := engagementStrings(got); !slices.Equal(sortedCopy(g), sortedCopy(tt.want)) {
				t.Errorf("engagements =\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(tt.want, "\n"))
			}
			var wantReads []string
			if tt.read != "" {
				wantReads = []string{tt.read}
			}
			if !slices.Equal(f.reads, wantReads) {
				t.Errorf("reads = %q, want %q", f.reads, wantReads)
			}
		})
	}
}

func sortedCopy(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func TestServiceOverlaps(t *testing.T) {
	f := serviceFixture()
	page, err := newTestService(f).Overlaps(context.Background(), concord.EngagementQuery{Country: "mli"}, concord.PageArgs{})
	if err != nil {
		t.Fatal(err)
	}
	got := page.Items
	// minusma and act-2 share POLICE during 2014; act-1 (JUSTICE) overlaps neither.
	if len(got) != 1 || got[0].A.ID != "act-2" || got[0].B.ID != "minusma" || got[0].Period != (concord.Period{From: d(2014, 1, 1), To: d(2014, 12, 31)}) {
		t.Fatalf("overlaps = %+v, want act-2 × minusma in 2014", got)
	}
	// S = 1 (both only POLICE), T = 1 (all of act-2's year), P = ¾ (neither names an area
	// within Mali), O = 1 (no actor in common).
	if got[0].Score != 0.75 {
		t.Errorf("score = %v, want 0.75", got[0].Score)
	}
}

func TestServiceSnapshots(t *testing.T) {
	tests := []struct {
		name  string
		ask   func(*Service) error
		reads []string
	}{
		{"Coverage", func(s *Service) error {
			_, err := s.Coverage(context.Background(), concord.EngagementQuery{Country: "mli"}, 0)
			return err
		}, []string{"snapshot presences MLI", "snapshot undated MLI", "snapshot leads MLI"}},
		{"LeadProblems", func(s *Service) error {
			_, err := s.LeadProblems(context.Background(), d(2015, 6, 1), "ner")
			return err
		}, []string{"snapshot presences NER", "snapshot leads NER"}},
		{"CountrySummaries", func(s *Service) error {
			_, err := s.CountrySummaries(context.Background(), concord.EngagementQuery{})
			return err
		}, []string{"snapshot presences ", "snapshot tallies ", "snapshot undated "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := serviceFixture()
			if err := tt.ask(newTestService(f)); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(f.reads, tt.reads) {
				t.Errorf("reads = %q, want %q", f.reads, tt.reads)
			}
		})
	}
}

func TestServiceCoverage(t *testing.T) {
	f := serviceFixture()
	f.leads = []concord.Lead{{Actor: "un", Country: "MLI", Function: concord.Police, Period: concord.Period{From: d(2013, 7, 1)}}}
	c, err := newTestService(f).Coverage(context.Background(), concord.EngagementQuery{Country: "MLI", At: d(2014, 6, 1)}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Country != "MLI" || c.Threshold != DefaultFragmentationThreshold {
		t.Errorf("country %q threshold %d, want MLI %d", c.Country, c.Threshold, DefaultFragmentationThreshold)
	}
	if want := []string{"de", "eu", "un"}; !slices.Equal(c.Actors, want) {
		t.Errorf("actors = %v, want %v", c.Actors, want)
	}
}

func TestServiceCountrySummaries(t *testing.T) {
	got, err := newTestService(serviceFixture()).CountrySummaries(context.Background(), concord.EngagementQuery{At: d(2014, 6, 1)})
	if err != nil {
		t.Fatal(err)
	}
	want := []CountrySummary{
		{Country: "MLI", Missions: 1, Activities: 1, Engagements: 3, Overlaps: 1},
		{Country: "NER", Missions: 1, Engagements: 1},
	}
	if !slices.Equal(got, want) {
		t.Errorf("summaries = %+v, want %+v", got, want)
	}
}

func TestServiceChecks(t *testing.T) {
	tests := []struct {
		name  string
		ask   func(*Service) error
		field string
	}{
		{"FragmentationUnknownCountry", func(s *Service) error {
			_, err := s.Fragmentation(context.Background(), "zzz", concord.Police, false, 2015)
			return err
		}, "country"},
		{"NetworkFocus", func(s *Service) error {
			_, err := s.Network(context.Background(), NetworkQuery{Focus: "unmik"})
			return err
		}, "focus"},
		{"NestedDeploymentsWindow", func(s *Service) error {
			_, err := s.NestedDeployments(context.Background(), concord.EngagementQuery{From: d(2015, 1, 1), To: d(2014, 1, 1)})
			return err
		}, "to"},
		{"RegionalClustersWindow", func(s *Service) error {
			_, err := s.RegionalClusters(context.Background(), concord.EngagementQuery{At: d(2015, 1, 1), To: d(2016, 1, 1)})
			return err
		}, "at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := serviceFixture()
			err := tt.ask(newTestService(f))
			var e *concord.Error
			if !errors.As(err, &e) || e.Code != concord.EINVALID || e.Field != tt.field {
				t.Fatalf("err = %v, want %s on %s", err, concord.EINVALID, tt.field)
			}
			if len(f.reads) != 0 {
				t.Errorf("reads = %q, want none before the arguments are valid", f.reads)
			}
		})
	}
}

func TestServiceNetwork(t *testing.T) {
	f := serviceFixture()
	n, err := newTestService(f).Network(context.Background(), NetworkQuery{Focus: "mission:unmik"})
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Nodes) != 1 || n.Nodes[0].ID != "mission:unmik" {
		t.Errorf("nodes = %+v, want the focus alone", n.Nodes)
	}
	if want := []string{"subgraph mission:unmik"}; !slices.Equal(f.reads, want) {
		t.Errorf("reads = %q, want %q", f.reads, want)
	}
}

func TestServiceCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	mli := concord.EngagementQuery{Country: "MLI"}
	tests := []struct {
		name string
		ask  func(*Service) error
	}{
		{"Engagements", func(s *Service) error { _, err := s.Engagements(ctx, mli); return err }},
		{"Overlaps", func(s *Service) error { _, err := s.Overlaps(ctx, mli, concord.PageArgs{}); return err }},
		{"CountrySummaries", func(s *Service) error { _, err := s.CountrySummaries(ctx, concord.EngagementQuery{}); return err }},
		{"Coverage", func(s *Service) error { _, err := s.Coverage(ctx, mli, 0); return err }},
		{"LeadProblems", func(s *Service) error { _, err := s.LeadProblems(ctx, d(2015, 1, 1), "MLI"); return err }},
		{"NestedDeployments", func(s *Service) error { _, err := s.NestedDeployments(ctx, mli); return err }},
		{"Transitions", func(s *Service) error { _, err := s.Transitions(ctx, "MLI", ""); return err }},
		{"RegionalClusters", func(s *Service) error { _, err := s.RegionalClusters(ctx, mli); return err }},
		{"ComparativeStrengths", func(s *Service) error { _, err := s.ComparativeStrengths(ctx, StrengthQuery{}); return err }},
		{"Fragmentation", func(s *Service) error { _, err := s.Fragmentation(ctx, "MLI", concord.Police, false, 2015); return err }},
		{"Network", func(s *Service) error { _, err := s.Network(ctx, NetworkQuery{Focus: "mission:unmik"}); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := serviceFixture()
			if err := tt.ask(newTestService(f)); err != context.Canceled {
				t.Errorf("err = %v, want %v", err, context.Canceled)
			}
			if len(f.reads) != 0 || f.snapshots != 0 {
				t.Errorf("reads = %q in %d snapshots, want none", f.reads, f.snapshots)
			}
		})
	}
}
