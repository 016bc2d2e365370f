package analytics

import (
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

// The worked examples of docs/analytics.md, checked against the real seed data
// (seed/concord-seed.json) and the reference countries (reference/countries.json). The seed is
// read here with encoding/json rather than through the dataset package, which imports this one.

type seedWorld struct {
	graph     concord.Subgraph // actors, missions, mandates, functions, countries, clusters, lessons
	missions  []concord.MissionPresence
	presences []concord.Presence
	borders   map[string][]string
	regions   map[string][]string // broadest first
}

func loadSeedWorld(t *testing.T) seedWorld {
	t.Helper()
	raw, err := os.ReadFile("../seed/concord-seed.json")
	if err != nil {
		t.Fatalf("no seed data: %v", err)
	}
	var doc struct {
		Actors   []struct{ ID, Name, Acronym, Kind string }
		Clusters []struct{ ID, Name string }
		Lessons  []struct {
			ID, Title, Author string
			About             struct {
				Missions, Countries []string
				Functions           []concord.FunctionCode
			}
		}
		Missions []struct {
			ID, Name, Acronym, Model, Lead, Start, End string
			Deployments                                []struct{ Country, From, To string }
			Mandates                                   []struct {
				ID, Reference, Body string
				Functions           []concord.FunctionCode
			}
			Succeeds, Clusters []string
			Contributors       []struct {
				Actor     string
				Personnel int
			}
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("seed: %v", err)
	}
	date := func(s string, end bool) concord.Date {
		if s == "" {
			return concord.Date{}
		}
		parse := concord.ParseStart
		if end {
			parse = concord.ParseEnd
		}
		d, err := parse(s)
		if err != nil {
			t.Fatalf("seed date %q: %v", s, err)
		}
		return d
	}
	var w seedWorld
	nodes := map[string]bool{}
	node := func(typ, id, label string) string {
		nid := concord.NetworkID(typ, id)
		if !nodes[nid] {
			nodes[nid] = true
			w.graph.Nodes = append(w.graph.Nodes, concord.SubgraphNode{ID: nid, Type: typ, Label: label})
		}
		return nid
	}
	edge := func(src, typ, dst string, attrs map[string]string) {
		w.graph.Edges = append(w.graph.Edges, concord.SubgraphEdge{Source: src, Target: dst, Type: typ, Attributes: attrs})
	}
	for _, a := range doc.Actors {
		node(concord.NetworkActor, a.ID, a.Name)
	}
	for _, c := range doc.Clusters {
		node(concord.NetworkCluster, c.ID, c.Name)
	}
	for _, f := range concord.Functions() {
		node(concord.NetworkFunction, string(f.Code), f.Name)
	}
	for _, m := range doc.Missions {
		id := node(concord.NetworkMission, m.ID, m.Acronym)
		edge(concord.NetworkID(concord.NetworkActor, m.Lead), "LEADS", id, nil)
		for _, c := range m.Contributors {
			edge(concord.NetworkID(concord.NetworkActor, c.Actor), "CONTRIBUTES", id, nil)
		}
		for _, d := range m.Deployments {
			edge(id, "DEPLOYED_IN", node(concord.NetworkCountry, d.Country, d.Country), map[string]string{"from": d.From, "to": d.To})
		}
		for _, md := range m.Mandates {
			mid := node(concord.NetworkMandate, md.ID, md.Reference)
			edge(mid, "AUTHORIZES", id, nil)
			if md.Body != "" {
				edge(concord.NetworkID(concord.NetworkActor, md.Body), "ISSUED", mid, nil)
			}
			for _, f := range md.Functions {
				edge(mid, "TASKS", concord.NetworkID(concord.NetworkFunction, string(f)), nil)
			}
		}
		for _, p := range m.Succeeds {
			edge(id, "SUCCEEDS", concord.NetworkID(concord.NetworkMission, p), nil)
		}
		for _, c := range m.Clusters {
			edge(id, "MEMBER_OF", concord.NetworkID(concord.NetworkCluster, c), nil)
		}
	}
	for _, l := range doc.Lessons {
		id := node(concord.NetworkLesson, l.ID, l.Title)
		for _, m := range l.About.Missions {
			edge(id, "ABOUT", concord.NetworkID(concord.NetworkMission, m), nil)
		}
		for _, c := range l.About.Countries {
			edge(id, "ABOUT", node(concord.NetworkCountry, c, c), nil)
		}
		for _, f := range l.About.Functions {
			edge(id, "ABOUT", concord.NetworkID(concord.NetworkFunction, string(f)), nil)
		}
	}
	for _, m := range doc.Missions {
		mission := concord.Mission{
			ID: m.ID, Model: concord.MissionModel(m.Model), LeadActor: m.Lead,
			Period:   concord.Period{From: date(m.Start, false), To: date(m.End, true)},
			Succeeds: m.Succeeds, Clusters: m.Clusters,
		}
		var fs []concord.FunctionCode
		for _, md := range m.Mandates {
			fs = append(fs, md.Functions...)
		}
		mission.Functions = vocabularyOrder(fs)
		for _, c := range m.Contributors {
			mission.Contributors = append(mission.Contributors, concord.Contribution{Actor: c.Actor, Mission: m.ID, Personnel: c.Personnel})
		}
		for _, d := range m.Deployments {
			mission.Deployments = append(mission.Deployments, concord.Deployment{Mission: m.ID, Country: d.Country, Period: concord.Period{From: date(d.From, false), To: date(d.To, true)}})
		}
		mp := concord.MissionPresence{Mission: mission}
		w.missions = append(w.missions, mp)
		// Presences as the store builds them: one per deployment, clipped to the mission's dates.
		actors := []concord.ActorRole{{Actor: m.Lead, Role: concord.RoleLead}}
		for _, c := range m.Contributors {
			actors = append(actors, concord.ActorRole{Actor: c.Actor, Role: concord.RoleContributor})
		}
		for _, d := range deployments(mp, "") {
			w.presences = append(w.presences, concord.Presence{Country: d.Country, Kind: concord.SubjectMission, Subject: m.ID, Functions: mission.Functions, Period: d.Period, Actors: actors})
		}
	}

	raw, err = os.ReadFile("../reference/countries.json")
	if err != nil {
		t.Fatalf("no reference countries: %v", err)
	}
	var countries []struct {
		Alpha3                                string
		Region, SubRegion, IntermediateRegion *struct{ Code string }
		Borders                               []string
	}
	if err := json.Unmarshal(raw, &countries); err != nil {
		t.Fatalf("countries: %v", err)
	}
	w.borders = map[string][]string{}
	w.regions = map[string][]string{}
	for _, c := range countries {
		w.borders[c.Alpha3] = c.Borders
		for _, r := range []*struct{ Code string }{c.Region, c.SubRegion, c.IntermediateRegion} {
			if r != nil {
				w.regions[c.Alpha3] = append(w.regions[c.Alpha3], r.Code)
			}
		}
	}
	return w
}

func (w seedWorld) border(a, b string) bool     { return slices.Contains(w.borders[a], b) }
func (w seedWorld) regionsOf(c string) []string { return w.regions[c] }

func TestSeedExamples(t *testing.T) {
	w := loadSeedWorld(t)
	day := func(y int, m time.Month, dd int) concord.Period {
		return concord.Period{From: d(y, m, dd), To: d(y, m, dd)}
	}
	check := func(name string, got, want []string) {
		t.Helper()
		if !slices.Equal(got, want) {
			t.Errorf("%s =\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}

	t.Run("coverage", func(t *testing.T) {
		bih := ComputeCoverage(w.presences, nil, concord.EngagementQuery{Country: "BIH", At: d(2010, 6, 1)}, 0)
		check("BIH actors", bih.Actors, []string{"eu", "osce"})
		check("BIH gaps", codes(bih.Gaps), []string{"SSR", "DDR", "BORDER", "MILITARY_TRAINING"})
		check("BIH mandated", codes(bih.Mandated), []string{"POLICE", "SECURITY", "ELECTIONS", "GOVERNANCE", "HUMAN_RIGHTS"})
		mli := ComputeCoverage(w.presences, nil, concord.EngagementQuery{Country: "MLI", At: d(2016, 6, 1)}, 2)
		check("MLI fragmented", fragmentedStrings(mli.Fragmented), []string{"JUSTICE: deu eu un", "SSR: deu eu un"})
		check("MLI gaps", codes(mli.Gaps), nil)
	})

	t.Run("leads", func(t *testing.T) {
		leads := []concord.Lead{
			{Actor: "un", Country: "MLI", Function: concord.Justice, Period: concord.Period{From: d(2013, 7, 1)}},
			{Actor: "eu", Country: "MLI", Function: concord.Justice, Period: concord.Period{From: d(2015, 1, 15)}},
			{Actor: "un", Country: "MLI", Function: concord.Security, Period: concord.Period{From: d(2013, 7, 1)}},
		}
		var mli []LeadProblem
		for _, p := range LeadProblems(w.presences, leads, d(2016, 6, 1)) {
			if p.Country == "MLI" {
				mli = append(mli, p)
			}
		}
		check("MLI lead problems", problemStrings(mli), []string{
			"MLI JUSTICE COMPETING leads[eu un] actors[deu eu un]",
			"MLI POLICE NO_LEAD leads[] actors[eu]",
			"MLI MEDIATION NO_LEAD leads[] actors[deu un]",
			"MLI ELECTIONS NO_LEAD leads[] actors[deu un]",
			"MLI HUMAN_RIGHTS NO_LEAD leads[] actors[deu un]",
			"MLI PROTECTION_OF_CIVILIANS NO_LEAD leads[] actors[deu un]",
		})
	})

	t.Run("nested", func(t *testing.T) {
		check("MLI 2016", nestedStrings(NestedDeployments(w.missions, YearPeriod(2016), "MLI")), []string{
			"MLI minusma(un 2013-07-01..2023-12-31): eutm-mali 2013-07-01 [] 2023-12-31; eucap-sahel-mali 2015-01-15 [JUSTICE, SSR] 2023-12-31",
		})
		var hosts []string
		for _, n := range NestedDeployments(w.missions, YearPeriod(2016), "") {
			hosts = append(hosts, n.Country+" "+n.Host+" "+strconv.Itoa(len(n.Nested)))
		}
		check("2016 hosts", hosts, []string{"BIH eufor-althea 1", "CAF minusca 2", "COD monusco 1", "GNB ecomib 1",
			"MLI minusma 2", "SOM amisom 4", "XKX kfor 2", "XKX unmik 2"})
	})

	t.Run("transitions", func(t *testing.T) {
		check("SLE", chainStrings(Transitions(w.missions, "SLE", "")), []string{
			"unomsil unamsil uniosil unipsil: unomsil>unamsil gap -1, unamsil>uniosil gap 0, uniosil>unipsil gap 0",
		})
		check("unpos", chainStrings(Transitions(w.missions, "", "unpos")), []string{
			"unosom-i unosom-ii unpos unsom untmis: unosom-i>unosom-ii gap -1, unosom-ii>unpos gap 14, unpos>unsom gap -1, unsom>untmis gap 0",
		})
		som := Transitions(w.missions, "SOM", "")
		if got := stepString(som[0].Steps[1]); got != "unosom-ii>unpos gap 6119" {
			t.Errorf("SOM step = %s", got)
		}
		step := Transitions(w.missions, "SLE", "")[0].Steps[1]
		check("UNAMSIL>UNIOSIL", []string{string(step.ModelFrom), string(step.ModelTo), joinCodes(step.FunctionsAdded), joinCodes(step.FunctionsDropped), joinCodes(step.FunctionsKept)},
			[]string{"PEACEKEEPING", "MEDIATION", "GOVERNANCE, HUMAN_RIGHTS", "SECURITY, DDR, PROTECTION_OF_CIVILIANS", "SSR, ELECTIONS"})
		if got := len(Transitions(w.missions, "", "")); got != 27 {
			t.Errorf("%d chains in the seed, want 27", got)
		}
	})

	t.Run("clusters", func(t *testing.T) {
		cs := ComputeClusters(w.missions, w.border, day(2016, 6, 1), "", false)
		var got []string
		for _, c := range cs {
			got = append(got, string(c.Rule)+" "+strings.Join(c.Members, " "))
		}
		check("2016-06-01", got, []string{
			"SAME_LEAD minusca monusco unamid unisfa unmiss unsmil unsom unsos",
			"SAME_LEAD osce-albania osce-bih osce-mik osce-montenegro osce-serbia osce-skopje",
			"SAME_LEAD minusma uniogbis unmil unoci unowas",
			"SAME_LEAD eubam-libya eucap-sahel-mali eucap-sahel-niger eutm-mali",
			"SAME_LEAD euam-ukraine eubam-moldova-ukraine",
			"SAME_LEAD eucap-somalia eutm-somalia",
			"SAME_LEAD eumam-rca eusec-rd-congo",
			"SAME_LEAD osce-bishkek osce-tajikistan",
			"SAME_LEAD osce-moldova osce-smm-ukraine",
			"SAME_LEAD unama unrcca",
			"SHARED_FUNCTION eulex-kosovo kfor osce-albania osce-mik osce-montenegro osce-serbia osce-skopje unmik",
			"SHARED_FUNCTION eubam-libya eumam-rca eusec-rd-congo minusca monusco unisfa unmiss",
			"SHARED_FUNCTION amisom eucap-somalia eutm-somalia unsom unsos",
			"SHARED_FUNCTION eucap-sahel-mali eucap-sahel-niger minusma unoci",
			"SHARED_FUNCTION eupol-afghanistan osce-tajikistan unama",
			"SHARED_FUNCTION ecomib uniogbis",
			"SHARED_FUNCTION eufor-althea osce-bih",
		})
		var sahel []string
		for _, c := range CuratedClusters(w.missions, day(2016, 6, 1), "", false) {
			if c.Cluster == "sahel" {
				sahel = c.Members
			}
		}
		check("curated sahel", sahel, []string{"eucap-sahel-mali", "eucap-sahel-niger", "eutm-mali", "minusma", "unowas"})
	})

	t.Run("strengths", func(t *testing.T) {
		var got []string
		for _, s := range ComparativeStrengths(w.missions, w.regionsOf, StrengthQuery{Function: concord.Justice, Region: "002", AsOf: d(2025, 1, 1)}) {
			got = append(got, s.Actor+" "+strconv.FormatFloat(s.Score, 'f', 2, 64)+" "+s.Explanation)
		}
		check("JUSTICE in Africa", got, []string{
			"un 1.00 record 26 of 26, mission-years 121.6 of 121.6, regions 4 of 4, models 2 of 2; personnel unknown",
			"eu 0.32 record 6 of 26, mission-years 29.7 of 121.6, regions 3 of 4, models 1 of 2; personnel unknown",
			"deu 0.13 record 1 of 26, mission-years 10.7 of 121.6, regions 1 of 4, models 1 of 2; personnel unknown",
		})
	})

	t.Run("network", func(t *testing.T) {
		net, err := BuildNetwork(w.graph, NetworkQuery{Focus: "mission:minusma", Depth: 1})
		if err != nil {
			t.Fatal(err)
		}
		check("MINUSMA depth 1", nodeStrings(net.Nodes), []string{"0 mission:minusma", "1 actor:deu", "1 actor:un",
			"1 cluster:sahel", "1 country:MLI", "1 mandate:unscr-2100-2013", "1 mission:afisma"})
		if len(net.Edges) != 8 || net.Truncated {
			t.Errorf("depth 1: %d edges, truncated %v; want 8, false", len(net.Edges), net.Truncated)
		}
		net, err = BuildNetwork(w.graph, NetworkQuery{Focus: "mission:minusma", Depth: 2, MaxNodes: 30})
		if err != nil {
			t.Fatal(err)
		}
		if len(net.Nodes) != 30 || len(net.Edges) != 37 || !net.Truncated || net.Omitted != 72 || net.OmittedEdges != 108 {
			t.Errorf("depth 2: %d nodes, %d edges, truncated %v, omitted %d and %d; want 30, 37, true, 72, 108",
				len(net.Nodes), len(net.Edges), net.Truncated, net.Omitted, net.OmittedEdges)
		}
	})
}

func codes(fs []concord.FunctionCode) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f))
	}
	return out
}
