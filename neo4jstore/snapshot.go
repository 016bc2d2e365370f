package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord"
)

// The store is every interface of concord.Store, and a snapshot's reader an AnalyticsReader.
var (
	_ concord.Store           = (*Store)(nil)
	_ concord.AnalyticsReader = snapshotReader{}
)

// ReadSnapshot calls fn with a reader whose reads all run in one read transaction, so that a
// question that reads twice (presences and leads, for coverage) sees one state of the graph.
// The reader runs the same statements as the store's own methods, with the caller's
// visibility. The session shares the bookmarks of the store's single reads, so a snapshot
// sees at least what they see. The driver may retry fn on a transient failure, so fn must
// only keep what it reads; the reader is not to be used after fn returns.
func (s *Store) ReadSnapshot(ctx context.Context, fn func(concord.AnalyticsReader) error) error {
	defer s.stats.begin(&s.stats.reads, true)()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.database,
		AccessMode:      neo4j.AccessModeRead,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer session.Close(ctx)
	_, err := session.ExecuteRead(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		s.stats.attempts.Add(1)
		bound := &Store{driver: s.driver, database: s.database, countries: s.countries, boundTx: &tx{ctx: ctx, t: t, s: s}}
		return nil, fn(snapshotReader{bound})
	})
	return translate(err)
}

// read runs one read-only statement in the transaction, as Store.read does outside one: it is
// counted on the store that opened the transaction and carries the caller's visibility.
func (t *tx) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	t.s.roundTrip.Add(1)
	res, err := t.t.Run(ctx, cypher, withViewer(ctx, params))
	if err != nil {
		return nil, translate(err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, translate(err)
	}
	return recs, nil
}

// snapshotReader is a store bound to one read transaction, seen only through its analytics
// reads: the writes and the other reads of the bound store would not belong in the
// transaction.
type snapshotReader struct{ store *Store }

// Presences implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) Presences(ctx context.Context, f concord.PresenceFilter) ([]concord.Presence, error) {
	return r.store.Presences(ctx, f)
}

// PresenceTallies implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) PresenceTallies(ctx context.Context, f concord.PresenceFilter) ([]concord.PresenceTally, error) {
	return r.store.PresenceTallies(ctx, f)
}

// UndatedCounts implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) UndatedCounts(ctx context.Context, f concord.PresenceFilter) ([]concord.UndatedCount, error) {
	return r.store.UndatedCounts(ctx, f)
}

// PresenceCountries implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) PresenceCountries(ctx context.Context, actor, mission string, at concord.Date) ([]string, error) {
	return r.store.PresenceCountries(ctx, actor, mission, at)
}

// ExpiringMandates implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) ExpiringMandates(ctx context.Context, from, to concord.Date, body string) ([]concord.ExpiringMandate, error) {
	return r.store.ExpiringMandates(ctx, from, to, body)
}

// AllMissions implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) AllMissions(ctx context.Context) ([]concord.MissionPresence, error) {
	return r.store.AllMissions(ctx)
}

// FundingIn implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) FundingIn(ctx context.Context, country string) ([]concord.Activity, []concord.ActivityLink, error) {
	return r.store.FundingIn(ctx, country)
}

// Leads implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) Leads(ctx context.Context, country string) ([]concord.Lead, error) {
	return r.store.Leads(ctx, country)
}

// Subgraph implements concord.AnalyticsReader within the transaction.
func (r snapshotReader) Subgraph(ctx context.Context, focus string, depth, limit int) (concord.Subgraph, error) {
	return r.store.Subgraph(ctx, focus, depth, limit)
}
