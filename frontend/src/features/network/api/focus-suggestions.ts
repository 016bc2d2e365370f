import { graphql } from '@/gql';

/** Actors, missions and countries whose name (or acronym, id, code) contains the typed text. */
export const FocusSuggestionsQuery = graphql(`
  query NetworkFocusSuggestions($search: String!) {
    countries(filter: { search: $search }, first: 5) {
      edges {
        node {
          code
          name
        }
      }
    }
    actors(filter: { search: $search }, first: 6) {
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
    missions(filter: { search: $search }, first: 6) {
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
