package concord

// ActorKind classifies an actor.
type ActorKind string

// Actor kinds.
const (
	KindIntergovernmental    ActorKind = "INTERGOVERNMENTAL"
	KindRegionalOrganisation ActorKind = "REGIONAL_ORGANISATION"
	KindOrgan                ActorKind = "ORGAN"
	KindState                ActorKind = "STATE"
	KindNGO                  ActorKind = "NGO"
	KindHostGovernment       ActorKind = "HOST_GOVERNMENT"
	KindResearch             ActorKind = "RESEARCH"
	KindOther                ActorKind = "OTHER"
)

// ActorKinds lists every kind, for validation and documentation.
var ActorKinds = []ActorKind{
	KindIntergovernmental, KindRegionalOrganisation, KindOrgan, KindState,
	KindNGO, KindHostGovernment, KindResearch, KindOther,
}

// Actor is an organisation or a state: the UN, the EU, OSCE, a donor state, an NGO, a host
// government body. Parent is the id of the actor it is part of (a UN organ, an EU member state).
type Actor struct {
	ID      string
	Name    string
	Acronym string
	Kind    ActorKind
	Parent  string
	Version int

	// Ref is the organisation's IATI identifier (e.g. "GB-GOV-1"), the first key imports
	// match organisations on.
	Ref string
	// Aliases are other names and identifiers the actor is known by (kept when two actors are
	// merged), the second key imports match on, compared in normalised form.
	Aliases []string
}

// ActorFilter selects actors in a list. Empty fields do not filter.
type ActorFilter struct {
	Kind   ActorKind
	Parent string
	Search string // case-insensitive substring of name, acronym, id or IATI identifier
}
