import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { readableViewport } from './layout-options';
import { crowding } from './layout-quality';
import type { Point } from './radial-layout';
import { NODE_GAP, settleLayout } from './settle-layout';

function star(n: number): Graph {
  const nodes = [{ id: 'country:AFG', type: 'country', label: 'AFG', depth: 0, attributes: [] }];
  const edges: Graph['edges'] = [];
  for (let i = 1; i < n; i++) {
    nodes.push({ id: `activity:${i}`, type: 'activity', label: `${i}`, depth: 1, attributes: [] });
    edges.push({ id: `e${i}`, source: `activity:${i}`, target: 'country:AFG', type: 'IN', attributes: [] });
  }
  return { nodes, edges };
}

describe('settleLayout', () => {
  it.each([
    // What fcose's draft quality did to the Afghanistan star: every node on one point.
    { name: 'a collapsed star of 1,000', graph: star(1000), at: () => ({ x: 3, y: 3 }), fellBack: true },
    { name: 'a spread star with some overlaps', graph: star(300), at: (i: number) => ({ x: (i % 20) * 30 + (i === 7 ? -25 : 0), y: Math.floor(i / 20) * 30 }), fellBack: false },
  ])('$name: readable, fell back $fellBack', ({ graph, at, fellBack }) => {
    const settled = settleLayout(graph, 'country:AFG', new Map(graph.nodes.map((n, i) => [n.id, at(i)])));
    expect(settled.fellBack).toBe(fellBack);
    const points = [...settled.positions.values()];
    expect(points).toHaveLength(graph.nodes.length);
    expect(crowding(points, NODE_GAP - 0.5).closePairs).toBe(0);
    expect(settled.minDistance).toBeGreaterThanOrEqual(NODE_GAP - 0.5);
  });
});

describe('readableViewport', () => {
  const viewport = { width: 800, height: 600 };
  const square = (side: number, step: number): Point[] =>
    Array.from({ length: side * side }, (_, i) => ({ x: (i % side) * step, y: Math.floor(i / side) * step }));

  it('fits the whole when the closest nodes stay 10 px apart', () => {
    const v = readableViewport(square(10, 30), 30, { x: 0, y: 0 }, viewport);
    expect(v.zoom * 30).toBeGreaterThanOrEqual(10);
    expect(v.zoom).toBeCloseTo(Math.min((800 - 48) / 270, (600 - 48) / 270, 1));
  });

  it('otherwise zooms to keep them 10 px apart, centred on the focus', () => {
    const v = readableViewport(square(100, 24), 24, { x: 1200, y: 1200 }, viewport);
    expect(v.zoom * 24).toBeGreaterThanOrEqual(10);
    expect(v.pan).toEqual({ x: 400 - v.zoom * 1200, y: 300 - v.zoom * 1200 });
  });
});
