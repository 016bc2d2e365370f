// Package live tells subscribers, as it happens, of the overlaps that writes and imports
// create or change. It keeps, for each group of subscribers asking the same question with
// the same visibility, the overlaps it last saw; after each write it asks again and sends
// what is new or changed. Neo4j Community has no change data capture, so the writes say that
// they happened (Broker.Changed), and the broker coalesces bursts of them.
package live

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/analytics"
)

// AlertKind says what an alert reports.
type AlertKind string

// Alerts.
const (
	AlertNew     AlertKind = "NEW"     // a pair that did not overlap before the write
	AlertChanged AlertKind = "CHANGED" // a pair whose score or shared work the write changed
	AlertDropped AlertKind = "DROPPED" // the client read too slowly: Dropped alerts were lost
)

// Alert is one message to a subscriber.
type Alert struct {
	Kind    AlertKind
	Overlap analytics.Overlap // NEW and CHANGED
	Dropped int               // DROPPED: how many alerts were lost
	// Missions and Activities are the overlap's two sides, read once for the whole group
	// (SubjectReader) so that a hundred subscribers do not each read them; shared, read-only.
	Missions   map[string]concord.Mission
	Activities map[string]concord.Activity
}

// Filter is what a subscriber watches: a country or an actor (or both), optionally one
// function, and overlaps scoring at least MinScore.
type Filter struct {
	Country  string
	Actor    string
	Function concord.FunctionCode
	MinScore float64
}

// Validate checks a filter: it must name a country or an actor, so that the broker asks a
// bounded question after each write.
func (f Filter) Validate() error {
	switch {
	case f.Country == "" && f.Actor == "":
		return concord.Errorf(concord.EINVALID, "country", "watch a country or an actor (or both)")
	case f.MinScore < 0 || f.MinScore > 1:
		return concord.Errorf(concord.EINVALID, "minScore", "minScore is between 0 and 1")
	case f.Function != "" && !f.Function.Valid():
		return concord.Errorf(concord.EINVALID, "function", "unknown function %q", f.Function)
	}
	return nil
}

// OverlapSource answers overlaps under the caller's visibility (analytics.Service).
type OverlapSource interface {
	Overlaps(ctx context.Context, q concord.EngagementQuery, args concord.PageArgs) (concord.Page[analytics.Overlap], error)
}

// SubjectReader reads missions and activities by id under the caller's visibility (the store).
type SubjectReader interface {
	Missions(ctx context.Context, ids []string) (map[string]concord.Mission, error)
	Activities(ctx context.Context, ids []string) (map[string]concord.Activity, error)
}

// Options bound the broker's work and memory.
type Options struct {
	// Buffer is how many alerts wait for a slow subscriber before the next are dropped.
	Buffer int
	// Coalesce is how long the broker waits after a write for others before asking again.
	Coalesce time.Duration
	// MaxPairs bounds the overlaps one question may have: more is refused at subscription.
	MaxPairs int
	// Timeout bounds each question asked after a write.
	Timeout time.Duration
}

