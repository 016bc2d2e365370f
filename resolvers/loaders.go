package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/concord-peace/concord"
)

// Loaders batch the lookups of one GraphQL operation: every field of one level of a nested
// query that needs the same kind of record shares one round trip to Neo4j.
type Loaders struct {
	siblings *siblingSets

	actor    *loader[string, *concord.Actor]
	mission  *loader[string, *concord.Mission]
	mandate  *loader[string, *concord.Mandate]
	activity *loader[string, *concord.Activity]
	cluster  *loader[string, *concord.Cluster]
	lesson   *loader[string, *concord.Lesson]

	missionViews *missionViews

	actorParts        *loader[string, []concord.Actor]
	missionsLed       *missionLists
	missionsJoined    *missionLists
	mandatesIssued    *loader[string, []concord.Mandate]
	activitiesDone    *loader[string, []concord.Activity]
	activitiesFunded  *loader[string, []concord.Activity]
	successors        *missionLists
	missionLessons    *loader[string, []concord.Lesson]
	mandateMissions   *missionLists
	clusterMembers    *missionLists
	countryMissions   *missionLists
	countryActivities *loader[string, []concord.Activity]
	activityChildren  *loader[string, []concord.Activity]
	countryLessons    *loader[string, []concord.Lesson]
	functionLessons   *loader[string, []concord.Lesson]
}

// Kinds of record, for sibling sets.
const (
	kindActor    = "actor"
	kindMission  = "mission"
	kindMandate  = "mandate"
	kindActivity = "activity"
	kindCluster  = "cluster"
	kindLesson   = "lesson"
	kindCountry  = "country"
)

// LoaderStore is what the loaders read: records by id and the reverse relations, each batch
// in one round trip.
type LoaderStore interface {
	concord.RecordReader
	concord.RelationReader
}

// NewLoaders makes the loaders of one operation.
func NewLoaders(s LoaderStore) *Loaders {
	sib := newSiblingSets()
	actor, mission, mandate := byID(sib, kindActor, s.Actors), byID(sib, kindMission, s.Missions), byID(sib, kindMandate, s.Mandates)
	views := newMissionViews()
	activity, cluster, lesson := byID(sib, kindActivity, s.Activities), byID(sib, kindCluster, s.Clusters), byID(sib, kindLesson, s.Lessons)
	return &Loaders{
		siblings: sib,

		actor:    actor,
		mission:  mission,
		mandate:  mandate,
		activity: activity,
		cluster:  cluster,
		lesson:   lesson,

		missionViews: views,

		actorParts:        related(sib, kindActor, kindActor, s.ActorParts, actor),
		missionsLed:       relatedMissions(sib, kindActor, s.MissionsLedBy, mission, views),
		missionsJoined:    relatedMissions(sib, kindActor, s.MissionsContributedToBy, mission, views),
		mandatesIssued:    related(sib, kindActor, kindMandate, s.MandatesIssuedBy, mandate),
		activitiesDone:    related(sib, kindActor, kindActivity, s.ActivitiesImplementedBy, activity),
		activitiesFunded:  related(sib, kindActor, kindActivity, s.ActivitiesFundedBy, activity),
		successors:        relatedMissions(sib, kindMission, s.Successors, mission, views),
		missionLessons:    related(sib, kindMission, kindLesson, s.LessonsAboutMissions, lesson),
		mandateMissions:   relatedMissions(sib, kindMandate, s.MissionsAuthorizedBy, mission, views),
		clusterMembers:    relatedMissions(sib, kindCluster, s.ClusterMembers, mission, views),
		countryMissions:   relatedMissions(sib, kindCountry, s.MissionsDeployedIn, mission, views),
		countryActivities: related(sib, kindCountry, kindActivity, s.ActivitiesIn, activity),
		activityChildren:  related(sib, kindActivity, kindActivity, s.ActivityChildren, activity),
		countryLessons:    related(sib, kindCountry, kindLesson, s.LessonsAboutCountries, lesson),
		functionLessons:   related(sib, "function", kindLesson, s.LessonsAboutFunctions, lesson),
	}
}

