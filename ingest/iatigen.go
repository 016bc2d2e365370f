package ingest

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// GenerateIATI writes a realistic IATI 2.03 <iati-activities> file of n activities to w, for
// benchmarks and streaming tests. The same seed gives the same file. Each activity has an
// identifier, a title and a description, 1–3 participating organisations from a pool of 500
// (with refs and types), 1–2 recipient countries from 60, 1–3 DAC sectors (peace and security
// codes of the mapping table and others), planned and actual dates, 1–3 budgets, 2–6
// transactions (about one in five with provider and receiver activity ids), related activities
// for about one in ten, and the elements the reader skips (policy markers, locations, results).
// It writes as it goes: memory does not depend on n.
func GenerateIATI(w io.Writer, n int, seed int64) error {
	return GenerateIATIRange(w, 0, n, seed)
}

// GenerateIATIRange writes activities first to first+n-1 of the sequence GenerateIATI draws
// from seed: files of consecutive ranges have distinct identifiers, so a graph can be grown in
// steps (100,000 activities, then 900,000 more) by importing one range after another. The
// activities of a range differ from those GenerateIATI writes at the same positions, since the
// random stream starts afresh, but each range is reproducible from (first, n, seed).
func GenerateIATIRange(w io.Writer, first, n int, seed int64) error {
	g := &iatiGen{
		w:   bufio.NewWriterSize(w, 64<<10),
		rnd: rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15^uint64(first))),
	}
	g.makeOrgs()
	g.printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	g.printf("<iati-activities version=\"2.03\" generated-datetime=\"2024-01-01T00:00:00Z\">\n")
	for i := first; i < first+n; i++ {
		g.activity(i)
		if g.err != nil {
			return g.err
		}
	}
	g.printf("</iati-activities>\n")
	if g.err != nil {
		return g.err
	}
	return g.w.Flush()
}

type genOrg struct {
	ref, name, typ string
}

type iatiGen struct {
	w    *bufio.Writer
	rnd  *rand.Rand
	orgs []genOrg
	err  error
}

