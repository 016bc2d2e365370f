package analytics

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// WithdrawalQuery asks what would be left if one actor left, or one mission ended, on a day:
// exactly one of Actor and Mission; Country narrows the answer to one country ("" for every
// country where the actor or mission is present on At).
type WithdrawalQuery struct {
	Actor   string
	Mission string
	Country string
	At      concord.Date
}

// Validate checks the question: one of actor and mission, a day.
func (q WithdrawalQuery) Validate() error {
	switch {
	case (q.Actor == "") == (q.Mission == ""):
		return concord.Errorf(concord.EINVALID, "actor", "name either an actor or a mission, not both and not neither")
	case q.At.IsZero():
		return concord.Errorf(concord.EINVALID, "at", "the day of the withdrawal is required")
	}
	return nil
}

// Remaining is a mission or activity that keeps working on a cell after the withdrawal, with
// the actors still doing the work in it and the day its period ends (zero when open).
type Remaining struct {
	Kind    concord.SubjectKind
	Subject string
	Actors  []string // working actors (lead, contributor, implementer) other than the one leaving
	Until   concord.Date
	// CountryWide is true when it names no area in the country, so may or may not work in the
	// province of the cell (only set on cells with an Admin1).
	CountryWide bool
}

// WithdrawalCell is one (country, function[, province]) the withdrawal touches.
type WithdrawalCell struct {
	Country  string
	Function concord.FunctionCode
	// Admin1 is the province when the leaving side's record names provinces; "" when it works
	// country-wide.
	Admin1 string
	// Leaving are the missions and activities through which the leaving side works on the
	// cell, with its role in each.
	Leaving []SubjectRef
	// LosesOnly is true when nobody else works on the cell on that day: Others is empty.
	LosesOnly bool
	// LostLead is the lead in force for the (country, function) that goes with the
	// withdrawal, "" when the lead stays or there is none.
	LostLead string
	Others   []Remaining // ordered by end (open last), kind, id
}

// UnimplementedFunding is an activity whose only implementer leaves: its funders' money is
// left without anybody to spend it.
type UnimplementedFunding struct {
	Country  string
	Activity string
	Funders  []string
	Until    concord.Date
}

// WithdrawalImpact is the answer: the cells touched and the funding left without implementer.
type WithdrawalImpact struct {
	Query    WithdrawalQuery
	Cells    []WithdrawalCell
	Unfunded []UnimplementedFunding
}

// working reports whether a role does the work (rather than pay for it).
func working(r concord.Role) bool {
	return r == concord.RoleLead || r == concord.RoleContributor || r == concord.RoleImplementer
}

