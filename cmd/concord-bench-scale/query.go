package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/loopback"
)

// benchCountries are countries the generator fills (and, for XKX, the seed's missions).
var benchCountries = []string{"COD", "AFG", "SOM", "SSD", "MLI", "SYR", "UKR", "COL", "HTI", "XKX"}

// question is one coordination question, asked with parameters that vary from request to
// request so that no cache answers twice for the same arguments.
type question struct {
	name string
	gql  func(i int) string
}

func benchDay(i int) string {
	// Days spread over 2001–2024, a different one for every request.
	return time.Date(2001+i%24, time.Month(1+(i*5)%12), 1+(i*7)%28, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

func benchFunction(i int) string {
	fs := concord.Functions()
	return string(fs[i%len(fs)].Code)
}

var questions = []question{
	{"engagements(country, function, at)", func(i int) string {
		return fmt.Sprintf(`{ engagements(country: %q, function: %s, at: %q, first: 20) { totalCount edges { node { role actor { id name } subject { ... on Mission { id acronym } ... on Activity { id title } } } } } }`,
			benchCountries[i%len(benchCountries)], benchFunction(i), benchDay(i))
	}},
	{"overlaps(country, function, at)", func(i int) string {
		return fmt.Sprintf(`{ overlaps(country: %q, function: %s, at: %q, first: 20) { totalCount edges { node { score explanation a { subject { ... on Activity { id } ... on Mission { id } } } b { subject { ... on Activity { id } ... on Mission { id } } } } } } }`,
			benchCountries[i%len(benchCountries)], benchFunction(i), benchDay(i))
	}},
	{"coverage(country, at)", func(i int) string {
		return fmt.Sprintf(`{ coverage(country: %q, at: %q) { functions { code } actors { id } cells { function { code } actor { id } direct lead } gaps { code } } }`,
			benchCountries[i%len(benchCountries)], benchDay(i))
	}},
	{"countrySummaries(at)", func(i int) string {
		return fmt.Sprintf(`{ countrySummaries(at: %q) { country { code } missions activities engagements overlaps } }`, benchDay(i))
	}},
	{"network(country, depth 2)", func(i int) string {
		return fmt.Sprintf(`{ network(focus: "country:%s", depth: 2, maxNodes: 300) { nodes { id type label } edges { source target type } } }`,
			benchCountries[i%len(benchCountries)])
	}},
	{"withdrawalImpact(actor: un, at)", func(i int) string {
		return fmt.Sprintf(`{ withdrawalImpact(actor: "un", at: %q) { cells { country { code } function { code } losesOnlyEngagement others { until } } fundingWithoutImplementer { activity { id } } } }`,
			benchDay(i))
	}},
	{"gapFillers(country, at)", func(i int) string {
		return fmt.Sprintf(`{ gapFillers(country: %q, at: %q) { function { code } kind candidates { actor { id } score reasons } } }`,
			benchCountries[i%len(benchCountries)], benchDay(i))
	}},
	{"mandateRenewals(one year)", func(i int) string {
		from, _ := time.Parse(time.DateOnly, benchDay(i))
		return fmt.Sprintf(`{ mandateRenewals(from: %q, to: %q) { mandate { id } expires cells { function { code } keptByMission dependsOnItAlone } } }`,
			from.Format(time.DateOnly), from.AddDate(1, 0, 0).Format(time.DateOnly))
	}},
	{"capacity(country, at)", func(i int) string {
		return fmt.Sprintf(`{ capacity(country: %q, at: %q) { mission { id } components { component authorised deployed gap } } }`,
			benchCountries[i%len(benchCountries)], benchDay(i))
	}},
}

// result is what one question measured.
type result struct {
	name                      string
	requests, errors, refused int
	firstError, firstRefusal  string
	p50, p95, max             time.Duration
	rssKiB, peakKiB           int
}

func query(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	target := fs.String("url", "http://127.0.0.1:8090/graphql", "GraphQL endpoint (loopback only)")
	requests := fs.Int("requests", 50, "requests per question, one at a time")
	pid := fs.Int("server-pid", 0, "pid of the server, to report its memory")
	label := fs.String("label", "", "name of the run (e.g. 100k), printed with the results")
	out := fs.String("out", "", "also append the results to this file")
	only := fs.String("only", "", "ask only the questions whose name contains this")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := loopback.Check(*target); err != nil {
		return err
	}
	client := &http.Client{Timeout: 60 * time.Second}
	var results []result
	for _, q := range questions {
		if *only != "" && !strings.Contains(q.name, *only) {
			continue
		}
		ask(ctx, client, *target, q.gql(0)) // warm-up: the first plan compilation is not measured
		r := result{name: q.name, requests: *requests}
		var lat []time.Duration
		for i := 0; i < *requests; i++ {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			start := time.Now()
			err := ask(ctx, client, *target, q.gql(i+1))
			lat = append(lat, time.Since(start))
			switch {
			case errors.Is(err, errRefused):
				r.refused++
				if r.firstRefusal == "" {
					r.firstRefusal = err.Error()
				}
			case err != nil:
				r.errors++
				if r.firstError == "" {
					r.firstError = err.Error()
				}
			}
		}
		slices.Sort(lat)
		r.p50, r.p95, r.max = lat[len(lat)/2], lat[len(lat)*95/100], lat[len(lat)-1]
		r.rssKiB, r.peakKiB = memoryOf(*pid)
		results = append(results, r)
		fmt.Fprintln(os.Stderr, format(r))
	}
	report := fmt.Sprintf("# %s, %s, %d requests per question, one client\n%-38s %9s %9s %9s %7s %7s %12s %12s\n",
		*label, time.Now().UTC().Format(time.RFC3339), *requests, "question", "p50 ms", "p95 ms", "max ms", "errors", "refused", "server RSS", "server peak")
	for _, r := range results {
		report += format(r) + "\n"
	}
	for _, r := range results {
		if r.firstError != "" {
			report += fmt.Sprintf("first error of %s: %s\n", r.name, r.firstError)
		}
		if r.firstRefusal != "" {
			report += fmt.Sprintf("first refusal of %s: %s\n", r.name, r.firstRefusal)
		}
	}
	fmt.Print(report)
	if *out != "" {
		if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
			return err
		}
		f, err := os.OpenFile(*out, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		defer f.Close()
		if _, err := f.WriteString(report + "\n"); err != nil {
			return err
		}
	}
	return nil
}

func format(r result) string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	return fmt.Sprintf("%-38s %9s %9s %9s %7d %7d %8d MiB %8d MiB", r.name, ms(r.p50), ms(r.p95), ms(r.max), r.errors, r.refused, r.rssKiB/1024, r.peakKiB/1024)
}

// errRefused marks an answer that refused the question as too large (TOO_LARGE): the server
// did what it should, so it is counted apart from failures.
var errRefused = errors.New("refused as too large")

// ask sends one query and returns an error for a transport failure, a non-200 answer or a
// GraphQL error.
func ask(ctx context.Context, client *http.Client, target, gql string) error {
	body, _ := json.Marshal(map[string]string{"query": gql})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var answer struct {
		Errors []struct {
			Message    string `json:"message"`
			Extensions struct {
				Code string `json:"code"`
			} `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(data, &answer); err != nil {
		return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, data)
	}
	if len(answer.Errors) > 0 {
		if answer.Errors[0].Extensions.Code == "TOO_LARGE" {
			return fmt.Errorf("%w: %s", errRefused, answer.Errors[0].Message)
		}
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, answer.Errors[0].Message)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// memoryOf returns a process's resident and peak resident memory in KiB (0 when unknown).
func memoryOf(pid int) (rss, peak int) {
	if pid == 0 {
		return 0, 0
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		var v int
		if _, err := fmt.Sscanf(line, "VmRSS: %d kB", &v); err == nil {
			rss = v
		}
		if _, err := fmt.Sscanf(line, "VmHWM: %d kB", &v); err == nil {
			peak = v
		}
	}
	return rss, peak
}
