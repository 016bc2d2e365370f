package concord

import (
	"slices"
	"testing"
)

func TestLeadValidate(t *testing.T) {
	known := func(c string) bool { return c == "MLI" || c == "XKX" }
	ok := Lead{Actor: "eu", Country: "MLI", Function: Justice, Period: Period{From: d(2015, 1, 15)}, Note: "agreed in Bamako"}
	tests := []struct {
		name   string
		edit   func(*Lead)
		fields []string // the fields in error, in order; nil means valid
	}{
		{"OK", func(*Lead) {}, nil},
		{"OK open-ended, no note", func(l *Lead) { l.Period = Period{}; l.Note = "" }, nil},
		{"ErrActorRequired", func(l *Lead) { l.Actor = "" }, []string{"input.actor"}},
		{"ErrActorInvalid", func(l *Lead) { l.Actor = "-eu" }, []string{"input.actor"}},
		{"ErrCountryRequired", func(l *Lead) { l.Country = "" }, []string{"input.country"}},
		{"ErrCountryUnknown", func(l *Lead) { l.Country = "ZZZ" }, []string{"input.country"}},
		{"ErrFunctionRequired", func(l *Lead) { l.Function = "" }, []string{"input.function"}},
		{"ErrFunctionUnknown", func(l *Lead) { l.Function = "COOKING" }, []string{"input.function"}},
		{"ErrEndsBeforeStart", func(l *Lead) { l.Period.To = d(2015, 1, 1) }, []string{"input.to"}},
		{"ErrEverything", func(l *Lead) { *l = Lead{Period: Period{d(2001, 1, 1), d(2000, 1, 1)}} },
			[]string{"input.actor", "input.country", "input.function", "input.to"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := ok
			tt.edit(&l)
			err := l.Validate("input.", known)
			if tt.fields == nil {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			errs, isErrs := err.(Errors)
			if !isErrs {
				t.Fatalf("Validate = %v (%T), want Errors", err, err)
			}
			var fields []string
			for _, e := range errs {
				fields = append(fields, e.Field)
				if e.Code != EINVALID {
					t.Errorf("%s: code %s, want %s", e.Field, e.Code, EINVALID)
				}
			}
			if !slices.Equal(fields, tt.fields) {
				t.Errorf("fields = %v, want %v", fields, tt.fields)
			}
		})
	}
	// Without a country list, any country passes.
	l := ok
	l.Country = "ZZZ"
	if err := l.Validate("", nil); err != nil {
		t.Errorf("Validate(nil check) = %v, want nil", err)
	}
}
