// What every end-to-end journey needs: the settings scripts/e2e.sh gives (E2E_BASE_URL,
// E2E_EMAIL, E2E_PASSWORD, CHROMIUM_PATH, E2E_ARTIFACTS), a browser page, sign-in, GraphQL
// requests with the page's session, screenshots, and the axe-core check.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run scripts/e2e.sh (make e2e)`);
  return v;
}

export const base = required('E2E_BASE_URL');
export const artifacts = required('E2E_ARTIFACTS');

/** Launches Debian's Chromium headless and opens a page; console errors are collected. */
export async function openBrowser({ viewport = { width: 1366, height: 900 } } = {}) {
  const browser = await chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    // Chromium's sandbox needs user namespaces, which CI containers running as root lack.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  // Console errors and warnings, and failed responses with their address (Chromium's own
  // console line for a failed resource names no address, so it is replaced by the response).
  const consoleErrors = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) consoleErrors.push(m.text());
  });
  page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { browser, page, consoleErrors };
}

/** Signs in with the bootstrap administrator through the sign-in page. */
export async function signIn(page) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(required('E2E_EMAIL'));
  await page.getByLabel('Password').fill(required('E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /sign out/i }).waitFor();
}

/** Sends a GraphQL request from the page with the signed-in session's token. */
export async function asSignedIn(page, query, variables) {
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

export async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is and fails on any serious or
 * critical violation, naming the rule and the elements; the full report goes to artifacts.
 */
export async function assertAccessible(page, view) {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (no inline
  // scripts) stays in force for everything else.
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
