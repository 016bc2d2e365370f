package concord

import (
	"slices"
	"strings"
)

// Presence is a mission or an activity in one country: what it works on, when it is there,
// and the actors behind it. Engagements and overlaps are both computed from presences.
type Presence struct {
	Country   string
	Kind      SubjectKind
	Subject   string
	Functions []FunctionCode
	Labels    []string // sector labels that map to no function (activities only)
	Admin1    []string // first-level areas it names; none when it works country-wide
	Admin2    []string // second-level areas it names
	Period    Period
	Actors    []ActorRole
}

// InArea reports whether a record that names the areas admin1 and admin2 may work in the area
// asked (admin1 and admin2 of a question, "" for any): it names it, or it names no area at all
// and so may work anywhere in its country. Areas compare without regard to case.
func InArea(admin1, admin2 []string, askedAdmin1, askedAdmin2 string) bool {
	if len(admin1) == 0 && len(admin2) == 0 {
		return true
	}
	names := func(areas []string, asked string) bool {
		return asked == "" || slices.ContainsFunc(areas, func(a string) bool { return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(asked)) })
	}
	return names(admin1, askedAdmin1) && names(admin2, askedAdmin2)
}

// HasLabel reports whether labels hold label, without regard to case ("" is held by all).
func HasLabel(labels []string, label string) bool {
	return label == "" || slices.ContainsFunc(labels, func(l string) bool { return strings.EqualFold(strings.TrimSpace(l), strings.TrimSpace(label)) })
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
	// Mandates are the mandates authorising it that the caller may see, with their dates and
	// authorised strengths (capacity).
	Mandates []Mandate
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

// MaxExpiringMandates bounds the mandates one renewal calendar lists.
const MaxExpiringMandates = 500

// ExpiringMandate is a mandate whose term ends, with the missions it authorises.
type ExpiringMandate struct {
	Mandate  Mandate
	Missions []ExpiringMission
}

// ExpiringMission is a mission an expiring mandate authorises: its dates, its deployments,
// and the functions it keeps through another mandate in force after the expiry.
type ExpiringMission struct {
	ID          string
	Period      Period
	Deployments []Deployment
	Kept        []FunctionCode
}
