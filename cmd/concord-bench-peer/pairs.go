package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord"
)

// The seed facts the pairs ask about: Kosovo has six missions, three of whose mandates task
// justice, one with a contributor; UNMIK has a mandate with five functions.
const (
	benchCountry  = "XKX"
	benchMission  = "unmik"
	benchFunction = concord.Justice
	actorsPage    = 50
)

// pair is one question asked three ways: to Concord, to the peer, and as one hand-written
// Cypher statement through the Go driver. Each answer is turned into the same normalised
// value (sorted lists, the same field names) so that the three can be compared before any
// load is sent: a benchmark of servers that answer differently would measure nothing.
type pair struct {
	name    string
	about   string // the facts compared, for the report
	concord string // GraphQL sent to Concord
	peer    string // GraphQL sent to the peer
	cypher  string // the direct statement
	params  map[string]any
	// fromConcord, fromPeer and fromDirect normalise each side's answer.
	fromConcord func(data json.RawMessage) (any, error)
	fromPeer    func(data json.RawMessage) (any, error)
	fromDirect  func(records []*neo4j.Record) (any, error)
}

// visible is the predicate Concord applies to every confidential-capable record for an
// anonymous reader; the direct statements apply it too, so that they fetch what Concord must
// fetch. The seed has no confidential record, so the peer, which has no such notion, sees the
// same facts.
func visible(v string) string { return "coalesce(" + v + ".confidential, false) = false" }

// justiceCodes are the function codes that count as working on JUSTICE by Concord's rule
// (concord.FunctionCode.Related): JUSTICE, its sub-functions and its parents, since a mandate
// for RULE_OF_LAW works on justice too.
func justiceCodes() []string {
	var out []string
	for _, c := range benchFunction.Related() {
		out = append(out, string(c))
	}
	return out
}

