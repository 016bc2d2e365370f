package server_test

import (
	"slices"
	"testing"
)

// TestRegionsOfRegionalActivities: PAX's activity NL-KVK-30214009-C380 names no country but two
// OECD DAC regions (testdata/real/iati-multi-publisher-small-dportal-foodsecurity.xml, lines
// 191 and 194: code 298 "Africa", 589 "Middle East", vocabulary 1); the API names them.
func TestRegionsOfRegionalActivities(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	a.importRealIATI("iati-multi-publisher-small-dportal-foodsecurity.xml")
	var got struct {
		Activity struct {
			Countries []struct{ Code string }
			Regions   []struct {
				Vocabulary, Code string
				Name             *string
			}
		}
	}
	a.query(`{ activity(id: "NL-KVK-30214009-C380") { countries { code } regions { vocabulary code name } } }`, nil, &got)
	var regions []string
	for _, r := range got.Activity.Regions {
		name := ""
		if r.Name != nil {
			name = *r.Name
		}
		regions = append(regions, r.Vocabulary+":"+r.Code+" "+name)
	}
	if want := []string{"1:298 Africa, regional", "1:589 Middle East, regional"}; !slices.Equal(regions, want) || len(got.Activity.Countries) != 0 {
		t.Errorf("regions %q countries %v, want %q and none", regions, got.Activity.Countries, want)
	}
}
