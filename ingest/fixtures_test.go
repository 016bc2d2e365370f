package ingest

import (
	"slices"
	"testing"

	concord "github.com/concord-peace/concord"
)

// TestRealFixtures parses every real file in testdata/real and checks facts read by hand
// in the file (the comments give the lines looked at).
func TestRealFixtures(t *testing.T) {
	tests := []struct {
		file       string
		hxl        bool
		opts       HXLOptions
		read, skip int
		check      func(t *testing.T, recs []Record)
	}{
		{
			file: "iati-ec-fpi-peace-security-dportal-p78.xml", read: 100,
			check: func(t *testing.T, recs []Record) {
				// Lines 3–151: the first activity.
				r := recs[0]
				if r.Line != 3 || r.ID != "XI-IATI-EC_FPI-2018/398-476" {
					t.Errorf("first = line %d %q", r.Line, r.ID)
				}
				if r.Title != "Responsible business conduct in Latin America and Caribbean - OECD" {
					t.Errorf("title = %q", r.Title)
				}
				// sector 15160 (line 57) → HUMAN_RIGHTS; recipient-region 489, no country.
				if !slices.Equal(r.Functions, []concord.FunctionCode{concord.HumanRights}) || !slices.Equal(r.Regions, []string{"1:489"}) || len(r.Countries) != 0 {
					t.Errorf("functions %v regions %v countries %v", r.Functions, r.Regions, r.Countries)
				}
				// activity-date type 2 2019-01-01 (actual start, preferred to planned 2018-12-12), type 3 2022-12-31.
				if r.Period.From.String() != "2019-01-01" || r.Period.To.String() != "2022-12-31" {
					t.Errorf("period = %v", r.Period)
				}
				// participating-org role 4 ref="N/A" (a placeholder, dropped) "ORGANISATION FOR ECONOMIC …".
				if o, ok := findOrg(r.Orgs, "", Implementing); !ok || o.Name != "ORGANISATION FOR ECONOMIC CO-OPERATION AND DEVELOPMENT" || o.Type != "40" {
					t.Errorf("implementing org = %+v", o)
				}
				// Line 23: the accountable org ref="47000" "Other multilateral institution" is a CRS
				// channel category, not an organisation: left out.
				if _, ok := findOrg(r.Orgs, "XI-IATI-EC_FPI", Funding); !ok || len(r.Orgs) != 3 {
					t.Errorf("orgs = %+v", r.Orgs)
				}
				// First transaction: type 3, 946802 EUR, transaction-date 2018-12-13, provider-activity-id.
				tx := r.Transactions[0]
				if tx.Type != "3" || tx.Amount != 946802 || tx.Currency != "EUR" || tx.Year != 2018 || tx.ProviderActivityID != "XI-IATI-EC_FPI-2018/398-476" || tx.Provider.Ref != "XI-IATI-EC_FPI" {
					t.Errorf("transaction = %+v", tx)
				}
				if !slices.Equal(r.Related, []Related{{Type: "1", Ref: "XI-IATI-EC_FPI-2017/40408/0"}}) {
					t.Errorf("related = %v", r.Related)
				}
				// Lines 6796–6921: mine action in Syria, sector 15250 → SECURITY.
				m := byID(t, recs, "XI-IATI-EC_FPI-2019/407-774")
				if m.Line != 6796 || m.Title != "Creating Safer Communities in North East Syria to Support Safe and Sustainable Returns and Stabilization" {
					t.Errorf("mine action = line %d %q", m.Line, m.Title)
				}
				if !slices.Equal(m.Countries, []CountryShare{{Code: "SYR", Percent: 100}}) || !slices.Equal(m.Functions, []concord.FunctionCode{concord.Security}) {
					t.Errorf("mine action countries %v functions %v", m.Countries, m.Functions)
				}
				if len(m.Transactions) != 1 || m.Transactions[0].Amount != 6749958.66 {
					t.Errorf("mine action transactions %+v", m.Transactions)
				}
				for _, r := range recs {
					if len(r.Skipped) > 0 {
						t.Errorf("%s: skipped %v", r.ID, r.Skipped)
					}
				}
			},
		},
		{
			file: "iati-fcdo-ngos-multi-publisher-dportal-p27.xml", read: 100,
			check: func(t *testing.T, recs []Record) {
				// Lines 3–56: the first activity (Moldova, 43010 multisector aid).
				r := recs[0]
				if r.ID != "GB-GOV-1-FDEAC19-MD-FY20/21" || r.Title != "COVID-19 related Frontline Diplomatic Enabling Activity in Moldova" {
					t.Errorf("first = %q %q", r.ID, r.Title)
				}
				if !slices.Equal(r.Countries, []CountryShare{{Code: "MDA", Percent: 100}}) || len(r.Functions) != 0 || !slices.Equal(r.Labels, []string{"DAC 43010"}) {
					t.Errorf("countries %v functions %v labels %v", r.Countries, r.Functions, r.Labels)
				}
				// budget 60000 GBP from 2020-04-01; transactions 54000 + 6000 expenditure.
				if !slices.Equal(r.Budgets, []Money{{Amount: 60000, Currency: "GBP", Year: 2020}}) {
					t.Errorf("budgets = %+v", r.Budgets)
				}
				if len(r.Transactions) != 2 || r.Transactions[0].Amount != 54000 || r.Transactions[0].Type != "4" || r.Transactions[1].Amount != 6000 {
					t.Errorf("transactions = %+v", r.Transactions)
				}
				if r.Reporting.Ref != "GB-GOV-1" || r.Reporting.Type != "10" {
					t.Errorf("reporting = %+v", r.Reporting)
				}
				// Line 2501: recipient-country "XK" (line 2524) → Kosovo XKX.
				k := byID(t, recs, "GB-GOV-1-FDEAC19-XK-FY20/21")
				if k.Line != 2501 || !slices.Equal(k.Countries, []CountryShare{{Code: "XKX", Percent: 100}}) {
					t.Errorf("Kosovo = line %d %v", k.Line, k.Countries)
				}
				// Lines 3239–: CSSF peacekeeping programme, sector 15230 (line 3268) → SECURITY.
				p := byID(t, recs, "GB-GOV-3-CSSF-01-000003")
				if p.Title != "Multilateral Strategy Peacekeeping Programme" || !slices.Equal(p.Functions, []concord.FunctionCode{concord.Security}) {
					t.Errorf("CSSF = %q %v", p.Title, p.Functions)
				}
				if _, ok := findOrg(p.Orgs, "GB-GOV-52", Funding); !ok {
					t.Errorf("CSSF orgs = %+v", p.Orgs)
				}
				if _, ok := findOrg(p.Orgs, "GB-GOV-3", Accountable); !ok {
					t.Errorf("CSSF orgs = %+v", p.Orgs)
				}
				if p.Period.From.String() != "2017-04-01" || p.Period.To.String() != "2021-03-31" || !slices.Equal(p.Regions, []string{"1:998"}) {
					t.Errorf("CSSF period %v regions %v", p.Period, p.Regions)
				}
			},
		},
		{
			file: "iati-multi-publisher-small-dportal-foodsecurity.xml", read: 7,
			check: func(t *testing.T, recs []Record) {
				// Lines 3–136: EC INTPA, Congo.
				r := recs[0]
				if r.ID != "XI-IATI-EC_INTPA-2021/429-054" || !slices.Equal(r.Countries, []CountryShare{{Code: "COG", Percent: 100}}) {
					t.Errorf("first = %q %v", r.ID, r.Countries)
				}
				if len(r.Transactions) != 1 || r.Transactions[0].Amount != 116091.44 {
					t.Errorf("transactions = %+v", r.Transactions)
				}
				// Lines 138–: PAX, xml:lang="ENG", four descriptions (type 4 first; type 1 wins).
				p := byID(t, recs, "NL-KVK-30214009-C380")
				if p.Line != 138 || p.Title != "Strengthening Civil Courage – Partnership" {
					t.Errorf("PAX = line %d %q", p.Line, p.Title)
				}
				if want := "The Strengthening Civil Courage programme builds on hope"; len(p.Description) < len(want) || p.Description[:len(want)] != want {
					t.Errorf("PAX description = %.60q", p.Description)
				}
				// sectors 15220, 15180, 15160 and 25040 (lines 197–208).
				want := []concord.FunctionCode{concord.Mediation, concord.HumanRights}
				if !slices.Equal(p.Functions, want) || !slices.Equal(p.Labels, []string{"DAC 25040"}) {
					t.Errorf("PAX functions %v labels %v", p.Functions, p.Labels)
				}
				// participating-org role 1 XM-DAC-7 with activity-id (line 167).
				if o, ok := findOrg(p.Orgs, "XM-DAC-7", Funding); !ok || o.ActivityID != "XM-DAC-7-PPR-4000004336" {
					t.Errorf("PAX funder = %+v", o)
				}
				if len(p.Orgs) != 6 || len(p.Countries) != 0 || !slices.Equal(p.Regions, []string{"1:298", "1:589"}) { // lines 191 and 194, vocabulary 1 (OECD DAC)
					t.Errorf("PAX orgs %d countries %v regions %v", len(p.Orgs), p.Countries, p.Regions)
				}
				// Transaction type 11 of 57024708 EUR (line 279) links both activities.
				found := false
				for _, tx := range p.Transactions {
					if tx.Type == "11" && tx.Amount == 57024708 {
						found = tx.ProviderActivityID == "XM-DAC-7-PPR-4000004336" && tx.ReceiverActivityID == "NL-KVK-30214009-C380" && tx.Year == 2020
					}
				}
				if !found {
					t.Errorf("PAX incoming commitment not found: %+v", p.Transactions)
				}
				// Line 885: a vocabulary 2 sector 312 (forestry) is a label.
				g := byID(t, recs, "NL-KVK-41155305-GLA2-Coord")
				if !slices.Contains(g.Labels, "DAC3 312") {
					t.Errorf("GLA2 labels %v", g.Labels)
				}
			},
		},
		{
			file: "iati-v1-dfid-drc-CD.xml", read: 205,
			check: func(t *testing.T, recs []Record) {
				// Lines 4–27: the parent programme, no country, four children.
				r := recs[0]
				if r.Line != 4 || r.ID != "GB-1-105838" || r.Title != "Support to the Poverty Reduction Strategy Process" || r.Hierarchy != 1 {
					t.Errorf("first = line %d %q %q %d", r.Line, r.ID, r.Title, r.Hierarchy)
				}
				if len(r.Related) != 4 || r.Related[0] != (Related{Type: "2", Ref: "GB-1-105838-101"}) {
					t.Errorf("related = %v", r.Related)
				}
				// Lines 29–93: v1 words for roles and dates, letter transaction types.
				c := byID(t, recs, "GB-1-105838-101")
				if c.Line != 29 || !slices.Equal(c.Countries, []CountryShare{{Code: "COD"}}) || c.Status != "4" {
					t.Errorf("child = line %d %v %q", c.Line, c.Countries, c.Status)
				}
				if c.Period.From.String() != "2004-01-01" || c.Period.To.String() != "2008-11-30" {
					t.Errorf("child period = %v", c.Period)
				}
				if !slices.Equal(c.Functions, []concord.FunctionCode{concord.Governance}) || !slices.Equal(c.Labels, []string{"DAC 16010", "DAC 15111", "DAC 16062"}) {
					t.Errorf("child functions %v labels %v", c.Functions, c.Labels)
				}
				// Line 33: <participating-org ref="52000" role="Implementing">Other.</participating-org>,
				// the CRS channel category 52000 "Other": an unnamed implementer, not an actor.
				if _, ok := findOrg(c.Orgs, "52000", Implementing); ok || !slices.Equal(c.UnnamedImplementers, []string{"52000 Other"}) {
					t.Errorf("child orgs = %+v, unnamed implementers %v", c.Orgs, c.UnnamedImplementers)
				}
				if _, ok := findOrg(c.Orgs, "GB", Funding); !ok {
					t.Errorf("child orgs = %+v", c.Orgs)
				}
				// transaction code "C" 1067912, no currency (default GBP), transaction-date 2004.
				tx := c.Transactions[0]
				if tx.Type != "2" || tx.Amount != 1067912 || tx.Currency != "GBP" || tx.Year != 2004 {
					t.Errorf("child transaction = %+v", tx)
				}
				// budget type="Original" 500000 from 2004-04-01.
				if c.Budgets[0] != (Money{Amount: 500000, Currency: "GBP", Year: 2004, Type: "1"}) {
					t.Errorf("child budget = %+v", c.Budgets[0])
				}
				// Line 11781: "DRC De-mining Programme (MAG)", 15250 without vocabulary → SECURITY.
				m := byID(t, recs, "GB-1-201745-103")
				if m.Line != 11781 || m.Title != "DRC De-mining Programme (MAG)" || !slices.Equal(m.Functions, []concord.FunctionCode{concord.Security}) {
					t.Errorf("de-mining = line %d %q %v", m.Line, m.Title, m.Functions)
				}
				// Line 10048: 15240 + 15261 → DDR, 15230 → SECURITY.
				d := byID(t, recs, "GB-1-200378-101")
				if !slices.Equal(d.Functions, []concord.FunctionCode{concord.DDR, concord.Security}) {
					t.Errorf("DDR functions = %v", d.Functions)
				}
				txs := 0
				for _, r := range recs {
					txs += len(r.Transactions)
					if len(r.Skipped) > 0 {
						t.Errorf("%s: skipped %v", r.ID, r.Skipped)
					}
				}
				if txs != 815 { // SOURCES.md: 815 transactions
					t.Errorf("transactions = %d, want 815", txs)
				}
			},
		},
		{
			// 10,902 data rows; rows differing only by district (#adm2) are one activity with
			// those districts: 2,567 distinct org × sector × province.
			file: "hxl-3w-afghanistan-operational-presence-2024q1.csv", hxl: true, opts: HXLOptions{Country: "AFG"}, read: 2567, skip: 8335,
			check: func(t *testing.T, recs []Record) {
				// Line 3: the first data row (line 1 header with BOM, line 2 hashtags with spaces).
				r := recs[0]
				if r.Line != 3 || r.Source != "hxl" {
					t.Errorf("first = line %d %q", r.Line, r.Source)
				}
				want := Org{Name: "ASCHIANA: Afghansitan's Children - a New Approach", Acronym: "ASCHIANA", Type: "National NGO", Role: Implementing}
				if !slices.Equal(r.Orgs, []Org{want}) {
					t.Errorf("orgs = %+v", r.Orgs)
				}
				if !slices.Equal(r.Sectors, []Sector{{Vocabulary: "hxl", Code: "EiE_OP", Name: "Operational Presence: Education in Emergencies"}}) {
					t.Errorf("sectors = %+v", r.Sectors)
				}
				if !slices.Equal(r.Countries, []CountryShare{{Code: "AFG"}}) || !slices.Equal(r.Admin1, []string{"Kabul", "AF01"}) {
					t.Errorf("countries %v admin1 %v", r.Countries, r.Admin1)
				}
				if r.Title != "ASCHIANA: Afghansitan's Children - a New Approach – Operational Presence: Education in Emergencies in Kabul" {
					t.Errorf("title = %q", r.Title)
				}
				// Line 1080: a mine-clearance NGO reported under the Protection cluster: the cluster
				// maps to no function, it stays a label.
				found := false
				for _, r := range recs {
					if r.Line == 1080 {
						found = true
						if r.Orgs[0].Acronym != "MCPA" || len(r.Functions) != 0 || !slices.Equal(r.Labels, []string{"Operational Presence: Protection"}) || !slices.Equal(r.Admin1, []string{"Maidan Wardak", "AF04"}) {
							t.Errorf("line 1080 = %+v", r)
						}
					}
				}
				if !found {
					t.Error("no record from line 1080")
				}
				// NAC's food security presence in Badakhshan (AF17): 28 rows from line 3875, one
				// per district, each with name and code: one activity with all 28 districts.
				for _, r := range recs {
					if r.Line == 3875 {
						if r.Orgs[0].Acronym != "NAC" || len(r.Admin2) != 56 || !slices.Contains(r.Admin2, "Fayzabad") || !slices.Contains(r.Admin2, "AF1701") {
							t.Errorf("line 3875: %s with %d districts %v", r.Orgs[0].Acronym, len(r.Admin2), r.Admin2)
						}
						return
					}
				}
				t.Error("no record from line 3875")
			},
		},
		{
			// 1,197 data rows; 237 distinct org × sector × department (#adm2 and #reached vary).
			file: "hxl-345w-guatemala-2021.csv", hxl: true, read: 237, skip: 960,
			check: func(t *testing.T, recs []Record) {
				r := recs[0] // line 3
				if r.Line != 3 || r.Title != "The Shalom Foundation – Nutrición in Guatemala" {
					t.Errorf("first = line %d %q", r.Line, r.Title)
				}
				// #adm0+code "GT" → GTM; #adm1+pcode GT01, #adm1+name Guatemala.
				if !slices.Equal(r.Countries, []CountryShare{{Code: "GTM"}}) || !slices.Equal(r.Admin1, []string{"Guatemala", "GT01"}) {
					t.Errorf("countries %v admin1 %v", r.Countries, r.Admin1)
				}
				if !slices.Equal(r.Labels, []string{"Nutrición"}) || len(r.Functions) != 0 {
					t.Errorf("labels %v functions %v", r.Labels, r.Functions)
				}
				byLine := map[int]Record{}
				for _, r := range recs {
					byLine[r.Line] = r
				}
				if _, ok := byLine[600]; !ok {
					t.Fatal("no record from line 600")
				}
				if _, ok := byLine[601]; !ok {
					t.Fatal("no record from line 601")
				}
				// Line 600: CECI in Alta Verapaz, a misaligned row without sector.
				if c := byLine[600]; c.Title != "CECI in Alta Verapaz" || len(c.Sectors) != 0 || c.Orgs[0].Name != "CECI" {
					t.Errorf("line 600 = %+v", c)
				}
				// Line 601: ONU MUJERES, Protección (humanitarian protection: a label, not PoC).
				if p := byLine[601]; p.Orgs[0].Name != "ONU MUJERES" || !slices.Equal(p.Labels, []string{"Protección"}) || len(p.Functions) != 0 || !slices.Equal(p.Admin1, []string{"Cobertura Nacional", "GT00"}) {
					t.Errorf("line 601 = %+v", p)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := openFixture(t, tt.file)
			var recs []Record
			collect := func(r Record) error {
				recs = append(recs, r)
				return nil
			}
			var st Stats
			var err error
			if tt.hxl {
				st, err = HXLWith(f, tt.opts, collect)
			} else {
				st, err = IATI(f, collect)
			}
			if err != nil {
				t.Fatal(err)
			}
			if st.Read != tt.read || st.Skipped != tt.skip || len(recs) != tt.read {
				t.Fatalf("stats = %+v (%d records), want read %d skipped %d", st, len(recs), tt.read, tt.skip)
			}
			ids := map[string]bool{}
			for _, r := range recs {
				if ids[r.ID] {
					t.Errorf("duplicate id %q", r.ID)
				}
				ids[r.ID] = true
				if err := r.Period.Validate("period"); err != nil {
					t.Errorf("%s: %v", r.ID, err)
				}
			}
			tt.check(t, recs)
		})
	}
}
