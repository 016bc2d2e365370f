package analytics

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

func fund(funder string, amount float64, currency string, year int) concord.Funding {
	return concord.Funding{Funder: funder, Amount: amount, Currency: currency, Year: year}
}

// fragmentationFixture, country AAA unless said:
//
//	act-a  JUSTICE      2019..2021  undp implements   gbr 600 USD 2020, deu 300 USD 2020, gbr 999 USD 2019
//	act-b  RULE_OF_LAW  2020        ngo1 implements   undp 200 USD 2020 (money from act-a), nld 100 USD 2020
//	                                                  FundedBy act-a
//	act-c  JUSTICE      2020        ngo2 implements   swe 100 USD, no year           (AAA and BBB)
//	act-d  JUSTICE      2020        ngo3 implements   eu 500 EUR 2020
//	act-e  POLICE       2020        ngo4 implements   gbr 50 USD 2020                (not JUSTICE)
//	act-f  JUSTICE      2020        ngo5 implements   gbr 70 USD 2020                (BBB only)
//	act-g  JUSTICE      2015..2016  ngo6 implements   gbr 80 USD 2016
func fragmentationFixture() []concord.Activity {
	y := func(from, to int) concord.Period { return concord.Period{From: d(from, 1, 1), To: d(to, 12, 31)} }
	return []concord.Activity{
		{ID: "act-a", Countries: []string{"AAA"}, Functions: []concord.FunctionCode{concord.Justice}, Period: y(2019, 2021),
			Implementers: []string{"undp"}, Funders: []concord.Funding{fund("gbr", 600, "USD", 2020), fund("deu", 300, "USD", 2020), fund("gbr", 999, "USD", 2019)}},
		{ID: "act-b", Countries: []string{"AAA"}, Functions: []concord.FunctionCode{concord.RuleOfLaw}, Period: y(2020, 2020),
			Implementers: []string{"ngo1"}, Funders: []concord.Funding{fund("undp", 200, "USD", 2020), fund("nld", 100, "USD", 2020)}, FundedBy: []string{"act-a"}},
		{ID: "act-c", Countries: []string{"AAA", "BBB"}, Functions: []concord.FunctionCode{concord.Justice}, Period: y(2020, 2020),
			Implementers: []string{"ngo2"}, Funders: []concord.Funding{fund("swe", 100, "USD", 0)}},
		{ID: "act-d", Countries: []string{"AAA"}, Functions: []concord.FunctionCode{concord.Justice}, Period: y(2020, 2020),
			Implementers: []string{"ngo3"}, Funders: []concord.Funding{fund("eu", 500, "EUR", 2020)}},
		{ID: "act-e", Countries: []string{"AAA"}, Functions: []concord.FunctionCode{concord.Police}, Period: y(2020, 2020),
			Implementers: []string{"ngo4"}, Funders: []concord.Funding{fund("gbr", 50, "USD", 2020)}},
		{ID: "act-f", Countries: []string{"BBB"}, Functions: []concord.FunctionCode{concord.Justice}, Period: y(2020, 2020),
			Implementers: []string{"ngo5"}, Funders: []concord.Funding{fund("gbr", 70, "USD", 2020)}},
		{ID: "act-g", Countries: []string{"AAA"}, Functions: []concord.FunctionCode{concord.Justice}, Period: y(2015, 2016),
			Implementers: []string{"ngo6"}, Funders: []concord.Funding{fund("gbr", 80, "USD", 2016)}},
	}
}

func shareStrings(ss []Share) []string {
	var out []string
	for _, s := range ss {
		out = append(out, fmt.Sprintf("%s %.0f %.4f", s.Actor, s.Amount, s.Share))
	}
	return out
}

