package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/importer"
	"github.com/concord-peace/concord/ingest"
	"github.com/concord-peace/concord/neo4jstore"
	"github.com/concord-peace/concord/reference"
)

// load generates activities first..first+n-1 and imports them as they are written: the file
// never touches the disk, and the importer's memory stays that of two batches.
func load(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	uri := fs.String("neo4j-uri", "neo4j://127.0.0.1:7690", "Neo4j URI")
	password := fs.String("neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password")
	first := fs.Int("first", 0, "index of the first generated activity (ranges do not collide)")
	n := fs.Int("n", 100000, "activities to generate and import")
	seed := fs.Int64("seed", 1, "generator seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx = concord.NewContext(ctx, concord.System)
	store, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: *uri, User: "neo4j", Password: *password}, reference.Known)
	if err != nil {
		return fmt.Errorf("open Neo4j: %w", err)
	}
	defer store.Close(context.Background())
	if _, err := store.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}

	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(ingest.GenerateIATIRange(pw, *first, *n, *seed)) }()
	start := time.Now()
	report, err := importer.IATI(ctx, store, pr, importer.Options{Progress: func(read int) {
		if read%50000 < 1000 {
			fmt.Fprintf(os.Stderr, "  %d activities read, %.0f/s\n", read, float64(read)/time.Since(start).Seconds())
		}
	}})
	pr.Close()
	if err != nil {
		return fmt.Errorf("import activities %d..%d: %w", *first, *first+*n-1, err)
	}
	fmt.Printf("imported activities %d..%d in %s: %+v\n", *first, *first+*n-1, time.Since(start).Round(time.Second), report.FileImportReport)
	return nil
}
