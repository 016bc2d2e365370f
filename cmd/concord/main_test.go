package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestCommands runs the CLI's subcommands against the test Neo4j.
func TestCommands(t *testing.T) {
	neo4jtest.Open(t) // empties and migrates the test database
	cfg := neo4jtest.Config(t)
	flags := []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-password", cfg.Password}
	ctx := context.Background()
	run := func(command string, args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, command, append(append([]string{}, flags...), args...), &out)
		return out.String(), err
	}

	if _, err := run("migrate"); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	out, err := run("import", "../../neo4jstore/testdata/fixture.json")
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if !strings.Contains(out, "mission   created    5") {
		t.Errorf("import report:\n%s", out)
	}
	out, err = run("import", "../../neo4jstore/testdata/fixture.json")
	if err != nil || !strings.Contains(out, "mission   created    0  updated    0  unchanged    5") {
		t.Errorf("second import (%v):\n%s", err, out)
	}

	exported := filepath.Join(t.TempDir(), "export.json")
	if _, err := run("export", exported); err != nil {
		t.Fatalf("export: %v", err)
	}
	doc, err := os.ReadFile(exported)
	if err != nil || !bytes.Contains(doc, []byte(`"id": "eulex-kosovo"`)) {
		t.Fatalf("exported file (%v): %.200s", err, doc)
	}
	out, err = run("import", exported)
	if err != nil || strings.Contains(out, "created    1") || !strings.Contains(out, "unchanged    5") {
		t.Errorf("importing the export changed something (%v):\n%s", err, out)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	_ = os.WriteFile(bad, []byte(`{"format": "concord-dataset/1", "missions": [{"id": "m", "name": "M", "model": "WAR", "lead": "un"}]}`), 0o644)
	_, err = run("import", bad)
	if err == nil || !strings.Contains(describe(err), "missions[0].model") {
		t.Errorf("bad import: %v, want an error naming missions[0].model", err)
	}

	out, err = run("seed")
	if err != nil || !strings.Contains(out, "mission   created  137") {
		// 5 of the seed's missions are in the fixture under the same ids.
		t.Errorf("seed (%v):\n%s", err, out)
	}

	if err := run2(ctx, "nonsense"); err == nil {
		t.Error("an unknown command did not fail")
	}
}

func run2(ctx context.Context, command string) error { return run(ctx, command, nil, &bytes.Buffer{}) }
