// Groups the leaves of one type around a node: nodes with few links (a country's activities,
// each in the country and implemented by one organisation) gather round their best-linked
// neighbour, the hub. Each group of GROUP_MIN or more becomes one summary node ("2,567
// activities") linked to the hub and to every node its members were linked to (the
// implementers); the reader expands a summary to see its members. Without this a star of
// thousands of leaves is thousands of alike nodes to lay out and to look at.
import type { Graph, GraphEdge, GraphNode } from '../types';

/** Smaller groups stay as they are: a summary of two is no easier to read than two nodes. */
export const GROUP_MIN = 5;

/** Smaller graphs are drawn as they are: every mission of a country's 40-node network is worth its own node. */
export const GROUP_FROM_NODES = 100;

/** Members are linked to at most this many nodes (an activity: its country, implementer and funder). */
const MAX_MEMBER_LINKS = 3;

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
 * ids); a graph of fewer than `fromNodes` nodes is left as it is. A node is a member when it is not the focus, has at most MAX_MEMBER_LINKS neighbours,
 * and is no group's hub; its hub is its neighbour with the most neighbours (then the nearest
 * the focus, then the first by id). Summary ids are stable, `summary:<type>:<hub>`, so a group expanded once stays expanded
 * while the graph around it changes.
 */
export function groupNodes(
  graph: Graph,
  focus: string,
  expanded: ReadonlySet<string> = new Set(),
  fromNodes = GROUP_FROM_NODES,
): Grouped {
  if (graph.nodes.length < fromNodes) return { graph, members: new Map() };
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    if (!neighbours.has(e.source)) neighbours.set(e.source, new Set());
    if (!neighbours.has(e.target)) neighbours.set(e.target, new Set());
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  const depth = new Map(graph.nodes.map((n) => [n.id, n.depth]));
  // Most neighbours first, then nearest the focus, then by id.
  const better = (a: string, b: string) =>
    degree(a) !== degree(b) ? degree(a) > degree(b) : (depth.get(a) ?? 0) !== (depth.get(b) ?? 0) ? (depth.get(a) ?? 0) < (depth.get(b) ?? 0) : a < b;
  const hubOf = (id: string) => {
    let hub = '';
    for (const m of neighbours.get(id)!) if (!hub || better(m, hub)) hub = m;
    return hub;
  };
  const candidates = new Map<string, { hub: string; nodes: GraphNode[] }>();
  for (const n of graph.nodes) {
    if (n.id === focus || degree(n.id) === 0 || degree(n.id) > MAX_MEMBER_LINKS) continue;
    const hub = hubOf(n.id);
    const id = `${SUMMARY_PREFIX}${n.type}:${hub}`;
    const group = candidates.get(id);
    if (group) group.nodes.push(n);
    else candidates.set(id, { hub, nodes: [n] });
  }
  // A hub stays itself: it leaves any group it would have been a member of.
  const hubs = new Set([...candidates.values()].filter((g) => g.nodes.length >= GROUP_MIN).map((g) => g.hub));
  const groups = new Map<string, GraphNode[]>();
  for (const [id, g] of candidates) {
    const nodes = g.nodes.filter((n) => !hubs.has(n.id));
    if (nodes.length >= GROUP_MIN) groups.set(id, nodes);
  }

  const summaryOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const [id, group] of groups) {
    if (group.length < GROUP_MIN || expanded.has(id)) continue;
    members.set(id, group.map((n) => n.id));
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
