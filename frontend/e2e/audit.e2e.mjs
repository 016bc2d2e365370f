// The donor's overview: the funding audit of the EC's Service for Foreign Policy Instruments
// after importing its IATI file (testdata/real/iati-ec-fpi-peace-security-dportal-p78.xml).
// Run alone: flock /tmp/concord-e2e.lock env E2E_FILES=e2e/audit.e2e.mjs make e2e
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

before(async () => {
  browser = await chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
});

after(async () => {
  await browser?.close();
});

// The shared helpers, on this file's page.
const asSignedIn = (query, variables) => asSignedInOn(page, query, variables);
const shot = (name) => shotOn(page, name);
const assertAccessible = (view) => assertAccessibleOn(page, view);

/** The page's height and whether anything sticks out sideways. */
const measure = () =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

const EC = 'org-xi-iati-ec-fpi';
const headline = () => page.locator('.totals-headline');

test('sign in and import the EC FPI file', async () => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  const xml = await readFile(new URL('../../testdata/real/iati-ec-fpi-peace-security-dportal-p78.xml', import.meta.url), 'utf8');
  const report = await asSignedIn('mutation ($d: String!) { importIATI(document: $d) { read } }', { d: xml });
  assert.equal(report.errors, undefined, JSON.stringify(report.errors));
  assert.equal(report.data.importIATI.read, 100);
});

test('the totals on top, in euros, and a page that is no longer 30,000 px tall', async () => {
  await page.goto(`${base}/audit?org=${EC}`);
  await page.getByRole('table', { name: 'By year of funding' }).waitFor({ timeout: 60000 });
  // The file's 100 activities are all the EC FPI's; all its money is in EUR.
  assert.match(await headline().innerText(), /^100 activities funded: [\d,.]+ EUR/);
  await page.getByRole('table', { name: /Funding concentration/ }).waitFor({ timeout: 120000 });
  await page.getByRole('table', { name: /Overlaps involving/ }).waitFor({ timeout: 120000 }).catch(() => {});
  const m = await measure();
  console.log(`AUDIT-AFTER width=1366 ${JSON.stringify(m)}`);
  await shot('audit-totals');
  await assertAccessible('audit');
});

test('Libya: totals checked by hand against the file', async () => {
  // The five Libya activities (recipient-country LY) and the EC FPI's money in each, as the import
  // counts it (commitments, else incoming funds, else disbursements, by transaction-date year):
  //   2018/400-819 disbursements: 1,322,942 (2018-12-10, line 1497) and 1,469,598.93 (2020-04-24, line 1510)
  //   2019/405-465 disbursements: 505,061.97 (2019) and 492,540.91 (2020)
  //   2019/405-994 disbursement 771,385.27 (2019); 2019/406-646 disbursement 2,198,334 (2019)
  //   2019/42055/0 commitment 3,800,000 (2019)
  // 10,559,863.08 EUR in all; 2019: 7,274,781.24 EUR over 4 activities.
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Libya (5)' });
  await page.waitForURL(/country=LBY/);
  await headline().filter({ hasText: 'in Libya' }).waitFor();
  assert.equal(await headline().innerText(), '5 activities funded in Libya: 10,559,863.08 EUR.');
  const row2019 = page.getByRole('table', { name: 'By year of funding' }).getByRole('row', { name: /^2019/ });
  assert.match(await row2019.innerText(), /4\s+7,274,781.24 EUR/);
  const activities = page.getByRole('table', { name: /Activities funded by .* in Libya/ });
  assert.equal(await activities.getByRole('row').count(), 6);
  assert.match(await activities.innerText(), /Providing stability in Libya through mediation/);
  // activity-status code="2" (line 1408) is shown by its name.
  assert.match(await activities.getByRole('row', { name: /Providing stability in Libya/ }).innerText(), /Implementation/);
  // Peacebuilding (DAC 15220, line 1441) is mediation.
  await page.getByLabel('Function', { exact: true }).selectOption('MEDIATION');
  await page.waitForURL(/function=MEDIATION/);
  await headline().filter({ hasText: 'on Mediation' }).waitFor();
  await shot('audit-filtered');
  await assertAccessible('audit-filtered');
  await page.getByRole('button', { name: 'Clear country and function' }).click();
  await headline().filter({ hasText: /^100 activities/ }).waitFor();
});

