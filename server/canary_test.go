package server_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph"
	"github.com/concord-peace/concord/resolvers"
)

// Roles of the canary walk: organisation A is the EU, organisation B the OSCE, the donor is
// Germany.
var (
	anonymous = concord.Principal{}
	donor     = concord.Principal{Subject: "acct-donor", Org: "deu", Roles: []concord.AccountRole{concord.AccountDonor}}
	officerA  = concord.Principal{Subject: "acct-officer-eu", Org: "eu", Roles: []concord.AccountRole{concord.AccountOfficer}}
	officerB  = concord.Principal{Subject: "acct-officer-osce", Org: "osce", Roles: []concord.AccountRole{concord.AccountOfficer}}
)

// canaries are unique markers in testdata/canaries.json and who is entitled to see each.
var canaries = []struct {
	marker   string
	entitled []string
}{
	{"CANARY-EU-MISSION", []string{"admin", "officerA"}},
	{"CANARY-EU-MANDATE", []string{"admin", "officerA"}},
	{"CANARY-OSCE-ACTIVITY", []string{"admin", "officerB"}},
	{"CANARY-OSCE-LESSON", []string{"admin", "officerB"}},
	{"777777", []string{"admin", "officerB"}},                      // funding of a confidential activity
	{"424242", []string{"admin", "officerA", "officerB", "donor"}}, // funded by the donor's organisation
	{"313131", []string{"admin", "officerA", "officerB"}},          // funded by someone else: not the donor's business
}

// lookups give the arguments of Query fields that need some; every field with a required
// argument must be here, so a new one cannot escape the walk.
var lookups = map[string][]string{
	"node":         {`id: "eu/canary-mission"`, `id: "eu/canary-mandate"`, `id: "osce/CANARY-ACT"`, `id: "osce/canary-lesson"`},
	"actor":        {`id: "deu"`, `id: "osce"`, `id: "eu"`},
	"mission":      {`id: "eu/canary-mission"`, `id: "unmik"`},
	"mandate":      {`id: "eu/canary-mandate"`},
	"activity":     {`id: "osce/CANARY-ACT"`, `id: "PUBLIC-ACT-DEU"`, `id: "PUBLIC-ACT-OTHER"`},
	"cluster":      {`id: "western-balkans"`},
	"lesson":       {`id: "osce/canary-lesson"`},
	"function":     {`code: JUSTICE`},
	"country":      {`code: "XKX"`},
	"region":       {`code: "039"`},
	"engagements":  {`country: "XKX", first: 100`},
	"whoWhatWhere": {`country: "XKX"`, `country: "XKX", includeUndated: true, at: "2010-06-01"`},
	"coverage":     {`country: "XKX"`},
	"leadProblems": {`at: "2010-06-01"`},
	// Fragmentation shows funding shares by design, to donors too; asked on a function none of
	// the canaries work on, it walks the query without them.
	"fragmentation": {`country: "XKX", function: MEDIATION, year: 2010`},
	"network":       {`focus: "country:XKX", depth: 2`, `focus: "mission:eu/canary-mission"`},
	"searchLessons": {`query: "CANARY"`},
	// A funder's totals: the canary amounts are the only funding of their activities, so a total
	// that counted one would show it.
	"fundingTotals": {`funder: "deu"`, `funder: "un-test-donor"`, `funder: "deu", country: "XKX", year: 2010`},
	"gapFillers":    {`country: "XKX", at: "2010-06-01"`, `country: "XKX", at: "2010-06-01", function: JUSTICE`},
	// The canary mandate has no expiry; the window covers the seed fixture's and any other.
	"capacity":        {`country: "XKX"`, `country: "XKX", at: "2010-06-01"`},
	"mandateRenewals": {`from: "1990-01-01", to: "1994-12-31"`, `from: "2009-01-01", to: "2013-12-31", country: "XKX"`},
	// The canary mission and activity leaving, and UNMIK leaving while they stay: neither side
	// may show a confidential record to those not entitled.
	"withdrawalImpact": {`mission: "eu/canary-mission", at: "2010-06-01"`, `actor: "osce", at: "2010-06-01"`,
		`actor: "un", country: "XKX", at: "2010-06-01"`, `mission: "unmik", at: "2010-06-01"`},
}

