import { attribute, type Graph, type GraphNode } from '../types';

/**
 * The filters the server does not apply. Each one judges only the nodes it knows about; the
 * others pass it.
 */
export type NetworkFilters = {
  /** A mission model: missions of other models are hidden. */
  model?: string;
  /** A day (YYYY-MM-DD): nodes with a `start`/`end` period that does not span it are hidden. */
  at?: string;
  /** The missions and activities working on the chosen function (network ids). */
  functionMembers?: ReadonlySet<string>;
  /** The countries of the chosen region, and the missions and activities in them (network ids). */
  regionMembers?: ReadonlySet<string>;
};

const SUBJECT_TYPES = new Set(['mission', 'activity']);

function passes(n: GraphNode, f: NetworkFilters): boolean {
  if (f.model && n.type === 'mission' && attribute(n, 'model') !== f.model) return false;
  if (f.at) {
    const start = attribute(n, 'start');
    const end = attribute(n, 'end');
    if ((start && start > f.at) || (end && end < f.at)) return false;
  }
  if (f.functionMembers && SUBJECT_TYPES.has(n.type) && !f.functionMembers.has(n.id)) return false;
  if (f.regionMembers && (SUBJECT_TYPES.has(n.type) || n.type === 'country') && !f.regionMembers.has(n.id)) {
    return false;
  }
  return true;
}

/**
 * The part of the graph the filters leave: the nodes that pass every filter and are still linked
 * to the focus through such nodes (an actor whose only mission was filtered out goes with it),
 * and the edges among them. The focus always stays, as it does on the server.
 */
export function filterNetwork(graph: Graph, focus: string, filters: NetworkFilters): Graph {
  const kept = new Set(graph.nodes.filter((n) => n.id === focus || passes(n, filters)).map((n) => n.id));
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const e of graph.edges) {
    if (!kept.has(e.source) || !kept.has(e.target)) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const reached = new Set<string>();
  if (kept.has(focus)) {
    const queue = [focus];
    reached.add(focus);
    for (let i = 0; i < queue.length; i++) {
      for (const m of neighbours.get(queue[i]) ?? []) {
        if (!reached.has(m)) {
          reached.add(m);
          queue.push(m);
        }
      }
    }
  }
  return {
    nodes: graph.nodes.filter((n) => reached.has(n.id)),
    edges: graph.edges.filter((e) => reached.has(e.source) && reached.has(e.target)),
  };
}
