package server_test

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// The Afghanistan 3W of 2024 Q1 (afghanistan3W) names, on every row, a province (#adm1+name,
// #adm1+code) and a district (#adm2+name, #adm2+code). Its food security rows are sector
// FSAC_OP, "Operational Presence: Food Security & Agriculture", which maps to no function: a
// label. In Badakhshan (AF17) eleven organisations report it, read by hand from the file
// (line numbers of the file; districts by code):
//
//	AAH    line 5021         AF1701 Fayzabad
//	ACTED  line 5168         AF1702 Argo
//	ADWSO  line 5022         AF1701
//	AKAH   line 5034         AF1701
//	CTCO   line 5032         AF1701
//	FAO    lines 5080–5089   10 districts, AF1701 and AF1711 Teshkan among them
//	ME     lines 5074–5075   AF1701, AF1711
//	NAC    lines 3875–4239   all 28 districts of Badakhshan (AF1701–AF1728)
//	NSDO   line 5033         AF1701
//	SFL    line 5031         AF1701
//	WFP    line 5020         AF1701
//
// The ten in Fayzabad duplicate each other there (45 pairs); ACTED, in Argo only, meets only
// NAC: 46 pairs. ACTED and WFP, say, both work on food security in Badakhshan, but in
// different districts: no pair.
const badakhshanFoodSecurityPairs = 46

type placedOverlap struct {
	A, B struct {
		Actors []struct{ Acronym, Name string }
	}
	SharedLabels []string
	Place        struct {
		Level string
		Areas []string
	}
	Score       float64
	Explanation string
}

func (o placedOverlap) organisations() [2]string {
	x, y := o.A.Actors[0].Acronym, o.B.Actors[0].Acronym
	if x > y {
		x, y = y, x
	}
	return [2]string{x, y}
}

