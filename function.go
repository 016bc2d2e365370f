package concord

import "slices"

// FunctionCode names a thematic area of work from Concord's controlled vocabulary.
type FunctionCode string

// The function vocabulary. The hierarchy is in Functions; asking for a parent includes its
// children.
const (
	RuleOfLaw             FunctionCode = "RULE_OF_LAW"
	Justice               FunctionCode = "JUSTICE"
	Police                FunctionCode = "POLICE"
	Corrections           FunctionCode = "CORRECTIONS"
	Security              FunctionCode = "SECURITY"
	SSR                   FunctionCode = "SSR"
	DDR                   FunctionCode = "DDR"
	Border                FunctionCode = "BORDER"
	MilitaryTraining      FunctionCode = "MILITARY_TRAINING"
	Political             FunctionCode = "POLITICAL"
	Mediation             FunctionCode = "MEDIATION"
	Elections             FunctionCode = "ELECTIONS"
	Governance            FunctionCode = "GOVERNANCE"
	Monitoring            FunctionCode = "MONITORING"
	HumanRights           FunctionCode = "HUMAN_RIGHTS"
	ProtectionOfCivilians FunctionCode = "PROTECTION_OF_CIVILIANS"
)

// Function is one entry of the vocabulary: its code, a readable name, its parent (empty at the
// top) and the OECD-DAC CRS purpose codes that map to it.
type Function struct {
	Code     FunctionCode
	Name     string
	Parent   FunctionCode
	DACCodes []string
}

// functions is the vocabulary of the domain model. The DAC purpose codes are those of the
// OECD-DAC CRS purpose code list (IATI codelist "Sector", vocabulary 1); docs/functions.md
// records the choices made for codes without an obvious home.
var functions = []Function{
	{Code: RuleOfLaw, Name: "Rule of law"},
	{Code: Justice, Name: "Justice", Parent: RuleOfLaw, DACCodes: []string{"15130", "15131", "15134"}},
	{Code: Police, Name: "Police", Parent: RuleOfLaw, DACCodes: []string{"15132"}},
	{Code: Corrections, Name: "Corrections", Parent: RuleOfLaw, DACCodes: []string{"15137"}},
	{Code: Security, Name: "Security", DACCodes: []string{"15230"}},
	{Code: SSR, Name: "Security sector reform", Parent: Security, DACCodes: []string{"15210"}},
	{Code: DDR, Name: "Disarmament, demobilisation and reintegration", Parent: Security, DACCodes: []string{"15240", "15261"}},
	{Code: Border, Name: "Border management", Parent: Security},
	{Code: MilitaryTraining, Name: "Military training", Parent: Security},
	{Code: Political, Name: "Political affairs"},
	{Code: Mediation, Name: "Mediation and conflict prevention", Parent: Political, DACCodes: []string{"15220"}},
	{Code: Elections, Name: "Elections", Parent: Political, DACCodes: []string{"15151"}},
	{Code: Governance, Name: "Governance", Parent: Political, DACCodes: []string{"15110"}},
	{Code: Monitoring, Name: "Monitoring and verification"},
	{Code: HumanRights, Name: "Human rights", DACCodes: []string{"15160"}},
	{Code: ProtectionOfCivilians, Name: "Protection of civilians"},
}

var functionIndex = func() map[FunctionCode]Function {
	m := make(map[FunctionCode]Function, len(functions))
	for _, f := range functions {
		m[f.Code] = f
	}
	return m
}()

// Functions returns the whole vocabulary, parents before their children.
func Functions() []Function { return slices.Clone(functions) }

// LookupFunction returns the function with the given code.
func LookupFunction(code FunctionCode) (Function, bool) {
	f, ok := functionIndex[code]
	return f, ok
}

// Valid reports whether c is in the vocabulary.
func (c FunctionCode) Valid() bool {
	_, ok := functionIndex[c]
	return ok
}

// Children returns the direct children of c.
func (c FunctionCode) Children() []FunctionCode {
	var out []FunctionCode
	for _, f := range functions {
		if f.Parent == c {
			out = append(out, f.Code)
		}
	}
	return out
}

// WithDescendants returns c followed by every function below it.
func (c FunctionCode) WithDescendants() []FunctionCode {
	out := []FunctionCode{c}
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].Children()...)
	}
	return out
}

// FunctionsForDAC returns the functions a DAC purpose code maps to.
func FunctionsForDAC(code string) []FunctionCode {
	var out []FunctionCode
	for _, f := range functions {
		if slices.Contains(f.DACCodes, code) {
			out = append(out, f.Code)
		}
	}
	return out
}

// ExpandFunctions returns the set of codes with every descendant added, sorted, so that two
// function sets can be compared on what they cover: a mandate for RULE_OF_LAW covers JUSTICE.
func ExpandFunctions(codes []FunctionCode) []FunctionCode {
	seen := map[FunctionCode]bool{}
	var out []FunctionCode
	for _, c := range codes {
		for _, d := range c.WithDescendants() {
			if !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	slices.Sort(out)
	return out
}
