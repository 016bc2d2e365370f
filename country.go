package concord

// Country is an ISO 3166-1 country (Kosovo as XKX), with its UN M49 regions.
type Country struct {
	Code               string // alpha-3
	Alpha2             string
	Name               string
	Region             string // M49 codes
	SubRegion          string
	IntermediateRegion string
	Borders            []string
}

// Region is a UN M49 geographic region.
type Region struct {
	Code   string
	Name   string
	Parent string
}

// CountryFilter selects countries in a list.
type CountryFilter struct {
	Region string // any level of M49 region
	Search string
}

// Atlas answers questions about the built-in countries and regions.
type Atlas interface {
	Country(code string) (Country, bool)
	Countries() []Country
	Region(code string) (Region, bool)
	Regions() []Region
}

// NodeID implements Node, so that lists of countries batch their relations like other records.
func (c Country) NodeID() string { return c.Code }