func TestSubNationalLabelOverlaps(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	doc, err := os.ReadFile(afghanistan3W)
	if err != nil {
		t.Fatal(err)
	}
	var imported struct{ ImportHXL struct{ Read int } }
	a.query(`mutation($d: String!) { importHXL(document: $d, country: "AFG", from: "2024-01-01", to: "2024-03-31") { read } }`,
		map[string]any{"d": string(doc)}, &imported)

	overlaps := func(vars map[string]any) (int, []placedOverlap) {
		t.Helper()
		var out struct {
			Overlaps struct {
				TotalCount int
				Edges      []struct{ Node placedOverlap }
			}
		}
		a.query(`query($label: String, $admin1: String, $admin2: String, $at: Date) {
  overlaps(country: "AFG", label: $label, admin1: $admin1, admin2: $admin2, at: $at, first: 100) {
    totalCount
    edges { node { a { actors { acronym name } } b { actors { acronym name } } sharedLabels place { level areas } score explanation } }
  }
}`, vars, &out)
		var nodes []placedOverlap
		for _, e := range out.Overlaps.Edges {
			nodes = append(nodes, e.Node)
		}
		return out.Overlaps.TotalCount, nodes
	}

	const food = "Operational Presence: Food Security & Agriculture"
	total, nodes := overlaps(map[string]any{"label": food, "admin1": "AF17"})
	if total != badakhshanFoodSecurityPairs || len(nodes) != badakhshanFoodSecurityPairs {
		t.Fatalf("food security in Badakhshan: %d pairs (%d listed), want %d", total, len(nodes), badakhshanFoodSecurityPairs)
	}
	pairs := map[[2]string]placedOverlap{}
	for _, o := range nodes {
		pairs[o.organisations()] = o
		if !slices.Equal(o.SharedLabels, []string{food}) || o.Place.Level != "ADMIN2" {
			t.Errorf("%v: labels %v, place %+v", o.organisations(), o.SharedLabels, o.Place)
		}
		// One label each, the same quarter, a shared district, different organisations.
		if o.Score != 1 {
			t.Errorf("%v: score %v, want 1 (%s)", o.organisations(), o.Score, o.Explanation)
		}
	}
	if _, ok := pairs[[2]string{"ACTED", "NAC"}]; !ok {
		t.Error("ACTED and NAC, both in Argo, do not overlap")
	}
	// The sheet's NAC is the Norwegian Afghanistan Committee, not the seed's North Atlantic
	// Council (also NAC): an acronym alone does not make two organisations one.
	for _, o := range nodes {
		for _, actor := range append(o.A.Actors, o.B.Actors...) {
			if actor.Acronym == "NAC" && actor.Name != "Norwegian Afghanistan Committee" {
				t.Errorf("NAC in Badakhshan is %q", actor.Name)
			}
		}
	}
	if _, ok := pairs[[2]string{"ACTED", "WFP"}]; ok {
		t.Error("ACTED (Argo) and WFP (Fayzabad) overlap, in different districts")
	}
	fm := pairs[[2]string{"FAO", "ME"}]
	if !slices.Contains(fm.Place.Areas, "Fayzabad") || !slices.Contains(fm.Place.Areas, "Teshkan") {
		t.Errorf("FAO and ME meet in %v, want Fayzabad and Teshkan", fm.Place.Areas)
	}
	// The explanation names the organisations and the districts, not ids or codes.
	for _, want := range []string{"Food and Agriculture Organization", "Fayzabad", "Teshkan", "Score 1.00"} {
		if !strings.Contains(fm.Explanation, want) {
			t.Errorf("explanation %q does not say %q", fm.Explanation, want)
		}
	}

	// The province by name, the label in another case: the same answer.
	if total, _ := overlaps(map[string]any{"label": strings.ToLower(food), "admin1": "badakhshan"}); total != badakhshanFoodSecurityPairs {
		t.Errorf("by name, lower case: %d pairs, want %d", total, badakhshanFoodSecurityPairs)
	}
	// One district: the ten organisations in Fayzabad.
	if total, _ := overlaps(map[string]any{"label": food, "admin2": "AF1701"}); total != 45 {
		t.Errorf("in Fayzabad: %d pairs, want 45", total)
	}
	// Out of the sheet's quarter nobody is there.
	if total, _ := overlaps(map[string]any{"label": food, "admin1": "AF17", "at": "2024-06-01"}); total != 0 {
		t.Errorf("after the quarter: %d pairs", total)
	}

	// Who does what where: one line per organisation, all eleven, with their districts (names
	// and codes): FAO's 10, NAC's 28.
	var www struct {
		WhoWhatWhere struct {
			Rows []struct {
				Actor      struct{ Acronym string }
				Function   *struct{ Code string }
				Label      *string
				Admin1     []string
				Admin2     []string
				Activities int
			}
			Undated int
		}
	}
	a.query(`query($label: String) { whoWhatWhere(country: "AFG", label: $label, admin1: "AF17", at: "2024-02-15") {
  rows { actor { acronym } function { code } label admin1 admin2 activities } undated } }`, map[string]any{"label": food}, &www)
	districts := map[string]int{}
	for _, r := range www.WhoWhatWhere.Rows {
		if r.Function != nil || r.Label == nil || *r.Label != food || r.Activities != 1 || !slices.Contains(r.Admin1, "AF17") {
			t.Errorf("row %+v", r)
		}
		districts[r.Actor.Acronym] = len(r.Admin2) / 2
	}
	if len(districts) != 11 || districts["FAO"] != 10 || districts["NAC"] != 28 || districts["WFP"] != 1 || www.WhoWhatWhere.Undated != 0 {
		t.Errorf("who does what where: %v organisations' districts, %d undated", districts, www.WhoWhatWhere.Undated)
	}

	// The map counts the overlaps the country's list finds, places included, on functions alone
	// (the default) and with sector labels.
	for _, labels := range []bool{false, true} {
		var country struct {
			Overlaps struct{ TotalCount int }
		}
		a.query(`query($l: Boolean) { overlaps(country: "AFG", at: "2024-02-15", includeLabels: $l, first: 1) { totalCount } }`,
			map[string]any{"l": labels}, &country)
		var world struct {
			CountrySummaries []struct {
				Country  struct{ Code string }
				Overlaps int
			}
		}
		a.query(`query($l: Boolean) { countrySummaries(at: "2024-02-15", includeLabels: $l) { country { code } overlaps } }`,
			map[string]any{"l": labels}, &world)
		mapped := -1
		for _, s := range world.CountrySummaries {
			if s.Country.Code == "AFG" {
				mapped = s.Overlaps
			}
		}
		if mapped != country.Overlaps.TotalCount || (labels && mapped <= badakhshanFoodSecurityPairs) {
			t.Errorf("AFG on 2024-02-15, includeLabels %v: the map counts %d overlaps, the list %d", labels, mapped, country.Overlaps.TotalCount)
		}
		t.Logf("AFG on 2024-02-15, includeLabels %v: %d overlapping pairs", labels, mapped)
	}
}

