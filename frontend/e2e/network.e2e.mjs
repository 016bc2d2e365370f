// End-to-end journeys of the network explorer at large sizes, against the real server and Neo4j
// with the seed data and the Afghanistan 3W sheet (imported here: imports are idempotent), in
// Debian's headless Chromium at 1440×900. scripts/e2e.sh starts everything and sets
// E2E_BASE_URL, E2E_EMAIL, E2E_PASSWORD, CHROMIUM_PATH and E2E_ARTIFACTS.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  asSignedIn as asSignedInOn,
  assertAccessible as assertAccessibleOn,
  base,
  required,
  shot as shotOn,
} from './support.mjs';


let browser;
let page;
// The shared helpers, on this file's page.
const asSignedIn = (query, variables) => asSignedInOn(page, query, variables);
const shot = (name) => shotOn(page, name);
const assertAccessible = (view) => assertAccessibleOn(page, view);
/** Console warnings and errors, and page errors, over every journey: there must be none. */
const consoleProblems = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    // Chromium's sandbox needs user namespaces, which CI containers running as root lack.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  // With the address a message is about ("Failed to load resource" names none in its text).
  page.on(
    'console',
    (m) => ['warning', 'error'].includes(m.type()) && consoleProblems.push(`${m.type()}: ${m.text()} @ ${m.location().url}`),
  );
  page.on('pageerror', (e) => consoleProblems.push(`page error: ${e}`));
});

after(async () => {
  await browser?.close();
});

const WITH_ACTIVITIES = 'actor,mission,country,cluster,activity';

/**
 * Opens `/network?…` afresh and waits for its drawing: the explorer hands its Cytoscape
 * instance to `window.concordNetworkHarness` once a layout is settled and painted.
 */
async function openNetwork(query) {
  await page.goto(`${base}/network?${query}`);
  await page.waitForFunction(() => window.concordNetworkHarness !== undefined, null, { timeout: 120_000 });
}

/** What is drawn, read from Cytoscape: node count, types, summaries, and spacing on screen. */
async function drawing() {
  return page.evaluate(() => {
    const { cy, fellBack } = window.concordNetworkHarness;
    const [w, h] = [cy.width(), cy.height()];
    const nodes = cy.nodes().map((n) => ({
      id: n.id(),
      type: n.data('type'),
      summary: n.data('summary'),
      label: n.data('label'),
      p: n.renderedPosition(),
      m: n.position(),
    }));
    let least = Infinity;
    let closePairs = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const d = Math.hypot(nodes[i].p.x - nodes[j].p.x, nodes[i].p.y - nodes[j].p.y);
        least = Math.min(least, d);
        if (d < 10) closePairs++;
      }
    }
    const inView = (n) => n.p.x >= 0 && n.p.y >= 0 && n.p.x <= w && n.p.y <= h;
    return {
      fellBack,
      nodes: nodes.length,
      distinctModelPositions: new Set(nodes.map((n) => `${Math.round(n.m.x)},${Math.round(n.m.y)}`)).size,
      minDistancePx: least,
      closePairs,
      actorsInView: nodes.filter((n) => n.type === 'actor' && inView(n)).length,
      summaries: nodes.filter((n) => n.summary).map((n) => ({ id: n.id, label: n.label })),
    };
  });
}

test('sign in and import the Afghanistan 3W sheet', async () => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  const sheet = await readFile(new URL('../../testdata/real/hxl-3w-afghanistan-operational-presence-2024q1.csv', import.meta.url), 'utf8');
  const report = await asSignedIn(
    'mutation ($d: String!) { importHXL(document: $d, country: "AFG", from: "2024-01-01", to: "2024-03-31") { read } }',
    { d: sheet },
  );
  assert.equal(report.errors, undefined, JSON.stringify(report.errors));
  assert.equal(report.data.importHXL.read, 2567);
});

