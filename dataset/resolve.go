package dataset

import (
	"fmt"
	"slices"

	"github.com/concord-peace/concord"
)

// resolve reports ids given twice and sorts every reference into those the document
// resolves itself and those the graph must (ds.External).
func (p *parser) resolve(ds *concord.Dataset) {
	ids := map[concord.RecordKind]map[string]bool{}
	declare := func(kind concord.RecordKind, id, path string) {
		if ids[kind] == nil {
			ids[kind] = map[string]bool{}
		}
		if id == "" {
			return
		}
		if ids[kind][id] {
			p.errs.Add(path, "%s id %q is given more than once", kind, id)
		}
		ids[kind][id] = true
	}
	for i, a := range ds.Actors {
		declare(concord.RecordActor, a.ID, fmt.Sprintf("actors[%d].id", i))
	}
	for i, c := range ds.Clusters {
		declare(concord.RecordCluster, c.ID, fmt.Sprintf("clusters[%d].id", i))
	}
	for _, m := range ds.Mandates {
		declare(concord.RecordMandate, m.ID, p.mandatePaths[m.ID]+".id")
	}
	for i, m := range ds.Missions {
		declare(concord.RecordMission, m.ID, fmt.Sprintf("missions[%d].id", i))
	}
	for i, a := range ds.Activities {
		declare(concord.RecordActivity, a.ID, fmt.Sprintf("activities[%d].id", i))
	}
	for i, l := range ds.Lessons {
		declare(concord.RecordLesson, l.ID, fmt.Sprintf("lessons[%d].id", i))
	}

	refer := func(kind concord.RecordKind, id, path string) {
		if id == "" || ids[kind][id] {
			return
		}
		ds.External = append(ds.External, concord.Reference{Kind: kind, ID: id, Path: path})
	}
	for i, a := range ds.Actors {
		refer(concord.RecordActor, a.Parent, fmt.Sprintf("actors[%d].parent", i))
	}
	for _, m := range ds.Mandates {
		refer(concord.RecordActor, m.Body, p.mandatePaths[m.ID]+".body")
		if m.Owner != m.Body {
			refer(concord.RecordActor, m.Owner, p.mandatePaths[m.ID]+".owner")
		}
	}
	for i, m := range ds.Missions {
		at := fmt.Sprintf("missions[%d]", i)
		refer(concord.RecordActor, m.LeadActor, at+".lead")
		if m.Owner != m.LeadActor {
			refer(concord.RecordActor, m.Owner, at+".owner")
		}
		for j, c := range m.Contributors {
			refer(concord.RecordActor, c.Actor, fmt.Sprintf("%s.contributors[%d].actor", at, j))
		}
		for j, s := range m.Succeeds {
			refer(concord.RecordMission, s, fmt.Sprintf("%s.succeeds[%d]", at, j))
		}
		for j, c := range m.Clusters {
			refer(concord.RecordCluster, c, fmt.Sprintf("%s.clusters[%d]", at, j))
		}
	}
	for i, a := range ds.Activities {
		at := fmt.Sprintf("activities[%d]", i)
		if !slices.Contains(a.Implementers, a.Owner) && !slices.ContainsFunc(a.Funders, func(f concord.Funding) bool { return f.Funder == a.Owner }) {
			refer(concord.RecordActor, a.Owner, at+".owner")
		}
		for j, id := range a.Implementers {
			refer(concord.RecordActor, id, fmt.Sprintf("%s.implementers[%d]", at, j))
		}
		for j, f := range a.Funders {
			refer(concord.RecordActor, f.Funder, fmt.Sprintf("%s.funders[%d].actor", at, j))
		}
	}
	for i, l := range ds.Lessons {
		at := fmt.Sprintf("lessons[%d]", i)
		refer(concord.RecordActor, l.Author, at+".author")
		for j, m := range l.About.Missions {
			refer(concord.RecordMission, m, fmt.Sprintf("%s.about.missions[%d]", at, j))
		}
	}
}
