package server_test

import "testing"

// TestCapacityOnTheSeed: UNMISS in South Sudan on 30 June 2015. UNSCR 2155 (2014) authorised
// up to 12,500 military personnel; the mission's facts and figures gave 11,535 military
// personnel (troops and military liaison officers) and 1,157 police at that date (sources in
// the seed): 965 short. The police ceiling of UNSCR 1996 (2011) had expired in 2012 and the
// seed records no later one, so police shows no gap.
func TestCapacityOnTheSeed(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	var got struct {
		Capacity []struct {
			Mission    struct{ ID string }
			Components []struct {
				Component    string
				Authorised   *int
				AuthorisedBy *struct{ ID string }
				Deployed     *int
				DeployedOn   *string
				Gap          *int
			}
		}
	}
	a.query(`{ capacity(country: "SSD", at: "2015-06-30") { mission { id }
	  components { component authorised authorisedBy { id } deployed deployedOn gap } } }`, nil, &got)
	var found bool
	for _, m := range got.Capacity {
		if m.Mission.ID != "unmiss" {
			continue
		}
		found = true
		for _, c := range m.Components {
			switch c.Component {
			case "MILITARY":
				if c.Authorised == nil || *c.Authorised != 12500 || c.AuthorisedBy == nil || c.AuthorisedBy.ID != "unscr-2155-2014" ||
					c.Deployed == nil || *c.Deployed != 11535 || c.Gap == nil || *c.Gap != 965 {
					t.Errorf("military %+v", c)
				}
			case "POLICE":
				if c.Authorised != nil || c.Deployed == nil || *c.Deployed != 1157 || c.Gap != nil {
					t.Errorf("police %+v", c)
				}
			}
		}
	}
	if !found {
		t.Fatalf("capacity in South Sudan: %+v, want UNMISS", got.Capacity)
	}
	if e := a.fail(`{ capacity(country: "ZZZ") { mission { id } } }`, nil); field(e) != "country" {
		t.Errorf("unknown country: %+v", e)
	}
}
