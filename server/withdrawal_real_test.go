package server_test

import (
	"slices"
	"testing"
)

// TestWithdrawalImpactOnARealFile: in the EC's real IATI file,
// testdata/real/iati-ec-fpi-peace-security-dportal-p78.xml, activity XI-IATI-EC_FPI-2019/405-994
// (line 5557) is implemented by UNDP (participating-org role 4, line 5573) in Libya (line 5602)
// from 2019-01-15 (line 5581) and funded by the EC's FPI, on mediation and governance. Had UNDP left
// Libya on 1 June 2019: mediation keeps the EC's own activities and UNSMIL (seed); governance
// would have nobody; the activity's money would have no implementer.
func TestWithdrawalImpactOnARealFile(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	a.importRealIATI("iati-ec-fpi-peace-security-dportal-p78.xml")

	var got withdrawalAnswer
	a.query(withdrawalQuery, map[string]any{"actor": "org-united-nations-development-programme", "country": "LBY", "at": "2019-06-01"}, &got)
	want := []string{
		"LBY/MEDIATION: XI-IATI-EC_FPI-2019/406-646, XI-IATI-EC_FPI-2018/400-819, XI-IATI-EC_FPI-2019/405-465, unsmil",
		"LBY/GOVERNANCE: —",
	}
	if g := cellsOf(got); !slices.Equal(g, want) {
		t.Errorf("UNDP leaves Libya on 2019-06-01:\n got %q\nwant %q", g, want)
	}
	var unfunded struct {
		WithdrawalImpact struct {
			FundingWithoutImplementer []struct {
				Activity struct{ ID string }
				Funders  []struct{ ID string }
			}
		}
	}
	a.query(withdrawalQuery, map[string]any{"actor": "org-united-nations-development-programme", "country": "LBY", "at": "2019-06-01"}, &unfunded)
	u := unfunded.WithdrawalImpact.FundingWithoutImplementer
	if len(u) != 1 || u[0].Activity.ID != "XI-IATI-EC_FPI-2019/405-994" || len(u[0].Funders) != 1 || u[0].Funders[0].ID != "org-xi-iati-ec-fpi" {
		t.Errorf("funding without implementer %+v, want 405-994 funded by the EC's FPI", u)
	}
}
