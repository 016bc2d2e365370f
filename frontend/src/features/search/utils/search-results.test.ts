import { describe, expect, it } from 'vitest';
import { lessonHit, matchCountries, matchRank, rankBy, searchGroups } from './search-results';

describe('matchRank', () => {
  const cases: [string, (string | null)[], number][] = [
    ['unmik', ['UNMIK', 'United Nations Interim Administration Mission in Kosovo'], 0],
    ['unm', ['UNMIK'], 1],
    ['kosovo', ['EULEX Kosovo'], 2],
    ['400-819', ['XI-IATI-EC_FPI-2018/400-819'], 2],
    ['sovo', ['EULEX Kosovo'], 3],
    ['  UNMIK ', [null, 'unmik'], 0],
    ['mali', ['UNMIK', null], Infinity],
  ];
  it.each(cases)('%s in %j → %d', (text, fields, want) => {
    expect(matchRank(text, fields)).toBe(want);
  });
});

describe('rankBy', () => {
  it('puts whole and leading matches first and keeps the order of equals', () => {
    const ids = ['eulex-kosovo', 'eu', 'eucap-sahel-mali', 'osce-eu-liaison'];
    expect(rankBy('eu', ids, (id) => [id])).toEqual(['eu', 'eulex-kosovo', 'eucap-sahel-mali', 'osce-eu-liaison']);
  });
});

describe('matchCountries', () => {
  const countries = [
    { code: 'SLE', alpha2: 'SL', name: 'Sierra Leone' },
    { code: 'XKX', alpha2: 'XK', name: 'Kosovo' },
    { code: 'LBY', alpha2: 'LY', name: 'Libya' },
  ];
  const cases: [string, string[]][] = [
    ['kosovo', ['XKX']],
    ['xkx', ['XKX']],
    ['le', ['SLE']],
    ['ly', ['LBY']],
    ['sudan', []],
  ];
  it.each(cases)('%s → %j', (text, want) => {
    expect(matchCountries(text, countries).map((c) => c.code)).toEqual(want);
  });
});

describe('lessonHit', () => {
  const lesson = { id: 'l', title: 'T', date: null };
  const cases: [string, { missions: { id: string }[]; countries: { code: string }[] }, string][] = [
    ['its mission', { missions: [{ id: 'unmik' }], countries: [{ code: 'XKX' }] }, '/mission/unmik#lessons'],
    ['else its country', { missions: [], countries: [{ code: 'XKX' }] }, '/country/XKX'],
    ['else the search', { missions: [], countries: [] }, '/search?q=T'],
  ];
  it.each(cases)('opens on %s', (_, about, href) => {
    expect(lessonHit({ ...lesson, ...about }).href).toBe(href);
  });
});

describe('searchGroups', () => {
  it('leaves out empty kinds, cuts each to the limit, keeps the total and encodes IATI ids', () => {
    const activity = (id: string) => ({ id, title: `Activity ${id}`, start: '2019-01-01', end: null });
    const groups = searchGroups(
      'xi-iati',
      {
        records: {
          missions: { totalCount: 0, edges: [] },
          actors: { totalCount: 0, edges: [] },
          activities: { totalCount: 7, edges: ['XI-IATI-EC_FPI-2019/405-465', 'XI-IATI-EC_FPI-2018/400-819'].map((id) => ({ node: activity(id) })) },
        },
        lessons: [],
        countries: [],
      },
      1,
    );
    expect(groups).toEqual([
      {
        kind: 'activity',
        title: 'Activities',
        total: 7,
        hits: [
          {
            kind: 'activity',
            id: 'XI-IATI-EC_FPI-2019/405-465',
            label: 'Activity XI-IATI-EC_FPI-2019/405-465',
            detail: 'XI-IATI-EC_FPI-2019/405-465 · 2019–',
            href: '/activity/XI-IATI-EC_FPI-2019%2F405-465',
          },
        ],
      },
    ]);
  });
});
