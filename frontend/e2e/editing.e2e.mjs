// End-to-end journeys of editing: signing in from a page and coming back to it, previewing and
// then importing a real 3W sheet, a mission created, edited through a version conflict and
// deleted, and an account created and disabled; each view checked with axe-core.
// Run alone with: flock /tmp/concord-e2e.lock env E2E_FILES=e2e/editing.e2e.mjs make e2e
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { asSignedIn, assertAccessible, base, openBrowser, required, shot } from './support.mjs';

let browser;
let page;
const stamp = Date.now().toString(36);

before(async () => {
  ({ browser, page } = await openBrowser());
});

after(async () => {
  await browser?.close();
});

/** The cells of a table's rows, header row included. */
async function tableRows(table) {
  return table.locator('tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent.trim())));
}

/** Waits for a table of results, or fails with the form's alert if the API refused. */
async function resultsTable(region) {
  await page.locator('.import-results table, .form-alert').first().waitFor({ timeout: 180_000 });
  const alert = page.locator('.form-alert');
  if (await alert.count()) assert.fail(`the import was refused: ${await alert.innerText()}`);
  return region.getByRole('table');
}

/** Types part of a name into a picker and chooses the option that matches. */
async function pick(combobox, typed, option) {
  await combobox.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('signing in from a page without a profile comes back to it', async () => {
  await page.goto(`${base}/duplicates`);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.waitForURL(/\/sign-in\?next=%2Fduplicates$/);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await shot(page, 'editing-sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/duplicates');
});

test('preview the Afghanistan 3W, then import it: the report equals the preview', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();
  const sheet = fileURLToPath(new URL('../../testdata/real/hxl-3w-afghanistan-operational-presence-2024q1.csv', import.meta.url));
  await page.getByLabel('File').setInputFiles(sheet);
  await page.getByText(/hxl-3w-afghanistan-operational-presence-2024q1\.csv, [\d,]+ KB/).waitFor();
  assert.equal(await page.getByLabel(/^Format/).inputValue(), 'hxl');
  await pick(page.getByRole('combobox', { name: /^Country/ }), 'Afghan', /Afghanistan/);
  await page.getByLabel('Period from').fill('2024-01-01');
  await page.getByLabel('Period to').fill('2024-03-31');
  assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled(), true);

  await page.getByRole('button', { name: 'Preview the import' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  const previewed = await tableRows(await resultsTable(preview));
  const readLine = await preview.getByText(/records read/).innerText();
  assert.match(readLine, /^2,567 records read; 8,335 would be skipped\.$/);
  const [, activities] = previewed;
  assert.equal(activities[0], 'activities');
  // Created on a fresh graph, unchanged if another journey imported the sheet before.
  assert.equal(Number(activities[1].replace(/,/g, '')) + Number(activities[3].replace(/,/g, '')), 2567);
  await preview.getByRole('table').scrollIntoViewIfNeeded();
  await shot(page, 'editing-import-preview');
  await assertAccessible(page, 'editing-import-preview');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const done = page.getByRole('region', { name: 'Import report' });
  await done.getByRole('table').waitFor({ timeout: 180_000 });
  assert.match(await done.getByRole('status').innerText(), /the import did what the preview said/);
  const reported = await tableRows(done.getByRole('table'));
  assert.deepEqual(reported.slice(1), previewed.slice(1), 'the import report equals its preview');
  assert.match(await done.getByText(/records read/).innerText(), /^2,567 records read; 8,335 were skipped\.$/);
  await done.getByRole('table').scrollIntoViewIfNeeded();
  await shot(page, 'editing-import-report');
  await assertAccessible(page, 'editing-import-report');

  // And a second preview now finds everything in place.
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await page.getByRole('region', { name: 'Preview' }).getByRole('table').waitFor({ timeout: 180_000 });
  const again = await tableRows(page.getByRole('region', { name: 'Preview' }).getByRole('table'));
  assert.deepEqual(again[1], ['activities', '0', '0', '2,567']);
});

test('create a mission, edit it through a version conflict, and delete it', async () => {
  const id = `e2e-edit-${stamp}`;
  await page.goto(`${base}/edit/mission/new`);
  await page.getByLabel(/^Id/).fill(id);
  await page.getByLabel(/^Name/).fill(`E2E Mediation Support ${stamp}`);
  await page.getByLabel(/^Acronym/).fill('E2EMS');
  await pick(page.getByRole('combobox', { name: /^Lead organisation/ }), 'European Un', /European Union/);
  await page.getByText(/^Chosen: European Union/).waitFor();
  await page.getByRole('button', { name: 'Add deployment' }).click();
  await pick(page.getByRole('combobox', { name: /^Country/ }), 'Koso', /Kosovo/);
  await page.getByRole('button', { name: 'Create mission' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit mission: E2EMS' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: /^Country/ }).inputValue(), 'XKX');

  // Someone else saves the mission while it is open here.
  const other = await asSignedIn(page, 'mutation ($id: ID!) { updateMission(id: $id, version: 1, input: { note: "Changed elsewhere", acronym: "E2E-MS" }) { version } }', { id });
  assert.equal(other.data?.updateMission.version, 2, JSON.stringify(other));

  await page.getByLabel(/^Name/).fill(`E2E Mediation Support Office ${stamp}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this mission' });
  await conflict.waitFor();
  const rows = await tableRows(conflict.getByRole('table'));
  assert.deepEqual(rows[0], ['Field', 'Saved now (version 2)', 'Yours']);
  assert.deepEqual(
    rows.slice(1).map((r) => r[0]),
    ['Name', 'Acronym', 'Note'],
  );
  assert.equal(await page.getByLabel(/^Name/).inputValue(), `E2E Mediation Support Office ${stamp}`, 'the unsaved value is kept');
  await shot(page, 'editing-conflict');
  await assertAccessible(page, 'editing-conflict');

  await conflict.getByRole('button', { name: 'Apply my changes to version 2' }).click();
  assert.equal(await page.getByLabel(/^Acronym/).inputValue(), 'E2E-MS', 'their change is kept');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved (version 3).').waitFor();
  const saved = await asSignedIn(page, 'query ($id: ID!) { mission(id: $id) { name acronym note version } }', { id });
  assert.deepEqual(saved.data.mission, { name: `E2E Mediation Support Office ${stamp}`, acronym: 'E2E-MS', note: 'Changed elsewhere', version: 3 });

  await page.getByRole('button', { name: 'Delete mission' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete the mission “E2E-MS”?' });
  await dialog.waitFor();
  await shot(page, 'editing-delete');
  await assertAccessible(page, 'editing-delete');
  await dialog.getByRole('button', { name: 'Delete “E2E-MS”' }).click();
  await page.waitForURL(`${base}/edit`);
  await page.getByRole('status').filter({ hasText: 'Mission “E2E-MS” deleted.' }).waitFor();
  const gone = await asSignedIn(page, 'query ($id: ID!) { mission(id: $id) { id } }', { id });
  assert.equal(gone.data.mission, null);
});

test('create an account and disable it', async () => {
  const email = `e2e-officer-${stamp}@example.org`;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
  await page.getByRole('table').waitFor();
  await page.getByRole('button', { name: 'New account' }).click();
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Name/).fill('E2E Officer');
  await pick(page.getByRole('combobox', { name: /^Organisation/ }), 'European Un', /European Union/);
  await page.getByLabel(/^Password/).fill('four wild ostriches juggle lanterns');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('status').filter({ hasText: `Account ${email} created.` }).waitFor();
  const row = page.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
  await row.waitFor();
  assert.deepEqual((await row.locator('th, td').allInnerTexts()).slice(0, 5), [email, 'E2E Officer', 'European Union', 'officer', 'Active']);

  await row.getByRole('button', { name: `Edit ${email}` }).click();
  await page.getByLabel('Disabled').check();
  await shot(page, 'editing-account');
  await assertAccessible(page, 'editing-account');
  await page.getByRole('button', { name: 'Save account' }).click();
  await page.getByRole('status').filter({ hasText: `Account ${email} saved.` }).waitFor();
  await row.getByRole('cell', { name: 'Disabled' }).waitFor();
  await shot(page, 'editing-accounts');
  await assertAccessible(page, 'editing-accounts');

  // A disabled account cannot sign in.
  const login = await page.evaluate(async (email) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($e: String!) { login(email: $e, password: "four wild ostriches juggle lanterns") { accessToken } }', variables: { e: email } }),
    });
    return res.json();
  }, email);
  assert.equal(login.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});
