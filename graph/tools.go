// Package graph holds the GraphQL schema (schema/*.graphqls) and the code gqlgen generates
// from it; `make generate` regenerates it.
package graph

//go:generate go tool gqlgen generate --config ../gqlgen.yml
