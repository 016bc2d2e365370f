package reference

import "github.com/concord-peace/concord"

// Atlas serves the built-in data as the domain's concord.Atlas.
type Atlas struct{}

// Country returns the country with an alpha-3 code.
func (Atlas) Country(code string) (concord.Country, bool) {
	c, ok := CountryByCode(code)
	if !ok {
		return concord.Country{}, false
	}
	return toDomain(c), true
}

// Countries returns every country, sorted by code.
func (Atlas) Countries() []concord.Country {
	cs := Countries()
	out := make([]concord.Country, len(cs))
	for i, c := range cs {
		out[i] = toDomain(c)
	}
	return out
}

// Region returns the M49 region with a code.
func (Atlas) Region(code string) (concord.Region, bool) {
	r, ok := RegionByCode(code)
	return concord.Region{Code: r.Code, Name: r.Name, Parent: r.Parent}, ok
}

// Regions returns every M49 region used, sorted by code.
func (Atlas) Regions() []concord.Region {
	rs := Regions()
	out := make([]concord.Region, len(rs))
	for i, r := range rs {
		out[i] = concord.Region{Code: r.Code, Name: r.Name, Parent: r.Parent}
	}
	return out
}

// Known reports whether code is a known alpha-3 country code, for validation.
func Known(code string) bool {
	_, ok := CountryByCode(code)
	return ok
}

func toDomain(c Country) concord.Country {
	return concord.Country{
		Code: c.Code, Alpha2: c.Alpha2, Name: c.Name, Region: c.Region, SubRegion: c.SubRegion,
		IntermediateRegion: c.IntermediateRegion, Borders: c.Borders,
	}
}
