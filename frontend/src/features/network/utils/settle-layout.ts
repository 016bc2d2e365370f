// What happens to a layout's positions before they are shown: a collapsed layout (see
// layout-quality.ts) is replaced by the radial one, and nodes still too close are pushed apart.
import type { Graph } from '../types';
import { crowding, isCollapsed, NODE_SIZE } from './layout-quality';
import { radialLayout, type Point } from './radial-layout';
import { separateNodes } from './separate-nodes';

/** The least distance between centres the drawing keeps: a node and a third of one between two. */
export const NODE_GAP = NODE_SIZE + 6;

export type Settled = {
  positions: Map<string, Point>;
  /** The layout collapsed and the radial layout was used instead. */
  fellBack: boolean;
  /** The least distance between two centres after settling. */
  minDistance: number;
};

/** `positions` (every node of `graph`) made readable. */
export function settleLayout(graph: Graph, focus: string, positions: ReadonlyMap<string, Point>): Settled {
  const ids = graph.nodes.map((n) => n.id);
  let points = ids.map((id) => positions.get(id) ?? { x: 0, y: 0 });
  const fellBack = isCollapsed(points);
  if (fellBack) {
    const radial = radialLayout(graph, focus);
    points = ids.map((id) => radial.get(id)!);
  }
  points = separateNodes(points, NODE_GAP);
  return {
    positions: new Map(ids.map((id, i) => [id, points[i]])),
    fellBack,
    minDistance: crowding(points, NODE_GAP).minDistance,
  };
}
