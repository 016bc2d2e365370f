// Package server wires Concord's HTTP surface: the GraphQL endpoint, the offline GraphiQL
// page, health and readiness probes, request limits and security headers.
package server

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/analytics"
	"github.com/concord-peace/concord/auth"
	"github.com/concord-peace/concord/graph"
	"github.com/concord-peace/concord/internal/httperror"
	"github.com/concord-peace/concord/live"
	"github.com/concord-peace/concord/resolvers"
)

// Config holds the HTTP settings.
type Config struct {
	Addr           string        // listen address, e.g. 127.0.0.1:8080
	MaxBodyBytes   int64         // GraphQL request bodies larger than this are refused…
	MaxImportBytes int64         // …but for importDataset, which takes documents up to this size
	RequestTimeout time.Duration // each request's deadline, passed down to Neo4j
	Introspection  bool          // schema introspection and field suggestions (GraphiQL needs them)
	Limits         Limits        // query shape and cost limits
	// Anonymous lets requests without a token read public records; off, they may only sign in.
	Anonymous bool
	// CORSOrigins are the browser origins allowed to call the API from another site.
	CORSOrigins []string
	// MetricsToken is the bearer token a Prometheus job scrapes /metrics with; administrators'
	// tokens are accepted too. Empty: administrators only.
	MetricsToken string
}

// Deps are what the server serves.
type Deps struct {
	Store    concord.Store
	Atlas    concord.Atlas
	Accounts concord.AccountStore
	Auth     concord.Authenticator
	Files    concord.FileImporter
	AuditLog interface {
		AuditEvents(ctx context.Context, f concord.AuditFilter, p concord.PageArgs) (concord.Page[concord.AuditEvent], error)
	}
	Verifier *auth.Verifier
	Log      *slog.Logger
	// UI is the built web UI, served at / from the API's origin; nil serves none.
	UI fs.FS
}

// Server serves the API.
type Server struct {
	cfg    Config
	store  concord.Pinger // for the readiness probe
	log    *slog.Logger
	http   *http.Server
	ln     net.Listener
	Router http.Handler
}

// New builds the handler tree.
func New(cfg Config, d Deps) *Server {
	log := d.Log
	cfg.Limits = cfg.Limits.orDefaults()
	m := newMetrics(d.Store)
	if d.Files != nil {
		d.Files = meteredFiles{d.Files, m}
	}
	r := &resolvers.Resolver{
		Store: d.Store, Atlas: d.Atlas, Analytics: analytics.NewService(d.Store, d.Atlas, concord.Today), MaxImportBytes: int(max(cfg.MaxImportBytes, cfg.MaxBodyBytes)),
		AccountStore: d.Accounts, Auth: d.Auth, AuditLog: d.AuditLog, Anonymous: cfg.Anonymous, Files: d.Files,
	}
	broker := live.NewBroker(r.Analytics, d.Store, live.Options{Timeout: cfg.RequestTimeout}, log)
	r.Live = broker
	m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "concord_overlap_alert_subscribers",
		Help: "Clients subscribed to overlapAlerts now.",
	}, func() float64 { return float64(broker.Subscribers()) }))
	gql := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: r}))
	gql.AddTransport(transport.POST{})
	gql.AddTransport(transport.Websocket{
		InitFunc:         websocketInit(d.Verifier, cfg.Anonymous),
		InitTimeout:      10 * time.Second,
		PingPongInterval: 25 * time.Second,
	})
	if cfg.Introspection {
		gql.Use(extension.Introspection{})
	}
	gql.SetDisableSuggestion(!cfg.Introspection)
	gql.SetParserTokenLimit(cfg.Limits.Tokens)
	gql.Use(shapeGuard{cfg.Limits, cfg.Introspection})
	gql.Use(costGuard{cfg.Limits.Complexity})
	gql.Use(answerLimit{int64(cfg.Limits.AnswerFields)})
	gql.AroundOperations(resolvers.WithLoaders(d.Store))
	gql.AroundOperations(announceWrites(broker))
	gql.AroundRootFields(r.Authorize)
	gql.Use(responseMetrics{m})
	gql.SetErrorPresenter(resolvers.ErrorPresenter(log))
	gql.SetRecoverFunc(resolvers.Recover(log))

	s := &Server{cfg: cfg, store: d.Store, log: log}
	mux := http.NewServeMux()
	mux.Handle("POST /graphql", s.limitBody(s.answerByDeadline(gql)))
	// GET /graphql: a websocket upgrade is a subscription (graphql-transport-ws); anything
	// else is a browser asking for GraphiQL.
	mux.Handle("GET /graphql", subscriptionsOr(gql, http.HandlerFunc(serveGraphiQL)))
	if d.UI != nil {
		mux.Handle("GET /", uiHandler(d.UI))
	} else {
		mux.HandleFunc("GET /{$}", noUI)
	}
	mux.HandleFunc("GET /graphiql/start.js", serveGraphiQLStart)
	mux.Handle("GET /calendar/mandate-renewals.ics", mandateCalendar(r.Analytics, d.Store, d.Atlas))
	mux.Handle("GET /graphiql/", http.FileServerFS(graphiqlAssets))
	live := func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok\n")) }
	mux.HandleFunc("GET /healthz", live)
	mux.HandleFunc("GET /livez", live)
	mux.HandleFunc("GET /readyz", s.ready)
	api := s.cors(withClient(auth.Middleware(d.Verifier)(s.timeout(mux))))
	// /metrics checks its own tokens: a scrape token is not a Concord access token.
	outer := http.NewServeMux()
	outer.Handle("GET /metrics", m.handler(cfg.MetricsToken, d.Verifier))
	outer.Handle("/", api)
	s.Router = requestID(s.logRequests(m.countResponses(securityHeaders(outer))))
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

