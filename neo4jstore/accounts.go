package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord"
)

const accountProjection = `a {.id, .email, .name, .org, .roles, .disabled, .version}`

func decodeAccount(p props) concord.Account {
	a := concord.Account{
		ID: p.str("id"), Email: p.str("email"), Name: p.str("name"), Org: p.str("org"),
		Disabled: p.boolean("disabled"), Version: p.integer("version"),
	}
	for _, r := range p.strings("roles") {
		a.Roles = append(a.Roles, concord.AccountRole(r))
	}
	return a
}

func requireAdmin(ctx context.Context) error {
	if !concord.PrincipalFrom(ctx).Admin() {
		return concord.Errorf(concord.EFORBIDDEN, "", "only administrators manage accounts")
	}
	return nil
}

func validateAccount(a concord.Account) error {
	var errs concord.Errors
	if !concord.ValidEmail(a.Email) {
		errs.Add("input.email", "is not one plain email address (name@example.org)")
	}
	if len(a.Roles) == 0 {
		errs.Add("input.roles", "give at least one role")
	}
	for i, r := range a.Roles {
		if !slices.Contains(concord.AccountRoles, r) {
			errs.Add(fmt.Sprintf("input.roles[%d]", i), "unknown role %q", r)
		}
	}
	if a.Org == "" && !slices.Contains(a.Roles, concord.AccountAdmin) {
		errs.Add("input.org", "officers and donors belong to an organisation")
	}
	return errs.Err()
}

func accountParams(a concord.Account, hash string) map[string]any {
	roles := make([]string, len(a.Roles))
	for i, r := range a.Roles {
		roles[i] = string(r)
	}
	return map[string]any{"id": a.ID, "email": strings.ToLower(a.Email), "name": a.Name, "org": nullable(a.Org),
		"roles": roles, "disabled": a.Disabled, "hash": nullable(hash)}
}

// AccountForLogin implements concord.AccountStore.
func (s *Store) AccountForLogin(ctx context.Context, email string) (concord.Account, string, bool, error) {
	recs, err := s.read(ctx, "MATCH (a:Account {email: $email}) RETURN "+accountProjection+" AS account, a.hash AS hash",
		map[string]any{"email": strings.ToLower(email)})
	if err != nil || len(recs) == 0 {
		return concord.Account{}, "", false, err
	}
	acc, _ := recs[0].Get("account")
	hash, _ := recs[0].Get("hash")
	h, _ := hash.(string)
	return decodeAccount(asProps(acc)), h, true, nil
}

// Accounts loads accounts by id: administrators see any, others only their own.
func (s *Store) Accounts(ctx context.Context, ids []string) (map[string]concord.Account, error) {
	p := concord.PrincipalFrom(ctx)
	out := map[string]concord.Account{}
	recs, err := s.read(ctx, "UNWIND $ids AS id MATCH (a:Account {id: id}) WHERE $viewerAdmin OR a.id = $me RETURN "+accountProjection+" AS account",
		map[string]any{"ids": ids, "me": p.Subject})
	if err != nil {
		return nil, fmt.Errorf("load accounts: %w", err)
	}
	for _, r := range recs {
		v, _ := r.Get("account")
		a := decodeAccount(asProps(v))
		out[a.ID] = a
	}
	return out, nil
}

// ListAccounts lists accounts by email; administrators only.
func (s *Store) ListAccounts(ctx context.Context, args concord.PageArgs) (concord.Page[concord.Account], error) {
	if err := requireAdmin(ctx); err != nil {
		return concord.Page[concord.Account]{}, err
	}
	recs, err := s.read(ctx, "MATCH (a:Account) RETURN "+accountProjection+" AS account ORDER BY a.email", nil)
	if err != nil {
		return concord.Page[concord.Account]{}, fmt.Errorf("list accounts: %w", err)
	}
	all := make([]concord.Account, len(recs))
	for i, r := range recs {
		v, _ := r.Get("account")
		all[i] = decodeAccount(asProps(v))
	}
	return concord.PageOf(all, args)
}

