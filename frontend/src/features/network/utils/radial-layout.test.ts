import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { radialLayout } from './radial-layout';

const node = (id: string) => ({ id, type: 'actor', label: id, depth: 0, attributes: [] });
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target, type: 'LEADS', attributes: [] });
const angle = (p: { x: number; y: number }) => (Math.atan2(p.y, p.x) + 2 * Math.PI) % (2 * Math.PI);
const dist = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

// f ─ a ─ a1, a2 ; f ─ b ─ b1 ; and c, linked to nothing.
const graph: Graph = {
  nodes: ['f', 'a', 'b', 'a1', 'a2', 'b1', 'c'].map(node),
  edges: [edge('f', 'a'), edge('f', 'b'), edge('a', 'a1'), edge('a2', 'a'), edge('b', 'b1'), edge('a1', 'f')],
};

describe('radialLayout', () => {
  it('puts the focus in the middle and each hop in its own band', () => {
    const p = radialLayout(graph, 'f');
    expect(p.get('f')).toEqual({ x: 0, y: 0 });
    const ring1 = dist(p.get('a')!);
    expect(dist(p.get('b')!)).toBeCloseTo(ring1);
    expect(dist(p.get('a1')!)).toBeCloseTo(ring1); // a1 is linked to the focus directly
    expect(dist(p.get('a2')!)).toBeGreaterThan(ring1);
    expect(dist(p.get('b1')!)).toBeCloseTo(dist(p.get('a2')!));
  });

  it('keeps a branch inside its parent’s angle', () => {
    const p = radialLayout(graph, 'f');
    // b and its child b1 are on the same bearing: b1 is b's only child.
    expect(angle(p.get('b1')!)).toBeCloseTo(angle(p.get('b')!));
    expect(angle(p.get('a2')!)).toBeCloseTo(angle(p.get('a')!));
  });

  it('places every node, those not linked to the focus too, and is deterministic', () => {
    const p = radialLayout(graph, 'f');
    expect([...p.keys()].sort()).toEqual(['a', 'a1', 'a2', 'b', 'b1', 'c', 'f']);
    expect(dist(p.get('c')!)).toBeGreaterThan(0);
    expect(radialLayout(graph, 'f')).toEqual(p);
  });

  it('keeps nodes of a crowded band apart, on several rings', () => {
    const star: Graph = {
      nodes: [node('f'), ...Array.from({ length: 1000 }, (_, i) => node(`n${i}`))],
      edges: Array.from({ length: 1000 }, (_, i) => edge('f', `n${i}`)),
    };
    const points = [...radialLayout(star, 'f').values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        closest = Math.min(closest, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
      }
    }
    expect(closest).toBeGreaterThan(23.5);
    // Several rings deep rather than one ring of 1,000: far more compact.
    const outer = Math.max(...points.map(dist));
    expect(outer).toBeLessThan((1000 * 24) / (2 * Math.PI) / 4);
  });
});
