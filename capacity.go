package concord

import "slices"

// Component is a part of a mission's personnel, as mandates authorise them.
type Component string

// Components.
const (
	ComponentMilitary Component = "MILITARY"
	ComponentPolice   Component = "POLICE"
	ComponentCivilian Component = "CIVILIAN"
	// ComponentTotal is a figure not split by component.
	ComponentTotal Component = "TOTAL"
)

// Components lists the components in the order they are shown.
var Components = []Component{ComponentMilitary, ComponentPolice, ComponentCivilian, ComponentTotal}

// Strength is an authorised ceiling: up to Number personnel of a component.
type Strength struct {
	Component Component
	Number    int
}

// Headcount is the personnel a mission had deployed on a day, for a component, in all
// (Contributor "") or from one contributor, as a source reports it.
type Headcount struct {
	Date        Date
	Component   Component
	Number      int
	Contributor string // actor id; "" for the mission's total
	Source      string
}

func checkStrengths(errs *Errors, path string, ss []Strength) {
	for i, s := range ss {
		p := indexed(path, i)
		if !slices.Contains(Components, s.Component) {
			errs.Add(p+".component", "unknown component %q (MILITARY, POLICE, CIVILIAN or TOTAL)", s.Component)
		}
		if s.Number < 0 {
			errs.Add(p+".number", "must not be negative")
		}
	}
}

// checkHeadcounts checks a mission's deployed figures: a day, a known component, a number, and a
// contributor that leads or contributes to the mission.
func checkHeadcounts(errs *Errors, path string, m Mission) {
	for i, h := range m.Deployed {
		p := indexed(path, i)
		if h.Date.IsZero() {
			errs.Add(p+".date", "is required: the day the figure refers to")
		}
		if !slices.Contains(Components, h.Component) {
			errs.Add(p+".component", "unknown component %q (MILITARY, POLICE, CIVILIAN or TOTAL)", h.Component)
		}
		if h.Number < 0 {
			errs.Add(p+".number", "must not be negative")
		}
		if h.Contributor != "" && h.Contributor != m.LeadActor &&
			!slices.ContainsFunc(m.Contributors, func(c Contribution) bool { return c.Actor == h.Contributor }) {
			errs.Add(p+".contributor", "%q neither leads nor contributes to the mission", h.Contributor)
		}
	}
}
