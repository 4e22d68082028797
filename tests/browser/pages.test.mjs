// Every kind of page in the built site, as a reader sees it on a phone (390 px) and a desktop
// (1280 px), in light and dark colour scheme: zero axe violations for WCAG 2.1 A and AA, a
// Norwegian lang, exactly one h1, no sideways scrolling on the phone, no console errors, nothing
// fetched from other hosts. A full-page screenshot of each goes to the artefacts folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch_browser, open_page, test_environment } from './browser.mjs';
import { pick_pages } from './site_pages.mjs';

const k_widths = [390, 1280];
const k_phone_width = 390;
const k_schemes = ['light', 'dark'];
const k_axe_tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const k_languages = ['nb', 'nn'];
const k_parallel_pages = 3;

const env = test_environment();
const pages = pick_pages(env.content_dir, env.site_dir);

/// Readable lines for axe violations: rule, impact, what it means and every offending element.
function describe_violations(violations) {
  return violations.flatMap((v) => [
    `axe ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.flatMap((node) => [
      `    element ${node.target.join(' ')}: ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`,
      ...(node.failureSummary ?? '').split('\n').filter(Boolean).map((line) => `      ${line}`),
    ]),
  ]);
}

async function page_facts(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1_count: document.querySelectorAll('h1').length,
    scroll_width: document.documentElement.scrollWidth,
  }));
}

async function check_page(browser, picked, width, scheme) {
  const { context, page, response, problems } = await open_page(
    browser, env.site_url, picked.url_path, { width, scheme });
  try {
    const file = `${picked.name}-${width}-${scheme}.png`;
    await page.screenshot({ path: path.join(env.artifacts_dir, file), fullPage: true });
    if (response?.status() !== picked.status) {
      problems.push(`HTTP status ${response?.status()}, expected ${picked.status}`);
    }
    const facts = await page_facts(page);
    if (!k_languages.includes(facts.lang)) problems.push(`<html lang="${facts.lang ?? ""}">, expected nb or nn`);
    if (facts.h1_count !== 1) problems.push(`${facts.h1_count} h1 elements, expected exactly one`);
    if (width === k_phone_width && facts.scroll_width > width) {
      problems.push(`scrolls sideways: scrollWidth ${facts.scroll_width} px > ${width} px`);
    }
    // Legacy mode runs axe in the page itself, twice as fast as the cross-frame mode; the site
    // has no frames, and requests to other origins are blocked anyway.
    const axe = await new AxeBuilder({ page }).setLegacyMode(true).withTags(k_axe_tags)
      .options({ resultTypes: ['violations'] }).analyze();
    problems.push(...describe_violations(axe.violations));
  } finally {
    await context.close();
  }
  return problems;
}

describe(`every kind of page (${pages.length} pages)`, { concurrency: k_parallel_pages }, () => {
  let browser;
  before(async () => { browser = await launch_browser(env.chromium); });
  after(async () => { await browser?.close(); });

  for (const picked of pages) {
    for (const width of k_widths) {
      for (const scheme of k_schemes) {
        test(`${picked.name} ${picked.url_path} at ${width} px, ${scheme}`, async () => {
          const problems = await check_page(browser, picked, width, scheme);
          const where = `${new URL(picked.url_path, env.site_url).href} at ${width} px, ${scheme}`;
          if (problems.length > 0) assert.fail(`${where}:\n  ${problems.join('\n  ')}`);
        });
      }
    }
  }
});
