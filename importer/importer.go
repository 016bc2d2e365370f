// Package importer brings IATI activity XML and HXL 3W sheets into the graph: it streams the
// records package ingest parses, matches their organisations to the actors the graph already
// holds (IATI identifier first, then normalised name), and writes them in batches, each batch
// one transaction that is idempotent on ids — so an interrupted import leaves a consistent
// graph and running it again completes it.
package importer

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/ingest"
	"github.com/concord-peace/concord/reference"
)

// Store is what an import needs of the graph.
type Store interface {
	ResolveActors(ctx context.Context, orgs [][]string, preferred []string) ([]string, error)
	ActorNames(ctx context.Context, ids []string) (map[string]string, error)
	Import(ctx context.Context, ds concord.Dataset) (concord.ImportReport, error)
}

// Report says what an import read, wrote and skipped, and why, and how long it took.
type Report struct {
	concord.FileImportReport
	Duration time.Duration
}

// Files imports files into a store; it is the concord.FileImporter of the API.
type Files struct {
	Store Store
	Opts  Options
}

// ImportIATI implements concord.FileImporter.
func (f Files) ImportIATI(ctx context.Context, r io.Reader) (concord.FileImportReport, error) {
	rep, err := IATI(ctx, f.Store, r, f.Opts)
	return rep.FileImportReport, err
}

// ImportHXL implements concord.FileImporter.
func (f Files) ImportHXL(ctx context.Context, r io.Reader, sheet concord.HXLSheet) (concord.FileImportReport, error) {
	opts := f.Opts
	opts.Country, opts.Period = sheet.Country, sheet.Period
	rep, err := HXL(ctx, f.Store, r, opts)
	return rep.FileImportReport, err
}

// Options tune an import.
type Options struct {
	BatchSize int            // activities per transaction (default 1000)
	Progress  func(read int) // called after each batch
	Country   string         // HXL: the country of sheets without a country column
	Period    concord.Period // HXL: the period of the sheet, for rows without dates
}

// IATI imports an IATI activity XML stream.
func IATI(ctx context.Context, s Store, r io.Reader, opts Options) (Report, error) {
	return run(ctx, s, opts, func(fn func(ingest.Record) error) (ingest.Stats, error) { return ingest.IATI(r, fn) })
}

// HXL imports an HXL-tagged CSV stream.
func HXL(ctx context.Context, s Store, r io.Reader, opts Options) (Report, error) {
	return run(ctx, s, opts, func(fn func(ingest.Record) error) (ingest.Stats, error) {
		return ingest.HXLWith(r, ingest.HXLOptions{Country: opts.Country, Period: opts.Period}, fn)
	})
}

