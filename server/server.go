// Package server wires Concord's HTTP surface: the GraphQL endpoint, the offline GraphiQL
// page, health and readiness probes, request limits and security headers.
package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph"
	"github.com/concord-peace/concord/resolvers"
)

// Config holds the HTTP settings.
type Config struct {
	Addr            string        // listen address, e.g. 127.0.0.1:8080
	MaxBodyBytes    int64         // GraphQL request bodies larger than this are refused
	RequestTimeout  time.Duration // each request's deadline, passed down to Neo4j
	Introspection   bool          // schema introspection (GraphiQL needs it)
	ComplexityLimit int           // the most a query may cost (fields, lists count more)
}

// Server serves the API.
type Server struct {
	cfg    Config
	store  concord.Store
	log    *slog.Logger
	http   *http.Server
	ln     net.Listener
	Router http.Handler
}

// New builds the handler tree.
func New(cfg Config, store concord.Store, atlas concord.Atlas, log *slog.Logger) *Server {
	r := &resolvers.Resolver{Store: store, Atlas: atlas, Today: concord.Today, MaxImportBytes: int(cfg.MaxBodyBytes)}
	gql := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: r}))
	gql.AddTransport(transport.POST{})
	if cfg.Introspection {
		gql.Use(extension.Introspection{})
	}
	if cfg.ComplexityLimit > 0 {
		gql.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	}
	gql.AroundOperations(resolvers.WithLoaders(store))
	gql.SetErrorPresenter(resolvers.ErrorPresenter(log))
	gql.SetRecoverFunc(resolvers.Recover(log))

	s := &Server{cfg: cfg, store: store, log: log}
	mux := http.NewServeMux()
	mux.Handle("POST /graphql", s.limitBody(gql))
	mux.HandleFunc("GET /graphql", serveGraphiQL)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/graphql", http.StatusFound) })
	mux.HandleFunc("GET /graphiql/start.js", serveGraphiQLStart)
	mux.Handle("GET /graphiql/", http.FileServerFS(graphiqlAssets))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", s.ready)
	s.Router = s.logRequests(securityHeaders(s.timeout(mux)))
	return s
}

// ready answers 200 while Neo4j is reachable, 503 otherwise.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "not ready", "err", err)
		http.Error(w, "neo4j unavailable\n", http.StatusServiceUnavailable)
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}

// limitBody refuses GraphQL bodies over the limit and anything but JSON, which also keeps
// cross-site form posts (text/plain, form-encoded) from reaching the API.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			writeError(w, http.StatusUnsupportedMediaType, concord.EINVALID, "GraphQL requests are POSTs with Content-Type: application/json")
			return
		}
		if r.ContentLength > s.cfg.MaxBodyBytes {
			writeError(w, http.StatusRequestEntityTooLarge, concord.EINVALID, "request body too large")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

func (s *Server) timeout(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
		next.ServeHTTP(w, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		s.log.InfoContext(r.Context(), "request", "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "duration_ms", time.Since(start).Milliseconds())
	})
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(`{"errors":[{"message":"` + msg + `","extensions":{"code":"` + code + `"}}]}`))
}

// Listen binds the configured address; Addr then reports the bound one (useful with port 0).
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	s.ln = ln
	return nil
}

// Addr returns the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve serves until ctx is cancelled, then shuts down gracefully, letting requests in flight
// finish for up to 10 seconds.
func (s *Server) Serve(ctx context.Context) error {
	if s.ln == nil {
		if err := s.Listen(); err != nil {
			return err
		}
	}
	s.http = &http.Server{
		Handler:           s.Router,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout + 5*time.Second,
		WriteTimeout:      s.cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- s.http.Serve(s.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.http.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
