import { graphql } from '@/gql';

/** The nodes and edges around a focus; the explorer's graph, and each expansion of it. */
export const NetworkQuery = graphql(`
  query Network($focus: ID!, $depth: Int, $maxNodes: Int, $nodeTypes: [String!], $edgeTypes: [String!]) {
    network(focus: $focus, depth: $depth, maxNodes: $maxNodes, nodeTypes: $nodeTypes, edgeTypes: $edgeTypes) {
      truncated
      omitted
      omittedEdges
      nodes {
        id
        type
        label
        depth
        attributes {
          key
          value
        }
      }
      edges {
        id
        source
        target
        type
        attributes {
          key
          value
        }
      }
    }
  }
`);
