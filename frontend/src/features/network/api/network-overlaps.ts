import { graphql } from '@/gql';

/**
 * Overlapping missions and activities, highest score first: in the focus country when the focus
 * is a country, otherwise everywhere; narrowed by the function and day filters.
 */
export const NetworkOverlapsQuery = graphql(`
  query NetworkOverlaps($country: String, $function: FunctionCode, $at: Date) {
    overlaps(country: $country, function: $function, at: $at, first: 500) {
      totalCount
      edges {
        node {
          score
          from
          to
          sharedFunctions {
            code
          }
          a {
            subject {
              __typename
              ... on Mission {
                id
              }
              ... on Activity {
                id
              }
            }
          }
          b {
            subject {
              __typename
              ... on Mission {
                id
              }
              ... on Activity {
                id
              }
            }
          }
        }
      }
    }
  }
`);
