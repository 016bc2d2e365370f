import { graphql } from '@/gql';

export const OverlapAlertsSubscription = graphql(`
  subscription OverlapAlerts($country: String, $actor: ID, $function: FunctionCode, $minScore: Float) {
    overlapAlerts(country: $country, actor: $actor, function: $function, minScore: $minScore) {
      kind
      dropped
      overlap {
        score
        explanation
        sharedFunctions {
          code
          name
        }
        a {
          ...AlertSide
        }
        b {
          ...AlertSide
        }
      }
    }
  }

  fragment AlertSide on OverlapSide {
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
  }
`);
