package concord

// Lead records that an actor is the designated lead organisation for a function in a country
// over a period: the one "channelling the direction of international activities" the seed
// note asks for. A lead for a parent function leads its sub-functions too, unless a lead is
// recorded for the sub-function itself (see LeadsFor).
type Lead struct {
	Actor    string
	Country  string // ISO 3166-1 alpha-3, Kosovo XKX
	Function FunctionCode
	Period   Period // a zero From is an unknown start, a zero To ongoing
	Note     string // who designated it, on what basis
}

// Key orders leads stably: country, function, actor, start.
func (l Lead) Key() string {
	return l.Country + "\x00" + string(l.Function) + "\x00" + l.Actor + "\x00" + l.Period.From.String()
}

// Validate checks a lead's own fields; that the actor exists is the store's to check.
func (l Lead) Validate(prefix string, known CountryCheck) error {
	var errs Errors
	checkID(&errs, prefix+"actor", l.Actor)
	switch {
	case l.Country == "":
		errs.Add(prefix+"country", "is required")
	case known != nil && !known(l.Country):
		errs.Add(prefix+"country", "unknown country %q (ISO 3166-1 alpha-3, Kosovo XKX)", l.Country)
	}
	switch {
	case l.Function == "":
		errs.Add(prefix+"function", "is required")
	case !l.Function.Valid():
		errs.Add(prefix+"function", "unknown function %q", l.Function)
	}
	if err := l.Period.Validate(prefix + "to"); err != nil {
		errs = append(errs, err.(*Error))
	}
	return errs.Err()
}
