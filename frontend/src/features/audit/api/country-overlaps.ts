import { graphql } from '@/gql';
import type { AuditOverlapsQuery, FunctionCode } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import type { YearWindow } from '../utils/audit-year';

export const AuditOverlapsDocument = graphql(`
  query AuditOverlaps($country: String!, $actor: ID!, $function: FunctionCode, $from: Date, $to: Date, $after: String) {
    overlaps(country: $country, actor: $actor, function: $function, from: $from, to: $to, first: 500, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          country {
            code
            name
          }
          score
          explanation
          from
          to
          sharedFunctions {
            code
            name
          }
          a {
            ...AuditOverlapSide
          }
          b {
            ...AuditOverlapSide
          }
        }
      }
    }
  }

  fragment AuditOverlapSide on OverlapSide {
    subject {
      __typename
      ... on Mission {
        id
        acronym
        name
      }
      ... on Activity {
        id
        title
      }
    }
    actors {
      id
      name
      acronym
    }
  }
`);

export type Overlap = AuditOverlapsQuery['overlaps']['edges'][number]['node'];

/**
 * The pairs one side of which the organisation leads, contributes to, implements or funds come
 * highest score first; reading stops after this many (the lowest-scoring are left out).
 */
export const MAX_OVERLAPS_PER_COUNTRY = 5000;

export type CountryOverlaps = { country: string; overlaps: Overlap[]; total: number };

/**
 * The organisation's overlaps in a country whose shared period meets the window (on the function
 * or one below it, when given), up to the cap.
 */
export async function loadCountryOverlaps(
  country: string,
  actor: string,
  window: YearWindow | null,
  signal: AbortSignal,
  fn: FunctionCode | null = null,
): Promise<CountryOverlaps> {
  const overlaps: Overlap[] = [];
  let after: string | null = null;
  for (;;) {
    const page: AuditOverlapsQuery = await request(
      AuditOverlapsDocument,
      { country, actor, function: fn, from: window?.from ?? null, to: window?.to ?? null, after },
      { signal },
    );
    overlaps.push(...page.overlaps.edges.map((e) => e.node));
    const { hasNextPage, endCursor } = page.overlaps.pageInfo;
    if (!hasNextPage || !endCursor || overlaps.length >= MAX_OVERLAPS_PER_COUNTRY) {
      return { country, overlaps, total: page.overlaps.totalCount };
    }
    after = endCursor;
  }
}
