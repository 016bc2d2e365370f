// Package seed embeds Concord's built-in seed dataset: real multilateral missions from 1992
// to today with their mandates, lead organisations, host countries, successions and regional
// clusters, each with its sources (concord-seed.json, in the concord-dataset/1 format).
package seed

import _ "embed"

// Document is the seed dataset as a concord-dataset/1 JSON document.
//
//go:embed concord-seed.json
var Document []byte
