import cytoscape, { type Position } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { rememberPositions, syncElements } from './sync-elements';

const node = (id: string) => ({ id, type: id.split(':')[0], label: id, depth: 1, attributes: [] });
const edge = (type: string, source: string, target: string) => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  attributes: [],
});

const kosovo: Graph = {
  nodes: [node('country:XKX'), node('mission:eulex'), node('mission:unmik')],
  edges: [
    edge('DEPLOYED_IN', 'mission:eulex', 'country:XKX'),
    edge('DEPLOYED_IN', 'mission:unmik', 'country:XKX'),
    edge('OVERLAPS', 'mission:eulex', 'mission:unmik'),
  ],
};

describe('syncElements', () => {
  it('adds the graph, marks the focus and both sides of an overlap, and counts the unplaced nodes', () => {
    const cy = cytoscape({ headless: true });
    const fresh = syncElements(cy, kosovo, 'country:XKX', new Map());
    expect(fresh).toBe(3);
    expect(cy.nodes().map((n) => n.id())).toEqual(['country:XKX', 'mission:eulex', 'mission:unmik']);
    expect(cy.edges()).toHaveLength(3);
    expect(cy.$('.focus').map((n) => n.id())).toEqual(['country:XKX']);
    expect(cy.nodes('.overlap').map((n) => n.id())).toEqual(['mission:eulex', 'mission:unmik']);
    expect(cy.edges('.overlap').map((e) => e.data('type'))).toEqual(['OVERLAPS']);
  });

  it('removes what is gone and brings back a node at its remembered place', () => {
    const cy = cytoscape({ headless: true });
    const positions = new Map<string, Position>();
    syncElements(cy, kosovo, 'country:XKX', positions);
    cy.getElementById('mission:unmik').position({ x: 100, y: 50 });
    rememberPositions(cy, positions);

    const withoutUnmik: Graph = { nodes: kosovo.nodes.slice(0, 2), edges: kosovo.edges.slice(0, 1) };
    expect(syncElements(cy, withoutUnmik, 'country:XKX', positions)).toBe(0);
    expect(cy.hasElementWithId('mission:unmik')).toBe(false);
    expect(cy.edges()).toHaveLength(1);
    expect(cy.nodes('.overlap')).toHaveLength(0);

    expect(syncElements(cy, kosovo, 'country:XKX', positions)).toBe(0);
    expect(cy.getElementById('mission:unmik').position()).toEqual({ x: 100, y: 50 });
  });

  it('places a new node next to a neighbour already on screen', () => {
    const cy = cytoscape({ headless: true });
    const positions = new Map<string, Position>();
    syncElements(cy, kosovo, 'country:XKX', positions);
    cy.getElementById('mission:eulex').position({ x: 500, y: 500 });
    rememberPositions(cy, positions);

    const expanded: Graph = {
      nodes: [...kosovo.nodes, node('actor:eu')],
      edges: [...kosovo.edges, edge('LEADS', 'actor:eu', 'mission:eulex')],
    };
    expect(syncElements(cy, expanded, 'country:XKX', positions)).toBe(1);
    const p = cy.getElementById('actor:eu').position();
    expect(Math.hypot(p.x - 500, p.y - 500)).toBeCloseTo(40);
  });
});
