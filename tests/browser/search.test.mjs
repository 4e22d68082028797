// The search, as a keyboard user meets it: real queries typed into the search page's field and
// into the header's field (a combobox with word suggestions), results read back by title and
// address, the live region's words, a facet filter and its counts, "show more", the back button,
// the no-result state, axe (WCAG 2.1 A/AA) on /sok/ with results at 390 and 1280 px in light and
// dark, and the path without JavaScript: the header form leads to /sok/, which links the
// overview pages. Expected pages are from content/ (their titles and text name the words).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch_browser, open_page, test_environment } from './browser.mjs';
import { k_search_path, pick_pages } from './site_pages.mjs';

const k_axe_tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const k_widths = [390, 1280];
const k_schemes = ['light', 'dark'];
const k_phone_width = 390;
const k_page_field = '[data-sok-skjema] input[name="q"]';
const k_header_field = 'form[data-sok-topp] input[name="q"]';
const k_status = '[data-sok-status]';
const k_result_links = '.sok-liste > li h3 a';
const k_wait = { timeout: 15000 };

// The overview pages (every type of content/_typer) that the no-JS path must link.
const k_overviews = ['/fokusomrader/', '/kommuner/', '/metoder/', '/programmer/', '/rapporter/', '/samlinger/', '/verktoy/'];

const env = test_environment();
const all_pages = pick_pages(env.content_dir, env.site_dir);
const content_page = all_pages.find((p) => p.kind === 'page');

