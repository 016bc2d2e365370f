package concord

import (
	"strings"
	"testing"
	"time"
)

// d is a short NewDate for test tables.
func d(year int, month time.Month, day int) Date { return NewDate(year, month, day) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2024-02-29", d(2024, 2, 29), true},
		{"1999-06-10", d(1999, 6, 10), true},
		{"2024-12-31", d(2024, 12, 31), true},
		{"2023-02-29", Date{}, false}, // not a leap year
		{"2024-02-30", Date{}, false},
		{"2024-13-01", Date{}, false},
		{"2024-1-05", Date{}, false},
		{"2024-01-5", Date{}, false},
		{"2024-01", Date{}, false}, // ParseDate wants an exact day
		{"2024", Date{}, false},
		{"", Date{}, false},
		{"abc", Date{}, false},
		{"2024-01-05T00:00:00Z", Date{}, false},
	}
	for _, tt := range tests {
		name := "valid/" + tt.in
		if !tt.ok {
			name = "invalid/" + tt.in
		}
		t.Run(name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if gotOK := err == nil; gotOK != tt.ok {
				t.Fatalf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			}
			if got != tt.want {
				t.Fatalf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), `"`+tt.in+`"`) {
				t.Fatalf("ParseDate(%q) error = %q, want it to quote the input", tt.in, err)
			}
		})
	}
}

func TestParseStartEnd(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		start, end Date
	}{
		{"year", "2024", d(2024, 1, 1), d(2024, 12, 31)},
		{"month", "2024-06", d(2024, 6, 1), d(2024, 6, 30)},
		{"leap February", "2024-02", d(2024, 2, 1), d(2024, 2, 29)},
		{"common February", "2023-02", d(2023, 2, 1), d(2023, 2, 28)},
		{"century is not leap", "1900-02", d(1900, 2, 1), d(1900, 2, 28)},
		{"fourth century is leap", "2000-02", d(2000, 2, 1), d(2000, 2, 29)},
		{"December rolls into the next year", "2024-12", d(2024, 12, 1), d(2024, 12, 31)},
		{"January", "2024-01", d(2024, 1, 1), d(2024, 1, 31)},
		{"exact day is itself", "2024-02-29", d(2024, 2, 29), d(2024, 2, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, err := ParseStart(tt.in)
			if err != nil {
				t.Fatalf("ParseStart(%q) error: %v", tt.in, err)
			}
			if got, want := start, tt.start; got != want {
				t.Fatalf("ParseStart(%q) = %v, want %v", tt.in, got, want)
			}
			end, err := ParseEnd(tt.in)
			if err != nil {
				t.Fatalf("ParseEnd(%q) error: %v", tt.in, err)
			}
			if got, want := end, tt.end; got != want {
				t.Fatalf("ParseEnd(%q) = %v, want %v", tt.in, got, want)
			}
		})
	}
}

func TestParseStartEndInvalid(t *testing.T) {
	for _, in := range []string{
		"2024-13",
		"2024-00",
		"24",
		"20245",
		"2024-1",
		"2024-001",
		"abc",
		"",
		"-",
		"2024-",
		"2024-02-30",
		"2023-02-29",
		"2024-02-1",
		"2024-02-03-04",
		"+202",    // strconv.Atoi accepts a sign, a year must not
		"2024-+1", // nor may a month
		" 202",
		"2024-02 ",
	} {
		t.Run("rejects/"+in, func(t *testing.T) {
			for name, parse := range map[string]func(string) (Date, error){"ParseStart": ParseStart, "ParseEnd": ParseEnd} {
				got, err := parse(in)
				if err == nil {
					t.Fatalf("%s(%q) = %v, want an error", name, in, got)
				}
				if !got.IsZero() {
					t.Fatalf("%s(%q) = %v with an error, want the zero Date", name, in, got)
				}
				if !strings.Contains(err.Error(), "not a date") {
					t.Fatalf("%s(%q) error = %q, want it to say \"not a date\"", name, in, err)
				}
			}
		})
	}
}

