import { describe, expect, it } from 'vitest';
import { courtSupport, maliJustice2020, maliOverlaps, policeTraining, regionalDialogue } from '../testing/fixtures';
import { fragmentationRows, fundedActivitiesRows, overlapsRows } from './audit-csv';
import { ALL_YEARS } from './audit-year';
import { toCsv } from '@/lib/csv';
import { ownOverlaps } from './own-overlaps';

describe('audit CSV', () => {
  it("writes one row per funding of the organisation counted in the year", () => {
    const rows = fundedActivitiesRows([courtSupport, policeTraining], 'uk', ALL_YEARS);
    expect(rows[0][0]).toBe('Activity ID');
    expect(rows.slice(1)).toEqual([
      ['act-1', 'Court support', 'Mali', '', 'Justice', '2019-01-01', '2021-12-31', '2', 'Implementation', 'UN Development Programme', 600, 'USD', 2020],
      ['act-2', '=Police, "training"', 'Mali; Niger', '', 'Police', '2022-01-01', null, null, 'not recorded', '', null, null, null],
    ]);
    expect(fundedActivitiesRows([regionalDialogue], 'uk', ALL_YEARS)[1][3]).toBe('Africa, regional');
    // 2021: the UK's 2020 money is not counted; the activity still gets a row.
    expect(fundedActivitiesRows([courtSupport], 'uk', 2021)[1].slice(10)).toEqual([null, null, null]);
  });

  it('guards a title that starts like a formula once it is CSV', () => {
    const csv = toCsv(fundedActivitiesRows([policeTraining], 'uk', ALL_YEARS));
    expect(csv.split('\r\n')[1]).toBe(`act-2,"'=Police, ""training""",Mali; Niger,,Police,2022-01-01,,,not recorded,,,,`);
  });

  it('writes the own side, the other side and the score of each overlap', () => {
    const rows = overlapsRows(ownOverlaps(maliOverlaps, new Set(['act-1', 'act-2']), 'uk'));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Mali', 'Court support', 'Activity', 'EU justice programme', 'Activity', 'EU', 'no', 'Justice', '2020-01-01', '2020-12-31', 0.8, 'score 0.8',
    ]);
    expect(rows[3][6]).toBe('yes');
  });

  it("writes the concentration, the organisation's share and what was passed on", () => {
    const [head, row] = fragmentationRows([maliJustice2020], 'uk');
    expect(head).toContain('HHI');
    expect(row).toEqual([
      'Mali', 'Justice', 2020, 2, 1, 'USD', 900, 0.5556, 600, 0.6667,
      'United Kingdom: 600 USD (66.7%); Germany: 300 USD (33.3%)',
      'UN Development Programme: 200 USD from Court support to Legal aid',
      '500 EUR left out: not in USD',
    ]);
    expect(fragmentationRows([{ ...maliJustice2020, year: ALL_YEARS }], 'fr')[1].slice(2, 3)).toEqual(['all']);
    expect(fragmentationRows([maliJustice2020], 'fr')[1].slice(8, 10)).toEqual([null, null]);
  });
});
