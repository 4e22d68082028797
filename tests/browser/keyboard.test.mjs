// The skip link, as a keyboard user meets it: on a content page and on the home page, at phone and
// desktop width, the first Tab lands on a visible "Til hovedinnhold" link and Enter moves focus
// into <main>.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch_browser, open_page, test_environment } from './browser.mjs';
import { pick_pages } from './site_pages.mjs';

const k_skip_link_text = 'Til hovedinnhold';
const k_widths = [390, 1280];

const env = test_environment();
const all_pages = pick_pages(env.content_dir, env.site_dir);
const pages = ['page', 'home'].map((kind) => all_pages.find((p) => p.kind === kind)).filter(Boolean);

function focused_element(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const box = element?.getBoundingClientRect();
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      in_main: element !== null && element.closest('main') !== null,
      visible: box !== undefined && box.width > 0 && box.height > 0 && box.bottom > 0
        && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    };
  });
}

describe('the skip link by keyboard', { concurrency: 2 }, () => {
  let browser;
  before(async () => { browser = await launch_browser(env.chromium); });
  after(async () => { await browser?.close(); });

  for (const picked of pages) {
    for (const width of k_widths) {
      test(`${picked.name} ${picked.url_path} at ${width} px`, async () => {
        const { context, page, problems } = await open_page(
          browser, env.site_url, picked.url_path, { width, scheme: 'light' });
        try {
          await page.keyboard.press('Tab');
          const first = await focused_element(page);
          assert.equal(first.tag, 'a', `first Tab focuses <${first.tag}> «${first.text}», not a link`);
          assert.equal(first.text, k_skip_link_text,
            `first Tab focuses the link «${first.text}», not «${k_skip_link_text}»`);
          assert.ok(first.visible, 'the focused skip link is not visible in the viewport');
          await page.keyboard.press('Enter');
          // Following an in-page link moves focus at once; allow a moment, then judge.
          await page.waitForFunction(() => document.activeElement?.closest('main') !== null,
            null, { timeout: 2000 }).catch(() => {});
          const target = await focused_element(page);
          assert.ok(target.in_main,
            `after Enter, focus is on <${target.tag}> «${target.text.slice(0, 60)}», outside <main>`);
          if (problems.length > 0) assert.fail(problems.join('\n'));
        } finally {
          await context.close();
        }
      });
    }
  }
});
