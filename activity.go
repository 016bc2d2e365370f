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
	Funders      []Funding
	Version      int

	Owner        string // see Mission.Owner
	Confidential bool
}

// Funding is money an actor gives to a mission or an activity.
type Funding struct {
	Funder   string
	Target   string // mission or activity id
	Amount   float64
	Currency string
	Year     int
}

// ActivityFilter selects activities in a list.
type ActivityFilter struct {
	Country     string
	Function    FunctionCode
	Implementer string
	Funder      string
	ActiveAt    Date
	Search      string
}
