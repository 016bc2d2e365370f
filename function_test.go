package concord

import (
	"slices"
	"testing"
)

func TestVocabulary(t *testing.T) {
	fs := Functions()
	if len(fs) == 0 {
		t.Fatalf("Functions() is empty")
	}
	pos := map[FunctionCode]int{}
	for i, f := range fs {
		if _, dup := pos[f.Code]; dup {
			t.Fatalf("function %s is listed twice", f.Code)
		}
		pos[f.Code] = i
	}
	dac := map[string]FunctionCode{}
	for i, f := range fs {
		if !f.Code.Valid() {
			t.Fatalf("%s.Valid() = false", f.Code)
		}
		if got, ok := LookupFunction(f.Code); !ok || got.Code != f.Code {
			t.Fatalf("LookupFunction(%s) = %v, %v", f.Code, got.Code, ok)
		}
		if f.Name == "" {
			t.Fatalf("function %s has no name", f.Code)
		}
		if f.Parent != "" {
			pi, ok := pos[f.Parent]
			if !ok {
				t.Fatalf("function %s has unknown parent %s", f.Code, f.Parent)
			}
			if pi >= i {
				t.Fatalf("parent %s is listed after its child %s", f.Parent, f.Code)
			}
		}
		// Walking up from any function reaches the top in fewer steps than there are functions.
		c, steps := f.Code, 0
		for c != "" {
			if steps > len(fs) {
				t.Fatalf("function %s is in a parent cycle", f.Code)
			}
			p, _ := LookupFunction(c)
			c, steps = p.Parent, steps+1
		}
		for _, code := range f.DACCodes {
			if len(code) != 5 || code[0] < '1' || code[0] > '9' {
				t.Fatalf("function %s has malformed DAC code %q", f.Code, code)
			}
			if other, dup := dac[code]; dup {
				t.Fatalf("DAC code %s maps to both %s and %s", code, other, f.Code)
			}
			dac[code] = f.Code
		}
	}
	for _, c := range []FunctionCode{"", "rule_of_law", "JUSTICE ", "LAW"} {
		if c.Valid() {
			t.Fatalf("FunctionCode(%q).Valid() = true, want false", c)
		}
		if _, ok := LookupFunction(c); ok {
			t.Fatalf("LookupFunction(%q) found a function", c)
		}
	}
}

func TestFunctionsReturnsACopy(t *testing.T) {
	fs := Functions()
	fs[0].Code = "CHANGED"
	if got := Functions()[0].Code; got == "CHANGED" {
		t.Fatalf("changing the result of Functions() changed the vocabulary")
	}
}

func TestChildren(t *testing.T) {
	tests := []struct {
		code FunctionCode
		want []FunctionCode
	}{
		{RuleOfLaw, []FunctionCode{Justice, Police, Corrections}},
		{Political, []FunctionCode{Mediation, Elections, Governance}},
		{Justice, nil},
		{Monitoring, nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			if got := tt.code.Children(); !slices.Equal(got, tt.want) {
				t.Fatalf("%s.Children() = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}

func TestWithDescendants(t *testing.T) {
	tests := []struct {
		code FunctionCode
		want []FunctionCode
	}{
		{RuleOfLaw, []FunctionCode{RuleOfLaw, Justice, Police, Corrections}},
		{Security, []FunctionCode{Security, SSR, DDR, Border, MilitaryTraining}},
		{Justice, []FunctionCode{Justice}},
		{HumanRights, []FunctionCode{HumanRights}},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			got := tt.code.WithDescendants()
			if !slices.Equal(got, tt.want) {
				t.Fatalf("%s.WithDescendants() = %v, want %v", tt.code, got, tt.want)
			}
			if got[0] != tt.code {
				t.Fatalf("%s.WithDescendants() does not start with %s", tt.code, tt.code)
			}
		})
	}
	t.Run("every function is below each of its ancestors", func(t *testing.T) {
		for _, f := range Functions() {
			for p := f.Parent; p != ""; {
				if !slices.Contains(p.WithDescendants(), f.Code) {
					t.Fatalf("%s.WithDescendants() misses %s", p, f.Code)
				}
				pf, _ := LookupFunction(p)
				p = pf.Parent
			}
		}
	})
}

func TestExpandFunctions(t *testing.T) {
	tests := []struct {
		name string
		in   []FunctionCode
		want []FunctionCode
	}{
		{"nil", nil, nil},
		{"leaf", []FunctionCode{Justice}, []FunctionCode{Justice}},
		{"duplicates", []FunctionCode{Police, Police, Justice, Police}, []FunctionCode{Justice, Police}},
		{"parent adds children, sorted", []FunctionCode{RuleOfLaw}, []FunctionCode{Corrections, Justice, Police, RuleOfLaw}},
		{"child given with its parent", []FunctionCode{Justice, RuleOfLaw}, []FunctionCode{Corrections, Justice, Police, RuleOfLaw}},
		{"unrelated", []FunctionCode{Political, HumanRights}, []FunctionCode{Elections, Governance, HumanRights, Mediation, Political}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := ExpandFunctions(in)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("ExpandFunctions(%v) = %v, want %v", tt.in, got, tt.want)
			}
			if !slices.Equal(in, tt.in) {
				t.Fatalf("ExpandFunctions changed its argument to %v", in)
			}
		})
	}
}

func TestFunctionsForDAC(t *testing.T) {
	tests := []struct {
		code string
		want []FunctionCode
	}{
		{"15130", []FunctionCode{Justice}},
		{"15131", []FunctionCode{Justice}},
		{"15132", []FunctionCode{Police}},
		{"15210", []FunctionCode{SSR}},
		{"15220", []FunctionCode{Mediation}},
		{"15261", []FunctionCode{DDR}},
		{"15160", []FunctionCode{HumanRights}},
		{"99999", nil},
		{"", nil},
		{"1513", nil},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := FunctionsForDAC(tt.code); !slices.Equal(got, tt.want) {
				t.Fatalf("FunctionsForDAC(%q) = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}
