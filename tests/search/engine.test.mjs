// The engine's API over the bundled content's real index: the answer's shape, facets and
// filters, escaping, caching, bytes fetched, suggestions, and the stemmer against every term.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engine, fileFetch, openSiteSearch, siteDir } from './site_index.mjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

assert.ok(siteDir, 'STILAS_SEARCH_SITE must name a built site (scripts/search-tests.sh sets it)');

test('openSearch fetches only the manifest', async () => {
  const search = await openSiteSearch();
  const manifest = await readFile(path.join(siteDir, 'sok/indeks/manifest.json'));
  assert.equal(search.bytes_fetched_total, manifest.length);
});

test('an answer has the documented shape', async () => {
  const search = await openSiteSearch();
  const r = await search.query('medvirkning', { limit: 3 });
  assert.ok(r.total > 3);
  assert.equal(r.results.length, 3);
  assert.equal(r.corrected, null);
  assert.ok(r.bytes_fetched > 0);
  for (const hit of r.results) {
    assert.match(hit.url, /^\/.*\/$/);
    assert.equal(typeof hit.title, 'string');
    assert.equal(typeof hit.snippet_html, 'string');
    assert.equal(typeof hit.score, 'number');
    assert.ok(hit.summary === null || typeof hit.summary === 'string');
    assert.ok(hit.date === null || /^\d{4}-\d{2}-\d{2}/.test(hit.date));
  }
  const top = r.results[0];
  assert.equal(top.url, '/metoder/medvirkning/');
  assert.equal(top.type, 'metoder');
  assert.equal(top.type_label, 'Arbeidsmåter');
  assert.match(top.snippet_html, /<mark>Medvirkning<\/mark>/);
  assert.ok(r.results[0].score >= r.results[1].score && r.results[1].score >= r.results[2].score);
});

