// Measures the network explorer on a large graph, reproducibly: builds the app, serves the build
// with `vite preview`, opens the measuring harness `/network?synthetic=5000x20000` (a seeded,
// generated graph drawn without the API) in headless Chromium, and prints JSON:
//   - timeToFirstRenderMs: navigation start → the first drawing after the layout
//     (the explorer's performance marks), and layoutMs, the layout alone;
//   - panDrag: frame times while the reader drags the view with the mouse for PAN_MS
//     (the gesture during which Cytoscape draws a texture and hides edges);
//   - panBy: frame times while the view is panned from script (cy.panBy each frame), which
//     gets no texture, so the nodes are drawn again every frame: the worst case.
// Usage: npm run perf:network   (PERF_SIZE=2000x8000 and CHROMIUM=/path/to/chromium to change)
// Needs a Chromium on the machine; it downloads nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const size = process.env.PERF_SIZE ?? '5000x20000';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PAN_MS = 3000;
const VIEWPORT = { width: 1280, height: 800 };

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

/** Drags the view in circles with the mouse, as a reader would, for PAN_MS. */
async function panByMouse(page) {
  const box = await page.locator('.network-canvas').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx + 120, cy);
  await page.mouse.down();
  await startFrames(page);
  const start = Date.now();
  for (let step = 0; Date.now() - start < PAN_MS; step++) {
    const a = step / 20;
    await page.mouse.move(cx + 120 * Math.cos(a), cy + 120 * Math.sin(a));
  }
  const times = await stopFrames(page);
  await page.mouse.up();
  return frameStats(times);
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
  const page = await browser.newPage({ viewport: VIEWPORT });
  // The harness never calls the API: block any request to it or beyond the preview server.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(base) && !route.request().url().includes('/graphql')
      ? route.continue()
      : route.abort(),
  );
  await page.goto(`${base}/network?synthetic=${size}`);
  await page.waitForFunction(() => window.concordNetworkHarness !== undefined, null, { timeout: 180_000 });
  const render = await page.evaluate(() => {
    const ttfr = performance.measure('concord-network:time-to-first-render', { start: 0, end: 'concord-network:rendered' });
    const layout = performance.measure('concord-network:layout', 'concord-network:layoutstart', 'concord-network:layoutstop');
    const { nodes, edges } = window.concordNetworkHarness;
    return {
      nodes,
      edges,
      timeToFirstRenderMs: Math.round(ttfr.duration),
      layoutMs: Math.round(layout.duration),
    };
  });
  // Let the first frames settle before panning.
  await page.waitForTimeout(500);
  const panDrag = await panByMouse(page);
  const panBy = await panByScript(page);

  console.log(
    JSON.stringify(
      {
        url: `/network?synthetic=${size}`,
        chromium: browser.version(),
        cpus: cpus().length,
        viewport: VIEWPORT,
        ...render,
        panDrag,
        panBy,
      },
      null,
      2,
    ),
  );
} finally {
  await browser?.close();
  await new Promise((resolve) => (server ? server.httpServer.close(resolve) : resolve()));
  rmSync(outDir, { recursive: true, force: true });
}
