package analytics

import (
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// Explain says in words a donor reads why two records overlap and how much: what both work
// on, where and when, whether the same organisations are behind them, then the score and its
// factors. actorName and countryName give the names of actors and countries by id and code
// (the id or code itself when they return "").
//
//	Both work on mediation and conflict prevention in Myanmar from 2019-09-16 to 2021-03-15;
//	different organisations: European Commission on one side, UK Foreign Office on the other.
//	Score 0.38 = same work 0.50 × time 1.00 × place 0.75 × organisations 1.00.
func Explain(o Overlap, actorName, countryName func(string) string) string {
	var topics []string
	for _, f := range o.SharedFunctions {
		if fn, ok := concord.LookupFunction(f); ok && !coveredByShared(f, o.SharedFunctions) {
			topics = append(topics, strings.ToLower(fn.Name))
		}
	}
	for _, l := range o.SharedLabels {
		topics = append(topics, "“"+l+"”")
	}

	var where string
	switch o.Place.Level {
	case PlaceCountry:
		where = "in " + names([]string{o.Country}, countryName)[0]
		// When one side names areas, say which one does not: that is why they meet only here.
		namesArea := func(s OverlapSide) bool { return len(s.Admin1)+len(s.Admin2) > 0 }
		if namesArea(o.A) != namesArea(o.B) {
			silent := o.A
			if namesArea(o.A) {
				silent = o.B
			}
			where += " (" + silent.ID + " names no area within it)"
		}
	case PlaceAdmin2:
		where = "in " + strings.Join(readableAreas(o.Place.Areas), ", ")
		if provinces := sharedFolded(o.A.Admin1, o.B.Admin1); len(provinces) > 0 {
			where += " (" + strings.Join(readableAreas(provinces), ", ") + ")"
		}
	default:
		where = "in " + strings.Join(readableAreas(o.Place.Areas), ", ")
	}

	var orgs string
	if len(o.CommonActors) > 0 {
		orgs = "the same organisation on both sides: " + joinWords(names(o.CommonActors, actorName))
	} else {
		orgs = "different organisations: " + joinWords(names(o.A.Actors, actorName)) + " on one side, " +
			joinWords(names(o.B.Actors, actorName)) + " on the other"
		if len(o.A.Actors) == 0 || len(o.B.Actors) == 0 {
			orgs = "no organisation in common"
		}
	}

	return fmt.Sprintf("Both work on %s %s %s; %s. Score %.2f = same work %.2f × time %.2f × place %.2f × organisations %.2f.",
		joinWords(topics), where, describeSpan(o.Period), orgs, o.Score, o.SameWork, o.Time, o.Where, o.Organisations)
}

// coveredByShared reports whether f's parent is shared too, so that "rule of law" is said once
// rather than with each of its sub-functions.
func coveredByShared(f concord.FunctionCode, shared []concord.FunctionCode) bool {
	return slices.ContainsFunc(f.Ancestors(), func(a concord.FunctionCode) bool { return slices.Contains(shared, a) })
}

func names(ids []string, name func(string) string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		n := ""
		if name != nil {
			n = name(id)
		}
		if n == "" {
			n = id
		}
		out = append(out, n)
	}
	return out
}

// joinWords joins "a", "a and b", "a, b and c".
func joinWords(words []string) string {
	switch len(words) {
	case 0:
		return "nothing named"
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// describeSpan says a shared period in a sentence.
func describeSpan(p concord.Period) string {
	switch {
	case p.From.IsZero() && p.To.IsZero():
		return "at dates neither states"
	case p.From.IsZero():
		return "until " + p.To.String() + " (start unknown)"
	case p.To.IsZero():
		return "since " + p.From.String()
	}
	return "from " + p.From.String() + " to " + p.To.String()
}
