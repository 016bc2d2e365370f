// Command concord-load drives a running Concord API on the loopback interface with a mixed
// workload (90% reads, 10% writes, real bearer tokens) in steps of increasing concurrency,
// and reports throughput, latency percentiles, errors and the server's memory. It refuses any
// target outside 127.0.0.0/8 and ::1, and every step stops by itself.
//
//	concord-load -token "$(bin/concord token admin@concord.local)" -server-pid $(pgrep -f 'concord serve')
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/concord-peace/concord/internal/loopback"
)

var reads = []string{
	`{ engagements(country: "XKX", function: JUSTICE, at: "2010-06-01") { totalCount edges { node { role actor { name } } } } }`,
	`{ overlaps(country: "XKX", at: "2010-06-01") { totalCount edges { node { score explanation } } } }`,
	`{ missions(first: 20) { totalCount edges { node { id acronym lead { name } deployments { country { code } } } } } }`,
	`{ coverage(country: "MLI", at: "2016-06-01") { cells { function { code } actor { id } } gaps { code } } }`,
	`{ nestedDeployments(at: "2016-06-01") { host { acronym } nested { mission { acronym } } } }`,
}

var functions = []string{"JUSTICE", "POLICE", "CORRECTIONS", "SSR", "DDR", "ELECTIONS"}

func main() {
	target := flag.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint (loopback only)")
	token := flag.String("token", "", "bearer token of an account that may write (concord token EMAIL)")
	steps := flag.String("steps", "1,8,32,64", "concurrent clients per step")
	duration := flag.Duration("duration", 30*time.Second, "length of each measured step")
	warmup := flag.Duration("warmup", 5*time.Second, "discarded warm-up before each step")
	pid := flag.Int("server-pid", 0, "pid of the server, to report its resident memory")
	flag.Parse()
	if err := loopback.Check(*target); err != nil {
		fmt.Fprintln(os.Stderr, "concord-load:", err)
		os.Exit(2)
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 128}}
	fmt.Printf("%8s %9s %8s %8s %8s %8s %8s %10s\n", "clients", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "server RSS")
	for _, s := range strings.Split(*steps, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 256 {
			fmt.Fprintf(os.Stderr, "concord-load: bad step %q\n", s)
			os.Exit(2)
		}
		run(client, *target, *token, n, *warmup) // warm-up, discarded
		lat, errs, total := run(client, *target, *token, n, *duration)
		slices.Sort(lat)
		fmt.Printf("%8d %9.1f %8.1f %8.1f %8.1f %8.1f %7.2f%% %10s\n", n, float64(total)/duration.Seconds(),
			pct(lat, 0.50), pct(lat, 0.95), pct(lat, 0.99), pct(lat, 1), 100*float64(errs)/float64(max(total, 1)), rss(*pid))
	}
}

// run sends requests from n clients for d and returns the latencies (ms), errors and total.
func run(client *http.Client, target, token string, n int, d time.Duration) ([]float64, int64, int64) {
	var mu sync.Mutex
	var lat []float64
	var errs, total atomic.Int64
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rnd := rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano())))
			for time.Now().Before(deadline) {
				query, vars := reads[rnd.IntN(len(reads))], map[string]any(nil)
				if rnd.IntN(10) == 0 { // 10% writes: an idempotent upsert of a lead
					query = `mutation($f: FunctionCode!) { setLead(input: {actor: "un", country: "XKX", function: $f, note: "load test"}) { note } }`
					vars = map[string]any{"f": functions[rnd.IntN(len(functions))]}
				}
				start := time.Now()
				ok := post(client, target, token, query, vars)
				ms := float64(time.Since(start).Microseconds()) / 1000
				total.Add(1)
				if !ok {
					errs.Add(1)
				}
				mu.Lock()
				lat = append(lat, ms)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return lat, errs.Load(), total.Load()
}

func post(client *http.Client, target, token, query string, vars map[string]any) bool {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var out struct {
		Errors []json.RawMessage `json:"errors"`
	}
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode == 200 && json.Unmarshal(data, &out) == nil && len(out.Errors) == 0
}

func pct(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(int(p*float64(len(sorted))), len(sorted)-1)]
}

// rss reads a process's resident memory from /proc.
func rss(pid int) string {
	if pid == 0 {
		return "-"
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return "?"
}
