package neo4jstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord"
)

// importBatch bounds the rows one statement carries; a large document is written in several
// statements of one transaction.
const importBatch = 1000

// Import writes a checked dataset in one transaction: every reference the document does not
// resolve itself must name a record in the graph, else nothing is written and each bad
// reference is reported at its JSON path. Records are upserted by id, so importing the same
// document again changes nothing.
func (s *Store) Import(ctx context.Context, ds concord.Dataset) (concord.ImportReport, error) {
	var report concord.ImportReport
	if !concord.PrincipalFrom(ctx).Admin() {
		return report, concord.Errorf(concord.EFORBIDDEN, "", "only administrators import datasets")
	}
	err := s.writeTx(ctx, func(tx *tx) error {
		report = concord.ImportReport{} // the driver may retry the function
		var refs []nodeRef
		for _, r := range ds.External {
			label, ok := labelOf[r.Kind]
			if !ok {
				return fmt.Errorf("import: reference of unknown kind %q", r.Kind)
			}
			refs = append(refs, nodeRef{label, r.ID, r.Path})
		}
		if err := checkRefs(tx, refs); err != nil {
			return err
		}
		var relSteps []func() error
		add := func(kindName concord.RecordKind, counts upsertCounts, rels func() error) {
			report.Counts = append(report.Counts, concord.ImportCount{
				Kind: kindName, Created: counts.Created, Updated: counts.Updated, Unchanged: counts.Unchanged,
			})
			relSteps = append(relSteps, rels)
		}
		steps := []func() error{
			importKind(tx, actorKind, ds.Actors, concord.RecordActor, add),
			importKind(tx, clusterKind, ds.Clusters, concord.RecordCluster, add),
			importKind(tx, mandateKind, ds.Mandates, concord.RecordMandate, add),
			importKind(tx, missionKind, ds.Missions, concord.RecordMission, add),
			importKind(tx, activityKind, ds.Activities, concord.RecordActivity, add),
			importKind(tx, lessonKind, ds.Lessons, concord.RecordLesson, add),
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		// Relationships go after every node exists, so records may refer to each other in
		// any order within the document.
		for _, rels := range relSteps {
			if err := rels(); err != nil {
				return err
			}
		}
		return nil
	})
	return report, err
}

var labelOf = map[concord.RecordKind]string{
	concord.RecordActor: labelActor, concord.RecordMission: labelMission, concord.RecordMandate: labelMandate,
	concord.RecordCluster: labelCluster, concord.RecordActivity: labelActivity, concord.RecordLesson: labelLesson,
}

// importKind returns the step that upserts the nodes of one kind in batches; the step hands
// add the counts and the deferred relationship step for the rows that changed.
func importKind[T any](tx *tx, k kind[T], records []T, name concord.RecordKind,
	add func(concord.RecordKind, upsertCounts, func() error)) func() error {
	return func() error {
		var total upserted
		for start := 0; start < len(records); start += importBatch {
			batch := records[start:min(start+importBatch, len(records))]
			rows := make([]row, len(batch))
			for i, r := range batch {
				rows[i] = k.row(r)
			}
			written, err := upsertNodes(tx, k, rows)
			if err != nil {
				return err
			}
			if err := audit(tx, written.changes); err != nil {
				return err
			}
			written.changes = nil
			total.add(written)
		}
		add(name, total.counts, func() error {
			for start := 0; start < max(len(total.created), len(total.updated)); start += importBatch {
				created := total.created[min(start, len(total.created)):min(start+importBatch, len(total.created))]
				updated := total.updated[min(start, len(total.updated)):min(start+importBatch, len(total.updated))]
				if err := upsertRels(tx, k, created, updated); err != nil {
					return err
				}
			}
			return nil
		})
		return nil
	}
}

// Export reads the whole graph (but the built-in reference data) as a dataset, from one
// snapshot.
func (s *Store) Export(ctx context.Context) (concord.Dataset, error) {
	var ds concord.Dataset
	err := s.readTx(ctx, func(tx *tx) error {
		ds = concord.Dataset{}
		var err error
		if ds.Actors, err = all(tx, actorKind); err != nil {
			return err
		}
		if ds.Clusters, err = all(tx, clusterKind); err != nil {
			return err
		}
		if ds.Mandates, err = all(tx, mandateKind); err != nil {
			return err
		}
		if ds.Missions, err = all(tx, missionKind); err != nil {
			return err
		}
		if ds.Activities, err = all(tx, activityKind); err != nil {
			return err
		}
		ds.Lessons, err = all(tx, lessonKind)
		return err
	})
	return ds, err
}

func all[T any](tx *tx, k kind[T]) ([]T, error) {
	recs, err := tx.run(fmt.Sprintf("MATCH (n:%s) WHERE %s WITH n ORDER BY n.id RETURN %s AS node", k.label, visibleN, k.projection), nil)
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", k.label, err)
	}
	out := make([]T, 0, len(recs))
	for _, r := range recs {
		node, _ := r.Get("node")
		out = append(out, k.decode(asProps(node)))
	}
	return out, nil
}

// Empty reports whether the graph holds no records but the reference data.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	recs, err := s.read(ctx, "MATCH (n) WHERE n:Actor OR n:Mission OR n:Activity RETURN count(n) > 0 AS any", nil)
	if err != nil {
		return false, fmt.Errorf("check for data: %w", err)
	}
	v, _ := recs[0].Get("any")
	return v == false, nil
}

// Wipe deletes every record but the built-in reference data and the migration history, audit
// events and accounts included. It exists for tests, which start from a known graph; no API
// or command calls it.
func (s *Store) Wipe(ctx context.Context) error {
	// Batched in transactions of its own (an auto-commit statement), since a graph of a
	// hundred thousand activities does not fit one transaction's memory.
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database})
	defer session.Close(ctx)
	res, err := session.Run(ctx, `MATCH (n) WHERE n:Actor OR n:Mission OR n:Mandate OR n:Activity OR n:Cluster OR n:Lesson
  OR n:AuditEvent OR n:Account OR n:RefreshToken OR n:LoginFailure OR n:ActorKey OR n:Lead OR n:PendingLink
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return translate(err)
}

// Snapshot returns every node and relationship of the graph as sorted text lines, so tests can
// prove that an operation changed nothing at all (versions and fingerprints included).
func (s *Store) Snapshot(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `
CALL () {
  MATCH (n) RETURN labels(n) AS head, properties(n) AS props, null AS tail
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN [coalesce(a.id, a.code), type(r)] AS head, properties(r) AS props, coalesce(b.id, b.code) AS tail
}
RETURN head, props, tail`, nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		m := r.AsMap()
		out[i] = fmt.Sprint(m["head"], m["props"], m["tail"]) // fmt sorts map keys
	}
	slices.Sort(out)
	return out, nil
}