function describe_violations(violations) {
  return violations.flatMap((v) => [
    `axe ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.map((node) => `    element ${node.target.join(' ')}: ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`),
  ]);
}

async function axe_violations(page) {
  const axe = await new AxeBuilder({ page }).setLegacyMode(true).withTags(k_axe_tags)
    .options({ resultTypes: ['violations'] }).analyze();
  return describe_violations(axe.violations);
}

/// Presses Tab until the focused element matches `selector` (at most `max` times); fails when it
/// never does. Keyboard only: no clicks, no focus() from the test.
async function tab_to(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${max} presses of Tab never reached ${selector}`);
}

async function status_text(page) {
  return (await page.locator(k_status).textContent()).trim();
}

/// Waits until the live region's text matches `pattern`; returns the text.
async function wait_for_status(page, pattern) {
  try {
    await page.waitForFunction(([s, source, flags]) => new RegExp(source, flags)
      .test(document.querySelector(s)?.textContent ?? ''), [k_status, pattern.source, pattern.flags], k_wait);
  } catch {
    assert.fail(`the live region never said ${pattern}; it says «${await status_text(page)}»`);
  }
  return status_text(page);
}

async function result_urls(page) {
  return page.locator(k_result_links).evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
}

async function result_titles(page) {
  return page.locator(k_result_links).evaluateAll((links) => links.map((a) => a.textContent.trim()));
}

function total_of(text) {
  const match = /^([\d\s\u00a0]+) treff/.exec(text);
  assert.ok(match, `«${text}» does not start with a number of hits`);
  return Number(match[1].replace(/\D/g, ''));
}

/// Opens /sok/, reaches its field by keyboard (skip link, then Tab), types `query` and waits for
/// the live region to report on it.
async function search_on_page(browser, query, { width = 1280, scheme = 'light' } = {}) {
  const opened = await open_page(browser, env.site_url, k_search_path, { width, scheme });
  const { page } = opened;
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');        // "Til hovedinnhold": focus into <main>
  await tab_to(page, k_page_field, 10);
  await page.keyboard.type(query, { delay: 40 });
  return opened;
}

describe('search', { concurrency: 2 }, () => {
  let browser;
  before(async () => { browser = await launch_browser(env.chromium); });
  after(async () => { await browser?.close(); });

  test('/sok/ without a query: a hint and the overview pages, nothing announced', async () => {
    const { context, page, problems } = await open_page(browser, env.site_url, k_search_path, { width: 1280, scheme: 'light' });
    try {
      await page.waitForFunction(() => !/JavaScript/.test(document.querySelector('[data-sok-melding]')?.textContent ?? ''), null, k_wait);
      const hint = await page.locator('[data-sok-melding]').textContent();
      assert.match(hint, /Skriv ett eller flere ord/);
      assert.equal(await status_text(page), '');
      const links = await page.locator('[data-sok-oversikter] a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      for (const url of k_overviews) assert.ok(links.includes(url), `${url} is not linked from the empty search page: ${links}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('«kommunane» (nynorsk) typed on /sok/ finds the pages about municipalities', async () => {
    const { context, page, problems } = await search_on_page(browser, 'kommunane');
    try {
      const status = await wait_for_status(page, /treff for «kommunane»/);
      assert.match(status, /^\d+ treff for «kommunane»\. Viser 10\.$/);
      assert.equal(await page.locator(k_status).getAttribute('role'), 'status');
      assert.ok(total_of(status) > 10, status);
      const urls = await result_urls(page);
      assert.equal(urls.length, 10);
      // "Erfaringsdeling mellom kommuner" and the overview "Kommuner".
      for (const url of ['/metoder/erfaringsdeling/', '/kommuner/']) assert.ok(urls.includes(url), `${url} not in ${urls}`);
      assert.ok((await result_titles(page)).includes('Erfaringsdeling mellom kommuner'));
      // Snippets highlight the matched words; the query is in the address.
      assert.ok(await page.locator('.sok-liste mark').count() > 0, 'no <mark> in the snippets');
      assert.equal(new URL(page.url()).searchParams.get('q'), 'kommunane');
      assert.match(await page.title(), /^«kommunane» – Søk/);
      assert.ok(await page.locator('[data-sok-oversikter]').isHidden(), 'overview links shown beside results');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('«kulturskoleleder» finds Kommunegruppe and the role clarification tool', async () => {
    const { context, page, problems } = await search_on_page(browser, 'kulturskoleleder', { width: 390 });
    try {
      const status = await wait_for_status(page, /treff for «kulturskoleleder»/);
      assert.ok(total_of(status) > 0);
      const urls = (await result_urls(page)).slice(0, 5);
      for (const url of ['/metoder/kommunegruppe/', '/verktoy/rolle-og-forventningsavklaring/']) {
        assert.ok(urls.includes(url), `${url} not in the top 5: ${urls}`);
      }
      const titles = await result_titles(page);
      assert.ok(titles.includes('Kommunegruppe'), `titles: ${titles}`);
      assert.ok(titles.includes('Rolle- og forventningsavklaring i kommunegruppen'), `titles: ${titles}`);
      // The type is shown with every result.
      const metas = await page.locator('.sok-liste > li .sok-treff-meta').allTextContents();
      assert.ok(metas.includes('Arbeidsmåter') && metas.includes('Verktøy'), `type labels: ${metas}`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= k_phone_width, `scrolls sideways at 390 px: ${scroll}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a one-letter typo, «kommunegrupen», is corrected and said so', async () => {
    const { context, page, problems } = await search_on_page(browser, 'kommunegrupen');
    try {
      const status = await wait_for_status(page, /treff for «kommunegruppen» \(du skrev «kommunegrupen»\)/);
      assert.ok(total_of(status) > 0);
      assert.match(await page.locator('.sok-rettet').textContent(), /Viser treff for «kommunegruppen»/);
      const urls = (await result_urls(page)).slice(0, 5);
      assert.ok(urls.includes('/metoder/kommunegruppe/'), `/metoder/kommunegruppe/ not in the top 5: ${urls}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('a facet filter by keyboard narrows the hits, changes the counts, and Back undoes it', async () => {
    const { context, page, problems } = await search_on_page(browser, 'kommunane');
    try {
      const before_status = await wait_for_status(page, /^\d+ treff for «kommunane»/);
      const before_total = total_of(before_status);
      const verktoy = page.locator('.sok-filtre input[name="type"][value="verktoy"]');
      const label_count = async (value, name = 'type') => {
        const text = await page.locator(`.sok-filtre input[name="${name}"][value="${value}"] + label`).textContent();
        return Number(/\((\d+)\)/.exec(text)[1]);
      };
      const verktoy_count = await label_count('verktoy');
      const metoder_count = await label_count('metoder');
      const theme_counts_before = await page.locator('.sok-filtre input[name="temaer"] + label').allTextContents();
      assert.ok(verktoy_count > 0 && verktoy_count < before_total);

      await tab_to(page, '.sok-filtre input[name="type"][value="verktoy"]');
      await page.keyboard.press('Space');
      const after_status = await wait_for_status(page, /treff for «kommunane», med 1 filter/);
      assert.equal(total_of(after_status), verktoy_count, `«${after_status}» after picking Verktøy (${verktoy_count})`);
      assert.ok(await verktoy.isChecked());
      // Focus stays on the checkbox after the facets are redrawn.
      assert.ok(await verktoy.evaluate((box) => box === document.activeElement), 'focus left the checkbox');
      // Disjunctive counts: the other types keep theirs; other facets count only the tools now.
      assert.equal(await label_count('metoder'), metoder_count);
      const theme_counts_after = await page.locator('.sok-filtre input[name="temaer"] + label').allTextContents();
      assert.notDeepEqual(theme_counts_after, theme_counts_before, 'the theme counts did not change');
      const types = await page.locator('.sok-liste > li .sok-treff-meta').allTextContents();
      assert.ok(types.length > 0 && types.every((t) => t.startsWith('Verktøy')), `not only tools: ${types}`);
      assert.equal(new URL(page.url()).searchParams.getAll('type').join(), 'verktoy');

      await page.goBack();
      const back_status = await wait_for_status(page, /^\d+ treff for «kommunane»\. /);
      assert.equal(total_of(back_status), before_total);
      assert.ok(!(await verktoy.isChecked()));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('"show more" by keyboard adds ten results and moves focus to the first new one', async () => {
    const { context, page, problems } = await search_on_page(browser, 'kommunane');
    try {
      await wait_for_status(page, /treff for «kommunane»\. Viser 10\./);
      await tab_to(page, 'button.sok-flere');
      await page.keyboard.press('Enter');
      await wait_for_status(page, /treff for «kommunane»\. Viser 20\./);
      assert.equal((await result_urls(page)).length, 20);
      const focused = await page.evaluate(() => document.activeElement?.closest('.sok-liste > li')?.dataset.sokNr);
      assert.equal(focused, '11');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('no results: said so, with tips and the overview pages', async () => {
    const { context, page, problems } = await search_on_page(browser, 'vulkanutbrudd');
    try {
      assert.equal(await wait_for_status(page, /treff for «vulkanutbrudd»/), 'Ingen treff for «vulkanutbrudd».');
      assert.equal(await page.locator(k_result_links).count(), 0);
      assert.match(await page.locator('.sok-ingen').textContent(), /Ingen treff for «vulkanutbrudd».*Sjekk at ordene er riktig stavet/s);
      assert.ok(await page.locator('[data-sok-oversikter]').isVisible());
      const links = await page.locator('[data-sok-oversikter] a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      for (const url of k_overviews) assert.ok(links.includes(url), `${url} not linked: ${links}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the header field: suggestions by arrow keys, Escape closes, Enter lands on /sok/?q=… with results', async () => {
    const { context, page, problems } = await open_page(browser, env.site_url, content_page.url_path, { width: 1280, scheme: 'light' });
    try {
      await tab_to(page, k_header_field, 30);
      const field = page.locator(k_header_field);
      assert.equal(await field.getAttribute('role'), 'combobox');
      await page.keyboard.type('kultursk', { delay: 40 });
      const listbox = page.locator(`#${await field.getAttribute('aria-controls')}`);
      await page.locator(`#${await field.getAttribute('aria-controls')}[data-sok-forslag-for="kultursk"]`)
        .waitFor({ state: 'visible', ...k_wait });
      assert.equal(await field.getAttribute('aria-expanded'), 'true');
      const options = await listbox.locator('[role="option"]').allTextContents();
      assert.ok(options.includes('kulturskole'), `suggestions: ${options}`);
      await page.keyboard.press('ArrowDown');
      const first = listbox.locator('[role="option"]').first();
      assert.equal(await field.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
      assert.equal(await first.getAttribute('aria-selected'), 'true');
      await page.keyboard.press('Escape');
      assert.equal(await field.getAttribute('aria-expanded'), 'false');
      assert.ok(await listbox.isHidden());
      assert.equal(await field.inputValue(), 'kultursk');

      // Typing on and pressing Enter without picking a suggestion searches for the text.
      await page.keyboard.type('oleleder', { delay: 40 });
      await Promise.all([page.waitForURL(/\/sok\/\?q=kulturskoleleder$/, k_wait), page.keyboard.press('Enter')]);
      await wait_for_status(page, /^\d+ treff for «kulturskoleleder»/);
      assert.equal(await page.locator(k_page_field).inputValue(), 'kulturskoleleder');
      assert.ok((await result_urls(page)).includes('/metoder/kommunegruppe/'));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the header field: picking a suggestion with ArrowDown and Enter searches for it', async () => {
    const { context, page, problems } = await open_page(browser, env.site_url, '/', { width: 390, scheme: 'dark' });
    try {
      await tab_to(page, k_header_field, 30);
      await page.keyboard.type('dialogk', { delay: 40 });
      const field = page.locator(k_header_field);
      const listbox = page.locator(`#${await field.getAttribute('aria-controls')}[data-sok-forslag-for="dialogk"]`);
      await listbox.waitFor({ state: 'visible', ...k_wait });
      const chosen = (await listbox.locator('[role="option"]').first().textContent()).trim();
      assert.match(chosen, /^dialogk/);
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/\/sok\/\?q=/, k_wait), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).searchParams.get('q'), chosen);
      await wait_for_status(page, new RegExp(`^\\d+ treff for «${chosen}»`));
      assert.ok((await result_urls(page)).length > 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  for (const width of k_widths) {
    for (const scheme of k_schemes) {
      test(`axe on /sok/ with results and filters open at ${width} px, ${scheme}: no violations`, async () => {
        const url = `${k_search_path}?q=kommunane&type=verktoy&type=metoder`;
        const { context, page, problems } = await open_page(browser, env.site_url, url, { width, scheme });
        try {
          await wait_for_status(page, /treff for «kommunane», med 2 filtre/);
          // Phones get the filter panel closed; open it, so axe sees the filters too.
          await page.evaluate(() => { for (const d of document.querySelectorAll('details.sok-filtre')) d.open = true; });
          await page.screenshot({ path: path.join(env.artifacts_dir, `search-results-${width}-${scheme}.png`), fullPage: true });
          const facts = await page.evaluate(() => ({
            h1: document.querySelectorAll('h1').length, scroll: document.documentElement.scrollWidth,
          }));
          if (facts.h1 !== 1) problems.push(`${facts.h1} h1 elements`);
          if (width === k_phone_width && facts.scroll > width) problems.push(`scrolls sideways: ${facts.scroll} px`);
          problems.push(...await axe_violations(page));
          if (problems.length > 0) assert.fail(`${url} at ${width} px, ${scheme}:\n  ${problems.join('\n  ')}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  test('axe with the header suggestions open (1280 px, dark): no violations', async () => {
    const { context, page, problems } = await open_page(browser, env.site_url, '/', { width: 1280, scheme: 'dark' });
    try {
      await tab_to(page, k_header_field, 30);
      await page.keyboard.type('kommun', { delay: 40 });
      const field = page.locator(k_header_field);
      await page.locator(`#${await field.getAttribute('aria-controls')}[data-sok-forslag-for="kommun"]`)
        .waitFor({ state: 'visible', ...k_wait });
      await page.keyboard.press('ArrowDown');
      await page.screenshot({ path: path.join(env.artifacts_dir, 'search-suggestions-1280-dark.png') });
      problems.push(...await axe_violations(page));
      if (problems.length > 0) assert.fail(problems.join('\n  '));
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the header form leads to /sok/, which links the overview pages', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(new URL(content_page.url_path, env.site_url).href);
      await tab_to(page, k_header_field, 30);
      await page.keyboard.type('kommune', { delay: 20 });
      await Promise.all([page.waitForURL(/\/sok\/\?q=kommune$/, k_wait), page.keyboard.press('Enter')]);
      assert.equal(await page.locator('h1').textContent(), 'Søk');
      assert.match(await page.locator('[data-sok-melding]').textContent(), /JavaScript/);
      assert.ok(await page.locator('[data-sok-oversikter]').isVisible());
      const links = await page.locator('[data-sok-oversikter] a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      for (const url of k_overviews) assert.ok(links.includes(url), `${url} not linked: ${links}`);
      // The links work: the first one leads to an overview page.
      await tab_to(page, '[data-sok-oversikter] a', 60);
      await Promise.all([page.waitForURL((u) => k_overviews.includes(u.pathname), k_wait), page.keyboard.press('Enter')]);
    } finally {
      await context.close();
    }
  });

  // axe cannot run in a page without JavaScript; the same state is reached by serving an empty
  // sok-ui.js, so the page stays exactly as the server sent it.
  for (const [width, scheme] of [[390, 'light'], [1280, 'dark']]) {
    test(`axe on /sok/?q=… as it is without the UI script at ${width} px, ${scheme}: no violations`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        await context.route('**/sok/sok-ui.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(new URL(`${k_search_path}?q=kommune`, env.site_url).href);
        assert.match(await page.locator('[data-sok-melding]').textContent(), /JavaScript/);
        await page.screenshot({ path: path.join(env.artifacts_dir, `search-nojs-${width}-${scheme}.png`), fullPage: true });
        assert.deepEqual(await axe_violations(page), []);
      } finally {
        await context.close();
      }
    });
  }
});