func pairs() []pair {
	codes := justiceCodes()
	return []pair{
		{
			name:  "mission",
			about: "mission " + benchMission + ": name, model, dates, lead, deployments (country, from, to), mandates (reference, adopted, issuing body, functions)",
			concord: `{ mission(id: "` + benchMission + `") { id name acronym model start end lead { id name }
  deployments { country { code name } from to }
  mandates { id reference adopted body { id } functions { code } } } }`,
			peer: `{ missions(where: {id: {eq: "` + benchMission + `"}}) { id name acronym model start end lead { id name }
  countriesConnection { edges { properties { from to } node { code name } } }
  mandates { id reference adopted body { id } functions { code } } } }`,
			cypher: `MATCH (m:Mission {id: $id}) WHERE ` + visible("m") + `
RETURN m {.id, .name, .acronym, .model, start: toString(m.start), end: toString(m.end),
  lead: head([(a:Actor)-[:LEADS]->(m) | a {.id, .name}]),
  deployments: [(m)-[d:DEPLOYED_IN]->(c:Country) | {country: c.code, countryName: c.name, from: toString(d.from), to: toString(d.to)}],
  mandates: [(md:Mandate)-[:AUTHORIZES]->(m) WHERE ` + visible("md") + ` | md {.id, .reference, adopted: toString(md.adopted),
    body: head([(b:Actor)-[:ISSUED]->(md) | b.id]), functions: [(md)-[:TASKS]->(f:Function) | f.code]}]} AS fact`,
			params:      map[string]any{"id": benchMission},
			fromConcord: missionFromConcord,
			fromPeer:    missionFromPeer,
			fromDirect:  direct[missionFact],
		},
		{
			name:  "country-missions",
			about: "missions deployed in " + benchCountry + ": lead, contributors (role, personnel), functions (the union of their mandates')",
			concord: `{ country(code: "` + benchCountry + `") { missions { id name lead { id name }
  contributors { actor { id name } role personnel } functions { code } } } }`,
			peer: `{ missions(where: {countries: {some: {code: {eq: "` + benchCountry + `"}}}}) { id name lead { id name }
  contributorsConnection { edges { properties { role personnel } node { id name } } }
  mandates { functions { code } } } }`,
			cypher: `MATCH (:Country {code: $country})<-[:DEPLOYED_IN]-(m:Mission) WHERE ` + visible("m") + `
RETURN m {.id, .name, lead: head([(a:Actor)-[:LEADS]->(m) | a {.id, .name}]),
  contributors: [(a:Actor)-[r:CONTRIBUTES]->(m) | {actor: a.id, name: a.name, role: r.role, personnel: r.personnel}],
  functions: [(m)<-[:AUTHORIZES]-(md:Mandate)-[:TASKS]->(f:Function) WHERE ` + visible("md") + ` | f.code]} AS fact`,
			params:      map[string]any{"country": benchCountry},
			fromConcord: countryMissionsFromConcord,
			fromPeer:    countryMissionsFromPeer,
			fromDirect:  directList[countryMission],
		},
		{
			// Concord refuses queries nested deeper than 7 fields, so the missions an actor
			// contributes to are asked without their countries (on every side).
			name:  "actors-missions",
			about: fmt.Sprintf("the first %d actors by id: the missions each leads with their countries, the missions each contributes to with its role", actorsPage),
			concord: fmt.Sprintf(`{ actors(first: %d) { edges { node { id name
  missionsLed { id deployments { country { code } } } contributions { role mission { id } } } } } }`, actorsPage),
			peer: fmt.Sprintf(`{ actors(limit: %d, sort: [{id: ASC}]) { id name
  missionsLed { id countries { code } } contributesToConnection { edges { properties { role } node { id } } } } }`, actorsPage),
			cypher: `MATCH (a:Actor) WITH a ORDER BY a.id LIMIT $first
RETURN a {.id, .name,
  led: [(a)-[:LEADS]->(m:Mission) WHERE ` + visible("m") + ` | {id: m.id, countries: [(m)-[:DEPLOYED_IN]->(c:Country) | c.code]}],
  contributions: [(a)-[r:CONTRIBUTES]->(m:Mission) WHERE ` + visible("m") + ` | {mission: m.id, role: r.role}]} AS fact`,
			params:      map[string]any{"first": actorsPage},
			fromConcord: actorsFromConcord,
			fromPeer:    actorsFromPeer,
			fromDirect:  directList[actorMissions],
		},
		{
			name:  "justice-engagements",
			about: "who works on " + string(benchFunction) + " in " + benchCountry + ": (actor, role, mission or activity) for missions deployed there whose mandates task " + strings.Join(codes, " or ") + " (leads, contributors) and activities there addressing them (implementers, funders)",
			concord: `{ engagements(country: "` + benchCountry + `", function: ` + string(benchFunction) + `, first: 100) { edges { node {
  role actor { id } subject { __typename ... on Mission { id } ... on Activity { id } } } } } }`,
			peer: `{ missions(where: {countries: {some: {code: {eq: "` + benchCountry + `"}}},
    mandates: {some: {functions: {some: {code: {in: [` + strings.Join(codes, ", ") + `]}}}}}}) {
    id lead { id } contributors { id } }
  activities(where: {countries: {some: {code: {eq: "` + benchCountry + `"}}},
    functions: {some: {code: {in: [` + strings.Join(codes, ", ") + `]}}}}) {
    id implementers { id } funders { id } } }`,
			cypher: `CALL () {
  MATCH (:Country {code: $country})<-[:DEPLOYED_IN]-(m:Mission)
  WHERE ` + visible("m") + ` AND EXISTS { (m)<-[:AUTHORIZES]-(md:Mandate)-[:TASKS]->(f:Function) WHERE ` + visible("md") + ` AND f.code IN $codes }
  MATCH (a:Actor)-[r:LEADS|CONTRIBUTES]->(m)
  RETURN a.id AS actor, CASE type(r) WHEN 'LEADS' THEN 'LEAD' ELSE 'CONTRIBUTOR' END AS role, 'Mission' AS kind, m.id AS subject
  UNION
  MATCH (:Country {code: $country})<-[:IN]-(x:Activity)
  WHERE ` + visible("x") + ` AND EXISTS { (x)-[:ADDRESSES]->(f:Function) WHERE f.code IN $codes }
  MATCH (a:Actor)-[r:IMPLEMENTS|FUNDS]->(x)
  RETURN a.id AS actor, CASE type(r) WHEN 'IMPLEMENTS' THEN 'IMPLEMENTER' ELSE 'FUNDER' END AS role, 'Activity' AS kind, x.id AS subject
}
RETURN {actor: actor, role: role, kind: kind, subject: subject} AS fact`,
			params:      map[string]any{"country": benchCountry, "codes": codes},
			fromConcord: engagementsFromConcord,
			fromPeer:    engagementsFromPeer,
			fromDirect:  directList[engagement],
		},
	}
}

