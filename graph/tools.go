// Package graph holds the GraphQL schema (schema/*.graphqls) and the code gqlgen generates
// from it; `make generate` regenerates it from the repository root.
package graph

//go:generate sh -c "cd .. && go tool gqlgen generate"
