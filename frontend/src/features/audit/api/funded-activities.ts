import { graphql } from '@/gql';
import type { FundedActivitiesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

// 250 a page keeps the query under the API's cost limit (server/cost.go) with every nested list priced at
// its assumed size; at 500 it is refused once the regions are asked too.
export const FundedActivitiesDocument = graphql(`
  query FundedActivities($funder: ID!, $after: String) {
    activities(filter: { funder: $funder }, first: 250, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          start
          end
          status
          countries {
            code
            name
          }
          regions {
            vocabulary
            code
            name
          }
          functions {
            code
            name
            parent {
              code
            }
          }
          implementers {
            id
            name
            acronym
          }
          funders {
            funder {
              id
              name
              acronym
            }
            amount
            currency
            year
          }
        }
      }
    }
  }
`);

export type FundedActivity = FundedActivitiesQuery['activities']['edges'][number]['node'];

/** Every activity the actor funds, all pages. */
export async function loadFundedActivities(funder: string, signal: AbortSignal): Promise<FundedActivity[]> {
  const out: FundedActivity[] = [];
  let after: string | null = null;
  for (;;) {
    const { activities }: FundedActivitiesQuery = await request(FundedActivitiesDocument, { funder, after }, { signal });
    out.push(...activities.edges.map((e) => e.node));
    if (!activities.pageInfo.hasNextPage || !activities.pageInfo.endCursor) return out;
    after = activities.pageInfo.endCursor;
  }
}