// Normalised facts. Nullable values are pointers so that null stays null on every side; every
// list is sorted, and lists of codes are also made distinct.

type actorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type deploymentFact struct {
	Country     string  `json:"country"`
	CountryName string  `json:"countryName"`
	From        *string `json:"from"`
	To          *string `json:"to"`
}

type mandateFact struct {
	ID        string   `json:"id"`
	Reference string   `json:"reference"`
	Adopted   *string  `json:"adopted"`
	Body      *string  `json:"body"`
	Functions []string `json:"functions"`
}

// missionFact is pair 1: a mission with its deployments, mandates and lead.
type missionFact struct {
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Acronym     *string          `json:"acronym"`
	Model       string           `json:"model"`
	Start       *string          `json:"start"`
	End         *string          `json:"end"`
	Lead        *actorRef        `json:"lead"`
	Deployments []deploymentFact `json:"deployments"`
	Mandates    []mandateFact    `json:"mandates"`
}

func (m missionFact) normalise() missionFact {
	m.Deployments = sorted(m.Deployments, func(d deploymentFact) string { return d.Country + " " + deref(d.From) })
	for i := range m.Mandates {
		m.Mandates[i].Functions = distinct(m.Mandates[i].Functions)
	}
	m.Mandates = sorted(m.Mandates, func(md mandateFact) string { return md.ID })
	return m
}

type contributionFact struct {
	Actor     string  `json:"actor"`
	Name      string  `json:"name"`
	Role      *string `json:"role"`
	Personnel *int    `json:"personnel"`
}

// countryMission is pair 2: a mission deployed in the country with its lead, contributors and
// functions (the union of its mandates' functions).
type countryMission struct {
	ID           string             `json:"id"`
	Name         string             `json:"name"`
	Lead         *actorRef          `json:"lead"`
	Contributors []contributionFact `json:"contributors"`
	Functions    []string           `json:"functions"`
}

func (m countryMission) normalise() countryMission {
	m.Contributors = sorted(m.Contributors, func(c contributionFact) string { return c.Actor + " " + deref(c.Role) })
	m.Functions = distinct(m.Functions)
	return m
}

func (m countryMission) key() string { return m.ID }

type ledMission struct {
	ID        string   `json:"id"`
	Countries []string `json:"countries"`
}

type contributionRef struct {
	Mission string  `json:"mission"`
	Role    *string `json:"role"`
}

// actorMissions is pair 3: an actor with the missions it leads and their countries, and the
// missions it contributes to with its role.
type actorMissions struct {
	ID            string            `json:"id"`
	Name          string            `json:"name"`
	Led           []ledMission      `json:"led"`
	Contributions []contributionRef `json:"contributions"`
}

func (a actorMissions) normalise() actorMissions {
	for i := range a.Led {
		a.Led[i].Countries = distinct(a.Led[i].Countries)
	}
	a.Led = sorted(a.Led, func(m ledMission) string { return m.ID })
	a.Contributions = sorted(a.Contributions, func(c contributionRef) string { return c.Mission + " " + deref(c.Role) })
	return a
}

func (a actorMissions) key() string { return a.ID }

// engagement is pair 4: one actor working, in one role, through one mission or activity.
type engagement struct {
	Actor   string `json:"actor"`
	Role    string `json:"role"`
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
}

func (e engagement) normalise() engagement { return e }

func (e engagement) key() string { return e.Actor + " " + e.Role + " " + e.Kind + " " + e.Subject }

// Concord's answers.

