package concord

import "slices"

// PresenceFilter is what a coordination question selects of the missions and activities in
// the graph. The store applies it in the graph, with indexes, so that a question costs what it
// returns and not what the graph holds.
type PresenceFilter struct {
	Country string // ISO 3166-1 alpha-3 code; "" for every country
	// Function keeps the presences that work on it: that carry it, one of its sub-functions or
	// one of its parents (a mandate for RULE_OF_LAW works on JUSTICE too). "" keeps every
	// presence, those without a function included.
	Function FunctionCode
	// Window keeps the presences that share at least one day with it; an open window (neither
	// end) keeps every presence.
	Window Period
	// Undated keeps, with a window, the presences without any date (Period.Undated), which
	// are otherwise left out: nothing says they were there in the window. Without a window
	// every presence is kept.
	Undated bool
	// Kind keeps only missions or only activities; "" keeps both.
	Kind SubjectKind
	// Label keeps the activities that carry this sector label (compared without regard to
	// case); "" keeps every presence. Missions carry no label.
	Label string
	// Admin1 and Admin2 keep the presences that name these areas, or name no area at all (they
	// may work anywhere in the country: InArea); "" keeps every presence.
	Admin1, Admin2 string
	// Detail reads each presence's sector labels and areas (overlaps need them; who works
	// where on a function does not), and, for tallies, groups activities by their labels too.
	Detail bool
}

// Codes returns the function codes a presence must carry one of to pass the filter, or nil
// when no function is asked.
func (f PresenceFilter) Codes() []FunctionCode {
	if f.Function == "" {
		return nil
	}
	return f.Function.Related()
}

// Ancestors returns c's parent, its parent's parent and so on, nearest first.
func (c FunctionCode) Ancestors() []FunctionCode {
	var out []FunctionCode
	for f, ok := LookupFunction(c); ok && f.Parent != ""; f, ok = LookupFunction(f.Parent) {
		out = append(out, f.Parent)
	}
	return out
}

// Related returns the codes a record may carry to work on c: c with its descendants, and its
// ancestors, whose work includes c's.
func (c FunctionCode) Related() []FunctionCode {
	return append(c.WithDescendants(), c.Ancestors()...)
}

// PresenceTally stands for Activities activities of one country that work on the same
// functions and sector labels, in the same areas, over the same period: the world map counts them without naming them, so the store
// counts them in the graph. Engagements is the number of their actors' engagements (distinct
// actor and role per activity). A zero Period, when the question asks about one day, stands
// for "present on that day".
type PresenceTally struct {
	Country     string
	Functions   []FunctionCode
	Labels      []string
	Admin1      []string
	Admin2      []string
	Period      Period
	Activities  int
	Engagements int
}

// MaxPresences is the most missions and activities one coordination question reads from the
// graph. A question that would read more is refused with ETOOLARGE and asked to be narrowed
// (a country, a function, a shorter period), rather than loading the world into memory.
const MaxPresences = 100_000

// Passes reports whether p passes the filter: the rule the store applies in the graph, for
// fakes and tests.
func (f PresenceFilter) Passes(p Presence) bool {
	if (f.Country != "" && p.Country != f.Country) || (f.Kind != "" && p.Kind != f.Kind) {
		return false
	}
	if codes := f.Codes(); codes != nil && !slices.ContainsFunc(p.Functions, func(c FunctionCode) bool { return slices.Contains(codes, c) }) {
		return false
	}
	if !HasLabel(p.Labels, f.Label) || !InArea(p.Admin1, p.Admin2, f.Admin1, f.Admin2) {
		return false
	}
	if p.Period.Undated() && !f.Window.Undated() && !f.Undated {
		return false
	}
	_, ok := p.Period.Intersect(f.Window)
	return ok
}

// UndatedCount is the number of records without dates in one country that pass a filter but
// for its window: what a question about a day or a period left out, or took in when asked to.
type UndatedCount struct {
	Country string
	Records int
}
