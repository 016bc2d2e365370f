import { describe, expect, it } from 'vitest';
import { crowding, isCollapsed, NODE_SIZE } from './layout-quality';
import type { Point } from './radial-layout';

const grid = (n: number, step: number): Point[] =>
  Array.from({ length: n }, (_, i) => ({ x: (i % 10) * step, y: Math.floor(i / 10) * step }));
const onePoint = (n: number): Point[] => Array.from({ length: n }, () => ({ x: 5, y: 5 }));
const line = (n: number): Point[] => Array.from({ length: n }, (_, i) => ({ x: i * 0.01, y: 0 }));

describe('crowding', () => {
  it.each([
    { name: 'a grid 30 apart, at 10', points: grid(100, 30), distance: 10, min: 30, pairs: 0, nodes: 0 },
    // 10 per row: 9 horizontal neighbours × 10 rows + 10 vertical × 9.
    { name: 'a grid 8 apart, at 10', points: grid(100, 8), distance: 10, min: 8, pairs: 180, nodes: 100 },
    { name: 'four on one point', points: onePoint(4), distance: 10, min: 0, pairs: 6, nodes: 4 },
    { name: 'two pairs and a loner', points: [{ x: 0, y: 0 }, { x: 3, y: 4 }, { x: 100, y: 0 }, { x: 100, y: 9 }, { x: 50, y: 50 }], distance: 10, min: 5, pairs: 2, nodes: 4 },
    { name: 'one node', points: [{ x: 0, y: 0 }], distance: 10, min: Infinity, pairs: 0, nodes: 0 },
  ])('$name', ({ points, distance, min, pairs, nodes }) => {
    const c = crowding(points, distance);
    expect(c.minDistance).toBeCloseTo(min);
    expect(c.closePairs).toBe(pairs);
    expect(c.crowdedNodes).toBe(nodes);
  });

  it('finds the least distance beyond the one asked about', () => {
    expect(crowding([{ x: 0, y: 0 }, { x: 300, y: 400 }], 10).minDistance).toBe(500);
  });
});

describe('isCollapsed', () => {
  it.each([
    { name: 'every node on one point (fcose draft on a star)', points: onePoint(500), collapsed: true },
    { name: 'a hair-thin line', points: line(200), collapsed: true },
    { name: 'most nodes on one point, a few spread', points: [...onePoint(400), ...grid(100, 40)], collapsed: true },
    { name: 'a readable grid', points: grid(300, NODE_SIZE + 6), collapsed: false },
    { name: 'a few overlapping pairs in a readable grid', points: [...grid(300, 40), { x: 1, y: 1 }, { x: 41, y: 1 }], collapsed: false },
    { name: 'two nodes', points: onePoint(2), collapsed: false },
  ])('$name: $collapsed', ({ points, collapsed }) => {
    expect(isCollapsed(points)).toBe(collapsed);
  });
});
