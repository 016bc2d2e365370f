package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"
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
	requestTimeout  time.Duration
	introspection   bool
	complexityLimit int
	seedIfEmpty     bool
	logFormat       string
}

func (c *config) register(fs *flag.FlagSet) {
	fs.StringVar(&c.addr, "addr", env("CONCORD_ADDR", "127.0.0.1:8080"), "HTTP listen address")
	fs.StringVar(&c.neo4jURI, "neo4j-uri", env("NEO4J_URI", "neo4j://127.0.0.1:7687"), "Neo4j URI (neo4j:// routes in a cluster)")
	fs.StringVar(&c.neo4jUser, "neo4j-user", env("NEO4J_USER", "neo4j"), "Neo4j user")
	fs.StringVar(&c.neo4jPassword, "neo4j-password", env("NEO4J_PASSWORD", "concord-dev-password"), "Neo4j password")
	fs.StringVar(&c.neo4jDatabase, "neo4j-database", env("NEO4J_DATABASE", ""), "Neo4j database (empty: the server's default)")
	fs.Int64Var(&c.maxBodyBytes, "max-body-bytes", envInt64("CONCORD_MAX_BODY_BYTES", 16<<20), "largest GraphQL request body, importDataset documents included")
	fs.DurationVar(&c.requestTimeout, "request-timeout", envDuration("CONCORD_REQUEST_TIMEOUT", 30*time.Second), "deadline of each request, passed down to Neo4j")
	fs.BoolVar(&c.introspection, "introspection", envBool("CONCORD_INTROSPECTION", true), "allow schema introspection (GraphiQL needs it)")
	fs.IntVar(&c.complexityLimit, "complexity-limit", int(envInt64("CONCORD_COMPLEXITY_LIMIT", 20000)), "largest query complexity accepted (0: no limit)")
	fs.BoolVar(&c.seedIfEmpty, "seed-if-empty", envBool("CONCORD_SEED_IF_EMPTY", false), "load the built-in seed data when the graph is empty")
	fs.StringVar(&c.logFormat, "log-format", env("CONCORD_LOG_FORMAT", "text"), "log format: text or json")
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
