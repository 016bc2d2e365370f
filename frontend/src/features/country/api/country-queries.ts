import { graphql } from '@/gql';

export const CountryMissionsQuery = graphql(`
  query CountryMissions($code: ID!) {
    country(code: $code) {
      code
      name
      missions {
        id
        name
        acronym
        start
        end
        model
      }
    }
  }
`);

export const CoverageQuery = graphql(`
  query Coverage($country: String!, $at: Date) {
    coverage(country: $country, at: $at) {
      threshold
      undated
      functions {
        code
        name
      }
      actors {
        id
        name
        acronym
      }
      cells {
        function {
          code
        }
        actor {
          id
        }
        direct
        lead
        subjects {
          role
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
      }
      mandated {
        code
      }
      gaps {
        code
        name
      }
      fragmented {
        function {
          code
        }
        actors {
          id
        }
      }
    }
  }
`);

export const OverlapsQuery = graphql(`
  query Overlaps(
    $country: String!
    $at: Date
    $function: FunctionCode
    $label: String
    $includeLabels: Boolean
    $admin1: String
    $admin2: String
  ) {
    overlaps(
      country: $country
      at: $at
      function: $function
      label: $label
      includeLabels: $includeLabels
      admin1: $admin1
      admin2: $admin2
      first: 50
    ) {
      totalCount
      edges {
        node {
          score
          explanation
          from
          to
          sharedFunctions {
            code
            name
          }
          sharedLabels
          place {
            level
            areas
          }
          a {
            ...OverlapSideFields
          }
          b {
            ...OverlapSideFields
          }
        }
      }
    }
  }

  fragment OverlapSideFields on OverlapSide {
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
    from
    to
  }
`);

export const WhoWhatWhereQuery = graphql(`
  query WhoWhatWhere($country: String!, $at: Date) {
    whoWhatWhere(country: $country, at: $at) {
      undated
      rows {
        actor {
          id
          name
          acronym
        }
        function {
          code
          name
        }
        label
        admin1
        admin2
        activities
      }
    }
  }
`);

export const GapFillersQuery = graphql(`
  query GapFillers($country: String!, $at: Date!) {
    gapFillers(country: $country, at: $at, first: 3) {
      function {
        code
        name
      }
      kind
      candidates {
        actor {
          id
          name
          acronym
        }
        rank
        score
        reasons
      }
    }
  }
`);

export const CapacityQuery = graphql(`
  query Capacity($country: String!, $at: Date) {
    capacity(country: $country, at: $at) {
      mission {
        id
        acronym
        name
      }
      components {
        component
        authorised
        authorisedBy {
          id
          reference
        }
        deployed
        deployedOn
        deployedSource
        gap
      }
      contributors {
        date
        component
        number
        contributor {
          id
          name
          acronym
        }
      }
    }
  }
`);
