package analytics

import (
	"math"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// OverlapSide is one of the two missions or activities of an overlap.
type OverlapSide struct {
	Kind      concord.SubjectKind
	ID        string
	Actors    []string // actor ids that lead, contribute, implement or fund it
	Functions []concord.FunctionCode
	Labels    []string       // its sector labels that map to no function
	Admin1    []string       // the first-level areas it names; none when national
	Admin2    []string       // the second-level areas it names
	Period    concord.Period // its presence in the country
}

// Overlap is two distinct missions or activities that work on a common function or sector
// label in a common place of one country at a common time.
type Overlap struct {
	Country         string
	A, B            OverlapSide
	SharedFunctions []concord.FunctionCode
	SharedLabels    []string
	Place           OverlapPlace
	Period          concord.Period // the shared period
	Score           float64
	// The factors of the score (docs/overlap-score.md): the same work, the time in common, the
	// place and the organisations; CommonActors are the actors on both sides.
	SameWork, Time, Where, Organisations float64
	CommonActors                         []string
}

// compareSides orders the sides of overlaps: by subject id, kind, start (unknown first) and
// end (ongoing last), so that two deployments of one mission that start together still have
// an order.
func compareSides(x, y OverlapSide) int {
	return compareSubjects(x.ID, x.Kind, x.Period, y.ID, y.Kind, y.Period)
}

// compareSubjects is the order of compareSides, on the fields sides and presences share.
func compareSubjects(xID string, xKind concord.SubjectKind, xPeriod concord.Period, yID string, yKind concord.SubjectKind, yPeriod concord.Period) int {
	if c := strings.Compare(xID, yID); c != 0 {
		return c
	}
	if c := strings.Compare(string(xKind), string(yKind)); c != 0 {
		return c
	}
	if c := compareStarts(xPeriod.From, yPeriod.From); c != 0 {
		return c
	}
	return compareEnds(xPeriod.To, yPeriod.To)
}

// compareOverlaps orders overlaps of equal score: by country, then side A, then side B. No two
// overlaps compare equal, so pages cut from the order are stable.
func compareOverlaps(x, y Overlap) int {
	if c := strings.Compare(x.Country, y.Country); c != 0 {
		return c
	}
	if c := compareSides(x.A, y.A); c != 0 {
		return c
	}
	return compareSides(x.B, y.B)
}

// The place and organisation factors of the score; docs/overlap-score.md explains them.
const (
	placeUnknown   = 0.75 // one side names no area: the two may work far apart
	actorsInCommon = 0.5  // an actor on both sides: coordination within it, less a duplication
	timeUnmeasured = 0.5  // a side without a known start has no measurable length
)

// ScoreOverlap finds what two sides in one country share and scores it. It returns false
// when they share no function or label, no place or no day. Ongoing periods are measured up
// to asOf. The score, in [0, 1], is S·T·P·O where
//   - S, the same work, is Σ min(share of a, share of b) over their topics, each side's work
//     spread evenly over its own functions and labels (a parent function's share over its
//     sub-functions), a three-digit DAC category counting half: 1 for two records doing only
//     the same thing, ½ for a project that shares one of its two sectors with a programme;
//   - T is the share of the shorter side's period that the two have in common (½ when a side
//     has no known start);
//   - P is 1 when both name a common area within the country, ¾ when one of them names none;
//   - O is 1 when no actor takes part in both (two organisations doing the same thing, the
//     duplication donors and coordinators look for), ½ otherwise.
func ScoreOverlap(country string, a, b OverlapSide, asOf concord.Date) (Overlap, bool) {
	fa, fb := concord.ExpandFunctions(a.Functions), concord.ExpandFunctions(b.Functions)
	var shared []concord.FunctionCode
	for _, f := range fa {
		if slices.Contains(fb, f) {
			shared = append(shared, f)
		}
	}
	labels := sharedFolded(a.Labels, b.Labels)
	if len(shared) == 0 && len(labels) == 0 {
		return Overlap{}, false
	}
	where, ok := areasMeet(a.Admin1, a.Admin2, b.Admin1, b.Admin2)
	if !ok {
		return Overlap{}, false
	}
	period, ok := a.Period.Intersect(b.Period)
	if !ok {
		return Overlap{}, false
	}

	o := Overlap{
		Country: country, A: a, B: b,
		SharedFunctions: shared, SharedLabels: labels, Place: where, Period: period,
		SameWork: sameWorkOf(a, b), Time: timeInCommon(a.Period, b.Period, period, asOf),
		Where: 1, Organisations: 1,
	}
	if where.Level == PlaceCountry {
		o.Where = placeUnknown
	}
	for _, x := range a.Actors {
		if slices.Contains(b.Actors, x) && !slices.Contains(o.CommonActors, x) {
			o.CommonActors = append(o.CommonActors, x)
		}
	}
	if len(o.CommonActors) > 0 {
		o.Organisations = actorsInCommon
	}
	o.Score = roundScore(o.SameWork * o.Time * o.Where * o.Organisations)
	return o, true
}

func roundScore(x float64) float64 { return math.Round(x*100) / 100 }

// timeInCommon is the score's T.
func timeInCommon(a, b, shared concord.Period, asOf concord.Date) float64 {
	shorter := min(a.Days(asOf), b.Days(asOf))
	if shorter <= 0 {
		return timeUnmeasured
	}
	return math.Min(1, float64(shared.Days(asOf))/float64(shorter))
}

// sameWorkOf is the score's S on two sides, topics named by strings: the reference that
// space.sameWork computes on numbered topics.
func sameWorkOf(a, b OverlapSide) float64 {
	sa, sb := scopeByName(a), scopeByName(b)
	var sum float64
	for t, x := range sa {
		if y, ok := sb[t]; ok {
			spec := 1.0
			if label, ok := strings.CutPrefix(t, "label:"); ok {
				spec = labelSpecificity(label)
			}
			sum += min(x, y) * spec
		}
	}
	return settle(sum)
}

// settle rounds a sum of shares to nine places and caps it at 1, so that the same shares
// added in another order give the same score.
func settle(sum float64) float64 { return min(math.Round(sum*1e9)/1e9, 1) }

func scopeByName(s OverlapSide) map[string]float64 {
	own := len(s.Functions) + len(s.Labels)
	out := map[string]float64{}
	for _, f := range s.Functions {
		leaves := []concord.FunctionCode{f}
		if children := f.Children(); len(children) > 0 {
			leaves = children
		}
		for _, leaf := range leaves {
			out["function:"+string(leaf)] += 1 / float64(own*len(leaves))
		}
	}
	for _, l := range s.Labels {
		out["label:"+fold(l)] += 1 / float64(own)
	}
	return out
}

func joinCodes(codes []concord.FunctionCode) string {
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// SortOverlaps orders overlaps by descending score, then by compareOverlaps, so pages are
// stable.
func SortOverlaps(os []Overlap) {
	slices.SortFunc(os, func(x, y Overlap) int {
		if x.Score != y.Score {
			if x.Score > y.Score {
				return -1
			}
			return 1
		}
		return compareOverlaps(x, y)
	})
}
