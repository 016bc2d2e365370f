// Suggestions for the id inputs (a datalist each): the first page of every kind, which is
// all of them in most deployments; any id can still be typed, and the API checks it exists.
import { graphql } from '@/gql';

export const EditorOptionsDocument = graphql(`
  query EditorOptions($actors: Boolean!, $countries: Boolean!, $missions: Boolean!, $mandates: Boolean!, $clusters: Boolean!) {
    actors(first: 500) @include(if: $actors) {
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
    countries(first: 300) @include(if: $countries) {
      edges {
        node {
          code
          name
        }
      }
    }
    missions(first: 500) @include(if: $missions) {
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
    mandates(first: 500) @include(if: $mandates) {
      edges {
        node {
          id
          reference
        }
      }
    }
    clusters(first: 500) @include(if: $clusters) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
