// Shared set-up for the browser tests: where the site and the artefacts are (from the environment
// that scripts/browser-tests.sh sets), launching Debian's Chromium, and opening a page that records
// everything a reader's browser would complain about.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const k_repo_root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/// Chromium's command-line switches: headless, no sandbox (containers), nothing that phones home.
export const k_chromium_args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/// The test environment: { site_url, site_dir, content_dir, artifacts_dir, chromium }. site_url
/// and site_dir are required (STILAS_SITE_URL, STILAS_SITE_DIR); the others have defaults in the
/// repository. Throws a readable error when the site is not given.
export function test_environment() {
  const site_url = process.env.STILAS_SITE_URL;
  const site_dir = process.env.STILAS_SITE_DIR;
  if (!site_url || !site_dir) {
    throw new Error('STILAS_SITE_URL and STILAS_SITE_DIR are not set: run scripts/browser-tests.sh');
  }
  const artifacts_dir = process.env.STILAS_ARTIFACTS_DIR
    ?? path.join(k_repo_root, 'tests', 'artifacts', 'browser');
  mkdirSync(artifacts_dir, { recursive: true });
  return {
    site_url: site_url.endsWith('/') ? site_url : site_url + '/',
    site_dir,
    content_dir: process.env.STILAS_CONTENT_DIR ?? path.join(k_repo_root, 'content'),
    artifacts_dir,
    chromium: process.env.STILAS_CHROMIUM ?? '/usr/bin/chromium',
  };
}

/// Launches headless Chromium from `executable` with k_chromium_args.
export function launch_browser(executable) {
  return chromium.launch({ executablePath: executable, args: k_chromium_args, headless: true });
}

function record_problems(page, problems, document_url) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    // The browser logs the 404 status of a deliberately missing page; that is the point of it.
    if (where === document_url && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.url() !== document_url && response.status() >= 400) {
      problems.push(`resource answered ${response.status()}: ${response.url()}`);
    }
  });
}

/// Opens `url_path` of the site in a fresh context `width` px wide in colour scheme `scheme`.
/// Requests to any other origin are blocked and listed. Resolves to { context, page, response,
/// problems } where problems lists console and script errors, failed resources and blocked
/// requests; the caller closes the context.
export async function open_page(browser, site_url, url_path, { width, scheme }) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const origin = new URL(site_url).origin;
  const problems = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another host blocked: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  const document_url = new URL(url_path, site_url).href;
  record_problems(page, problems, document_url);
  const response = await page.goto(document_url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { context, page, response, problems };
}
