package concord

import "testing"

// TestUndatedPresencesPassOnlyWhenAsked: a record without dates is not present on a day or in
// a period unless the filter asks for undated records; with no window every record passes.
func TestUndatedPresencesPassOnlyWhenAsked(t *testing.T) {
	day := Period{From: NewDate(2010, 6, 1), To: NewDate(2010, 6, 1)}
	undated := Presence{Country: "AFG", Kind: SubjectActivity}
	started := Presence{Country: "AFG", Kind: SubjectActivity, Period: Period{From: NewDate(2009, 1, 1)}}
	ended := Presence{Country: "AFG", Kind: SubjectActivity, Period: Period{To: NewDate(2011, 1, 1)}}
	tests := []struct {
		name   string
		filter PresenceFilter
		p      Presence
		want   bool
	}{
		{"UndatedOnADay", PresenceFilter{Window: day}, undated, false},
		{"UndatedOnADayWhenAsked", PresenceFilter{Window: day, Undated: true}, undated, true},
		{"UndatedInAPeriod", PresenceFilter{Window: Period{From: NewDate(2010, 1, 1)}}, undated, false},
		{"UndatedWithoutWindow", PresenceFilter{}, undated, true},
		{"UnknownStartOngoingFromADate", PresenceFilter{Window: day}, started, true},
		{"UnknownStartEndedLater", PresenceFilter{Window: day}, ended, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.filter.Passes(tt.p); got != tt.want {
				t.Errorf("Passes = %v, want %v", got, tt.want)
			}
		})
	}
}
