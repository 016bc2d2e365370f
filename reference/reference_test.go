package reference

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// 249 ISO 3166-1 entries (iso-codes) plus Kosovo.
const wantCountries = 250

func TestCountriesCountAndOrder(t *testing.T) {
	cs := Countries()
	if len(cs) != wantCountries {
		t.Fatalf("len(Countries()) = %d, want %d", len(cs), wantCountries)
	}
	if !slices.IsSortedFunc(cs, func(a, b Country) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("Countries() is not sorted by Code")
	}
	alpha3 := regexp.MustCompile(`^[A-Z]{3}$`)
	alpha2 := regexp.MustCompile(`^[A-Z]{2}$`)
	numeric := regexp.MustCompile(`^[0-9]{3}$`)
	seen2 := map[string]string{}
	for _, c := range cs {
		if !alpha3.MatchString(c.Code) || !alpha2.MatchString(c.Alpha2) {
			t.Errorf("%s: bad codes %q/%q", c.Code, c.Code, c.Alpha2)
		}
		if c.Code != "XKX" && !numeric.MatchString(c.Numeric) {
			t.Errorf("%s: bad numeric %q", c.Code, c.Numeric)
		}
		if c.Name == "" {
			t.Errorf("%s: empty name", c.Code)
		}
		if prev, dup := seen2[c.Alpha2]; dup {
			t.Errorf("alpha2 %s used by %s and %s", c.Alpha2, prev, c.Code)
		}
		seen2[c.Alpha2] = c.Code
	}
}

func TestCountryByCode(t *testing.T) {
	tests := []struct {
		code           string
		alpha2         string
		numeric        string
		name           string
		region         string
		subRegion      string
		intermediate   string
		bordersInclude []string
	}{
		{code: "XKX", alpha2: "XK", numeric: "", name: "Kosovo", region: "150", subRegion: "039", bordersInclude: []string{"SRB", "ALB", "MKD", "MNE"}},
		{code: "DEU", alpha2: "DE", numeric: "276", name: "Germany", region: "150", subRegion: "155", bordersInclude: []string{"FRA", "POL"}},
		{code: "MLI", alpha2: "ML", numeric: "466", name: "Mali", region: "002", subRegion: "202", intermediate: "011", bordersInclude: []string{"NER", "BFA"}},
		{code: "SSD", alpha2: "SS", numeric: "728", name: "South Sudan", region: "002", subRegion: "202", intermediate: "014", bordersInclude: []string{"SDN"}},
		{code: "SDN", alpha2: "SD", numeric: "729", name: "Sudan", region: "002", subRegion: "015", bordersInclude: []string{"SSD", "EGY"}},
		{code: "SRB", alpha2: "RS", numeric: "688", name: "Serbia", region: "150", subRegion: "039", bordersInclude: []string{"XKX"}},
		{code: "TWN", alpha2: "TW", numeric: "158", name: "Taiwan", region: "142", subRegion: "030"},
		{code: "ATA", alpha2: "AQ", numeric: "010", name: "Antarctica"},
		{code: "TUR", alpha2: "TR", numeric: "792", name: "Türkiye", region: "142", subRegion: "145", bordersInclude: []string{"GRC", "SYR"}},
		{code: "BRA", alpha2: "BR", numeric: "076", name: "Brazil", region: "019", subRegion: "419", intermediate: "005", bordersInclude: []string{"ARG"}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := CountryByCode(tt.code)
			if !ok {
				t.Fatalf("CountryByCode(%q) not found", tt.code)
			}
			if c.Code != tt.code || c.Alpha2 != tt.alpha2 || c.Numeric != tt.numeric || c.Name != tt.name {
				t.Errorf("got %q/%q/%q/%q, want %q/%q/%q/%q", c.Code, c.Alpha2, c.Numeric, c.Name, tt.code, tt.alpha2, tt.numeric, tt.name)
			}
			if c.Region != tt.region || c.SubRegion != tt.subRegion || c.IntermediateRegion != tt.intermediate {
				t.Errorf("regions = %q/%q/%q, want %q/%q/%q", c.Region, c.SubRegion, c.IntermediateRegion, tt.region, tt.subRegion, tt.intermediate)
			}
			for _, b := range tt.bordersInclude {
				if !slices.Contains(c.Borders, b) {
					t.Errorf("borders %v do not include %s", c.Borders, b)
				}
			}
		})
	}
}

func TestCountryByCodeMisses(t *testing.T) {
	for _, code := range []string{"", "xkx", "deu", "Deu", "DE", "276", "UNK", "ZZZ", " DEU"} {
		if c, ok := CountryByCode(code); ok {
			t.Errorf("CountryByCode(%q) = %v, want not found", code, c.Code)
		}
	}
}

func TestBordersSymmetricAndKnown(t *testing.T) {
	cs := Countries()
	byCode := map[string]Country{}
	for _, c := range cs {
		byCode[c.Code] = c
	}
	withBorders := 0
	for _, c := range cs {
		if len(c.Borders) > 0 {
			withBorders++
		}
		if !slices.IsSorted(c.Borders) {
			t.Errorf("%s: borders not sorted: %v", c.Code, c.Borders)
		}
		for i, b := range c.Borders {
			if i > 0 && c.Borders[i-1] == b {
				t.Errorf("%s: duplicate border %s", c.Code, b)
			}
			if b == c.Code {
				t.Errorf("%s borders itself", c.Code)
			}
			n, ok := byCode[b]
			if !ok {
				t.Errorf("%s: border %s is not a known country", c.Code, b)
				continue
			}
			if !slices.Contains(n.Borders, c.Code) {
				t.Errorf("asymmetric border: %s lists %s but not the reverse", c.Code, b)
			}
		}
	}
	if withBorders < 150 {
		t.Errorf("only %d countries have borders; data looks truncated", withBorders)
	}
}

