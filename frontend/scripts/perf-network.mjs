// Measures the network explorer on large graphs, reproducibly: builds the app, serves the build
// with `vite preview`, opens the measuring harness `/network?synthetic=…` (a seeded, generated
// graph drawn without the API) in headless Chromium at 1440×900, and prints JSON, one entry per
// graph:
//   - timeToFirstRenderMs: navigation start → the first drawing after the layout
//     (the explorer's performance marks), and layoutMs, the layout alone (settling included);
//   - readability after the layout, on screen: the least distance between two node centres in
//     px, how many pairs are closer than 10 px, how many nodes are in view, whether the first
//     layout collapsed and was redone radially (fellBack);
//   - panDrag: frame times while the reader drags the view with the mouse for PAN_MS
//     (the gesture during which Cytoscape draws a texture and hides edges);
//   - nodeDrag: frame times while the reader drags a node about for PAN_MS;
//   - panBy: frame times while the view is panned from script (cy.panBy each frame), which
//     gets no texture, so the nodes are drawn again every frame: the worst case.
// The graphs: random ones of 1,000 and 5,000 nodes (four edges a node), and stars shaped like
// the Afghanistan 3W (the country, its activities, one organisation for ten of them), drawn as
// the explorer shows them (activities of one organisation grouped into one summary node) and
// ungrouped (`group=off`: every activity a node, the case that collapsed).
// Usage: npm run perf:network   (PERF_GRAPHS=5000x20000,star1000 and CHROMIUM=/path/to/chromium
// to change). Needs a Chromium on the machine; it downloads nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const graphs = (process.env.PERF_GRAPHS ?? '1000x4000,5000x20000,star1000,star5000,star1000&group=off,star5000&group=off').split(',');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PAN_MS = 3000;
const VIEWPORT = { width: 1440, height: 900 };
const READABLE_PX = 10;

function frameStats(times) {
  const intervals = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  if (intervals.length === 0) return { frames: times.length };
  const at = (q) => intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))];
  const round = (x) => Math.round(x * 10) / 10;
  return {
    frames: times.length,
    medianFrameMs: round(at(0.5)),
    p95FrameMs: round(at(0.95)),
    maxFrameMs: round(intervals[intervals.length - 1]),
    fps: round((intervals.length * 1000) / (times[times.length - 1] - times[0])),
  };
}

/** Starts recording requestAnimationFrame timestamps in the page. */
async function startFrames(page) {
  await page.evaluate(() => {
    const rec = { times: [], on: true };
    window.concordPerfFrames = rec;
    const tick = (t) => {
      rec.times.push(t);
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page) {
  return page.evaluate(() => {
    window.concordPerfFrames.on = false;
    return window.concordPerfFrames.times;
  });
}

/** A point of the drawing (page coordinates) at least 20 px from every node, near the middle. */
async function emptySpot(page) {
  const box = await page.locator('.network-canvas').boundingBox();
  const spot = await page.evaluate(() => {
    const { cy } = window.concordNetworkHarness;
    const pts = cy.nodes().map((n) => n.renderedPosition());
    const [w, h] = [cy.width(), cy.height()];
    for (let r = 0; r < Math.max(w, h) / 2; r += 7) {
      for (let a = 0; a < 2 * Math.PI; a += 0.3) {
        const p = { x: w / 2 + r * Math.cos(a), y: h / 2 + r * Math.sin(a) };
        if (p.x < 130 || p.y < 130 || p.x > w - 130 || p.y > h - 130) continue;
        if (pts.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 20)) return p;
      }
    }
    return { x: w / 2, y: h / 2 };
  });
  return { x: box.x + spot.x, y: box.y + spot.y };
}

/** Moves the pressed mouse in circles of 120 px from `start` for PAN_MS; the frame times meanwhile. */
async function dragInCircles(page, start) {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await startFrames(page);
  const began = Date.now();
  for (let step = 0; Date.now() - began < PAN_MS; step++) {
    const a = step / 20;
    await page.mouse.move(start.x + 120 * Math.sin(a), start.y + 120 * (1 - Math.cos(a)));
  }
  const times = await stopFrames(page);
  await page.mouse.up();
  return frameStats(times);
}

/** Drags the view in circles with the mouse, as a reader would, from where there is no node. */
async function panByMouse(page) {
  return dragInCircles(page, await emptySpot(page));
}

/** Drags a node near the middle of the view about with the mouse. */
async function dragNode(page) {
  const box = await page.locator('.network-canvas').boundingBox();
  const at = await page.evaluate(() => {
    const { cy } = window.concordNetworkHarness;
    const [w, h] = [cy.width(), cy.height()];
    let best;
    cy.nodes().forEach((n) => {
      const p = n.renderedPosition();
      const d = Math.hypot(p.x - w / 2, p.y - h / 2);
      if (p.y < h - 260 && (!best || d < best.d)) best = { d, x: p.x, y: p.y, id: n.id() };
    });
    return best;
  });
  const stats = await dragInCircles(page, { x: box.x + at.x, y: box.y + at.y });
  const moved = await page.evaluate((id) => window.concordNetworkHarness.cy.getElementById(id).renderedPosition(), at.id);
  return { node: at.id, moved: Math.round(Math.hypot(moved.x - at.x, moved.y - at.y)) > 0, ...stats };
}

/** On screen after the layout: the closest two node centres, and pairs closer than READABLE_PX. */
async function readability(page) {
  return page.evaluate((px) => {
    const { cy, fellBack } = window.concordNetworkHarness;
    const pts = cy.nodes().map((n) => n.renderedPosition());
    const [w, h] = [cy.width(), cy.height()];
    const cells = new Map();
    const key = (x, y) => `${Math.floor(x / px)},${Math.floor(y / px)}`;
    pts.forEach((p, i) => cells.set(key(p.x, p.y), [...(cells.get(key(p.x, p.y)) ?? []), i]));
    let closePairs = 0;
    let least = Infinity;
    pts.forEach((p, i) => {
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of cells.get(key(p.x + dx * px, p.y + dy * px)) ?? []) {
            if (j <= i) continue;
            const d = Math.hypot(pts[j].x - p.x, pts[j].y - p.y);
            least = Math.min(least, d);
            if (d < px) closePairs++;
          }
    });
    if (least === Infinity) {
      // None within px: the closest pair the slow way, on a sample for very large graphs.
      for (let i = 0; i < pts.length; i++)
        for (let j = i + 1; j < pts.length; j++) least = Math.min(least, Math.hypot(pts[j].x - pts[i].x, pts[j].y - pts[i].y));
    }
    const inView = pts.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h).length;
    return { fellBack, minDistancePx: Math.round(least * 10) / 10, pairsCloserThan10Px: closePairs, nodesInView: inView, zoom: Math.round(cy.zoom() * 1000) / 1000 };
  }, READABLE_PX);
}

