// Edges of large graphs, drawn on a canvas of their own beneath Cytoscape's. Measured with
// `npm run perf:network`: Cytoscape spends most of a frame on 20,000 edges (bounding boxes and
// texture caches for each), while one canvas path with 20,000 segments takes milliseconds. Like
// Cytoscape's hideEdgesOnViewport, the layer is cleared while the view moves and drawn again
// once it rests. While the reader drags a node, only its own edges move: the others are drawn
// once into a picture when it is grabbed, and each frame copies that picture and strokes the
// dragged node's edges over it (20,000 edges cost a frame rate of 16 per second otherwise).
import type { Core, Position } from 'cytoscape';

export type Segment = { source: string; target: string };
export type Viewport = { zoom: number; pan: Position; width: number; height: number };

const EDGE_COLOR = '#d0d7de';
/** How long the view must rest before the edges come back. */
const REST_MS = 120;

/**
 * Strokes the segments between the nodes' model positions as one path, in the viewport's
 * transform (`scale` for an export larger than the screen), one screen pixel wide. Segments
 * wholly outside the viewport are skipped. Returns how many were drawn.
 */
export function strokeSegments(
  ctx: CanvasRenderingContext2D,
  segments: Segment[],
  positions: ReadonlyMap<string, Position>,
  view: Viewport,
  scale = 1,
): number {
  const { zoom, pan } = view;
  const [left, top] = [-pan.x / zoom, -pan.y / zoom];
  const [right, bottom] = [left + view.width / zoom, top + view.height / zoom];
  ctx.setTransform(zoom * scale, 0, 0, zoom * scale, pan.x * scale, pan.y * scale);
  ctx.lineWidth = 1 / zoom;
  ctx.strokeStyle = EDGE_COLOR;
  ctx.beginPath();
  let drawn = 0;
  for (const s of segments) {
    const a = positions.get(s.source);
    const b = positions.get(s.target);
    if (!a || !b) continue;
    if (Math.max(a.x, b.x) < left || Math.min(a.x, b.x) > right || Math.max(a.y, b.y) < top || Math.min(a.y, b.y) > bottom) {
      continue;
    }
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    drawn++;
  }
  ctx.stroke();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return drawn;
}

export function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() };
}

/**
 * Keeps `canvas` showing the segments under `cy`: follows node positions (layouts, drags) and
 * the viewport, and matches the canvas to its box. `destroy` unhooks it all.
 */
export function attachEdgeLayer(cy: Core, canvas: HTMLCanvasElement) {
  const ctx = canvas.getContext('2d')!;
  const positions = new Map<string, Position>();
  let segments: Segment[] = [];
  let frame = 0;
  let rest: ReturnType<typeof setTimeout> | undefined;
  /** While a node is dragged: the other edges' picture, and the dragged node's edges. */
  let drag: { still: HTMLCanvasElement; moving: Segment[] } | null = null;

  const draw = () => {
    frame = 0;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (drag) {
      ctx.drawImage(drag.still, 0, 0);
      strokeSegments(ctx, drag.moving, positions, viewportOf(cy));
    } else {
      strokeSegments(ctx, segments, positions, viewportOf(cy));
    }
  };
  const drawSoon = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const refresh = () => {
    positions.clear();
    cy.nodes().forEach((n) => {
      positions.set(n.id(), { ...n.position() });
    });
    drawSoon();
  };
  const onPosition = (e: { target: { id: () => string; position: () => Position } }) => {
    positions.set(e.target.id(), { ...e.target.position() });
    drawSoon();
  };
  const onGrab = (e: { target: { id: () => string } }) => {
    const id = e.target.id();
    const touches = (seg: Segment) => seg.source === id || seg.target === id;
    const still = document.createElement('canvas');
    [still.width, still.height] = [canvas.width, canvas.height];
    strokeSegments(still.getContext('2d')!, segments.filter((seg) => !touches(seg)), positions, viewportOf(cy));
    drag = { still, moving: segments.filter(touches) };
  };
  const onFree = () => {
    drag = null;
    drawSoon();
  };
  const onViewport = () => {
    drag = null;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    clearTimeout(rest);
    rest = setTimeout(drawSoon, REST_MS);
  };
  const fitCanvas = () => {
    canvas.width = canvas.clientWidth;
    canvas.height = canvas.clientHeight;
    drawSoon();
  };

  cy.on('position', 'node', onPosition);
  cy.on('grab', 'node', onGrab);
  cy.on('free', 'node', onFree);
  cy.on('viewport', onViewport);
  const resized = new ResizeObserver(fitCanvas);
  resized.observe(canvas);
  fitCanvas();

  return {
    setSegments(next: Segment[]) {
      segments = next;
      refresh();
    },
    /** Reads every node's position again, after a layout. */
    refresh,
    /** Draws the edges into an export of the current view at `scale` times its size. */
    drawInto(target: CanvasRenderingContext2D, scale: number) {
      strokeSegments(target, segments, positions, viewportOf(cy), scale);
    },
    destroy() {
      cy.off('position', 'node', onPosition);
      cy.off('grab', 'node', onGrab);
      cy.off('free', 'node', onFree);
      cy.off('viewport', onViewport);
      resized.disconnect();
      clearTimeout(rest);
      cancelAnimationFrame(frame);
    },
  };
}

export type EdgeLayer = ReturnType<typeof attachEdgeLayer>;