// CreateAccount creates an account; administrators only.
func (s *Store) CreateAccount(ctx context.Context, a concord.Account, hash string) (concord.Account, error) {
	if err := requireAdmin(ctx); err != nil {
		return a, err
	}
	if a.ID == "" {
		a.ID = "acct-" + strings.ReplaceAll(strings.ToLower(a.Email), "@", "-at-")
	}
	if err := validateAccount(a); err != nil {
		return a, err
	}
	var out concord.Account
	err := s.writeTx(ctx, func(tx *tx) error {
		recs, err := tx.run("MATCH (a:Account) WHERE a.email = $email OR a.id = $id RETURN count(a) AS n", accountParams(a, hash))
		if err != nil {
			return err
		}
		if n, _ := recs[0].Get("n"); n.(int64) > 0 {
			return concord.Errorf(concord.ECONFLICT, "input.email", "an account with that email already exists")
		}
		if a.Org != "" {
			if err := checkRefs(tx.as(concord.System), []nodeRef{{labelActor, a.Org, "input.org"}}); err != nil {
				return err
			}
		}
		recs, err = tx.run(`CREATE (a:Account {id: $id, email: $email, name: $name, org: $org, roles: $roles,
  disabled: $disabled, hash: $hash, version: 1}) RETURN `+accountProjection+` AS account`, accountParams(a, hash))
		if err != nil {
			return err
		}
		v, _ := recs[0].Get("account")
		out = decodeAccount(asProps(v))
		return audit(tx, []change{{"CREATE", "account", out.ID, []string{"email", "name", "org", "roles"}}})
	})
	return out, err
}

// UpdateAccount changes an account at the version read; a non-empty hash sets a new password.
// Administrators only.
func (s *Store) UpdateAccount(ctx context.Context, id string, version int, patch func(*concord.Account) error, hash string) (concord.Account, error) {
	if err := requireAdmin(ctx); err != nil {
		return concord.Account{}, err
	}
	var out concord.Account
	err := s.writeTx(ctx, func(tx *tx) error {
		recs, err := tx.run("MATCH (a:Account {id: $id}) SET a._lock = true REMOVE a._lock RETURN "+accountProjection+" AS account", map[string]any{"id": id})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return concord.Errorf(concord.ENOTFOUND, "id", "no account with id %q", id)
		}
		v, _ := recs[0].Get("account")
		cur := decodeAccount(asProps(v))
		if cur.Version != version {
			return concord.Errorf(concord.ECONFLICT, "version", "account %q is at version %d, you sent %d", id, cur.Version, version)
		}
		if err := patch(&cur); err != nil {
			return err
		}
		if err := validateAccount(cur); err != nil {
			return err
		}
		params := accountParams(cur, hash)
		recs, err = tx.run(`MATCH (a:Account {id: $id})
SET a.name = $name, a.org = $org, a.roles = $roles, a.disabled = $disabled, a.version = a.version + 1,
    a.hash = coalesce($hash, a.hash)
WITH a
OPTIONAL MATCH (t:RefreshToken {account: a.id}) WHERE a.disabled OR $hash IS NOT NULL
SET t.revoked = true
RETURN DISTINCT `+accountProjection+` AS account`, params)
		if err != nil {
			return err
		}
		v, _ = recs[0].Get("account")
		out = decodeAccount(asProps(v))
		fields := []string{"name", "org", "roles", "disabled"}
		if hash != "" {
			fields = append(fields, "password")
		}
		return audit(tx, []change{{"UPDATE", "account", id, fields}})
	})
	return out, err
}

