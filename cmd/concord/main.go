// Command concord runs the Concord API and its maintenance tasks.
//
//	concord serve     serve the GraphQL API (migrates first)
//	concord migrate   apply schema migrations and sync the reference data
//	concord import F  import a concord-dataset/1 document (- for stdin)
//	concord export [F] write the graph as a concord-dataset/1 document (stdout by default)
//	concord seed      import the built-in seed data
//	concord token E   mint an access token for the account with email E, for scripts
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/auth"
	"github.com/concord-peace/concord/dataset"
	"github.com/concord-peace/concord/frontend"
	"github.com/concord-peace/concord/importer"
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
  token EMAIL    print an access token for that account (-access-ttl sets its life)
  import-iati F  import an IATI activity XML file (versions 1.0x, 2.0x)
  import-hxl F   import an HXL-tagged 3W/4W CSV (-country ISO3 for sheets without a country
                 column, -period FROM/TO for the period a sheet without #date columns reports on)

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
	// The command line acts as the system: it runs on the database's own machine, with its
	// credentials, and sees and writes everything.
	ctx = concord.NewContext(ctx, concord.System)
	switch command {
	case "serve":
		return serve(ctx, cfg, log)
	case "migrate", "import", "export", "seed", "token", "import-iati", "import-hxl":
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
	case "import-iati", "import-hxl":
		if fs.NArg() != 1 {
			return errors.New("give the file to import, or - for stdin")
		}
		period, err := parsePeriod(cfg.period)
		if err != nil {
			return err
		}
		return importFileOf(ctx, store, command, fs.Arg(0), concord.HXLSheet{Country: strings.ToUpper(cfg.country), Period: period}, stdout)
	case "token":
		if fs.NArg() != 1 {
			return errors.New("give the account's email")
		}
		return mintToken(ctx, cfg, store, fs.Arg(0), stdout)
	default: // seed
		return importDocument(ctx, store, seed.Document, stdout)
	}
}

// authService builds the token issuer, the verifier and the sign-in service from the
// configuration.
func authService(cfg config, store *neo4jstore.Store) (*auth.Service, *auth.Verifier, error) {
	key, err := auth.LoadOrCreateSigningKey(cfg.signingKeyFile)
	if err != nil {
		return nil, nil, fmt.Errorf("signing key: %w", err)
	}
	issuer, err := auth.NewIssuer(key, cfg.tokenIssuer, cfg.tokenAudience, cfg.accessTTL)
	if err != nil {
		return nil, nil, err
	}
	kid, pub := issuer.PublicKey()
	keys := auth.Keys{auth.StaticKeys{kid: pub}}
	issuers := []string{cfg.tokenIssuer}
	if cfg.jwksFile != "" {
		sso, err := auth.LoadJWKSFile(cfg.jwksFile)
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, sso)
	}
	if cfg.jwksURL != "" {
		keys = append(keys, &auth.RemoteJWKS{URL: cfg.jwksURL, MinRefetch: time.Minute})
	}
	for _, iss := range strings.Split(cfg.ssoIssuers, ",") {
		if iss = strings.TrimSpace(iss); iss != "" {
			issuers = append(issuers, iss)
		}
	}
	throttle := auth.NewThrottle(store)
	throttle.PairFree = cfg.loginAttempts
	svc := &auth.Service{Store: store, Issuer: issuer, Throttle: throttle, RefreshTTL: cfg.refreshTTL}
	return svc, auth.NewVerifier(keys, issuers, cfg.tokenAudience).CheckSessions(cfg.tokenIssuer, store), nil
}

func mintToken(ctx context.Context, cfg config, store *neo4jstore.Store, email string, stdout io.Writer) error {
	acc, _, found, err := store.AccountForLogin(ctx, email)
	if err != nil {
		return err
	}
	if !found || acc.Disabled {
		return fmt.Errorf("no active account with email %q", email)
	}
	svc, _, err := authService(cfg, store)
	if err != nil {
		return err
	}
	token, exp, err := svc.Issuer.Issue(acc.Principal())
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, token)
	fmt.Fprintf(os.Stderr, "token for %s (%s, %v), valid until %s\n", acc.Email, acc.Org, acc.Roles, exp.UTC().Format(time.RFC3339))
	return nil
}

func open(ctx context.Context, cfg config) (*neo4jstore.Store, error) {
	return neo4jstore.Open(ctx, neo4jstore.Config{
		URI: cfg.neo4jURI, User: cfg.neo4jUser, Password: cfg.neo4jPassword, Database: cfg.neo4jDatabase,
	}, reference.Known)
}

