package server

import (
	"context"
	"crypto/subtle"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/auth"
	"github.com/concord-peace/concord/internal/httperror"
)

// Metrics for Prometheus at /metrics, in a registry of the server's own. Every label takes
// values from a fixed set — operation kinds, error codes, status classes — never from what a
// client sends, so a client cannot grow the server's memory through them.
type metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.CounterVec   // by kind and outcome
	latency    *prometheus.HistogramVec // by kind
	refused    *prometheus.CounterVec   // by reason
	responses  *prometheus.CounterVec   // HTTP answers by route and status class
	imported   *prometheus.CounterVec   // records read by format and what became of them
	importing  prometheus.Gauge
}

// knownCodes are the error codes counted under their own name; others count as OTHER.
var knownCodes = []string{
	concord.EINVALID, concord.ENOTFOUND, concord.ECONFLICT, concord.EFORBIDDEN, concord.EUNAUTHENTICATED,
	concord.EINTERNAL, concord.EUNAVAILABLE, concord.ETOOLARGE, concord.ERATELIMITED,
	"GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", errComplexity,
}

// refusals are the codes of a request refused before or while it ran, by reason.
var refusals = map[string]string{
	"GRAPHQL_VALIDATION_FAILED": "invalid_or_over_shape_limits",
	"GRAPHQL_PARSE_FAILED":      "unparsable_or_over_token_limit",
	errComplexity:               "cost_limit",
	concord.ETOOLARGE:           "answer_or_question_too_large",
	concord.ERATELIMITED:        "sign_in_throttled",
	concord.EUNAUTHENTICATED:    "unauthenticated",
	concord.EFORBIDDEN:          "forbidden",
}

func newMetrics(store any) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "concord_graphql_operations_total",
			Help: "GraphQL operations answered, by kind (query, mutation, unknown when refused before parsing) and outcome (ok, or the first error's code).",
		}, []string{"kind", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "concord_graphql_operation_duration_seconds",
			Help:    "Time from the start of a GraphQL operation to its answer, by kind.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"kind"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "concord_refused_total",
			Help: "Requests refused, by reason: limits on a query's shape, cost or answer, throttled sign-ins, missing or revoked tokens, forbidden calls, deadlines.",
		}, []string{"reason"}),
		responses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "concord_http_responses_total",
			Help: "HTTP answers by route (graphql, metrics, probe, ui) and status class.",
		}, []string{"route", "status"}),
		imported: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "concord_import_records_total",
			Help: "Records of imported IATI and HXL files, by format and outcome (created, updated, unchanged, skipped), counted as each import ends.",
		}, []string{"format", "outcome"}),
		importing: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "concord_imports_running",
			Help: "File imports in progress.",
		}),
	}
	m.registry.MustRegister(m.operations, m.latency, m.refused, m.responses, m.imported, m.importing,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if s, ok := store.(concord.StatsReporter); ok {
		m.registry.MustRegister(storeCollector{s})
	}
	return m
}

// storeCollector reads the store's counters at each scrape.
type storeCollector struct{ store concord.StatsReporter }

var (
	descTransactions = prometheus.NewDesc("concord_neo4j_transactions_total", "Neo4j transactions begun, by access mode.", []string{"mode"}, nil)
	descRetries      = prometheus.NewDesc("concord_neo4j_transaction_retries_total", "Extra runs of explicit transactions (writes, snapshots) after a transient failure or a deadlock.", nil, nil)
	descInFlight     = prometheus.NewDesc("concord_neo4j_transactions_in_flight", "Neo4j transactions running now.", nil, nil)
	descPool         = prometheus.NewDesc("concord_neo4j_pool_max_connections", "Size of the driver's connection pool.", nil, nil)
	descStatements   = prometheus.NewDesc("concord_neo4j_statements_total", "Cypher statements sent.", nil, nil)
)

func (c storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descTransactions, descRetries, descInFlight, descPool, descStatements} {
		ch <- d
	}
}

func (c storeCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.store.Stats()
	ch <- prometheus.MustNewConstMetric(descTransactions, prometheus.CounterValue, float64(s.Reads), "read")
	ch <- prometheus.MustNewConstMetric(descTransactions, prometheus.CounterValue, float64(s.Writes), "write")
	ch <- prometheus.MustNewConstMetric(descRetries, prometheus.CounterValue, float64(s.Retries))
	ch <- prometheus.MustNewConstMetric(descInFlight, prometheus.GaugeValue, float64(s.InFlight))
	ch <- prometheus.MustNewConstMetric(descPool, prometheus.GaugeValue, float64(s.MaxConnections))
	ch <- prometheus.MustNewConstMetric(descStatements, prometheus.CounterValue, float64(s.Statements))
}

