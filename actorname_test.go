package concord

import "testing"

func TestCompatibleNames(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		// Acronym collisions read from the Afghanistan 3W (hxl-3w-afghanistan-operational-presence-2024q1.csv,
		// #org+acronym) against the seed's actors: different organisations.
		{"Norwegian Afghanistan Committee", "North Atlantic Council", false},                      // NAC
		{"Children in Crisis", "Center on International Cooperation, New York University", false}, // CIC
		// One organisation spelled two ways.
		{"World Food Program", "World Food Programme", true},
		{"Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations", true},
		{"UNITED NATIONS CHILDREN'S FUND", "United Nations Children's Fund", true},
		{"", "United Nations", false},
		{"of the", "of the", false}, // nothing but minor words
	}
	for _, tt := range tests {
		if got := CompatibleNames(tt.a, tt.b); got != tt.want {
			t.Errorf("CompatibleNames(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := CompatibleNames(tt.b, tt.a); got != tt.want {
			t.Errorf("CompatibleNames(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
