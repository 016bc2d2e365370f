package server

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/auth"
	"github.com/concord-peace/concord/live"
)

// isWebsocket reports whether r asks to become a websocket.
func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// subscriptionsOr hands websocket upgrades to gql and anything else to other. The server's
// read and write deadlines, meant for one request, are lifted from an upgraded connection: it
// lives as long as its token.
func subscriptionsOr(gql, other http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isWebsocket(r) {
			other.ServeHTTP(w, r)
			return
		}
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Time{})
		_ = rc.SetWriteDeadline(time.Time{})
		gql.ServeHTTP(w, r)
	})
}

// websocketInit checks the token a browser sends in connection_init (it cannot set headers on
// a websocket): {"Authorization": "Bearer …"}. A bad token refuses the connection; a good one
// gives the connection its principal until the token expires, when the connection closes. A
// connection without a token is anonymous (refused when anonymous reading is off).
func websocketInit(v *auth.Verifier, anonymous bool) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		header := payload.Authorization()
		if header == "" {
			if !concord.PrincipalFrom(ctx).Anonymous() { // a header on the upgrade request itself
				return ctx, nil, nil
			}
			if !anonymous {
				return ctx, nil, errors.New("sign in first: send Authorization in connection_init")
			}
			return ctx, nil, nil
		}
		scheme, token, ok := strings.Cut(header, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || len(header) > auth.MaxTokenBytes {
			return ctx, nil, errors.New("invalid or expired token")
		}
		p, expires, err := v.VerifySession(ctx, strings.TrimSpace(token))
		if err != nil {
			return ctx, nil, errors.New("invalid or expired token")
		}
		ctx = concord.NewContext(ctx, p)
		if !expires.IsZero() {
			ctx = transport.AppendCloseReason(ctx, "token expired")
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, expires)
			context.AfterFunc(ctx, cancel) // released when the deadline passes or the connection ends
		}
		return ctx, nil, nil
	}
}

// announceWrites tells the broker after each mutation other than signing in or out: whatever
// it wrote may have made new overlaps. The broker coalesces bursts, and a mutation that
// failed costs one needless look.
func announceWrites(b *live.Broker) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		if oc.Operation == nil || oc.Operation.Operation != ast.Mutation || onlySession(oc.Operation) {
			return next(ctx)
		}
		respond := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := respond(ctx)
			b.Changed()
			return resp
		}
	}
}

// onlySession reports whether a mutation only signs in, renews or signs out.
func onlySession(op *ast.OperationDefinition) bool {
	for _, sel := range op.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok || (f.Name != "login" && f.Name != "refresh" && f.Name != "logout") {
			return false
		}
	}
	return true
}
