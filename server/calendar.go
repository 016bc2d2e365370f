package server

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/analytics"
	"github.com/concord-peace/concord/internal/httperror"
)

// Calendar window when the address names none: a month back, a year ahead.
const (
	calendarDaysBack  = 30
	calendarDaysAhead = 366
)

// mandateCalendar serves the mandate renewal calendar in iCalendar (RFC 5545), for the
// calendar apps officers subscribe with: one all-day event per expiring mandate, on its last
// day, saying which missions and functions it covers and what depends on it alone. Calendar
// apps send no token, so the calendar shows public records (or, with a bearer token, what its
// holder may see). ?country=, ?body=, ?from= and ?to= narrow it as mandateRenewals does.
func mandateCalendar(svc *analytics.Service, store concord.Store, atlas concord.Atlas) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		today := concord.Today()
		q := analytics.RenewalQuery{
			From: today.AddDays(-calendarDaysBack), To: today.AddDays(calendarDaysAhead),
			Country: r.URL.Query().Get("country"), Body: r.URL.Query().Get("body"),
		}
		for name, into := range map[string]*concord.Date{"from": &q.From, "to": &q.To} {
			if v := r.URL.Query().Get(name); v != "" {
				d, err := concord.ParseDate(v)
				if err != nil {
					httperror.Write(w, r, http.StatusBadRequest, concord.EINVALID, fmt.Sprintf("%s: a date such as 2026-06-30", name))
					return
				}
				*into = d
			}
		}
		renewals, err := svc.MandateRenewals(ctx, q)
		if err != nil {
			status := http.StatusServiceUnavailable
			if code := concord.ErrorCode(err); code == concord.EINVALID || code == concord.ETOOLARGE {
				status = http.StatusBadRequest
			}
			httperror.Write(w, r, status, concord.ErrorCode(err), concord.ErrorMessage(err))
			return
		}
		// Names of the missions and activities the events mention, in two reads.
		var missionIDs, activityIDs []string
		for _, rn := range renewals {
			missionIDs = append(missionIDs, rn.Missions...)
			for _, c := range rn.Cells {
				for _, o := range c.Others {
					if o.Kind == concord.SubjectMission {
						missionIDs = append(missionIDs, o.Subject)
					} else {
						activityIDs = append(activityIDs, o.Subject)
					}
				}
			}
		}
		missions, err := store.Missions(ctx, missionIDs)
		var activities map[string]concord.Activity
		if err == nil {
			activities, err = store.Activities(ctx, activityIDs)
		}
		if err != nil {
			httperror.Write(w, r, http.StatusServiceUnavailable, concord.EUNAVAILABLE, "the calendar could not be read; try again")
			return
		}
		cal := ics.NewCalendarFor("Concord")
		cal.SetMethod(ics.MethodPublish)
		cal.SetXWRCalName("Concord: mandate renewals")
		cal.SetRefreshInterval("PT12H")
		stamp := time.Now().UTC()
		for _, rn := range renewals {
			ev := cal.AddEvent(rn.Mandate.ID + "@concord")
			ev.SetDtStampTime(stamp)
			ev.SetAllDayStartAt(rn.Mandate.Expires.Time())
			ev.SetAllDayEndAt(rn.Mandate.Expires.AddDays(1).Time())
			var names []string
			for _, id := range rn.Missions {
				names = append(names, missionName(missions[id], id))
			}
			ev.SetSummary(fmt.Sprintf("Mandate expires: %s (%s)", rn.Mandate.Reference, strings.Join(names, ", ")))
			ev.SetDescription(renewalText(rn, missions, activities, atlas))
		}
		w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
		w.Header().Set("Content-Disposition", `inline; filename="mandate-renewals.ics"`)
		_ = cal.SerializeTo(w, ics.WithNewLine("\r\n")) // RFC 5545 3.1: lines end in CRLF
	}
}

func missionName(m concord.Mission, id string) string {
	switch {
	case m.Acronym != "":
		return m.Acronym
	case m.Name != "":
		return m.Name
	}
	return id
}

// renewalText says, for an event's description, what the mandate covers and what depends on it.
func renewalText(rn analytics.Renewal, missions map[string]concord.Mission, activities map[string]concord.Activity, atlas concord.Atlas) string {
	var b strings.Builder
	var fs []string
	for _, f := range concord.Functions() { // in vocabulary order
		if slices.Contains(rn.Mandate.Functions, f.Code) {
			fs = append(fs, f.Name)
		}
	}
	fmt.Fprintf(&b, "Functions: %s.\n", strings.Join(fs, ", "))
	countryName := func(code string) string {
		if c, ok := atlas.Country(code); ok {
			return c.Name
		}
		return code
	}
	for _, c := range rn.Cells {
		fn := string(c.Function)
		if def, ok := concord.LookupFunction(c.Function); ok {
			fn = def.Name
		}
		where := fmt.Sprintf("%s in %s (%s)", fn, countryName(c.Country), missionName(missions[c.Mission], c.Mission))
		switch {
		case c.Kept:
			fmt.Fprintf(&b, "%s: kept through another mandate.\n", where)
		case c.Alone:
			fmt.Fprintf(&b, "%s: depends on this mandate alone.\n", where)
		default:
			var others []string
			for _, o := range c.Others {
				if o.Kind == concord.SubjectMission {
					others = append(others, missionName(missions[o.Subject], o.Subject))
				} else if a, ok := activities[o.Subject]; ok && a.Title != "" {
					others = append(others, a.Title)
				} else {
					others = append(others, o.Subject)
				}
			}
			fmt.Fprintf(&b, "%s: also covered by %s.\n", where, strings.Join(others, ", "))
		}
	}
	return strings.TrimSpace(b.String())
}
