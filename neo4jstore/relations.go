package neo4jstore

import (
	"context"
	"fmt"

	"github.com/concord-peace/concord"
)

// Reverse relations: for each key, the records that point at it. Each is one round trip for
// any number of keys, so the API's dataloaders can batch a whole level of a nested query.
// The MATCH patterns are constants; `key` is bound by UNWIND.
const (
	relActorParts        = "MATCH (n:Actor)-[:PART_OF]->(:Actor {id: key})"
	relActorMissionsLed  = "MATCH (:Actor {id: key})-[:LEADS]->(n:Mission)"
	relActorMandates     = "MATCH (:Actor {id: key})-[:ISSUED]->(n:Mandate)"
	relActorActivities   = "MATCH (:Actor {id: key})-[:IMPLEMENTS]->(n:Activity)"
	relActorFunded       = "MATCH (:Actor {id: key})-[:FUNDS]->(n:Activity)"
	relActorContributed  = "MATCH (:Actor {id: key})-[:CONTRIBUTES]->(n:Mission)"
	relMissionSuccessors = "MATCH (n:Mission)-[:SUCCEEDS]->(:Mission {id: key})"
	relMissionLessons    = "MATCH (n:Lesson)-[:ABOUT]->(:Mission {id: key})"
	relMandateMissions   = "MATCH (:Mandate {id: key})-[:AUTHORIZES]->(n:Mission)"
	relClusterMissions   = "MATCH (n:Mission)-[:MEMBER_OF]->(:Cluster {id: key})"
	relCountryMissions   = "MATCH (n:Mission)-[:DEPLOYED_IN]->(:Country {code: key})"
	relCountryActivities = "MATCH (n:Activity)-[:IN]->(:Country {code: key})"
	relActivityChildren  = "MATCH (n:Activity)-[:CHILD_OF]->(:Activity {id: key})"
	relCountryLessons    = "MATCH (n:Lesson)-[:ABOUT]->(:Country {code: key})"
	relFunctionLessons   = "MATCH (n:Lesson)-[:ABOUT]->(:Function {code: key})"
)

func related[T any](ctx context.Context, s *Store, k kind[T], match string, keys []string) (map[string][]T, error) {
	out := make(map[string][]T, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, fmt.Sprintf("UNWIND $keys AS key %s WHERE %s WITH DISTINCT key, n ORDER BY n.id RETURN key, %s AS node", match, visibleN, k.projection),
		map[string]any{"keys": keys})
	if err != nil {
		return nil, fmt.Errorf("load related %s: %w", k.label, err)
	}
	for _, r := range recs {
		key, _ := r.Get("key")
		node, _ := r.Get("node")
		out[key.(string)] = append(out[key.(string)], k.decode(asProps(node)))
	}
	return out, nil
}

// ActorParts returns, for each actor id, the actors that are part of it.
func (s *Store) ActorParts(ctx context.Context, ids []string) (map[string][]concord.Actor, error) {
	return related(ctx, s, actorKind, relActorParts, ids)
}

// MissionsLedBy returns, for each actor id, the missions it leads.
func (s *Store) MissionsLedBy(ctx context.Context, ids []string, parts concord.MissionParts) (map[string][]concord.Mission, error) {
	return related(ctx, s, missionsOf(parts), relActorMissionsLed, ids)
}

// MissionsContributedToBy returns, for each actor id, the missions it contributes to.
func (s *Store) MissionsContributedToBy(ctx context.Context, ids []string, parts concord.MissionParts) (map[string][]concord.Mission, error) {
	return related(ctx, s, missionsOf(parts), relActorContributed, ids)
}

// MandatesIssuedBy returns, for each actor id, the mandates it issued.
func (s *Store) MandatesIssuedBy(ctx context.Context, ids []string) (map[string][]concord.Mandate, error) {
	return related(ctx, s, mandateKind, relActorMandates, ids)
}

// ActivitiesImplementedBy returns, for each actor id, the activities it implements.
func (s *Store) ActivitiesImplementedBy(ctx context.Context, ids []string) (map[string][]concord.Activity, error) {
	return related(ctx, s, activityKind, relActorActivities, ids)
}

// ActivitiesFundedBy returns, for each actor id, the activities it funds.
func (s *Store) ActivitiesFundedBy(ctx context.Context, ids []string) (map[string][]concord.Activity, error) {
	return related(ctx, s, activityKind, relActorFunded, ids)
}

// Successors returns, for each mission id, the missions that took over from it.
func (s *Store) Successors(ctx context.Context, ids []string, parts concord.MissionParts) (map[string][]concord.Mission, error) {
	return related(ctx, s, missionsOf(parts), relMissionSuccessors, ids)
}

// LessonsAboutMissions returns, for each mission id, the lessons about it.
func (s *Store) LessonsAboutMissions(ctx context.Context, ids []string) (map[string][]concord.Lesson, error) {
	return related(ctx, s, lessonKind, relMissionLessons, ids)
}

// MissionsAuthorizedBy returns, for each mandate id, the missions it authorises.
func (s *Store) MissionsAuthorizedBy(ctx context.Context, ids []string, parts concord.MissionParts) (map[string][]concord.Mission, error) {
	return related(ctx, s, missionsOf(parts), relMandateMissions, ids)
}

// ClusterMembers returns, for each cluster id, its member missions.
func (s *Store) ClusterMembers(ctx context.Context, ids []string, parts concord.MissionParts) (map[string][]concord.Mission, error) {
	return related(ctx, s, missionsOf(parts), relClusterMissions, ids)
}

// MissionsDeployedIn returns, for each country code, the missions ever deployed there.
func (s *Store) MissionsDeployedIn(ctx context.Context, codes []string, parts concord.MissionParts) (map[string][]concord.Mission, error) {
	return related(ctx, s, missionsOf(parts), relCountryMissions, codes)
}

// ActivitiesIn returns, for each country code, the activities there.
func (s *Store) ActivitiesIn(ctx context.Context, codes []string) (map[string][]concord.Activity, error) {
	return related(ctx, s, activityKind, relCountryActivities, codes)
}

// ActivityChildren returns, for each activity id, its child activities.
func (s *Store) ActivityChildren(ctx context.Context, ids []string) (map[string][]concord.Activity, error) {
	return related(ctx, s, activityKind, relActivityChildren, ids)
}

// LessonsAboutCountries returns, for each country code, the lessons about it.
func (s *Store) LessonsAboutCountries(ctx context.Context, codes []string) (map[string][]concord.Lesson, error) {
	return related(ctx, s, lessonKind, relCountryLessons, codes)
}

// LessonsAboutFunctions returns, for each function code, the lessons about it.
func (s *Store) LessonsAboutFunctions(ctx context.Context, codes []string) (map[string][]concord.Lesson, error) {
	return related(ctx, s, lessonKind, relFunctionLessons, codes)
}
