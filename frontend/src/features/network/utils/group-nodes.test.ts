import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { GROUP_FROM_NODES, groupNodes, summaryLabel } from './group-nodes';

const node = (id: string, depth = 1) => ({ id, type: id.split(':')[0], label: id, depth, attributes: [] });
const edge = (type: string, source: string, target: string) => ({ id: `${type}:${source}->${target}`, source, target, type, attributes: [] });

/** Afghanistan: `perOrg[k]` activities implemented by org k, all in the country. */
function threeW(perOrg: number[]): Graph {
  const nodes = [node('country:AFG', 0)];
  const edges: Graph['edges'] = [];
  perOrg.forEach((count, k) => {
    nodes.push(node(`actor:o${k}`, 2));
    for (let i = 0; i < count; i++) {
      const a = `activity:o${k}-${i}`;
      nodes.push(node(a));
      edges.push(edge('IN', a, 'country:AFG'), edge('IMPLEMENTS', `actor:o${k}`, a));
    }
  });
  return { nodes, edges };
}

/** A star: the focus with `n` leaves of one type. */
function star(n: number, type = 'activity'): Graph {
  const leaves = Array.from({ length: n }, (_, i) => node(`${type}:${i}`));
  return { nodes: [node('country:AFG', 0), ...leaves], edges: leaves.map((l) => edge('IN', l.id, 'country:AFG')) };
}

describe('groupNodes', () => {
  it.each([
    { name: 'a star of 2,567 leaves: one summary', graph: star(2567), nodes: 2, edges: 1, labels: ['2,567 activities'] },
    { name: 'a star of 4 leaves: too few to group', graph: star(4), nodes: 5, edges: 4, labels: [] },
    {
      // The country has the most links: all 19 activities gather round it, linked to their three implementers.
      name: 'activities between the country and their implementers: one summary round the country',
      graph: threeW([12, 5, 2]),
      nodes: 5,
      edges: 4,
      labels: ['19 activities'],
    },
    {
      name: 'activities of one implementer, as many as the country has: round the country, the nearer',
      graph: threeW([6]),
      nodes: 3,
      edges: 2,
      labels: ['6 activities'],
    },
    {
      name: 'leaves of different types stay apart',
      graph: { nodes: [...star(5).nodes, ...star(6, 'mission').nodes.slice(1)], edges: [...star(5).edges, ...star(6, 'mission').edges] },
      nodes: 3,
      edges: 2,
      labels: ['5 activities', '6 missions'],
    },
  ])('$name', ({ graph, nodes, edges, labels }) => {
    const { graph: out, members } = groupNodes(graph, 'country:AFG', undefined, 0);
    expect(out.nodes).toHaveLength(nodes);
    expect(out.edges).toHaveLength(edges);
    expect(out.nodes.filter((n) => n.summary).map((n) => n.label)).toEqual(labels);
    // Every summary's members are nodes of the graph, and no member is drawn beside it.
    const drawn = new Set(out.nodes.map((n) => n.id));
    for (const ids of members.values()) for (const id of ids) expect(drawn.has(id)).toBe(false);
    // Edges join drawn nodes only.
    for (const e of out.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);
  });

  it('keeps the direction and type of the edges it stands for', () => {
    const { graph } = groupNodes(threeW([7, 6]), 'country:AFG', undefined, 0);
    const summary = graph.nodes.find((n) => n.summary)!;
    expect(summary).toMatchObject({ id: 'summary:activity:country:AFG', type: 'activity', label: '13 activities', depth: 1 });
    expect(graph.edges.map((e) => e.id).sort()).toEqual([
      `IMPLEMENTS:actor:o0->${summary.id}`,
      `IMPLEMENTS:actor:o1->${summary.id}`,
      `IN:${summary.id}->country:AFG`,
    ]);
  });

  it('leaves a hub out of any group, and groups only nodes with few links', () => {
    // Five organisations each implementing one activity in the country, and one implementing eight.
    const g = threeW([8, 1, 1, 1, 1, 1]);
    const { graph, members } = groupNodes(g, 'country:AFG', undefined, 0);
    expect([...members.keys()]).toEqual(['summary:activity:country:AFG']);
    expect(members.get('summary:activity:country:AFG')).toHaveLength(13);
    expect(graph.nodes.filter((n) => n.type === 'actor')).toHaveLength(6);
  });

  it('draws the members of an expanded summary, and never groups the focus', () => {
    const g = star(8);
    const { members } = groupNodes(g, 'country:AFG', undefined, 0);
    const [id] = members.keys();
    const expanded = groupNodes(g, 'country:AFG', new Set([id]), 0);
    expect(expanded.graph).toBe(g);
    // Seen from a leaf, the country is the focus and the other leaves are two hops away: still one group.
    const fromLeaf = groupNodes(g, 'activity:0', undefined, 0);
    expect(fromLeaf.graph.nodes.map((n) => n.id)).toContain('activity:0');
    expect(fromLeaf.graph.nodes.find((n) => n.summary)?.label).toBe('7 activities');
  });

  it('leaves graphs smaller than the threshold as they are', () => {
    const small = star(GROUP_FROM_NODES - 2); // the focus and 98 leaves
    expect(groupNodes(small, 'country:AFG').graph).toBe(small);
    expect(groupNodes(star(GROUP_FROM_NODES - 1), 'country:AFG').members.size).toBe(1);
  });

  it('labels in words', () => {
    expect([summaryLabel('activity', 1), summaryLabel('country', 12), summaryLabel('actor', 1200)]).toEqual([
      '1 activity',
      '12 countries',
      '1,200 actors',
    ]);
  });
});
