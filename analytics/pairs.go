package analytics

import (
	"container/heap"
	"context"
	"math"
	"math/bits"
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

// functionBit gives each function of the vocabulary one bit of a uint32.
var functionBit = func() map[concord.FunctionCode]uint32 {
	m := map[concord.FunctionCode]uint32{}
	for i, f := range concord.Functions() {
		if i >= 32 {
			panic("analytics: more than 32 functions do not fit the overlap bit sets")
		}
		m[f.Code] = 1 << i
	}
	return m
}()

// functionMask returns the bits of fs with their sub-functions. Codes outside the vocabulary
// have no bit: the store only holds the vocabulary's functions.
func functionMask(fs []concord.FunctionCode) uint32 {
	var m uint32
	for _, f := range concord.ExpandFunctions(fs) {
		m |= functionBit[f]
	}
	return m
}

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
	mask   uint32 // functions under the question, with sub-functions
	span   span   // days, clipped to the question's window
	weight int64  // how many presences it stands for (counting only)
}

// candidates builds one country's candidates: presences without a function under the
// question, or without a day in the window, take part in no overlap.
func candidates(presences []concord.Presence, indexes []int, asked uint32, window span) []candidate {
	out := make([]candidate, 0, len(indexes))
	for _, i := range indexes {
		p := presences[i]
		m := functionMask(p.Functions) & asked
		if m == 0 {
			continue
		}
		s, ok := spanOf(p.Period).clip(window)
		if !ok {
			continue
		}
		out = append(out, candidate{index: i, mask: m, span: s, weight: 1})
	}
	return out
}

// askedMask is the bit set a pair must share a bit of: the asked function with its
// sub-functions, or every function.
func askedMask(f concord.FunctionCode) uint32 {
	if f == "" {
		return math.MaxUint32
	}
	return functionMask([]concord.FunctionCode{f})
}

// windowSpan is the question's window as a span; an open window is every day.
func windowSpan(q concord.EngagementQuery) span { return spanOf(q.Window()) }

// checkEvery is how many candidates a sweep handles between two looks at its context.
const checkEvery = 1024

// sweep calls pair for every two candidates that share a function bit and a day, the earlier
// starter first. With marked, only the pairs one side of which is marked are found, and a
// candidate that is not marked never looks at the others that are not either: the work
// follows the pairs found, not the pairs passed over. It stops at the first error pair
// returns, and when ctx is done.
func sweep(ctx context.Context, cs []candidate, marked func(candidate) bool, pair func(a, b candidate) error) error {
	slices.SortStableFunc(cs, func(x, y candidate) int { return cmpInt64(x.span.lo, y.span.lo) })
	type group struct {
		mask   uint32
		marked bool
	}
	running := map[group][]candidate{}
	var groups []group // keys of running in first-seen order, for a deterministic sweep
	for n, c := range cs {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		cMarked := marked == nil || marked(c)
		for _, g := range groups {
			if g.mask&c.mask == 0 || (!cMarked && !g.marked) {
				continue
			}
			list := running[g]
			kept := list[:0]
			for _, o := range list {
				if o.span.hi < c.span.lo {
					continue // ended before c starts: it meets no later candidate either
				}
				kept = append(kept, o)
				if err := pair(o, c); err != nil {
					return err
				}
			}
			running[g] = kept
		}
		g := group{c.mask, cMarked}
		if _, ok := running[g]; !ok {
			groups = append(groups, g)
		}
		running[g] = append(running[g], c)
	}
	return nil
}

// countPairs counts the pairs sweep would find, weighting each candidate by its weight (a
// tally of w identical presences holds w·(w−1)/2 pairs among themselves), in time
// O(candidates × bit sets × log candidates) whatever the number of pairs.
func countPairs(ctx context.Context, cs []candidate) (int64, error) {
	slices.SortStableFunc(cs, func(x, y candidate) int { return cmpInt64(x.span.lo, y.span.lo) })
	running := map[uint32]*endHeap{}
	var masks []uint32
	var total int64
	for n, c := range cs {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		for _, m := range masks {
			if m&c.mask == 0 {
				continue
			}
			h := running[m]
			for h.Len() > 0 && h.ends[0].hi < c.span.lo {
				h.weight -= heap.Pop(h).(weightedEnd).weight // ended before c starts
			}
			total += h.weight * c.weight
		}
		total += c.weight * (c.weight - 1) / 2
		h, ok := running[c.mask]
		if !ok {
			h = &endHeap{}
			running[c.mask] = h
			masks = append(masks, c.mask)
		}
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
func pairScore(a, b concord.Presence, ma, mb uint32, actorsA, actorsB []string, asOf concord.Date) float64 {
	shared := bits.OnesCount32(ma & mb)
	union := bits.OnesCount32(ma | mb)
	f := float64(shared) / float64(union)
	t := 0.5
	if shorter := min(a.Period.Days(asOf), b.Period.Days(asOf)); shorter > 0 {
		period, _ := a.Period.Intersect(b.Period)
		t = math.Min(1, float64(period.Days(asOf))/float64(shorter))
	}
	d := 0.0
	if disjoint(actorsA, actorsB) {
		d = 1
	}
	return math.Round((weightFunctions*f+weightTime*t+weightActors*d)*100) / 100
}
