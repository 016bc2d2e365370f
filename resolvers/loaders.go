package resolvers

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"github.com/concord-peace/concord"
)

// Loaders batch the lookups of one GraphQL operation: every field of one level of a nested
// query that needs the same kind of record shares one round trip to Neo4j.
type Loaders struct {
	actor    *dataloadgen.Loader[string, *concord.Actor]
	mission  *dataloadgen.Loader[string, *concord.Mission]
	mandate  *dataloadgen.Loader[string, *concord.Mandate]
	activity *dataloadgen.Loader[string, *concord.Activity]
	cluster  *dataloadgen.Loader[string, *concord.Cluster]
	lesson   *dataloadgen.Loader[string, *concord.Lesson]

	actorParts        *dataloadgen.Loader[string, []concord.Actor]
	missionsLed       *dataloadgen.Loader[string, []concord.Mission]
	missionsJoined    *dataloadgen.Loader[string, []concord.Mission]
	mandatesIssued    *dataloadgen.Loader[string, []concord.Mandate]
	activitiesDone    *dataloadgen.Loader[string, []concord.Activity]
	activitiesFunded  *dataloadgen.Loader[string, []concord.Activity]
	successors        *dataloadgen.Loader[string, []concord.Mission]
	missionLessons    *dataloadgen.Loader[string, []concord.Lesson]
	mandateMissions   *dataloadgen.Loader[string, []concord.Mission]
	clusterMembers    *dataloadgen.Loader[string, []concord.Mission]
	countryMissions   *dataloadgen.Loader[string, []concord.Mission]
	countryActivities *dataloadgen.Loader[string, []concord.Activity]
}

// batchWait is how long a loader waits for sibling fields to join a batch.
const batchWait = 2 * time.Millisecond

// NewLoaders makes the loaders of one operation.
func NewLoaders(s concord.Store) *Loaders {
	return &Loaders{
		actor:    byID(s.Actors),
		mission:  byID(s.Missions),
		mandate:  byID(s.Mandates),
		activity: byID(s.Activities),
		cluster:  byID(s.Clusters),
		lesson:   byID(s.Lessons),

		actorParts:        related(s.ActorParts),
		missionsLed:       related(s.MissionsLedBy),
		missionsJoined:    related(s.MissionsContributedToBy),
		mandatesIssued:    related(s.MandatesIssuedBy),
		activitiesDone:    related(s.ActivitiesImplementedBy),
		activitiesFunded:  related(s.ActivitiesFundedBy),
		successors:        related(s.Successors),
		missionLessons:    related(s.LessonsAboutMissions),
		mandateMissions:   related(s.MissionsAuthorizedBy),
		clusterMembers:    related(s.ClusterMembers),
		countryMissions:   related(s.MissionsDeployedIn),
		countryActivities: related(s.ActivitiesIn),
	}
}

// byID makes a loader of records by id; a missing id loads as nil.
func byID[T any](fetch func(context.Context, []string) (map[string]T, error)) *dataloadgen.Loader[string, *T] {
	return dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*T, []error) {
		found, err := fetch(ctx, ids)
		if err != nil {
			return nil, []error{err}
		}
		out := make([]*T, len(ids))
		for i, id := range ids {
			if v, ok := found[id]; ok {
				out[i] = &v
			}
		}
		return out, nil
	}, dataloadgen.WithWait(batchWait))
}

// related makes a loader of the records related to each key; none loads as an empty list.
func related[T any](fetch func(context.Context, []string) (map[string][]T, error)) *dataloadgen.Loader[string, []T] {
	return dataloadgen.NewLoader(func(ctx context.Context, keys []string) ([][]T, []error) {
		found, err := fetch(ctx, keys)
		if err != nil {
			return nil, []error{err}
		}
		out := make([][]T, len(keys))
		for i, k := range keys {
			out[i] = found[k]
			if out[i] == nil {
				out[i] = []T{}
			}
		}
		return out, nil
	}, dataloadgen.WithWait(batchWait))
}

type loadersKey struct{}

// WithLoaders gives each GraphQL operation its own loaders, so nothing is cached across
// requests or users.
func WithLoaders(s concord.Store) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(context.WithValue(ctx, loadersKey{}, NewLoaders(s)))
	}
}

func loaders(ctx context.Context) *Loaders {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		panic("resolvers: no loaders in context; install WithLoaders on the server")
	}
	return l
}

// loadAll loads records by ids, skipping ids that no longer exist.
func loadAll[T any](ctx context.Context, l *dataloadgen.Loader[string, *T], ids []string) ([]T, error) {
	ptrs, err := l.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(ptrs))
	for _, p := range ptrs {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out, nil
}