func (o Options) orDefaults() Options {
	if o.Buffer <= 0 {
		o.Buffer = 64
	}
	if o.Coalesce <= 0 {
		o.Coalesce = 50 * time.Millisecond
	}
	if o.MaxPairs <= 0 {
		o.MaxPairs = 10000
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	return o
}

// Broker keeps the groups of subscribers and tells them of new and changed overlaps.
type Broker struct {
	src      OverlapSource
	subjects SubjectReader // nil: subscribers read the sides themselves
	opts     Options
	log     *slog.Logger
	changed chan struct{}

	start sync.Once // the loop starts with the first subscriber and lasts with the process

	mu     sync.Mutex
	groups map[groupKey]*group
}

// groupKey: subscribers with the same filter and the same visibility share one question.
type groupKey struct {
	filter Filter
	org    string
	admin  bool
}

type group struct {
	principal concord.Principal
	seen      map[string]float64 // overlap key → score last seen
	subs      map[*subscriber]bool
}

// NewBroker returns a broker asking src, and reading the sides of each group's alerts once
// from subjects (nil: each subscriber reads them). Its loop (Run) starts with the first
// subscription; a caller that wants to bound it runs Run itself first.
func NewBroker(src OverlapSource, subjects SubjectReader, opts Options, log *slog.Logger) *Broker {
	return &Broker{src: src, subjects: subjects, opts: opts.orDefaults(), log: log, changed: make(chan struct{}, 1), groups: map[groupKey]*group{}}
}

// Changed tells the broker that the graph was written. It never blocks: writes in a burst
// are one change.
func (b *Broker) Changed() {
	select {
	case b.changed <- struct{}{}:
	default:
	}
}

// Run asks each group's question again after each change, until ctx ends.
func (b *Broker) Run(ctx context.Context) {
	b.start.Do(func() {}) // Subscribe starts no second loop

	for {
		select {
		case <-ctx.Done():
			return
		case <-b.changed:
		}
		// Writes that follow within Coalesce are answered by the same round.
		select {
		case <-ctx.Done():
			return
		case <-time.After(b.opts.Coalesce):
		}
		select {
		case <-b.changed:
		default:
		}
		b.refresh(ctx)
	}
}

// Subscribe registers a subscriber with p's visibility and returns its alerts; the channel
// closes when ctx ends. What overlaps now is the starting point: only what later writes
// create or change is sent.
func (b *Broker) Subscribe(ctx context.Context, p concord.Principal, f Filter) (<-chan Alert, error) {
	f.Country = strings.ToUpper(f.Country)
	if err := f.Validate(); err != nil {
		return nil, err
	}
	b.start.Do(func() { go b.Run(context.Background()) })
	key := groupKey{filter: f, org: p.Org, admin: p.Admin()}
	b.mu.Lock()
	g := b.groups[key]
	b.mu.Unlock()
	if g == nil {
		seen, err := b.ask(ctx, p, f)
		if err != nil {
			return nil, err
		}
		b.mu.Lock()
		if b.groups[key] == nil { // another subscriber may have made it meanwhile
			b.groups[key] = &group{principal: p, seen: seen, subs: map[*subscriber]bool{}}
		}
		g = b.groups[key]
		b.mu.Unlock()
	}
	s := newSubscriber(b.opts.Buffer)
	b.mu.Lock()
	g.subs[s] = true
	b.mu.Unlock()

	out := make(chan Alert)
	go func() {
		defer close(out)
		defer b.unsubscribe(key, s)
		s.pump(ctx, out)
	}()
	return out, nil
}

func (b *Broker) unsubscribe(key groupKey, s *subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	g := b.groups[key]
	if g == nil {
		return
	}
	delete(g.subs, s)
	if len(g.subs) == 0 {
		delete(b.groups, key)
	}
}

// Subscribers returns how many subscribers are registered, for metrics and tests.
func (b *Broker) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, g := range b.groups {
		n += len(g.subs)
	}
	return n
}

// refresh asks every group's question again and sends each subscriber what is new or changed.
func (b *Broker) refresh(ctx context.Context) {
	b.mu.Lock()
	keys := make([]groupKey, 0, len(b.groups))
	for k := range b.groups {
		keys = append(keys, k)
	}
	b.mu.Unlock()
	for _, k := range keys {
		if ctx.Err() != nil {
			return
		}
		b.mu.Lock()
		g := b.groups[k]
		b.mu.Unlock()
		if g == nil {
			continue
		}
		qctx, cancel := context.WithTimeout(ctx, b.opts.Timeout)
		now, overlaps, err := b.askAll(qctx, g.principal, k.filter)
		cancel()
		if err != nil {
			b.log.WarnContext(ctx, "overlap alerts: asking again failed", "country", k.filter.Country, "actor", k.filter.Actor, "err", err)
			continue
		}
		var alerts []Alert
		b.mu.Lock()
		for _, o := range overlaps {
			key := overlapKey(o)
			before, ok := g.seen[key]
			switch {
			case !ok:
				alerts = append(alerts, Alert{Kind: AlertNew, Overlap: o})
			case before != o.Score:
				alerts = append(alerts, Alert{Kind: AlertChanged, Overlap: o})
			}
		}
		g.seen = now
		b.mu.Unlock()
		b.readSides(ctx, g.principal, alerts)
		b.mu.Lock()
		for s := range g.subs {
			for _, a := range alerts {
				s.offer(a)
			}
		}
		b.mu.Unlock()
	}
}

