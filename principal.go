package concord

import (
	"context"
	"slices"
)

// AccountRole is what an account may do.
type AccountRole string

// Account roles.
const (
	// AccountAdmin may do everything, accounts included, and sees every record.
	AccountAdmin AccountRole = "ADMIN"
	// AccountOfficer reads what is not confidential plus its organisation's confidential records,
	// and writes missions, mandates, activities and lessons its organisation owns.
	AccountOfficer AccountRole = "OFFICER"
	// AccountDonor reads what is not confidential plus its organisation's, never writes, and sees
	// funding amounts only of the activities its organisation funds.
	AccountDonor AccountRole = "DONOR"
)

// AccountRoles lists every role.
var AccountRoles = []AccountRole{AccountAdmin, AccountOfficer, AccountDonor}

// Principal is who makes a request: an account of an organisation (an actor id) with roles,
// or nobody (the zero Principal).
type Principal struct {
	Subject string // account id; "" when anonymous
	Org     string // actor id of the account's organisation
	Roles   []AccountRole
}

// System is the principal of the command line and of start-up work (migrations, the seed):
// an administrator that belongs to no organisation.
var System = Principal{Subject: "system", Roles: []AccountRole{AccountAdmin}}

// Anonymous reports whether nobody is signed in.
func (p Principal) Anonymous() bool { return p.Subject == "" }

// Has reports whether the principal holds a role.
func (p Principal) Has(r AccountRole) bool { return slices.Contains(p.Roles, r) }

// Admin reports whether the principal is an administrator.
func (p Principal) Admin() bool { return p.Has(AccountAdmin) }

// CanSee reports whether the principal may see a record with the given confidentiality and
// owner. The store applies the same rule inside every Cypher read (neo4jstore.visible).
func (p Principal) CanSee(confidential bool, owner string) bool {
	return !confidential || p.Admin() || (p.Org != "" && p.Org == owner)
}

// CanWrite reports whether the principal may change a record owned by owner: administrators
// any, officers their organisation's.
func (p Principal) CanWrite(owner string) bool {
	return p.Admin() || (p.Has(AccountOfficer) && p.Org != "" && p.Org == owner)
}

type principalKey struct{}

// NewContext returns ctx carrying p.
func NewContext(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the principal of ctx: anonymous when none was set, so that forgetting
// to set one denies rather than grants.
func PrincipalFrom(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}

// MayReadFunding reports whether p may see the amounts an activity is funded with:
// administrators and officers may; donors only for activities their organisation funds;
// anonymous callers never.
func (p Principal) MayReadFunding(a Activity) bool {
	if p.Admin() || p.Has(AccountOfficer) {
		return true
	}
	if !p.Has(AccountDonor) || p.Org == "" {
		return false
	}
	for _, f := range a.Funders {
		if f.Funder == p.Org {
			return true
		}
	}
	return false
}

// WithoutHiddenAmounts returns the activity with the funding amounts p may not see removed.
func (p Principal) WithoutHiddenAmounts(a Activity) Activity {
	if p.MayReadFunding(a) {
		return a
	}
	funders := make([]Funding, len(a.Funders))
	for i, f := range a.Funders {
		funders[i] = Funding{Funder: f.Funder, Target: f.Target}
	}
	a.Funders = funders
	return a
}
