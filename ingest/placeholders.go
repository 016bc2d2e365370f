package ingest

import (
	_ "embed"
	"encoding/csv"
	"strings"
	"sync"
)

// IATI files, 1.0x ones above all, often name an implementer by an OECD-DAC CRS channel code
// and its category: <participating-org role="Implementing" ref="22000">Donor country-based
// NGO</participating-org>, ref 52000 "Other.", ref 41000 "United Nations agency, fund or
// commission". That is a kind of organisation, not one: made an actor, "Other." would work
// everywhere and join every overlap. Such an implementer is kept on its activity as an unnamed
// implementer of its category (Record.UnnamedImplementers) and never becomes an actor, so it is
// never merged across activities nor counted as an actor in common.

//go:embed crs_channel_codes.csv
var crsChannelCSV string

type channel struct {
	code, name string
	category   bool
}

// channels are the CRS channel codes by code, and the category-level ones by their names (the
// current and the 2018 edition's), lower case, without a trailing full stop.
var channels = sync.OnceValues(func() (map[string]channel, map[string]channel) {
	rows, err := csv.NewReader(strings.NewReader(crsChannelCSV)).ReadAll()
	if err != nil {
		panic("ingest: crs_channel_codes.csv: " + err.Error())
	}
	byCode, byName := map[string]channel{}, map[string]channel{}
	for _, r := range rows[1:] {
		c := channel{code: r[0], name: r[1], category: r[4] == "yes" && !singleOrganisation[r[0]]}
		byCode[c.code] = c
		if c.category {
			byName[nameKey(r[1])] = c
			if r[5] != "" {
				byName[nameKey(r[5])] = c
			}
		}
	}
	return byCode, byName
})

// singleOrganisation are the category-level codes whose category is one organisation (or one
// group of them), named as such: the IMF, the World Bank Group, the WTO.
var singleOrganisation = map[string]bool{"43000": true, "44000": true, "45000": true}

func nameKey(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".")
}

// placeholderCategory returns the category an organisation stands for when it is a placeholder
// ("22000 Donor country-based NGO"): a category-level channel code as its ref, whatever its
// name (most repeat the category's; "Other." for 52000), or no ref and a category's name as its
// name. A specific channel code (41122 with "United Nations Children's Fund") is an
// organisation, as is any other name.
func placeholderCategory(o Org) (string, bool) {
	byCode, byName := channels()
	if c, ok := byCode[o.Ref]; ok && c.category {
		return c.code + " " + c.name, true
	}
	if o.Ref == "" {
		if c, ok := byName[nameKey(o.Name)]; ok {
			return c.code + " " + c.name, true
		}
	}
	return "", false
}
