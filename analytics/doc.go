// Package analytics answers the coordination questions asked of the graph (engagements,
// overlaps, coverage, leads, nested deployments, transitions, regional clusters, comparative
// strengths, fragmentation, networks; see docs/analytics.md). The computations are pure
// functions over the domain values of package concord, so that they are tested without a
// database; Service reads their inputs through concord.AnalyticsStore and runs them, one
// method per question, for the resolvers.
package analytics
