package ingest

import (
	"slices"
	"strings"

	concord "github.com/concord-peace/concord"
)

// Function codes, shortened for the tables below.
const (
	fJustice     = concord.Justice
	fPolice      = concord.Police
	fCorrections = concord.Corrections
	fSecurity    = concord.Security
	fSSR         = concord.SSR
	fDDR         = concord.DDR
	fMediation   = concord.Mediation
	fElections   = concord.Elections
	fGovernance  = concord.Governance
	fHumanRights = concord.HumanRights
	fRuleOfLaw   = concord.RuleOfLaw
)

// dac5 maps OECD-DAC CRS purpose codes (IATI sector vocabulary 1, five digits) to functions.
// Codes that concord.FunctionsForDAC knows appear here with the same functions (a test keeps the
// two in step); the others extend it for the IATI importer. Every decision is documented in
// docs/iati-hxl-mapping.md. Codes not listed map to no function: the importer keeps them as
// labels ("DAC 72010").
var dac5 = map[string][]concord.FunctionCode{
	// 151 Government and civil society, general.
	"15110": {fGovernance},  // Public sector policy and administrative management (function.go).
	"15130": {fJustice},     // Legal and judicial development (function.go).
	"15131": {fJustice},     // Justice, law and order policy, planning and administration (function.go).
	"15132": {fPolice},      // Police (function.go).
	"15134": {fJustice},     // Judicial affairs (function.go).
	"15137": {fCorrections}, // Prisons (function.go: "Prison system").
	// 15150 Democratic participation and civil society: support to the inclusive political
	// process around a state's institutions. GOVERNANCE (under POLITICAL) is the function of
	// missions that support it; not ELECTIONS (15151 is specific) nor HUMAN_RIGHTS (15160).
	"15150": {fGovernance},
	"15151": {fElections}, // Elections (function.go).
	// 15152 Legislatures and political parties: institution-building of the state's political
	// bodies, the same governance support as 15150.
	"15152": {fGovernance},
	// 15153 Media and free flow of information: in peace operations, support to public
	// information and independent media belongs to the governance/political track; press
	// freedom cases reach HUMAN_RIGHTS through 15160 when a publisher codes them so.
	"15153": {fGovernance},
	"15160": {fHumanRights}, // Human rights (function.go).
	// Withdrawn 1516x codes (still found in old files) map as their successors do.
	"15161": {fElections},   // Elections, withdrawn; successor 15151.
	"15162": {fHumanRights}, // Human rights, withdrawn; successor 15160.
	"15163": {fGovernance},  // Free flow of information, withdrawn; successor 15153.
	"15164": {fHumanRights}, // Women's equality organisations and institutions, withdrawn; successor 15170.
	// 15170 Women's rights organisations and movements, and government institutions: women's
	// rights are human rights, and peace operations' gender and women-protection work sits with
	// human rights. Decided so that 15164 can map "as its successor does".
	"15170": {fHumanRights},
	// 15180 Ending violence against women and girls (added in 2016 beside 15170): the same
	// rights-based work; conflict-related sexual violence is reported under human rights.
	"15180": {fHumanRights},

	// 152 Conflict, peace and security.
	"15210": {fSSR},       // Security system management and reform (function.go).
	"15220": {fMediation}, // Civilian peace-building, conflict prevention and resolution (function.go).
	"15230": {fSecurity},  // Participation in international peacekeeping operations (function.go): money to a peace operation, function unknown.
	"15240": {fDDR},       // Reintegration and SALW control (function.go).
	// 15250 Removal of land mines and explosive remnants of war: Concord has no mine-action
	// function; in peace operations mine action (UNMAS) is a security component and DAC files
	// it under 152 with SSR and DDR, so the parent SECURITY, without claiming SSR or DDR.
	"15250": {fSecurity},
	"15261": {fDDR}, // Child soldiers (prevention and demobilisation) (function.go).
}

// dac3 maps DAC 3-digit sector categories (IATI sector vocabulary 2). They are coarse: a
// category maps to the function that covers most of its codes.
var dac3 = map[string][]concord.FunctionCode{
	// 151 Government and civil society, general: most of its codes are public-sector
	// management, democratic participation and elections, all under POLITICAL; GOVERNANCE is the
	// least specific fit. It overstates for the justice and police codes, which a publisher
	// wanting them found uses vocabulary 1 for.
	"151": {fGovernance},
	// 152 Conflict, peace and security: SSR, peacekeeping, DDR and mine action are SECURITY;
	// only 15220 is MEDIATION, so the category maps to SECURITY.
	"152": {fSecurity},
}

