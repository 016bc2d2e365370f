// Measuring harness only: `/network?synthetic=5000x20000` draws a generated graph of that size
// instead of asking the API, so `npm run perf:network` can time the explorer on a graph far
// larger than the API's 1,000-node limit. The graph is the same on every run (seeded).
import type { Graph, GraphEdge, GraphNode } from '../types';

export type SyntheticSize = { nodes: number; edges: number };

export const SYNTHETIC_FOCUS = 'country:synthetic-0';

const MAX_NODES = 50_000;
const MAX_EDGES = 200_000;

/** Reads `NODESxEDGES`; undefined unless both are whole numbers within the harness's bounds. */
export function parseSyntheticSize(value: string | null): SyntheticSize | undefined {
  const m = /^(\d+)x(\d+)$/.exec(value ?? '');
  if (!m) return undefined;
  const size = { nodes: Number(m[1]), edges: Number(m[2]) };
  return size.nodes >= 1 && size.nodes <= MAX_NODES && size.edges <= MAX_EDGES ? size : undefined;
}

/** mulberry32: a small, fast PRNG; a fixed seed makes every run draw the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Roughly the mix of a real neighbourhood: many missions and actors, fewer countries and clusters.
const TYPES = ['mission', 'mission', 'actor', 'actor', 'country', 'mission', 'actor', 'country', 'cluster', 'mission'];
const EDGE_TYPES = ['DEPLOYED_IN', 'LEADS', 'CONTRIBUTES', 'MEMBER_OF'];
const MODELS = ['PEACEKEEPING', 'MONITORING', 'MEDIATION', 'TRAINING_SUPPORT', 'PREVENTIVE'];

/**
 * A connected graph (when edges ≥ nodes − 1): a random spanning tree first, then random extra
 * edges. Node 0 is a country, the focus; depths are breadth-first distances from it.
 */
export function syntheticNetwork(size: SyntheticSize, seed = 1): Graph {
  const rnd = random(seed);
  const pick = <T,>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const ids: string[] = [];
  const nodes: GraphNode[] = [];
  for (let i = 0; i < size.nodes; i++) {
    const type = i === 0 ? 'country' : pick(TYPES);
    const id = `${type}:synthetic-${i}`;
    ids.push(id);
    const attributes =
      type === 'mission'
        ? [
            { key: 'model', value: pick(MODELS) },
            { key: 'start', value: `${1990 + Math.floor(rnd() * 30)}-01-01` },
          ]
        : [];
    nodes.push({ id, type, label: `Synthetic ${type} ${i}`, depth: 0, attributes });
  }
  const edges: GraphEdge[] = [];
  const addEdge = (s: number, t: number) => {
    edges.push({ id: `SYNTHETIC:${edges.length}`, source: ids[s], target: ids[t], type: pick(EDGE_TYPES), attributes: [] });
  };
  for (let i = 1; i < size.nodes && edges.length < size.edges; i++) addEdge(i, Math.floor(rnd() * i));
  while (edges.length < size.edges && size.nodes > 1) {
    const s = Math.floor(rnd() * size.nodes);
    const t = Math.floor(rnd() * size.nodes);
    if (s !== t) addEdge(s, t);
  }
  setDepths(nodes, edges);
  return { nodes, edges };
}

function setDepths(nodes: GraphNode[], edges: GraphEdge[]) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const neighbours: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const s = index.get(e.source)!;
    const t = index.get(e.target)!;
    neighbours[s].push(t);
    neighbours[t].push(s);
  }
  const depth = nodes.map(() => -1);
  depth[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    for (const m of neighbours[queue[q]]) {
      if (depth[m] < 0) {
        depth[m] = depth[queue[q]] + 1;
        queue.push(m);
      }
    }
  }
  nodes.forEach((n, i) => (n.depth = Math.max(depth[i], 0)));
}
