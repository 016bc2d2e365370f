// A layout for graphs too large for a force-directed one: the breadth-first tree from the focus,
// drawn radially. The focus is in the middle, each hop is a band around it, and every node sits
// inside the angle its parent was given, so a branch of the neighbourhood stays together. A
// crowded band is several rings deep (neighbours alternate between them) instead of one ring
// wide enough for all, which keeps the drawing compact. Linear in the size of the graph.
import type { Graph } from '../types';

export type Point = { x: number; y: number };

/** The least distance between neighbours on a ring, and between rings. */
const SPACING = 24;

export function radialLayout(graph: Graph, focus: string): Map<string, Point> {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const neighbours: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbours[s].push(t);
    neighbours[t].push(s);
  }

  // Breadth-first tree; nodes it does not reach hang from a virtual root as one more branch.
  const parent = new Int32Array(graph.nodes.length).fill(-2);
  const depth = new Int32Array(graph.nodes.length);
  const order: number[] = [];
  const start = index.get(focus);
  const visit = (root: number) => {
    parent[root] = -1;
    order.push(root);
    for (let q = order.length - 1; q < order.length; q++) {
      for (const m of neighbours[order[q]]) {
        if (parent[m] !== -2) continue;
        parent[m] = order[q];
        depth[m] = depth[order[q]] + 1;
        order.push(m);
      }
    }
  };
  if (start !== undefined) visit(start);
  for (let i = 0; i < graph.nodes.length; i++) {
    if (parent[i] === -2) {
      depth[i] = 1;
      visit(i);
    }
  }

  // Subtree sizes, leaves first (reverse breadth-first order), decide each branch's angle.
  const size = new Float64Array(graph.nodes.length).fill(1);
  for (let k = order.length - 1; k >= 0; k--) if (parent[order[k]] >= 0) size[parent[order[k]]] += size[order[k]];

  // Band d has `rings[d]` rings, SPACING apart; with n nodes, about √(n/2π) rings make the band
  // as deep as its inner ring's radius must be for neighbours on one ring to be SPACING apart.
  const perBand: number[] = [];
  for (const d of depth) perBand[d] = (perBand[d] ?? 0) + 1;
  const radius: number[] = [0];
  const rings: number[] = [1];
  for (let d = 1; d < perBand.length; d++) {
    const n = perBand[d] ?? 0;
    rings[d] = Math.max(1, Math.round(Math.sqrt(n / (2 * Math.PI))));
    const outer = radius[d - 1] + (rings[d - 1] - 1) * SPACING;
    radius[d] = Math.max(outer + SPACING * 3, (n * SPACING) / (2 * Math.PI * rings[d]));
  }

  const from = new Float64Array(graph.nodes.length);
  const span = new Float64Array(graph.nodes.length);
  const next = new Float64Array(graph.nodes.length);
  const roots = order.filter((i) => parent[i] === -1);
  const total = roots.reduce((sum, i) => sum + size[i], 0);
  let angle = 0;
  for (const r of roots) {
    from[r] = angle;
    span[r] = (2 * Math.PI * size[r]) / total;
    angle += span[r];
  }
  const positions = new Map<string, Point>();
  const placed: number[] = [];
  for (const i of order) {
    if (parent[i] >= 0) {
      const p = parent[i];
      span[i] = (span[p] * size[i]) / (size[p] - 1);
      from[i] = from[p] + next[p];
      next[p] += span[i];
    }
    next[i] = 0;
    // Breadth-first order is angular order within a band: consecutive nodes take turns on its rings.
    const d = depth[i];
    placed[d] = (placed[d] ?? 0) + 1;
    const a = from[i] + span[i] / 2;
    const r = radius[d] + (placed[d] % rings[d]) * SPACING;
    positions.set(graph.nodes[i].id, r === 0 ? { x: 0, y: 0 } : { x: r * Math.cos(a), y: r * Math.sin(a) });
  }
  return positions;
}
