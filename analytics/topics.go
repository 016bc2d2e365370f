package analytics

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"

	"github.com/concord-peace/concord"
)

// Two records overlap when they work on a common topic (a function, or a sector label that
// maps to no function) in a common place at a common time. Topics and places are open
// vocabularies, so each question numbers those of one country before the sweep: the functions
// take the first numbers (functionNumber), then the labels that at least two records of the country
// carry (a label only one carries can join no pair), and the administrative areas likewise.
// docs/overlap-score.md states the rules and the score.

// bitset is a set of small integers.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) add(i int) { b[i/64] |= 1 << (uint(i) % 64) }

// meets reports whether b and o share a member.
func (b bitset) meets(o bitset) bool {
	for i := range min(len(b), len(o)) {
		if b[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

func (b bitset) empty() bool {
	for _, w := range b {
		if w != 0 {
			return false
		}
	}
	return true
}

// and returns the members b and o share.
func (b bitset) and(o bitset) bitset {
	out := make(bitset, min(len(b), len(o)))
	for i := range out {
		out[i] = b[i] & o[i]
	}
	return out
}

// key is the set as a string, for grouping equal sets in a map.
func (b bitset) key() string {
	buf := make([]byte, 0, 8*len(b))
	for _, w := range b {
		buf = binary.LittleEndian.AppendUint64(buf, w)
	}
	return string(buf)
}

// fold is how labels and areas compare: case and surrounding spaces do not matter.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// place is where a record works within its country: the administrative areas it names (names
// and codes alike, as its source gives them), numbered by the country's space.
type place struct {
	hasAdmin1, hasAdmin2 bool
	admin1, admin2       bitset
}

// national reports whether the record names no area: it may work anywhere in the country.
func (p place) national() bool { return !p.hasAdmin1 && !p.hasAdmin2 }

// placesMeet is the rule of areasMeet on numbered areas.
func placesMeet(x, y place) bool {
	switch {
	case x.national() || y.national():
		return true
	case x.hasAdmin2 && y.hasAdmin2:
		return x.admin2.meets(y.admin2)
	default:
		return x.hasAdmin1 && y.hasAdmin1 && x.admin1.meets(y.admin1)
	}
}

// PlaceLevel says where the two sides of an overlap meet.
type PlaceLevel string

// Place levels.
const (
	// PlaceCountry: one side (or both) names no area within the country, so the two may or may
	// not work in the same place.
	PlaceCountry PlaceLevel = "COUNTRY"
	PlaceAdmin1  PlaceLevel = "ADMIN1" // both name a common first-level area
	PlaceAdmin2  PlaceLevel = "ADMIN2" // both name a common second-level area
)

// OverlapPlace is where the sides of an overlap meet: the level and the areas both name (for
// PlaceCountry, none).
type OverlapPlace struct {
	Level PlaceLevel
	Areas []string
}

// areasMeet is the place rule of overlaps. Two records meet in their country when either names
// no area (PlaceCountry: nothing says they are apart); when both name second-level areas, where
// they share one; otherwise where they share a first-level area. Areas compare folded.
func areasMeet(aAdmin1, aAdmin2, bAdmin1, bAdmin2 []string) (OverlapPlace, bool) {
	switch {
	case len(aAdmin1) == 0 && len(aAdmin2) == 0, len(bAdmin1) == 0 && len(bAdmin2) == 0:
		return OverlapPlace{Level: PlaceCountry}, true
	case len(aAdmin2) > 0 && len(bAdmin2) > 0:
		shared := sharedFolded(aAdmin2, bAdmin2)
		return OverlapPlace{Level: PlaceAdmin2, Areas: shared}, len(shared) > 0
	default:
		shared := sharedFolded(aAdmin1, bAdmin1)
		return OverlapPlace{Level: PlaceAdmin1, Areas: shared}, len(shared) > 0
	}
}

// sharedFolded returns the values of a that b holds too, compared folded, in a's spelling
// and order, once each.
func sharedFolded(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.ContainsFunc(b, func(y string) bool { return fold(x) == fold(y) }) &&
			!slices.ContainsFunc(out, func(y string) bool { return fold(x) == fold(y) }) {
			out = append(out, x)
		}
	}
	return out
}

// labelSpecificity is how much sharing a label says: a three-digit DAC category ("DAC3 151",
// government and civil society in general) half as much as a five-digit purpose code or a
// cluster's sector name.
func labelSpecificity(label string) float64 {
	if strings.HasPrefix(fold(label), "dac3 ") {
		return 0.5
	}
	return 1
}

// space numbers the topics and areas of one country's records for one question.
type space struct {
	labels         map[string]int // folded label → topic number, after the functions
	labelNames     []string       // by topic number − len(functionNumber)
	admin1, admin2 map[string]int // folded area → number
	topics         int            // functions and labels
}

// spaceBuilder counts how many records carry each label and area.
type spaceBuilder struct {
	labels         map[string]int64
	spelling       map[string]string
	admin1, admin2 map[string]int64
}

func newSpaceBuilder() *spaceBuilder {
	return &spaceBuilder{labels: map[string]int64{}, spelling: map[string]string{}, admin1: map[string]int64{}, admin2: map[string]int64{}}
}

// add counts one record's labels and areas, or those of weight identical records.
func (b *spaceBuilder) add(labels, admin1, admin2 []string, weight int64) {
	for _, l := range labels {
		k := fold(l)
		if _, ok := b.spelling[k]; !ok {
			b.spelling[k] = l
		}
		b.labels[k] += weight
	}
	for _, a := range admin1 {
		b.admin1[fold(a)] += weight
	}
	for _, a := range admin2 {
		b.admin2[fold(a)] += weight
	}
}

// build numbers what at least two records carry, in sorted order so that every run numbers
// alike.
func (b *spaceBuilder) build() *space {
	s := &space{labels: map[string]int{}, admin1: number(b.admin1), admin2: number(b.admin2)}
	for _, k := range sortedShared(b.labels) {
		s.labels[k] = len(functionNumber) + len(s.labelNames)
		s.labelNames = append(s.labelNames, b.spelling[k])
	}
	s.topics = len(functionNumber) + len(s.labelNames)
	return s
}

func sortedShared(counts map[string]int64) []string {
	var keys []string
	for k, n := range counts {
		if n >= 2 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

func number(counts map[string]int64) map[string]int {
	m := map[string]int{}
	for i, k := range sortedShared(counts) {
		m[k] = i
	}
	return m
}

// functionNumber is each function's topic number: its place in the vocabulary.
var functionNumber = func() map[concord.FunctionCode]int {
	m := map[concord.FunctionCode]int{}
	for i, f := range concord.Functions() {
		m[f.Code] = i
	}
	return m
}()

// topicsOf returns the topics a record works on: its functions with their sub-functions (a
// mandate for RULE_OF_LAW covers JUSTICE) and its labels.
func (s *space) topicsOf(functions []concord.FunctionCode, labels []string) bitset {
	b := newBitset(s.topics)
	for _, f := range concord.ExpandFunctions(functions) {
		if n, ok := functionNumber[f]; ok {
			b.add(n)
		}
	}
	for _, l := range labels {
		if n, ok := s.labels[fold(l)]; ok {
			b.add(n)
		}
	}
	return b
}

// askedTopics is the set a pair must share one of: the asked label, or the asked function with
// its sub-functions, or every function (and every label, with q.Labels).
func (s *space) askedTopics(q concord.EngagementQuery) bitset {
	b := newBitset(s.topics)
	switch {
	case q.Label != "":
		if n, ok := s.labels[fold(q.Label)]; ok {
			b.add(n)
		}
	case q.Function != "":
		for _, f := range q.Function.WithDescendants() {
			b.add(functionNumber[f])
		}
	case q.Labels:
		for i := range s.topics {
			b.add(i)
		}
	default:
		for i := range len(functionNumber) {
			b.add(i)
		}
	}
	return b
}

// placeOf numbers a record's areas.
func (s *space) placeOf(admin1, admin2 []string) place {
	p := place{hasAdmin1: len(admin1) > 0, hasAdmin2: len(admin2) > 0, admin1: newBitset(len(s.admin1)), admin2: newBitset(len(s.admin2))}
	for _, a := range admin1 {
		if n, ok := s.admin1[fold(a)]; ok {
			p.admin1.add(n)
		}
	}
	for _, a := range admin2 {
		if n, ok := s.admin2[fold(a)]; ok {
			p.admin2.add(n)
		}
	}
	return p
}

// scope is how a record's work spreads over its topics, for the score's S: evenly over its own
// functions and labels (the store keeps no sector percentages), a parent function's share
// evenly over its sub-functions. Labels outside the space hold their share but can meet
// nothing, so they are left out.
type scope []topicShare

type topicShare struct {
	topic int
	share float64
}

func (s *space) scopeOf(functions []concord.FunctionCode, labels []string) scope {
	own := len(functions) + len(labels)
	if own == 0 {
		return nil
	}
	shares := map[int]float64{}
	for _, f := range functions {
		leaves := []concord.FunctionCode{f}
		if children := f.Children(); len(children) > 0 {
			leaves = children
		}
		for _, leaf := range leaves {
			if n, ok := functionNumber[leaf]; ok {
				shares[n] += 1 / float64(own*len(leaves))
			}
		}
	}
	for _, l := range labels {
		if n, ok := s.labels[fold(l)]; ok {
			shares[n] += 1 / float64(own)
		}
	}
	out := make(scope, 0, len(shares))
	for n, sh := range shares {
		out = append(out, topicShare{topic: n, share: sh})
	}
	slices.SortFunc(out, func(x, y topicShare) int { return x.topic - y.topic })
	return out
}

// sameWork is the score's S: the work two records share, Σ min(share in a, share in b) over
// their topics, each weighted by how specific the topic is.
func (s *space) sameWork(a, b scope) float64 {
	var sum float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].topic < b[j].topic:
			i++
		case a[i].topic > b[j].topic:
			j++
		default:
			sum += min(a[i].share, b[j].share) * s.specificity(a[i].topic)
			i++
			j++
		}
	}
	return settle(sum)
}

func (s *space) specificity(topic int) float64 {
	if topic < len(functionNumber) {
		return 1
	}
	return labelSpecificity(s.labelNames[topic-len(functionNumber)])
}

// readableAreas returns the areas to show a reader: the names, when the source gave names
// and codes alike ("Fayzabad" rather than "AF1701"), else the codes.
func readableAreas(areas []string) []string {
	var names []string
	for _, a := range areas {
		if !looksLikeCode(a) {
			names = append(names, a)
		}
	}
	if len(names) == 0 {
		return areas
	}
	return names
}

// looksLikeCode reports whether an area is a code such as AF1701 or CD61: one word with a digit.
func looksLikeCode(s string) bool {
	return !strings.ContainsFunc(s, unicode.IsSpace) && strings.ContainsFunc(s, unicode.IsDigit)
}
