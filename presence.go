package concord

import "slices"

// Presence is a mission or an activity in one country: what it works on, when it is there,
// and the actors behind it. Engagements and overlaps are both computed from presences.
type Presence struct {
	Country   string
	Kind      SubjectKind
	Subject   string
	Functions []FunctionCode
	Period    Period
	Actors    []ActorRole
}

// ActorRole is an actor's part in a presence.
type ActorRole struct {
	Actor string
	Role  Role
}

// ActorIDs returns the distinct actors of a presence, sorted: the actors of an overlap's side
// and the candidates of a lead problem.
func (p Presence) ActorIDs() []string {
	var ids []string
	for _, a := range p.Actors {
		ids = append(ids, a.Actor)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// MissionPresence is a mission as the analytics read it: the Mission with its Model,
// LeadActor, Period, Contributors, Deployments, Succeeds, Clusters and (derived) Functions
// filled in, and the mission's total personnel where known.
type MissionPresence struct {
	Mission   Mission
	Personnel int // total known personnel of the mission; 0 when unknown
}

// KnownPersonnel returns the mission's known personnel: Personnel when the store knows the
// total, else the sum of the personnel its contributors are known to provide, 0 when nothing
// is known.
func (m MissionPresence) KnownPersonnel() int {
	if m.Personnel > 0 {
		return m.Personnel
	}
	n := 0
	for _, c := range m.Mission.Contributors {
		n += max(c.Personnel, 0)
	}
	return n
}
