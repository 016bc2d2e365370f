package concord

// Role is the way an actor takes part in a mission or an activity.
type Role string

// Engagement roles.
const (
	RoleLead        Role = "LEAD"
	RoleContributor Role = "CONTRIBUTOR"
	RoleImplementer Role = "IMPLEMENTER"
	RoleFunder      Role = "FUNDER"
)

// SubjectKind says whether an engagement runs through a mission or an activity.
type SubjectKind string

// Subject kinds.
const (
	SubjectMission  SubjectKind = "MISSION"
	SubjectActivity SubjectKind = "ACTIVITY"
)

// Engagement is one actor working on functions in one country over a period, through a
// mission it leads or contributes to, or an activity it implements or funds.
type Engagement struct {
	Actor       string
	Role        Role
	SubjectKind SubjectKind
	Subject     string // mission or activity id
	Country     string
	Functions   []FunctionCode // the record's own functions, whatever was asked
	Period      Period
	// Match is how the record answers the function asked (EXACT or BROADER; "" when none was
	// asked), and Broader the parent function a BROADER match is coded with.
	Match   FunctionMatch
	Broader FunctionCode
}

// Key orders engagements stably and serves as their cursor.
func (e Engagement) Key() string {
	return e.Actor + "\x00" + e.Subject + "\x00" + string(e.Role)
}

// EngagementQuery asks who works in a country, on a function (with its sub-functions), on a
// day or during a period. Country is required; At excludes From/To.
type EngagementQuery struct {
	Country  string
	Function FunctionCode
	Actor    string // overlaps: only pairs with this actor on one side
	At       Date
	From     Date
	To       Date
	// Undated includes the missions and activities without any date in a question about a day
	// or a period; they are left out by default (Period.Undated).
	Undated bool
	// Broader includes, with Function, the records coded only with one of its parents
	// (FunctionCode.Match); they are left out by default.
	Broader bool
	// Label asks, for overlaps, about a sector label that maps to no function instead of (or
	// besides) a function; Admin1 and Admin2 about one area of the country (PresenceFilter).
	Label          string
	Admin1, Admin2 string
	// Labels lets, with no Function and no Label asked, pairs that share only a sector label
	// overlap too; by default overlaps are on functions (docs/overlap-score.md).
	Labels bool
}

// Window returns the period the query asks about: the single day At, or From–To.
func (q EngagementQuery) Window() Period {
	if !q.At.IsZero() {
		return Period{From: q.At, To: q.At}
	}
	return Period{From: q.From, To: q.To}
}

// Validate checks the query's arguments.
func (q EngagementQuery) Validate(countryRequired bool) error {
	var errs Errors
	if countryRequired && q.Country == "" {
		errs.Add("country", "is required")
	}
	if q.Function != "" && !q.Function.Valid() {
		errs.Add("function", "unknown function %q", q.Function)
	}
	if !q.At.IsZero() && (!q.From.IsZero() || !q.To.IsZero()) {
		errs.Add("at", "give either at or from/to, not both")
	}
	if (q.Admin1 != "" || q.Admin2 != "") && q.Country == "" {
		errs.Add("admin1", "an area is asked within a country: give country too")
	}
	if err := (Period{From: q.From, To: q.To}).Validate("to"); err != nil {
		errs = append(errs, err.(*Error))
	}
	return errs.Err()
}