func TestDate(t *testing.T) {
	t.Run("zero is empty", func(t *testing.T) {
		var z Date
		if !z.IsZero() {
			t.Fatalf("Date{}.IsZero() = false, want true")
		}
		if got, want := z.String(), ""; got != want {
			t.Fatalf("Date{}.String() = %q, want %q", got, want)
		}
		b, err := z.MarshalText()
		if err != nil || string(b) != "" {
			t.Fatalf("Date{}.MarshalText() = %q, %v, want \"\", nil", b, err)
		}
	})
	t.Run("formats as YYYY-MM-DD", func(t *testing.T) {
		day := d(2008, 2, 4)
		if got, want := day.String(), "2008-02-04"; got != want {
			t.Fatalf("String() = %q, want %q", got, want)
		}
		b, err := day.MarshalText()
		if err != nil || string(b) != "2008-02-04" {
			t.Fatalf("MarshalText() = %q, %v, want \"2008-02-04\", nil", b, err)
		}
		if got, want := day.Time(), time.Date(2008, 2, 4, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
			t.Fatalf("Time() = %v, want %v", got, want)
		}
	})
	t.Run("DateOf takes the day in t's location", func(t *testing.T) {
		tokyo := time.FixedZone("JST", 9*60*60)
		tm := time.Date(2024, 3, 1, 1, 0, 0, 0, tokyo) // 2024-02-29 16:00 UTC
		if got, want := DateOf(tm), d(2024, 3, 1); got != want {
			t.Fatalf("DateOf(%v) = %v, want %v", tm, got, want)
		}
		if got, want := DateOf(tm.UTC()), d(2024, 2, 29); got != want {
			t.Fatalf("DateOf(%v) = %v, want %v", tm.UTC(), got, want)
		}
	})
	t.Run("NewDate panics on an impossible day", func(t *testing.T) {
		defer func() {
			if recover() == nil {
				t.Fatalf("NewDate(2023, 2, 29) did not panic")
			}
		}()
		NewDate(2023, 2, 29)
	})
	t.Run("arithmetic and comparison", func(t *testing.T) {
		a, b := d(2024, 2, 28), d(2024, 3, 1)
		if got, want := a.DaysUntil(b), 2; got != want {
			t.Fatalf("DaysUntil = %d, want %d", got, want)
		}
		if got, want := b.DaysUntil(a), -2; got != want {
			t.Fatalf("DaysUntil backwards = %d, want %d", got, want)
		}
		if got, want := a.AddDays(2), b; got != want {
			t.Fatalf("AddDays(2) = %v, want %v", got, want)
		}
		if !a.Before(b) || b.Before(a) || a.Before(a) {
			t.Fatalf("Before is not a strict order on %v, %v", a, b)
		}
		if !b.After(a) || a.After(b) || a.After(a) {
			t.Fatalf("After is not a strict order on %v, %v", a, b)
		}
	})
	t.Run("DaysUntil over centuries", func(t *testing.T) {
		// 400 Gregorian years hold 146097 days; a time.Duration only spans about 292 years.
		if got, want := d(1600, 1, 1).DaysUntil(d(2000, 1, 1)), 146097; got != want {
			t.Fatalf("DaysUntil over 400 years = %d, want %d", got, want)
		}
		if got, want := d(2000, 1, 1).DaysUntil(d(1600, 1, 1)), -146097; got != want {
			t.Fatalf("DaysUntil back over 400 years = %d, want %d", got, want)
		}
	})
}

func TestPeriodContains(t *testing.T) {
	closed := Period{From: d(2020, 1, 1), To: d(2020, 12, 31)}
	ongoing := Period{From: d(2020, 1, 1)}
	unknownStart := Period{To: d(2020, 12, 31)}
	tests := []struct {
		name string
		p    Period
		day  Date
		want bool
	}{
		{"inside", closed, d(2020, 6, 1), true},
		{"first day", closed, d(2020, 1, 1), true},
		{"last day", closed, d(2020, 12, 31), true},
		{"day before", closed, d(2019, 12, 31), false},
		{"day after", closed, d(2021, 1, 1), false},
		{"ongoing far future", ongoing, d(2999, 1, 1), true},
		{"ongoing before start", ongoing, d(2019, 12, 31), false},
		{"unknown start far past", unknownStart, d(1000, 1, 1), true},
		{"unknown start after end", unknownStart, d(2021, 1, 1), false},
		{"unbounded", Period{}, d(2020, 1, 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Contains(tt.day); got != tt.want {
				t.Fatalf("%v.Contains(%v) = %v, want %v", tt.p, tt.day, got, tt.want)
			}
		})
	}
}

