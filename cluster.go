package concord

// Cluster is a regional cluster of missions, curated by hand (seed data, officers).
type Cluster struct {
	ID          string
	Name        string
	Description string
	Version     int
}

// ClusterFilter selects clusters in a list.
type ClusterFilter struct {
	Search string
}
