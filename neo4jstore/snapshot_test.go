package neo4jstore_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestReadSnapshot checks that every analytics read answers the same inside a snapshot as
// outside one, with one counted round trip each, and that fn's error comes back as is.
func TestReadSnapshot(t *testing.T) {
	s := neo4jtest.Open(t)
	importFixture(t, s)
	ctx := sys
	if _, err := s.SetLead(ctx, concord.Lead{Actor: "eu", Country: "XKX", Function: concord.Police, Period: concord.Period{From: concord.NewDate(2008, 12, 9)}}); err != nil {
		t.Fatalf("set lead: %v", err)
	}

	tests := []struct {
		name string
		read func(r concord.AnalyticsReader) (any, error)
	}{
		{"PresencesEverywhere", func(r concord.AnalyticsReader) (any, error) { return r.Presences(ctx, concord.PresenceFilter{}) }},
		{"PresencesInKosovo", func(r concord.AnalyticsReader) (any, error) {
			return r.Presences(ctx, concord.PresenceFilter{Country: "XKX"})
		}},
		{"PresenceTallies", func(r concord.AnalyticsReader) (any, error) {
			return r.PresenceTallies(ctx, concord.PresenceFilter{Function: concord.RuleOfLaw})
		}},
		{"AllMissions", func(r concord.AnalyticsReader) (any, error) { return r.AllMissions(ctx) }},
		{"Leads", func(r concord.AnalyticsReader) (any, error) { return r.Leads(ctx, "XKX") }},
		{"FundingIn", func(r concord.AnalyticsReader) (any, error) {
			acts, links, err := r.FundingIn(ctx, "XKX")
			return funding{acts, links}, err
		}},
		{"Subgraph", func(r concord.AnalyticsReader) (any, error) { return r.Subgraph(ctx, "mission:eulex-kosovo", 1, 100) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := tt.read(s)
			if err != nil {
				t.Fatalf("outside a snapshot: %v", err)
			}
			if size(want) == 0 {
				t.Fatalf("outside a snapshot: nothing read, the test proves nothing")
			}
			before := s.RoundTrips()
			var got any
			err = s.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
				var err error
				got, err = tt.read(r)
				return err
			})
			if err != nil {
				t.Fatalf("in a snapshot: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("in a snapshot:\n%v\nwant\n%v", got, want)
			}
			if n := s.RoundTrips() - before; n != 1 {
				t.Errorf("round trips = %d, want 1", n)
			}
		})
	}

	t.Run("ErrorOfFn", func(t *testing.T) {
		stop := errors.New("stop")
		if err := s.ReadSnapshot(ctx, func(concord.AnalyticsReader) error { return stop }); err != stop {
			t.Errorf("err = %v, want %v", err, stop)
		}
	})

	t.Run("Cancelled", func(t *testing.T) {
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		called := false
		err := s.ReadSnapshot(cancelled, func(concord.AnalyticsReader) error { called = true; return nil })
		if err == nil || called {
			t.Errorf("err = %v, fn called %v; want an error and no call", err, called)
		}
	})
}

// funding is what FundingIn returns, as one value.
type funding struct {
	acts  []concord.Activity
	links []concord.ActivityLink
}

// size counts what a read returned: the records of a list, the nodes of a subgraph, the
// activities of funding.
func size(v any) int {
	switch v := v.(type) {
	case concord.Subgraph:
		return len(v.Nodes)
	case funding:
		return len(v.acts)
	}
	return reflect.ValueOf(v).Len()
}
