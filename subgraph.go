package concord

import "strings"

// Node types of a network, as the labels of the graph name them.
const (
	NetworkActor    = "Actor"
	NetworkMission  = "Mission"
	NetworkMandate  = "Mandate"
	NetworkActivity = "Activity"
	NetworkCountry  = "Country"
	NetworkFunction = "Function"
	NetworkCluster  = "Cluster"
	NetworkLesson   = "Lesson"
	NetworkRegion   = "Region"
)

// NetworkID returns the stable id of a node in a network: its type in lower case, a colon and
// its own id or code, such as "mission:unmik", "actor:un" or "country:XKX". The same record
// always has the same network id, so a client can merge networks and keep its layout.
func NetworkID(typ, id string) string { return strings.ToLower(typ) + ":" + id }

// SubgraphNode is a node of the subgraph the store loads around a focus.
type SubgraphNode struct {
	ID         string // a NetworkID
	Type       string // one of the Network* node types
	Label      string
	Attributes map[string]string
}

// SubgraphEdge is a typed relationship between two SubgraphNodes; its direction is the graph's
// (LEADS goes from the actor to the mission).
type SubgraphEdge struct {
	Source, Target string // NetworkIDs
	Type           string // the relationship type: LEADS, CONTRIBUTES, DEPLOYED_IN, …
	Attributes     map[string]string
}

// Subgraph is a plain in-memory piece of the graph: what one bounded query around a focus
// returns (every node within the query's depth, and the relationships among them).
type Subgraph struct {
	Nodes []SubgraphNode
	Edges []SubgraphEdge
}
