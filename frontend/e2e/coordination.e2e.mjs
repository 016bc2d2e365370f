// The coordination questions no other tool answers (docs/analytics.md): what a withdrawal would
// leave behind, on a mission's profile, and who could fill a country's gaps, on its page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { asSignedIn, assertAccessible, base, openBrowser, shot, signIn } from './support.mjs';

let browser;
let page;
let consoleErrors;

before(async () => {
  ({ browser, page, consoleErrors } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

test("a mission's profile says what its end on a day would leave uncovered", async () => {
  await page.goto(`${base}/mission/unmik`);
  const section = page.getByRole('region', { name: 'What if this mission ended?' });
  await section.waitFor();
  await section.getByLabel('On').fill('2008-06-15');
  const table = section.getByRole('table');
  await table.getByRole('row', { name: /Corrections/ }).waitFor();
  assert.match(await table.getByRole('row', { name: /Corrections/ }).innerText(), /Nobody: it loses its only engagement/);
  assert.match(await table.getByRole('row', { name: /Justice/ }).innerText(), /OSCE MiK/);
  await section.getByRole('row', { name: /Corrections/ }).scrollIntoViewIfNeeded();
  await shot(page, 'withdrawal-unmik-2008');
  await assertAccessible(page, 'withdrawal');

  await section.getByLabel('On').fill('2009-01-01');
  await table.getByRole('row', { name: /Corrections.*EULEX/ }).waitFor();
  assert.deepEqual(consoleErrors, []);
});

test("a country's page ranks who could fill its gaps, with the reasons", async () => {
  await page.goto(`${base}/country/XKX?at=2010-06-01`);
  const section = page.getByRole('region', { name: 'Who could fill the gaps' });
  const ssr = section.getByRole('group').filter({ hasText: 'Security sector reform' });
  await ssr.waitFor();
  assert.match(await ssr.locator('summary').innerText(), /mandated, and nobody covers it — first: UN/);
  assert.match(await ssr.getByRole('listitem').first().innerText(), /comparative strength .* in security sector reform \(rank 1/);
  await ssr.scrollIntoViewIfNeeded();
  await shot(page, 'gap-fillers-kosovo-2010');
  await assertAccessible(page, 'gap-fillers');
  assert.deepEqual(consoleErrors, []);
});

test('an overlap recorded elsewhere appears live on the country page', async () => {
  await signIn(page);
  await page.goto(`${base}/country/XKX?at=2010-06-01`);
  const section = page.getByRole('region', { name: 'Live overlap alerts' });
  await section.getByRole('status').filter({ hasText: 'Watching' }).waitFor({ timeout: 15000 });
  // Another officer records an activity on justice in Kosovo (here through the API). It is set in
  // 2031 so that the other journeys' counts of 2010 and 2015 stay as they were.
  const created = await asSignedIn(
    page,
    `mutation { createActivity(input: {id: "E2E-LIVE-1", title: "Court monitoring (live e2e)", start: "2031-01-01",
      end: "2031-12-31", countries: ["XKX"], functions: [JUSTICE], implementers: ["osce"]}) { id } }`,
  );
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  const list = section.getByRole('list', { name: 'Live overlap alerts' });
  await list.getByText(/Court monitoring \(live e2e\)/).first().waitFor({ timeout: 10000 });
  assert.match(await list.locator('li').first().innerText(), /^New at .*Court monitoring \(live e2e\)/);
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'live-alerts-kosovo');
  await assertAccessible(page, 'live-alerts');
  assert.deepEqual(consoleErrors, []);
});

test('the renewal calendar lists expiring mandates and downloads as iCalendar', async () => {
  await page.goto(`${base}/renewals?from=2010-06-01&to=2010-06-30&country=XKX`);
  await page.getByRole('heading', { name: '2010-06-14: Council Joint Action 2008/124/CFSP' }).waitFor();
  const rows = page.getByRole('table').getByRole('row');
  assert.match(await rows.filter({ hasText: 'Corrections' }).innerText(), /Also covered by UNMIK/);
  await shot(page, 'renewals-kosovo-2010');
  await assertAccessible(page, 'renewals');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download this calendar (.ics)' }).click(),
  ]);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /UID:cja-2008-124-cfsp@concord\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20100614\r\n/);
  assert.deepEqual(consoleErrors, []);
});

test("a country's page shows authorised versus deployed personnel", async () => {
  await page.goto(`${base}/country/SSD?at=2015-06-30`);
  const section = page.getByRole('region', { name: 'Personnel: authorised versus deployed' });
  const military = section.getByRole('row').filter({ hasText: 'UNMISS' }).filter({ hasText: 'Military' });
  await military.waitFor();
  assert.match(await military.innerText(), /UNMISS\s+Military\s+12,500\s+11,535\s+965/);
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'capacity-south-sudan-2015');
  await assertAccessible(page, 'capacity');
  assert.deepEqual(consoleErrors, []);
});

