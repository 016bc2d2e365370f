package importer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/importer"
)

// conflictOnce is a store whose first import fails as if another import had just created one
// of the batch's new organisations.
type conflictOnce struct {
	resolves, imports int
}

func (s *conflictOnce) ResolveActors(_ context.Context, orgs [][]string, _ []string) ([]string, error) {
	s.resolves++
	return make([]string, len(orgs)), nil
}

func (s *conflictOnce) ActorNames(_ context.Context, _ []string) (map[string]string, error) {
	return map[string]string{}, nil
}

func (s *conflictOnce) Import(_ context.Context, ds concord.Dataset) (concord.ImportReport, error) {
	s.imports++
	if s.imports == 1 {
		return concord.ImportReport{}, concord.Errorf(concord.ECONFLICT, "", "A record with that id already exists.")
	}
	return concord.ImportReport{Counts: []concord.ImportCount{
		{Kind: concord.RecordActor, Created: len(ds.Actors)},
		{Kind: concord.RecordActivity, Created: len(ds.Activities)},
	}}, nil
}

// TestBatchRetriedOnceAfterAConflict: the batch is matched and written again, and counted once.
func TestBatchRetriedOnceAfterAConflict(t *testing.T) {
	sheet := "#org,#sector,#adm1,#status\nNRC,Protection,North,Ongoing\nNRC,Shelter,North,Ongoing\n,,,\n"
	s := &conflictOnce{}
	rep, err := importer.HXL(context.Background(), s, strings.NewReader(sheet), importer.Options{Country: "SSD"})
	if err != nil {
		t.Fatal(err)
	}
	if s.resolves != 2 || s.imports != 2 {
		t.Errorf("%d resolutions and %d imports, want 2 and 2", s.resolves, s.imports)
	}
	if rep.Read != 2 || rep.Created != 2 || rep.ActorsCreated != 1 || rep.Skipped != 1 || rep.Reasons["empty row"] != 1 {
		t.Errorf("report %+v", rep.FileImportReport)
	}
}

// conflictAlways fails every import: a second conflict is the caller's to see.
type conflictAlways struct{ conflictOnce }

func (s *conflictAlways) Import(ctx context.Context, ds concord.Dataset) (concord.ImportReport, error) {
	s.imports++
	return concord.ImportReport{}, concord.Errorf(concord.ECONFLICT, "", "A record with that id already exists.")
}

func TestBatchConflictTwiceFails(t *testing.T) {
	s := &conflictAlways{}
	_, err := importer.HXL(context.Background(), s, strings.NewReader("#org,#sector\nNRC,Protection\n"), importer.Options{Country: "SSD"})
	if concord.ErrorCode(err) != concord.ECONFLICT || s.imports != 2 {
		t.Errorf("err %v after %d imports, want CONFLICT after 2", err, s.imports)
	}
}
