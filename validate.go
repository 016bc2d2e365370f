package concord

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// idPattern is what a Concord id looks like: a lowercase slug, or a source's own identifier.
// IATI activity identifiers have capitals, dots, dashes and slashes, and real files hold some
// with spaces and other punctuation; ids only ever travel as Cypher parameters, so anything
// printable is safe. Control characters and outer spaces are not.
var idPattern = regexp.MustCompile(`^[\p{L}\p{N}]([^\p{Cc}\p{Cf}]{0,198}[^\p{Cc}\p{Cf}\s])?$`)

// ValidID reports whether id can name a node.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// checkID records an error when id is missing or malformed.
// IDNamespace returns the organisation an id is reserved for: the text before its first "/"
// ("eu/monitoring-2026" is the organisation eu's), or "" for an id without one. Only members
// of that organisation and administrators create records under it.
func IDNamespace(id string) string {
	ns, _, ok := strings.Cut(id, "/")
	if !ok {
		return ""
	}
	return ns
}

// checkConfidentialID requires a confidential record's id to be under its owner's namespace.
// Creating a record with the id of one you may not see would otherwise answer "already
// exists" where a missing one is created: a way to learn that a hidden record exists. Under
// the namespace only the owner's members (who see the record) and administrators (who see
// all) can try its id; anyone else is refused for the namespace, whether the record exists
// or not.
func checkConfidentialID(errs *Errors, prefix, id, owner string, confidential bool) {
	if !confidential || (owner != "" && IDNamespace(id) == owner) {
		return
	}
	if owner == "" {
		errs.Add(prefix+"owner", "a confidential record has an owner, the organisation that alone sees it")
		return
	}
	errs.Add(prefix+"id", "a confidential record's id begins with its owner's id and a slash (%s/…), so that no one outside %s can tell by trying the id that it exists", owner, owner)
}

func checkID(errs *Errors, field, id string) {
	switch {
	case id == "":
		errs.Add(field, "is required")
	case !ValidID(id):
		errs.Add(field, "%q is not a valid id (starts with a letter or digit, no control characters or outer spaces, at most 200)", id)
	}
}

func checkRequired(errs *Errors, field, value string) {
	if value == "" {
		errs.Add(field, "is required")
	}
}

func checkFunctions(errs *Errors, field string, codes []FunctionCode) {
	for i, c := range codes {
		if !c.Valid() {
			errs.Add(indexed(field, i), "unknown function %q", c)
		}
	}
}

