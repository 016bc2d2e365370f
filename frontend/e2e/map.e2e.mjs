// End-to-end journeys of the world map at a desktop (1440×900) and a phone (390×844) viewport,
// against the real server and Neo4j with the seed data: the tagline and the legend above the
// fold, tooltips, the country table and its filter, the year slider under quick key presses,
// no serious accessibility violation and no sideways scrolling. scripts/e2e.sh starts
// everything and sets E2E_BASE_URL, E2E_EMAIL, E2E_PASSWORD, CHROMIUM_PATH and E2E_ARTIFACTS.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { assertAccessible, artifacts, base, required } from './support.mjs';

let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    // Chromium's sandbox needs user namespaces, which CI containers running as root lack.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
});

after(async () => {
  await browser?.close();
});

/** Whether the element's box lies within the viewport's height as the page first opens. */
async function aboveTheFold(page, locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize().height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The text of the focused element, or its aria-label, for counting Tab presses. */
function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });
}

/** Presses Tab until the focused element's name matches, at most `limit` times; how many it took. */
async function tabUntil(page, pattern, limit = 40) {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focusedName(page))) return n;
  }
  throw new Error(`no element named ${pattern} within ${limit} Tab presses`);
}

for (const [name, viewport] of [
  ['1440', { width: 1440, height: 900 }],
  ['390', { width: 390, height: 844 }],
]) {
  describe(`the map at ${viewport.width}×${viewport.height}`, () => {
    let page;
    const shot = (what) => page.screenshot({ path: join(artifacts, `map-${name}-${what}.png`), fullPage: false });

    before(async () => {
      const context = await browser.newContext({ viewport });
      page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e));
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Email').fill(required('E2E_EMAIL'));
      await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: /sign out/i }).waitFor();
    });

    after(async () => {
      await page?.context().close();
    });

    test('says what Concord is and shows the legend, titled with its unit, above the fold', async () => {
      await page.goto(`${base}/?year=2010`);
      await page.getByRole('status').filter({ hasText: /\d+ missions active on 2010-07-01/ }).waitFor();
      const tagline = page.getByText(/^Concord shows who does what, where and when in peace operations and rule-of-law support/);
      assert.ok(await aboveTheFold(page, tagline), 'the tagline is above the fold');
      const title = page.locator('.map-legend-title');
      assert.equal(await title.innerText(), 'Missions present on 1 July 2010 (missions per country)');
      assert.ok(await aboveTheFold(page, page.locator('.map-legend')), 'the legend is above the fold');
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling');
      await shot('top');
      await assertAccessible(page, `map-${name}`);

      await page.getByLabel('Shade countries by').selectOption('overlaps');
      await page.locator('[aria-label="Kosovo: 3 overlapping pairs"]').waitFor();
      assert.equal(await title.innerText(), 'Overlapping pairs of engagements on 1 July 2010 (pairs per country)');
      assert.ok(await aboveTheFold(page, page.locator('.map-legend')), 'the overlaps legend is above the fold');
      await page.getByLabel('Shade countries by').selectOption('missions');
    });

    test('a tooltip names the country pointed at, and the one focused by keyboard', async () => {
      // Afghanistan: ISAF, UNAMA and EUPOL Afghanistan in the seed on 1 July 2010.
      const afghanistan = page.locator('[data-code="AFG"]');
      await afghanistan.scrollIntoViewIfNeeded();
      await afghanistan.hover();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      assert.match(await tooltip.innerText(), /^Afghanistan AFG\s+[2-9] missions on 1 July 2010$/);
      assert.ok((await horizontalOverflow(page)) <= 0, 'the tooltip makes no sideways scrolling');
      await shot('tooltip');
      await assertAccessible(page, `map-${name}-tooltip`);
      await page.mouse.move(0, 0);
      await tooltip.waitFor({ state: 'detached' });

      await page.locator('[data-code="COD"]').focus();
      assert.match(await tooltip.innerText(), /^Dem. Rep. Congo COD\s+(\d+|no) missions? on 1 July 2010$/);
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'detached' });
    });

    test('reaches Kosovo by keyboard in a few presses: skip links, filter, Tab to its link', async () => {
      await page.goto(`${base}/?year=2010`);
      await page.getByRole('status').filter({ hasText: /missions active on 2010-07-01/ }).waitFor();
      // Past the header (its menu grows with the user's roles) by its own skip link, then to the table's.
      const toContent = await tabUntil(page, /^Skip to content$/);
      await page.keyboard.press('Enter');
      const toSkip = toContent + (await tabUntil(page, /^Skip to the country table$/));
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'country-filter');
      await page.keyboard.type('Kosovo');
      const toKosovo = await tabUntil(page, /^Kosovo$/);
      console.log(`map ${name}: Kosovo reached with ${toSkip} + ${toKosovo} Tab presses, 2 Enter and 6 letters`);
      assert.ok(toSkip + toKosovo <= 15, `${toSkip} + ${toKosovo} Tab presses`);
      const table = page.getByRole('table', { name: /^Countries and their missions/ });
      assert.equal(await table.getByRole('row').count(), 2);
      await shot('filtered');
      await assertAccessible(page, `map-${name}-table`);
      assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/country\/XKX\?at=2010-07-01/);
      await page.getByRole('heading', { level: 1, name: 'Kosovo' }).waitFor();
    });

    test('five quick ArrowRight presses move the slider five years', async () => {
      await page.goto(`${base}/?year=2010`);
      await page.getByRole('status').filter({ hasText: /missions active on 2010-07-01/ }).waitFor();
      const slider = page.getByRole('slider');
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      assert.equal(await slider.inputValue(), '2015');
      await page.waitForURL(/year=2015/);
      await page.getByRole('status').filter({ hasText: /missions active on 2015-07-01/ }).waitFor();
      assert.equal(await slider.inputValue(), '2015');
      assert.match(await page.locator('.map-legend-title').innerText(), /on 1 July 2015/);
      await shot('2015');
    });
  });
}
