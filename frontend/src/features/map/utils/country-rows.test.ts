import { describe, expect, it } from 'vitest';
import { countryRows, matchesFilter, nextSort, sortRows, type CountryRow, type Sort } from './country-rows';
import { countryShapes } from './country-shapes';

const row = (code: string, name: string, count = 0): CountryRow => ({ code, name, count, onMap: true });

describe('countryRows', () => {
  it('lists each drawn country once and adds counted countries the map does not draw', () => {
    const rows = countryRows(countryShapes(), { XKX: 2, MLT: 1 }, { MLT: 'Malta', XKX: 'Kosovo' });
    const codes = rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(rows.find((r) => r.code === 'XKX')).toEqual({ code: 'XKX', name: 'Kosovo', count: 2, onMap: true });
    expect(rows.find((r) => r.code === 'MLT')).toEqual({ code: 'MLT', name: 'Malta', count: 1, onMap: false });
    // Somaliland and Northern Cyprus are drawn with their country's code: the country's own name stays.
    expect(rows.find((r) => r.code === 'SOM')?.name).toBe('Somalia');
    expect(rows.find((r) => r.code === 'CYP')?.name).toBe('Cyprus');
  });
});

describe('matchesFilter', () => {
  it.each([
    ['', 'Kosovo', true],
    ['kos', 'Kosovo', true],
    ['  Kosovo ', 'Kosovo', true],
    ['XKX', 'Kosovo', true],
    ['xk', 'Kosovo', true],
    ['kx', 'Kosovo', false], // codes match from their start only
    ['cote', "Côte d'Ivoire", true],
    ['mali', 'Somalia', true],
    ['france', 'Kosovo', false],
  ])('%j against %s: %s', (filter, name, want) => {
    const code = name === 'Kosovo' ? 'XKX' : name === 'Somalia' ? 'SOM' : 'CIV';
    expect(matchesFilter(row(code, name), filter)).toBe(want);
  });
});

describe('sortRows', () => {
  const rows = [row('MLI', 'Mali', 2), row('XKX', 'Kosovo', 4), row('AFG', 'Afghanistan', 2), row('FRA', 'France', 0)];
  it.each<[Sort, string[]]>([
    [{ key: 'count', direction: 'descending' }, ['XKX', 'AFG', 'MLI', 'FRA']],
    [{ key: 'count', direction: 'ascending' }, ['FRA', 'AFG', 'MLI', 'XKX']],
    [{ key: 'name', direction: 'ascending' }, ['AFG', 'FRA', 'XKX', 'MLI']],
    [{ key: 'name', direction: 'descending' }, ['MLI', 'XKX', 'FRA', 'AFG']],
    [{ key: 'code', direction: 'ascending' }, ['AFG', 'FRA', 'MLI', 'XKX']],
  ])('%j', (sort, want) => {
    expect(sortRows(rows, sort).map((r) => r.code)).toEqual(want);
  });
});

describe('nextSort', () => {
  it.each<[Sort, 'name' | 'code' | 'count', Sort]>([
    [{ key: 'count', direction: 'descending' }, 'count', { key: 'count', direction: 'ascending' }],
    [{ key: 'count', direction: 'descending' }, 'name', { key: 'name', direction: 'ascending' }],
    [{ key: 'name', direction: 'ascending' }, 'name', { key: 'name', direction: 'descending' }],
    [{ key: 'name', direction: 'ascending' }, 'count', { key: 'count', direction: 'descending' }],
  ])('from %j, %s gives %j', (current, key, want) => {
    expect(nextSort(current, key)).toEqual(want);
  });
});