test('snippets are escaped text with <mark> and nothing else', async () => {
  const search = await openSiteSearch();
  for (const q of ['kultur', 'kommune', 'plan', 'samling', '2021', '<script>alert(1)</script> kulturskole']) {
    const r = await search.query(q, { limit: 10 });
    for (const hit of r.results) {
      const bare = hit.snippet_html.replaceAll('<mark>', '').replaceAll('</mark>', '');
      assert.doesNotMatch(bare, /[<>]/, `${q}: ${hit.snippet_html}`);
      assert.doesNotMatch(bare, /&(?!amp;|lt;|gt;|quot;|#39;)/, `${q}: ${hit.snippet_html}`);
    }
  }
});

test('facets count every match; a filter keeps the other values of its own facet', async () => {
  const search = await openSiteSearch();
  const all = await search.query('dialog', { limit: 100 });
  const type = all.facets.find((f) => f.name === 'type');
  assert.equal(type.label, 'Type');
  assert.equal(type.values.reduce((n, v) => n + v.count, 0), all.results.filter((h) => h.type).length);
  const verktoy = type.values.find((v) => v.value === 'verktoy');
  assert.equal(verktoy.label, 'Verktøy');
  const filtered = await search.query('dialog', { filters: { type: ['verktoy'] }, limit: 100 });
  assert.equal(filtered.total, verktoy.count);
  assert.ok(filtered.results.every((h) => h.type === 'verktoy'));
  assert.ok(filtered.results.some((h) => h.url === '/verktoy/dialoggrupper-med-padlet/'));
  const typeAfter = filtered.facets.find((f) => f.name === 'type');
  assert.deepEqual(typeAfter.values.map((v) => v.count), type.values.map((v) => v.count));
  // Counts in other facets follow the filter.
  const tema = filtered.facets.find((f) => f.name === 'temaer');
  for (const v of tema.values) assert.ok(v.count <= verktoy.count);
});

test('facets carry labels: verdiområde, tema, fase, kommune, fylke, year', async () => {
  const search = await openSiteSearch();
  const r = await search.query('kulturskole', { limit: 1 });
  const byName = Object.fromEntries(r.facets.map((f) => [f.name, f]));
  for (const name of ['type', 'verdiomrader', 'temaer', 'faser', 'fylker', 'kommuner', 'year']) assert.ok(byName[name], name);
  assert.equal(byName.faser.label, 'Fase');
  assert.ok(byName.faser.values.some((v) => v.value === 'identifisere-behov' && v.label === 'Identifisere behov'));
  assert.ok(byName.kommuner.values.some((v) => v.value === '/kommuner/bodo/' && v.label === 'Bodø'));
  assert.ok(byName.year.values.every((v) => /^\d{4}$/.test(v.value)));
  // A kommune's fylke reaches the pages that refer to the kommune.
  const bodo = await search.query('Bodø', { filters: { fylker: ['nordland'] }, limit: 10 });
  assert.ok(bodo.results.some((h) => h.url === '/kommuner/bodo/'));
});

test('two filters combine; values of one facet are alternatives', async () => {
  const search = await openSiteSearch();
  const one = await search.query('kommune', { filters: { type: ['verktoy'] }, limit: 200 });
  const two = await search.query('kommune', { filters: { type: ['verktoy', 'metoder'] }, limit: 200 });
  const both = await search.query('kommune', { filters: { type: ['verktoy'], faser: ['evaluere'] }, limit: 200 });
  assert.ok(two.total > one.total);
  assert.ok(both.total <= one.total);
});

test('a query without matches says so', async () => {
  const search = await openSiteSearch();
  const r = await search.query('xylofonkvartett', {});
  assert.equal(r.total, 0);
  assert.deepEqual(r.results, []);
  assert.equal(r.corrected, null);
  const empty = await search.query('', {});
  assert.equal(empty.total, 0);
  const stop = await search.query('og i det', {});
  assert.equal(stop.total, 0);
});

test('several words: all of them, or as many as possible when no page has all', async () => {
  const search = await openSiteSearch();
  const and = await search.query('padlet ordstyrer', { limit: 5 });
  assert.equal(and.results[0].url, '/verktoy/dialoggrupper-med-padlet/');
  const or = await search.query('padlet xylofonkvartett', { limit: 5 });
  assert.ok(or.total > 0);
  assert.equal(or.results[0].url, '/verktoy/dialoggrupper-med-padlet/');
});

test('fetched files are kept: the same query again fetches nothing', async () => {
  const search = await openSiteSearch();
  const first = await search.query('aksjonslæring', {});
  const again = await search.query('aksjonslæring', {});
  assert.ok(first.bytes_fetched > 0);
  assert.equal(again.bytes_fetched, 0);
  assert.deepEqual(again.results, first.results);
});

test('suggest completes the last word from the lexicon', async () => {
  const search = await openSiteSearch();
  const s = await search.suggest('kultursk');
  assert.ok(s.length > 0 && s.length <= 8);
  assert.ok(s.every((w) => w.startsWith('kultursk')));
  assert.ok(s.includes('kulturskole'));
  const two = await search.suggest('barn og medvirk');
  assert.ok(two.includes('barn og medvirkning'), JSON.stringify(two));
  assert.deepEqual(await search.suggest(''), []);
  assert.deepEqual(await search.suggest('kultur '), []);
});

test('every term of the index is what the JS analyzer makes of the word that names it', async () => {
  const search = await openSiteSearch();
  const counter = { bytes: 0 };
  let checked = 0;
  for (let i = 0; i < search.keys.length; i++) {
    const lex = await search.lexicon(i, counter);
    for (const t of lex.terms) {
      assert.equal(search.analyzer.term(t.display), t.text, `«${t.display}»`);
      checked++;
    }
  }
  assert.ok(checked > 1000, `${checked} terms`);
});

test('bytes fetched per query stay small', async () => {
  for (const q of ['kommune', 'dialogkonferansen', 'kulturskoleleder', 'barn og unge medvirkning', 'stastedsbeskrivelse']) {
    const search = await openSiteSearch();
    const r = await search.query(q, { limit: 10 });
    assert.ok(r.bytes_fetched < 60000, `${q}: ${r.bytes_fetched} bytes`);
  }
});

test('a missing index file is a clear error', async () => {
  const { openSearch } = await engine();
  await assert.rejects(openSearch({ base: '/finnes-ikke/', fetch: fileFetch }), /Fant ikke søkeindeksen/);
});
