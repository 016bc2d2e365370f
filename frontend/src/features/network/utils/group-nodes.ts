// Groups nodes that stand in the same place in the graph: of one type, and linked to the same
// one or two nodes (a country's activities of one implementer, or its leaves of one type). Each
// group of GROUP_MIN or more becomes one summary node ("2,567 activities") linked as its members
// were; the reader expands a summary to see its members. Without this a star of thousands of
// leaves is thousands of identical nodes to lay out and to look at.
import type { Graph, GraphEdge, GraphNode } from '../types';

/** Smaller groups stay as they are: a summary of two is no easier to read than two nodes. */
export const GROUP_MIN = 5;

/** Members are linked to at most this many nodes (one: leaves; two: activities between a country and an implementer). */
const MAX_SHARED_NEIGHBOURS = 2;

export const SUMMARY_PREFIX = 'summary:';

export function isSummaryId(id: string): boolean {
  return id.startsWith(SUMMARY_PREFIX);
}

const PLURALS: Record<string, string> = { activity: 'activities', country: 'countries' };

/** "2,567 activities", "1 actor". */
export function summaryLabel(type: string, count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? type : (PLURALS[type] ?? `${type}s`)}`;
}

export type Grouped = {
  graph: Graph;
  /** Each summary's member ids. */
  members: ReadonlyMap<string, string[]>;
};

/**
 * `graph` with its groups replaced by summary nodes, except the groups in `expanded` (summary
 * ids) and any holding the focus. Summary ids are stable: `summary:<type>:<neighbours>`, so a
 * group expanded once stays expanded while the graph around it changes.
 */
export function groupNodes(graph: Graph, focus: string, expanded: ReadonlySet<string> = new Set()): Grouped {
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    if (!neighbours.has(e.source)) neighbours.set(e.source, new Set());
    if (!neighbours.has(e.target)) neighbours.set(e.target, new Set());
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const groups = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    const around = neighbours.get(n.id);
    if (n.id === focus || !around || around.size > MAX_SHARED_NEIGHBOURS) continue;
    const id = `${SUMMARY_PREFIX}${n.type}:${[...around].sort().join('+')}`;
    const group = groups.get(id);
    if (group) group.push(n);
    else groups.set(id, [n]);
  }

  const summaryOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const [id, group] of groups) {
    if (group.length < GROUP_MIN || expanded.has(id)) continue;
    members.set(
      id,
      group.map((n) => n.id),
    );
    for (const n of group) summaryOf.set(n.id, id);
  }
  if (members.size === 0) return { graph, members };

  const nodes: GraphNode[] = [];
  for (const n of graph.nodes) {
    const id = summaryOf.get(n.id);
    if (id === undefined) {
      nodes.push(n);
    } else if (members.get(id)![0] === n.id) {
      const count = members.get(id)!.length;
      nodes.push({
        id,
        type: n.type,
        label: summaryLabel(n.type, count),
        depth: Math.min(...groups.get(id)!.map((m) => m.depth)),
        attributes: [{ key: 'members', value: String(count) }],
        summary: true,
      });
    }
  }
  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    const source = summaryOf.get(e.source) ?? e.source;
    const target = summaryOf.get(e.target) ?? e.target;
    if (source === e.source && target === e.target) {
      edges.set(e.id, e);
      continue;
    }
    if (source === target) continue;
    const id = `${e.type}:${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, type: e.type, attributes: [] });
  }
  return { graph: { nodes, edges: [...edges.values()] }, members };
}
