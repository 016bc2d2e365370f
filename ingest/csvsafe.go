package ingest

// SafeCSVCell guards a value written to a CSV export against formula injection (CSV
// injection): a cell that starts with = + - @, a tab or a carriage return is prefixed with a
// single quote, so that spreadsheet programs show it as text instead of evaluating it. Other
// values are returned unchanged. Negative numbers are quoted too ("'-5"): a spreadsheet cannot
// tell "-5" from "-5+cmd|..." by its first character, so numeric columns should be written
// without this guard.
func SafeCSVCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
