import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { mergeNetworks } from './merge-networks';

const node = (id: string, depth: number, label = id) => ({ id, type: id.split(':')[0], label, depth, attributes: [] });
const edge = (type: string, source: string, target: string) => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  attributes: [],
});

const kosovo: Graph = {
  nodes: [node('country:XKX', 0), node('mission:eulex', 1), node('mission:unmik', 1)],
  edges: [edge('DEPLOYED_IN', 'mission:eulex', 'country:XKX'), edge('DEPLOYED_IN', 'mission:unmik', 'country:XKX')],
};

describe('mergeNetworks', () => {
  it('adds new nodes and edges after the existing ones, with depths counted from the expanded node', () => {
    const aroundEulex: Graph = {
      nodes: [node('mission:eulex', 0), node('actor:eu', 1), node('country:XKX', 1)],
      edges: [edge('LEADS', 'actor:eu', 'mission:eulex'), edge('DEPLOYED_IN', 'mission:eulex', 'country:XKX')],
    };
    const merged = mergeNetworks(kosovo, aroundEulex, 1);
    expect(merged.nodes.map((n) => [n.id, n.depth])).toEqual([
      ['country:XKX', 0],
      ['mission:eulex', 1],
      ['mission:unmik', 1],
      ['actor:eu', 2],
    ]);
    expect(merged.edges.map((e) => e.id)).toEqual([
      'DEPLOYED_IN:mission:eulex->country:XKX',
      'DEPLOYED_IN:mission:unmik->country:XKX',
      'LEADS:actor:eu->mission:eulex',
    ]);
  });

  it('keeps the shorter distance and the first attributes of a node seen twice', () => {
    const current: Graph = { nodes: [node('country:XKX', 0), node('actor:un', 3, 'United Nations')], edges: [] };
    const added: Graph = { nodes: [node('actor:un', 0, 'UN (renamed)')], edges: [] };
    const merged = mergeNetworks(current, added, 1);
    expect(merged.nodes.find((n) => n.id === 'actor:un')).toMatchObject({ depth: 1, label: 'United Nations' });
  });

  it('does not change its inputs', () => {
    const before = structuredClone(kosovo);
    mergeNetworks(kosovo, { nodes: [node('mission:eulex', 0)], edges: [] }, 0);
    expect(kosovo).toEqual(before);
  });
});
