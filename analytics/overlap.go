package analytics

import (
	"fmt"
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
	Period    concord.Period // its presence in the country
}

// Overlap is two distinct missions or activities active in the same country in intersecting
// periods with intersecting functions.
type Overlap struct {
	Country         string
	A, B            OverlapSide
	SharedFunctions []concord.FunctionCode
	Period          concord.Period // the shared period
	Score           float64
	Explanation     string
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

// Weights of the overlap score; docs/overlap-score.md explains them.
const (
	weightFunctions = 0.5
	weightTime      = 0.3
	weightActors    = 0.2
)

// ScoreOverlap computes the shared functions, the shared period, the score in [0, 1] and its
// one-line explanation of two sides in one country. It returns false when the sides share no
// function or no day. Ongoing periods are measured up to asOf.
//
// The score is 0.5·F + 0.3·T + 0.2·D where
//   - F is the Jaccard index of the two function sets, each expanded with its sub-functions
//     (a mandate for RULE_OF_LAW covers JUSTICE);
//   - T is the share of the shorter side's period that the two have in common (0.5 when a side
//     has no known start and so no measurable length);
//   - D is 1 when no actor takes part in both sides (two organisations doing the same thing,
//     the duplication donors and coordinators look for), else 0.
func ScoreOverlap(country string, a, b OverlapSide, asOf concord.Date) (Overlap, bool) {
	fa, fb := concord.ExpandFunctions(a.Functions), concord.ExpandFunctions(b.Functions)
	var shared []concord.FunctionCode
	for _, f := range fa {
		if slices.Contains(fb, f) {
			shared = append(shared, f)
		}
	}
	if len(shared) == 0 {
		return Overlap{}, false
	}
	period, ok := a.Period.Intersect(b.Period)
	if !ok {
		return Overlap{}, false
	}
	union := len(fa) + len(fb) - len(shared)
	f := float64(len(shared)) / float64(union)

	t := 0.5
	shorter := min(a.Period.Days(asOf), b.Period.Days(asOf))
	if shorter > 0 {
		t = math.Min(1, float64(period.Days(asOf))/float64(shorter))
	}

	var common []string
	for _, x := range a.Actors {
		if slices.Contains(b.Actors, x) && !slices.Contains(common, x) {
			common = append(common, x)
		}
	}
	d := 0.0
	if len(common) == 0 {
		d = 1
	}

	score := math.Round((weightFunctions*f+weightTime*t+weightActors*d)*100) / 100
	to := period.To.String()
	if to == "" {
		to = "ongoing"
	}
	from := period.From.String()
	if from == "" {
		from = "unknown start"
	}
	actors := "no actor in common"
	if len(common) > 0 {
		actors = "actors in common: " + strings.Join(common, ", ")
	}
	explanation := fmt.Sprintf("share %s (%d of %d functions, F=%.2f); together %s to %s (T=%.2f); %s (D=%.0f)",
		joinCodes(shared), len(shared), union, f, from, to, t, actors, d)

	return Overlap{
		Country:         country,
		A:               a,
		B:               b,
		SharedFunctions: shared,
		Period:          period,
		Score:           score,
		Explanation:     explanation,
	}, true
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
