package neo4jstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestFundingTotals: a funder's funding added up per currency (EUR never added to GBP), by
// year, country, function and country × function, with the filters, the year rule and the
// amounts each caller may read.
func TestFundingTotals(t *testing.T) {
	s := neo4jtest.Open(t)
	importFixture(t, s) // TEST-XKX-0001: deu 1,000,000 EUR 2009 and 500,000 EUR 2010, Kosovo, justice, 2009–2011.
	period := func(from, to int) concord.Period {
		return concord.Period{From: concord.NewDate(from, 1, 1), To: concord.NewDate(to, 12, 31)}
	}
	fund := func(actor string, amount float64, currency string, year int) concord.Funding {
		return concord.Funding{Funder: actor, Amount: amount, Currency: currency, Year: year}
	}
	for _, a := range []concord.Activity{
		{ID: "A1", Countries: []string{"XKX"}, Functions: []concord.FunctionCode{concord.Justice}, Period: period(2019, 2021),
			Funders: []concord.Funding{fund("deu", 100, "EUR", 2020), fund("deu", 50, "GBP", 2020), fund("eu", 70, "EUR", 2020)}},
		{ID: "A2", Countries: []string{"XKX", "ALB"}, Functions: []concord.FunctionCode{concord.Police, concord.Justice}, Period: period(2020, 2022),
			Funders: []concord.Funding{fund("deu", 200, "EUR", 2021), fund("deu", 30, "EUR", 0)}},
		// Regional: no country. Its amount is not recorded.
		{ID: "A3", Functions: []concord.FunctionCode{concord.HumanRights}, Period: period(2020, 2020), Funders: []concord.Funding{fund("deu", 0, "", 2020)}},
		// The EU's confidential record: only it and administrators see it.
		{ID: "eu/A4", Countries: []string{"XKX"}, Functions: []concord.FunctionCode{concord.Justice}, Period: period(2020, 2020), Owner: "eu", Confidential: true,
			Funders: []concord.Funding{fund("deu", 999, "EUR", 2020), fund("eu", 1, "EUR", 2020)}},
		// The EU's alone.
		{ID: "A5", Countries: []string{"XKX"}, Functions: []concord.FunctionCode{concord.Justice}, Period: period(2020, 2020), Funders: []concord.Funding{fund("eu", 5, "EUR", 2020)}},
	} {
		a.Title = a.ID
		if _, err := s.CreateActivity(sys, a); err != nil {
			t.Fatalf("create %s: %v", a.ID, err)
		}
	}
	deuDonor := concord.NewContext(sys, concord.Principal{Subject: "d", Org: "deu", Roles: []concord.AccountRole{concord.AccountDonor}})
	euDonor := concord.NewContext(sys, concord.Principal{Subject: "e", Org: "eu", Roles: []concord.AccountRole{concord.AccountDonor}})
	officer := concord.NewContext(sys, concord.Principal{Subject: "o", Org: "un", Roles: []concord.AccountRole{concord.AccountOfficer}})
	anonymous := concord.NewContext(sys, concord.Principal{})

	money := func(ms []concord.Money) string {
		var out []string
		for _, m := range ms {
			out = append(out, fmt.Sprintf("%g %s", m.Amount, m.Currency))
		}
		return strings.Join(out, " + ")
	}
	buckets := func(bs []concord.FundingBucket) string {
		var out []string
		for _, b := range bs {
			var parts []string
			if b.Year != 0 {
				parts = append(parts, fmt.Sprint(b.Year))
			}
			if b.Country != "" {
				parts = append(parts, b.Country)
			}
			if b.Function != "" {
				parts = append(parts, string(b.Function))
			}
			key := strings.Join(parts, "/")
			if key == "" {
				key = "none"
			}
			out = append(out, fmt.Sprintf("%s: %d (%s)", key, b.Activities, money(b.Amounts)))
		}
		return strings.Join(out, "; ")
	}

	cases := []struct {
		name   string
		ctx    context.Context
		filter concord.FundingTotalsFilter
		// activities/fundings/unknown amounts, the total, then the buckets ("" when not checked).
		counts, total, byYear, byCountry, byFunction, byCell string
	}{
		{
			name: "a donor's own funding, every year", ctx: deuDonor, filter: concord.FundingTotalsFilter{Funder: "deu"},
			counts: "4/7/1", total: "1.50033e+06 EUR + 50 GBP",
			byYear:     "2021: 1 (200 EUR); 2020: 2 (100 EUR + 50 GBP); 2010: 1 (500000 EUR); 2009: 1 (1e+06 EUR); none: 1 (30 EUR)",
			byCountry:  "ALB: 1 (230 EUR); XKX: 3 (1.50033e+06 EUR + 50 GBP); none: 1 ()",
			byFunction: "HUMAN_RIGHTS: 1 (); JUSTICE: 3 (1.50033e+06 EUR + 50 GBP); POLICE: 1 (230 EUR)",
			byCell:     "ALB/JUSTICE: 1 (230 EUR); ALB/POLICE: 1 (230 EUR); XKX/JUSTICE: 3 (1.50033e+06 EUR + 50 GBP); XKX/POLICE: 1 (230 EUR)",
		},
		{
			// 2020: the year's fundings, and A2's undated 30 EUR (A2 ran in 2020); not A2's 2021 money.
			name: "one year", ctx: deuDonor, filter: concord.FundingTotalsFilter{Funder: "deu", Year: 2020},
			counts: "3/4/1", total: "130 EUR + 50 GBP",
			byYear:     "2020: 2 (100 EUR + 50 GBP); none: 1 (30 EUR)",
			byCountry:  "ALB: 1 (30 EUR); XKX: 2 (130 EUR + 50 GBP); none: 1 ()",
			byFunction: "HUMAN_RIGHTS: 1 (); JUSTICE: 2 (130 EUR + 50 GBP); POLICE: 1 (30 EUR)",
			byCell:     "ALB/JUSTICE: 1 (30 EUR); ALB/POLICE: 1 (30 EUR); XKX/JUSTICE: 2 (130 EUR + 50 GBP); XKX/POLICE: 1 (30 EUR)",
		},
		{
			// The filters keep activities; their buckets still show all their countries and functions.
			name: "a country and a function", ctx: deuDonor, filter: concord.FundingTotalsFilter{Funder: "deu", Country: "ALB", Function: concord.Police},
			counts: "1/2/0", total: "230 EUR",
			byYear:     "2021: 1 (200 EUR); none: 1 (30 EUR)",
			byCountry:  "ALB: 1 (230 EUR); XKX: 1 (230 EUR)",
			byFunction: "JUSTICE: 1 (230 EUR); POLICE: 1 (230 EUR)",
			byCell:     "ALB/JUSTICE: 1 (230 EUR); ALB/POLICE: 1 (230 EUR); XKX/JUSTICE: 1 (230 EUR); XKX/POLICE: 1 (230 EUR)",
		},
		{
			// An administrator sees the EU's confidential A4 too; the regional A3 is in no country.
			name: "an administrator, in Kosovo in 2020", ctx: sys, filter: concord.FundingTotalsFilter{Funder: "deu", Year: 2020, Country: "XKX"},
			counts: "3/4/0", total: "1129 EUR + 50 GBP",
			byYear:     "2020: 2 (1099 EUR + 50 GBP); none: 1 (30 EUR)",
			byCountry:  "ALB: 1 (30 EUR); XKX: 3 (1129 EUR + 50 GBP)",
			byFunction: "JUSTICE: 3 (1129 EUR + 50 GBP); POLICE: 1 (30 EUR)",
		},
		{
			// Another donor reads the amounts only of activities it funds too (A1, A4, which it owns).
			name: "another donor", ctx: euDonor, filter: concord.FundingTotalsFilter{Funder: "deu", Year: 2020},
			counts: "4/5/2", total: "1099 EUR + 50 GBP",
		},
		{
			name: "an officer reads every amount it sees", ctx: officer, filter: concord.FundingTotalsFilter{Funder: "deu", Year: 2020},
			counts: "3/4/1", total: "130 EUR + 50 GBP",
		},
		{
			name: "anonymous callers read no amount", ctx: anonymous, filter: concord.FundingTotalsFilter{Funder: "deu", Year: 2020},
			counts: "3/4/4", total: "", byYear: "2020: 2 (); none: 1 ()",
		},
		{
			name: "a funder of nothing", ctx: sys, filter: concord.FundingTotalsFilter{Funder: "osce"},
			counts: "0/0/0", total: "", byYear: "", byCountry: "",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.FundingTotals(c.ctx, c.filter)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what, got, want string) {
				if got != want {
					t.Errorf("%s:\n got %s\nwant %s", what, got, want)
				}
			}
			check("counts", fmt.Sprintf("%d/%d/%d", got.Activities, got.Fundings, got.UnknownAmounts), c.counts)
			check("total", money(got.Total), c.total)
			for _, b := range []struct {
				what, want string
				got        []concord.FundingBucket
			}{{"byYear", c.byYear, got.ByYear}, {"byCountry", c.byCountry, got.ByCountry}, {"byFunction", c.byFunction, got.ByFunction}, {"byCountryFunction", c.byCell, got.ByCountryFunction}} {
				if b.want != "" || c.counts == "0/0/0" {
					check(b.what, buckets(b.got), b.want)
				}
			}
		})
	}
}
