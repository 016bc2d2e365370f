package server_test

import (
	"os"
	"testing"
)

// The Afghanistan 3W of 2024 Q1 (testdata/real/hxl-3w-afghanistan-operational-presence-2024q1.csv)
// states its period only in its name: its hashtag row (line 2: #region+name, #adm1+name,
// #adm1+code, #adm2+name, #adm2+code, #org +acronym, #org +name, #org +type +name,
// #sector +cluster +code, #sector +cluster +name) has no #date column, and its 10,902 rows
// are 2,567 activities (organisation × sector × province, with their districts).
const (
	afghanistan3W      = "../testdata/real/hxl-3w-afghanistan-operational-presence-2024q1.csv"
	afghanistanRecords = 2567
)

type summary struct {
	Country                                              struct{ Code string }
	Missions, Activities, Engagements, Overlaps, Undated int
}

func summaries(t *testing.T, a *api, at string, undated bool) map[string]summary {
	t.Helper()
	var out struct{ CountrySummaries []summary }
	a.query(`query($at: Date, $u: Boolean) { countrySummaries(at: $at, includeUndated: $u) { country { code } missions activities engagements overlaps undated } }`,
		map[string]any{"at": at, "u": undated}, &out)
	by := map[string]summary{}
	for _, s := range out.CountrySummaries {
		by[s.Country.Code] = s
	}
	return by
}

func engagementCount(t *testing.T, a *api, country, at string, undated bool) (total, undatedRecords int) {
	t.Helper()
	var out struct {
		Engagements struct{ TotalCount, Undated int }
	}
	a.query(`query($c: String!, $at: Date, $u: Boolean) { engagements(country: $c, at: $at, includeUndated: $u, first: 1) { totalCount undated } }`,
		map[string]any{"c": country, "at": at, "u": undated}, &out)
	return out.Engagements.TotalCount, out.Engagements.Undated
}

// TestUndatedRecordsAreNotPresentOnEveryDay: reported, the map shaded Afghanistan darkest in
// 1993 with 2,567 engagements from the undated 3W, while its country page said nobody worked
// there that day.
func TestUndatedRecordsAreNotPresentOnEveryDay(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	doc, err := os.ReadFile(afghanistan3W)
	if err != nil {
		t.Fatal(err)
	}
	importSheet := func(vars map[string]any) {
		t.Helper()
		vars["d"] = string(doc)
		var out struct{ ImportHXL struct{ Read int } }
		a.query(`mutation($d: String!, $from: Date, $to: Date) { importHXL(document: $d, country: "AFG", from: $from, to: $to) { read } }`, vars, &out)
		if out.ImportHXL.Read != afghanistanRecords {
			t.Fatalf("read %d records, want %d", out.ImportHXL.Read, afghanistanRecords)
		}
	}

	t.Run("WithoutItsPeriod", func(t *testing.T) {
		importSheet(map[string]any{})
		// 1993: nothing in the seed either. 2024: the seed's UNAMA (one engagement, its lead).
		for day, seeded := range map[string]int{"1993-06-01": 0, "2024-02-15": 1} {
			afg := summaries(t, a, day, false)["AFG"]
			if afg.Activities != 0 || afg.Engagements != seeded || afg.Undated != afghanistanRecords {
				t.Errorf("%s: the map says %+v, want no activity, %d engagements and %d undated", day, afg, seeded, afghanistanRecords)
			}
			if total, undated := engagementCount(t, a, "AFG", day, false); total != seeded || undated != afghanistanRecords {
				t.Errorf("%s: engagements %d, undated %d", day, total, undated)
			}
		}
		// Asked to include them, and with no day at all, they are there.
		withUndated := summaries(t, a, "1993-06-01", true)["AFG"]
		total, _ := engagementCount(t, a, "AFG", "1993-06-01", true)
		if withUndated.Activities != afghanistanRecords || withUndated.Engagements == 0 || withUndated.Engagements != total {
			t.Errorf("with includeUndated: map %+v, engagements %d", withUndated, total)
		}
	})

	mapAgreesWithCountryPages(t, a)

	// Another graph: the sheet's period is part of its rows' ids (the Q2 sheet's rows are other
	// reports than Q1's), so importing it again with its period would add records.
	a = newAPI(t)
	a.load("../seed/concord-seed.json")
	t.Run("WithItsPeriod", func(t *testing.T) {
		importSheet(map[string]any{"from": "2024-01-01", "to": "2024-03-31"})
		if afg := summaries(t, a, "2024-02-15", false)["AFG"]; afg.Activities != afghanistanRecords || afg.Undated != 0 {
			t.Errorf("in 2024 Q1: %+v, want %d activities and none undated", afg, afghanistanRecords)
		}
		if afg := summaries(t, a, "2024-06-01", false)["AFG"]; afg.Activities != 0 {
			t.Errorf("after 2024 Q1: %+v", afg)
		}
	})
	mapAgreesWithCountryPages(t, a)
}

// mapAgreesWithCountryPages: for every country on the map, on days across the seed's years and
// the sheet's quarter, the map's engagements and undated counts are the country's lists'.
func mapAgreesWithCountryPages(t *testing.T, a *api) {
	t.Helper()
	checked := 0
	for _, day := range []string{"1993-06-01", "1999-06-15", "2008-12-09", "2010-06-01", "2016-01-01", "2024-02-15"} {
		for code, s := range summaries(t, a, day, false) {
			total, undated := engagementCount(t, a, code, day, false)
			if total != s.Engagements || undated != s.Undated {
				t.Errorf("%s %s: map %d engagements, %d undated; country page %d, %d", day, code, s.Engagements, s.Undated, total, undated)
			}
			checked++
		}
	}
	if checked < 50 {
		t.Errorf("only %d (day, country) pairs on the map", checked)
	}
}
