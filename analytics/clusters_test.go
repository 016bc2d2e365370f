package analytics

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// clusterBorders: A borders B, B borders C; D borders nobody.
func clusterBorders(a, b string) bool {
	pairs := map[[2]string]bool{{"A", "B"}: true, {"B", "C"}: true}
	return pairs[[2]string{a, b}] || pairs[[2]string{b, a}]
}

// clusterFixture:
//
//	eu1   eu    A  2010..2020      POLICE              clusters sahel
//	eu2   eu    B  2012..2014      MILITARY_TRAINING   clusters sahel
//	eu3   eu    C  2015..2018      POLICE
//	un1   un    A  2008..ongoing   JUSTICE, POLICE, SSR   deu contributes; clusters sahel, west
//	un2   un    D  2010..2020      POLICE
//	osce1 osce  B  2011..2013      SSR
//	old   eu    A  1990..1995      POLICE              clusters sahel
//
// (each year span from 1 January to 31 December).
func clusterFixture() []concord.MissionPresence {
	y := func(from, to int) concord.Period {
		p := concord.Period{From: d(from, 1, 1)}
		if to != 0 {
			p.To = d(to, 12, 31)
		}
		return p
	}
	m := func(id, lead, country string, p concord.Period, fs ...concord.FunctionCode) concord.MissionPresence {
		return mp(id, concord.ModelTrainingSupport, lead, p, fs, dep(country, concord.Date{}, concord.Date{}))
	}
	eu1 := m("eu1", "eu", "A", y(2010, 2020), concord.Police)
	eu1.Mission.Clusters = []string{"sahel"}
	eu2 := m("eu2", "eu", "B", y(2012, 2014), concord.MilitaryTraining)
	eu2.Mission.Clusters = []string{"sahel"}
	un1 := m("un1", "un", "A", y(2008, 0), concord.Justice, concord.Police, concord.SSR)
	un1.Mission.Contributors = []concord.Contribution{{Actor: "deu"}}
	un1.Mission.Clusters = []string{"sahel", "west"}
	old := m("old", "eu", "A", y(1990, 1995), concord.Police)
	old.Mission.Clusters = []string{"sahel"}
	return []concord.MissionPresence{
		eu1, eu2, m("eu3", "eu", "C", y(2015, 2018), concord.Police), un1,
		m("un2", "un", "D", y(2010, 2020), concord.Police), m("osce1", "osce", "B", y(2011, 2013), concord.SSR), old,
	}
}

func clusterStrings(cs []ComputedCluster) []string {
	var out []string
	for _, c := range cs {
		var links []string
		for _, l := range c.Links {
			links = append(links, l.A+"-"+l.B)
		}
		out = append(out, fmt.Sprintf("%s %s [%s] in %s by %s", c.Rule, c.LeadActor, strings.Join(c.Members, " "), strings.Join(c.Countries, " "), strings.Join(links, " ")))
	}
	return out
}

