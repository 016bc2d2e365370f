// CSV as RFC 4180 has it (comma-separated, CRLF line ends, fields holding a comma, quote or
// line break quoted, quotes doubled), made safe to open in a spreadsheet: text beginning with
// = + - @, a tab or a carriage return would be read as a formula, so it gets a leading apostrophe.
// Numbers are written as they are: a negative number is not a formula.

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: CsvCell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
