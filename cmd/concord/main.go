// Command concord runs the Concord API and its maintenance tasks.
//
//	concord serve     serve the GraphQL API (migrates first)
//	concord migrate   apply schema migrations and sync the reference data
//	concord import F  import a concord-dataset/1 document (- for stdin)
//	concord export [F] write the graph as a concord-dataset/1 document (stdout by default)
//	concord seed      import the built-in seed data
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/dataset"
	"github.com/concord-peace/concord/neo4jstore"
	"github.com/concord-peace/concord/reference"
	"github.com/concord-peace/concord/seed"
	"github.com/concord-peace/concord/server"
)

const usage = `usage: concord <command> [flags]

commands:
  serve          serve the GraphQL API on -addr (migrates first)
  migrate        apply schema migrations and sync the built-in reference data
  import FILE    import a concord-dataset/1 document (FILE - reads stdin)
  export [FILE]  write the whole graph as a concord-dataset/1 document
  seed           import the built-in seed data (idempotent)

Run 'concord <command> -h' for the flags; every flag has an environment variable.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1], os.Args[2:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "concord %s: %s\n", os.Args[1], describe(err))
		os.Exit(1)
	}
}

func run(ctx context.Context, command string, args []string, stdout io.Writer) error {
	var cfg config
	fs := flag.NewFlagSet(command, flag.ContinueOnError)
	cfg.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := newLogger(cfg.logFormat)
	switch command {
	case "serve":
		return serve(ctx, cfg, log)
	case "migrate", "import", "export", "seed":
	default:
		fmt.Fprint(os.Stderr, usage)
		return fmt.Errorf("unknown command %q", command)
	}
	store, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	switch command {
	case "migrate":
		res, err := store.Migrate(ctx)
		if err != nil {
			return err
		}
		log.Info("migrated", "applied", res.Applied, "schema_version", res.Current)
		return nil
	case "import":
		if fs.NArg() != 1 {
			return errors.New("give the file to import, or - for stdin")
		}
		return importFile(ctx, store, fs.Arg(0), stdout)
	case "export":
		return exportTo(ctx, store, fs.Arg(0), stdout)
	default: // seed
		return importDocument(ctx, store, seed.Document, stdout)
	}
}

func open(ctx context.Context, cfg config) (*neo4jstore.Store, error) {
	return neo4jstore.Open(ctx, neo4jstore.Config{
		URI: cfg.neo4jURI, User: cfg.neo4jUser, Password: cfg.neo4jPassword, Database: cfg.neo4jDatabase,
	}, reference.Known)
}

func serve(ctx context.Context, cfg config, log *slog.Logger) error {
	store, err := open(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	res, err := store.Migrate(ctx)
	if err != nil {
		return err
	}
	log.Info("schema up to date", "applied", res.Applied, "schema_version", res.Current)
	if cfg.seedIfEmpty {
		empty, err := store.Empty(ctx)
		if err != nil {
			return err
		}
		if empty {
			if err := importDocument(ctx, store, seed.Document, io.Discard); err != nil {
				return fmt.Errorf("seed: %w", err)
			}
			log.Info("graph was empty: loaded the built-in seed data")
		}
	}
	srv := server.New(server.Config{
		Addr: cfg.addr, MaxBodyBytes: cfg.maxBodyBytes, RequestTimeout: cfg.requestTimeout,
		Introspection: cfg.introspection, ComplexityLimit: cfg.complexityLimit,
	}, store, reference.Atlas{}, log)
	if err := srv.Listen(); err != nil {
		return err
	}
	log.Info("serving", "graphql", "http://"+srv.Addr()+"/graphql", "neo4j", cfg.neo4jURI)
	return srv.Serve(ctx)
}

func importFile(ctx context.Context, store *neo4jstore.Store, path string, stdout io.Writer) error {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return err
	}
	return importDocument(ctx, store, data, stdout)
}

func importDocument(ctx context.Context, store *neo4jstore.Store, data []byte, stdout io.Writer) error {
	ds, err := dataset.Parse(data, reference.Known)
	if err != nil {
		return err
	}
	report, err := store.Import(ctx, ds)
	if err != nil {
		return err
	}
	for _, c := range report.Counts {
		fmt.Fprintf(stdout, "%-9s created %4d  updated %4d  unchanged %4d\n", c.Kind, c.Created, c.Updated, c.Unchanged)
	}
	return nil
}

func exportTo(ctx context.Context, store *neo4jstore.Store, path string, stdout io.Writer) error {
	ds, err := store.Export(ctx)
	if err != nil {
		return err
	}
	doc, err := dataset.Encode(ds)
	if err != nil {
		return err
	}
	if path == "" || path == "-" {
		_, err = stdout.Write(doc)
		return err
	}
	return os.WriteFile(path, doc, 0o644)
}

// describe prints every field error of a rejected document, one a line.
func describe(err error) string {
	var errs concord.Errors
	if errors.As(err, &errs) && len(errs) > 1 {
		s := fmt.Sprintf("%d problems:", len(errs))
		for _, e := range errs {
			s += "\n  " + e.Error()
		}
		return s
	}
	return err.Error()
}

func newLogger(format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, nil))
}
