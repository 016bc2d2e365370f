import { graphql } from '@/gql';

/** Typed now so the explorer can be built on it; no view uses it yet. */
export const NetworkQuery = graphql(`
  query Network($focus: ID!, $depth: Int) {
    network(focus: $focus, depth: $depth, maxNodes: 200) {
      truncated
      omitted
      nodes {
        id
        type
        label
        depth
      }
      edges {
        id
        source
        target
        type
      }
    }
  }
`);