func TestCountryRegionsExist(t *testing.T) {
	noRegion := 0
	for _, c := range Countries() {
		if c.Region == "" {
			noRegion++
			if c.SubRegion != "" || c.IntermediateRegion != "" {
				t.Errorf("%s: sub/intermediate region without region", c.Code)
			}
			continue
		}
		reg, ok := RegionByCode(c.Region)
		if !ok || reg.Parent != "" {
			t.Errorf("%s: region %q unknown or not top level (%+v)", c.Code, c.Region, reg)
		}
		sub, ok := RegionByCode(c.SubRegion)
		if !ok || sub.Parent != c.Region {
			t.Errorf("%s: sub-region %q unknown or not in region %q (%+v)", c.Code, c.SubRegion, c.Region, sub)
		}
		if c.IntermediateRegion != "" {
			im, ok := RegionByCode(c.IntermediateRegion)
			if !ok || im.Parent != c.SubRegion {
				t.Errorf("%s: intermediate region %q unknown or not in %q (%+v)", c.Code, c.IntermediateRegion, c.SubRegion, im)
			}
		}
	}
	// Only Antarctica has no M49 region.
	if noRegion != 1 {
		t.Errorf("%d countries without region, want 1 (ATA)", noRegion)
	}
}

func TestRegions(t *testing.T) {
	rs := Regions()
	if len(rs) == 0 {
		t.Fatal("no regions")
	}
	if !slices.IsSortedFunc(rs, func(a, b Region) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("Regions() is not sorted by Code")
	}
	var top []string
	for _, r := range rs {
		if r.Parent == "" {
			top = append(top, r.Code)
		} else if _, ok := RegionByCode(r.Parent); !ok {
			t.Errorf("region %s has unknown parent %s", r.Code, r.Parent)
		}
	}
	if want := []string{"002", "009", "019", "142", "150"}; !slices.Equal(top, want) {
		t.Errorf("top-level regions = %v, want %v", top, want)
	}

	tests := []struct{ code, name, parent string }{
		{"002", "Africa", ""},
		{"019", "Americas", ""},
		{"142", "Asia", ""},
		{"150", "Europe", ""},
		{"009", "Oceania", ""},
		{"011", "Western Africa", "202"},
		{"014", "Eastern Africa", "202"},
		{"202", "Sub-Saharan Africa", "002"},
		{"039", "Southern Europe", "150"},
		{"155", "Western Europe", "150"},
		{"145", "Western Asia", "142"},
		{"419", "Latin America and the Caribbean", "019"},
	}
	for _, tt := range tests {
		r, ok := RegionByCode(tt.code)
		if !ok || r.Name != tt.name || r.Parent != tt.parent {
			t.Errorf("RegionByCode(%q) = %+v, %v; want {%s %s %s}", tt.code, r, ok, tt.code, tt.name, tt.parent)
		}
		if got := RegionName(tt.code); got != tt.name {
			t.Errorf("RegionName(%q) = %q, want %q", tt.code, got, tt.name)
		}
	}
	for _, code := range []string{"", "001", "999", "39"} {
		if _, ok := RegionByCode(code); ok {
			t.Errorf("RegionByCode(%q) found, want miss", code)
		}
		if got := RegionName(code); got != "" {
			t.Errorf("RegionName(%q) = %q, want \"\"", code, got)
		}
	}
}

func TestResultsAreCopies(t *testing.T) {
	cs := Countries()
	cs[0].Name = "changed"
	cs[0].Borders = append(cs[0].Borders[:0], "ZZZ")
	de, _ := CountryByCode("DEU")
	de.Borders[0] = "ZZZ"

	if again := Countries(); again[0].Name == "changed" {
		t.Error("Countries() shares memory with callers")
	}
	if de2, _ := CountryByCode("DEU"); slices.Contains(de2.Borders, "ZZZ") {
		t.Error("CountryByCode shares Borders with callers")
	}
	rs := Regions()
	rs[0].Name = "changed"
	if Regions()[0].Name == "changed" {
		t.Error("Regions() shares memory with callers")
	}
}

func TestParseRejectsMalformed(t *testing.T) {
	goodRegions := `[{"code":"150","name":"Europe","parent":null},{"code":"039","name":"Southern Europe","parent":"150"}]`
	goodCountries := `[{"alpha3":"XKX","alpha2":"XK","numeric":"","name":"Kosovo","region":{"code":"150","name":"Europe"},"subRegion":{"code":"039","name":"Southern Europe"},"intermediateRegion":null,"borders":[]}]`
	if d, err := parse([]byte(goodCountries), []byte(goodRegions)); err != nil || len(d.countries) != 1 || len(d.regions) != 2 {
		t.Fatalf("parse(good) = %v, %v", d, err)
	}
	tests := []struct{ name, countries, regions string }{
		{"bad countries json", `{`, goodRegions},
		{"bad regions json", goodCountries, `[`},
		{"unknown parent", goodCountries, `[{"code":"039","name":"Southern Europe","parent":"150"}]`},
		{"unknown country region", strings.Replace(goodCountries, `"039"`, `"038"`, 1), goodRegions},
		{"duplicate country", "[" + goodCountries[1:len(goodCountries)-1] + "," + goodCountries[1:], goodRegions},
		{"empty alpha3", strings.Replace(goodCountries, `"XKX"`, `""`, 1), goodRegions},
	}
	for _, tt := range tests {
		if _, err := parse([]byte(tt.countries), []byte(tt.regions)); err == nil {
			t.Errorf("%s: parse succeeded, want error", tt.name)
		}
	}
}
