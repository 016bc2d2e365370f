// The drawing: a Cytoscape.js canvas kept in step with the graph to show. A canvas is not
// accessible by itself; the explorer puts a table of the same nodes and edges next to it.
import cytoscape, { type Core, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { OVERLAP_EDGE_TYPE, type Graph } from '../types';
import { attachEdgeLayer, type EdgeLayer } from '../utils/edge-layer';
import { graphStyle } from '../utils/graph-style';
import { fitPoints, isLargeGraph, layoutOptions, readableViewport } from '../utils/layout-options';
import { settleLayout } from '../utils/settle-layout';
import { rememberPositions, syncElements } from '../utils/sync-elements';

cytoscape.use(fcose);

/** Performance marks the measuring script reads (navigation start → first drawing after layout). */
export const MARK_LAYOUT_START = 'concord-network:layoutstart';
export const MARK_LAYOUT_STOP = 'concord-network:layoutstop';
export const MARK_RENDERED = 'concord-network:rendered';

/** Exports are drawn at twice the screen's size. */
const EXPORT_SCALE = 2;

export type NetworkCanvasHandle = {
  /** What the drawing shows now, as a PNG on white. */
  png: () => Promise<Blob>;
  fit: () => void;
  zoomBy: (factor: number) => void;
};

type Props = {
  graph: Graph;
  focus: string;
  selected?: string;
  onSelect: (id: string | undefined) => void;
  /** Forget the layout when this changes: a new focus, depth or type filter is a new graph. */
  layoutKey: string;
  label: string;
  handle?: Ref<NetworkCanvasHandle>;
  /** Called with the Cytoscape instance once a layout is drawn (the measuring script and end-to-end tests read it). */
  onDrawn?: (cy: Core, layout: { fellBack: boolean; minDistance: number }) => void;
};

/**
 * Fits the nodes' centres into the view. Cytoscape's own fit measures every element's rendered
 * box, labels included, which takes seconds on a large graph.
 */
function fitNodes(cy: Core) {
  const { zoom, pan } = fitPoints(cy.nodes().map((n) => n.position()), { width: cy.width(), height: cy.height() });
  cy.viewport({ zoom, pan });
}

/** The view with the edge layer beneath Cytoscape's picture of the nodes, on white. */
async function composePng(cy: Core, edgeLayer: EdgeLayer): Promise<Blob> {
  const nodes = await createImageBitmap(cy.png({ output: 'blob', full: false, scale: EXPORT_SCALE }));
  const canvas = document.createElement('canvas');
  canvas.width = nodes.width;
  canvas.height = nodes.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  edgeLayer.drawInto(ctx, EXPORT_SCALE);
  ctx.drawImage(nodes, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}

export function NetworkCanvas({ graph, focus, selected, onSelect, layoutKey, label, handle, onDrawn }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const edgeCanvas = useRef<HTMLCanvasElement>(null);
  const cyRef = useRef<Core | null>(null);
  const edgeLayer = useRef<EdgeLayer | null>(null);
  const positions = useRef(new Map<string, Position>());
  const shownKey = useRef(layoutKey);
  /** A new instance (the graph crossed the size threshold) has not been fitted to its nodes yet. */
  const unfitted = useRef(false);
  const callbacks = useRef({ onSelect, onDrawn });
  callbacks.current = { onSelect, onDrawn };
  const large = isLargeGraph(graph.nodes.length, graph.edges.length);

  // A large graph's ordinary edges go to the edge layer; Cytoscape keeps the nodes and the few
  // highlighted overlap edges.
  const [elements, layerEdges] = useMemo(() => {
    if (!large) return [graph, []];
    const overlaps = graph.edges.filter((e) => e.type === OVERLAP_EDGE_TYPE);
    return [{ nodes: graph.nodes, edges: overlaps }, graph.edges.filter((e) => e.type !== OVERLAP_EDGE_TYPE)];
  }, [graph, large]);

  // The renderer's settings for large graphs can only be given when it is created: a graph
  // crossing the size threshold gets a new instance (positions are kept).
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(),
      minZoom: 0.005,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      pixelRatio: 1,
      motionBlur: false,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
    });
    cy.on('tap', 'node', (e) => callbacks.current.onSelect(e.target.id()));
    cy.on('tap', (e) => e.target === cy && callbacks.current.onSelect(undefined));
    cy.on('dragfree', 'node', () => rememberPositions(cy, positions.current));
    cyRef.current = cy;
    unfitted.current = true;
    edgeLayer.current = large && edgeCanvas.current ? attachEdgeLayer(cy, edgeCanvas.current) : null;
    return () => {
      edgeLayer.current?.destroy();
      edgeLayer.current = null;
      cy.destroy();
      cyRef.current = null;
    };
  }, [large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (shownKey.current !== layoutKey) {
      positions.current.clear();
      cy.elements().remove();
      shownKey.current = layoutKey;
    }
    const fresh = syncElements(cy, elements, focus, positions.current);
    edgeLayer.current?.setSegments(layerEdges);
    if (fresh === 0) {
      if (unfitted.current) fitNodes(cy);
      unfitted.current = false;
      return;
    }
    unfitted.current = false;
    const viewport = { width: cy.width(), height: cy.height() };
    const layout = cy.layout(layoutOptions(elements, focus, fresh < elements.nodes.length, viewport));
    layout.one('layoutstop', () => {
      // A collapsed layout is replaced, nodes still too close are pushed apart, and the first
      // view keeps the closest ones apart on screen (settle-layout.ts, readableViewport).
      const settled = settleLayout(
        elements,
        focus,
        new Map(cy.nodes().map((n) => [n.id(), n.position()])),
      );
      cy.batch(() => cy.nodes().positions((n) => settled.positions.get(n.id()) ?? n.position()));
      cy.viewport(
        readableViewport([...settled.positions.values()], settled.minDistance, settled.positions.get(focus), {
          width: cy.width(),
          height: cy.height(),
        }),
      );
      rememberPositions(cy, positions.current);
      edgeLayer.current?.refresh();
      performance.mark(MARK_LAYOUT_STOP);
      // Cytoscape draws in its own animation-frame loop, which was scheduled before this
      // callback: the second frame from now starts once the new drawing has been painted.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          performance.mark(MARK_RENDERED);
          callbacks.current.onDrawn?.(cy, { fellBack: settled.fellBack, minDistance: settled.minDistance });
        }),
      );
    });
    performance.mark(MARK_LAYOUT_START);
    layout.run();
    return () => {
      layout.stop();
    };
  }, [elements, layerEdges, focus, layoutKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selected && cy.hasElementWithId(selected)) cy.getElementById(selected).select();
  }, [selected, elements]);

  useImperativeHandle(handle, () => ({
    png: async () => {
      const cy = cyRef.current!;
      if (edgeLayer.current) return composePng(cy, edgeLayer.current);
      return cy.png({ output: 'blob', full: false, scale: EXPORT_SCALE, bg: '#ffffff' });
    },
    fit: () => cyRef.current && fitNodes(cyRef.current),
    zoomBy: (factor) => {
      const cy = cyRef.current;
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
  }));

  return (
    <div className="network-canvas" role="img" aria-label={label}>
      {large && <canvas ref={edgeCanvas} className="network-edge-layer" />}
      <div ref={container} className="network-cy" />
    </div>
  );
}
