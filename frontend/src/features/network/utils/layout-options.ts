// Which layout runs, by graph size; measured with `npm run perf:network` (see the README). On
// two cores fcose's full force-directed run takes about 1.5 s at 300 nodes and a minute at 1,000
// nodes and 4,000 edges. Its "draft" quality (the spectral step alone), once used up to 1,500
// nodes, collapsed: it puts nodes linked alike (the activities of a 3W sheet around their
// country) on one point, and on random graphs of 1,000 nodes it left most nodes overlapping (the
// perf script's fellBack). So: force-directed for small graphs, and above that the linear radial
// tree layout (radial-layout.ts); either is checked and settled afterwards (settle-layout.ts).
import type { LayoutOptions } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { Graph } from '../types';
import { radialLayout, type Point } from './radial-layout';

export const FORCE_LAYOUT_MAX_NODES = 300;

/**
 * From this size the drawing uses the settings for large graphs: edges on a layer of their own
 * (edge-layer.ts), and a texture of the picture while the view moves.
 */
export const LARGE_GRAPH = { nodes: 500, edges: 1000 };

export function isLargeGraph(nodes: number, edges: number): boolean {
  return nodes >= LARGE_GRAPH.nodes || edges >= LARGE_GRAPH.edges;
}

const PADDING = 24;

/**
 * The zoom and pan that fit the points into the viewport. Cytoscape's own fit measures every
 * element's rendered box, labels and edges included: seconds on a large graph.
 */
export function fitPoints(points: Iterable<Point>, viewport: { width: number; height: number }) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x), Math.max(maxY, p.y)];
  }
  if (minX > maxX) return { fit: false, zoom: 1, pan: { x: viewport.width / 2, y: viewport.height / 2 } };
  const zoom = Math.min(
    (viewport.width - 2 * PADDING) / Math.max(maxX - minX, 1),
    (viewport.height - 2 * PADDING) / Math.max(maxY - minY, 1),
    1,
  );
  const pan = { x: viewport.width / 2 - zoom * ((minX + maxX) / 2), y: viewport.height / 2 - zoom * ((minY + maxY) / 2) };
  return { fit: false, zoom, pan };
}

/** Nodes closer than this on screen cannot be told apart or clicked one by one. */
export const MIN_SCREEN_DISTANCE = 10;

/**
 * The first view after a layout: the whole drawing when its closest nodes are then at least
 * MIN_SCREEN_DISTANCE apart on screen; otherwise the zoom that keeps them so (with a margin),
 * centred on the focus, and the reader pans or presses Fit for the whole. `minDistance` is the
 * least distance between the points, in their units.
 */
export function readableViewport(
  points: readonly Point[],
  minDistance: number,
  centre: Point | undefined,
  viewport: { width: number; height: number },
) {
  const fit = fitPoints(points, viewport);
  const least = (MIN_SCREEN_DISTANCE * 1.2) / Math.max(minDistance, 1e-3);
  if (!Number.isFinite(minDistance) || fit.zoom >= least || !centre) return fit;
  const zoom = Math.min(least, 1);
  return { fit: false, zoom, pan: { x: viewport.width / 2 - zoom * centre.x, y: viewport.height / 2 - zoom * centre.y } };
}

/**
 * A whole new layout (`incremental: false`), or, for small graphs, one that starts from the
 * current positions so that the nodes on screen stay roughly where the reader saw them.
 */
export function layoutOptions(
  graph: Graph,
  focus: string,
  incremental: boolean,
  viewport: { width: number; height: number },
): LayoutOptions | FcoseLayoutOptions {
  const n = graph.nodes.length;
  // The canvas sets the view itself once the layout is settled (readableViewport).
  const common = { animate: false, fit: false, padding: PADDING } as const;
  if (n > FORCE_LAYOUT_MAX_NODES) {
    const positions = radialLayout(graph, focus);
    return { ...common, name: 'preset', positions: Object.fromEntries(positions), ...fitPoints(positions.values(), viewport) };
  }
  const fcose = { ...common, name: 'fcose', nodeDimensionsIncludeLabels: false, idealEdgeLength: () => 70 } as const;
  return { ...fcose, quality: 'default', randomize: !incremental };
}
