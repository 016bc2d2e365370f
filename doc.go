// Package concord holds Concord's domain: the actors of international peace operations and
// rule-of-law support, their missions, mandates and funded activities, the function vocabulary,
// and the coordination questions asked of them (engagements and overlaps).
//
// The package depends on nothing but the standard library. Adapters live in their own packages
// and import this one: neo4jstore (the graph store), dataset (the native import format),
// reference (built-in countries and regions), server (HTTP), resolvers (GraphQL).
package concord
