import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { FORCE_LAYOUT_MAX_NODES, fitPoints, isLargeGraph, layoutOptions } from './layout-options';

const VIEWPORT = { width: 800, height: 600 };

function chain(length: number): Graph {
  const nodes = Array.from({ length }, (_, i) => ({ id: `actor:${i}`, type: 'actor', label: `${i}`, depth: i, attributes: [] }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i].id, target: n.id, type: 'PART_OF', attributes: [] }));
  return { nodes, edges };
}

describe('layoutOptions', () => {
  it('runs fcose in full on small graphs, from the current positions after an expansion', () => {
    const small = chain(FORCE_LAYOUT_MAX_NODES);
    expect(layoutOptions(small, 'actor:0', false, VIEWPORT)).toMatchObject({ name: 'fcose', quality: 'default', randomize: true, animate: false });
    expect(layoutOptions(small, 'actor:0', true, VIEWPORT)).toMatchObject({ name: 'fcose', quality: 'default', randomize: false });
  });

  it('never runs fcose’s draft quality, which collapsed medium graphs', () => {
    for (const n of [FORCE_LAYOUT_MAX_NODES + 1, 1000, 1500]) {
      expect(layoutOptions(chain(n), 'actor:0', false, VIEWPORT)).not.toMatchObject({ quality: 'draft' });
    }
  });

  it('gives larger graphs the radial positions, focus in the middle, fitted without measuring', () => {
    const options = layoutOptions(chain(FORCE_LAYOUT_MAX_NODES + 1), 'actor:0', true, VIEWPORT);
    expect(options).toMatchObject({ name: 'preset', fit: false });
    const { positions } = options as { positions: Record<string, { x: number; y: number }> };
    expect(Object.keys(positions)).toHaveLength(FORCE_LAYOUT_MAX_NODES + 1);
    expect(positions['actor:0']).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(positions['actor:1'].x, positions['actor:1'].y)).toBeGreaterThan(0);
  });
});

describe('isLargeGraph', () => {
  it('is large from 500 nodes or 1,000 edges', () => {
    expect(isLargeGraph(499, 999)).toBe(false);
    expect(isLargeGraph(500, 0)).toBe(true);
    expect(isLargeGraph(10, 1000)).toBe(true);
  });
});

describe('fitPoints', () => {
  it('centres the points and zooms them into the viewport inside the padding', () => {
    const { zoom, pan } = fitPoints([{ x: -1000, y: -500 }, { x: 1000, y: 500 }], VIEWPORT);
    expect(zoom).toBeCloseTo((800 - 48) / 2000);
    expect(pan).toEqual({ x: 400, y: 300 });
  });

  it('does not zoom in past 1:1, and copes with no points', () => {
    expect(fitPoints([{ x: 10, y: 10 }], VIEWPORT)).toEqual({ fit: false, zoom: 1, pan: { x: 390, y: 290 } });
    expect(fitPoints([], VIEWPORT)).toEqual({ fit: false, zoom: 1, pan: { x: 400, y: 300 } });
  });
});