// countedCode returns code if it is one counted under its own name, else OTHER.
func countedCode(code string) string {
	if slices.Contains(knownCodes, code) {
		return code
	}
	return "OTHER"
}

// observeResponse counts one GraphQL answer.
func (m *metrics) observeResponse(ctx context.Context, resp *graphql.Response, started time.Time) {
	kind := "unknown"
	if graphql.HasOperationContext(ctx) {
		if oc := graphql.GetOperationContext(ctx); oc.Operation != nil {
			kind = string(oc.Operation.Operation)
		}
	}
	outcome := "ok"
	if len(resp.Errors) > 0 {
		code, _ := resp.Errors[0].Extensions["code"].(string)
		outcome = countedCode(code)
	}
	m.operations.WithLabelValues(kind, outcome).Inc()
	m.latency.WithLabelValues(kind).Observe(time.Since(started).Seconds())
	if reason, ok := refusals[outcome]; ok {
		m.refused.WithLabelValues(reason).Inc()
	}
}

// responseMetrics is the gqlgen extension that counts every GraphQL answer.
type responseMetrics struct{ m *metrics }

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = responseMetrics{}

func (responseMetrics) ExtensionName() string                          { return "ConcordMetrics" }
func (responseMetrics) Validate(schema graphql.ExecutableSchema) error { return nil }

func (r responseMetrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	started := time.Now()
	resp := next(ctx)
	if resp != nil {
		r.m.observeResponse(ctx, resp, started)
	}
	return resp
}

// countResponses counts the HTTP answers by route and status class; answers that never reach
// GraphQL (a bad token, the deadline) are counted as refusals here.
func (m *metrics) countResponses(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		route := "ui"
		switch {
		case strings.HasPrefix(r.URL.Path, "/graphql"):
			route = "graphql"
		case r.URL.Path == "/metrics":
			route = "metrics"
		case slices.Contains([]string{"/healthz", "/livez", "/readyz"}, r.URL.Path):
			route = "probe"
		}
		m.responses.WithLabelValues(route, strconv.Itoa(rec.status/100)+"xx").Inc()
		if route == "graphql" {
			switch rec.status {
			case http.StatusUnauthorized:
				m.refused.WithLabelValues("unauthenticated").Inc()
			case http.StatusServiceUnavailable:
				m.refused.WithLabelValues("deadline_or_neo4j_unavailable").Inc()
			case http.StatusRequestEntityTooLarge:
				m.refused.WithLabelValues("body_too_large").Inc()
			}
		}
	})
}

// handler serves the metrics to the scrape token (a Prometheus job's bearer token) or to an
// administrator's access token; anyone else gets 401, since the numbers describe the service.
func (m *metrics) handler(scrapeToken string, verifier *auth.Verifier) http.Handler {
	serve := promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		token = strings.TrimSpace(token)
		allowed := false
		if strings.EqualFold(scheme, "Bearer") && token != "" {
			if scrapeToken != "" && subtle.ConstantTimeCompare([]byte(token), []byte(scrapeToken)) == 1 {
				allowed = true
			} else if p, err := verifier.VerifyRequest(r.Context(), token); err == nil && p.Admin() {
				allowed = true
			}
		}
		if !allowed {
			httperror.Write(w, r, http.StatusUnauthorized, concord.EUNAUTHENTICATED, "metrics are for administrators and the configured scrape token")
			return
		}
		serve.ServeHTTP(w, r)
	})
}

// meteredFiles counts file imports as they run and end.
type meteredFiles struct {
	next concord.FileImporter
	m    *metrics
}

func (f meteredFiles) ImportIATI(ctx context.Context, r io.Reader) (concord.FileImportReport, error) {
	return f.count("iati", func() (concord.FileImportReport, error) { return f.next.ImportIATI(ctx, r) })
}

func (f meteredFiles) ImportHXL(ctx context.Context, r io.Reader, sheet concord.HXLSheet) (concord.FileImportReport, error) {
	return f.count("hxl", func() (concord.FileImportReport, error) { return f.next.ImportHXL(ctx, r, sheet) })
}

func (f meteredFiles) count(format string, run func() (concord.FileImportReport, error)) (concord.FileImportReport, error) {
	f.m.importing.Inc()
	defer f.m.importing.Dec()
	rep, err := run()
	if err == nil {
		for outcome, n := range map[string]int{"created": rep.Created, "updated": rep.Updated, "unchanged": rep.Unchanged, "skipped": rep.Skipped} {
			f.m.imported.WithLabelValues(format, outcome).Add(float64(n))
		}
	}
	return rep, err
}
