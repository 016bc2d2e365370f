package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// target is one way of asking a pair's question: a GraphQL server or the Go driver.
type target interface {
	// ask asks the question once; an error is a failed request, counted and not timed apart.
	ask(ctx context.Context) error
}

// graphqlTarget posts one fixed query to a GraphQL endpoint.
type graphqlTarget struct {
	client *http.Client
	url    string
	body   []byte
}

func newGraphQLTarget(client *http.Client, url, query string) (graphqlTarget, error) {
	body, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		return graphqlTarget{}, fmt.Errorf("encode query: %w", err)
	}
	return graphqlTarget{client: client, url: url, body: body}, nil
}

func (t graphqlTarget) ask(ctx context.Context) error {
	_, err := t.fetch(ctx)
	return err
}

// fetch returns the data of the answer, or an error for a transport failure, a status other
// than 200 or any GraphQL error.
func (t graphqlTarget) fetch(ctx context.Context) (json.RawMessage, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url, bytes.NewReader(t.body))
	if err != nil {
		return nil, fmt.Errorf("request to %s: %w", t.url, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := t.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("post to %s: %w", t.url, err)
	}
	defer resp.Body.Close()
	// The whole body is read, even on failure, so that the connection is reused.
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read answer of %s: %w", t.url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s answered %s: %.300s", t.url, resp.Status, data)
	}
	var out struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decode answer of %s: %w", t.url, err)
	}
	if len(out.Errors) > 0 {
		return nil, fmt.Errorf("%s answered with errors: %s", t.url, out.Errors[0])
	}
	return out.Data, nil
}

// directTarget runs one fixed statement through the Go driver, as a hand-written reader
// would: one auto-committed read routed to a reader, every row fetched.
type directTarget struct {
	driver neo4j.DriverWithContext
	cypher string
	params map[string]any
}

func (t directTarget) ask(ctx context.Context) error {
	_, err := t.fetch(ctx)
	return err
}

func (t directTarget) fetch(ctx context.Context) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, t.driver, t.cypher, t.params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("direct statement: %w", err)
	}
	return res.Records, nil
}

// sample is what the measured steps of one side, pair and concurrency gathered, over every
// round.
type sample struct {
	lat     []float64 // milliseconds, every request, failed ones included
	total   int64
	errs    int64
	seconds float64   // measured time, summed over rounds
	rates   []float64 // req/s of each round, to show the spread
	lastErr error
}

func (s *sample) add(r stepResult) {
	s.lat = append(s.lat, r.lat...)
	s.total += r.total
	s.errs += r.errs
	s.seconds += r.seconds
	s.rates = append(s.rates, float64(r.total)/r.seconds)
	if r.lastErr != nil {
		s.lastErr = r.lastErr
	}
}

func (s *sample) rate() float64 {
	if s.seconds == 0 {
		return 0
	}
	return float64(s.total) / s.seconds
}

// percentile returns the p-th percentile (0..1) of the latencies, nearest rank.
func (s *sample) percentile(p float64) float64 {
	if len(s.lat) == 0 {
		return 0
	}
	sorted := slices.Clone(s.lat)
	slices.Sort(sorted)
	return sorted[min(int(p*float64(len(sorted))), len(sorted)-1)]
}

type stepResult struct {
	lat     []float64
	total   int64
	errs    int64
	seconds float64
	lastErr error
}

// step sends requests from n clients, each waiting for its answer before the next (a closed
// loop), until d has passed: every step stops by itself. Requests in flight at the deadline
// are finished and counted.
func step(t target, n int, d time.Duration) stepResult {
	var mu sync.Mutex
	var res stepResult
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []float64
			var errs int64
			var lastErr error
			for time.Now().Before(deadline) {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				began := time.Now()
				err := t.ask(ctx)
				lat = append(lat, float64(time.Since(began).Microseconds())/1000)
				cancel()
				if err != nil {
					errs++
					lastErr = err
				}
			}
			mu.Lock()
			defer mu.Unlock()
			res.lat = append(res.lat, lat...)
			res.total += int64(len(lat))
			res.errs += errs
			if lastErr != nil {
				res.lastErr = lastErr
			}
		}()
	}
	wg.Wait()
	res.seconds = time.Since(start).Seconds()
	return res
}
