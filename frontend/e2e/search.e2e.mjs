// End-to-end journeys of finding things: the header's search box (keyboard only), the results
// page, and the mission, actor and activity profiles, against the real server and the seed.
// Run alone with: flock /tmp/concord-e2e.lock env E2E_FILES=e2e/search.e2e.mjs make e2e
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

before(async () => {
  browser = await chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
});

after(async () => {
  await browser?.close();
});

function searchBox() {
  return page.getByRole('combobox', { name: /Search missions, actors/ });
}

const IATI_ID = 'XI-IATI-EC_FPI-2018/400-819';

test('sign in and import an IATI file (idempotent), so there are activities to find by their identifier', async () => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  const xml = await readFile(new URL('../../testdata/real/iati-ec-fpi-peace-security-dportal-p78.xml', import.meta.url), 'utf8');
  const report = await asSignedIn('mutation ($d: String!) { importIATI(document: $d) { read } }', { d: xml });
  assert.equal(report.errors, undefined, JSON.stringify(report.errors));
});

test('type UNMIK in the header on the map, pick it with the keyboard, land on the mission profile', async () => {
  await page.goto(`${base}/?year=2010`);
  await page.locator('[data-code="XKX"]').first().waitFor();
  const box = searchBox();
  await box.click();
  await box.pressSequentially('UNMIK', { delay: 40 });
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  const missions = listbox.getByRole('group', { name: 'Missions' });
  await missions.getByRole('option', { name: /^UNMIK/ }).waitFor();
  await shot('search-autocomplete');
  await assertAccessible('search-autocomplete');

  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  assert.ok(active, 'ArrowDown makes an option active');
  assert.match(await page.locator(`[id="${active}"]`).innerText(), /^UNMIK/);
  assert.equal(await page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true');
  await box.press('Enter');
  await page.waitForURL(/\/mission\/unmik$/);
  await page.getByRole('heading', { level: 1, name: /UNMIK: United Nations Interim Administration Mission in Kosovo/ }).waitFor();
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  await page.getByRole('region', { name: /Timeline/ }).waitFor();
  const countries = page.getByRole('region', { name: /Countries/ });
  assert.match(await countries.innerText(), /Kosovo/);
  await shot('profile-mission');
  await assertAccessible('profile-mission');
});

test('from the mission follow its lead to the actor profile, then to the network around it', async () => {
  await page.getByRole('link', { name: 'United Nations', exact: true }).first().click();
  await page.waitForURL(/\/actor\/un$/);
  await page.getByRole('heading', { level: 1, name: /United Nations/ }).waitFor();
  // The UN leads 77 missions in the seed: the list shows 25 until asked for all.
  const led = page.getByRole('region', { name: /Missions led/ });
  await led.getByRole('button', { name: /Show all \d+/ }).click();
  await led.getByRole('link', { name: 'UNMIK', exact: true }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('profile-actor');
  await assertAccessible('profile-actor');

  await page.getByRole('navigation', { name: 'Other views' }).getByRole('link', { name: 'Show in the network' }).click();
  await page.waitForURL(/\/network\?focus=actor%3Aun/);
  await page.locator('canvas').first().waitFor();
  await page.getByRole('heading', { level: 1, name: /Network around/ }).waitFor();
  await page.waitForTimeout(1000); // let the layout settle for the screenshot
  await shot('profile-network');
});

test('search by an IATI identifier: the results page, then the activity profile', async () => {
  const box = searchBox();
  await box.click();
  await box.fill(IATI_ID);
  const activities = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('group', { name: 'Activities' });
  await activities.getByRole('option', { name: /Providing stability in Libya through mediation/ }).waitFor();
  // Enter with no option active: the full results.
  await box.press('Enter');
  await page.waitForURL(/\/search\?q=/);
  const results = page.getByRole('region', { name: /Activities/ });
  const link = results.getByRole('link', { name: 'Providing stability in Libya through mediation' });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `/activity/${encodeURIComponent(IATI_ID)}`);
  await shot('search-results');
  await assertAccessible('search-results');

  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Providing stability in Libya through mediation' }).waitFor();
  assert.match(await page.getByText(IATI_ID, { exact: true }).first().innerText(), /400-819/);
  const funders = page.getByRole('region', { name: /Funders/ });
  await funders.getByRole('link').first().waitFor();
  await shot('profile-activity');
  await assertAccessible('profile-activity');

  // A reload of the encoded address opens the same profile.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Providing stability in Libya through mediation' }).waitFor();
});
