// The graph the explorer works on: the shape of the `network` query's nodes and edges, so that an
// API answer, a merge of several answers and the synthetic measuring graph are all the same type.

export type Attribute = { key: string; value: string };

export type GraphNode = {
  /** A network id: `type:id`, such as `mission:unmik`. */
  id: string;
  type: string;
  label: string;
  /** Hops from the focus. */
  depth: number;
  attributes: Attribute[];
  /** A summary of several nodes of this type linked alike (utils/group-nodes.ts), not a record. */
  summary?: boolean;
};

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  type: string;
  attributes: Attribute[];
};

export type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

/** The node types a network may hold (the store's allow-list). */
export const NODE_TYPES = [
  'actor',
  'mission',
  'country',
  'cluster',
  'mandate',
  'activity',
  'function',
  'region',
  'lesson',
] as const;

/** What the explorer shows unless told otherwise: who is deployed where, and in which clusters. */
export const DEFAULT_NODE_TYPES: string[] = ['actor', 'mission', 'country', 'cluster'];

/** The relationship types the network follows. */
export const EDGE_TYPES = [
  'LEADS',
  'CONTRIBUTES',
  'DEPLOYED_IN',
  'MEMBER_OF',
  'SUCCEEDS',
  'AUTHORIZES',
  'ISSUED',
  'TASKS',
  'FUNDS',
  'IMPLEMENTS',
  'IN',
  'ADDRESSES',
  'PASSES_FUNDS_TO',
  'CHILD_OF',
  'PART_OF',
  'IN_REGION',
  'ABOUT',
  'AUTHORED_BY',
] as const;

/** The edge type the explorer adds between two overlapping missions or activities. */
export const OVERLAP_EDGE_TYPE = 'OVERLAPS';

export function attribute(item: { attributes: Attribute[] }, key: string): string | undefined {
  return item.attributes.find((a) => a.key === key)?.value;
}
