package concord

import (
	"strings"
	"unicode"
)

// NormalizeName folds an organisation's name for matching: lower case, letters and digits
// only, single spaces, so "MERCY CORPS" and "Mercy Corps" meet, and "Mercy-Corps" too.
func NormalizeName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// ActorKeys are the keys an actor is matched on: its IATI identifier first, then its
// normalised names (name, acronym, aliases).
func (a Actor) ActorKeys() []string {
	var keys []string
	if a.Ref != "" {
		keys = append(keys, RefKey(a.Ref))
	}
	for _, n := range append([]string{a.Name, a.Acronym}, a.Aliases...) {
		if k := NameKey(n); k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// RefKey is the matching key of an IATI organisation identifier.
func RefKey(ref string) string { return "ref:" + strings.ToUpper(strings.TrimSpace(ref)) }

// NameKey is the matching key of a name, or "" for a name with no letters or digits.
func NameKey(name string) string {
	n := NormalizeName(name)
	if n == "" {
		return ""
	}
	return "name:" + n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ProbableDuplicate says whether two normalised names probably name one organisation: one's
// words all appear in the other ("mercy corps" in "mercy corps europe"), at least two words
// in common. It is a hint for a person to review, never a reason to merge by itself.
func ProbableDuplicate(a, b string) bool {
	if a == b || a == "" || b == "" {
		return a == b && a != ""
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 {
		return false
	}
	for _, w := range wa {
		if !contains(wb, w) {
			return false
		}
	}
	return true
}

// CompatibleNames says whether two organisation names may name one organisation that an
// acronym alone connects: at least half the words of the shorter name (leaving out "and",
// "of", "the" and the like) appear in the other. "World Food Program" and "World Food
// Programme" are; "Norwegian Afghanistan Committee" and "North Atlantic Council", both NAC,
// are not. An acronym is too short to identify an organisation on its own.
func CompatibleNames(a, b string) bool {
	wa, wb := significantWords(NormalizeName(a)), significantWords(NormalizeName(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	common := 0
	for _, w := range wa {
		if contains(wb, w) {
			common++
		}
	}
	return 2*common >= len(wa)
}

// minorWords carry no identity in an organisation's name.
var minorWords = []string{"a", "and", "de", "del", "des", "du", "et", "for", "in", "la", "le", "of", "on", "the", "to", "y"}

func significantWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if !contains(minorWords, w) {
			out = append(out, w)
		}
	}
	return out
}

// DuplicatePair is two actors that probably are one organisation.
type DuplicatePair struct {
	A, B   string // actor ids
	Reason string
}