// byID makes a loader of records by id; a missing id loads as nil. The records of one batch
// become siblings, so their own relations load together.
func byID[T concord.Node](sib *siblingSets, kind string, fetch func(context.Context, []string) (map[string]T, error)) *loader[string, *T] {
	l := newLoader(func(ctx context.Context, ids []string) ([]*T, error) {
		found, err := fetch(ctx, ids)
		if err != nil {
			return nil, err
		}
		out := make([]*T, len(ids))
		var got []concord.Node
		for i, key := range ids {
			if v, ok := found[key]; ok {
				out[i] = &v
				got = append(got, v)
			}
		}
		sib.add(kind, got)
		return out, nil
	})
	l.siblings = sib.ids(kind)
	return l
}

// related makes a loader of the records related to each key; none loads as an empty list.
// The records it loads are whole, as byID loads them, so they are put in records' cache: a
// field that goes on from a related record to the same record by id (a contribution's
// mission) costs no second round trip.
func related[T concord.Node](sib *siblingSets, keyKind, kind string, fetch func(context.Context, []string) (map[string][]T, error), records *loader[string, *T]) *loader[string, []T] {
	return relatedKeeping(sib, keyKind, kind, fetch, func(v T) { records.prime(v.NodeID(), &v) })
}

// relatedMissions makes the loaders of the missions related to each key, one per set of parts
// (missionLists). Whole missions go into the cache by id, as related records do; the others
// into views, for lookups by id that read no more than they hold.
func relatedMissions(sib *siblingSets, keyKind string, fetch func(context.Context, []string, concord.MissionParts) (map[string][]concord.Mission, error), records *loader[string, *concord.Mission], views *missionViews) *missionLists {
	return &missionLists{
		byParts: map[concord.MissionParts]*loader[string, []concord.Mission]{},
		newLoader: func(parts concord.MissionParts) *loader[string, []concord.Mission] {
			fetchParts := func(ctx context.Context, keys []string) (map[string][]concord.Mission, error) {
				return fetch(ctx, keys, parts)
			}
			return relatedKeeping(sib, keyKind, kindMission, fetchParts, func(m concord.Mission) {
				views.add(m, parts)
				if parts == concord.MissionWhole {
					records.prime(m.ID, &m)
				}
			})
		},
	}
}

// relatedKeeping is related with what to do with each record loaded.
func relatedKeeping[T concord.Node](sib *siblingSets, keyKind, kind string, fetch func(context.Context, []string) (map[string][]T, error), keep func(T)) *loader[string, []T] {
	l := newLoader(func(ctx context.Context, keys []string) ([][]T, error) {
		found, err := fetch(ctx, keys)
		if err != nil {
			return nil, err
		}
		out := make([][]T, len(keys))
		var got []concord.Node
		for i, k := range keys {
			out[i] = found[k]
			if out[i] == nil {
				out[i] = []T{}
			}
			for _, v := range out[i] {
				got = append(got, v)
				keep(v)
			}
		}
		sib.add(kind, got)
		return out, nil
	})
	l.siblings = sib.ids(keyKind)
	return l
}

type loadersKey struct{}

// WithLoaders gives each GraphQL operation its own loaders, so nothing is cached across
// requests or users.
func WithLoaders(s LoaderStore) graphql.OperationMiddleware {
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

// page records the records of a list page as siblings and returns the page unchanged.
func page[T concord.Node](ctx context.Context, kind string, p concord.Page[T]) concord.Page[T] {
	nodes := make([]concord.Node, len(p.Items))
	for i, item := range p.Items {
		nodes[i] = item
	}
	loaders(ctx).siblings.add(kind, nodes)
	return p
}

// loadAll loads records by ids, skipping ids that no longer exist.
func loadAll[T any](ctx context.Context, l *loader[string, *T], ids []string) ([]T, error) {
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
