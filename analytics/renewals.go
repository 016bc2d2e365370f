package analytics

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// RenewalQuery asks for the mandates expiring from From to To, in Country ("" for any) and
// issued by Body ("" for any).
type RenewalQuery struct {
	From, To concord.Date
	Country  string
	Body     string
}

// MaxRenewalWindow bounds a renewal calendar's window, in days (five years).
const MaxRenewalWindow = 5 * 366

// RenewalCell is a (country, function) an expiring mandate covers through one of its missions
// on its last day: whether the mission keeps it through another mandate, and who else works
// on it that day.
type RenewalCell struct {
	Country  string
	Function concord.FunctionCode
	Mission  string
	// Kept: the mission keeps the function through another mandate in force after the expiry
	// (a renewal recorded as its own mandate, or a second mandate).
	Kept bool
	// Alone: not kept, and nobody else works on it that day: it depends on this mandate alone.
	Alone  bool
	Others []Remaining
}

// Renewal is one expiring mandate on the calendar.
type Renewal struct {
	Mandate   concord.Mandate
	Missions  []string
	Countries []string
	Cells     []RenewalCell
}

// ComputeRenewals builds the calendar from the expiring mandates and the presences of the
// countries their missions are deployed in on each expiry day (docs/analytics.md,
// "mandateRenewals"): for each mandate, each mission it authorises deployed that day (in
// q.Country when given), each function the mandate names, exactly: kept by the mission through
// another mandate, or covered by others that day (records coded with the function, other than
// that mission, with a working actor), or alone.
func ComputeRenewals(mandates []concord.ExpiringMandate, presences []concord.Presence, q RenewalQuery) []Renewal {
	var out []Renewal
	for _, em := range mandates {
		day := em.Mandate.Expires
		r := Renewal{Mandate: em.Mandate}
		for _, m := range em.Missions {
			r.Missions = append(r.Missions, m.ID)
			for _, d := range m.Deployments {
				if q.Country != "" && d.Country != q.Country {
					continue
				}
				period, ok := m.Period.Intersect(d.Period)
				if !ok || period.Undated() || !period.Contains(day) {
					continue
				}
				if !slices.Contains(r.Countries, d.Country) {
					r.Countries = append(r.Countries, d.Country)
				}
				for _, f := range em.Mandate.Functions {
					cell := RenewalCell{Country: d.Country, Function: f, Mission: m.ID, Kept: slices.Contains(m.Kept, f)}
					for _, p := range presences {
						if p.Country != d.Country || p.Period.Undated() || !p.Period.Contains(day) || !slices.Contains(p.Functions, f) {
							continue
						}
						if p.Kind == concord.SubjectMission && p.Subject == m.ID {
							continue
						}
						if slices.ContainsFunc(cell.Others, func(o Remaining) bool { return o.Kind == p.Kind && o.Subject == p.Subject }) {
							continue // read for another expiry day too
						}
						actors := workingActors(p, "")
						if len(actors) == 0 {
							continue
						}
						cell.Others = append(cell.Others, Remaining{Kind: p.Kind, Subject: p.Subject, Actors: actors, Until: p.Period.To})
					}
					slices.SortFunc(cell.Others, compareRemaining)
					cell.Alone = !cell.Kept && len(cell.Others) == 0
					r.Cells = append(r.Cells, cell)
				}
			}
		}
		slices.Sort(r.Countries)
		slices.SortFunc(r.Cells, func(a, b RenewalCell) int {
			return cmp.Or(strings.Compare(a.Country, b.Country), compareFunctions(a.Function, b.Function), strings.Compare(a.Mission, b.Mission))
		})
		if q.Country != "" && len(r.Countries) == 0 {
			continue // none of its missions is in the country that day
		}
		out = append(out, r)
	}
	return out
}

// MandateRenewals answers mandateRenewals: the expiring mandates, then, in the same snapshot,
// the presences of each (country, expiry day) their missions meet.
func (s *Service) MandateRenewals(ctx context.Context, q RenewalQuery) ([]Renewal, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch {
	case q.From.IsZero():
		return nil, concord.Errorf(concord.EINVALID, "from", "the window's first day is required")
	case q.To.IsZero() || q.To.Before(q.From):
		return nil, concord.Errorf(concord.EINVALID, "to", "the window's last day is required, on or after from")
	case q.From.DaysUntil(q.To) > MaxRenewalWindow:
		return nil, concord.Errorf(concord.EINVALID, "to", "a window of at most five years")
	}
	q.Country = strings.ToUpper(q.Country)
	if err := s.knownCountry(q.Country); err != nil {
		return nil, err
	}
	var mandates []concord.ExpiringMandate
	var presences []concord.Presence
	err := s.store.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
		var err error
		if mandates, err = r.ExpiringMandates(ctx, q.From, q.To, q.Body); err != nil {
			return err
		}
		type countryDay struct {
			country string
			day     concord.Date
		}
		read := map[countryDay]bool{}
		for _, em := range mandates {
			for _, m := range em.Missions {
				for _, d := range m.Deployments {
					k := countryDay{d.Country, em.Mandate.Expires}
					if read[k] || (q.Country != "" && d.Country != q.Country) {
						continue
					}
					read[k] = true
					if err := ctx.Err(); err != nil {
						return err
					}
					ps, err := r.Presences(ctx, concord.PresenceFilter{Country: d.Country, Window: concord.Period{From: k.day, To: k.day}})
					if err != nil {
						return err
					}
					presences = append(presences, ps...)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("mandate renewals from %s to %s: %w", q.From, q.To, err)
	}
	return ComputeRenewals(mandates, presences, q), nil
}