func missionFromConcord(data json.RawMessage) (any, error) {
	var out struct {
		Mission *struct {
			ID      string  `json:"id"`
			Name    string  `json:"name"`
			Acronym *string `json:"acronym"`
			Model   string  `json:"model"`
			Start   *string `json:"start"`
			End     *string `json:"end"`
			Lead    *actorRef
			// Deployments and Mandates are in Concord's shape.
			Deployments []struct {
				Country  namedCode `json:"country"`
				From, To *string
			} `json:"deployments"`
			Mandates []struct {
				ID        string       `json:"id"`
				Reference string       `json:"reference"`
				Adopted   *string      `json:"adopted"`
				Body      *actorRef    `json:"body"`
				Functions []codeObject `json:"functions"`
			} `json:"mandates"`
		} `json:"mission"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode Concord's mission: %w", err)
	}
	if out.Mission == nil {
		return nil, fmt.Errorf("concord has no mission %q", benchMission)
	}
	m := out.Mission
	fact := missionFact{ID: m.ID, Name: m.Name, Acronym: m.Acronym, Model: m.Model, Start: m.Start, End: m.End, Lead: m.Lead}
	for _, d := range m.Deployments {
		fact.Deployments = append(fact.Deployments, deploymentFact{Country: d.Country.Code, CountryName: d.Country.Name, From: d.From, To: d.To})
	}
	for _, md := range m.Mandates {
		fact.Mandates = append(fact.Mandates, mandateFact{ID: md.ID, Reference: md.Reference, Adopted: md.Adopted,
			Body: refID(md.Body), Functions: codesOf(md.Functions)})
	}
	return fact.normalise(), nil
}

func countryMissionsFromConcord(data json.RawMessage) (any, error) {
	var out struct {
		Country *struct {
			Missions []struct {
				ID           string    `json:"id"`
				Name         string    `json:"name"`
				Lead         *actorRef `json:"lead"`
				Contributors []struct {
					Actor     actorRef `json:"actor"`
					Role      *string  `json:"role"`
					Personnel *int     `json:"personnel"`
				} `json:"contributors"`
				Functions []codeObject `json:"functions"`
			} `json:"missions"`
		} `json:"country"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode Concord's country missions: %w", err)
	}
	if out.Country == nil {
		return nil, fmt.Errorf("concord has no country %q", benchCountry)
	}
	var facts []countryMission
	for _, m := range out.Country.Missions {
		fact := countryMission{ID: m.ID, Name: m.Name, Lead: m.Lead, Functions: codesOf(m.Functions)}
		for _, c := range m.Contributors {
			fact.Contributors = append(fact.Contributors, contributionFact{Actor: c.Actor.ID, Name: c.Actor.Name, Role: c.Role, Personnel: c.Personnel})
		}
		facts = append(facts, fact)
	}
	return normaliseList(facts), nil
}

