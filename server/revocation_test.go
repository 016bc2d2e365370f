package server_test

import (
	"fmt"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/auth"
)

// TestRevocationTakesEffectOnTheNextRequest: signing out, disabling, demoting or deleting an
// account ends its access tokens at once, not when they expire 15 minutes later (reported: a
// deleted account's token still created a lesson). Each case signs in afresh, proves the token
// works, changes the account, and sends the same request again.
func TestRevocationTakesEffectOnTheNextRequest(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	hash, err := auth.HashPassword("a long enough password")
	if err != nil {
		t.Fatal(err)
	}
	const email = "revoked@eu.example"
	officer := concord.Account{Email: email, Org: "eu", Roles: []concord.AccountRole{concord.AccountOfficer}}
	created, err := a.store.CreateAccount(sys, officer, hash)
	if err != nil {
		t.Fatal(err)
	}
	id := created.ID

	signIn := func() (access, refresh string) {
		t.Helper()
		a.token = ""
		var s struct {
			Login struct{ AccessToken, RefreshToken string }
		}
		a.query(`mutation($e: String!) { login(email: $e, password: "a long enough password") { accessToken refreshToken } }`,
			map[string]any{"e": email}, &s)
		return s.Login.AccessToken, s.Login.RefreshToken
	}
	update := func(patch func(*concord.Account)) {
		t.Helper()
		found, err := a.store.Accounts(sys, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.store.UpdateAccount(sys, id, found[id].Version, func(x *concord.Account) error { patch(x); return nil }, ""); err != nil {
			t.Fatal(err)
		}
	}
	createLesson := `mutation($id: ID!) { createLesson(input: {id: $id, title: "After revocation", text: "Must not be written."}) { id } }`

	cases := []struct {
		name   string
		revoke func(refresh string)
	}{
		{"Logout", func(refresh string) {
			var out struct{ Logout bool }
			a.query(`mutation($t: String!) { logout(refreshToken: $t) }`, map[string]any{"t": refresh}, &out)
		}},
		{"Disabled", func(string) { update(func(x *concord.Account) { x.Disabled = true }) }},
		{"Demoted", func(string) {
			update(func(x *concord.Account) { x.Roles = []concord.AccountRole{concord.AccountDonor} })
		}},
		{"MovedToAnotherOrganisation", func(string) { update(func(x *concord.Account) { x.Org = "osce" }) }},
		{"Deleted", func(string) {
			if err := a.store.DeleteAccount(sys, id); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			access, refresh := signIn()
			a.token = access
			var me struct{ Me struct{ ID string } }
			a.query(`{ me { id } }`, nil, &me)
			if me.Me.ID != id {
				t.Fatalf("before: me = %+v", me)
			}

			c.revoke(refresh)

			a.token = access
			if e := a.fail(`{ me { id } }`, nil); code(e) != "UNAUTHENTICATED" {
				t.Errorf("me after revocation: %+v", e)
			}
			lessonID := "lesson-after-" + c.name
			if e := a.fail(createLesson, map[string]any{"id": lessonID}); code(e) != "UNAUTHENTICATED" {
				t.Errorf("createLesson after revocation: %+v", e)
			}
			a.as(admin)
			var l struct{ Lesson *struct{ ID string } }
			a.query(`query($id: ID!) { lesson(id: $id) { id } }`, map[string]any{"id": lessonID}, &l)
			if l.Lesson != nil {
				t.Errorf("the lesson was written")
			}

			// Put the account back for the next case.
			if i < len(cases)-1 {
				update(func(x *concord.Account) {
					*x = concord.Account{ID: x.ID, Email: x.Email, Version: x.Version, Org: "eu", Roles: officer.Roles}
				})
			}
		})
	}
}

// TestReplicasShareThrottlingAndRevocation runs two servers on one Neo4j, each with its own
// connection and memory, as two processes behind a load balancer would be: failures counted by
// one slow sign-ins on the other, and a sign-out on one ends the token on the other.
func TestReplicasShareThrottlingAndRevocation(t *testing.T) {
	one := newAPI(t)
	one.load(fixture)
	two := newReplica(t, one)
	hash, err := auth.HashPassword("a long enough password")
	if err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{"throttled@eu.example", "revoked@eu.example"} {
		if _, err := one.store.CreateAccount(sys, concord.Account{Email: email, Org: "eu", Roles: []concord.AccountRole{concord.AccountOfficer}}, hash); err != nil {
			t.Fatal(err)
		}
	}
	login := `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }`

	t.Run("Throttling", func(t *testing.T) {
		one.as(anonymous)
		two.as(anonymous)
		// Three failures on one, two on the other: five, the free ones of the pair.
		for i, a := range []*api{one, two, one, two, one} {
			if e := a.fail(login, map[string]any{"e": "throttled@eu.example", "p": "wrong guess"}); code(e) != "UNAUTHENTICATED" {
				t.Fatalf("failure %d: %+v", i+1, e)
			}
		}
		// The sixth waits, on either replica.
		for name, a := range map[string]*api{"one": one, "two": two} {
			if e := a.fail(login, map[string]any{"e": "throttled@eu.example", "p": "a long enough password"}); code(e) != "RATE_LIMITED" {
				t.Errorf("replica %s after five failures on both: %+v", name, e)
			}
		}
	})

	t.Run("Revocation", func(t *testing.T) {
		var s struct {
			Login struct{ AccessToken, RefreshToken string }
		}
		one.query(login, map[string]any{"e": "revoked@eu.example", "p": "a long enough password"}, &s)
		two.token = s.Login.AccessToken
		var me struct{ Me struct{ ID string } }
		two.query(`{ me { id } }`, nil, &me)
		if me.Me.ID == "" {
			t.Fatal("the token of one does not work on two")
		}
		var out struct{ Logout bool }
		one.query(`mutation($t: String!) { logout(refreshToken: $t) }`, map[string]any{"t": s.Login.RefreshToken}, &out)
		if e := two.fail(`{ me { id } }`, nil); code(e) != "UNAUTHENTICATED" {
			t.Errorf("replica two after a sign-out on one: %+v", e)
		}
	})
}

// TestSignInThrottlingLocksNoOneOut is the reported availability case: five wrong guesses from
// anywhere locked an account for 15 minutes, and successful sign-ins counted against an
// address, so a sixth colleague behind one NAT was refused.
func TestSignInThrottlingLocksNoOneOut(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	hash, err := auth.HashPassword("a long enough password")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 7 {
		email := fmt.Sprintf("colleague%d@eu.example", i)
		if _, err := a.store.CreateAccount(sys, concord.Account{Email: email, Org: "eu", Roles: []concord.AccountRole{concord.AccountOfficer}}, hash); err != nil {
			t.Fatal(err)
		}
	}
	a.as(anonymous)
	login := `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`

	// Seven colleagues sign in from one address (a NAT): all succeed.
	for i := range 7 {
		resp := a.doFrom("203.0.113.7:4000", login, map[string]any{"e": fmt.Sprintf("colleague%d@eu.example", i), "p": "a long enough password"})
		if len(resp.Errors) > 0 {
			t.Errorf("colleague %d behind one address: %+v", i, resp.Errors)
		}
	}
	// A guesser fails five times at colleague0 from elsewhere, then is slowed down…
	for range 5 {
		a.doFrom("198.51.100.9:5000", login, map[string]any{"e": "colleague0@eu.example", "p": "a wrong guess"})
	}
	if e := a.doFrom("198.51.100.9:5000", login, map[string]any{"e": "colleague0@eu.example", "p": "another guess"}); len(e.Errors) == 0 || code(e.Errors[0]) != "RATE_LIMITED" {
		t.Errorf("the sixth guess: %+v", e.Errors)
	}
	// …while the owner still signs in from the office.
	if resp := a.doFrom("203.0.113.7:4001", login, map[string]any{"e": "colleague0@eu.example", "p": "a long enough password"}); len(resp.Errors) > 0 {
		t.Errorf("the owner after a guesser's failures: %+v", resp.Errors)
	}
}
