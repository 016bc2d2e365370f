// Command concord-bench-peer compares Concord with a peer GraphQL server (the Neo4j GraphQL
// library, bench/peer) on the same Neo4j and the same data, for the project's benchmark
// question: is Concord's hand-made data layer worth it against a generated one?
//
// It first asks each pair of equivalent queries once on both servers and once as one
// hand-written Cypher statement through the Go driver, normalises the three answers to one
// shape and stops with a diff when they differ. Then it runs steps of 1, 8 and 32 concurrent
// clients per pair, the two servers alternating step by step (their order reversed in every
// other round) and the direct statement alongside at one client, and prints throughput and
// latency percentiles with the ratios the targets are stated in. It refuses any target
// outside 127.0.0.0/8 and ::1, and every step stops by itself.
//
//	concord-bench-peer -concord http://127.0.0.1:8091/graphql -peer http://127.0.0.1:4001/graphql \
//	  -neo4j-uri neo4j://127.0.0.1:7691 -out bench/results/peer.txt
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord/internal/loopback"
)

// The targets of the benchmark question, reported against, never adjusted.
const (
	targetThroughput = 1.5 // Concord's req/s at least this times the peer's
	targetP99        = 1.0 // Concord's p99 at most this times the peer's
	targetDirect     = 1.3 // Concord's p50 at one client at most this times the direct statement's
)

type options struct {
	concordURL string
	peerURL    string
	neo4jURI   string
	neo4jUser  string
	neo4jPass  string
	steps      []int
	rounds     int
	duration   time.Duration
	warmup     time.Duration
	prewarm    time.Duration
	out        string
	label      string
	peerName   string
	checkOnly  bool
}

