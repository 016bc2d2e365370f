package ingest

import (
	"slices"
	"testing"

	concord "github.com/concord-peace/concord"
)

// TestDACAgreesWithFunctionGo keeps the importer's table and function.go in step: every code
// function.go maps is in dac5 with the same functions, and every dac5 code that function.go
// knows maps the same way.
func TestDACAgreesWithFunctionGo(t *testing.T) {
	for _, f := range concord.Functions() {
		for _, code := range f.DACCodes {
			got := DACFunctions("1", code)
			if want := concord.FunctionsForDAC(code); !slices.Equal(got, want) {
				t.Errorf("%s: ingest %v, function.go %v", code, got, want)
			}
		}
	}
	for code, fs := range dac5 {
		if want := concord.FunctionsForDAC(code); len(want) > 0 && !slices.Equal(fs, want) {
			t.Errorf("%s: ingest %v, function.go %v", code, fs, want)
		}
		for _, f := range fs {
			if !f.Valid() {
				t.Errorf("%s: %s is not in the vocabulary", code, f)
			}
		}
	}
	for _, fs := range hxlSectorFunctions {
		for _, f := range fs {
			if !f.Valid() {
				t.Errorf("HXL sector table: %s is not in the vocabulary", f)
			}
		}
	}
}

func TestDACFunctions(t *testing.T) {
	tests := []struct {
		vocabulary, code string
		want             []concord.FunctionCode
	}{
		{"1", "15130", []concord.FunctionCode{concord.Justice}},
		{"", "15131", []concord.FunctionCode{concord.Justice}},
		{"1", "15134", []concord.FunctionCode{concord.Justice}},
		{"1", "15132", []concord.FunctionCode{concord.Police}},
		{"1", "15137", []concord.FunctionCode{concord.Corrections}},
		{"1", "15210", []concord.FunctionCode{concord.SSR}},
		{"1", "15240", []concord.FunctionCode{concord.DDR}},
		{"1", "15261", []concord.FunctionCode{concord.DDR}},
		{"1", "15151", []concord.FunctionCode{concord.Elections}},
		{"1", "15160", []concord.FunctionCode{concord.HumanRights}},
		{"1", "15220", []concord.FunctionCode{concord.Mediation}},
		{"1", "15230", []concord.FunctionCode{concord.Security}},
		{"1", "15250", []concord.FunctionCode{concord.Security}},
		{"1", "15110", []concord.FunctionCode{concord.Governance}},
		{"1", "15150", []concord.FunctionCode{concord.Governance}},
		{"1", "15152", []concord.FunctionCode{concord.Governance}},
		{"1", "15153", []concord.FunctionCode{concord.Governance}},
		{"1", "15161", []concord.FunctionCode{concord.Elections}},
		{"1", "15162", []concord.FunctionCode{concord.HumanRights}},
		{"1", "15163", []concord.FunctionCode{concord.Governance}},
		{"1", "15164", []concord.FunctionCode{concord.HumanRights}},
		{"1", "15170", []concord.FunctionCode{concord.HumanRights}},
		{"1", "15180", []concord.FunctionCode{concord.HumanRights}},
		{"2", "151", []concord.FunctionCode{concord.Governance}},
		{"2", "152", []concord.FunctionCode{concord.Security}},
		{"DAC-3", "152", []concord.FunctionCode{concord.Security}},
		{"DAC", "15220", []concord.FunctionCode{concord.Mediation}},
		{"2", "15220", []concord.FunctionCode{concord.Mediation}}, // a 5-digit code under vocabulary 2
		{"1", "152", []concord.FunctionCode{concord.Security}},    // a 3-digit code under vocabulary 1
		{"1", "72010", nil},
		{"1", "15111", nil},
		{"1", "15136", nil},
		{"2", "720", nil},
		{"99", "15220", nil}, // a publisher's own vocabulary
		{"7", "16", nil},
		{"1", "", nil},
	}
	for _, tt := range tests {
		if got := DACFunctions(tt.vocabulary, tt.code); !slices.Equal(got, tt.want) {
			t.Errorf("DACFunctions(%q, %q) = %v, want %v", tt.vocabulary, tt.code, got, tt.want)
		}
	}
	// The result is the caller's.
	DACFunctions("1", "15220")[0] = "X"
	if DACFunctions("1", "15220")[0] != concord.Mediation {
		t.Error("DACFunctions returned the table's slice")
	}
}

func TestHXLFunctions(t *testing.T) {
	tests := []struct {
		code, name string
		want       []concord.FunctionCode
	}{
		{"", "Mine Action", []concord.FunctionCode{concord.Security}},
		{"", "Protection - Mine Action", nil}, // no colon: not split, stays a label
		{"", "Operational Presence: Mine Action", []concord.FunctionCode{concord.Security}},
		{"", "Acción contra minas", []concord.FunctionCode{concord.Security}},
		{"", "Derechos Humanos", []concord.FunctionCode{concord.HumanRights}},
		{"", "Rule of Law", []concord.FunctionCode{concord.RuleOfLaw}},
		{"15132", "", []concord.FunctionCode{concord.Police}},
		{"PROTECTION_OP", "Operational Presence: Protection", nil},
		{"", "Protección", nil},
		{"", "Child Protection", nil},
		{"", "GBV", nil},
		{"", "Health", nil},
	}
	for _, tt := range tests {
		if got := hxlFunctions(tt.code, tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("hxlFunctions(%q, %q) = %v, want %v", tt.code, tt.name, got, tt.want)
		}
	}
}
