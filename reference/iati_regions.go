package reference

// dacRegions are the names of the OECD DAC recipient regions, IATI's region vocabulary 1
// (the IATI "Region" codelist, https://iatistandard.org/en/iati-standard/203/codelists/region/),
// for activities that name a region rather than a country. Only the DAC's own regional codes
// are listed; an unknown code is shown as such.
var dacRegions = map[string]string{
	"88":   "States Ex-Yugoslavia unspecified",
	"89":   "Europe, regional",
	"189":  "North of Sahara, regional",
	"289":  "South of Sahara, regional",
	"298":  "Africa, regional",
	"380":  "West Indies, regional",
	"389":  "North and Central America, regional",
	"489":  "South America, regional",
	"498":  "America, regional",
	"589":  "Middle East, regional",
	"619":  "Central Asia, regional",
	"679":  "South Asia, regional",
	"689":  "South and Central Asia, regional",
	"789":  "Far East Asia, regional",
	"798":  "Asia, regional",
	"889":  "Oceania, regional",
	"998":  "Developing countries, unspecified",
	"1027": "Eastern Africa, regional",
	"1028": "Middle Africa, regional",
	"1029": "Southern Africa, regional",
	"1030": "Western Africa, regional",
	"1031": "Caribbean, regional",
	"1032": "Central America, regional",
	"1033": "Melanesia, regional",
	"1034": "Micronesia, regional",
	"1035": "Polynesia, regional",
}

// IATIRegionName names an IATI recipient region given as vocabulary and code: the DAC's name
// for vocabulary 1, "" for a code it does not know or another vocabulary (a publisher's own, 99).
func IATIRegionName(vocabulary, code string) string {
	if vocabulary != "1" {
		return ""
	}
	return dacRegions[code]
}
