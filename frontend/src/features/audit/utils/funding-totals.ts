// The API's funding totals as rows for the charts and the CSV. Amounts stay per currency: EUR is
// never added to GBP.
import type { FundingTotals } from '../api/funding-totals';
import type { CsvCell } from '@/lib/csv';

export type Money = { currency?: string | null; amount: number };

/** activities null: not counted for this grouping (by currency). */
export type BucketRow = { key: string; label: string; activities: number | null; amounts: Money[] };

export type TotalsDimension = 'year' | 'country' | 'function';

const NONE_LABEL: Record<TotalsDimension, string> = {
  year: 'Year not recorded',
  country: 'No country (regional or global)',
  function: 'No function',
};

/** One row a bucket of the dimension, in the API's order (newest year first; "none" last). */
export function bucketRows(t: FundingTotals, dimension: TotalsDimension): BucketRow[] {
  switch (dimension) {
    case 'year':
      return t.byYear.map((b) => row(b.year == null ? null : String(b.year), String(b.year ?? ''), b, dimension));
    case 'country':
      return t.byCountry.map((b) => row(b.country?.code ?? null, b.country?.name ?? '', b, dimension));
    case 'function':
      return t.byFunction.map((b) => row(b.function?.code ?? null, b.function?.name ?? '', b, dimension));
  }
}

function row(key: string | null, label: string, b: { activities: number; amounts: Money[] }, d: TotalsDimension): BucketRow {
  return { key: key ?? '', label: key == null ? NONE_LABEL[d] : label, activities: b.activities, amounts: b.amounts };
}

/** One row a currency: the whole amount in it. */
export function currencyRows(t: FundingTotals): BucketRow[] {
  return t.total.map((m) => ({ key: m.currency ?? '', label: m.currency ?? 'Currency not recorded', activities: null, amounts: [m] }));
}

/** Rows with the most activities first (ties by label), for the country and function charts. */
export function byActivities(rows: BucketRow[]): BucketRow[] {
  return [...rows].sort((a, b) => (b.activities ?? 0) - (a.activities ?? 0) || a.label.localeCompare(b.label));
}

/** The largest amount in each currency, so that each currency's bars have their own scale. */
export function largestPerCurrency(rows: BucketRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    for (const m of r.amounts) out.set(m.currency ?? '', Math.max(out.get(m.currency ?? '') ?? 0, m.amount));
  }
  return out;
}

/** The totals as CSV: one row a bucket and currency (a bucket without an amount still gets one). */
export function totalsRows(t: FundingTotals): CsvCell[][] {
  const rows: CsvCell[][] = [['Grouped by', 'Value', 'Activities', 'Currency', 'Amount']];
  const push = (by: string, r: { label: string; activities: number | null; amounts: Money[] }) => {
    if (r.amounts.length === 0) rows.push([by, r.label, r.activities, null, null]);
    for (const m of r.amounts) rows.push([by, r.label, r.activities, m.currency ?? null, m.amount]);
  };
  push('Total', { label: 'All', activities: t.activities, amounts: t.total });
  for (const d of ['year', 'country', 'function'] as const) {
    for (const r of bucketRows(t, d)) push(d[0].toUpperCase() + d.slice(1), r);
  }
  return rows;
}
