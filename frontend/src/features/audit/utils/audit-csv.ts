// The three tables of the audit as CSV rows, one file each.
import type { Fragmentation } from '../api/fragmentation';
import type { FundedActivity } from '../api/funded-activities';
import { activityStatusName } from './activity-status';
import { ALL_YEARS, fundingsInYear } from './audit-year';
import type { CsvCell } from '@/lib/csv';
import { formatShare } from './format';
import type { OwnOverlap } from './own-overlaps';

const list = (items: string[]) => items.join('; ');
const round = (n: number) => Math.round(n * 10000) / 10000;
const money = (amount: number, currency?: string | null) => (currency ? `${amount} ${currency}` : String(amount));

/** One row per funding of the organisation counted in the year; an activity without one still gets a row. */
export function fundedActivitiesRows(activities: FundedActivity[], orgId: string, year: number): CsvCell[][] {
  const rows: CsvCell[][] = [
    [
      ...['Activity ID', 'Title', 'Countries', 'Regions', 'Functions', 'Start', 'End', 'Status', 'Status name', 'Implementers'],
      ...['Amount', 'Currency', 'Funding year'],
    ],
  ];
  for (const a of activities) {
    const base = [
      a.id,
      a.title,
      list(a.countries.map((c) => c.name)),
      list(a.regions.map((r) => r.name ?? `${r.vocabulary}:${r.code}`)),
      list(a.functions.map((f) => f.name)),
      a.start,
      a.end,
      a.status,
      activityStatusName(a.status),
      list(a.implementers.map((i) => i.name)),
    ];
    const fundings = fundingsInYear(a, orgId, year);
    if (fundings.length === 0) rows.push([...base, null, null, null]);
    for (const f of fundings) rows.push([...base, f.amount, f.currency, f.year]);
  }
  return rows;
}

export function overlapsRows(overlaps: OwnOverlap[]): CsvCell[][] {
  return [
    [
      ...['Country', 'Own side', 'Own side type', 'Other side', 'Other side type', 'Other side actors'],
      ...['Other side also own', 'Shared functions', 'From', 'To', 'Score', 'Explanation'],
    ],
    ...overlaps.map((o) => [
      o.country.name,
      o.own.label,
      o.own.kind,
      o.other.label,
      o.other.kind,
      list(o.other.actors),
      o.otherIsOwn ? 'yes' : 'no',
      list(o.sharedFunctions),
      o.from,
      o.to,
      o.score,
      o.explanation,
    ]),
  ];
}

export function fragmentationRows(results: Fragmentation[], orgId: string): CsvCell[][] {
  return [
    [
      ...['Country', 'Function', 'Year', 'Funders', 'Implementers', 'Currency', 'Total', 'HHI'],
      ...['Organisation amount', 'Organisation share', 'Shares', 'Passed on', 'Notes'],
    ],
    ...results.map((r) => {
      const own = r.shares.find((s) => s.actor.id === orgId);
      return [
        r.country.name,
        r.function.name,
        r.year === ALL_YEARS ? 'all' : r.year,
        r.funders,
        r.implementers,
        r.currency,
        r.total,
        round(r.hhi),
        own ? own.amount : null,
        own ? round(own.share) : null,
        list(r.shares.map((s) => `${s.actor.name}: ${money(s.amount, r.currency)} (${formatShare(s.share)})`)),
        list(r.passedOn.map((p) => `${p.funder.name}: ${money(p.amount, p.currency)} from ${p.from.title} to ${p.to.title}`)),
        list(r.notes),
      ];
    }),
  ];
}
