package analytics

import (
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// DefaultFragmentationThreshold is the number of actors on one function in one country above
// which, with no lead in force, coverage reports the function as fragmented.
const DefaultFragmentationThreshold = 3

// SubjectRef names a mission or an activity behind a coverage cell, with the actor's role in it.
type SubjectRef struct {
	Kind concord.SubjectKind
	ID   string
	Role concord.Role
}

// CoverageCell is one actor working on one function in the country during the window, with
// the missions and activities through which it does.
type CoverageCell struct {
	Function concord.FunctionCode
	Actor    string
	Subjects []SubjectRef // ordered by kind, id, role
	// Direct is true when at least one subject declares the function itself, false when the
	// actor reaches it only through a broader (parent) function, such as a SECURITY mandate
	// reaching SSR.
	Direct bool
	// Lead is true when the actor is a lead in force for the function (LeadsFor).
	Lead bool
}

// FragmentedCell is a function worked on by more actors than the threshold with no lead.
type FragmentedCell struct {
	Function concord.FunctionCode
	Actors   []string
}

// Coverage is the functions × actors matrix of a country over a window, with its gaps and its
// fragmented functions; docs/analytics.md defines each part.
type Coverage struct {
	Country   string
	Window    concord.Period
	Functions []concord.FunctionCode // rows, in vocabulary order
	Actors    []string               // columns, sorted
	Cells     []CoverageCell         // ordered by function (vocabulary order), then actor
	// Mandated are the functions the missions present in the window are mandated for, as
	// their mandates state them, in vocabulary order.
	Mandated []concord.FunctionCode
	// Gaps are the leaf functions under a mandated function (or mandated themselves) that no
	// mission or activity present in the window declares: reached only through a broader
	// mandate, nobody works on them specifically.
	Gaps       []concord.FunctionCode
	Fragmented []FragmentedCell
	Threshold  int // the threshold used
	// Undated is the number of the country's missions and activities without any date: left
	// out of a day's or a period's coverage unless the question included them.
	Undated int
}

// ComputeCoverage builds the coverage of q.Country over q's window (At, or From–To; an empty
// window is all time) from the presences in that country and the leads recorded there.
//
//   - A cell (f, a) exists when actor a takes part, in any role, in a presence meeting the
//     window whose functions, expanded with their sub-functions, include f. With q.Function,
//     only f and its sub-functions are rows.
//   - Mandated are the declared functions of the mission presences meeting the window.
//   - A gap is a leaf function (one without sub-functions) that is mandated or lies under a
//     mandated function, and that no presence meeting the window declares itself.
//   - A function is fragmented when more than threshold distinct actors work on it (its row)
//     and LeadsFor finds no lead in force during the window; threshold < 1 means
//     DefaultFragmentationThreshold.
//
// q.Country is required (validate q with Validate(true)); presences and leads of other
// countries are ignored.
func ComputeCoverage(presences []concord.Presence, leads []concord.Lead, q concord.EngagementQuery, threshold int) Coverage {
	if threshold < 1 {
		threshold = DefaultFragmentationThreshold
	}
	w := q.Window()
	cov := Coverage{Country: q.Country, Window: w, Threshold: threshold}
	var scope []concord.FunctionCode
	if q.Function != "" {
		scope = q.Function.WithDescendants()
	}
	inScope := func(f concord.FunctionCode) bool { return scope == nil || slices.Contains(scope, f) }

	type cellKey struct {
		f     concord.FunctionCode
		actor string
	}
	cells := map[cellKey]*CoverageCell{}
	type subjectKey struct {
		cell cellKey
		ref  SubjectRef
	}
	listed := map[subjectKey]bool{} // a set, so that an actor with many subjects costs no search
	declared := map[concord.FunctionCode]bool{}
	var mandated []concord.FunctionCode
	for _, p := range presences {
		if (q.Country != "" && p.Country != q.Country) || !meets(p.Period, w) {
			continue
		}
		for _, f := range p.Functions {
			declared[f] = true
			if p.Kind == concord.SubjectMission {
				mandated = append(mandated, f)
			}
		}
		for _, f := range concord.ExpandFunctions(p.Functions) {
			if !inScope(f) {
				continue
			}
			direct := slices.Contains(p.Functions, f)
			for _, a := range p.Actors {
				k := cellKey{f, a.Actor}
				c := cells[k]
				if c == nil {
					c = &CoverageCell{Function: f, Actor: a.Actor}
					cells[k] = c
				}
				ref := SubjectRef{Kind: p.Kind, ID: p.Subject, Role: a.Role}
				if !listed[subjectKey{k, ref}] {
					listed[subjectKey{k, ref}] = true
					c.Subjects = append(c.Subjects, ref)
				}
				c.Direct = c.Direct || direct
			}
		}
	}
	cov.Mandated = vocabularyOrder(mandated)

	rows := map[concord.FunctionCode]bool{}
	var actors []string
	for _, c := range cells {
		slices.SortFunc(c.Subjects, func(x, y SubjectRef) int {
			return strings.Compare(string(x.Kind)+"\x00"+x.ID+"\x00"+string(x.Role), string(y.Kind)+"\x00"+y.ID+"\x00"+string(y.Role))
		})
		c.Lead = slices.ContainsFunc(LeadsFor(leads, q.Country, c.Function, w), func(l concord.Lead) bool { return l.Actor == c.Actor })
		cov.Cells = append(cov.Cells, *c)
		rows[c.Function] = true
		actors = append(actors, c.Actor)
	}
	slices.SortFunc(cov.Cells, func(x, y CoverageCell) int {
		if c := compareFunctions(x.Function, y.Function); c != 0 {
			return c
		}
		return strings.Compare(x.Actor, y.Actor)
	})
	cov.Actors = sortedSet(actors)

	for _, f := range concord.ExpandFunctions(cov.Mandated) {
		if inScope(f) && isLeaf(f) && !declared[f] {
			cov.Gaps = append(cov.Gaps, f)
			rows[f] = true
		}
	}
	cov.Gaps = vocabularyOrder(cov.Gaps)

	for f := range rows {
		cov.Functions = append(cov.Functions, f)
	}
	cov.Functions = vocabularyOrder(cov.Functions)

	for _, f := range cov.Functions {
		var row []string
		for _, c := range cov.Cells {
			if c.Function == f {
				row = append(row, c.Actor)
			}
		}
		if len(row) > threshold && len(LeadsFor(leads, q.Country, f, w)) == 0 {
			cov.Fragmented = append(cov.Fragmented, FragmentedCell{Function: f, Actors: row})
		}
	}
	return cov
}
