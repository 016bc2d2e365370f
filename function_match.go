package concord

// FunctionMatch says how a record answers a question about a function.
type FunctionMatch string

const (
	// MatchExact: the record is coded with the function asked or one of its sub-functions.
	MatchExact FunctionMatch = "EXACT"
	// MatchBroader: the record is coded only with a parent of the function asked (SECURITY,
	// asked about DDR). It may or may not do that work, so it is not counted as doing it;
	// questions include such records only when asked to, labelled with the parent.
	MatchBroader FunctionMatch = "BROADER"
)

// Match tells how a record coded with own answers a question about c: exactly, when one of
// own is c or a sub-function of c; more broadly, through the nearest ancestor of c among own,
// when none is; not at all otherwise (ok is false). Asking for a parent takes in its children,
// so RULE_OF_LAW matches a JUSTICE record exactly; asking for a child does not take in its
// parent, so JUSTICE matches a RULE_OF_LAW record only more broadly.
func (c FunctionCode) Match(own []FunctionCode) (match FunctionMatch, via FunctionCode, ok bool) {
	for _, d := range c.WithDescendants() {
		for _, f := range own {
			if f == d {
				return MatchExact, "", true
			}
		}
	}
	for _, a := range c.Ancestors() {
		for _, f := range own {
			if f == a {
				return MatchBroader, a, true
			}
		}
	}
	return "", "", false
}

// Answers reports whether a record coded with own answers a question about c, broader matches
// counting only when broader is set. With no function asked every record answers.
func (c FunctionCode) Answers(own []FunctionCode, broader bool) bool {
	if c == "" {
		return true
	}
	m, _, ok := c.Match(own)
	return ok && (m == MatchExact || broader)
}
