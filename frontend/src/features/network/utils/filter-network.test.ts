import { describe, expect, it } from 'vitest';
import type { Attribute, Graph } from '../types';
import { filterNetwork } from './filter-network';

const node = (id: string, attrs: Record<string, string> = {}) => ({
  id,
  type: id.split(':')[0],
  label: id,
  depth: 1,
  attributes: Object.entries(attrs).map(([key, value]): Attribute => ({ key, value })),
});
const edge = (type: string, source: string, target: string) => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  attributes: [],
});

// Kosovo, two missions with their leads, and Serbia reached through UNMIK.
const graph: Graph = {
  nodes: [
    node('country:XKX'),
    node('mission:unmik', { model: 'PEACEKEEPING', start: '1999-06-10' }),
    node('mission:eulex', { model: 'MONITORING', start: '2008-02-16' }),
    node('actor:un', { kind: 'INTERGOVERNMENTAL' }),
    node('actor:eu', { kind: 'REGIONAL_ORGANISATION' }),
    node('country:SRB'),
  ],
  edges: [
    edge('DEPLOYED_IN', 'mission:unmik', 'country:XKX'),
    edge('DEPLOYED_IN', 'mission:eulex', 'country:XKX'),
    edge('LEADS', 'actor:un', 'mission:unmik'),
    edge('LEADS', 'actor:eu', 'mission:eulex'),
    edge('DEPLOYED_IN', 'mission:unmik', 'country:SRB'),
  ],
};
const ids = (g: Graph) => g.nodes.map((n) => n.id);

describe('filterNetwork', () => {
  it('keeps everything without filters', () => {
    expect(filterNetwork(graph, 'country:XKX', {})).toEqual(graph);
  });

  it('hides missions of other models, and what was linked to the focus only through them', () => {
    const g = filterNetwork(graph, 'country:XKX', { model: 'MONITORING' });
    expect(ids(g)).toEqual(['country:XKX', 'mission:eulex', 'actor:eu']);
    expect(g.edges.map((e) => e.type)).toEqual(['DEPLOYED_IN', 'LEADS']);
  });

  it('hides nodes whose period does not span the day, and keeps nodes without a period', () => {
    expect(ids(filterNetwork(graph, 'country:XKX', { at: '2005-01-01' }))).toEqual([
      'country:XKX',
      'mission:unmik',
      'actor:un',
      'country:SRB',
    ]);
    const ended = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'mission:unmik' ? node(n.id, { end: '2004-12-31' }) : n)) };
    expect(ids(filterNetwork(ended, 'country:XKX', { at: '2005-01-01' }))).not.toContain('mission:unmik');
    expect(ids(filterNetwork(ended, 'country:XKX', { at: '2004-12-31' }))).toContain('mission:unmik');
  });

  it('keeps only the missions and activities on the function', () => {
    const g = filterNetwork(graph, 'country:XKX', { functionMembers: new Set(['mission:eulex']) });
    expect(ids(g)).toEqual(['country:XKX', 'mission:eulex', 'actor:eu']);
  });

  it('keeps only the countries, missions and activities of the region, and always the focus', () => {
    const g = filterNetwork(graph, 'country:XKX', { regionMembers: new Set(['mission:unmik', 'country:SRB']) });
    expect(ids(g)).toEqual(['country:XKX', 'mission:unmik', 'actor:un', 'country:SRB']);
  });

  it('leaves the focus alone when nothing else matches', () => {
    const g = filterNetwork(graph, 'country:XKX', { model: 'MEDIATION' });
    expect(ids(g)).toEqual(['country:XKX']);
    expect(g.edges).toEqual([]);
  });

  it('gives an empty graph when the focus is not in it', () => {
    expect(filterNetwork(graph, 'country:FRA', {})).toEqual({ nodes: [], edges: [] });
  });
});
