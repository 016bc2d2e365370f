package analytics

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// subgraphPaths bounds the paths one network query loads around its focus; BuildNetwork then
// keeps the nearest nodes and reports what it left out.
const subgraphPaths = 20000

// Service answers the coordination questions: for each, it checks the question, reads its
// inputs from the store (in one snapshot when it reads twice) and runs the computation of
// this package. The resolvers only convert arguments and results, so that the questions can
// be asked and tested without GraphQL. Country codes are taken in any case. Every method
// returns ctx.Err() when ctx is done before it reads.
type Service struct {
	store concord.AnalyticsStore
	atlas concord.Atlas
	today func() concord.Date
}

// NewService returns a service over store. atlas gives the countries a question may name,
// their land borders (regional clusters) and regions (comparative strengths); today is the day
// ongoing periods are measured up to (overlap scores, mission-years).
func NewService(store concord.AnalyticsStore, atlas concord.Atlas, today func() concord.Date) *Service {
	return &Service{store: store, atlas: atlas, today: today}
}

// Engagements answers engagements: who works on what in q.Country. The country is required.
// The store selects the presences in the graph (country, function, window); only those that
// answer reach Go.
func (s *Service) Engagements(ctx context.Context, q concord.EngagementQuery) ([]concord.Engagement, error) {
	if err := s.check(ctx, &q, true); err != nil {
		return nil, err
	}
	presences, err := s.store.Presences(ctx, filterOf(q))
	if err != nil {
		return nil, fmt.Errorf("engagements in %s: %w", q.Country, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, interrupted(err)
	}
	return Engagements(presences, q), nil
}

// Overlaps answers overlaps: the scored pairs of missions and activities that do the same
// thing at the same time in one country (every country when q.Country is ""), highest score
// first, the page args asks for. See OverlapPage for its cost and its limit.
func (s *Service) Overlaps(ctx context.Context, q concord.EngagementQuery, args concord.PageArgs) (concord.Page[Overlap], error) {
	if err := s.check(ctx, &q, false); err != nil {
		return concord.Page[Overlap]{}, err
	}
	f := filterOf(q)
	f.Detail = true // labels and areas: the place rule and the score read them
	presences, err := s.store.Presences(ctx, f)
	if err != nil {
		return concord.Page[Overlap]{}, fmt.Errorf("overlaps in %q: %w", q.Country, err)
	}
	return OverlapPage(ctx, presences, q, s.today(), args)
}

// CountrySummaries answers countrySummaries: per country, what is present in q's window (the
// world map). q.Country is ignored: every country is summarised. Missions are read one by
// one (there are few); activities are counted in the graph by country, functions and period
// (PresenceTallies), both in one snapshot, and the overlapping pairs are counted, not listed.
func (s *Service) CountrySummaries(ctx context.Context, q concord.EngagementQuery) ([]CountrySummary, error) {
	if err := s.check(ctx, &q, false); err != nil {
		return nil, err
	}
	f := filterOf(q)
	f.Country = ""
	f.Detail = q.Labels && q.Function == "" // labels make pairs only then
	var missions []concord.Presence
	var tallies []concord.PresenceTally
	var undated []concord.UndatedCount
	err := s.store.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
		missionsOnly := f
		missionsOnly.Kind = concord.SubjectMission
		var err error
		if missions, err = r.Presences(ctx, missionsOnly); err != nil {
			return err
		}
		if tallies, err = r.PresenceTallies(ctx, f); err != nil {
			return err
		}
		undated, err = r.UndatedCounts(ctx, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("country summaries: %w", err)
	}
	summaries, err := SummarizeCountries(ctx, missions, tallies, q)
	if err != nil {
		return nil, err
	}
	return withUndated(summaries, undated), nil
}

// Undated counts the missions and activities without dates that q's question leaves out (or
// includes, when q.Undated): the number every answer about a day or a period states.
func (s *Service) Undated(ctx context.Context, q concord.EngagementQuery) (int, error) {
	return s.undated(ctx, q, "")
}

// UndatedActivities is Undated for activities alone (whoWhatWhere).
func (s *Service) UndatedActivities(ctx context.Context, q concord.EngagementQuery) (int, error) {
	return s.undated(ctx, q, concord.SubjectActivity)
}

func (s *Service) undated(ctx context.Context, q concord.EngagementQuery, kind concord.SubjectKind) (int, error) {
	f := filterOf(q)
	f.Window = concord.Period{}
	f.Kind = kind
	counts, err := s.store.UndatedCounts(ctx, f)
	if err != nil {
		return 0, fmt.Errorf("undated records in %q: %w", q.Country, err)
	}
	return totalUndated(counts), nil
}

// totalUndated sums undated counts over their countries.
func totalUndated(counts []concord.UndatedCount) int {
	n := 0
	for _, c := range counts {
		n += c.Records
	}
	return n
}

// filterOf is the selection in the graph that a question needs: its country, its function
// (with sub-functions and parents) and its window.
func filterOf(q concord.EngagementQuery) concord.PresenceFilter {
	return concord.PresenceFilter{Country: q.Country, Function: q.Function, Window: q.Window(), Undated: q.Undated,
		Label: q.Label, Admin1: q.Admin1, Admin2: q.Admin2}
}

// Coverage answers coverage: the function × actor matrix of q.Country with its gaps and
// fragmented functions; a threshold < 1 is DefaultFragmentationThreshold. Presences and leads
// are read in one snapshot.
func (s *Service) Coverage(ctx context.Context, q concord.EngagementQuery, threshold int) (Coverage, error) {
	if err := s.check(ctx, &q, true); err != nil {
		return Coverage{}, err
	}
	var presences []concord.Presence
	var leads []concord.Lead
	var undated []concord.UndatedCount
	err := s.store.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
		f := concord.PresenceFilter{Country: q.Country, Window: q.Window(), Undated: q.Undated}
		var err error
		if presences, err = r.Presences(ctx, f); err != nil {
			return err
		}
		f.Window = concord.Period{}
		if undated, err = r.UndatedCounts(ctx, f); err != nil {
			return err
		}
		leads, err = r.Leads(ctx, q.Country)
		return err
	})
	if err != nil {
		return Coverage{}, fmt.Errorf("coverage of %s: %w", q.Country, err)
	}
	c := ComputeCoverage(presences, leads, q, threshold)
	c.Undated = totalUndated(undated)
	return c, nil
}