func TestComputeClusters(t *testing.T) {
	tests := []struct {
		name     string
		borders  func(a, b string) bool
		window   concord.Period
		function concord.FunctionCode
		want     []string
	}{
		{
			// SAME_LEAD: eu1 (A) and eu2 (B) are neighbours together in 2012–2014. eu3 (C) is
			// no neighbour of A and came after eu2; old was over before eu1; un1 (A) and un2 (D)
			// are not neighbours.
			// SHARED_FUNCTION: eu1–un1 share POLICE in A; osce1 (B) and un1 (A) share SSR in
			// 2011–2013. eu2's MILITARY_TRAINING is a sibling of SSR, not shared; eu1 and osce1
			// share nothing; eu3 (C) is no neighbour of A.
			name:    "all time",
			borders: clusterBorders,
			want: []string{
				"SAME_LEAD eu [eu1 eu2] in A B by eu1-eu2",
				"SHARED_FUNCTION  [eu1 osce1 un1] in A B by eu1-un1 osce1-un1",
			},
		},
		{
			// On 2016-06-01 eu1, eu3, un1 and un2 are deployed: only eu1–un1 holds.
			name:    "a day",
			borders: clusterBorders,
			window:  concord.Period{From: d(2016, 6, 1), To: d(2016, 6, 1)},
			want:    []string{"SHARED_FUNCTION  [eu1 un1] in A by eu1-un1"},
		},
		{
			// Without borders only same-country links remain.
			name: "no borders",
			want: []string{"SHARED_FUNCTION  [eu1 un1] in A by eu1-un1"},
		},
		{
			// Working on SSR: un1 and osce1 (eu2's MILITARY_TRAINING does not match SSR).
			name:     "function SSR",
			borders:  clusterBorders,
			function: concord.SSR,
			want:     []string{"SHARED_FUNCTION  [osce1 un1] in A B by osce1-un1"},
		},
		{
			// Working on SECURITY (SSR and MILITARY_TRAINING are under it): eu2, un1, osce1.
			// eu2 and un1 share no function under SECURITY.
			name:     "function SECURITY",
			borders:  clusterBorders,
			function: concord.Security,
			want:     []string{"SHARED_FUNCTION  [osce1 un1] in A B by osce1-un1"},
		},
		{
			// A window before everything but old: no cluster.
			name:    "nothing together",
			borders: clusterBorders,
			window:  concord.Period{To: d(2000, 12, 31)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clusterStrings(ComputeClusters(clusterFixture(), tt.borders, tt.window, tt.function, false))
			if !slices.Equal(got, tt.want) {
				t.Errorf("ComputeClusters =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestComputeClustersLinksAndIDs(t *testing.T) {
	cs := ComputeClusters(clusterFixture(), clusterBorders, concord.Period{}, "", false)
	if len(cs) != 2 {
		t.Fatalf("clusters = %v", clusterStrings(cs))
	}
	shared := cs[1]
	if got, want := shared.Links[1].Reason, "neighbours B and A, together 2011-01-01 to 2013-12-31; share SSR"; got != want {
		t.Errorf("Reason = %q, want %q", got, want)
	}
	if got, want := cs[0].Links[0].Reason, "neighbours A and B, together 2012-01-01 to 2014-12-31; same lead eu"; got != want {
		t.Errorf("Reason = %q, want %q", got, want)
	}
	l := shared.Links[0] // eu1–un1 in A, all of eu1's time
	if l.CountryA != "A" || l.CountryB != "A" || l.Period != (concord.Period{From: d(2010, 1, 1), To: d(2020, 12, 31)}) ||
		!slices.Equal(l.SharedFunctions, []concord.FunctionCode{concord.Police}) || len(l.SharedActors) != 0 {
		t.Errorf("link eu1-un1 = %+v", l)
	}
	if !strings.HasPrefix(cs[0].ID, "computed-lead-eu1-") || !strings.HasPrefix(shared.ID, "computed-function-eu1-") {
		t.Errorf("ids = %s, %s", cs[0].ID, shared.ID)
	}
	if got, want := shared.Description, "missions deployed at any time in the same or neighbouring countries at the same time, led by different organisations and sharing a function"; got != want {
		t.Errorf("Description = %q, want %q", got, want)
	}

	// The same members give the same ids whatever the input order.
	for range 5 {
		ms := clusterFixture()
		rand.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		again := ComputeClusters(ms, clusterBorders, concord.Period{}, "", false)
		if len(again) != 2 || again[0].ID != cs[0].ID || again[1].ID != cs[1].ID {
			t.Fatalf("ids changed with the input order: %v", clusterStrings(again))
		}
	}
	// Different members give a different id.
	day := ComputeClusters(clusterFixture(), clusterBorders, concord.Period{From: d(2016, 6, 1), To: d(2016, 6, 1)}, "", false)
	if day[0].ID == shared.ID {
		t.Errorf("clusters with different members share the id %s", day[0].ID)
	}
	if got, want := day[0].Description, "missions deployed on 2016-06-01 in the same or neighbouring countries at the same time, led by different organisations and sharing a function"; got != want {
		t.Errorf("Description = %q, want %q", got, want)
	}
}

func TestCuratedClusters(t *testing.T) {
	tests := []struct {
		name     string
		window   concord.Period
		function concord.FunctionCode
		want     []string
	}{
		{"all time", concord.Period{}, "", []string{"sahel: eu1 eu2 old un1", "west: un1"}},
		{"a day", concord.Period{From: d(2016, 6, 1), To: d(2016, 6, 1)}, "", []string{"sahel: eu1 un1", "west: un1"}},
		{"a function", concord.Period{}, concord.MilitaryTraining, []string{"sahel: eu2"}},
		{"nothing", concord.Period{From: d(1980, 1, 1), To: d(1980, 12, 31)}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range CuratedClusters(clusterFixture(), tt.window, tt.function, false) {
				got = append(got, c.Cluster+": "+strings.Join(c.Members, " "))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("CuratedClusters = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClustersAnswerTheFunctionExactly: a mission mandated only for SECURITY does not say it
// does military training; it joins a MILITARY_TRAINING question only with broader matches.
func TestClustersAnswerTheFunctionExactly(t *testing.T) {
	missions := clusterFixture()
	sec := mp("sec", concord.ModelPeacekeeping, "au", concord.Period{From: d(2012, 1, 1), To: d(2014, 12, 31)},
		[]concord.FunctionCode{concord.Security}, dep("B", concord.Date{}, concord.Date{}))
	sec.Mission.Clusters = []string{"sahel"}
	missions = append(missions, sec)
	for _, tt := range []struct {
		broader bool
		want    string
	}{{false, "sahel: eu2"}, {true, "sahel: eu2 sec"}} {
		var got []string
		for _, c := range CuratedClusters(missions, concord.Period{}, concord.MilitaryTraining, tt.broader) {
			got = append(got, c.Cluster+": "+strings.Join(c.Members, " "))
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("broader %v: CuratedClusters = %v, want [%s]", tt.broader, got, tt.want)
		}
		// eu2 (eu) and sec (au) are deployed together in B and both answer with broader
		// matches: a layered presence then, and only then.
		computed := clusterStrings(ComputeClusters(missions, clusterBorders, concord.Period{}, concord.MilitaryTraining, tt.broader))
		if layered := slices.ContainsFunc(computed, func(s string) bool { return strings.Contains(s, "eu2 sec") }); layered != tt.broader {
			t.Errorf("broader %v: computed clusters %v", tt.broader, computed)
		}
	}
}
