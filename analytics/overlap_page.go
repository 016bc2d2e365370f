package analytics

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// scoredPair is an overlap before it is built: its score and its two presences, A the one
// whose subject sorts first, as Overlaps orients them.
type scoredPair struct {
	score float64
	a, b  int32
}

var errTooManyPairs = errors.New("too many overlapping pairs")

// OverlapPage answers an overlaps question: the pairs of distinct missions or activities in
// one country whose functions (under q.Function) and days (within q's window) intersect, with
// q.Actor on one side when it is asked, highest score first, and the page that args asks for.
// It finds the pairs by a sweep (pairs.go), scores them without building them, and builds
// only the page: the cost follows the number of pairs, not the square of the presences. More
// than MaxOverlapPairs pairs is refused with ETOOLARGE. The result is the same as paging
// Overlaps(presences, q, asOf), which overlap_test.go checks.
func OverlapPage(ctx context.Context, presences []concord.Presence, q concord.EngagementQuery, asOf concord.Date, args concord.PageArgs) (concord.Page[Overlap], error) {
	if _, err := args.Limit(); err != nil {
		return concord.Page[Overlap]{}, err
	}
	presences = answering(presences, q)
	actors := make([][]string, len(presences))
	for i, p := range presences {
		actors[i] = p.ActorIDs()
	}
	hasActor := func(i int32) bool { _, ok := slices.BinarySearch(actors[i], q.Actor); return ok }
	// A is the side that sorts first (compareSides), as Overlaps orients them.
	before := func(i, j int32) bool { return comparePresences(presences[i], presences[j]) < 0 }

	// Each country numbers its own topics and places; a presence's scope is read on its
	// country's numbers.
	countries, groups := byCountry(presences)
	window := windowSpan(q)
	perCountry := make([][]candidate, len(countries))
	spaces := make([]*space, len(countries))
	scopes := make([]scope, len(presences))
	for i, country := range countries {
		sp := spaceOf(presences, groups[country], nil)
		spaces[i] = sp
		perCountry[i] = candidates(sp, presences, groups[country], sp.askedTopics(q), window)
		for _, j := range groups[country] {
			scopes[j] = sp.scopeOf(presences[j].Functions, presences[j].Labels)
		}
	}
	// With an actor, a pair needs it on one side: the sweep looks only for those.
	var marked func(candidate) bool
	if q.Actor != "" {
		marked = func(c candidate) bool { return hasActor(int32(c.index)) }
	}
	// The pairs are counted first (countPairs costs no pair): a question past the limit is
	// refused at once, and the list is allocated once. With an actor, the pairs that have it
	// are all the pairs less those among the candidates without it.
	var total int64
	for _, cs := range perCountry {
		n, err := countWithout(ctx, presences, cs, nil)
		if err != nil {
			return concord.Page[Overlap]{}, interrupted(err)
		}
		if marked != nil {
			m, err := countWithout(ctx, presences, cs, marked)
			if err != nil {
				return concord.Page[Overlap]{}, interrupted(err)
			}
			n -= m
		}
		total += n
	}
	if total > MaxOverlapPairs {
		return concord.Page[Overlap]{}, tooManyPairs(total)
	}
	pairs := make([]scoredPair, 0, total)
	for ci, cs := range perCountry {
		sp := spaces[ci]
		err := sweep(ctx, cs, marked, func(x, y candidate) error {
			a, b := int32(x.index), int32(y.index)
			if sameSubject(presences[a], presences[b]) {
				return nil
			}
			if !before(a, b) {
				a, b = b, a
			}
			if len(pairs) == MaxOverlapPairs {
				return errTooManyPairs
			}
			pairs = append(pairs, scoredPair{
				score: pairScore(sp, presences[a], presences[b], scopes[a], scopes[b], actors[a], actors[b], asOf),
				a:     a, b: b,
			})
			return nil
		})
		if errors.Is(err, errTooManyPairs) {
			return concord.Page[Overlap]{}, tooManyPairs(0)
		}
		if err != nil {
			return concord.Page[Overlap]{}, interrupted(err)
		}
	}

	slices.SortFunc(pairs, func(x, y scoredPair) int {
		if x.score != y.score {
			return cmp.Compare(y.score, x.score)
		}
		return compareKeys(presences, x, y)
	})
	if err := ctx.Err(); err != nil {
		return concord.Page[Overlap]{}, interrupted(err)
	}
	return concord.PageOfFunc(len(pairs), args, func(i int) Overlap {
		a, b := presences[pairs[i].a], presences[pairs[i].b]
		o, _ := ScoreOverlap(a.Country, side(a), side(b), asOf)
		return o
	})
}

// countWithout counts the overlapping pairs of cs, one subject with itself excepted, leaving
// out the marked candidates when marked is given.
func countWithout(ctx context.Context, presences []concord.Presence, cs []candidate, marked func(candidate) bool) (int64, error) {
	if marked != nil {
		cs = slices.DeleteFunc(slices.Clone(cs), marked)
	}
	n, err := countPairs(ctx, slices.Clone(cs))
	if err != nil {
		return 0, err
	}
	return n - selfPairs(presences, cs), nil
}

// tooManyPairs is the refusal of a question past MaxOverlapPairs; n is the number of pairs
// when it is known (0: more than the limit).
func tooManyPairs(n int64) error {
	found := fmt.Sprintf("more than %d", MaxOverlapPairs)
	if n > 0 {
		found = fmt.Sprintf("%d", n)
	}
	return concord.Errorf(concord.ETOOLARGE, "",
		"%s overlapping pairs match, and at most %d are ranked; narrow the question with a country, a function or a shorter period", found, MaxOverlapPairs)
}

// compareKeys orders two pairs as compareOverlaps orders their overlaps, without building
// them.
func compareKeys(presences []concord.Presence, x, y scoredPair) int {
	if c := strings.Compare(presences[x.a].Country, presences[y.a].Country); c != 0 {
		return c
	}
	if c := comparePresences(presences[x.a], presences[y.a]); c != 0 {
		return c
	}
	return comparePresences(presences[x.b], presences[y.b])
}

// comparePresences is compareSides on presences.
func comparePresences(x, y concord.Presence) int {
	return compareSubjects(x.Subject, x.Kind, x.Period, y.Subject, y.Kind, y.Period)
}

// interrupted turns the end of a request's context into the error its client sees.
func interrupted(err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return concord.Errorf(concord.EUNAVAILABLE, "", "the question took longer than the request may; narrow it with a country, a function or a shorter period")
	case errors.Is(err, context.Canceled):
		return concord.Errorf(concord.EUNAVAILABLE, "", "the request was cancelled")
	}
	return err
}
