// How readable a layout is, measured on the nodes' centres: how close the closest two are, how
// many pairs are closer than a distance, and whether the layout collapsed (fcose's draft quality
// puts every leaf of a star on one point: their spectral coordinates are identical). A uniform
// grid of cells as wide as the distance makes it linear in the number of nodes, unless many
// nodes share a cell, which is exactly what it is there to detect.
import type { Point } from './radial-layout';

/** Node width in the stylesheet (graph-style.ts): centres closer than this overlap on screen at zoom 1. */
export const NODE_SIZE = 18;

export type Crowding = {
  /** The least distance between two centres; Infinity with fewer than two nodes. */
  minDistance: number;
  /** Pairs of nodes whose centres are closer than the distance asked about. */
  closePairs: number;
  /** Nodes with at least one other node closer than that distance. */
  crowdedNodes: number;
};

/** Calls `visit(i, j, d)` for every pair i < j of points closer than `distance`. */
/**
 * A grid cell's key: one small integer (V8 hashes those fastest), for cells within ±16,383 of
 * the origin; those beyond share the border cells, which costs time, never correctness.
 */
export function cellKey(x: number, y: number): number {
  const clamp = (v: number) => Math.max(-16383, Math.min(16383, v)) + 16384;
  return clamp(x) * 32768 + clamp(y);
}

export function forEachClosePair(points: readonly Point[], distance: number, visit: (i: number, j: number, d: number) => void) {
  // Cells by number, not by string: this runs every round of separateNodes on thousands of nodes.
  const cellX = new Int32Array(points.length);
  const cellY = new Int32Array(points.length);
  const cells = new Map<number, number[]>();
  const key = cellKey;
  points.forEach((p, i) => {
    cellX[i] = Math.floor(p.x / distance);
    cellY[i] = Math.floor(p.y / distance);
    const k = key(cellX[i], cellY[i]);
    const cell = cells.get(k);
    if (cell) cell.push(i);
    else cells.set(k, [i]);
  });
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = cells.get(key(cellX[i] + dx, cellY[i] + dy));
        if (!cell) continue;
        for (const j of cell) {
          if (j <= i) continue;
          const d = Math.hypot(points[j].x - p.x, points[j].y - p.y);
          if (d < distance) visit(i, j, d);
        }
      }
    }
  }
}

/** How crowded the points are at `distance` (in the points' own units). */
export function crowding(points: readonly Point[], distance: number): Crowding {
  let closePairs = 0;
  let minDistance = Infinity;
  const crowded = new Uint8Array(points.length);
  forEachClosePair(points, distance, (i, j, d) => {
    closePairs++;
    crowded[i] = crowded[j] = 1;
    minDistance = Math.min(minDistance, d);
  });
  if (closePairs === 0 && points.length > 1) minDistance = nearestBeyond(points, distance);
  return { minDistance, closePairs, crowdedNodes: crowded.reduce((sum, c) => sum + c, 0) };
}

/** The least distance when none is below `distance`: searched with doubling cells. */
function nearestBeyond(points: readonly Point[], distance: number): number {
  for (let d = distance * 2; ; d *= 2) {
    let least = Infinity;
    forEachClosePair(points, d, (_i, _j, dist) => (least = Math.min(least, dist)));
    if (least < Infinity) return least;
  }
}

/** A layout with more than this share of overlapping nodes is redone by another layout. */
export const COLLAPSED_SHARE = 0.2;

/**
 * Whether a layout collapsed: more than COLLAPSED_SHARE of the nodes overlap another
 * (centres closer than NODE_SIZE), or the drawing has too little room for its nodes at all
 * (a point or a line: bounding box smaller than a quarter of a node per node).
 */
export function isCollapsed(points: readonly Point[]): boolean {
  if (points.length < 3) return false;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x), Math.max(maxY, p.y)];
  }
  const room = (maxX - minX + NODE_SIZE) * (maxY - minY + NODE_SIZE);
  if (room < (points.length * NODE_SIZE * NODE_SIZE) / 4) return true;
  return crowding(points, NODE_SIZE).crowdedNodes > COLLAPSED_SHARE * points.length;
}
