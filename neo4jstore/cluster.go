package neo4jstore

import (
	"context"
	"strings"

	"github.com/concord-peace/concord"
)

var clusterKind = kind[concord.Cluster]{
	label:      labelCluster,
	projection: `n {.id, .name, .description, .version}`,
	decode: func(p props) concord.Cluster {
		return concord.Cluster{ID: p.str("id"), Name: p.str("name"), Description: p.str("description"), Version: p.integer("version")}
	},
	row: func(c concord.Cluster) row {
		c.Version = 0
		return newRow(c.ID, map[string]any{"name": c.Name, "description": strParam(c.Description)}, nil, c)
	},
	referrers: `COUNT { (n)<-[:MEMBER_OF]-() }`,
	validate:  func(c concord.Cluster) error { return c.Validate("input.") },
	id:        func(c concord.Cluster) string { return c.ID },
	version:   func(c concord.Cluster) int { return c.Version },
	name:      concord.RecordCluster,
}

// Clusters loads clusters by id.
func (s *Store) Clusters(ctx context.Context, ids []string) (map[string]concord.Cluster, error) {
	return byIDs(ctx, s, clusterKind, ids)
}

// ListClusters returns one page of clusters ordered by id.
func (s *Store) ListClusters(ctx context.Context, f concord.ClusterFilter, args concord.PageArgs) (concord.Page[concord.Cluster], error) {
	var q listQuery
	if f.Search != "" {
		q.add("toLower(n.name) CONTAINS $search", "search", strings.ToLower(f.Search))
	}
	return list(ctx, s, clusterKind, q, args)
}

// CreateCluster creates a cluster; its id must be new.
func (s *Store) CreateCluster(ctx context.Context, c concord.Cluster) (concord.Cluster, error) {
	return create(ctx, s, clusterKind, c)
}

// UpdateCluster changes a cluster at the version the client read.
func (s *Store) UpdateCluster(ctx context.Context, id string, version int, patch func(*concord.Cluster) error) (concord.Cluster, error) {
	return update(ctx, s, clusterKind, id, version, patch)
}

// DeleteCluster deletes a cluster that has no member missions.
func (s *Store) DeleteCluster(ctx context.Context, id string, version int) error {
	return remove(ctx, s, clusterKind, id, version)
}