// run parses and writes at once: the parser fills the next batch while the graph writes the
// last one (at most one batch waits), so the import costs the slower of the two, not their sum,
// and memory stays bounded by two batches whatever the file's size.
func run(ctx context.Context, s Store, opts Options, parse func(func(ingest.Record) error) (ingest.Stats, error)) (Report, error) {
	start := time.Now()
	if opts.BatchSize <= 0 {
		opts.BatchSize = 1000
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type parsed struct {
		stats ingest.Stats
		err   error
	}
	batches := make(chan []ingest.Record, 1)
	done := make(chan parsed, 1)
	go func() {
		defer close(batches)
		// A panic here would end the process: the server's recovery covers only the request's
		// own goroutine. It becomes the import's error instead.
		defer func() {
			if r := recover(); r != nil {
				done <- parsed{err: fmt.Errorf("parse: internal error: %v", r)}
			}
		}()
		send := func(b []ingest.Record) error {
			select {
			case batches <- b:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		var batch []ingest.Record
		stats, err := parse(func(rec ingest.Record) error {
			batch = append(batch, rec)
			if len(batch) < opts.BatchSize {
				return nil
			}
			b := batch
			batch = make([]ingest.Record, 0, opts.BatchSize)
			return send(b)
		})
		if err == nil && len(batch) > 0 {
			err = send(batch)
		}
		done <- parsed{stats, err}
	}()

	report := Report{FileImportReport: concord.FileImportReport{Reasons: map[string]int{}}}
	var writeErr error
	for batch := range batches {
		if writeErr != nil {
			continue // drain, so the parser is not left blocked
		}
		report.Read += len(batch)
		for _, rec := range batch {
			for _, why := range rec.Skipped {
				report.Reasons[why]++
			}
		}
		if writeErr = writeBatch(ctx, s, batch, &report); writeErr != nil {
			cancel() // stop the parser; it sees ctx and returns
			continue
		}
		if opts.Progress != nil {
			opts.Progress(report.Read)
		}
	}
	p := <-done
	err := writeErr
	if err == nil {
		err = p.err
	}
	report.Skipped += p.stats.Skipped
	for why, n := range p.stats.Reasons {
		report.Reasons[why] += n
	}
	report.Duration = time.Since(start)
	return report, err
}

// writeBatch matches the batch's organisations and writes it in one transaction. Organisations
// are matched before the transaction, so another import may create one this batch names as
// new in between; the unique id then fails the batch with a CONFLICT, and nothing of it is
// written: it is matched and written once more, and finds that organisation the second time.
func writeBatch(ctx context.Context, s Store, batch []ingest.Record, report *Report) error {
	var part Report
	err := writeBatchOnce(ctx, s, batch, &part)
	if concord.ErrorCode(err) == concord.ECONFLICT {
		part = Report{}
		err = writeBatchOnce(ctx, s, batch, &part)
	}
	if err != nil {
		return err
	}
	report.Created += part.Created
	report.Updated += part.Updated
	report.Unchanged += part.Unchanged
	report.Skipped += part.Skipped
	report.ActorsCreated += part.ActorsCreated
	for why, n := range part.Reasons {
		report.Reasons[why] += n
	}
	return nil
}

// writeBatchOnce is one attempt of writeBatch; it counts into report, which it may leave
// half-counted when it fails.
func writeBatchOnce(ctx context.Context, s Store, batch []ingest.Record, report *Report) error {
	report.Reasons = map[string]int{}
	orgs := map[string]ingest.Org{} // by matching key of its first key
	var order []string
	note := func(o ingest.Org) {
		if o.Ref == "" && o.Name == "" {
			return
		}
		k := orgKey(o)
		if _, ok := orgs[k]; !ok {
			orgs[k] = o
			order = append(order, k)
		}
	}
	for _, rec := range batch {
		note(rec.Reporting)
		for _, o := range rec.Orgs {
			note(o)
		}
		for _, t := range rec.Transactions {
			note(t.Provider)
		}
	}
	found, err := resolveOrgs(ctx, s, orgs, order)
	if err != nil {
		return err
	}
	ids := map[string]string{}
	var ds concord.Dataset
	for i, k := range order {
		id := found[i]
		if id == "" {
			id = newActorID(orgs[k])
			ds.Actors = append(ds.Actors, actorFor(orgs[k], id))
		}
		ids[k] = id
	}
	for _, rec := range batch {
		a := activityOf(rec, ids)
		if err := a.Validate("", reference.Known); err != nil {
			report.Skipped++
			report.Reasons[fmt.Sprintf("line %d: %v", rec.Line, err)]++
			continue
		}
		ds.Activities = append(ds.Activities, a)
	}
	ds.Activities = dedupe(ds.Activities)
	res, err := s.Import(ctx, ds)
	if err != nil {
		return fmt.Errorf("records %d–%d: %w", batch[0].Line, batch[len(batch)-1].Line, err)
	}
	for _, c := range res.Counts {
		switch c.Kind {
		case concord.RecordActivity:
			report.Created += c.Created
			report.Updated += c.Updated
			report.Unchanged += c.Unchanged
		case concord.RecordActor:
			report.ActorsCreated += c.Created
		}
	}
	return nil
}

// resolveOrgs finds the actors the organisations of a batch already are ("" for new ones): by
// IATI identifier or name first; then, for those still new, by acronym, but only onto an actor
// whose name is compatible (concord.CompatibleNames): "NAC" is the North Atlantic Council in
// one file and the Norwegian Afghanistan Committee in another.
func resolveOrgs(ctx context.Context, s Store, orgs map[string]ingest.Org, order []string) ([]string, error) {
	keys := make([][]string, len(order))
	preferred := make([]string, len(order))
	for i, k := range order {
		o := orgs[k]
		if o.Ref != "" {
			keys[i] = append(keys[i], concord.RefKey(o.Ref))
		}
		if nk := concord.NameKey(actorFor(o, "").Name); nk != "" {
			keys[i] = append(keys[i], nk)
		}
		preferred[i] = newActorID(o)
	}
	found, err := s.ResolveActors(ctx, keys, preferred)
	if err != nil {
		return nil, err
	}
	var byAcronym [][]string
	var which []int
	for i, k := range order {
		ak := concord.NameKey(orgs[k].Acronym)
		if found[i] == "" && ak != "" && !slices.Contains(keys[i], ak) {
			byAcronym = append(byAcronym, []string{ak})
			which = append(which, i)
		}
	}
	if len(byAcronym) == 0 {
		return found, nil
	}
	candidates, err := s.ResolveActors(ctx, byAcronym, nil)
	if err != nil {
		return nil, err
	}
	names, err := s.ActorNames(ctx, candidates)
	if err != nil {
		return nil, err
	}
	for j, id := range candidates {
		if o := orgs[order[which[j]]]; id != "" && concord.CompatibleNames(o.Name, names[id]) {
			found[which[j]] = id
		}
	}
	return found, nil
}

// dedupe keeps the last of activities given twice in one batch (a file may repeat one).
func dedupe(as []concord.Activity) []concord.Activity {
	at := map[string]int{}
	var out []concord.Activity
	for _, a := range as {
		if i, ok := at[a.ID]; ok {
			out[i] = a
			continue
		}
		at[a.ID] = len(out)
		out = append(out, a)
	}
	return out
}

func orgKey(o ingest.Org) string {
	if o.Ref != "" {
		return concord.RefKey(o.Ref)
	}
	return concord.NameKey(o.Name)
}

// actorFor is the actor an organisation of a file becomes.
func actorFor(o ingest.Org, id string) concord.Actor {
	name := strings.TrimSpace(o.Name)
	if name == "" {
		name = o.Ref
	}
	return concord.Actor{ID: id, Name: name, Acronym: strings.TrimSpace(o.Acronym), Ref: strings.TrimSpace(o.Ref), Kind: kindOf(o.Type)}
}

// newActorID is the id of an organisation met for the first time: from its IATI identifier,
// else from its name, so that the same file imported twice makes the same ids.
func newActorID(o ingest.Org) string {
	base := o.Ref
	if base == "" {
		base = concord.NormalizeName(o.Name)
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(base) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	return "org-" + strings.Trim(b.String(), "-")
}

// kindOf maps IATI organisation type codes to actor kinds.
func kindOf(code string) concord.ActorKind {
	switch code {
	case "10", "11", "15":
		return concord.KindState
	case "21", "22", "23", "24":
		return concord.KindNGO
	case "40":
		return concord.KindIntergovernmental
	case "80":
		return concord.KindResearch
	}
	return concord.KindOther
}

// activityOf turns a parsed record into an activity whose organisations are actor ids.
func activityOf(rec ingest.Record, ids map[string]string) concord.Activity {
	idOf := func(o ingest.Org) string { return ids[orgKey(o)] }
	a := concord.Activity{
		ID: rec.ID, Title: rec.Title, Description: rec.Description, Period: rec.Period,
		Functions: rec.Functions, Source: rec.Source, Status: rec.Status,
		Labels: rec.Labels, Admin1: rec.Admin1, Admin2: rec.Admin2, Regions: rec.Regions, Owner: idOf(rec.Reporting),
		UnnamedImplementers: rec.UnnamedImplementers,
	}
	if a.Title == "" {
		a.Title = rec.ID
	}
	for _, c := range rec.Countries {
		if !slices.Contains(a.Countries, c.Code) {
			a.Countries = append(a.Countries, c.Code)
		}
	}
	for _, sct := range rec.Sectors {
		a.Sectors = append(a.Sectors, sct.Vocabulary+":"+sct.Code)
	}
	funders := map[string]bool{}
	for _, o := range rec.Orgs {
		id := idOf(o)
		if id == "" {
			continue
		}
		switch o.Role {
		case "IMPLEMENTING":
			if !slices.Contains(a.Implementers, id) {
				a.Implementers = append(a.Implementers, id)
			}
		case "FUNDING":
			funders[id] = true
			if o.ActivityID != "" && o.ActivityID != rec.ID {
				a.FundedBy = append(a.FundedBy, o.ActivityID)
			}
		}
	}
	if a.Owner == "" && len(a.Implementers) > 0 {
		a.Owner = a.Implementers[0]
	}
	a.Funders = fundings(rec, funders, idOf)
	for _, t := range rec.Transactions {
		if t.ProviderActivityID != "" && t.ProviderActivityID != rec.ID && !slices.Contains(a.FundedBy, t.ProviderActivityID) {
			a.FundedBy = append(a.FundedBy, t.ProviderActivityID)
		}
	}
	for _, rel := range rec.Related {
		if rel.Type == "1" && rel.Ref != rec.ID {
			a.Parent = rel.Ref
		}
	}
	return a
}

// fundings gives each funding organisation its money per year and currency: its commitments
// to the activity, else its incoming funds, else its disbursements; an organisation with no
// transaction is a funder without an amount.
func fundings(rec ingest.Record, funders map[string]bool, idOf func(ingest.Org) string) []concord.Funding {
	type key struct {
		funder, currency string
		year             int
	}
	for _, types := range [][]string{{"2"}, {"1"}, {"3"}} {
		sums := map[key]float64{}
		for _, t := range rec.Transactions {
			id := idOf(t.Provider)
			if !slices.Contains(types, t.Type) || id == "" {
				continue
			}
			funders[id] = true
			sums[key{id, t.Currency, t.Year}] += t.Amount
		}
		if len(sums) == 0 {
			continue
		}
		var out []concord.Funding
		with := map[string]bool{}
		for _, k := range slices.SortedFunc(maps.Keys(sums), func(x, y key) int {
			return strings.Compare(fmt.Sprint(x), fmt.Sprint(y))
		}) {
			out = append(out, concord.Funding{Funder: k.funder, Target: rec.ID, Amount: sums[k], Currency: k.currency, Year: k.year})
			with[k.funder] = true
		}
		for _, id := range slices.Sorted(maps.Keys(funders)) {
			if !with[id] {
				out = append(out, concord.Funding{Funder: id, Target: rec.ID})
			}
		}
		return out
	}
	var out []concord.Funding
	for _, id := range slices.Sorted(maps.Keys(funders)) {
		out = append(out, concord.Funding{Funder: id, Target: rec.ID})
	}
	return out
}