func actorsFromConcord(data json.RawMessage) (any, error) {
	var out struct {
		Actors struct {
			Edges []struct {
				Node struct {
					ID          string `json:"id"`
					Name        string `json:"name"`
					MissionsLed []struct {
						ID          string `json:"id"`
						Deployments []struct {
							Country namedCode `json:"country"`
						} `json:"deployments"`
					} `json:"missionsLed"`
					Contributions []struct {
						Role    *string `json:"role"`
						Mission struct {
							ID string `json:"id"`
						} `json:"mission"`
					} `json:"contributions"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"actors"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode Concord's actors: %w", err)
	}
	var facts []actorMissions
	for _, e := range out.Actors.Edges {
		a := e.Node
		fact := actorMissions{ID: a.ID, Name: a.Name}
		for _, m := range a.MissionsLed {
			led := ledMission{ID: m.ID}
			for _, d := range m.Deployments {
				led.Countries = append(led.Countries, d.Country.Code)
			}
			fact.Led = append(fact.Led, led)
		}
		for _, c := range a.Contributions {
			fact.Contributions = append(fact.Contributions, contributionRef{Mission: c.Mission.ID, Role: c.Role})
		}
		facts = append(facts, fact)
	}
	return normaliseList(facts), nil
}

func engagementsFromConcord(data json.RawMessage) (any, error) {
	var out struct {
		Engagements struct {
			Edges []struct {
				Node struct {
					Role    string `json:"role"`
					Actor   struct{ ID string }
					Subject struct {
						Typename string `json:"__typename"`
						ID       string `json:"id"`
					} `json:"subject"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"engagements"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode Concord's engagements: %w", err)
	}
	var facts []engagement
	for _, e := range out.Engagements.Edges {
		n := e.Node
		facts = append(facts, engagement{Actor: n.Actor.ID, Role: n.Role, Kind: n.Subject.Typename, Subject: n.Subject.ID})
	}
	return normaliseList(facts), nil
}

// The peer's answers.

func missionFromPeer(data json.RawMessage) (any, error) {
	var out struct {
		Missions []struct {
			ID                  string    `json:"id"`
			Name                string    `json:"name"`
			Acronym             *string   `json:"acronym"`
			Model               string    `json:"model"`
			Start               *string   `json:"start"`
			End                 *string   `json:"end"`
			Lead                *actorRef `json:"lead"`
			CountriesConnection struct {
				Edges []struct {
					Properties struct{ From, To *string } `json:"properties"`
					Node       namedCode                  `json:"node"`
				} `json:"edges"`
			} `json:"countriesConnection"`
			Mandates []struct {
				ID        string       `json:"id"`
				Reference string       `json:"reference"`
				Adopted   *string      `json:"adopted"`
				Body      *actorRef    `json:"body"`
				Functions []codeObject `json:"functions"`
			} `json:"mandates"`
		} `json:"missions"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode the peer's mission: %w", err)
	}
	if len(out.Missions) != 1 {
		return nil, fmt.Errorf("the peer has %d missions with id %q, want 1", len(out.Missions), benchMission)
	}
	m := out.Missions[0]
	fact := missionFact{ID: m.ID, Name: m.Name, Acronym: m.Acronym, Model: m.Model, Start: m.Start, End: m.End, Lead: m.Lead}
	for _, e := range m.CountriesConnection.Edges {
		fact.Deployments = append(fact.Deployments, deploymentFact{Country: e.Node.Code, CountryName: e.Node.Name,
			From: e.Properties.From, To: e.Properties.To})
	}
	for _, md := range m.Mandates {
		fact.Mandates = append(fact.Mandates, mandateFact{ID: md.ID, Reference: md.Reference, Adopted: md.Adopted,
			Body: refID(md.Body), Functions: codesOf(md.Functions)})
	}
	return fact.normalise(), nil
}

func countryMissionsFromPeer(data json.RawMessage) (any, error) {
	var out struct {
		Missions []struct {
			ID                     string    `json:"id"`
			Name                   string    `json:"name"`
			Lead                   *actorRef `json:"lead"`
			ContributorsConnection struct {
				Edges []struct {
					Properties struct {
						Role      *string `json:"role"`
						Personnel *int    `json:"personnel"`
					} `json:"properties"`
					Node actorRef `json:"node"`
				} `json:"edges"`
			} `json:"contributorsConnection"`
			Mandates []struct {
				Functions []codeObject `json:"functions"`
			} `json:"mandates"`
		} `json:"missions"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode the peer's country missions: %w", err)
	}
	var facts []countryMission
	for _, m := range out.Missions {
		fact := countryMission{ID: m.ID, Name: m.Name, Lead: m.Lead}
		for _, e := range m.ContributorsConnection.Edges {
			fact.Contributors = append(fact.Contributors, contributionFact{Actor: e.Node.ID, Name: e.Node.Name,
				Role: e.Properties.Role, Personnel: e.Properties.Personnel})
		}
		for _, md := range m.Mandates {
			fact.Functions = append(fact.Functions, codesOf(md.Functions)...)
		}
		facts = append(facts, fact)
	}
	return normaliseList(facts), nil
}

func actorsFromPeer(data json.RawMessage) (any, error) {
	var out struct {
		Actors []struct {
			ID          string `json:"id"`
			Name        string `json:"name"`
			MissionsLed []struct {
				ID        string      `json:"id"`
				Countries []namedCode `json:"countries"`
			} `json:"missionsLed"`
			ContributesToConnection struct {
				Edges []struct {
					Properties struct {
						Role *string `json:"role"`
					} `json:"properties"`
					Node struct {
						ID string `json:"id"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"contributesToConnection"`
		} `json:"actors"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode the peer's actors: %w", err)
	}
	var facts []actorMissions
	for _, a := range out.Actors {
		fact := actorMissions{ID: a.ID, Name: a.Name}
		for _, m := range a.MissionsLed {
			led := ledMission{ID: m.ID}
			for _, c := range m.Countries {
				led.Countries = append(led.Countries, c.Code)
			}
			fact.Led = append(fact.Led, led)
		}
		for _, e := range a.ContributesToConnection.Edges {
			fact.Contributions = append(fact.Contributions, contributionRef{Mission: e.Node.ID, Role: e.Properties.Role})
		}
		facts = append(facts, fact)
	}
	return normaliseList(facts), nil
}

func engagementsFromPeer(data json.RawMessage) (any, error) {
	type idOnly struct {
		ID string `json:"id"`
	}
	var out struct {
		Missions []struct {
			ID           string   `json:"id"`
			Lead         *idOnly  `json:"lead"`
			Contributors []idOnly `json:"contributors"`
		} `json:"missions"`
		Activities []struct {
			ID           string   `json:"id"`
			Implementers []idOnly `json:"implementers"`
			Funders      []idOnly `json:"funders"`
		} `json:"activities"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode the peer's engagements: %w", err)
	}
	var facts []engagement
	for _, m := range out.Missions {
		if m.Lead != nil {
			facts = append(facts, engagement{Actor: m.Lead.ID, Role: "LEAD", Kind: "Mission", Subject: m.ID})
		}
		for _, c := range m.Contributors {
			facts = append(facts, engagement{Actor: c.ID, Role: "CONTRIBUTOR", Kind: "Mission", Subject: m.ID})
		}
	}
	for _, a := range out.Activities {
		for _, i := range a.Implementers {
			facts = append(facts, engagement{Actor: i.ID, Role: "IMPLEMENTER", Kind: "Activity", Subject: a.ID})
		}
		for _, f := range a.Funders {
			facts = append(facts, engagement{Actor: f.ID, Role: "FUNDER", Kind: "Activity", Subject: a.ID})
		}
	}
	return normaliseList(facts), nil
}

// The direct statements return one column, fact, already in the normalised shape.

// direct decodes the single row of a statement that returns one fact.
func direct[T interface{ normalise() T }](records []*neo4j.Record) (any, error) {
	if len(records) != 1 {
		return nil, fmt.Errorf("the direct statement returned %d rows, want 1", len(records))
	}
	var fact T
	if err := factOf(records[0], &fact); err != nil {
		return nil, err
	}
	return fact.normalise(), nil
}

// directList decodes every row of a statement that returns one fact a row.
func directList[T interface {
	normalise() T
	key() string
}](records []*neo4j.Record) (any, error) {
	facts := make([]T, 0, len(records))
	for _, r := range records {
		var fact T
		if err := factOf(r, &fact); err != nil {
			return nil, err
		}
		facts = append(facts, fact)
	}
	return normaliseList(facts), nil
}

// factOf decodes a record's fact column into v through JSON: the driver gives maps, lists,
// strings, int64 and nil, which is what JSON carries.
func factOf(r *neo4j.Record, v any) error {
	raw, ok := r.Get("fact")
	if !ok {
		return fmt.Errorf("the direct statement returned no fact column")
	}
	data, err := json.Marshal(raw)
	if err != nil {
		return fmt.Errorf("encode a direct row: %w", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode a direct row: %w", err)
	}
	return nil
}

// Helpers.

type codeObject struct {
	Code string `json:"code"`
}

// namedCode is a country as the answers give it.
type namedCode struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func codesOf(objs []codeObject) []string {
	out := make([]string, 0, len(objs))
	for _, o := range objs {
		out = append(out, o.Code)
	}
	return out
}

func refID(a *actorRef) *string {
	if a == nil {
		return nil
	}
	return &a.ID
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// distinct sorts codes and drops repeats; never nil, so that an empty list is [] on every side.
func distinct(codes []string) []string {
	out := slices.Clone(codes)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// sorted orders a list by a key; never nil.
func sorted[T any](list []T, key func(T) string) []T {
	out := slices.Clone(list)
	if out == nil {
		out = []T{}
	}
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

// normaliseList normalises each fact, sorts them by key and drops exact repeats (the same
// fact reached twice, such as a mission with two deployments in the country).
func normaliseList[T interface {
	normalise() T
	key() string
}](facts []T) []T {
	out := make([]T, 0, len(facts))
	for _, f := range facts {
		out = append(out, f.normalise())
	}
	out = sorted(out, T.key)
	return slices.CompactFunc(out, func(a, b T) bool {
		x, _ := json.Marshal(a)
		y, _ := json.Marshal(b)
		return string(x) == string(y)
	})
}
