package ingest

import concord "github.com/concord-peace/concord"

// OrgRole is the role an organisation plays in an activity (IATI OrganisationRole codelist).
type OrgRole string

// The IATI organisation roles (codes 1–4 in IATI 2.0x, words in 1.0x).
const (
	Funding      OrgRole = "FUNDING"      // 1: provides the money
	Accountable  OrgRole = "ACCOUNTABLE"  // 2: responsible for oversight (HXL: programming partner)
	Extending    OrgRole = "EXTENDING"    // 3: manages the budget on behalf of the funder
	Implementing OrgRole = "IMPLEMENTING" // 4: physically carries out the activity
)

// Org is an organisation named in an activity.
type Org struct {
	Ref        string  // IATI organisation identifier (attribute ref), "" when absent or a placeholder such as "N/A"
	Name       string  // narrative / text, trimmed; for HXL the #org+name (else the acronym)
	Acronym    string  // HXL #org+acronym, when given
	Type       string  // IATI organisation type code if given (HXL: #org+type as written)
	Role       OrgRole // "" for transaction provider and receiver organisations and the reporting-org
	ActivityID string  // participating-org/@activity-id, provider-org/@provider-activity-id or receiver-org/@receiver-activity-id
}

// CountryShare is a recipient country and its share of the activity.
type CountryShare struct {
	Code    string  // ISO 3166-1 alpha-3; Kosovo is XKX
	Percent float64 // 0 when not given
}

// Sector is a sector as the source gives it.
type Sector struct {
	Vocabulary string // "1" DAC 5-digit, "2" DAC 3-digit, other IATI vocabularies as given; "hxl" for HXL sheets
	Code       string
	Percent    float64
	Name       string
}

// Money is an amount of money in one currency, dated to a year.
type Money struct {
	Amount   float64
	Currency string // ISO 4217; "" when neither the value nor the activity names one
	Year     int    // 0 when unknown
	Type     string // budget type code ("1" original, "2" revised) or transaction type code
}

// Transaction is one IATI transaction.
type Transaction struct {
	Type string // IATI transaction type code ("1" incoming funds, "2" commitment, "3" disbursement, "4" expenditure, …); v1 letters mapped to codes
	Money
	Provider, Receiver                     Org
	ProviderActivityID, ReceiverActivityID string
}

// Related is a link to another activity.
type Related struct {
	Type string // 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party
	Ref  string // the other activity's iati-identifier
}

// Record is one activity read from a file: an <iati-activity> element or an HXL row.
type Record struct {
	Source      string // "iati" or "hxl"
	Line        int    // line in the file where the activity (XML element) or the row (CSV) starts
	ID          string // iati-identifier; for HXL "hxl-" + 16 hex digits derived from the row's content
	Title       string
	Description string
	Status      string // IATI activity-status code ("1" pipeline … "6" suspended)
	Hierarchy   int    // IATI @hierarchy; 1 when not given (the IATI default); 0 for HXL
	Period      concord.Period
	Countries   []CountryShare
	Regions     []string // recipient-region codes as "vocabulary:code" (1:298 is DAC's Africa, regional)
	Sectors     []Sector // raw, as given
	Functions   []concord.FunctionCode
	Labels      []string // sectors that map to no function, e.g. "DAC 72010" or an HXL sector name
	Orgs        []Org    // participating orgs (IATI) / #org columns (HXL); the reporting-org only when also listed
	// UnnamedImplementers are implementers named only by a category ("22000 Donor country-based
	// NGO"): placeholders (placeholders.go), kept on the activity, never made actors.
	UnnamedImplementers []string
	Reporting           Org // reporting-org (IATI)
	Budgets             []Money
	Transactions        []Transaction
	Related             []Related
	Admin1              []string // HXL #adm1 names and codes
	Admin2              []string // HXL #adm2 names and codes
	Skipped             []string // why parts were ignored, e.g. `line 12: recipient-country "XX": unknown code`
}

// Stats summarises a parse. Read counts the records passed to fn; Skipped counts activities or
// rows that were not (Reasons says why, one count per reason; the counts add up to Skipped).
type Stats struct {
	Read, Skipped int
	Reasons       map[string]int
}

func (s *Stats) skip(reason string) {
	s.Skipped++
	if s.Reasons == nil {
		s.Reasons = map[string]int{}
	}
	s.Reasons[reason]++
}