// DeleteAccount deletes an account and its refresh tokens; administrators only.
func (s *Store) DeleteAccount(ctx context.Context, id string) error {
	if err := requireAdmin(ctx); err != nil {
		return err
	}
	return s.writeTx(ctx, func(tx *tx) error {
		recs, err := tx.run(`MATCH (a:Account {id: $id})
OPTIONAL MATCH (t:RefreshToken {account: $id})
DETACH DELETE a, t
RETURN count(a) AS n`, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if n, _ := recs[0].Get("n"); n.(int64) == 0 {
			return concord.Errorf(concord.ENOTFOUND, "id", "no account with id %q", id)
		}
		return audit(tx, []change{{"DELETE", "account", id, nil}})
	})
}

// EnsureAccount creates the account unless one has its email (the bootstrap administrator).
func (s *Store) EnsureAccount(ctx context.Context, a concord.Account, hash string) (bool, error) {
	_, _, found, err := s.AccountForLogin(ctx, a.Email)
	if err != nil || found {
		return false, err
	}
	_, err = s.CreateAccount(concord.NewContext(ctx, concord.System), a, hash)
	return err == nil, err
}

// SaveRefreshToken implements concord.AccountStore.
func (s *Store) SaveRefreshToken(ctx context.Context, hash, account, family string, expires time.Time) error {
	return s.writeTx(ctx, func(tx *tx) error {
		_, err := tx.run(`CREATE (:RefreshToken {hash: $hash, account: $account, family: $family, expires: $expires,
  used: false, revoked: false, created: datetime()})`,
			map[string]any{"hash": hash, "account": account, "family": family, "expires": neo4j.LocalDateTimeOf(expires.UTC())})
		return err
	})
}

// UseRefreshToken implements concord.AccountStore: the token is spent in the same transaction
// that checks it, so two concurrent uses cannot both succeed.
func (s *Store) UseRefreshToken(ctx context.Context, hash string) (concord.Account, string, error) {
	invalid := concord.Errorf(concord.EUNAUTHENTICATED, "refreshToken", "invalid or expired refresh token")
	var acc concord.Account
	var family string
	var replayed bool
	err := s.writeTx(ctx, func(tx *tx) error {
		replayed = false
		recs, err := tx.run(`MATCH (t:RefreshToken {hash: $hash})
SET t.lock = true REMOVE t.lock
WITH t
OPTIONAL MATCH (a:Account {id: t.account})
RETURN t.used AS used, t.revoked AS revoked, t.expires < localdatetime({timezone: 'UTC'}) AS expired, t.family AS family,
  `+accountProjection+` AS account`, map[string]any{"hash": hash})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return invalid
		}
		m := props(recs[0].AsMap())
		family = m.str("family")
		if m.boolean("used") {
			// A spent token presented again: someone holds a copy. End the whole family.
			replayed = true
			_, err := tx.run("MATCH (t:RefreshToken {family: $family}) SET t.revoked = true", map[string]any{"family": family})
			return err
		}
		if m.boolean("revoked") || m.boolean("expired") || m["account"] == nil {
			return invalid
		}
		acc = decodeAccount(asProps(m["account"]))
		if acc.Disabled {
			return invalid
		}
		_, err = tx.run("MATCH (t:RefreshToken {hash: $hash}) SET t.used = true", map[string]any{"hash": hash})
		return err
	})
	if err == nil && replayed {
		err = invalid
	}
	return acc, family, err
}

// SessionLive implements concord.SessionChecker: one read of the account by its id and of its
// session's refresh tokens by their family (both indexed).
func (s *Store) SessionLive(ctx context.Context, p concord.Principal, session string) (bool, error) {
	recs, err := s.read(ctx, `OPTIONAL MATCH (a:Account {id: $id})
RETURN a IS NOT NULL AS found, coalesce(a.disabled, false) AS disabled, coalesce(a.org, '') AS org,
  coalesce(a.roles, []) AS roles,
  $session = '' OR EXISTS { MATCH (t:RefreshToken {family: $session}) WHERE t.account = $id } AS known,
  $session <> '' AND EXISTS { MATCH (t:RefreshToken {family: $session}) WHERE t.revoked } AS revoked`,
		map[string]any{"id": p.Subject, "session": session})
	if err != nil {
		return false, fmt.Errorf("check session of %q: %w", p.Subject, err)
	}
	r := asProps(recs[0].AsMap())
	if !r.boolean("found") || r.boolean("disabled") || !r.boolean("known") || r.boolean("revoked") || r.str("org") != p.Org {
		return false, nil
	}
	roles := r.strings("roles")
	if len(roles) != len(p.Roles) {
		return false, nil
	}
	for _, role := range p.Roles {
		if !slices.Contains(roles, string(role)) {
			return false, nil
		}
	}
	return true, nil
}

// RevokeRefreshToken implements concord.AccountStore.
func (s *Store) RevokeRefreshToken(ctx context.Context, hash string) error {
	return s.writeTx(ctx, func(tx *tx) error {
		_, err := tx.run(`MATCH (t:RefreshToken {hash: $hash})
MATCH (f:RefreshToken {family: t.family}) SET f.revoked = true`, map[string]any{"hash": hash})
		return err
	})
}