for (const max of [500, 1000]) {
  test(`the network around Afghanistan at ${max} nodes: spread out, activities summarised, implementers shown`, async () => {
    await openNetwork(`focus=country:AFG&depth=2&max=${max}&types=${WITH_ACTIVITIES}`);
    await page.getByRole('heading', { level: 1, name: 'Network around Afghanistan' }).waitFor();
    const status = await page.locator('.network-status').innerText();
    const d = await drawing();
    console.log(`network at ${max}: ${JSON.stringify({ ...d, summaries: d.summaries.map((s) => s.label) })}; ${status.replace(/\s+/g, ' ')}`);
    // Not stacked: every node has a place of its own, at least 10 px from any other on screen.
    assert.equal(d.distinctModelPositions, d.nodes, 'nodes share positions');
    assert.equal(d.closePairs, 0, `${d.closePairs} pairs of nodes closer than 10 px`);
    assert.ok(d.minDistancePx >= 10, `closest nodes ${d.minDistancePx} px apart`);
    // The organisations implementing the activities kept their share of the budget, and are in view.
    assert.ok(d.actorsInView >= 50, `${d.actorsInView} organisations in view`);
    // The activities round the country are one summary node, which expands.
    const summary = d.summaries.find((s) => s.id === 'summary:activity:country:AFG');
    assert.ok(summary, `no summary of the activities: ${JSON.stringify(d.summaries)}`);
    assert.match(summary.label, /^[\d,]+ activities$/);
    const members = Number(summary.label.replace(/\D/g, ''));
    await shot(`network-afghanistan-${max}`);
    await assertAccessible(`network-afghanistan-${max}`);

    // Expanded with the keyboard, from the table that is the drawing's text alternative.
    await page.locator('details.network-tables > summary').click();
    const button = page.getByRole('table', { name: 'Nodes' }).getByRole('button', { name: summary.label, exact: true });
    await page.evaluate(() => (window.concordNetworkHarness = undefined));
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.concordNetworkHarness !== undefined, null, { timeout: 120_000 });
    const open = await drawing();
    assert.equal(open.nodes, d.nodes - 1 + members, 'the summary did not give way to its members');
    assert.ok(!open.summaries.some((s) => s.id === summary.id));
    assert.equal(open.closePairs, 0, `after expanding, ${open.closePairs} pairs closer than 10 px`);
    await page.locator('details.network-tables > summary').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(`network-afghanistan-${max}-expanded`);
  });
}

test('the details of a node sit beside the drawing, not over it', async () => {
  await openNetwork(`focus=country:AFG&depth=2&max=500&types=${WITH_ACTIVITIES}`);
  await page.locator('details.network-tables > summary').click();
  await page.getByRole('table', { name: 'Nodes' }).getByRole('button', { name: 'Afghanistan', exact: true }).click();
  const details = page.getByRole('region', { name: 'Afghanistan', exact: true });
  await details.waitFor();
  const [canvas, panel] = [await page.locator('.network-canvas').boundingBox(), await details.boundingBox()];
  assert.ok(panel.x >= canvas.x + canvas.width || panel.y >= canvas.y + canvas.height, 'the details cover the drawing');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('network-details');
  await assertAccessible('network-details');
});

test('the focus is chosen by typing a name, and the address keeps its id', async () => {
  await openNetwork('focus=country:XKX');
  const focus = page.getByRole('textbox', { name: 'Focus' });
  await focus.fill('Afghan');
  const option = page.getByRole('option', { name: /^Afghanistan country$/ });
  await option.waitFor();
  await shot('network-focus-by-name');
  await assertAccessible('network-focus-suggestions');
  // ↓ until Afghanistan is marked, then Enter.
  for (let i = 0; i < 12 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await focus.press('ArrowDown');
  assert.equal(await option.getAttribute('aria-selected'), 'true');
  await focus.press('Enter');
  await page.waitForURL(/focus=country%3AAFG|focus=country:AFG/);
  await page.getByRole('heading', { level: 1, name: 'Network around Afghanistan' }).waitFor();
});

test('what is loaded and the filters survive a reload', async () => {
  await openNetwork('focus=country:AFG&depth=2');
  await page.getByLabel('Most nodes').selectOption('1000');
  await page.getByRole('checkbox', { name: 'activity', exact: true }).check();
  await page.getByLabel('Mission model').selectOption('PEACEKEEPING');
  await page.getByLabel('Highlight overlapping missions and activities').uncheck();
  await page.waitForURL(/overlaps=off/);
  const url = page.url();
  for (const part of ['max=1000', 'types=actor%2Cmission%2Ccountry%2Ccluster%2Cactivity', 'model=PEACEKEEPING', 'overlaps=off']) {
    assert.ok(url.includes(part), `${url} lacks ${part}`);
  }
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Network around Afghanistan' }).waitFor();
  assert.equal(await page.getByLabel('Most nodes').inputValue(), '1000');
  assert.equal(await page.getByRole('checkbox', { name: 'activity', exact: true }).isChecked(), true);
  assert.equal(await page.getByLabel('Mission model').inputValue(), 'PEACEKEEPING');
  assert.equal(await page.getByLabel('Highlight overlapping missions and activities').isChecked(), false);
});

test('no console warnings or errors', () => {
  // The app has no favicon (index.html names none), so Chromium's own request for /favicon.ico is
  // answered 404 and logged: that is the page shell's, not the explorer's.
  assert.deepEqual(
    consoleProblems.filter((p) => !/status of 404 .* @ .*\/favicon\.ico$/.test(p)),
    [],
  );
});
