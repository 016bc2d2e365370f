// End-to-end journeys of finding things: the header's search box (keyboard only), the results
// page, and the mission, actor and activity profiles, against the real server and the seed.
// Run alone with: flock /tmp/concord-e2e.lock env E2E_FILES=e2e/search.e2e.mjs make e2e
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/** Sends a GraphQL request from the page with the signed-in session's token. */
async function asSignedIn(query, variables) {
  return page.evaluate(
    async ({ query, variables }) => {
      const { accessToken } = JSON.parse(sessionStorage.getItem('concord.session'));
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
}

async function shot(name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.1 A and AA): no serious or critical violation; the full report goes to artifacts. */
async function assertAccessible(view) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  await writeFile(join(artifacts, `a11y-${view}.json`), JSON.stringify(result.violations, null, 2));
  const severe = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  assert.deepEqual(severe, [], `${view}: accessibility violations`);
}

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