// DACFunctions maps one sector (vocabulary + code) to functions; the table is documented in
// docs/iati-hxl-mapping.md. Vocabulary "" or "1" (v1 "DAC") is the 5-digit purpose code list
// and "2" (v1 "DAC-3") the 3-digit categories; since publishers mix them up, a DAC code is
// looked up by its length. Other vocabularies map to nothing. The result is a fresh slice.
func DACFunctions(vocabulary, code string) []concord.FunctionCode {
	switch strings.ToUpper(strings.TrimSpace(vocabulary)) {
	case "", "1", "2", "DAC", "DAC-3":
	default:
		return nil
	}
	code = strings.TrimSpace(code)
	switch len(code) {
	case 5:
		return slices.Clone(dac5[code])
	case 3:
		return slices.Clone(dac3[code])
	}
	return nil
}

// isDACVocabulary reports whether an IATI sector vocabulary is one of the DAC lists.
func isDACVocabulary(v string) bool {
	switch v {
	case "1", "2":
		return true
	}
	return false
}

// normSectorVocabulary maps IATI 1.0x sector vocabulary words to the 2.0x codes; an absent
// vocabulary is DAC 5-digit ("1"), the IATI default.
func normSectorVocabulary(v string) string {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "", "1", "DAC":
		return "1"
	case "2", "DAC-3":
		return "2"
	case "COFOG":
		return "3"
	case "NACE":
		return "4"
	case "NTEE":
		return "5"
	case "RO":
		return "99"
	case "RO2":
		return "98"
	}
	return strings.TrimSpace(v)
}

// sectorLabel names a sector that maps to no function so that it stays queryable.
func sectorLabel(s Sector) string {
	switch {
	case s.Vocabulary == "1" && len(s.Code) == 5, s.Vocabulary == "2" && len(s.Code) == 5:
		return "DAC " + s.Code
	case s.Vocabulary == "2" || s.Vocabulary == "1" && len(s.Code) == 3:
		return "DAC3 " + s.Code
	case s.Vocabulary == "hxl":
		if s.Name != "" {
			return s.Name
		}
		return s.Code
	}
	if s.Code == "" {
		return s.Name
	}
	return "sector vocabulary " + s.Vocabulary + ": " + s.Code
}

// hxlSectorFunctions maps HXL sector names or codes (normalised by hxlKey) that clearly name a
// peace-operation function. Humanitarian clusters (health, WASH, food security, shelter,
// education, nutrition, logistics, CCCM, early recovery) and, deliberately, the Protection
// cluster and its areas of responsibility map to nothing: see docs/iati-hxl-mapping.md.
var hxlSectorFunctions = map[string][]concord.FunctionCode{
	// Mine action (the Protection cluster's Mine Action AoR), as DAC 15250: SECURITY.
	"mine action":              {fSecurity},
	"mine action aor":          {fSecurity},
	"humanitarian mine action": {fSecurity},
	"accion contra minas":      {fSecurity},
	"lutte antimines":          {fSecurity},
	"action contre les mines":  {fSecurity},
	"ma":                       {fSecurity},
	"mine_action":              {fSecurity},
	// Human rights, as DAC 15160.
	"human rights":      {fHumanRights},
	"derechos humanos":  {fHumanRights},
	"droits de l'homme": {fHumanRights},
	"droits humains":    {fHumanRights},
	// Rule of law and justice, as DAC 15130 (sheets of rule-of-law working groups).
	"rule of law":          {fRuleOfLaw},
	"estado de derecho":    {fRuleOfLaw},
	"etat de droit":        {fRuleOfLaw},
	"justice":              {fJustice},
	"access to justice":    {fJustice},
	"justicia":             {fJustice},
	"acceso a la justicia": {fJustice},
	// Peacebuilding, as DAC 15220.
	"peacebuilding":            {fMediation},
	"peace building":           {fMediation},
	"construccion de paz":      {fMediation},
	"consolidation de la paix": {fMediation},
	// The DAC-named security functions when a sheet uses them as sectors.
	"elections":              {fElections},
	"elecciones":             {fElections},
	"ddr":                    {fDDR},
	"ssr":                    {fSSR},
	"security sector reform": {fSSR},
}
