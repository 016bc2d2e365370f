// Package concord holds Concord's domain: the actors of international peace operations and
// rule-of-law support, their missions, mandates and funded activities, the function vocabulary,
// and the records the coordination questions read (presences, leads, subgraphs). The
// questions themselves are computed in package analytics.
//
// The package depends on nothing but the standard library. Adapters live in their own packages
// and import this one: neo4jstore (the graph store), dataset (the native import format),
// reference (built-in countries and regions), server (HTTP), resolvers (GraphQL); analytics
// computes the coordination questions from the values the store reads.
package concord