/** Pans from script, a few pixels every frame, for PAN_MS. */
async function panByScript(page) {
  const times = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const { cy } = window.concordNetworkHarness;
        const times = [];
        const tick = (t) => {
          times.push(t);
          cy.panBy({ x: Math.sin(times.length / 15) * 6, y: Math.cos(times.length / 15) * 6 });
          if (t - times[0] < ms) requestAnimationFrame(tick);
          else resolve(times);
        };
        requestAnimationFrame(tick);
      }),
    PAN_MS,
  );
  return frameStats(times);
}

const outDir = mkdtempSync(join(tmpdir(), 'concord-perf-'));
let server;
let browser;
try {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 4317 } });
  const base = server.resolvedUrls.local[0].replace(/\/$/, '');

  browser = await chromium.launch({ executablePath, headless: true });
  const results = [];
  for (const graph of graphs) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const warnings = [];
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
    // The harness never calls the API: block any request to it or beyond the preview server.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(base) && !route.request().url().includes('/graphql')
        ? route.continue()
        : route.abort(),
    );
    await page.goto(`${base}/network?synthetic=${graph}`);
    await page.waitForFunction(() => window.concordNetworkHarness !== undefined, null, { timeout: 180_000 });
    const render = await page.evaluate(() => {
      const ttfr = performance.measure('concord-network:time-to-first-render', { start: 0, end: 'concord-network:rendered' });
      const layout = performance.measure('concord-network:layout', 'concord-network:layoutstart', 'concord-network:layoutstop');
      const { nodes, edges } = window.concordNetworkHarness;
      return { nodes, edges, timeToFirstRenderMs: Math.round(ttfr.duration), layoutMs: Math.round(layout.duration) };
    });
    const readable = await readability(page);
    // Let the first frames settle before dragging.
    await page.waitForTimeout(500);
    const panDrag = await panByMouse(page);
    const nodeDrag = await dragNode(page);
    const panBy = await panByScript(page);
    results.push({ url: `/network?synthetic=${graph}`, ...render, ...readable, panDrag, nodeDrag, panBy, consoleWarnings: warnings });
    await page.close();
  }

  console.log(JSON.stringify({ chromium: browser.version(), cpus: cpus().length, viewport: VIEWPORT, results }, null, 2));
} finally {
  await browser?.close();
  await new Promise((resolve) => (server ? server.httpServer.close(resolve) : resolve()));
  rmSync(outDir, { recursive: true, force: true });
}