// TestAreasNeedACountry: an area is asked within a country.
func TestAreasNeedACountry(t *testing.T) {
	a := newAPI(t)
	e := a.fail(`{ overlaps(admin1: "AF17") { totalCount } }`, nil)
	if code(e) != "BAD_USER_INPUT" || field(e) != "admin1" || !strings.Contains(e.Message, "country") {
		t.Fatalf("error %+v, want BAD_USER_INPUT on admin1 asking for the country", e)
	}
}

// TestOverlapScoreWorkedExample is docs/overlap-score.md's example, on the two real files. In
// iati-ec-fpi-peace-security-dportal-p78.xml, XI-IATI-EC_FPI-2019/409-317 (online hate speech
// in Myanmar) has sectors 15220 and 22040 at 50 % each, actual start 2019-09-16, planned end
// 2021-03-15. In iati-fcdo-ngos-multi-publisher-dportal-p27.xml, GB-GOV-3-CSSF-09-000001
// ("Myanmar Country Programme") has sector 15220 at 100 %, 2017-04-01 to 2021-03-31. Reported:
// the pair scored 1.00; S = ½, T = 1, P = ¾, O = 1 make it 0.38.
func TestOverlapScoreWorkedExample(t *testing.T) {
	a := newAPI(t)
	a.importRealIATI("iati-ec-fpi-peace-security-dportal-p78.xml")
	a.importRealIATI("iati-fcdo-ngos-multi-publisher-dportal-p27.xml")
	var out struct {
		Overlaps struct {
			Edges []struct {
				Node struct {
					A, B            struct{ Subject struct{ ID string } }
					SharedFunctions []struct{ Code string }
					Place           struct{ Level string }
					From, To        string
					Score           float64
					Explanation     string
				}
			}
		}
	}
	a.query(`{ overlaps(country: "MMR", first: 100) { edges { node {
  a { subject { ... on Activity { id } } } b { subject { ... on Activity { id } } }
  sharedFunctions { code } place { level } from to score explanation } } } }`, nil, &out)
	found := false
	for _, e := range out.Overlaps.Edges {
		o := e.Node
		if o.A.Subject.ID != "GB-GOV-3-CSSF-09-000001" || o.B.Subject.ID != "XI-IATI-EC_FPI-2019/409-317" {
			continue
		}
		found = true
		if o.Score != 0.38 || o.Place.Level != "COUNTRY" || o.From != "2019-09-16" || o.To != "2021-03-15" ||
			len(o.SharedFunctions) != 1 || o.SharedFunctions[0].Code != "MEDIATION" {
			t.Errorf("got %+v", o)
		}
		if !strings.Contains(o.Explanation, "same work 0.50 × time 1.00 × place 0.75 × organisations 1.00") ||
			strings.Contains(o.Explanation, "GB-GOV") || strings.Contains(o.Explanation, "XI-IATI") {
			t.Errorf("explanation %q: want the factors, and names rather than ids", o.Explanation)
		}
		t.Logf("explanation: %s", o.Explanation)
	}
	if !found {
		t.Fatalf("no overlap of the two Myanmar activities in %+v", out.Overlaps.Edges)
	}
}