// ComputeWithdrawalImpact answers q from the presences active on q.At in the countries it
// touches and the leads recorded there (docs/analytics.md, "withdrawalImpact"):
//
//   - The leaving side is the mission q.Mission (all of it), or the actor q.Actor in every
//     mission and activity where it leads, contributes or implements.
//   - Each function a leaving record is coded with, exactly (a parent function does not
//     stand for its children), in its country, and in each province it names, is a cell.
//   - Others are the records present that day coded with the function, with a working actor
//     other than the one leaving, other than the mission ending, in the province or naming
//     no area (country-wide: flagged). A record the actor shares with others stays.
//   - A cell loses its lead when the lead in force that day is the leaving actor, or, for a
//     mission, when the lead actor works on the function in the country only through it.
//   - Funding without implementer: activities whose only implementer is the leaving actor,
//     with their funders.
func ComputeWithdrawalImpact(presences []concord.Presence, leads []concord.Lead, q WithdrawalQuery) WithdrawalImpact {
	day := concord.Period{From: q.At, To: q.At}
	var active []concord.Presence
	for _, p := range presences {
		// A record without any date is not known to be there on the day.
		if !p.Period.Undated() && p.Period.Contains(q.At) && (q.Country == "" || p.Country == q.Country) {
			active = append(active, p)
		}
	}
	leavesWith := func(p concord.Presence) (bool, []concord.Role) {
		if q.Mission != "" {
			if p.Kind != concord.SubjectMission || p.Subject != q.Mission {
				return false, nil
			}
			var roles []concord.Role
			for _, a := range p.Actors {
				if working(a.Role) && !slices.Contains(roles, a.Role) {
					roles = append(roles, a.Role)
				}
			}
			return true, roles
		}
		var roles []concord.Role
		for _, a := range p.Actors {
			if a.Actor == q.Actor && working(a.Role) {
				roles = append(roles, a.Role)
			}
		}
		return len(roles) > 0, roles
	}
	// stayers are the working actors a record keeps after the withdrawal.
	stayers := func(p concord.Presence) []string {
		if q.Mission != "" && p.Kind == concord.SubjectMission && p.Subject == q.Mission {
			return nil
		}
		return workingActors(p, q.Actor)
	}

	type cellKey struct {
		country string
		f       concord.FunctionCode
		admin1  string
	}
	cells := map[cellKey]*WithdrawalCell{}
	var out WithdrawalImpact
	out.Query = q
	for _, p := range active {
		leaves, roles := leavesWith(p)
		if !leaves {
			continue
		}
		areas := p.Admin1
		if len(areas) == 0 {
			areas = []string{""}
		}
		for _, f := range p.Functions {
			for _, area := range areas {
				// Provinces compare without regard to case; the cell shows the first spelling.
				k := cellKey{p.Country, f, strings.ToLower(strings.TrimSpace(area))}
				c := cells[k]
				if c == nil {
					c = &WithdrawalCell{Country: k.country, Function: f, Admin1: strings.TrimSpace(area)}
					cells[k] = c
				}
				for _, r := range roles {
					ref := SubjectRef{Kind: p.Kind, ID: p.Subject, Role: r}
					if !slices.Contains(c.Leaving, ref) {
						c.Leaving = append(c.Leaving, ref)
					}
				}
			}
		}
		if q.Actor != "" && p.Kind == concord.SubjectActivity && slices.Contains(roles, concord.RoleImplementer) {
			if u, ok := unimplemented(p, q.Actor); ok {
				out.Unfunded = append(out.Unfunded, u)
			}
		}
	}

	for k, c := range cells {
		for _, p := range active {
			if p.Country != k.country || !slices.Contains(p.Functions, k.f) {
				continue
			}
			ids := stayers(p)
			if len(ids) == 0 {
				continue
			}
			countryWide := len(p.Admin1) == 0 && len(p.Admin2) == 0
			if c.Admin1 != "" && !concord.InArea(p.Admin1, p.Admin2, c.Admin1, "") {
				continue
			}
			c.Others = append(c.Others, Remaining{
				Kind: p.Kind, Subject: p.Subject, Actors: ids, Until: p.Period.To,
				CountryWide: c.Admin1 != "" && countryWide,
			})
		}
		c.LosesOnly = len(c.Others) == 0
		c.LostLead = lostLead(active, leads, k.country, k.f, day, q, stayers)
		slices.SortFunc(c.Leaving, compareSubjectRefs)
		slices.SortFunc(c.Others, compareRemaining)
		out.Cells = append(out.Cells, *c)
	}
	slices.SortFunc(out.Cells, func(a, b WithdrawalCell) int {
		return cmp.Or(strings.Compare(a.Country, b.Country), compareFunctions(a.Function, b.Function), strings.Compare(a.Admin1, b.Admin1))
	})
	slices.SortFunc(out.Unfunded, func(a, b UnimplementedFunding) int {
		return cmp.Or(strings.Compare(a.Country, b.Country), strings.Compare(a.Activity, b.Activity))
	})
	return out
}

