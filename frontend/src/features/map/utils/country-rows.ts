// The country table beside the map: one row per country, filtered by name or ISO code and
// sorted by a column. It is the way to reach countries too small to point at on the map (Kosovo
// is a few pixels wide) or not drawn at all (Malta, Singapore: the outlines are 1:110m).
import codes from '../data/country-codes.json';
import type { CountryShape } from './country-shapes';

export type CountryRow = { code: string; name: string; count: number; onMap: boolean };

export type SortKey = 'name' | 'code' | 'count';
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

/** The table opens on the countries with the most first. */
export const DEFAULT_SORT: Sort = { key: 'count', direction: 'descending' };

const aliases = codes.byName as Record<string, string>;

/**
 * One row per country: each drawn country once (a code drawn as two shapes, such as Somalia and
 * Somaliland, keeps the shape named by its numeric id, not the one known by name only), then
 * the countries with a count that the map does not draw, named as the API names them.
 */
export function countryRows(shapes: CountryShape[], counts: Record<string, number>, apiNames: Record<string, string>): CountryRow[] {
  const byCode = new Map<string, CountryRow>();
  for (const s of shapes) {
    const seen = byCode.get(s.code);
    if (seen && !(seen.name in aliases)) continue;
    byCode.set(s.code, { code: s.code, name: s.name, count: counts[s.code] ?? 0, onMap: true });
  }
  for (const [code, count] of Object.entries(counts)) {
    if (!byCode.has(code)) byCode.set(code, { code, name: apiNames[code] ?? code, count, onMap: false });
  }
  return [...byCode.values()];
}

/** Lower case without accents, so "cote" finds Côte d'Ivoire. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Whether a row matches the filter: part of its name, or the start of its ISO code. */
export function matchesFilter(row: CountryRow, filter: string): boolean {
  const f = fold(filter.trim());
  return f === '' || fold(row.name).includes(f) || row.code.toLowerCase().startsWith(f);
}

const byName = (a: CountryRow, b: CountryRow) => a.name.localeCompare(b.name);

/** The rows in the sort's order; equal counts by name, so the order is stable between years. */
export function sortRows(rows: CountryRow[], sort: Sort): CountryRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare: Record<SortKey, (a: CountryRow, b: CountryRow) => number> = {
    name: (a, b) => sign * byName(a, b),
    code: (a, b) => sign * a.code.localeCompare(b.code),
    count: (a, b) => sign * (a.count - b.count) || byName(a, b),
  };
  return [...rows].sort(compare[sort.key]);
}

/** A header's button: the sorted column turns around; another starts with its usual direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'count' ? 'descending' : 'ascending' };
}
