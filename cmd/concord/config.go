package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/concord-peace/concord/server"
)

// config is every setting, from flags with environment variables as their defaults; the
// README's configuration table lists them.
type config struct {
	addr            string
	neo4jURI        string
	neo4jUser       string
	neo4jPassword   string
	neo4jDatabase   string
	maxBodyBytes    int64
	maxImportBytes  int64
	requestTimeout  time.Duration
	introspection   bool
	complexityLimit int
	seedIfEmpty     bool
	logFormat       string

	anonymous      bool
	corsOrigins    string
	metricsToken   string
	tokenIssuer    string
	tokenAudience  string
	signingKeyFile string
	accessTTL      time.Duration
	refreshTTL     time.Duration
	jwksFile       string
	jwksURL        string
	ssoIssuers     string
	adminEmail     string
	adminPassword  string
	loginAttempts  int
	country        string
	period         string
}

func (c *config) register(fs *flag.FlagSet) {
	fs.StringVar(&c.addr, "addr", env("CONCORD_ADDR", "127.0.0.1:8080"), "HTTP listen address")
	fs.StringVar(&c.neo4jURI, "neo4j-uri", env("NEO4J_URI", "neo4j://127.0.0.1:7687"), "Neo4j URI (neo4j:// routes in a cluster)")
	fs.StringVar(&c.neo4jUser, "neo4j-user", env("NEO4J_USER", "neo4j"), "Neo4j user")
	fs.StringVar(&c.neo4jPassword, "neo4j-password", env("NEO4J_PASSWORD", "concord-dev-password"), "Neo4j password")
	fs.StringVar(&c.neo4jDatabase, "neo4j-database", env("NEO4J_DATABASE", ""), "Neo4j database (empty: the server's default)")
	fs.Int64Var(&c.maxBodyBytes, "max-body-bytes", envInt64("CONCORD_MAX_BODY_BYTES", 64<<10), "largest GraphQL request body")
	fs.Int64Var(&c.maxImportBytes, "max-import-bytes", envInt64("CONCORD_MAX_IMPORT_BYTES", 16<<20), "largest request body of an importDataset mutation")
	fs.DurationVar(&c.requestTimeout, "request-timeout", envDuration("CONCORD_REQUEST_TIMEOUT", 30*time.Second), "deadline of each request, passed down to Neo4j")
	fs.BoolVar(&c.introspection, "introspection", envBool("CONCORD_INTROSPECTION", true), "allow schema introspection (GraphiQL needs it)")
	fs.IntVar(&c.complexityLimit, "complexity-limit", int(envInt64("CONCORD_COMPLEXITY_LIMIT", int64(server.DefaultLimits.Complexity))), "largest cost of a query accepted: the values it may return, lists priced at their page or assumed size")
	fs.BoolVar(&c.seedIfEmpty, "seed-if-empty", envBool("CONCORD_SEED_IF_EMPTY", false), "load the built-in seed data when the graph is empty")
	fs.StringVar(&c.logFormat, "log-format", env("CONCORD_LOG_FORMAT", "text"), "log format: text or json")
	fs.BoolVar(&c.anonymous, "anonymous", envBool("CONCORD_ANONYMOUS", true), "let requests without a token read public records")
	fs.StringVar(&c.corsOrigins, "cors-origins", env("CONCORD_CORS_ORIGINS", ""), "comma-separated browser origins allowed to call the API")
	fs.StringVar(&c.metricsToken, "metrics-token", env("CONCORD_METRICS_TOKEN", ""), "bearer token a Prometheus job scrapes /metrics with (administrators' tokens work too)")
	fs.StringVar(&c.tokenIssuer, "token-issuer", env("CONCORD_TOKEN_ISSUER", "concord"), "iss of the access tokens Concord signs")
	fs.StringVar(&c.tokenAudience, "token-audience", env("CONCORD_TOKEN_AUDIENCE", "concord-api"), "aud every accepted token must carry")
	fs.StringVar(&c.signingKeyFile, "signing-key-file", env("CONCORD_SIGNING_KEY_FILE", ".cache/concord/signing-key.pem"), "Ed25519 private key (PKCS #8 PEM) that signs access tokens; created when missing")
	fs.DurationVar(&c.accessTTL, "access-ttl", envDuration("CONCORD_ACCESS_TTL", 15*time.Minute), "lifetime of access tokens")
	fs.DurationVar(&c.refreshTTL, "refresh-ttl", envDuration("CONCORD_REFRESH_TTL", 30*24*time.Hour), "lifetime of refresh tokens")
	fs.StringVar(&c.jwksFile, "jwks-file", env("CONCORD_JWKS_FILE", ""), "JWKS of an identity provider whose tokens are accepted (single sign-on)")
	fs.StringVar(&c.jwksURL, "jwks-url", env("CONCORD_JWKS_URL", ""), "URL of an identity provider's JWKS, fetched and cached")
	fs.StringVar(&c.ssoIssuers, "sso-issuers", env("CONCORD_SSO_ISSUERS", ""), "comma-separated iss values of accepted identity providers")
	fs.StringVar(&c.adminEmail, "admin-email", env("CONCORD_ADMIN_EMAIL", "admin@concord.local"), "bootstrap administrator, created on first start")
	fs.StringVar(&c.adminPassword, "admin-password", env("CONCORD_ADMIN_PASSWORD", ""), "bootstrap administrator's password (empty: no bootstrap account)")
	fs.StringVar(&c.country, "country", "", "import-hxl: ISO 3166-1 code of a sheet without a country column")
	fs.StringVar(&c.period, "period", "", "import-hxl: the period the sheet reports on, FROM/TO (2024-01-01/2024-03-31), for rows without #date columns")
	fs.IntVar(&c.loginAttempts, "login-attempts", int(envInt64("CONCORD_LOGIN_ATTEMPTS", 5)), "failed sign-ins to one account from one address before each next attempt waits (1 s, doubling up to 15 minutes)")
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func envInt64(key string, def int64) int64 {
	if v, ok := os.LookupEnv(key); ok {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			fatalf("%s: not a number: %q", key, v)
		}
		return n
	}
	return def
}

func envBool(key string, def bool) bool {
	if v, ok := os.LookupEnv(key); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			fatalf("%s: not true or false: %q", key, v)
		}
		return b
	}
	return def
}

func envDuration(key string, def time.Duration) time.Duration {
	if v, ok := os.LookupEnv(key); ok {
		d, err := time.ParseDuration(v)
		if err != nil {
			fatalf("%s: not a duration such as 30s: %q", key, v)
		}
		return d
	}
	return def
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "concord: "+format+"\n", args...)
	os.Exit(2)
}
