package concord

// Mandate is the legal basis of one or more missions: a Security Council resolution, an EU
// Council decision, an OSCE Permanent Council decision. It tasks functions.
type Mandate struct {
	ID        string
	Reference string // e.g. "UNSCR 1244 (1999)"
	Body      string // id of the issuing actor
	Adopted   Date
	Expires   Date
	Functions []FunctionCode
	// Authorised are the personnel ceilings the mandate states ("up to 7,000 military
	// personnel"), by component; none when it states none.
	Authorised []Strength
	Version    int

	Owner        string // see Mission.Owner
	Confidential bool
}

// MandateFilter selects mandates in a list.
type MandateFilter struct {
	Body     string
	Function FunctionCode
	Mission  string
	Search   string
}