func TestComputeFragmentation(t *testing.T) {
	// JUSTICE in AAA in 2020. The set: act-a, act-b (RULE_OF_LAW covers JUSTICE), act-c (no
	// year, but active in 2020), act-d. Not act-e (POLICE), act-f (BBB), act-g (2016).
	// Counted: act-a gbr 600, deu 300 (gbr's 2019 money is another year); act-b undp 200,
	// nld 100; act-c swe 100; act-d eu 500 EUR.
	// act-a passes money to act-b and has money of its own in 2020; undp implements act-a, so
	// its 200 to act-b is already counted in act-a's 900: left out. nld's 100 is fresh money.
	// USD is used by 4 counted fundings, EUR by 1: shares in USD, EUR noted.
	// Total 600 + 300 + 100 + 100 = 1,100. Shares 6/11, 3/11, 1/11, 1/11.
	// HHI = (36 + 9 + 1 + 1)/121 = 47/121 = 0.38843 → 0.3884.
	// (Counting undp's 200 too would give 1,300 and (36+9+4+1+1)/169 = 0.3018: less
	// concentrated than the money really is.)
	// Funders: gbr, deu, nld, swe, eu = 5 (in any currency). Implementers: undp, ngo1, ngo2,
	// ngo3 = 4.
	// act-b is coded only RULE_OF_LAW: it counts for JUSTICE when broader matches are asked for.
	fr := ComputeFragmentation(fragmentationFixture(), nil, "AAA", concord.Justice, true, 2020)
	checks := []struct {
		name      string
		got, want any
	}{
		{"Country", fr.Country, "AAA"},
		{"Function", fr.Function, concord.Justice},
		{"Year", fr.Year, 2020},
		{"Activities", strings.Join(fr.Activities, " "), "act-a act-b act-c act-d"},
		{"Funders", fr.Funders, 5},
		{"Implementers", fr.Implementers, 4},
		{"Currency", fr.Currency, "USD"},
		{"Total", fr.Total, 1100.0},
		{"HHI", fr.HHI, 0.3884},
		{"Shares", strings.Join(shareStrings(fr.Shares), "; "), "gbr 600 0.5455; deu 300 0.2727; nld 100 0.0909; swe 100 0.0909"},
		{"PassedOn", fmt.Sprint(fr.PassedOn), "[{undp act-a act-b 200 USD}]"},
		{"Notes", strings.Join(fr.Notes, "; "), "left out of the shares: 1 funding(s) in EUR totalling 500.00, from eu"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	var sum float64
	for _, s := range fr.Shares {
		sum += s.Share
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("shares sum to %v, want 1", sum)
	}
}

func TestComputeFragmentationCases(t *testing.T) {
	tests := []struct {
		name       string
		activities []concord.Activity
		links      []concord.ActivityLink
		country    string
		function   concord.FunctionCode
		broader    bool
		year       int
		funders    int
		total      float64
		hhi        float64
		shares     []string
		passed     int
		notes      []string
	}{
		{
			// JUSTICE exactly, in 2020: act-b is coded only with RULE_OF_LAW, JUSTICE's parent,
			// so it is left out with nld's 100 and undp's 200 (nothing is passed on within the
			// set). gbr 600, deu 300, swe 100: total 1,000; HHI = 0.36 + 0.09 + 0.01 = 0.46.
			name:       "a function exactly: a record coded with its parent is left out",
			activities: fragmentationFixture(),
			country:    "AAA",
			function:   concord.Justice,
			year:       2020,
			funders:    4,
			total:      1000,
			hhi:        0.46,
			shares:     []string{"gbr 600 0.6000", "deu 300 0.3000", "swe 100 0.1000"},
			notes:      []string{"left out of the shares: 1 funding(s) in EUR totalling 500.00, from eu"},
		},
		{
			// Every year: act-a's 2019 money counts too, and act-g joins with its 2016 money.
			// gbr 600 + 999 + 80 = 1,679, deu 300, nld 100, swe 100 (act-c's funding without a
			// year counts in every year); undp's 200 is still passed on. Total 2,179.
			// HHI = (1679² + 300² + 100² + 100²)/2179² = (2819041 + 90000 + 10000 + 10000)
			// /4748041 = 2929041/4748041 = 0.61690 → 0.6169.
			name:       "all years",
			activities: fragmentationFixture(),
			country:    "AAA", function: concord.Justice,
			broader: true, // act-b is coded RULE_OF_LAW, JUSTICE's parent
			funders: 5, total: 2179, hhi: 0.6169,
			shares: []string{"gbr 1679 0.7705", "deu 300 0.1377", "nld 100 0.0459", "swe 100 0.0459"},
			passed: 1,
			notes:  []string{"left out of the shares: 1 funding(s) in EUR totalling 500.00, from eu"},
		},
		{
			// POLICE in AAA in 2020: act-e (POLICE) and act-b (RULE_OF_LAW covers POLICE); act-b
			// still gets money from act-a, but act-a works on JUSTICE, not POLICE, so it is not in
			// the set: the money enters the set at act-b and undp's 200 counts.
			// gbr 50, undp 200, nld 100: total 350, HHI = (50² + 200² + 100²)/350² = 52500/122500
			// = 0.42857 → 0.4286.
			name:       "a chain leaving the set is counted where it enters",
			activities: fragmentationFixture(),
			country:    "AAA", function: concord.Police, year: 2020,
			broader: true, // act-b is coded RULE_OF_LAW, JUSTICE's parent
			funders: 3, total: 350, hhi: 0.4286,
			shares: []string{"undp 200 0.5714", "nld 100 0.2857", "gbr 50 0.1429"},
		},
		{
			// x1 → x2 → x3 → x1 (x1's FundedBy names x3, the others are given as links).
			// Walking from x1 in id order: x1 → x2 and x2 → x3 are kept, x3 → x1 closes the
			// cycle and is ignored. imp1 implements x1 and funds x2 (400): passed on; imp2
			// implements x2 and funds x3 (150): passed on. don's 1,000 alone counts: HHI 1.
			name: "a chain of three closing a cycle",
			activities: []concord.Activity{
				{ID: "x1", Countries: []string{"AAA"}, Implementers: []string{"imp1"}, Funders: []concord.Funding{fund("don", 1000, "USD", 2020)}, FundedBy: []string{"x3"}},
				{ID: "x2", Countries: []string{"AAA"}, Implementers: []string{"imp2"}, Funders: []concord.Funding{fund("imp1", 400, "USD", 2020)}},
				{ID: "x3", Countries: []string{"AAA"}, Implementers: []string{"imp3"}, Funders: []concord.Funding{fund("imp2", 150, "USD", 2020)}},
			},
			links:   []concord.ActivityLink{{From: "x1", To: "x2"}, {From: "x2", To: "x3"}, {From: "x2", To: "x3"}},
			country: "AAA", year: 2020,
			funders: 1, total: 1000, hhi: 1,
			shares: []string{"don 1000 1.0000"},
			passed: 2,
			notes:  []string{"ignored the link x3 → x1: it closes a cycle"},
		},
		{
			// A link from an activity with no money that year: the money enters at x2.
			name: "a link from an activity without money",
			activities: []concord.Activity{
				{ID: "x1", Countries: []string{"AAA"}, Period: YearPeriod(2020), Implementers: []string{"imp1"}, Funders: []concord.Funding{fund("don", 1000, "USD", 2019)}},
				{ID: "x2", Countries: []string{"AAA"}, Implementers: []string{"imp2"}, Funders: []concord.Funding{fund("imp1", 400, "USD", 2020)}, FundedBy: []string{"x1"}},
			},
			country: "AAA", year: 2020,
			funders: 1, total: 400, hhi: 1,
			shares: []string{"imp1 400 1.0000"},
		},
		{
			// Funders without amounts: counted as funders, no shares to measure.
			name: "no amounts",
			activities: []concord.Activity{
				{ID: "x1", Countries: []string{"AAA"}, Funders: []concord.Funding{fund("a", 0, "", 2020), fund("b", 0, "", 2020)}},
			},
			country: "AAA", year: 2020,
			funders: 2,
			notes:   []string{"no amount known: HHI not computed"},
		},
		{
			// Funders without an amount do not make their (empty) currency the dominant one,
			// though they are more: GBP is used; a and b are noted. c has an amount elsewhere.
			name: "some amounts unknown",
			activities: []concord.Activity{
				{ID: "x1", Countries: []string{"AAA"}, Funders: []concord.Funding{
					fund("a", 0, "", 2020), fund("b", 0, "", 2020), fund("c", 0, "", 2020),
					fund("c", 700, "GBP", 2020), fund("d", 300, "GBP", 2020)}},
			},
			country: "AAA", year: 2020,
			funders: 4, total: 1000, hhi: 0.58, // 0.7² + 0.3² = 0.49 + 0.09
			shares: []string{"c 700 0.7000", "d 300 0.3000"},
			notes:  []string{"no amount known for a, b: left out of the shares"},
		},
		{
			// Two currencies used equally often: the first by code (EUR) is used.
			name: "a tie between currencies",
			activities: []concord.Activity{
				{ID: "x1", Countries: []string{"AAA"}, Funders: []concord.Funding{fund("a", 100, "USD", 2020), fund("b", 300, "EUR", 2020)}},
			},
			country: "AAA", year: 2020,
			funders: 2, total: 300, hhi: 1,
			shares: []string{"b 300 1.0000"},
			notes:  []string{"left out of the shares: 1 funding(s) in USD totalling 100.00, from a"},
		},
		{
			name:       "nothing there",
			activities: fragmentationFixture(),
			country:    "ZZZ", function: concord.Justice, year: 2020,
			notes: []string{"no funding counted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fr := ComputeFragmentation(tt.activities, tt.links, tt.country, tt.function, tt.broader, tt.year)
			if fr.Funders != tt.funders {
				t.Errorf("Funders = %d, want %d", fr.Funders, tt.funders)
			}
			if math.Abs(fr.Total-tt.total) > 1e-9 {
				t.Errorf("Total = %v, want %v", fr.Total, tt.total)
			}
			if fr.HHI != tt.hhi {
				t.Errorf("HHI = %v, want %v", fr.HHI, tt.hhi)
			}
			if got := shareStrings(fr.Shares); !slices.Equal(got, tt.shares) {
				t.Errorf("Shares = %v, want %v", got, tt.shares)
			}
			if len(fr.PassedOn) != tt.passed {
				t.Errorf("PassedOn = %v, want %d", fr.PassedOn, tt.passed)
			}
			if !slices.Equal(fr.Notes, tt.notes) {
				t.Errorf("Notes = %q, want %q", fr.Notes, tt.notes)
			}
		})
	}
}
