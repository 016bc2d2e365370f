package server_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord/importer"
)

// TestPlaceholdersAreNotOrganisations: reported, IATI 1.0x files name implementers by CRS
// channel codes with category names, and each became one actor that then worked everywhere.
// In the DFID DRC file (testdata/real/iati-v1-dfid-drc-CD.xml), worked out from the file:
// <participating-org ref="52000" role="Implementing">Other.</participating-org> (first at line
// 33) in 59 activities, ref="22000" "Donor country-based NGO" in 14; a specific channel code,
// ref="41122" "United Nations Children’s Fund" (line 1691), in 9, is an organisation.
func TestPlaceholdersAreNotOrganisations(t *testing.T) {
	a := newAPI(t)
	f, err := os.Open("../testdata/real/iati-v1-dfid-drc-CD.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := importer.IATI(sys, a.store, f, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Activities struct {
			Edges []struct {
				Node struct {
					ID                  string
					UnnamedImplementers []string
					Implementers        []struct{ Name string }
				}
			}
		}
	}
	a.query(`{ activities(first: 500) { edges { node { id unnamedImplementers implementers { name } } } } }`, nil, &out)
	counts := map[string]int{}
	unicef := 0
	for _, e := range out.Activities.Edges {
		for _, u := range e.Node.UnnamedImplementers {
			counts[u]++
		}
		for _, i := range e.Node.Implementers {
			if slices.Contains([]string{"Other.", "Other", "Donor country-based NGO"}, i.Name) {
				t.Errorf("%s: a placeholder became an actor: %q", e.Node.ID, i.Name)
			}
			if strings.HasPrefix(i.Name, "United Nations Children") {
				unicef++
			}
		}
	}
	if counts["52000 Other"] != 59 || counts["22000 Donor country-based NGO"] != 14 {
		t.Errorf("unnamed implementers %v, want 59 × 52000 and 14 × 22000", counts)
	}
	if unicef != 9 {
		t.Errorf("UNICEF implements %d activities, want 9", unicef)
	}
	// No actor stands for a category, so none joins activities that share nothing else.
	var actors struct {
		Actors struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	a.query(`{ actors(first: 500) { edges { node { name } } } }`, nil, &actors)
	for _, e := range actors.Actors.Edges {
		if slices.Contains([]string{"Other.", "Donor country-based NGO", "University, college or other teaching institution, research institute or think-tank", "INTERNATIONAL NGO"}, e.Node.Name) {
			t.Errorf("actor %q stands for a category", e.Node.Name)
		}
	}
}
