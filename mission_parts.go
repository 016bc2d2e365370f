package concord

// MissionParts names the parts of a mission that a read loads besides its own fields (id,
// name, acronym, model, dates, version, owner, confidential). Each part is a walk over the
// mission's relationships, or its longer text; a list of missions that only shows names and
// countries need not pay for its mandates, functions and successors. A mission read with some
// parts left out has those fields empty, so it is only ever handed to a caller that asked for
// no more than it holds.
type MissionParts uint16

const (
	MissionLead         MissionParts = 1 << iota // LeadActor
	MissionContributors                          // Contributors
	MissionMandates                              // Mandates
	MissionFunctions                             // Functions
	MissionDeployments                           // Deployments
	MissionPredecessors                          // Succeeds
	MissionClusters                              // Clusters
	MissionText                                  // Sources and Note

	// MissionWhole is every part: a whole mission, as a lookup by id returns it.
	MissionWhole = MissionLead | MissionContributors | MissionMandates | MissionFunctions |
		MissionDeployments | MissionPredecessors | MissionClusters | MissionText
)

// Has reports whether p holds every part of q.
func (p MissionParts) Has(q MissionParts) bool { return p&q == q }
