package server

import (
	"context"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/concord-peace/concord"
)

// answerLimit bounds the size of an answer as it is built: the cost limit prices lists without
// paging at an assumed size, and real data can be larger (a country with 20,000 activities).
// Every field resolved counts; past the limit the operation's context is cancelled, so that
// loaders and analytics stop, and the answer is replaced by one TOO_LARGE error: a partial
// answer that silently lacks its tail would be wrong without saying so.
type answerLimit struct{ fields int64 }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.FieldInterceptor
} = answerLimit{}

func (answerLimit) ExtensionName() string                          { return "ConcordAnswerLimit" }
func (answerLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

type answerCount struct {
	fields atomic.Int64
	cancel context.CancelFunc
}

type answerKey struct{}

func (l answerLimit) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	ctx, cancel := context.WithCancel(ctx)
	count := &answerCount{cancel: cancel}
	respond := next(context.WithValue(ctx, answerKey{}, count))
	return func(ctx context.Context) *graphql.Response {
		resp := respond(ctx)
		if resp == nil { // the end of a stream
			cancel()
			return nil
		}
		if count.fields.Load() > l.fields {
			e := gqlerror.Errorf("the answer has more than %d values; ask for fewer fields, a smaller page (first) or a narrower question", l.fields)
			e.Extensions = map[string]any{"code": concord.ETOOLARGE}
			resp = &graphql.Response{Errors: gqlerror.List{e}, Extensions: resp.Extensions}
		}
		return resp
	}
}

// InterceptField counts the field; past the limit it stops the operation's work and resolves
// nothing more.
func (l answerLimit) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	count, ok := ctx.Value(answerKey{}).(*answerCount)
	if !ok {
		return next(ctx)
	}
	if count.fields.Add(1) > l.fields {
		count.cancel()
		return nil, errAnswerTooLarge
	}
	v, err := next(ctx)
	if err != nil && count.fields.Load() > l.fields {
		return nil, errAnswerTooLarge // cancelled by the limit, not failed: nothing to log
	}
	return v, err
}

// errAnswerTooLarge answers the fields still running when the limit is reached; the answer
// they were part of is replaced by one error.
var errAnswerTooLarge = concord.Errorf(concord.ETOOLARGE, "", "answer too large")
