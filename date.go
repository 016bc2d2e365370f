package concord

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day without time zone. The zero Date means "unknown" for a start and
// "ongoing" for an end.
type Date struct{ t time.Time }

// DateOf returns the Date of t's calendar day in t's location.
func DateOf(t time.Time) Date {
	return Date{time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
}

// NewDate returns the given day; it panics on an impossible day, so use it for constants only.
func NewDate(year int, month time.Month, day int) Date {
	d := Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
	if d.t.Day() != day || d.t.Month() != month {
		panic(fmt.Sprintf("concord.NewDate: no such day %d-%02d-%02d", year, month, day))
	}
	return d
}

// Today returns the current day in UTC.
func Today() Date { return DateOf(time.Now().UTC()) }

// ParseDate parses an exact day, YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("not a date (YYYY-MM-DD): %q", s)
	}
	return Date{t}, nil
}

// ParseStart parses YYYY-MM-DD, YYYY-MM or YYYY; a month or a year means its first day.
func ParseStart(s string) (Date, error) { return parsePartial(s, false) }

// ParseEnd parses YYYY-MM-DD, YYYY-MM or YYYY; a month or a year means its last day.
func ParseEnd(s string) (Date, error) { return parsePartial(s, true) }

func parsePartial(s string, end bool) (Date, error) {
	bad := fmt.Errorf("not a date (YYYY-MM-DD, YYYY-MM or YYYY): %q", s)
	parts := strings.Split(s, "-")
	switch len(parts) {
	case 3:
		d, err := ParseDate(s)
		if err != nil {
			return Date{}, bad
		}
		return d, nil
	case 1, 2:
		if len(parts[0]) != 4 || strings.Trim(parts[0], "0123456789") != "" {
			return Date{}, bad
		}
		year, err := strconv.Atoi(parts[0])
		if err != nil {
			return Date{}, bad
		}
		first, last := time.January, time.December
		if len(parts) == 2 {
			m, err := strconv.Atoi(parts[1])
			if err != nil || len(parts[1]) != 2 || strings.Trim(parts[1], "0123456789") != "" || m < 1 || m > 12 {
				return Date{}, bad
			}
			first, last = time.Month(m), time.Month(m)
		}
		if !end {
			return Date{time.Date(year, first, 1, 0, 0, 0, 0, time.UTC)}, nil
		}
		// The day before the first of the following month.
		return Date{time.Date(year, last+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)}, nil
	}
	return Date{}, bad
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return d.t }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// DaysUntil returns the number of days from d to e (negative when e is before d).
// Both are midnight UTC, so whole seconds divide evenly; time.Duration would saturate past
// about 292 years.
func (d Date) DaysUntil(e Date) int { return int((e.t.Unix() - d.t.Unix()) / 86400) }

// Period is a span of days, both ends included. A zero From is an unknown start (taken as the
// beginning of time); a zero To means ongoing.
type Period struct {
	From Date
	To   Date
}

// Undated reports whether p says nothing of when: no start and no end. A record without dates
// is not evidence of presence on any given day (a 3W sheet whose period is stated outside the
// table), so the questions about a day or a period leave it out unless asked to include it.
func (p Period) Undated() bool { return p.From.IsZero() && p.To.IsZero() }

// Contains reports whether day falls within p.
func (p Period) Contains(day Date) bool {
	return (p.From.IsZero() || !day.Before(p.From)) && (p.To.IsZero() || !day.After(p.To))
}

// Intersect returns the days p and q share, and false when they share none.
func (p Period) Intersect(q Period) (Period, bool) {
	from := p.From
	if from.IsZero() || (!q.From.IsZero() && q.From.After(from)) {
		from = q.From
	}
	to := p.To
	if to.IsZero() || (!q.To.IsZero() && q.To.Before(to)) {
		to = q.To
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return Period{}, false
	}
	return Period{From: from, To: to}, true
}

// Days returns the number of days in p, counting an ongoing period up to asOf.
// An unknown start gives 0: such a period has no measurable length.
func (p Period) Days(asOf Date) int {
	if p.From.IsZero() {
		return 0
	}
	to := p.To
	if to.IsZero() {
		to = asOf
		if to.Before(p.From) {
			to = p.From // an ongoing period that starts after asOf: count its first day
		}
	}
	if to.Before(p.From) {
		return 0
	}
	return p.From.DaysUntil(to) + 1
}

// Validate checks that the period does not end before it starts; field names the period's
// start field for the error.
func (p Period) Validate(field string) error {
	if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
		return Errorf(EINVALID, field, "ends (%s) before it starts (%s)", p.To, p.From)
	}
	return nil
}

// MarshalText writes d as YYYY-MM-DD (empty for the zero Date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
