package analytics

import (
	"container/heap"
	"context"
	"math"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// Overlaps are found without pairing every presence with every other: a presence becomes a
// candidate with a bit set of the functions it works on (with their sub-functions) and its
// days (clipped to the question's window). Candidates are swept in order of their first day;
// each meets only the earlier candidates still running on that day whose function bits share
// one of its own, kept in one list per bit set. The work is the number of pairs found plus the
// candidates, not the square of the candidates; counting the pairs (countrySummaries) needs no
// pair at all, only how many candidates of each bit set are running on each first day.

// MaxOverlapPairs is the most overlapping pairs one overlaps question scores. A question that
// finds more is refused with a request to narrow it (a country, a function, a shorter period):
// ranking a million pairs answers nobody's question and would hold the server for seconds.
const MaxOverlapPairs = 250_000

// span is a period as day numbers: an unknown start is the lowest day, an ongoing end the
// highest, so that two spans share a day exactly when the periods intersect (Period.Intersect).
type span struct{ lo, hi int64 }

func dayNumber(d concord.Date) int64 { return d.Time().Unix() / 86400 }

func spanOf(p concord.Period) span {
	s := span{lo: math.MinInt64, hi: math.MaxInt64}
	if !p.From.IsZero() {
		s.lo = dayNumber(p.From)
	}
	if !p.To.IsZero() {
		s.hi = dayNumber(p.To)
	}
	return s
}

// clip returns the days s shares with w, and false when it shares none.
func (s span) clip(w span) (span, bool) {
	out := span{lo: max(s.lo, w.lo), hi: min(s.hi, w.hi)}
	return out, out.lo <= out.hi
}

// candidate is a presence (or, for counting, a tally of identical ones) as the sweep reads it.
type candidate struct {
	index  int    // the presence's index in its slice
	topics bitset // topics under the question: functions with sub-functions, labels
	place  place  // the areas it names
	span   span   // days, clipped to the question's window
	weight int64  // how many presences it stands for (counting only)
}

// spaceOf numbers the topics and areas of presences (by indexes) and tallies of one country.
func spaceOf(presences []concord.Presence, indexes []int, tallies []concord.PresenceTally) *space {
	b := newSpaceBuilder()
	for _, i := range indexes {
		p := presences[i]
		b.add(p.Labels, p.Admin1, p.Admin2, 1)
	}
	for _, t := range tallies {
		b.add(t.Labels, t.Admin1, t.Admin2, int64(t.Activities))
	}
	return b.build()
}

// newCandidate returns a record's candidate, and false when it has no topic under the
// question or no day in the window: it then takes part in no overlap.
func newCandidate(sp *space, asked bitset, functions []concord.FunctionCode, labels, admin1, admin2 []string, p concord.Period, window span) (candidate, bool) {
	t := sp.topicsOf(functions, labels).and(asked)
	if t.empty() {
		return candidate{}, false
	}
	s, ok := spanOf(p).clip(window)
	if !ok {
		return candidate{}, false
	}
	return candidate{topics: t, place: sp.placeOf(admin1, admin2), span: s, weight: 1}, true
}

// candidates builds one country's candidates.
func candidates(sp *space, presences []concord.Presence, indexes []int, asked bitset, window span) []candidate {
	out := make([]candidate, 0, len(indexes))
	for _, i := range indexes {
		p := presences[i]
		c, ok := newCandidate(sp, asked, p.Functions, p.Labels, p.Admin1, p.Admin2, p.Period, window)
		if !ok {
			continue
		}
		c.index = i
		out = append(out, c)
	}
	return out
}

// meets reports whether two candidates share a topic and a place (days aside).
func (c candidate) meets(o candidate) bool {
	return c.topics.meets(o.topics) && placesMeet(c.place, o.place)
}

// groupKey is what candidates that meet the same others have in common.
func (c candidate) groupKey(marked bool) string {
	var b strings.Builder
	b.WriteString(c.topics.key())
	b.WriteByte(0)
	b.WriteString(c.place.admin1.key())
	b.WriteByte(0)
	b.WriteString(c.place.admin2.key())
	flags := []byte{'0', '0', '0'}
	if c.place.hasAdmin1 {
		flags[0] = '1'
	}
	if c.place.hasAdmin2 {
		flags[1] = '1'
	}
	if marked {
		flags[2] = '1'
	}
	b.Write(flags)
	return b.String()
}

// windowSpan is the question's window as a span; an open window is every day.
func windowSpan(q concord.EngagementQuery) span { return spanOf(q.Window()) }

// checkEvery is how many candidates a sweep handles between two looks at its context.
const checkEvery = 1024

// sweep calls pair for every two candidates that share a topic, a place and a day, the
// earlier starter first. With marked, only the pairs one side of which is marked are found,
// and a candidate that is not marked never looks at the others that are not either: the work
// follows the pairs found, not the pairs passed over. Running candidates are kept in one list
// per group of equal topics and places, so a candidate looks at the groups, not at every
// running candidate. It stops at the first error pair returns, and when ctx is done.
func sweep(ctx context.Context, cs []candidate, marked func(candidate) bool, pair func(a, b candidate) error) error {
	slices.SortStableFunc(cs, func(x, y candidate) int { return cmpInt64(x.span.lo, y.span.lo) })
	type group struct {
		first   candidate // its topics and place stand for the group's
		marked  bool
		running []candidate
	}
	index := map[string]int{}
	var groups []*group // in first-seen order, for a deterministic sweep
	for n, c := range cs {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		cMarked := marked == nil || marked(c)
		for _, g := range groups {
			if (!cMarked && !g.marked) || !g.first.meets(c) {
				continue
			}
			kept := g.running[:0]
			for _, o := range g.running {
				if o.span.hi < c.span.lo {
					continue // ended before c starts: it meets no later candidate either
				}
				kept = append(kept, o)
				if err := pair(o, c); err != nil {
					return err
				}
			}
			g.running = kept
		}
		key := c.groupKey(cMarked)
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, &group{first: c, marked: cMarked})
		}
		groups[i].running = append(groups[i].running, c)
	}
	return nil
}