func main() {
	opts, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "concord-bench-peer:", err)
		os.Exit(2)
	}
	if err := run(opts); err != nil {
		fmt.Fprintln(os.Stderr, "concord-bench-peer:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("concord-bench-peer", flag.ContinueOnError)
	fs.StringVar(&o.concordURL, "concord", "http://127.0.0.1:8091/graphql", "Concord's GraphQL endpoint (loopback only)")
	fs.StringVar(&o.peerURL, "peer", "http://127.0.0.1:4001/graphql", "the peer's GraphQL endpoint (loopback only)")
	fs.StringVar(&o.neo4jURI, "neo4j-uri", "neo4j://127.0.0.1:7691", "the Neo4j both servers read, for the direct statements (loopback only)")
	fs.StringVar(&o.neo4jUser, "neo4j-user", "neo4j", "Neo4j user")
	fs.StringVar(&o.neo4jPass, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password (default $NEO4J_PASSWORD)")
	steps := fs.String("steps", "1,8,32", "concurrent clients per step")
	fs.IntVar(&o.rounds, "rounds", 2, "times every step is run")
	fs.DurationVar(&o.duration, "duration", 10*time.Second, "length of each measured step")
	fs.DurationVar(&o.warmup, "warmup", 2*time.Second, "discarded warm-up before each measured step")
	fs.DurationVar(&o.prewarm, "prewarm", 3*time.Second, "discarded load on every pair and side at 8 clients before the first round")
	fs.StringVar(&o.out, "out", "bench/results/peer.txt", "file the report is written to (also printed)")
	fs.StringVar(&o.label, "label", "", "a line describing the run: machine, commit")
	fs.StringVar(&o.peerName, "peer-name", "the peer", "the peer's name and versions, for the report")
	fs.BoolVar(&o.checkOnly, "check-only", false, "only check that the answers are equal")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	for _, s := range strings.Split(*steps, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 256 {
			return o, fmt.Errorf("bad step %q: want 1..256 clients", s)
		}
		o.steps = append(o.steps, n)
	}
	if o.rounds < 1 || o.duration <= 0 || o.warmup < 0 {
		return o, fmt.Errorf("rounds must be at least 1 and duration positive")
	}
	for _, target := range []string{o.concordURL, o.peerURL, o.neo4jURI} {
		if err := loopback.Check(target); err != nil {
			return o, err
		}
	}
	return o, nil
}

// side is one of the three ways a pair is asked.
type side string

const (
	sideConcord side = "Concord"
	sidePeer    side = "peer"
	sideDirect  side = "direct"
)

// prepared is a pair with its targets.
type prepared struct {
	pair
	concord graphqlTarget
	peer    graphqlTarget
	direct  directTarget
}

func run(o options) error {
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(o.neo4jURI, neo4j.BasicAuth(o.neo4jUser, o.neo4jPass, ""))
	if err != nil {
		return fmt.Errorf("neo4j driver for %s: %w", o.neo4jURI, err)
	}
	defer driver.Close(ctx)
	if err := driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4j at %s: %w", o.neo4jURI, err)
	}
	// Enough idle connections per server for the largest step, so that no step measures
	// connection set-up.
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 256}}

	var all []prepared
	for _, p := range pairs() {
		c, err := newGraphQLTarget(client, o.concordURL, p.concord)
		if err != nil {
			return fmt.Errorf("pair %s: %w", p.name, err)
		}
		q, err := newGraphQLTarget(client, o.peerURL, p.peer)
		if err != nil {
			return fmt.Errorf("pair %s: %w", p.name, err)
		}
		all = append(all, prepared{pair: p, concord: c, peer: q, direct: directTarget{driver: driver, cypher: p.cypher, params: p.params}})
	}

	var report strings.Builder
	out := io.MultiWriter(os.Stdout, &report)
	fmt.Fprintf(out, "Concord vs %s: the same Neo4j, the same data (the seed), loopback only\n", o.peerName)
	if o.label != "" {
		fmt.Fprintln(out, o.label)
	}
	fmt.Fprintf(out, "every pair and side first run %s at 8 clients, discarded; then steps of %s clients, each %s measured after a %s warm-up, %d rounds; Concord and the peer alternate step by step (order reversed every other round); direct = one hand-written Cypher statement through the Go driver\n\n",
		o.prewarm, joinInts(o.steps), o.duration, o.warmup, o.rounds)

	fmt.Fprintln(out, "Equality of the answers (normalised: same fields, lists sorted):")
	for _, p := range all {
		n, err := checkEqual(ctx, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "  %-20s equal on all three sides, %d record(s): %s\n", p.name, n, p.about)
	}
	fmt.Fprintln(out)
	if o.checkOnly {
		return nil
	}

	// A cold start would be charged to whichever side runs first: the database's query plans
	// and its JIT, and each server's own caches, are warmed on every pair first.
	if o.prewarm > 0 {
		for _, p := range all {
			for _, s := range []side{sideConcord, sidePeer, sideDirect} {
				step(p.target(s), 8, o.prewarm)
			}
		}
	}

	samples := map[string]*sample{}
	get := func(s side, name string, n int) *sample {
		k := fmt.Sprintf("%s/%s/%d", s, name, n)
		if samples[k] == nil {
			samples[k] = &sample{}
		}
		return samples[k]
	}
	var loads []string
	for round := 1; round <= o.rounds; round++ {
		loads = append(loads, fmt.Sprintf("round %d starts at load average %s", round, loadAverage()))
		for _, p := range all {
			for _, n := range o.steps {
				order := []side{sideConcord, sidePeer}
				if round%2 == 0 {
					order = []side{sidePeer, sideConcord}
				}
				if n == 1 {
					order = append(order, sideDirect)
				}
				for _, s := range order {
					t := p.target(s)
					step(t, n, o.warmup)
					r := step(t, n, o.duration)
					get(s, p.name, n).add(r)
					fmt.Fprintf(os.Stderr, "round %d %-20s %3d clients %-8s %8.1f req/s p50 %6.1f ms, %d errors\n",
						round, p.name, n, s, float64(r.total)/r.seconds, median(r.lat), r.errs)
				}
			}
		}
	}

	writeTables(out, all, o, get)
	fmt.Fprintf(out, "\n%s; ends at %s (other work on the machine shows here)\n", strings.Join(loads, "; "), loadAverage())
	if err := os.MkdirAll(filepath.Dir(o.out), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(o.out), err)
	}
	if err := os.WriteFile(o.out, []byte(report.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	fmt.Fprintf(os.Stderr, "concord-bench-peer: wrote %s\n", o.out)
	return nil
}

func (p prepared) target(s side) target {
	switch s {
	case sideConcord:
		return p.concord
	case sidePeer:
		return p.peer
	default:
		return p.direct
	}
}

// checkEqual asks a pair on the three sides and returns how many facts they agree on, or an
// error with the diff.
func checkEqual(ctx context.Context, p prepared) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	concordData, err := p.concord.fetch(ctx)
	if err != nil {
		return 0, fmt.Errorf("pair %s, Concord: %w", p.name, err)
	}
	peerData, err := p.peer.fetch(ctx)
	if err != nil {
		return 0, fmt.Errorf("pair %s, peer: %w", p.name, err)
	}
	records, err := p.direct.fetch(ctx)
	if err != nil {
		return 0, fmt.Errorf("pair %s: %w", p.name, err)
	}
	concordFacts, err := p.fromConcord(concordData)
	if err != nil {
		return 0, fmt.Errorf("pair %s: %w", p.name, err)
	}
	peerFacts, err := p.fromPeer(peerData)
	if err != nil {
		return 0, fmt.Errorf("pair %s: %w", p.name, err)
	}
	directFacts, err := p.fromDirect(records)
	if err != nil {
		return 0, fmt.Errorf("pair %s: %w", p.name, err)
	}
	want, err := json.MarshalIndent(concordFacts, "", "  ")
	if err != nil {
		return 0, fmt.Errorf("pair %s: encode Concord's facts: %w", p.name, err)
	}
	for _, other := range []struct {
		name  string
		facts any
	}{{"the peer", peerFacts}, {"the direct statement", directFacts}} {
		got, err := json.MarshalIndent(other.facts, "", "  ")
		if err != nil {
			return 0, fmt.Errorf("pair %s: encode %s's facts: %w", p.name, other.name, err)
		}
		if string(got) != string(want) {
			return 0, fmt.Errorf("pair %s: Concord and %s answer differently (- Concord, + %s):\n%s",
				p.name, other.name, other.name, lineDiff(string(want), string(got)))
		}
	}
	return countFacts(concordFacts), nil
}