// TestCanaryWalk runs every Query field of the schema, with selections generated from the
// schema three levels deep, as anonymous, donor, officer of A, officer of B and admin, and
// checks that each confidential marker reaches exactly those entitled to it.
func TestCanaryWalk(t *testing.T) {
	a := newAPIUnpriced(t)
	a.load(fixture)
	a.load("testdata/canaries.json")
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()

	var operations []string
	for _, f := range schema.Query.Fields {
		if strings.HasPrefix(f.Name, "__") {
			continue
		}
		args := lookups[f.Name]
		if args == nil {
			for _, arg := range f.Arguments {
				if arg.Type.NonNull && arg.DefaultValue == nil {
					t.Fatalf("Query.%s needs arguments: add it to lookups", f.Name)
				}
			}
			args = []string{""}
			if f.Arguments.ForName("first") != nil {
				args = []string{"first: 100"}
			}
		}
		for _, arg := range args {
			call := f.Name
			if arg != "" {
				call += "(" + arg + ")"
			}
			operations = append(operations, "{ "+call+selection(schema, f.Type, 3)+" }")
		}
	}

	roles := map[string]concord.Principal{"anonymous": anonymous, "donor": donor, "officerA": officerA, "officerB": officerB, "admin": admin}
	seen := map[string]string{}
	for name, p := range roles {
		a.as(p)
		var all strings.Builder
		for _, op := range operations {
			resp := a.do(op, nil)
			fmt.Fprintf(&all, "%s %+v\n", resp.Data, resp.Errors)
			for _, e := range resp.Errors {
				// A record one may not see is NOT_FOUND, like a record that does not exist.
				if c := code(e); c != "FORBIDDEN" && c != "UNAUTHENTICATED" && c != "NOT_FOUND" {
					t.Errorf("%s: %s: unexpected error %+v", name, op, e)
				}
			}
		}
		seen[name] = all.String()
	}
	for _, c := range canaries {
		for name := range roles {
			got := strings.Contains(seen[name], c.marker)
			if want := slices.Contains(c.entitled, name); got != want {
				t.Errorf("%s sees %s: %v, want %v", name, c.marker, got, want)
			}
		}
	}

	t.Run("CountsLeaveOutWhatOneMayNotSee", func(t *testing.T) {
		for _, tt := range []struct {
			p    concord.Principal
			want string
		}{
			{anonymous, `"missions":{"totalCount":5}`}, {donor, `"missions":{"totalCount":5}`},
			{officerA, `"missions":{"totalCount":6}`}, {officerB, `"missions":{"totalCount":5}`}, {admin, `"missions":{"totalCount":6}`},
		} {
			resp := a.as(tt.p).do(`{ missions(first: 0) { totalCount } }`, nil)
			if !strings.Contains(string(resp.Data), tt.want) {
				t.Errorf("%+v: %s, want %s", tt.p, resp.Data, tt.want)
			}
		}
	})
	t.Run("ForbiddenLooksMissing", func(t *testing.T) {
		hidden := a.as(officerB).do(`{ mission(id: "eu/canary-mission") { id } }`, nil)
		missing := a.as(officerB).do(`{ mission(id: "no-such-mission") { id } }`, nil)
		if string(hidden.Data) != string(missing.Data) || len(hidden.Errors) != len(missing.Errors) {
			t.Errorf("a hidden record answers %s %+v, a missing one %s %+v", hidden.Data, hidden.Errors, missing.Data, missing.Errors)
		}
		upd := a.as(officerB).do(`mutation { updateMission(id: "eu/canary-mission", version: 1, input: {name: "x"}) { id } }`, nil)
		updMissing := a.as(officerB).do(`mutation { updateMission(id: "no-such-mission", version: 1, input: {name: "x"}) { id } }`, nil)
		if len(upd.Errors) == 0 || code(upd.Errors[0]) != "NOT_FOUND" || len(updMissing.Errors) == 0 ||
			strings.ReplaceAll(upd.Errors[0].Message, "eu/canary-mission", "X") != strings.ReplaceAll(updMissing.Errors[0].Message, "no-such-mission", "X") {
			t.Errorf("update of a hidden record: %+v; of a missing one: %+v", upd.Errors, updMissing.Errors)
		}
	})
	// Creating a record with the id of one you may not see answers as for a missing id, for
	// every kind that can be confidential: its id is under its owner's namespace, refused to
	// others before anything is looked up. Both answers must also leave the graph unchanged.
	t.Run("CreateWithAHiddenIDLooksMissing", func(t *testing.T) {
		before := snapshotLen(t, a)
		for _, c := range []struct {
			who                       concord.Principal
			mutation, hidden, missing string
		}{
			{officerB, `createMission(input: {id: "%s", name: "X", model: MONITORING, lead: "osce"}) { id }`, "eu/canary-mission", "eu/no-such-mission"},
			{officerB, `createMandate(input: {id: "%s", reference: "X", body: "osce", functions: []}) { id }`, "eu/canary-mandate", "eu/no-such-mandate"},
			{officerA, `createActivity(input: {id: "%s", title: "X", countries: ["XKX"], functions: []}) { id }`, "osce/CANARY-ACT", "osce/NO-SUCH-ACT"},
			{officerA, `createLesson(input: {id: "%s", title: "X", text: "X"}) { id }`, "osce/canary-lesson", "osce/no-such-lesson"},
		} {
			hidden := a.as(c.who).do("mutation { "+fmt.Sprintf(c.mutation, c.hidden)+" }", nil)
			missing := a.as(c.who).do("mutation { "+fmt.Sprintf(c.mutation, c.missing)+" }", nil)
			if len(hidden.Errors) != 1 || len(missing.Errors) != 1 || code(hidden.Errors[0]) != code(missing.Errors[0]) ||
				hidden.Errors[0].Message != missing.Errors[0].Message || string(hidden.Data) != string(missing.Data) {
				t.Errorf("create with %s: %s %+v; with %s: %s %+v", c.hidden, hidden.Data, hidden.Errors, c.missing, missing.Data, missing.Errors)
			}
		}
		a.as(admin)
		if after := snapshotLen(t, a); after != before {
			t.Errorf("refused creates changed the graph: %d → %d lines", before, after)
		}
	})
	a.as(admin)
}

// selection generates a selection set for a type: every field without required arguments,
// objects followed depth levels down, each member of a union or interface spelled out.
func selection(schema *ast.Schema, typ *ast.Type, depth int) string {
	def := schema.Types[typ.Name()]
	if def == nil || def.Kind == ast.Scalar || def.Kind == ast.Enum {
		return ""
	}
	if depth == 0 {
		return " { __typename }"
	}
	var parts []string
	if def.Kind == ast.Union || def.Kind == ast.Interface {
		var names []string
		for _, p := range schema.GetPossibleTypes(def) {
			names = append(names, p.Name)
		}
		sort.Strings(names)
		for _, n := range names {
			parts = append(parts, "... on "+n+selection(schema, ast.NamedType(n, nil), depth))
		}
		return " { __typename " + strings.Join(parts, " ") + " }"
	}
	for _, f := range def.Fields {
		if strings.HasPrefix(f.Name, "__") || requiresArgs(f) {
			continue
		}
		parts = append(parts, f.Name+selection(schema, f.Type, depth-1))
	}
	return " { " + strings.Join(parts, " ") + " }"
}

func requiresArgs(f *ast.FieldDefinition) bool {
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			return true
		}
	}
	return false
}