func (g *iatiGen) printf(format string, args ...any) {
	if g.err == nil {
		_, g.err = fmt.Fprintf(g.w, format, args...)
	}
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

func esc(s string) string { return xmlEscaper.Replace(s) }

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

var (
	genOrgPrefixes = []string{"GB-CHC", "US-EIN", "NL-KVK", "DE-CR", "FR-RCS", "SE-ON", "XM-DAC", "XI-IATI", "CA-CRA_ACR", "NO-BRC"}
	genOrgWords1   = []string{"International", "Global", "United", "National", "Regional", "Community", "Humanitarian", "Civic", "Democratic", "African", "Pacific", "Andean", "Sahel", "Danube", "Nordic"}
	genOrgWords2   = []string{"Peace", "Justice", "Rights", "Development", "Relief", "Security", "Governance", "Mediation", "Election", "Police", "Recovery", "Dialogue", "Law", "Health", "Education"}
	genOrgWords3   = []string{"Foundation", "Institute", "Council", "Alliance", "Network", "Trust", "Centre", "Initiative", "Agency", "Association", "Fund", "Programme & Partners"}
	genOrgTypes    = []string{"10", "15", "21", "22", "23", "40", "60", "70", "80"}
	genCountries   = []string{
		"AF", "CD", "SO", "SS", "SD", "ML", "CF", "NE", "BF", "NG", "CM", "TD", "LY", "SY", "YE",
		"IQ", "LB", "JO", "PS", "UA", "GE", "AM", "MM", "BD", "PK", "NP", "LK", "PH", "ID", "CO",
		"VE", "HT", "GT", "HN", "SV", "NI", "MX", "PE", "EC", "BO", "ET", "ER", "KE", "UG", "RW",
		"BI", "TZ", "MZ", "ZW", "MW", "MG", "SN", "GN", "SL", "LR", "CI", "XK", "BA", "MK", "RS",
	}
	genSectors = []string{
		// Codes of the mapping table.
		"15110", "15130", "15131", "15132", "15134", "15137", "15150", "15151", "15152", "15153",
		"15160", "15170", "15210", "15220", "15230", "15240", "15250", "15261",
		// Others, which become labels.
		"11110", "12220", "13020", "14030", "15111", "15113", "16010", "31110", "43010", "72010", "73010", "74020",
	}
	genTopics  = []string{"community policing", "judicial reform", "electoral support", "mine clearance", "reintegration of ex-combatants", "women's participation in peace processes", "local governance", "human rights monitoring", "prison reform", "security sector oversight", "early warning", "transitional justice", "cross-border dialogue", "livelihoods", "water and sanitation"}
	genVerbs   = []string{"Strengthening", "Support to", "Building capacity for", "Promoting", "Scaling up", "Piloting"}
	genRegions = []string{"298", "498", "589", "679", "798", "89"}
)

func (g *iatiGen) makeOrgs() {
	r := g.rnd
	g.orgs = make([]genOrg, 500)
	for i := range g.orgs {
		g.orgs[i] = genOrg{
			ref:  fmt.Sprintf("%s-%06d", pick(r, genOrgPrefixes), 100000+i*37),
			name: fmt.Sprintf("%s %s %s", pick(r, genOrgWords1), pick(r, genOrgWords2), pick(r, genOrgWords3)),
			typ:  pick(r, genOrgTypes),
		}
	}
}

func (g *iatiGen) id(org genOrg, i int) string { return fmt.Sprintf("%s-GEN-%07d", org.ref, i) }

func (g *iatiGen) activity(i int) {
	r := g.rnd
	rep := g.orgs[r.IntN(len(g.orgs))]
	id := g.id(rep, i)
	cur := pick(r, []string{"USD", "EUR", "GBP", "SEK"})
	countries := []string{pick(r, genCountries)}
	if r.IntN(3) == 0 {
		if c := pick(r, genCountries); c != countries[0] {
			countries = append(countries, c)
		}
	}
	topic := pick(r, genTopics)
	startYear := 2000 + r.IntN(25)
	startMonth := 1 + r.IntN(12)
	years := 1 + r.IntN(6)

	g.printf(" <iati-activity default-currency=%q hierarchy=\"%d\" last-updated-datetime=\"2024-01-01T00:00:00Z\" xml:lang=\"en\">\n", cur, 1+r.IntN(2))
	g.printf("  <iati-identifier>%s</iati-identifier>\n", esc(id))
	g.printf("  <reporting-org ref=%q type=%q><narrative>%s</narrative></reporting-org>\n", rep.ref, rep.typ, esc(rep.name))
	g.printf("  <title><narrative>%s %s (%s)</narrative><narrative xml:lang=\"fr\">Projet %d</narrative></title>\n", pick(r, genVerbs), topic, countries[0], i)
	g.printf("  <description type=\"1\"><narrative>The project works on %s with local partners &amp; authorities; phase %d of %d.</narrative></description>\n", topic, 1+r.IntN(3), 3)
	roles := r.Perm(4)[:1+r.IntN(3)]
	for _, role := range roles {
		o := g.orgs[r.IntN(len(g.orgs))]
		if role == 0 {
			o = rep
		}
		g.printf("  <participating-org ref=%q role=\"%d\" type=%q><narrative>%s</narrative></participating-org>\n", o.ref, role+1, o.typ, esc(o.name))
	}
	g.printf("  <activity-status code=\"%d\"/>\n", 1+r.IntN(4))
	g.printf("  <activity-date iso-date=\"%04d-%02d-01\" type=\"1\"/>\n", startYear, startMonth)
	if r.IntN(4) != 0 {
		g.printf("  <activity-date iso-date=\"%04d-%02d-%02d\" type=\"2\"/>\n", startYear, startMonth, 1+r.IntN(28))
	}
	g.printf("  <activity-date iso-date=\"%04d-%02d-28\" type=\"3\"/>\n", startYear+years, startMonth)
	g.printf("  <contact-info type=\"1\"><organisation><narrative>%s</narrative></organisation><email>info@example.org</email></contact-info>\n", esc(rep.name))
	share := 100 / len(countries)
	for _, c := range countries {
		g.printf("  <recipient-country code=%q percentage=\"%d\"/>\n", c, share)
	}
	if r.IntN(10) == 0 {
		g.printf("  <recipient-region code=%q vocabulary=\"1\"/>\n", pick(r, genRegions))
	}
	g.printf("  <location><name><narrative>Site %d</narrative></name><point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><pos>%.4f %.4f</pos></point></location>\n", i, r.Float64()*60-30, r.Float64()*120-20)
	nsec := 1 + r.IntN(3)
	for k := 0; k < nsec; k++ {
		g.printf("  <sector code=%q vocabulary=\"1\" percentage=\"%d\"/>\n", pick(r, genSectors), 100/nsec)
	}
	g.printf("  <policy-marker code=\"1\" significance=\"%d\" vocabulary=\"1\"/>\n", r.IntN(3))
	for k := 0; k < 1+r.IntN(3); k++ {
		y := startYear + k
		g.printf("  <budget type=\"1\" status=\"%d\"><period-start iso-date=\"%04d-01-01\"/><period-end iso-date=\"%04d-12-31\"/><value currency=%q value-date=\"%04d-01-01\">%d</value></budget>\n",
			1+r.IntN(2), y, y, cur, y, 10000+r.IntN(5000000))
	}
	for k := 0; k < 2+r.IntN(5); k++ {
		typ := pick(r, []int{1, 2, 3, 3, 4, 4})
		y := startYear + r.IntN(years+1)
		g.printf("  <transaction><transaction-type code=\"%d\"/><transaction-date iso-date=\"%04d-%02d-15\"/><value currency=%q value-date=\"%04d-%02d-15\">%d.%02d</value>\n",
			typ, y, 1+r.IntN(12), cur, y, 1+r.IntN(12), 1000+r.IntN(2000000), r.IntN(100))
		prov, recv := g.orgs[r.IntN(len(g.orgs))], g.orgs[r.IntN(len(g.orgs))]
		if r.IntN(5) == 0 {
			g.printf("   <provider-org ref=%q provider-activity-id=%q><narrative>%s</narrative></provider-org>\n", prov.ref, g.id(prov, r.IntN(i+1)), esc(prov.name))
			g.printf("   <receiver-org ref=%q receiver-activity-id=%q><narrative>%s</narrative></receiver-org>\n", recv.ref, g.id(recv, i+1+r.IntN(1000)), esc(recv.name))
		} else {
			g.printf("   <provider-org ref=%q><narrative>%s</narrative></provider-org>\n", prov.ref, esc(prov.name))
			g.printf("   <receiver-org ref=%q><narrative>%s</narrative></receiver-org>\n", recv.ref, esc(recv.name))
		}
		g.printf("  </transaction>\n")
	}
	if r.IntN(10) == 0 {
		other := g.orgs[r.IntN(len(g.orgs))]
		g.printf("  <related-activity ref=%q type=\"%d\"/>\n", g.id(other, r.IntN(i+1)), 1+r.IntN(5))
	}
	if r.IntN(3) == 0 {
		g.printf("  <result type=\"1\"><title><narrative>People reached</narrative></title><indicator measure=\"1\"><title><narrative>Number of people</narrative></title><baseline year=\"%d\" value=\"0\"/></indicator></result>\n", startYear)
	}
	g.printf(" </iati-activity>\n")
}
