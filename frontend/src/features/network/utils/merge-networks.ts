import type { Graph, GraphNode } from '../types';

/**
 * Adds the network around an expanded node to the graph on screen. Network ids are stable, so a
 * node or edge already there is the same record: it is kept once, with the attributes first
 * seen. The added nodes' depths count from the expanded node (`depthOffset` is its depth), and a
 * node reached both ways keeps the shorter distance to the focus. Existing nodes and edges keep
 * their order, new ones follow, so the drawing can keep its layout.
 */
export function mergeNetworks(current: Graph, added: Graph, depthOffset: number): Graph {
  const nodes = new Map<string, GraphNode>(current.nodes.map((n) => [n.id, n]));
  for (const n of added.nodes) {
    const depth = n.depth + depthOffset;
    const known = nodes.get(n.id);
    if (!known) nodes.set(n.id, { ...n, depth });
    else if (depth < known.depth) nodes.set(n.id, { ...known, depth });
  }
  const edgeIds = new Set(current.edges.map((e) => e.id));
  const edges = [...current.edges];
  for (const e of added.edges) {
    if (edgeIds.has(e.id)) continue;
    edgeIds.add(e.id);
    edges.push(e);
  }
  return { nodes: [...nodes.values()], edges };
}
