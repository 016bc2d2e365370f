import { describe, expect, it } from 'vitest';
import { filterNetwork } from './filter-network';
import { parseSyntheticSize, SYNTHETIC_FOCUS, syntheticNetwork } from './synthetic-network';

describe('parseSyntheticSize', () => {
  it('reads NODESxEDGES within bounds', () => {
    expect(parseSyntheticSize('5000x20000')).toEqual({ nodes: 5000, edges: 20000 });
    expect(parseSyntheticSize(null)).toBeUndefined();
    expect(parseSyntheticSize('5000')).toBeUndefined();
    expect(parseSyntheticSize('0x10')).toBeUndefined();
    expect(parseSyntheticSize('1000000x10')).toBeUndefined();
  });

  it('reads starNODES: a 3W-shaped star', () => {
    expect(parseSyntheticSize('star1000')).toEqual({ nodes: 1000, edges: 2 * (999 - 91), shape: 'star' });
    expect(parseSyntheticSize('star2')).toBeUndefined();
  });
});

describe('syntheticNetwork star', () => {
  it('has the asked size: the focus, organisations, and activities each in the focus and implemented by one', () => {
    const size = parseSyntheticSize('star5000')!;
    const g = syntheticNetwork(size);
    expect(g.nodes).toHaveLength(5000);
    expect(g.edges).toHaveLength(size.edges);
    expect(g.nodes.filter((n) => n.type === 'actor')).toHaveLength(454);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(5000);
    expect(g.edges.every((e) => (e.type === 'IN' ? e.target === SYNTHETIC_FOCUS : e.source.startsWith('actor:')))).toBe(true);
  });
});

describe('syntheticNetwork', () => {
  it('has the asked size, unique ids, and is the same on every run', () => {
    const g = syntheticNetwork({ nodes: 500, edges: 2000 });
    expect(g.nodes).toHaveLength(500);
    expect(g.edges).toHaveLength(2000);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(500);
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(2000);
    expect(syntheticNetwork({ nodes: 500, edges: 2000 })).toEqual(g);
    expect(syntheticNetwork({ nodes: 500, edges: 2000 }, 2)).not.toEqual(g);
  });

  it('is connected to its focus, with breadth-first depths', () => {
    const g = syntheticNetwork({ nodes: 300, edges: 600 });
    expect(g.nodes[0]).toMatchObject({ id: SYNTHETIC_FOCUS, depth: 0 });
    expect(filterNetwork(g, SYNTHETIC_FOCUS, {}).nodes).toHaveLength(300);
    const depth = new Map(g.nodes.map((n) => [n.id, n.depth]));
    for (const e of g.edges) expect(Math.abs(depth.get(e.source)! - depth.get(e.target)!)).toBeLessThanOrEqual(1);
  });
});
