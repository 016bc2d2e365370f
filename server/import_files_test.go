package server_test

import (
	"os"
	"strings"
	"testing"
)

// TestImportFilesThroughGraphQL sends a real IATI file and a small HXL sheet through the API.
func TestImportFilesThroughGraphQL(t *testing.T) {
	a := newAPI(t)
	doc, err := os.ReadFile("../testdata/real/iati-multi-publisher-small-dportal-foodsecurity.xml")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		ImportIATI struct{ Read, Created, Skipped int }
	}
	a.query(`mutation($d: String!) { importIATI(document: $d) { read created skipped reasons { reason count } } }`, map[string]any{"d": string(doc)}, &got)
	if got.ImportIATI.Read != 7 || got.ImportIATI.Created != 7 {
		t.Errorf("importIATI: %+v, want 7 read and created", got.ImportIATI)
	}

	sheet := "Organisation,Sector,Province\n#org +impl,#sector +name,#adm1 +name\nMercy Corps,Protection,Kabul\nMERCY CORPS EUROPE,Education,Herat\n"
	var hxl struct {
		ImportHXL struct{ Read, Created int }
	}
	a.query(`mutation($d: String!) { importHXL(document: $d, country: "AFG") { read created } }`, map[string]any{"d": sheet}, &hxl)
	if hxl.ImportHXL.Read != 2 || hxl.ImportHXL.Created != 2 {
		t.Errorf("importHXL: %+v", hxl.ImportHXL)
	}
	e := a.fail(`mutation { importHXL(document: "a,b\n1,2\n") { read } }`, nil)
	if code(e) != "BAD_USER_INPUT" || !strings.Contains(e.Message, "hashtag") {
		t.Errorf("a sheet without a hashtag row: %s (%s)", e.Message, code(e))
	}

	var dups struct {
		ActorDuplicates []struct {
			A, B   struct{ Name string }
			Reason string
		}
	}
	a.query(`{ actorDuplicates { a { name } b { name } reason } }`, nil, &dups)
	found := false
	for _, d := range dups.ActorDuplicates {
		if strings.EqualFold(d.A.Name+d.B.Name, "Mercy CorpsMERCY CORPS EUROPE") || strings.EqualFold(d.B.Name+d.A.Name, "Mercy CorpsMERCY CORPS EUROPE") {
			found = true
		}
	}
	if !found {
		t.Errorf("Mercy Corps and MERCY CORPS EUROPE are not listed as probable duplicates: %+v", dups.ActorDuplicates)
	}
}
