package resolvers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/concord-peace/concord"
)

// ErrorPresenter turns every error a resolver returns into what a client sees: a domain error
// keeps its message and carries its code and field in extensions; anything else is logged
// and shown as "Internal error." with code INTERNAL, so no Neo4j or Go internals leak. Every
// error carries the request's id (extensions.requestId).
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		presented := graphql.DefaultErrorPresenter(ctx, err)
		var many concord.Errors
		var one *concord.Error
		switch {
		case errors.As(err, &many) && len(many) > 0:
			presented.Message = many.Error()
			presented.Extensions = map[string]any{"code": many[0].Code, "field": many[0].Field, "errors": fieldErrors(many)}
		case errors.As(err, &one):
			presented.Message = one.Message
			if one.Field != "" {
				presented.Message = one.Error()
			}
			presented.Extensions = map[string]any{"code": one.Code}
			if one.Field != "" {
				presented.Extensions["field"] = one.Field
			}
			if one.Code == concord.EINTERNAL || one.Code == concord.EUNAVAILABLE {
				log.ErrorContext(ctx, "request failed", "code", one.Code, "path", presented.Path.String(), "err", err)
			}
		case isGraphQLError(err):
			// Parse, validation and argument-coercion errors from gqlgen are about the request
			// itself and already name the offending place.
			if presented.Extensions == nil {
				presented.Extensions = map[string]any{}
			}
			if _, ok := presented.Extensions["code"]; !ok {
				presented.Extensions["code"] = concord.EINVALID
			}
		default:
			log.ErrorContext(ctx, "internal error", "path", presented.Path.String(), "err", err)
			presented.Message = "Internal error (request " + concord.RequestIDFrom(ctx) + ")."
			presented.Extensions = map[string]any{"code": concord.EINTERNAL}
		}
		// Every error carries the request's id, which every log line of the request carries too.
		if id := concord.RequestIDFrom(ctx); id != "" {
			presented.Extensions["requestId"] = id
		}
		return presented
	}
}

// isGraphQLError reports whether err is gqlgen's own parse or validation error. Those wrap no
// cause; a gqlerror that wraps one carries a resolver's or a scalar's error, which is shown
// only if it is a domain error.
func isGraphQLError(err error) bool {
	var gqlErr *gqlerror.Error
	return errors.As(err, &gqlErr) && gqlErr.Unwrap() == nil
}

func fieldErrors(es concord.Errors) []map[string]any {
	out := make([]map[string]any, len(es))
	for i, e := range es {
		out[i] = map[string]any{"field": e.Field, "message": e.Message, "code": e.Code}
	}
	return out
}

// Recover turns a panic in a resolver into an internal error, logged with its value.
func Recover(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "resolver panic", "panic", fmt.Sprint(v))
		return errors.New("panic in resolver")
	}
}