// readSides reads the missions and activities of the alerts once, as p may see them, and
// attaches them to every alert; a failure leaves the subscribers to read them.
func (b *Broker) readSides(ctx context.Context, p concord.Principal, alerts []Alert) {
	if b.subjects == nil || len(alerts) == 0 {
		return
	}
	var missionIDs, activityIDs []string
	for _, a := range alerts {
		for _, side := range []analytics.OverlapSide{a.Overlap.A, a.Overlap.B} {
			if side.Kind == concord.SubjectMission {
				missionIDs = append(missionIDs, side.ID)
			} else {
				activityIDs = append(activityIDs, side.ID)
			}
		}
	}
	ctx, cancel := context.WithTimeout(concord.NewContext(ctx, p), b.opts.Timeout)
	defer cancel()
	missions, err := b.subjects.Missions(ctx, missionIDs)
	if err != nil {
		b.log.WarnContext(ctx, "overlap alerts: reading the missions failed", "err", err)
		return
	}
	activities, err := b.subjects.Activities(ctx, activityIDs)
	if err != nil {
		b.log.WarnContext(ctx, "overlap alerts: reading the activities failed", "err", err)
		return
	}
	for i := range alerts {
		alerts[i].Missions, alerts[i].Activities = missions, activities
	}
}

// ask returns the scores of the overlaps f asks about, as p may see them.
func (b *Broker) ask(ctx context.Context, p concord.Principal, f Filter) (map[string]float64, error) {
	seen, _, err := b.askAll(ctx, p, f)
	return seen, err
}

// askAll pages through the overlaps f asks about (highest score first, so it stops at the
// first below MinScore), as p may see them.
func (b *Broker) askAll(ctx context.Context, p concord.Principal, f Filter) (map[string]float64, []analytics.Overlap, error) {
	ctx = concord.NewContext(ctx, p)
	q := concord.EngagementQuery{Country: f.Country, Actor: f.Actor, Function: f.Function}
	seen := map[string]float64{}
	var all []analytics.Overlap
	first := concord.MaxPageSize
	args := concord.PageArgs{First: &first}
	for {
		page, err := b.src.Overlaps(ctx, q, args)
		if err != nil {
			return nil, nil, err
		}
		for _, o := range page.Items {
			if o.Score < f.MinScore {
				return seen, all, nil
			}
			seen[overlapKey(o)] = o.Score
			all = append(all, o)
		}
		if len(all) > b.opts.MaxPairs {
			return nil, nil, concord.Errorf(concord.ETOOLARGE, "", "more than %d overlaps to watch; narrow with a function or a minimum score", b.opts.MaxPairs)
		}
		if !page.HasNext || len(page.Cursors) == 0 {
			return seen, all, nil
		}
		args.After = page.Cursors[len(page.Cursors)-1]
	}
}

// overlapKey identifies a pair: its country, its two sides and what they share (a pair whose
// sides change dates or sectors is another pair's successor, and is reported as new).
func overlapKey(o analytics.Overlap) string {
	side := func(s analytics.OverlapSide) string {
		return fmt.Sprintf("%s:%s@%s/%s", s.Kind, s.ID, s.Period.From, s.Period.To)
	}
	a, bb := side(o.A), side(o.B)
	if cmp.Compare(a, bb) > 0 {
		a, bb = bb, a
	}
	return o.Country + "|" + a + "|" + bb
}
