// What a withdrawal would leave behind, on a mission's profile: UNMIK ending on 15 June 2008
// (docs/analytics.md, withdrawalImpact) leaves corrections in Kosovo to nobody.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, base, openBrowser, shot } from './support.mjs';

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
