package live

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/analytics"
)

// fakeOverlaps answers from a list that tests change, recording who asked.
type fakeOverlaps struct {
	mu       sync.Mutex
	overlaps []analytics.Overlap
	viewers  []string
}

func (f *fakeOverlaps) set(os ...analytics.Overlap) {
	f.mu.Lock()
	f.overlaps = os
	f.mu.Unlock()
}

func (f *fakeOverlaps) Overlaps(ctx context.Context, q concord.EngagementQuery, args concord.PageArgs) (concord.Page[analytics.Overlap], error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.viewers = append(f.viewers, concord.PrincipalFrom(ctx).Org)
	var items []analytics.Overlap
	for _, o := range f.overlaps {
		if o.Country == q.Country {
			items = append(items, o)
		}
	}
	return concord.Page[analytics.Overlap]{Items: items}, nil
}

func pair(a, b string, score float64) analytics.Overlap {
	return analytics.Overlap{
		Country: "XKX", Score: score,
		A: analytics.OverlapSide{Kind: concord.SubjectMission, ID: a},
		B: analytics.OverlapSide{Kind: concord.SubjectActivity, ID: b},
	}
}

func receive(t *testing.T, ch <-chan Alert) Alert {
	t.Helper()
	select {
	case a := <-ch:
		return a
	case <-time.After(5 * time.Second): // a generous bound: the alert is not coming
		t.Fatal("no alert")
	}
	return Alert{}
}

func quiet(t *testing.T, ch <-chan Alert) {
	t.Helper()
	select {
	case a := <-ch:
		t.Fatalf("unexpected alert %+v", a)
	case <-time.After(150 * time.Millisecond):
	}
}

func TestBrokerSendsNewAndChangedOverlapsOnly(t *testing.T) {
	src := &fakeOverlaps{}
	src.set(pair("unmik", "x1", 0.5))
	b := NewBroker(src, nil, Options{Coalesce: time.Millisecond}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go b.Run(ctx)

	sub, err := b.Subscribe(ctx, concord.Principal{}, Filter{Country: "xkx", MinScore: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	// What overlapped before the subscription is not news.
	b.Changed()
	quiet(t, sub)

	src.set(pair("unmik", "x1", 0.5), pair("eulex", "x2", 0.8), pair("eulex", "x3", 0.1))
	b.Changed()
	if a := receive(t, sub); a.Kind != AlertNew || a.Overlap.A.ID != "eulex" || a.Overlap.B.ID != "x2" {
		t.Errorf("alert %+v, want the new eulex–x2 pair", a)
	}
	quiet(t, sub) // x3 scores below the minimum

	src.set(pair("unmik", "x1", 0.7), pair("eulex", "x2", 0.8))
	b.Changed()
	if a := receive(t, sub); a.Kind != AlertChanged || a.Overlap.B.ID != "x1" || a.Overlap.Score != 0.7 {
		t.Errorf("alert %+v, want unmik–x1 changed to 0.7", a)
	}

	cancel()
	if _, open := <-sub; open {
		// drain: the channel closes once the context ends
		for range sub {
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for b.Subscribers() != 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := b.Subscribers(); n != 0 {
		t.Errorf("%d subscribers left after the context ended", n)
	}
}

func TestBrokerAsksWithEachGroupsVisibility(t *testing.T) {
	src := &fakeOverlaps{}
	b := NewBroker(src, nil, Options{Coalesce: time.Millisecond}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, p := range []concord.Principal{{}, {Subject: "a", Org: "osce", Roles: []concord.AccountRole{concord.AccountOfficer}}, {Subject: "b", Org: "osce", Roles: []concord.AccountRole{concord.AccountOfficer}}} {
		if _, err := b.Subscribe(ctx, p, Filter{Country: "XKX"}); err != nil {
			t.Fatal(err)
		}
	}
	// Two officers of one organisation share one question; the anonymous reader has its own.
	src.mu.Lock()
	viewers := append([]string(nil), src.viewers...)
	src.mu.Unlock()
	if len(viewers) != 2 {
		t.Errorf("asked as %q, want once anonymously and once as osce", viewers)
	}
}

func TestSlowSubscriberDropsWithAMessage(t *testing.T) {
	s := newSubscriber(2)
	for i := range 5 {
		s.offer(Alert{Kind: AlertNew, Overlap: pair("m", string(rune('a'+i)), 0.5)})
	}
	var got []Alert
	for {
		a, ok := s.next()
		if !ok {
			break
		}
		got = append(got, a)
	}
	if len(got) != 3 || got[0].Overlap.B.ID != "a" || got[1].Overlap.B.ID != "b" || got[2].Kind != AlertDropped || got[2].Dropped != 3 {
		t.Errorf("got %+v, want a, b, then 3 dropped", got)
	}
}

func TestFilterValidate(t *testing.T) {
	for _, tc := range []struct {
		f     Filter
		field string
	}{
		{Filter{}, "country"},
		{Filter{Country: "XKX", MinScore: 2}, "minScore"},
		{Filter{Actor: "eu", Function: "NOPE"}, "function"},
		{Filter{Actor: "eu"}, ""},
	} {
		err := tc.f.Validate()
		if tc.field == "" {
			if err != nil {
				t.Errorf("%+v: %v", tc.f, err)
			}
			continue
		}
		if e, ok := err.(*concord.Error); !ok || e.Field != tc.field {
			t.Errorf("%+v: %v, want an error on %s", tc.f, err, tc.field)
		}
	}
}
