// Measuring harness only: `/network?synthetic=5000x20000` draws a generated graph of that size
// instead of asking the API, so `npm run perf:network` can time the explorer on a graph far
// larger than the API's 1,000-node limit. The graph is the same on every run (seeded).
import type { Graph, GraphEdge, GraphNode } from '../types';

export type SyntheticSize = {
  nodes: number;
  edges: number;
  /** `star`: shaped like a 3W sheet around its country (syntheticStar), not random. */
  shape?: 'star';
};

export const SYNTHETIC_FOCUS = 'country:synthetic-0';

const MAX_NODES = 50_000;
const MAX_EDGES = 200_000;

/**
 * Reads `NODESxEDGES`, or `starNODES` (a 3W-shaped star); undefined unless the numbers are whole
 * and within the harness's bounds.
 */
export function parseSyntheticSize(value: string | null): SyntheticSize | undefined {
  const star = /^star(\d+)$/.exec(value ?? '');
  if (star) {
    const nodes = Number(star[1]);
    return nodes >= 3 && nodes <= MAX_NODES ? { nodes, edges: 2 * (nodes - 1 - starActors(nodes)), shape: 'star' } : undefined;
  }
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

/** A star of n nodes has one implementing organisation for every ten activities, as the Afghanistan 3W about. */
function starActors(nodes: number): number {
  return Math.max(1, Math.round((nodes - 1) / 11));
}

/**
 * What the Afghanistan 3W sheet looks like around its country: the focus, activities in it,
 * each implemented by one organisation (activity i by organisation i mod k, k about a tenth of
 * the activities). Every activity is linked alike to the focus: fcose's draft quality put them
 * all on one point.
 */
export function syntheticStar(nodes: number): Graph {
  const actors = starActors(nodes);
  const out: Graph = { nodes: [{ id: SYNTHETIC_FOCUS, type: 'country', label: 'Synthetic country 0', depth: 0, attributes: [] }], edges: [] };
  for (let k = 0; k < actors; k++) {
    out.nodes.push({ id: `actor:synthetic-${k + 1}`, type: 'actor', label: `Synthetic organisation ${k + 1}`, depth: 2, attributes: [] });
  }
  for (let i = 0; i < nodes - 1 - actors; i++) {
    const id = `activity:synthetic-${actors + 1 + i}`;
    out.nodes.push({ id, type: 'activity', label: `Synthetic activity ${i}`, depth: 1, attributes: [] });
    out.edges.push({ id: `SYNTHETIC:${out.edges.length}`, source: id, target: SYNTHETIC_FOCUS, type: 'IN', attributes: [] });
    out.edges.push({ id: `SYNTHETIC:${out.edges.length}`, source: `actor:synthetic-${(i % actors) + 1}`, target: id, type: 'IMPLEMENTS', attributes: [] });
  }
  return out;
}

/**
 * A connected graph (when edges ≥ nodes − 1): a random spanning tree first, then random extra
 * edges. Node 0 is a country, the focus; depths are breadth-first distances from it.
 */
export function syntheticNetwork(size: SyntheticSize, seed = 1): Graph {
  if (size.shape === 'star') return syntheticStar(size.nodes);
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