// LeadProblems answers leadProblems: the functions without a lead, or with competing leads,
// on the day at in country (every country when ""). Presences and leads are read in one
// snapshot.
func (s *Service) LeadProblems(ctx context.Context, at concord.Date, country string) ([]LeadProblem, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	country = strings.ToUpper(country)
	var presences []concord.Presence
	var leads []concord.Lead
	err := s.store.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
		var err error
		if presences, err = r.Presences(ctx, concord.PresenceFilter{Country: country, Window: concord.Period{From: at, To: at}}); err != nil {
			return err
		}
		leads, err = r.Leads(ctx, country)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("lead problems in %q: %w", country, err)
	}
	return LeadProblems(presences, leads, at), nil
}

// NestedDeployments answers nestedDeployments: the small missions deployed inside a larger
// one during q's window, in q.Country (every country when "").
func (s *Service) NestedDeployments(ctx context.Context, q concord.EngagementQuery) ([]NestedDeployment, error) {
	w, err := s.window(ctx, q)
	if err != nil {
		return nil, err
	}
	missions, err := s.store.AllMissions(ctx)
	if err != nil {
		return nil, fmt.Errorf("nested deployments: %w", err)
	}
	return NestedDeployments(missions, w, strings.ToUpper(q.Country)), nil
}

// Transitions answers transitions: the chains of missions that succeed one another, in
// country or around mission (everything when both are "").
func (s *Service) Transitions(ctx context.Context, country, mission string) ([]TransitionChain, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	missions, err := s.store.AllMissions(ctx)
	if err != nil {
		return nil, fmt.Errorf("transitions: %w", err)
	}
	return Transitions(missions, strings.ToUpper(country), mission), nil
}

// RegionalClusters is the answer to regionalClusters: the curated clusters and the computed
// ones, both restricted to the same window and function.
type RegionalClusters struct {
	Curated  []CuratedCluster
	Computed []ComputedCluster
}

