// Package ingest reads the data formats that users of Concord already have — IATI activity XML
// (versions 1.0x and 2.01–2.03) and HXL-tagged CSV (OCHA 3W/4W/345W sheets) — into Records.
//
// The parsers are pure: they touch no database and no network. They stream: IATI reads one
// <iati-activity> at a time and HXL one row at a time, so memory stays bounded whatever the
// size of the file. Every limit that protects the process (XML nesting depth, the size of one
// token, of one element's text, of one activity, of one CSV row) is an error naming the line,
// as is any malformed input; unusable parts of an otherwise good record are listed in
// Record.Skipped instead.
//
// How IATI and HXL fields map onto Record, and why each DAC purpose code or HXL sector maps to
// the function it does, is documented in docs/iati-hxl-mapping.md.
package ingest