// countFacts is the length of a list of facts, or 1 for a single one.
func countFacts(facts any) int {
	data, err := json.Marshal(facts)
	if err != nil {
		return 0
	}
	var list []json.RawMessage
	if json.Unmarshal(data, &list) == nil {
		return len(list)
	}
	return 1
}

// lineDiff returns the lines of a and b with - before those only in a and + before those only
// in b (a longest common subsequence of lines; the answers are small).
func lineDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			out.WriteString("  " + x[i] + "\n")
			i++
			j++
		case j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]):
			out.WriteString("+ " + y[j] + "\n")
			j++
		default:
			out.WriteString("- " + x[i] + "\n")
			i++
		}
	}
	return out.String()
}

// writeTables prints the comparison with the peer, then Concord over the direct statement.
func writeTables(w io.Writer, all []prepared, o options, get func(side, string, int) *sample) {
	var missed []string
	met := 0
	fmt.Fprintln(w, "Concord vs the peer (both rounds merged; latencies in ms; ratios are Concord/peer):")
	fmt.Fprintf(w, "%-20s %7s | %9s %7s %7s %5s | %9s %7s %7s %5s | %8s %8s | %s\n",
		"pair", "clients", "C req/s", "C p50", "C p99", "C err", "P req/s", "P p50", "P p99", "P err", "req/s x", "p99 x", "targets (>=1.5x req/s, <=1x p99)")
	for _, p := range all {
		for _, n := range o.steps {
			c, q := get(sideConcord, p.name, n), get(sidePeer, p.name, n)
			thr := ratio(c.rate(), q.rate())
			p99 := ratio(c.percentile(0.99), q.percentile(0.99))
			verdict := []string{}
			if thr >= targetThroughput {
				met++
				verdict = append(verdict, "req/s met")
			} else {
				verdict = append(verdict, "req/s MISSED")
				missed = append(missed, fmt.Sprintf("%s, %d client(s): throughput %.3fx the peer's (target >= %.1fx)", p.name, n, thr, targetThroughput))
			}
			if p99 <= targetP99 {
				met++
				verdict = append(verdict, "p99 met")
			} else {
				verdict = append(verdict, "p99 MISSED")
				missed = append(missed, fmt.Sprintf("%s, %d client(s): p99 %.3fx the peer's (target <= %.1fx)", p.name, n, p99, targetP99))
			}
			fmt.Fprintf(w, "%-20s %7d | %9.1f %7.2f %7.2f %5d | %9.1f %7.2f %7.2f %5d | %7.3fx %7.3fx | %s\n",
				p.name, n, c.rate(), c.percentile(0.5), c.percentile(0.99), c.errs,
				q.rate(), q.percentile(0.5), q.percentile(0.99), q.errs, thr, p99, strings.Join(verdict, ", "))
		}
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "Concord over its own Cypher at 1 client (the direct statement fetches the same facts through the Go driver):")
	fmt.Fprintf(w, "%-20s | %9s %7s %7s | %9s %7s %7s | %8s | %s\n",
		"pair", "C req/s", "C p50", "C p99", "D req/s", "D p50", "D p99", "p50 x", "target (<=1.3x)")
	for _, p := range all {
		c, d := get(sideConcord, p.name, 1), get(sideDirect, p.name, 1)
		if len(d.lat) == 0 {
			continue
		}
		x := ratio(c.percentile(0.5), d.percentile(0.5))
		verdict := "met"
		if x <= targetDirect {
			met++
		} else {
			verdict = "MISSED"
			missed = append(missed, fmt.Sprintf("%s, 1 client: p50 %.3fx the direct statement's (target <= %.1fx)", p.name, x, targetDirect))
		}
		fmt.Fprintf(w, "%-20s | %9.1f %7.2f %7.2f | %9.1f %7.2f %7.2f | %7.3fx | %s\n",
			p.name, c.rate(), c.percentile(0.5), c.percentile(0.99), d.rate(), d.percentile(0.5), d.percentile(0.99), x, verdict)
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "req/s of each round (Concord | peer | direct), to show the spread:")
	for _, p := range all {
		for _, n := range o.steps {
			line := fmt.Sprintf("  %-20s %3d clients: %s | %s", p.name, n, rates(get(sideConcord, p.name, n)), rates(get(sidePeer, p.name, n)))
			if d := get(sideDirect, p.name, n); len(d.rates) > 0 {
				line += " | " + rates(d)
			}
			fmt.Fprintln(w, line)
		}
	}
	for _, s := range []side{sideConcord, sidePeer, sideDirect} {
		for _, p := range all {
			for _, n := range o.steps {
				if e := get(s, p.name, n); e.lastErr != nil {
					fmt.Fprintf(w, "last error of %s, %s, %d clients: %v\n", s, p.name, n, e.lastErr)
				}
			}
		}
	}

	fmt.Fprintln(w)
	fmt.Fprintf(w, "Targets: %d met, %d missed\n", met, len(missed))
	for _, m := range missed {
		fmt.Fprintln(w, "  missed:", m)
	}
}

// loadAverage is the machine's 1, 5 and 15 minute load average, or "?".
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func rates(s *sample) string {
	var parts []string
	for _, r := range s.rates {
		parts = append(parts, fmt.Sprintf("%.1f", r))
	}
	return strings.Join(parts, " / ")
}

func median(lat []float64) float64 {
	s := sample{lat: lat}
	return s.percentile(0.5)
}

func joinInts(ns []int) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}
