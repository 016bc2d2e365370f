package analytics

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// WhereRow is one line of a who-does-what-where table (the 3W of humanitarian coordination): an
// organisation working on one function or sector label in one first-level area of a country,
// through Activities activities that name the Admin2 districts there.
type WhereRow struct {
	Actor    string
	Function concord.FunctionCode // "" for a label
	Label    string               // a sector that maps to no function; "" for a function
	Admin1   []string             // the area as the records name it (name and code); none: country-wide
	Admin2   []string
	// Activities is how many of the organisation's activities there work on it.
	Activities int
}

// WhoWhatWhere lists, for the activities of q.Country that pass q (window, function, label,
// area), one row per implementing organisation (the funders when an activity names no
// implementer), own function or label, and first-level area, ordered by area, topic and actor.
// A record's own functions are listed, never the function asked.
func WhoWhatWhere(ctx context.Context, presences []concord.Presence, q concord.EngagementQuery) ([]WhereRow, error) {
	type key struct{ actor, function, label, admin1 string }
	rows := map[key]*WhereRow{}
	for i, p := range answering(presences, q) {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, interrupted(err)
			}
		}
		if p.Kind != concord.SubjectActivity || !windowMatches(p.Period, q) {
			continue
		}
		actors := actorsWith(p, concord.RoleImplementer)
		if len(actors) == 0 {
			actors = actorsWith(p, concord.RoleFunder)
		}
		area := strings.Join(p.Admin1, "\x00")
		add := func(k key) {
			r, ok := rows[k]
			if !ok {
				r = &WhereRow{Actor: k.actor, Function: concord.FunctionCode(k.function), Label: k.label, Admin1: p.Admin1}
				rows[k] = r
			}
			r.Activities++
			for _, d := range p.Admin2 {
				if !slices.Contains(r.Admin2, d) {
					r.Admin2 = append(r.Admin2, d)
				}
			}
		}
		for _, a := range actors {
			for _, f := range p.Functions {
				add(key{a, string(f), "", area})
			}
			for _, l := range p.Labels {
				add(key{a, "", l, area})
			}
		}
	}
	out := make([]WhereRow, 0, len(rows))
	for _, r := range rows {
		slices.Sort(r.Admin2)
		out = append(out, *r)
	}
	slices.SortFunc(out, func(x, y WhereRow) int {
		return cmp.Or(
			strings.Compare(strings.Join(x.Admin1, ","), strings.Join(y.Admin1, ",")),
			strings.Compare(string(x.Function)+x.Label, string(y.Function)+y.Label),
			strings.Compare(x.Actor, y.Actor))
	})
	return out, nil
}

func actorsWith(p concord.Presence, role concord.Role) []string {
	var out []string
	for _, a := range p.Actors {
		if a.Role == role && !slices.Contains(out, a.Actor) {
			out = append(out, a.Actor)
		}
	}
	slices.Sort(out)
	return out
}

// WhoWhatWhere answers whoWhatWhere: the 3W table of one country's activities.
func (s *Service) WhoWhatWhere(ctx context.Context, q concord.EngagementQuery) ([]WhereRow, error) {
	if err := s.check(ctx, &q, true); err != nil {
		return nil, err
	}
	f := filterOf(q)
	f.Kind = concord.SubjectActivity
	f.Detail = true
	presences, err := s.store.Presences(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("who does what where in %q: %w", q.Country, err)
	}
	return WhoWhatWhere(ctx, presences, q)
}
