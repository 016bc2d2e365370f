package concord

import "context"

// The request's own facts that the HTTP server learns and the layers below it use: they live
// here, with the principal, so that no layer needs the HTTP or GraphQL packages to read them.

type requestIDKey struct{}

// WithRequestID records the request's id, so that an internal error's message and its log
// line name the same request.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestIDFrom returns the request's id, "" when none was recorded.
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

type clientKey struct{}

// WithClient records the client's address, which login throttling counts failures by.
func WithClient(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientKey{}, addr)
}

// ClientFrom returns the client's address, "" when none was recorded.
func ClientFrom(ctx context.Context) string {
	addr, _ := ctx.Value(clientKey{}).(string)
	return addr
}