// lostLead returns the lead in force on day for (country, f) that the withdrawal takes away.
func lostLead(active []concord.Presence, leads []concord.Lead, country string, f concord.FunctionCode, day concord.Period,
	q WithdrawalQuery, stayers func(concord.Presence) []string) string {
	for _, l := range LeadsFor(leads, country, f, day) {
		if q.Actor != "" {
			if l.Actor == q.Actor {
				return l.Actor
			}
			continue
		}
		// A mission ends: its lead actor keeps the lead if it still works on f there otherwise.
		stillThere := slices.ContainsFunc(active, func(p concord.Presence) bool {
			return p.Country == country && slices.Contains(p.Functions, f) && slices.Contains(stayers(p), l.Actor)
		})
		if !stillThere {
			return l.Actor
		}
	}
	return ""
}

// unimplemented returns activity p as funding left without implementer when actor is its
// only implementer and somebody funds it.
func unimplemented(p concord.Presence, actor string) (UnimplementedFunding, bool) {
	var funders []string
	for _, a := range p.Actors {
		switch {
		case a.Role == concord.RoleImplementer && a.Actor != actor:
			return UnimplementedFunding{}, false
		case a.Role == concord.RoleFunder && !slices.Contains(funders, a.Actor):
			funders = append(funders, a.Actor)
		}
	}
	if len(funders) == 0 {
		return UnimplementedFunding{}, false
	}
	slices.Sort(funders)
	return UnimplementedFunding{Country: p.Country, Activity: p.Subject, Funders: funders, Until: p.Period.To}, true
}

func compareSubjectRefs(a, b SubjectRef) int {
	return cmp.Or(strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.ID, b.ID), strings.Compare(string(a.Role), string(b.Role)))
}

// workingActors are the distinct actors that lead, contribute to or implement p, other than
// except, sorted.
func workingActors(p concord.Presence, except string) []string {
	var ids []string
	for _, a := range p.Actors {
		if working(a.Role) && a.Actor != except && !slices.Contains(ids, a.Actor) {
			ids = append(ids, a.Actor)
		}
	}
	slices.Sort(ids)
	return ids
}

// compareRemaining orders what remains by when it ends (soonest first, open last), then kind and id.
func compareRemaining(a, b Remaining) int {
	return cmp.Or(compareEnds(a.Until, b.Until), strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.Subject, b.Subject))
}

// WithdrawalImpact answers withdrawalImpact: the countries where the actor or mission is
// present on q.At (or q.Country), then, in one snapshot, the presences active that day in each
// with their areas, and the leads recorded there.
func (s *Service) WithdrawalImpact(ctx context.Context, q WithdrawalQuery) (WithdrawalImpact, error) {
	if err := ctx.Err(); err != nil {
		return WithdrawalImpact{}, err
	}
	if err := q.Validate(); err != nil {
		return WithdrawalImpact{}, err
	}
	q.Country = strings.ToUpper(q.Country)
	if err := s.knownCountry(q.Country); err != nil {
		return WithdrawalImpact{}, err
	}
	var presences []concord.Presence
	var leads []concord.Lead
	err := s.store.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
		countries := []string{q.Country}
		if q.Country == "" {
			var err error
			if countries, err = r.PresenceCountries(ctx, q.Actor, q.Mission, q.At); err != nil {
				return err
			}
		}
		for _, c := range countries {
			if err := ctx.Err(); err != nil {
				return err
			}
			ps, err := r.Presences(ctx, concord.PresenceFilter{Country: c, Window: concord.Period{From: q.At, To: q.At}, Detail: true})
			if err != nil {
				return err
			}
			presences = append(presences, ps...)
			ls, err := r.Leads(ctx, c)
			if err != nil {
				return err
			}
			leads = append(leads, ls...)
		}
		return nil
	})
	if err != nil {
		return WithdrawalImpact{}, fmt.Errorf("withdrawal impact of %s on %s: %w", cmp.Or(q.Actor, q.Mission), q.At, err)
	}
	return ComputeWithdrawalImpact(presences, leads, q), nil
}
