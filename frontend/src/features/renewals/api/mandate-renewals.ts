import { graphql } from '@/gql';

export const MandateRenewalsQuery = graphql(`
  query MandateRenewals($from: Date!, $to: Date!, $country: String) {
    mandateRenewals(from: $from, to: $to, country: $country) {
      expires
      mandate {
        id
        reference
        body {
          id
          name
          acronym
        }
      }
      missions {
        id
        acronym
        name
      }
      functions {
        code
        name
      }
      cells {
        country {
          code
          name
        }
        function {
          code
          name
        }
        mission {
          id
          acronym
          name
        }
        keptByMission
        dependsOnItAlone
        others {
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
          until
        }
      }
    }
  }
`);
