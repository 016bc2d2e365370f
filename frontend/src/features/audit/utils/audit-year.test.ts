import { describe, expect, it } from 'vitest';
import { activeInYear, ALL_YEARS, fundingsInYear, inPortfolioYear, portfolioYears, yearWindow } from './audit-year';

const fund = (id: string, year?: number) => ({ funder: { id }, year: year ?? null });

describe('audit year', () => {
  it('turns a year into its first and last day, and every year into no window', () => {
    expect(yearWindow(2020)).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(yearWindow(ALL_YEARS)).toBeNull();
  });

  it('treats a null start as unknown and a null end as ongoing', () => {
    expect(activeInYear({ start: '2019-06-01', end: '2020-01-01' }, 2020)).toBe(true);
    expect(activeInYear({ start: '2019-06-01', end: '2019-12-31' }, 2020)).toBe(false);
    expect(activeInYear({ start: '2021-01-01', end: null }, 2020)).toBe(false);
    expect(activeInYear({ start: null, end: null }, 1990)).toBe(true);
    expect(activeInYear({ start: '2030-01-01' }, ALL_YEARS)).toBe(true);
  });

  it("counts the funder's fundings of the year, and undated ones while the activity runs", () => {
    const a = { start: '2019-01-01', end: '2020-12-31', funders: [fund('uk', 2020), fund('uk', 2019), fund('uk'), fund('de', 2020)] };
    expect(fundingsInYear(a, 'uk', 2020)).toEqual([fund('uk', 2020), fund('uk')]);
    expect(fundingsInYear(a, 'uk', 2022)).toEqual([]);
    expect(fundingsInYear(a, 'uk', ALL_YEARS)).toHaveLength(3);
  });

  it('keeps an activity in a year it ran in or was funded in by the funder', () => {
    const ended = { start: '2015-01-01', end: '2016-12-31', funders: [fund('uk', 2018), fund('de', 2019)] };
    expect(inPortfolioYear(ended, 'uk', 2016)).toBe(true);
    expect(inPortfolioYear(ended, 'uk', 2018)).toBe(true);
    expect(inPortfolioYear(ended, 'uk', 2019)).toBe(false);
  });

  it('lists the years the portfolio touches, newest first', () => {
    const activities = [
      { start: '2018-05-01', end: '2019-02-01', funders: [fund('uk', 2021), fund('de', 2010)] },
      { start: '2023-01-01', end: null, funders: [] },
      { start: null, end: '2000-01-01', funders: [] },
    ];
    expect(portfolioYears(activities, 'uk', 2024)).toEqual([2024, 2023, 2021, 2019, 2018]);
  });
});