// RegionalClusters answers regionalClusters for q's window and q.Function: the curated
// clusters, and the clusters computed from shared leads and functions across land borders.
func (s *Service) RegionalClusters(ctx context.Context, q concord.EngagementQuery) (RegionalClusters, error) {
	w, err := s.window(ctx, q)
	if err != nil {
		return RegionalClusters{}, err
	}
	missions, err := s.store.AllMissions(ctx)
	if err != nil {
		return RegionalClusters{}, fmt.Errorf("regional clusters: %w", err)
	}
	return RegionalClusters{
		Curated:  CuratedClusters(missions, w, q.Function, q.Broader),
		Computed: ComputeClusters(missions, s.borders, w, q.Function, q.Broader),
	}, nil
}

// ComparativeStrengths answers comparativeStrengths; a zero q.AsOf is today.
func (s *Service) ComparativeStrengths(ctx context.Context, q StrengthQuery) ([]Strength, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if q.AsOf.IsZero() {
		q.AsOf = s.today()
	}
	missions, err := s.store.AllMissions(ctx)
	if err != nil {
		return nil, fmt.Errorf("comparative strengths: %w", err)
	}
	return ComparativeStrengths(missions, s.regionsOf, q), nil
}

// Fragmentation answers fragmentation: how the money for function in country during year is
// split among funders. The country must be known.
func (s *Service) Fragmentation(ctx context.Context, country string, function concord.FunctionCode, broader bool, year int) (Fragmentation, error) {
	if err := ctx.Err(); err != nil {
		return Fragmentation{}, err
	}
	c := strings.ToUpper(country)
	if _, ok := s.atlas.Country(c); !ok {
		return Fragmentation{}, concord.Errorf(concord.EINVALID, "country", "unknown country %q", country)
	}
	acts, links, err := s.store.FundingIn(ctx, c)
	if err != nil {
		return Fragmentation{}, fmt.Errorf("fragmentation in %s: %w", c, err)
	}
	return ComputeFragmentation(acts, links, c, function, broader, year), nil
}

// Network answers network: the nodes and relationships around q.Focus, bounded by q.
func (s *Service) Network(ctx context.Context, q NetworkQuery) (Network, error) {
	if err := ctx.Err(); err != nil {
		return Network{}, err
	}
	if err := q.Validate(); err != nil {
		return Network{}, err
	}
	g, err := s.store.Subgraph(ctx, q.Focus, q.Depth, subgraphPaths)
	if err != nil {
		return Network{}, fmt.Errorf("network around %s: %w", q.Focus, err)
	}
	return BuildNetwork(g, q)
}

// check upper-cases q's country and validates q as engagements, overlaps, coverage and
// countrySummaries take it: its own arguments, then that a named country is known.
func (s *Service) check(ctx context.Context, q *concord.EngagementQuery, countryRequired bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	q.Country = strings.ToUpper(q.Country)
	if err := q.Validate(countryRequired); err != nil {
		return err
	}
	return s.knownCountry(q.Country)
}

// knownCountry refuses a country code the atlas does not know, on the argument "country"; ""
// (no country asked) passes.
func (s *Service) knownCountry(code string) error {
	if code == "" {
		return nil
	}
	if _, ok := s.atlas.Country(code); !ok {
		return concord.Errorf(concord.EINVALID, "country", "unknown country %q (ISO 3166-1 alpha-3, Kosovo XKX)", code)
	}
	return nil
}

// window is the period a question asks about: the day q.At, or q.From–q.To, or all time. Only
// those three arguments are checked.
func (s *Service) window(ctx context.Context, q concord.EngagementQuery) (concord.Period, error) {
	if err := ctx.Err(); err != nil {
		return concord.Period{}, err
	}
	w := concord.EngagementQuery{At: q.At, From: q.From, To: q.To}
	if err := w.Validate(false); err != nil {
		return concord.Period{}, err
	}
	return w.Window(), nil
}

// borders reports whether two countries share a land border (either direction).
func (s *Service) borders(a, b string) bool {
	ca, ok := s.atlas.Country(a)
	return ok && slices.Contains(ca.Borders, b)
}

// regionsOf returns a country's M49 regions, most general first.
func (s *Service) regionsOf(country string) []string {
	c, ok := s.atlas.Country(country)
	if !ok {
		return nil
	}
	var out []string
	for _, code := range []string{c.Region, c.SubRegion, c.IntermediateRegion} {
		if code != "" {
			out = append(out, code)
		}
	}
	return out
}