func indexed(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

// CountryCheck reports whether an alpha-3 code is a known country; the domain does not hold
// the list itself (the reference package does), so validation takes it as a function.
type CountryCheck func(code string) bool

// Validate checks an actor's own fields.
func (a Actor) Validate(prefix string) error {
	var errs Errors
	checkID(&errs, prefix+"id", a.ID)
	checkRequired(&errs, prefix+"name", a.Name)
	if a.Kind == "" {
		errs.Add(prefix+"kind", "is required")
	} else if !slices.Contains(ActorKinds, a.Kind) {
		errs.Add(prefix+"kind", "unknown kind %q", a.Kind)
	}
	if a.Parent != "" {
		checkID(&errs, prefix+"parent", a.Parent)
		if a.Parent == a.ID {
			errs.Add(prefix+"parent", "an actor cannot be its own parent")
		}
	}
	return errs.Err()
}

// Validate checks a mission's own fields and its contributors and deployments; references to
// other nodes are checked by the store, which knows what exists.
func (m Mission) Validate(prefix string, known CountryCheck) error {
	var errs Errors
	checkID(&errs, prefix+"id", m.ID)
	checkRequired(&errs, prefix+"name", m.Name)
	if m.Model == "" {
		errs.Add(prefix+"model", "is required")
	} else if !slices.Contains(MissionModels, m.Model) {
		errs.Add(prefix+"model", "unknown model %q", m.Model)
	}
	checkID(&errs, prefix+"lead", m.LeadActor)
	if err := m.Period.Validate(prefix + "end"); err != nil {
		errs = append(errs, err.(*Error))
	}
	for i, c := range m.Contributors {
		checkID(&errs, indexed(prefix+"contributors", i)+".actor", c.Actor)
		if c.Personnel < 0 {
			errs.Add(indexed(prefix+"contributors", i)+".personnel", "must not be negative")
		}
	}
	for i, d := range m.Deployments {
		p := indexed(prefix+"deployments", i)
		if !known(d.Country) {
			errs.Add(p+".country", "unknown country %q (ISO 3166-1 alpha-3, Kosovo XKX)", d.Country)
		}
		if err := d.Period.Validate(p + ".to"); err != nil {
			errs = append(errs, err.(*Error))
		}
	}
	for i, s := range m.Succeeds {
		checkID(&errs, indexed(prefix+"succeeds", i), s)
		if s == m.ID {
			errs.Add(indexed(prefix+"succeeds", i), "a mission cannot succeed itself")
		}
	}
	for i, c := range m.Clusters {
		checkID(&errs, indexed(prefix+"clusters", i), c)
	}
	for i, id := range m.Mandates {
		checkID(&errs, indexed(prefix+"mandates", i), id)
	}
	checkHeadcounts(&errs, prefix+"deployed", m)
	checkConfidentialID(&errs, prefix, m.ID, m.Owner, m.Confidential)
	return errs.Err()
}

// Validate checks a mandate's own fields.
func (m Mandate) Validate(prefix string) error {
	var errs Errors
	checkID(&errs, prefix+"id", m.ID)
	checkRequired(&errs, prefix+"reference", m.Reference)
	checkID(&errs, prefix+"body", m.Body)
	if err := (Period{From: m.Adopted, To: m.Expires}).Validate(prefix + "expires"); err != nil {
		errs = append(errs, err.(*Error))
	}
	checkFunctions(&errs, prefix+"functions", m.Functions)
	checkStrengths(&errs, prefix+"authorised", m.Authorised)
	checkConfidentialID(&errs, prefix, m.ID, m.Owner, m.Confidential)
	return errs.Err()
}

// Validate checks an activity's own fields.
func (a Activity) Validate(prefix string, known CountryCheck) error {
	var errs Errors
	checkID(&errs, prefix+"id", a.ID)
	checkRequired(&errs, prefix+"title", a.Title)
	if err := a.Period.Validate(prefix + "end"); err != nil {
		errs = append(errs, err.(*Error))
	}
	for i, c := range a.Countries {
		if !known(c) {
			errs.Add(indexed(prefix+"countries", i), "unknown country %q (ISO 3166-1 alpha-3, Kosovo XKX)", c)
		}
	}
	checkFunctions(&errs, prefix+"functions", a.Functions)
	for i, id := range a.Implementers {
		checkID(&errs, indexed(prefix+"implementers", i), id)
	}
	for i, f := range a.Funders {
		p := indexed(prefix+"funders", i)
		checkID(&errs, p+".actor", f.Funder)
		if f.Currency != "" && !currencyPattern.MatchString(f.Currency) {
			errs.Add(p+".currency", "%q is not an ISO 4217 code", f.Currency)
		}
		if f.Year != 0 && (f.Year < 1900 || f.Year > 2200) {
			errs.Add(p+".year", "%d is not a plausible year", f.Year)
		}
	}
	checkConfidentialID(&errs, prefix, a.ID, a.Owner, a.Confidential)
	return errs.Err()
}

var currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)

// Validate checks a cluster's own fields.
func (c Cluster) Validate(prefix string) error {
	var errs Errors
	checkID(&errs, prefix+"id", c.ID)
	checkRequired(&errs, prefix+"name", c.Name)
	return errs.Err()
}

// Validate checks a lesson's own fields.
func (l Lesson) Validate(prefix string, known CountryCheck) error {
	var errs Errors
	checkID(&errs, prefix+"id", l.ID)
	checkRequired(&errs, prefix+"title", l.Title)
	checkRequired(&errs, prefix+"text", l.Text)
	if l.Author != "" {
		checkID(&errs, prefix+"author", l.Author)
	}
	for i, c := range l.About.Countries {
		if !known(c) {
			errs.Add(indexed(prefix+"about.countries", i), "unknown country %q", c)
		}
	}
	checkFunctions(&errs, prefix+"about.functions", l.About.Functions)
	for i, id := range l.About.Missions {
		checkID(&errs, indexed(prefix+"about.missions", i), id)
	}
	checkConfidentialID(&errs, prefix, l.ID, l.Author, l.Confidential)
	return errs.Err()
}
