import { graphql } from '@/gql';
import type { AuditFragmentationQuery, FunctionCode } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const AuditFragmentationDocument = graphql(`
  query AuditFragmentation($country: String!, $function: FunctionCode!, $year: Int!) {
    fragmentation(country: $country, function: $function, year: $year) {
      country {
        code
        name
      }
      function {
        code
        name
      }
      year
      funders
      implementers
      currency
      total
      hhi
      shares {
        actor {
          id
          name
          acronym
        }
        amount
        share
      }
      passedOn {
        funder {
          id
          name
          acronym
        }
        from {
          id
          title
        }
        to {
          id
          title
        }
        amount
        currency
      }
      notes
    }
  }
`);

export type Fragmentation = AuditFragmentationQuery['fragmentation'];

export function loadFragmentation(
  cell: { country: string; function: FunctionCode },
  year: number,
  signal: AbortSignal,
): Promise<Fragmentation> {
  return request(AuditFragmentationDocument, { country: cell.country, function: cell.function, year }, { signal }).then(
    (d) => d.fragmentation,
  );
}
