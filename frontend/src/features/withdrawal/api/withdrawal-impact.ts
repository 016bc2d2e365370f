import { graphql } from '@/gql';

export const WithdrawalImpactQuery = graphql(`
  query WithdrawalImpact($actor: ID, $mission: ID, $country: String, $at: Date!) {
    withdrawalImpact(actor: $actor, mission: $mission, country: $country, at: $at) {
      cells {
        country {
          code
          name
        }
        function {
          code
          name
        }
        admin1
        losesOnlyEngagement
        lostLead {
          id
          name
          acronym
        }
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
          actors {
            id
            name
            acronym
          }
          until
          countryWide
        }
      }
      fundingWithoutImplementer {
        country {
          code
          name
        }
        activity {
          id
          title
        }
        funders {
          id
          name
          acronym
        }
        until
      }
    }
  }
`);
