import { describe, expect, it } from 'vitest';
import { crowding } from './layout-quality';
import type { Point } from './radial-layout';
import { separateNodes } from './separate-nodes';

describe('separateNodes', () => {
  it.each([
    { name: 'two coincident nodes', points: [{ x: 0, y: 0 }, { x: 0, y: 0 }] },
    { name: 'a tight cluster of 50', points: Array.from({ length: 50 }, (_, i) => ({ x: (i % 7) * 3, y: Math.floor(i / 7) * 3 })) },
    { name: 'a ring too small for its 60 nodes', points: Array.from({ length: 60 }, (_, i) => ({ x: 100 * Math.cos(i / 9.5), y: 100 * Math.sin(i / 9.5) })) },
  ])('$name ends at least the gap apart', ({ points }) => {
    const out = separateNodes(points, 24);
    expect(crowding(out, 23.9).closePairs).toBe(0);
  });

  it('leaves nodes already apart where they are, and does not change its input', () => {
    const points: Point[] = [{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 0, y: 0 }];
    const out = separateNodes(points.slice(0, 2), 24);
    expect(out).toEqual([{ x: 0, y: 0 }, { x: 30, y: 0 }]);
    separateNodes(points, 24);
    expect(points[2]).toEqual({ x: 0, y: 0 });
  });

  it('gives the same result on every run', () => {
    const points = Array.from({ length: 30 }, () => ({ x: 1, y: 1 }));
    expect(separateNodes(points, 24)).toEqual(separateNodes(points, 24));
  });
});
