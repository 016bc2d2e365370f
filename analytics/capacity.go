package analytics

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// CapacityQuery asks for the personnel of the missions in Country on At, optionally those
// mandated for Function (exactly).
type CapacityQuery struct {
	Country  string
	Function concord.FunctionCode
	At       concord.Date
}

// ComponentCapacity is one component of a mission on the day: the ceiling its mandates in
// force authorise, the latest deployed figure on or before the day, and the gap between them.
type ComponentCapacity struct {
	Component concord.Component
	// Authorised is the ceiling of the most recently adopted mandate in force that states one
	// (AuthorisedBy); HasAuthorised is false when none does.
	Authorised    int
	AuthorisedBy  string
	HasAuthorised bool
	// Deployed is the latest figure for the whole mission on or before the day (DeployedOn,
	// DeployedSource); HasDeployed is false when there is none.
	Deployed       int
	DeployedOn     concord.Date
	DeployedSource string
	HasDeployed    bool
}

// Gap is the authorised ceiling minus the deployed figure, when both are known.
func (c ComponentCapacity) Gap() (int, bool) {
	return c.Authorised - c.Deployed, c.HasAuthorised && c.HasDeployed
}

// MissionCapacity is a mission's personnel on the day, by component and by contributor.
type MissionCapacity struct {
	Mission      string
	Components   []ComponentCapacity // in concord.Components order, those with a figure
	Contributors []concord.Headcount // each contributor's latest figure per component, on or before the day
}

// ComputeCapacity answers capacity (docs/analytics.md): for each mission present in q.Country
// on q.At (its deployment there, clipped to its dates, contains the day), coded with
// q.Function when given, per component: the ceiling of the most recently adopted mandate in
// force that day (adopted on or before it, not expired) that states one, and the latest
// deployed figure on or before the day; per contributor, its latest figure per component.
func ComputeCapacity(missions []concord.MissionPresence, q CapacityQuery) []MissionCapacity {
	var out []MissionCapacity
	for _, mp := range missions {
		m := mp.Mission
		if q.Function != "" && !slices.Contains(m.Functions, q.Function) {
			continue
		}
		present := slices.ContainsFunc(m.Deployments, func(d concord.Deployment) bool {
			p, ok := m.Period.Intersect(d.Period)
			return d.Country == q.Country && ok && !p.Undated() && p.Contains(q.At)
		})
		if !present {
			continue
		}
		mc := MissionCapacity{Mission: m.ID}
		for _, c := range concord.Components {
			cc := ComponentCapacity{Component: c}
			var adopted concord.Date
			for _, md := range mp.Mandates {
				inForce := (md.Adopted.IsZero() || !md.Adopted.After(q.At)) && (md.Expires.IsZero() || !md.Expires.Before(q.At))
				if !inForce {
					continue
				}
				for _, s := range md.Authorised {
					if s.Component == c && (!cc.HasAuthorised || md.Adopted.After(adopted)) {
						cc.Authorised, cc.AuthorisedBy, cc.HasAuthorised, adopted = s.Number, md.ID, true, md.Adopted
					}
				}
			}
			for _, h := range m.Deployed {
				if h.Component == c && h.Contributor == "" && !h.Date.After(q.At) && (!cc.HasDeployed || h.Date.After(cc.DeployedOn)) {
					cc.Deployed, cc.DeployedOn, cc.DeployedSource, cc.HasDeployed = h.Number, h.Date, h.Source, true
				}
			}
			if cc.HasAuthorised || cc.HasDeployed {
				mc.Components = append(mc.Components, cc)
			}
		}
		latest := map[[2]string]concord.Headcount{}
		for _, h := range m.Deployed {
			k := [2]string{h.Contributor, string(h.Component)}
			if h.Contributor == "" || h.Date.After(q.At) {
				continue
			}
			if prev, ok := latest[k]; !ok || h.Date.After(prev.Date) {
				latest[k] = h
			}
		}
		for _, h := range latest {
			mc.Contributors = append(mc.Contributors, h)
		}
		slices.SortFunc(mc.Contributors, func(a, b concord.Headcount) int {
			return cmp.Or(strings.Compare(a.Contributor, b.Contributor), slices.Index(concord.Components, a.Component)-slices.Index(concord.Components, b.Component))
		})
		out = append(out, mc)
	}
	slices.SortFunc(out, func(a, b MissionCapacity) int { return strings.Compare(a.Mission, b.Mission) })
	return out
}

// Capacity answers capacity: every mission the caller may see, with its mandates' strengths.
func (s *Service) Capacity(ctx context.Context, q CapacityQuery) ([]MissionCapacity, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q.Country = strings.ToUpper(q.Country)
	if q.Country == "" {
		return nil, concord.Errorf(concord.EINVALID, "country", "the country is required")
	}
	if err := s.knownCountry(q.Country); err != nil {
		return nil, err
	}
	if q.At.IsZero() {
		q.At = s.today()
	}
	missions, err := s.store.AllMissions(ctx)
	if err != nil {
		return nil, fmt.Errorf("capacity in %s: %w", q.Country, err)
	}
	return ComputeCapacity(missions, q), nil
}