func serve(ctx context.Context, cfg config, log *slog.Logger) error {
	tuneMemory(log)
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
	svc, verifier, err := authService(cfg, store)
	if err != nil {
		return err
	}
	if cfg.adminPassword != "" {
		hash, err := svc.HashPassword(cfg.adminPassword, cfg.adminEmail)
		if err != nil {
			return fmt.Errorf("CONCORD_ADMIN_PASSWORD: %w", err)
		}
		created, err := store.EnsureAccount(ctx, concord.Account{Email: cfg.adminEmail, Name: "Administrator", Roles: []concord.AccountRole{concord.AccountAdmin}}, hash)
		if err != nil {
			return fmt.Errorf("bootstrap administrator: %w", err)
		}
		if created {
			log.Info("created the bootstrap administrator", "email", cfg.adminEmail)
		}
	}
	limits := server.DefaultLimits
	if cfg.complexityLimit > 0 {
		limits.Complexity = cfg.complexityLimit
	}
	var origins []string
	for _, o := range strings.Split(cfg.corsOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	srv := server.New(server.Config{
		Addr: cfg.addr, MaxBodyBytes: cfg.maxBodyBytes, MaxImportBytes: cfg.maxImportBytes, RequestTimeout: cfg.requestTimeout,
		Introspection: cfg.introspection, Limits: limits, Anonymous: cfg.anonymous, CORSOrigins: origins, MetricsToken: cfg.metricsToken,
	}, server.Deps{
		Store: store, Atlas: reference.Atlas{}, Accounts: store, Auth: svc, AuditLog: store, Verifier: verifier, Log: log,
		Files: importer.Files{Store: store}, UI: frontend.Dist(),
	})
	if err := srv.Listen(); err != nil {
		return err
	}
	log.Info("serving", "ui", frontend.Dist() != nil, "graphql", "http://"+srv.Addr()+"/graphql", "neo4j", cfg.neo4jURI, "anonymous_reads", cfg.anonymous)
	if cfg.adminPassword != "" {
		fmt.Fprintf(os.Stderr, "\nWeb UI: http://%s/ (sign in as %s with the password in CONCORD_ADMIN_PASSWORD)\n"+
			"GraphiQL: http://%s/graphql\n"+
			"  mutation { login(email: %q, password: \"…\") { accessToken refreshToken } }\n"+
			"then send the header  Authorization: Bearer <accessToken>\n\n", srv.Addr(), cfg.adminEmail, srv.Addr(), cfg.adminEmail)
	}
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
		return slog.New(server.WithRequestIDs(slog.NewJSONHandler(os.Stderr, nil)))
	}
	return slog.New(server.WithRequestIDs(slog.NewTextHandler(os.Stderr, nil)))
}

// importFileOf imports an IATI or HXL file with a progress line on stderr and a final report.
func importFileOf(ctx context.Context, store *neo4jstore.Store, command, path string, sheet concord.HXLSheet, stdout io.Writer) error {
	var in io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	start := time.Now()
	opts := importer.Options{Country: sheet.Country, Period: sheet.Period, Progress: func(read int) {
		fmt.Fprintf(os.Stderr, "\r%s: %d records read (%.0f/s)", path, read, float64(read)/time.Since(start).Seconds())
	}}
	var rep importer.Report
	var err error
	if command == "import-iati" {
		rep, err = importer.IATI(ctx, store, in, opts)
	} else {
		rep, err = importer.HXL(ctx, store, in, opts)
	}
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "read %d, created %d, updated %d, unchanged %d, skipped %d; new organisations %d; %.1f s\n",
		rep.Read, rep.Created, rep.Updated, rep.Unchanged, rep.Skipped, rep.ActorsCreated, rep.Duration.Seconds())
	for _, why := range slices.Sorted(maps.Keys(rep.Reasons)) {
		fmt.Fprintf(stdout, "  %5d × %s\n", rep.Reasons[why], why)
	}
	return nil
}

// parsePeriod reads -period: "" or FROM/TO in ISO dates, either end may be empty.
func parsePeriod(s string) (concord.Period, error) {
	if s == "" {
		return concord.Period{}, nil
	}
	from, to, ok := strings.Cut(s, "/")
	if !ok {
		return concord.Period{}, fmt.Errorf("-period %q: give FROM/TO, such as 2024-01-01/2024-03-31", s)
	}
	var p concord.Period
	var err error
	if from != "" {
		if p.From, err = concord.ParseDate(from); err != nil {
			return p, fmt.Errorf("-period %q: from: %w", s, err)
		}
	}
	if to != "" {
		if p.To, err = concord.ParseDate(to); err != nil {
			return p, fmt.Errorf("-period %q: to: %w", s, err)
		}
	}
	return p, p.Validate("-period")
}
