// End-to-end tests of the web UI against the real server and Neo4j with the seed data, in
// Debian's headless Chromium driven by playwright-core. scripts/e2e.sh starts everything and
// sets E2E_BASE_URL, E2E_EMAIL, E2E_PASSWORD, CHROMIUM_PATH and E2E_ARTIFACTS.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = required('E2E_BASE_URL');
const artifacts = required('E2E_ARTIFACTS');

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run scripts/e2e.sh (make e2e)`);
  return v;
}

let browser;
let page;
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

async function shot(name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

test('sign in with the bootstrap administrator', async () => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await shot('sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  assert.match(await page.locator('header').innerText(), new RegExp(required('E2E_EMAIL')));
});

test('open Kosovo from the map of 2010', async () => {
  await page.goto(`${base}/?year=2010`);
  const kosovo = page.locator('[aria-label^="Kosovo"]').first();
  await kosovo.waitFor();
  await page.getByRole('status').filter({ hasText: /\d+ missions active on 2010-07-01/ }).waitFor();
  await shot('map');
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
});

test('every request went to the Concord server only', () => {
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
});
