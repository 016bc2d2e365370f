package concord

// Activity is a funded project or programme, the unit of IATI reporting.
type Activity struct {
	ID           string
	Title        string
	Description  string
	Period       Period
	Countries    []string
	Functions    []FunctionCode
	Implementers []string // actor ids
	// UnnamedImplementers are implementers the source names only by a category of organisation
	// ("22000 Donor country-based NGO", a CRS channel code): kept as such, never as actors.
	UnnamedImplementers []string
	Funders             []Funding
	Version             int

	Owner        string // see Mission.Owner
	Confidential bool

	// What imports of IATI and HXL data carry besides.
	Source  string   // "iati", "hxl" or "" for the native format
	Status  string   // IATI activity-status code
	Sectors []string // raw sector codes as "vocabulary:code", kept whether or not they map
	Labels  []string // sectors that map to no function, so they stay queryable
	Admin1  []string // first-level administrative areas (HXL #adm1)
	Admin2  []string // second-level administrative areas (HXL #adm2)
	// Regions are IATI recipient regions as "vocabulary:code" ("1:298": the OECD DAC region
	// Africa, regional), for activities that name a region rather than (or besides) countries.
	Regions  []string
	Parent   string   // id of the parent activity (IATI hierarchy)
	FundedBy []string // ids of activities that pass money to this one (IATI provider-activity-id)
}

// Funding is money an actor gives to a mission or an activity. A negative amount is a
// reduction, as IATI de-commitments are.
type Funding struct {
	Funder   string
	Target   string // mission or activity id
	Amount   float64
	Currency string
	Year     int
}

// ActivityFilter selects activities in a list.
type ActivityFilter struct {
	Label       string
	Source      string
	Country     string
	Function    FunctionCode
	Implementer string
	Funder      string
	ActiveAt    Date
	Search      string // case-insensitive substring of title or id (an IATI identifier when imported)
}

// ActivityLink says that the activity From passes money to the activity To (IATI
// provider-activity-id; Activity.FundedBy holds the same links seen from To).
type ActivityLink struct {
	From, To string
}
