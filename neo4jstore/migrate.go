package neo4jstore

import (
	"context"
	"fmt"
)

// A migration is a numbered list of schema statements. Migrations only ever get appended;
// each statement is idempotent (IF NOT EXISTS), and a (:SchemaMigration {version}) node records
// what has run, so migrating twice, or from two replicas at once, is harmless.
type migration struct {
	version    int
	name       string
	statements []string
}

var migrations = []migration{
	{1, "unique ids", []string{
		"CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT mission_id IF NOT EXISTS FOR (n:Mission) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT mandate_id IF NOT EXISTS FOR (n:Mandate) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT lesson_id IF NOT EXISTS FOR (n:Lesson) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE",
		"CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE",
		"CREATE CONSTRAINT function_code IF NOT EXISTS FOR (n:Function) REQUIRE n.code IS UNIQUE",
		"CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.version IS UNIQUE",
	}},
	{2, "period and lookup indexes", []string{
		"CREATE INDEX mission_model IF NOT EXISTS FOR (n:Mission) ON (n.model)",
		"CREATE INDEX mission_period IF NOT EXISTS FOR (n:Mission) ON (n.start, n.end)",
		"CREATE INDEX activity_period IF NOT EXISTS FOR (n:Activity) ON (n.start, n.end)",
		"CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)",
		"CREATE INDEX deployed_in_period IF NOT EXISTS FOR ()-[r:DEPLOYED_IN]-() ON (r.from, r.to)",
	}},
	{3, "full-text search over lessons", []string{
		"CREATE FULLTEXT INDEX lesson_text IF NOT EXISTS FOR (n:Lesson) ON EACH [n.title, n.text]",
	}},
	{4, "accounts, refresh tokens, audit log", []string{
		"CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT account_email IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE",
		"CREATE CONSTRAINT refresh_token_hash IF NOT EXISTS FOR (n:RefreshToken) REQUIRE n.hash IS UNIQUE",
		"CREATE INDEX refresh_token_family IF NOT EXISTS FOR (n:RefreshToken) ON (n.family)",
		"CREATE INDEX audit_record IF NOT EXISTS FOR (n:AuditEvent) ON (n.record)",
		"CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)",
	}},
	{5, "organisation identity and activity links", []string{
		"CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:ActorKey) REQUIRE n.key IS UNIQUE",
		"CREATE INDEX activity_pending_links IF NOT EXISTS FOR (n:Activity) ON (n.pendingLinks)",
		"CREATE INDEX activity_source IF NOT EXISTS FOR (n:Activity) ON (n.source)",
	}},
	{6, "links waiting for their activity", []string{
		// A parent or funding activity not in the graph yet is a (:PendingLink {from, ref,
		// type}), resolved by the write of the activity ref names: a lookup by index, where
		// a mark on the waiting activities had to be scanned after every batch.
		"CREATE INDEX pending_link_ref IF NOT EXISTS FOR (n:PendingLink) ON (n.ref)",
		"CREATE INDEX pending_link_from IF NOT EXISTS FOR (n:PendingLink) ON (n.from)",
		"CREATE CONSTRAINT lead_key IF NOT EXISTS FOR (n:Lead) REQUIRE n.key IS UNIQUE",
		"DROP INDEX activity_pending_links IF EXISTS",
	}},
	{7, "activities carry their presence", []string{
		// The world map finds the activities present on a day through this index
		// (presence_props.go), undated ones included.
		"CREATE INDEX activity_presence IF NOT EXISTS FOR (n:Activity) ON (n.presenceFrom, n.presenceTo)",
		// The activities already in the graph get their presence from
		// derivePresenceWhereMissing, which Migrate runs at every start.
	}},
	{8, "failed sign-ins, shared by every replica", []string{
		"CREATE CONSTRAINT login_failure_key IF NOT EXISTS FOR (n:LoginFailure) REQUIRE n.key IS UNIQUE",
		"CREATE INDEX login_failure_last IF NOT EXISTS FOR (n:LoginFailure) ON (n.last)",
	}},
	{9, "the areas of activities in their presence", []string{
		// presenceCountries now carries an activity's areas; derivePresenceWhereMissing
		// derives it again for the activities that name any, once their presence is gone.
		"MATCH (n:Activity) WHERE size(coalesce(n.admin1, [])) > 0 OR size(coalesce(n.admin2, [])) > 0 REMOVE n.presenceFrom",
	}},
}

// MigrationResult says which migrations ran.
type MigrationResult struct {
	Applied []int
	Current int
}

// Migrate applies the migrations that have not run yet, then brings the built-in reference
// data (countries, regions, functions) up to date. It is what `concord migrate` and the server
// start run.
func (s *Store) Migrate(ctx context.Context) (MigrationResult, error) {
	var result MigrationResult
	done := map[int]bool{}
	recs, err := s.read(ctx, "MATCH (m:SchemaMigration) RETURN m.version AS v", nil)
	if err != nil {
		return result, fmt.Errorf("read applied migrations: %w", err)
	}
	for _, r := range recs {
		v, _ := r.Get("v")
		if n, ok := v.(int64); ok {
			done[int(n)] = true
		}
	}
	for _, m := range migrations {
		result.Current = m.version
		if done[m.version] {
			continue
		}
		// Schema statements cannot share a transaction with data writes, so each runs alone.
		for _, stmt := range m.statements {
			if err := s.writeTx(ctx, func(tx *tx) error { _, err := tx.run(stmt, nil); return err }); err != nil {
				return result, fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
		}
		err := s.writeTx(ctx, func(tx *tx) error {
			_, err := tx.run("MERGE (m:SchemaMigration {version: $v}) ON CREATE SET m.name = $name, m.appliedAt = datetime()",
				map[string]any{"v": m.version, "name": m.name})
			return err
		})
		if err != nil {
			return result, fmt.Errorf("record migration %d: %w", m.version, err)
		}
		result.Applied = append(result.Applied, m.version)
	}
	if err := s.syncReference(ctx); err != nil {
		return result, err
	}
	if err := s.derivePresenceWhereMissing(ctx); err != nil {
		return result, err
	}
	return result, nil
}
