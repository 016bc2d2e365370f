// Package resolvers implements the GraphQL schema of package graph over the domain: thin
// resolvers that turn arguments into domain values, call the store through per-request
// dataloaders and turn the answers into GraphQL types.
package resolvers

import (
	"context"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/analytics"
	"github.com/concord-peace/concord/live"
)

// Resolver is the root resolver and the place where its dependencies are injected.
type Resolver struct {
	Store concord.Store
	Atlas concord.Atlas
	// Analytics answers the coordination questions (engagements, overlaps, coverage, …).
	Analytics *analytics.Service
	// MaxImportBytes bounds the document importDataset accepts.
	MaxImportBytes int
	AccountStore   concord.AccountStore
	Files          concord.FileImporter
	AuditLog       interface {
		AuditEvents(ctx context.Context, f concord.AuditFilter, p concord.PageArgs) (concord.Page[concord.AuditEvent], error)
	}
	Auth concord.Authenticator
	// Anonymous says whether requests without a token may read public records.
	Anonymous bool
	// Live sends overlap alerts to subscribers; nil refuses subscriptions.
	Live *live.Broker
}
