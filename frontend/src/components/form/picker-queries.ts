import { graphql } from '@/gql';

// What the pickers suggest as the user types a name: a few matches, found by the API.

export const PickActorsDocument = graphql(`
  query PickActors($search: String!) {
    actors(filter: { search: $search }, first: 12) {
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
  }
`);

export const PickMandatesDocument = graphql(`
  query PickMandates($search: String!) {
    mandates(filter: { search: $search }, first: 12) {
      edges {
        node {
          id
          reference
        }
      }
    }
  }
`);

export const PickCountriesDocument = graphql(`
  query PickCountries($search: String!) {
    countries(filter: { search: $search }, first: 12) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

/** The name of an id a form already holds, so a picker shows "European Union (EU)", not "eu". */
export const PickedNameDocument = graphql(`
  query PickedName($id: ID!, $actor: Boolean!, $mandate: Boolean!, $country: Boolean!) {
    actor(id: $id) @include(if: $actor) {
      id
      name
      acronym
    }
    mandate(id: $id) @include(if: $mandate) {
      id
      reference
    }
    country(code: $id) @include(if: $country) {
      code
      name
    }
  }
`);
