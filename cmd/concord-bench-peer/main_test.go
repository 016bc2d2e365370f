package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// The same engagements in each server's shape, in different orders, normalise to one value;
// a missing one shows in the diff.
func TestEngagementsNormaliseAlike(t *testing.T) {
	concord := `{"engagements": {"edges": [
	  {"node": {"role": "LEAD", "actor": {"id": "un"}, "subject": {"__typename": "Mission", "id": "unmik"}}},
	  {"node": {"role": "CONTRIBUTOR", "actor": {"id": "deu"}, "subject": {"__typename": "Mission", "id": "eulex-kosovo"}}},
	  {"node": {"role": "LEAD", "actor": {"id": "eu"}, "subject": {"__typename": "Mission", "id": "eulex-kosovo"}}}]}}`
	peer := `{"missions": [
	  {"id": "eulex-kosovo", "lead": {"id": "eu"}, "contributors": [{"id": "deu"}]},
	  {"id": "unmik", "lead": {"id": "un"}, "contributors": []}], "activities": []}`
	a, err := engagementsFromConcord(json.RawMessage(concord))
	if err != nil {
		t.Fatal(err)
	}
	b, err := engagementsFromPeer(json.RawMessage(peer))
	if err != nil {
		t.Fatal(err)
	}
	x, _ := json.MarshalIndent(a, "", " ")
	y, _ := json.MarshalIndent(b, "", " ")
	if string(x) != string(y) {
		t.Fatalf("normalised answers differ:\n%s", lineDiff(string(x), string(y)))
	}

	fewer := `{"missions": [{"id": "unmik", "lead": {"id": "un"}, "contributors": []}], "activities": []}`
	c, err := engagementsFromPeer(json.RawMessage(fewer))
	if err != nil {
		t.Fatal(err)
	}
	z, _ := json.MarshalIndent(c, "", " ")
	diff := lineDiff(string(x), string(z))
	if !strings.Contains(diff, `-   "subject": "eulex-kosovo"`) || strings.Contains(diff, "+ ") {
		t.Errorf("diff does not show the missing engagements only as removed lines:\n%s", diff)
	}
}

func TestDistinctSortsAndIsNeverNil(t *testing.T) {
	got := distinct([]string{"POLICE", "JUSTICE", "POLICE"})
	if strings.Join(got, ",") != "JUSTICE,POLICE" {
		t.Errorf("distinct = %v", got)
	}
	if distinct(nil) == nil {
		t.Error("distinct(nil) is nil; want an empty list, so that null and [] compare equal")
	}
}

func TestPercentile(t *testing.T) {
	s := sample{lat: []float64{5, 1, 4, 2, 3, 6, 7, 8, 9, 10}}
	if p := s.percentile(0.5); p != 6 {
		t.Errorf("p50 = %v, want 6", p)
	}
	if p := s.percentile(0.99); p != 10 {
		t.Errorf("p99 = %v, want 10", p)
	}
}
