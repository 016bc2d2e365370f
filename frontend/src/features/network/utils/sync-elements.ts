// Brings a Cytoscape instance in line with the graph to show without redrawing from scratch:
// elements no longer shown are removed, new ones added, and nodes that were on screen before
// (hidden by a filter, say) come back where they were.
import type { Core, ElementDefinition, Position } from 'cytoscape';
import { OVERLAP_EDGE_TYPE, type Graph } from '../types';

/** How far from a neighbour a new node is put before the layout refines it. */
const NEAR = 40;

function near(p: Position, i: number): Position {
  const angle = i * 2.399963; // the golden angle spreads siblings evenly around the neighbour
  return { x: p.x + NEAR * Math.cos(angle), y: p.y + NEAR * Math.sin(angle) };
}

/**
 * Where a node with no placed neighbour starts: a spiral by its index, so that no two nodes
 * start on one point (Cytoscape warns about every edge between overlapping nodes it draws).
 */
function spiral(i: number): Position {
  const r = NEAR * Math.sqrt(i);
  return { x: r * Math.cos(i * 2.399963), y: r * Math.sin(i * 2.399963) };
}

/**
 * Updates `cy` to show `graph`, marking the focus and the sides of overlaps with classes.
 * `positions` remembers where nodes were; a node seen for the first time is placed next to a
 * neighbour that has a position, if any. Returns how many nodes had no remembered position:
 * when there are some, the caller runs a layout.
 */
export function syncElements(cy: Core, graph: Graph, focus: string, positions: Map<string, Position>): number {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  const overlapping = new Set(
    graph.edges.filter((e) => e.type === OVERLAP_EDGE_TYPE).flatMap((e) => [e.source, e.target]),
  );
  const known = (id: string) => positions.get(id) ?? (cy.hasElementWithId(id) ? cy.getElementById(id).position() : undefined);
  const placeNear = new Map<string, Position>();
  for (const e of graph.edges) {
    const [s, t] = [known(e.source), known(e.target)];
    if (s && !t && !placeNear.has(e.target)) placeNear.set(e.target, s);
    if (t && !s && !placeNear.has(e.source)) placeNear.set(e.source, t);
  }

  let fresh = 0;
  cy.batch(() => {
    cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
    cy.nodes().filter((n) => !nodeIds.has(n.id())).remove();
    const added: ElementDefinition[] = [];
    graph.nodes.forEach((n, i) => {
      if (cy.hasElementWithId(n.id)) return;
      const remembered = positions.get(n.id);
      const neighbour = placeNear.get(n.id);
      if (!remembered) fresh++;
      added.push({
        group: 'nodes',
        data: { id: n.id, type: n.type, label: n.label, summary: n.summary === true },
        position: remembered ?? (neighbour ? near(neighbour, i) : spiral(i)),
      });
    });
    for (const e of graph.edges) {
      if (cy.hasElementWithId(e.id)) continue;
      added.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, type: e.type },
        classes: e.type === OVERLAP_EDGE_TYPE ? 'overlap' : undefined,
      });
    }
    cy.add(added);
    cy.nodes('.focus, .overlap').removeClass('focus overlap');
    if (cy.hasElementWithId(focus)) cy.getElementById(focus).addClass('focus');
    for (const id of overlapping) if (cy.hasElementWithId(id)) cy.getElementById(id).addClass('overlap');
  });
  return fresh;
}

/** Remembers where every node is now, after a layout or a drag. */
export function rememberPositions(cy: Core, positions: Map<string, Position>) {
  cy.nodes().forEach((n) => {
    positions.set(n.id(), { ...n.position() });
  });
}
