// End-to-end tests of the web UI against the real server and Neo4j with the seed data, in
// Debian's headless Chromium driven by playwright-core. scripts/e2e.sh starts everything and
// sets E2E_BASE_URL, E2E_EMAIL, E2E_PASSWORD, CHROMIUM_PATH and E2E_ARTIFACTS.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  asSignedIn as asSignedInOn,
  assertAccessible as assertAccessibleOn,
  artifacts,
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
const requests = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    // Chromium's sandbox needs user namespaces, which CI containers running as root lack.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => console.error('page error:', e));
});

after(async () => {
  await browser?.close();
});

test('sign in with the bootstrap administrator', async () => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await shot('sign-in');
  await assertAccessible('sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  assert.match(await page.locator('header').innerText(), new RegExp(required('E2E_EMAIL')));
});

test('open Kosovo from the map of 2010', async () => {
  await page.goto(`${base}/?year=2010`);
  const kosovo = page.locator('[data-code="XKX"]').first();
  await kosovo.waitFor();
  await page.getByRole('status').filter({ hasText: /\d+ missions active on 2010-07-01/ }).waitFor();
  await shot('map');
  await assertAccessible('map');
  // Shaded by overlapping pairs instead: Kosovo has three on that day (see the country view).
  await page.getByLabel('Shade countries by').selectOption('overlaps');
  await page.locator('[aria-label="Kosovo: 3 overlapping pairs"]').waitFor();
  await shot('map-overlaps');
  await kosovo.click();
  await page.waitForURL(/\/country\/XKX/);
  await page.getByRole('heading', { level: 1, name: 'Kosovo' }).waitFor();
});

test('the country view shows EULEX Kosovo and UNMIK overlapping on justice in 2010', async () => {
  assert.match(page.url(), /at=2010-07-01/);
  const pair = page.locator('ol.overlaps li').filter({ hasText: 'EULEX' }).filter({ hasText: 'UNMIK' });
  await pair.first().waitFor();
  assert.match(await pair.first().innerText(), /Justice/);
  await shot('country');
  await pair.first().scrollIntoViewIfNeeded();
  await shot('country-overlaps');
  await assertAccessible('country');
});

test('open the network around Kosovo and export its nodes as CSV', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
  await page.waitForURL(/\/network/);
  const focus = page.getByRole('textbox', { name: 'Focus' });
  await focus.fill('country:XKX');
  await focus.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Network around Kosovo' }).waitFor();
  await page.locator('canvas').first().waitFor();
  // The text alternative of the drawing: the tables of nodes and edges, behind a disclosure.
  await page.locator('details.network-tables > summary').click();
  const nodes = page.getByRole('table', { name: 'Nodes' });
  await nodes.getByText('mission:eulex-kosovo', { exact: true }).waitFor();
  await page.locator('details.network-tables > summary').click();
  await page.waitForTimeout(1500); // let the layout settle for the screenshot
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('network');
  await assertAccessible('network');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Nodes (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'concord-network-country-XKX-nodes.csv');
  const path = join(artifacts, download.suggestedFilename());
  await download.saveAs(path);
  const csv = await readFile(path, 'utf8');
  assert.match(csv.split('\r\n')[0], /id/);
  assert.match(csv, /mission:eulex-kosovo/);
  assert.match(csv, /EULEX Kosovo/);
});

test('the funding audit of an IATI publisher after importing its file', async () => {
  // An administrator imports a real IATI file through the API with the session's token.
  const xml = await readFile(new URL('../../testdata/real/iati-ec-fpi-peace-security-dportal-p78.xml', import.meta.url), 'utf8');
  const report = await asSignedIn('mutation ($d: String!) { importIATI(document: $d) { read created updated unchanged } }', { d: xml });
  assert.equal(report.errors, undefined, JSON.stringify(report.errors));
  assert.equal(report.data.importIATI.read, 100);

  await page.goto(`${base}/audit?org=org-xi-iati-ec-fpi`);
  await page.getByRole('heading', { level: 1, name: /Funding audit/ }).waitFor();
  const activities = page.getByRole('table', { name: /Activities funded by/ });
  await activities.waitFor();
  assert.match(await activities.innerText(), /Providing stability in Libya through mediation/);
  await page.getByRole('table', { name: /Overlaps involving/ }).waitFor();
  await shot('audit');
  await assertAccessible('audit');
});

test('who does what where in Afghanistan, and the food security overlaps of Badakhshan', async () => {
  // The Afghanistan 3W of 2024 Q1, imported with its period, as an administrator.
  const sheet = await readFile(new URL('../../testdata/real/hxl-3w-afghanistan-operational-presence-2024q1.csv', import.meta.url), 'utf8');
  const report = await asSignedIn(
    'mutation ($d: String!) { importHXL(document: $d, country: "AFG", from: "2024-01-01", to: "2024-03-31") { read } }',
    { d: sheet },
  );
  assert.equal(report.errors, undefined, JSON.stringify(report.errors));
  assert.equal(report.data.importHXL.read, 2567);

  await page.goto(`${base}/country/AFG?at=2024-02-15`);
  const table = page.getByRole('table', { name: 'Who does what where' });
  await table.waitFor();
  const food = 'Operational Presence: Food Security & Agriculture';
  await page.getByLabel('Sector').selectOption(`label:${food}`);
  await page.getByLabel('Area').selectOption({ label: 'Badakhshan (AF17)' });
  // Eleven organisations report food security in Badakhshan (server/subnational_test.go).
  assert.match(await page.getByRole('status').filter({ hasText: 'organisations' }).innerText(), /^11 organisations, 11 activities/);
  await page.getByRole('heading', { name: /^Overlaps in Badakhshan \(AF17\)/ }).waitFor();
  const pairs = page.locator('section section ol.overlaps > li');
  await pairs.first().waitFor();
  assert.equal(await pairs.count(), 46);
  assert.match(await pairs.first().innerText(), /Same district: Fayzabad/);
  await shot('who-what-where');
  await assertAccessible('who-what-where');
});

test("the mission editor shows the API's validation error next to its field", async () => {
  await page.goto(`${base}/edit/mission/unmik`);
  const name = page.getByLabel(/^Name( \(required\))?$/);
  await name.waitFor();
  assert.match(await name.inputValue(), /Interim Administration Mission in Kosovo/);
  await shot('editor');
  await assertAccessible('editor');
  await name.fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  const message = await name.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby').split(' ')[0])?.textContent);
  assert.match(message, /required/i);
});

test('probable duplicate organisations side by side, with merge buttons for an administrator', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Probable duplicate organisations' }).waitFor();
  const pairs = page.locator('ol.duplicate-pairs > li');
  await pairs.first().waitFor();
  assert.ok((await pairs.count()) > 0);
  await pairs.first().getByRole('button', { name: /merge the other into it/ }).first().waitFor();
  await shot('duplicates');
  await assertAccessible('duplicates');
});

test('GraphiQL at /graphql shows the schema in its documentation explorer', async () => {
  const messages = [];
  const listen = (m) => m.type() === 'error' && messages.push(m.text());
  page.on('console', listen);
  await page.goto(`${base}/graphql`);
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.getByRole('region', { name: 'Documentation Explorer' });
  await docs.getByRole('link', { name: 'Query' }).click();
  await docs.getByText('engagements', { exact: true }).first().waitFor();
  await shot('graphiql-docs');
  page.off('console', listen);
  // Neither the introspection nor a font was refused (the CSP lets GraphiQL's data: fonts in).
  assert.deepEqual(messages.filter((m) => /Content Security Policy|introspection/i.test(m)), []);
});

test('every request went to the Concord server only', () => {
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
});
