import { graphql } from '@/gql';
import type { CountrySummariesQuery } from '@/gql/graphql';

export const CountrySummariesQueryDocument = graphql(`
  query CountrySummaries($date: Date!, $labels: Boolean) {
    countrySummaries(at: $date, includeLabels: $labels) {
      country {
        code
        name
      }
      missions
      engagements
      overlaps
      undated
    }
  }
`);

type Summary = CountrySummariesQuery['countrySummaries'][number];

/** The engagements or overlapping pairs of each country (alpha-3), from the API's summaries. */
export function countsFrom(summaries: Summary[], measure: 'engagements' | 'overlaps'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of summaries) {
    if (s[measure] > 0) counts[s.country.code] = s[measure];
  }
  return counts;
}

/** The records without any date, over every country: left out of a day's counts. */
export function undatedFrom(summaries: Summary[]): number {
  return summaries.reduce((n, s) => n + s.undated, 0);
}

/** The API's name of each country (alpha-3) the summaries mention. */
export function summaryNames(summaries: Summary[]): Record<string, string> {
  return Object.fromEntries(summaries.map((s) => [s.country.code, s.country.name]));
}
