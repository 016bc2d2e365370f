// Package analytics answers the coordination questions asked of the graph (engagements,
// overlaps, coverage, leads, nested deployments, transitions, regional clusters, comparative
// strengths, fragmentation, networks; see docs/analytics.md). The computations are pure
// functions over the domain values of package concord, so that they are tested without a
// database.
package analytics