test('sections close and open; lists are paged; CSV buttons say what they download', async () => {
  const toggle = page.getByRole('button', { name: 'Activities funded', exact: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('table', { name: /Activities funded by/ }).isVisible(), false);
  await toggle.click();
  await page.getByRole('table', { name: /Activities funded by/ }).waitFor();
  assert.match(await page.getByRole('navigation', { name: 'Pages of activities' }).innerText(), /1–20 of 100/);
  const names = await page.getByRole('button', { name: /\(CSV\)$/ }).allInnerTexts();
  assert.deepEqual(names, [
    'Download totals (CSV)',
    'Download funded activities (CSV)',
    'Download overlaps (CSV)',
    'Download fragmentation (CSV)',
  ]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download funded activities (CSV)' }).click();
  assert.equal((await download).suggestedFilename(), `funded-activities-${EC}-all-years.csv`);
});

/** The sentence under the score threshold once the overlaps are in: "12 of 40 pairs score 0.50 or more." */
const overlapsStatus = () => page.locator('p[role="status"]').filter({ hasText: /^\d+ of \d+ pairs? scores? \d\.\d\d or more\.$/ });

/** Waits until the overlaps say they are filtered at `min` (as shown, e.g. "0.50") and returns shown and total. */
async function overlapsAt(min, timeout = 120000) {
  const status = overlapsStatus().filter({ hasText: ` ${min} or more.` });
  await status.waitFor({ timeout });
  const [, shown, total] = (await status.innerText()).match(/^(\d+) of (\d+)/).map(Number);
  return { shown, total };
}

test('the minimum overlap score narrows the overlaps and stays in the address', async () => {
  const before = await overlapsAt('0.00');
  assert.ok(before.total > 0, 'the EC FPI file has overlaps to narrow');
  assert.equal(before.shown, before.total);
  await page.getByLabel('Minimum overlap score, as a number').fill('0.5');
  await page.waitForURL(/[?&]min=0\.5(&|$)/);
  // Waits for the page to say so, rather than reading whatever it shows at that moment.
  const after = await overlapsAt('0.50');
  assert.equal(after.total, before.total);
  assert.ok(after.shown <= after.total, JSON.stringify(after));
  assert.equal(await page.getByLabel('Minimum overlap score', { exact: true }).inputValue(), '0.5');
  if (after.shown > 0) {
    // The first page of the table: every score at or above the threshold, highest first.
    const table = page.getByRole('table', { name: /^Overlaps involving .* scoring 0\.50 or more/ });
    await table.waitFor();
    const scores = (await table.locator('tbody tr td:first-child').allInnerTexts()).map(Number);
    assert.equal(scores.length, Math.min(20, after.shown));
    assert.ok(scores.every((x) => x >= 0.5), scores.join(' '));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  }
  await shot('audit-threshold');
  // Opened again from the address, the page keeps the threshold.
  await page.reload();
  assert.deepEqual(await overlapsAt('0.50'), after);
  assert.equal(await page.getByLabel('Minimum overlap score, as a number').inputValue(), '0.5');
});

test('no horizontal overflow at 390 px', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/audit?org=${EC}`);
  // Every section in, the widest tables included.
  await page.getByRole('table', { name: /Funding concentration/ }).waitFor({ timeout: 120000 });
  await overlapsAt('0.00');
  const m = await measure();
  console.log(`AUDIT-AFTER width=390 ${JSON.stringify(m)}`);
  // What sticks out, deepest first, to say where to look when it fails: elements, and text that
  // overflows its element (a number that does not wrap), outside the tables that scroll.
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const scrolls = (e) => e.closest('.table-scroll') !== null;
    const name = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    const depth = (e) => (e.parentElement ? depth(e.parentElement) + 1 : 0);
    const found = [];
    for (const e of document.querySelectorAll('body *')) {
      const right = e.getBoundingClientRect().right;
      if (right > limit && !scrolls(e.parentElement ?? e)) found.push({ e, what: `${name(e)} right=${Math.round(right)}` });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(t);
      const right = range.getBoundingClientRect().right;
      const e = t.parentElement;
      if (e && right > limit && !scrolls(e) && !e.closest('.visually-hidden')) found.push({ e, what: `text "${t.textContent.trim().slice(0, 40)}" right=${Math.round(right)}` });
    }
    return found
      .sort((a, b) => depth(b.e) - depth(a.e))
      .slice(0, 8)
      .map(({ e, what }) => `${what} in ${name(e)} in ${e.parentElement ? name(e.parentElement) : ''}`);
  });
  assert.ok(m.scrollWidth <= m.clientWidth, `the page is ${m.scrollWidth} px wide at ${m.clientWidth}: ${wide.join('; ')}`);
  await shot('audit-390');
  await assertAccessible('audit-390');
});
