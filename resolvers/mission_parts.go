package resolvers

import (
	"context"
	"sync"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/concord-peace/concord"
)

// Lists of related missions load only the parts of a mission that the query's selection
// reads: a mission's mandates, functions, successors and clusters are each a walk in Neo4j and
// a list to decode, and a list that shows names and countries need not pay for them.

// missionFieldParts are the parts of a mission that each field of Mission reads; fields not
// listed read the mission's own fields, which every load brings.
var missionFieldParts = map[string]concord.MissionParts{
	"lead":         concord.MissionLead,
	"contributors": concord.MissionContributors,
	"mandates":     concord.MissionMandates,
	"functions":    concord.MissionFunctions,
	"deployments":  concord.MissionDeployments,
	"predecessors": concord.MissionPredecessors,
	"clusters":     concord.MissionClusters,
	"sources":      concord.MissionText,
	"note":         concord.MissionText,
}

// selectedMissionParts returns the parts of a mission that the selection of the field being
// resolved reads (the field returns missions).
func selectedMissionParts(ctx context.Context) concord.MissionParts {
	sel, ok := selection(ctx)
	if !ok {
		return concord.MissionWhole
	}
	return missionPartsOf(sel)
}

// missionPartsOf returns the parts of a mission that a selection set on Mission reads.
func missionPartsOf(sel ast.SelectionSet) concord.MissionParts {
	var parts concord.MissionParts
	eachField(sel, func(f *ast.Field) { parts |= missionFieldParts[f.Name] })
	return parts
}

// contributionMissionParts returns the parts of a mission that a list of contributions reads
// (a field returning [Contribution!]! read from its missions): the contributors, from which the
// contributions are taken, and what the contributions' mission field selects, so that it costs
// no round trip.
func contributionMissionParts(ctx context.Context) concord.MissionParts {
	sel, ok := selection(ctx)
	if !ok {
		return concord.MissionWhole
	}
	return contributionPartsOf(sel)
}

// contributionPartsOf is contributionMissionParts for a selection set on Contribution.
func contributionPartsOf(sel ast.SelectionSet) concord.MissionParts {
	return concord.MissionContributors | missionPartsOf(subSelection(sel, "mission"))
}

// subSelection returns the selections under every field called name in sel.
func subSelection(sel ast.SelectionSet, name string) ast.SelectionSet {
	var out ast.SelectionSet
	eachField(sel, func(f *ast.Field) {
		if f.Name == name {
			out = append(out, f.SelectionSet...)
		}
	})
	return out
}

// missionLists loads the missions related to keys (an actor's, a country's, …) with a loader
// per set of parts, so that a mission loaded with fewer parts never answers a field that
// needs more, and the fields of one level, which share a selection, share a batch.
type missionLists struct {
	newLoader func(concord.MissionParts) *loader[string, []concord.Mission]

	mu      sync.Mutex
	byParts map[concord.MissionParts]*loader[string, []concord.Mission]
}

func (m *missionLists) Load(ctx context.Context, key string, parts concord.MissionParts) ([]concord.Mission, error) {
	m.mu.Lock()
	l, ok := m.byParts[parts]
	if !ok {
		l = m.newLoader(parts)
		m.byParts[parts] = l
	}
	m.mu.Unlock()
	return l.Load(ctx, key)
}

// missionViews keeps the missions that related lists loaded with some of their parts, so that
// a lookup by id whose selection reads no more (a contribution's mission) costs no round trip.
type missionViews struct {
	mu    sync.Mutex
	views map[string]missionView
}

type missionView struct {
	parts   concord.MissionParts
	mission concord.Mission
}

func newMissionViews() *missionViews { return &missionViews{views: map[string]missionView{}} }

// add keeps m, read with parts, unless a view with more parts is kept already.
func (v *missionViews) add(m concord.Mission, parts concord.MissionParts) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if old, ok := v.views[m.ID]; ok && old.parts.Has(parts) {
		return
	}
	v.views[m.ID] = missionView{parts, m}
}

// get returns the mission with id if it was kept with at least parts.
func (v *missionViews) get(id string, parts concord.MissionParts) (concord.Mission, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	view, ok := v.views[id]
	if !ok || !view.parts.Has(parts) {
		return concord.Mission{}, false
	}
	return view.mission, true
}

// loadMission loads the mission a field refers to by id, with what that field's selection
// reads: from the missions related lists brought if one holds enough, else whole by id.
func loadMission(ctx context.Context, id string) (*concord.Mission, error) {
	l := loaders(ctx)
	if m, ok := l.missionViews.get(id, selectedMissionParts(ctx)); ok {
		return &m, nil
	}
	return mustExist(l.mission.Load(ctx, id))
}
