// The audit's year: one calendar year, or every year (0, as the fragmentation query takes it).
// The rules mirror the fragmentation query's so that the three sections agree on what a year holds.

export const ALL_YEARS = 0;

export type YearWindow = { from: string; to: string };

type Funding = { funder: { id: string }; year?: number | null };
type ActivityLike<F extends Funding = Funding> = { start?: string | null; end?: string | null; funders: F[] };

/** 1 January to 31 December of the year; null for every year. */
export function yearWindow(year: number): YearWindow | null {
  return year === ALL_YEARS ? null : { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Whether a period (null start: unknown, null end: ongoing) shares a day with the year. */
export function activeInYear(a: { start?: string | null; end?: string | null }, year: number): boolean {
  const w = yearWindow(year);
  return !w || ((!a.start || a.start <= w.to) && (!a.end || a.end >= w.from));
}

/** The funder's fundings counted in the year: of that year, or without a year on an activity active then. */
export function fundingsInYear<F extends Funding>(a: ActivityLike<F>, funderId: string, year: number): F[] {
  return a.funders.filter(
    (f) =>
      f.funder.id === funderId &&
      (year === ALL_YEARS || f.year === year || (f.year == null && activeInYear(a, year))),
  );
}

/** Whether the activity belongs to the funder's portfolio of the year: active then, or funded by it that year. */
export function inPortfolioYear(a: ActivityLike, funderId: string, year: number): boolean {
  return activeInYear(a, year) || a.funders.some((f) => f.funder.id === funderId && f.year === year);
}

/**
 * The years the portfolio touches, newest first: the funder's funding years and the years of
 * each activity's period (an ongoing one up to thisYear; one with an unknown start gives none).
 */
export function portfolioYears(activities: ActivityLike[], funderId: string, thisYear: number): number[] {
  const years = new Set<number>();
  for (const a of activities) {
    for (const f of a.funders) if (f.funder.id === funderId && f.year) years.add(f.year);
    if (!a.start) continue;
    const last = a.end ? Number(a.end.slice(0, 4)) : thisYear;
    for (let y = Number(a.start.slice(0, 4)); y <= last; y++) years.add(y);
  }
  return [...years].sort((x, y) => y - x);
}