func TestPeriodIntersect(t *testing.T) {
	tests := []struct {
		name string
		p, q Period
		want Period
		ok   bool
	}{
		{
			name: "overlapping",
			p:    Period{d(2020, 1, 1), d(2020, 6, 30)},
			q:    Period{d(2020, 3, 1), d(2020, 12, 31)},
			want: Period{d(2020, 3, 1), d(2020, 6, 30)},
			ok:   true,
		},
		{
			name: "contained",
			p:    Period{d(2020, 1, 1), d(2020, 12, 31)},
			q:    Period{d(2020, 3, 1), d(2020, 3, 31)},
			want: Period{d(2020, 3, 1), d(2020, 3, 31)},
			ok:   true,
		},
		{
			name: "touching on one day",
			p:    Period{d(2020, 1, 1), d(2020, 6, 30)},
			q:    Period{d(2020, 6, 30), d(2020, 12, 31)},
			want: Period{d(2020, 6, 30), d(2020, 6, 30)},
			ok:   true,
		},
		{
			name: "disjoint by one day",
			p:    Period{d(2020, 1, 1), d(2020, 6, 29)},
			q:    Period{d(2020, 6, 30), d(2020, 12, 31)},
			ok:   false,
		},
		{
			name: "disjoint, ongoing starts after the end",
			p:    Period{d(2020, 1, 1), d(2020, 6, 30)},
			q:    Period{From: d(2021, 1, 1)},
			ok:   false,
		},
		{
			name: "both ongoing",
			p:    Period{From: d(2020, 1, 1)},
			q:    Period{From: d(2021, 1, 1)},
			want: Period{From: d(2021, 1, 1)},
			ok:   true,
		},
		{
			name: "ongoing and closed",
			p:    Period{From: d(2020, 1, 1)},
			q:    Period{d(2019, 1, 1), d(2020, 3, 31)},
			want: Period{d(2020, 1, 1), d(2020, 3, 31)},
			ok:   true,
		},
		{
			name: "unknown start takes the other start",
			p:    Period{To: d(2020, 6, 30)},
			q:    Period{d(2020, 3, 1), d(2020, 12, 31)},
			want: Period{d(2020, 3, 1), d(2020, 6, 30)},
			ok:   true,
		},
		{
			name: "both unknown start",
			p:    Period{To: d(2020, 6, 30)},
			q:    Period{To: d(2020, 12, 31)},
			want: Period{To: d(2020, 6, 30)},
			ok:   true,
		},
		{
			name: "unknown start ending before the other starts",
			p:    Period{To: d(2019, 12, 31)},
			q:    Period{From: d(2020, 1, 1)},
			ok:   false,
		},
		{
			name: "unbounded",
			p:    Period{},
			q:    Period{},
			want: Period{},
			ok:   true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.p.Intersect(tt.q)
			if ok != tt.ok || got != tt.want {
				t.Fatalf("%v.Intersect(%v) = %v, %v, want %v, %v", tt.p, tt.q, got, ok, tt.want, tt.ok)
			}
			// Intersection is symmetric.
			got, ok = tt.q.Intersect(tt.p)
			if ok != tt.ok || got != tt.want {
				t.Fatalf("%v.Intersect(%v) = %v, %v, want %v, %v", tt.q, tt.p, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestPeriodDays(t *testing.T) {
	asOf := d(2025, 1, 1)
	tests := []struct {
		name string
		p    Period
		want int
	}{
		{"single day", Period{d(2020, 6, 30), d(2020, 6, 30)}, 1},
		{"leap year", Period{d(2024, 1, 1), d(2024, 12, 31)}, 366},
		{"common year", Period{d(2023, 1, 1), d(2023, 12, 31)}, 365},
		{"ongoing to asOf inclusive", Period{From: d(2024, 12, 1)}, 32},
		{"ongoing from asOf", Period{From: asOf}, 1},
		{"ongoing, starting after asOf: its first day", Period{From: d(2025, 2, 1)}, 1},
		{"unknown start", Period{To: d(2020, 1, 1)}, 0},
		{"unbounded", Period{}, 0},
		{"ends before it starts", Period{d(2020, 2, 1), d(2020, 1, 1)}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Days(asOf); got != tt.want {
				t.Fatalf("%v.Days(%v) = %d, want %d", tt.p, asOf, got, tt.want)
			}
		})
	}
}

func TestPeriodValidate(t *testing.T) {
	tests := []struct {
		name string
		p    Period
		ok   bool
	}{
		{"closed", Period{d(2020, 1, 1), d(2020, 12, 31)}, true},
		{"one day", Period{d(2020, 1, 1), d(2020, 1, 1)}, true},
		{"ongoing", Period{From: d(2020, 1, 1)}, true},
		{"unknown start", Period{To: d(2020, 1, 1)}, true},
		{"unbounded", Period{}, true},
		{"ends the day before it starts", Period{d(2020, 1, 2), d(2020, 1, 1)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate("input.end")
			if tt.ok {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want an error")
			}
			if got, want := ErrorCode(err), EINVALID; got != want {
				t.Fatalf("ErrorCode = %q, want %q", got, want)
			}
			if got, want := ErrorField(err), "input.end"; got != want {
				t.Fatalf("ErrorField = %q, want %q", got, want)
			}
			if got, want := ErrorMessage(err), "ends (2020-01-01) before it starts (2020-01-02)"; got != want {
				t.Fatalf("ErrorMessage = %q, want %q", got, want)
			}
		})
	}
}
