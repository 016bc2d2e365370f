package concord

import "testing"

func TestKnownPersonnel(t *testing.T) {
	m := MissionPresence{Mission: Mission{Contributors: []Contribution{{Actor: "a", Personnel: 300}, {Actor: "b"}, {Actor: "c", Personnel: 200}}}}
	if got, want := m.KnownPersonnel(), 500; got != want {
		t.Errorf("from contributors: %d, want %d", got, want)
	}
	m.Personnel = 1200
	if got, want := m.KnownPersonnel(), 1200; got != want {
		t.Errorf("total known: %d, want %d", got, want)
	}
	if got := (MissionPresence{}).KnownPersonnel(); got != 0 {
		t.Errorf("nothing known: %d, want 0", got)
	}
}