// limitBody refuses anything but JSON, which also keeps cross-site form posts (text/plain,
// form-encoded) from reaching the API, and bounds bodies: MaxBodyBytes for ordinary
// operations, MaxImportBytes for one whose only top-level fields are importDataset.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			httperror.Write(w, r, http.StatusUnsupportedMediaType, concord.EINVALID, "GraphQL requests are POSTs with Content-Type: application/json")
			return
		}
		limit := max(s.cfg.MaxImportBytes, s.cfg.MaxBodyBytes)
		if r.ContentLength > limit {
			httperror.Write(w, r, http.StatusRequestEntityTooLarge, concord.EINVALID, "request body too large")
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		if err != nil {
			httperror.Write(w, r, http.StatusRequestEntityTooLarge, concord.EINVALID, "request body too large")
			return
		}
		if int64(len(body)) > s.cfg.MaxBodyBytes && !onlyImport(body) {
			httperror.Write(w, r, http.StatusRequestEntityTooLarge, concord.EINVALID, "request body too large (only importDataset takes large documents)")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// imports are the mutations that take whole documents.
var imports = []string{"importDataset", "importIATI", "importHXL"}

// onlyImport reports whether a GraphQL request body holds one mutation whose top-level fields
// are all imports.
func onlyImport(body []byte) bool {
	var req struct {
		Query string `json:"query"`
	}
	if json.Unmarshal(body, &req) != nil {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: req.Query})
	if err != nil || len(doc.Operations) != 1 || len(doc.Fragments) != 0 || doc.Operations[0].Operation != ast.Mutation {
		return false
	}
	for _, sel := range doc.Operations[0].SelectionSet {
		if f, ok := sel.(*ast.Field); !ok || !slices.Contains(imports, f.Name) {
			return false
		}
	}
	return true
}

// answerByDeadline answers a GraphQL request by its deadline even if its handler is still
// busy in work that does not look at its context: parsing and validating a query are bounded by
// the shape limits, not interruptible. The client gets a 503 with one UNAVAILABLE error then;
// the handler's context has ended too (timeout), so its reads of Neo4j stop.
func (s *Server) answerByDeadline(next http.Handler) http.Handler {
	const body = `{"errors":[{"message":"the request did not finish within its deadline","extensions":{"code":"UNAVAILABLE"}}]}`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json") // for the answer at the deadline
		http.TimeoutHandler(next, s.cfg.RequestTimeout, body).ServeHTTP(w, r)
	})
}

func (s *Server) timeout(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebsocket(r) {
			// A subscription lasts as long as its token (websocketInit), not one request.
			next.ServeHTTP(w, r)
			return
		}
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
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
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

// Unwrap lets http.ResponseController reach the connection (deadlines, flushing).
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Hijack hands the connection to a websocket (subscriptions); the status is then 101.
func (r *statusRecorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := r.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("the connection cannot be taken over")
	}
	r.status = http.StatusSwitchingProtocols
	return h.Hijack()
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
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout + 5*time.Second,
		WriteTimeout:      s.cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
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

// cors answers preflights and marks responses for the configured origins only; other sites'
// pages get no CORS headers, so browsers keep them from reading the API.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && slices.Contains(s.cfg.CORSOrigins, origin) {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Vary", "Origin")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
			h.Set("Access-Control-Max-Age", "600")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// withClient records the client's address for login throttling. Behind a load balancer this
// is the balancer's; trusting X-Forwarded-For needs a configured proxy list, not done yet.
func withClient(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		next.ServeHTTP(w, r.WithContext(concord.WithClient(r.Context(), host)))
	})
}

// requestID gives each request an id, returned in X-Request-Id, logged with the request and
// shown with internal errors so a user can quote it.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		id := hex.EncodeToString(b)
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(concord.WithRequestID(r.Context(), id)))
	})
}