// countPairs counts the pairs sweep would find, weighting each candidate by its weight (a
// tally of w identical presences holds w·(w−1)/2 pairs among themselves), in time
// O(candidates × groups × log candidates) whatever the number of pairs.
func countPairs(ctx context.Context, cs []candidate) (int64, error) {
	slices.SortStableFunc(cs, func(x, y candidate) int { return cmpInt64(x.span.lo, y.span.lo) })
	type group struct {
		first candidate
		ends  *endHeap
	}
	index := map[string]int{}
	var groups []group
	var total int64
	for n, c := range cs {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		for _, g := range groups {
			if !g.first.meets(c) {
				continue
			}
			h := g.ends
			for h.Len() > 0 && h.ends[0].hi < c.span.lo {
				h.weight -= heap.Pop(h).(weightedEnd).weight // ended before c starts
			}
			total += h.weight * c.weight
		}
		if c.meets(c) {
			total += c.weight * (c.weight - 1) / 2
		}
		key := c.groupKey(false)
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, group{first: c, ends: &endHeap{}})
		}
		h := groups[i].ends
		heap.Push(h, weightedEnd{hi: c.span.hi, weight: c.weight})
		h.weight += c.weight
	}
	return total, nil
}

type weightedEnd struct {
	hi     int64
	weight int64
}

// endHeap holds the running candidates of one bit set by their last day, and their weight.
type endHeap struct {
	ends   []weightedEnd
	weight int64
}

func (h endHeap) Len() int           { return len(h.ends) }
func (h endHeap) Less(i, j int) bool { return h.ends[i].hi < h.ends[j].hi }
func (h endHeap) Swap(i, j int)      { h.ends[i], h.ends[j] = h.ends[j], h.ends[i] }
func (h *endHeap) Push(x any)        { h.ends = append(h.ends, x.(weightedEnd)) }
func (h *endHeap) Pop() any {
	x := h.ends[len(h.ends)-1]
	h.ends = h.ends[:len(h.ends)-1]
	return x
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// byCountry groups the indexes of presences by country, countries in code order.
func byCountry(presences []concord.Presence) ([]string, map[string][]int) {
	groups := map[string][]int{}
	for i, p := range presences {
		groups[p.Country] = append(groups[p.Country], i)
	}
	countries := make([]string, 0, len(groups))
	for c := range groups {
		countries = append(countries, c)
	}
	slices.Sort(countries)
	return countries, groups
}

// sameSubject reports whether two presences are one mission or activity (a mission deployed
// twice in one country does not overlap itself).
func sameSubject(a, b concord.Presence) bool { return a.Kind == b.Kind && a.Subject == b.Subject }

// disjoint reports whether two sorted sets of actor ids share none.
func disjoint(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			return false
		case c < 0:
			i++
		default:
			j++
		}
	}
	return true
}

// pairScore is ScoreOverlap's score of two presences, computed without building the overlap
// (no function lists, no explanation): the sweep scores every pair it finds and only the page
// asked for is built in full. overlap_test.go checks that the two agree.
func pairScore(sp *space, a, b concord.Presence, sa, sb scope, actorsA, actorsB []string, asOf concord.Date) float64 {
	period, _ := a.Period.Intersect(b.Period)
	t := timeInCommon(a.Period, b.Period, period, asOf)
	where := 1.0
	if (len(a.Admin1) == 0 && len(a.Admin2) == 0) || (len(b.Admin1) == 0 && len(b.Admin2) == 0) {
		where = placeUnknown
	}
	orgs := 1.0
	if !disjoint(actorsA, actorsB) {
		orgs = actorsInCommon
	}
	return roundScore(sp.sameWork(sa, sb) * t * where * orgs)
}
