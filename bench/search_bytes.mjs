// Bytes fetched for typical queries, Stilas's search and Pagefind's side by side, measured the same
// way in Debian's Chromium (playwright-core) over a local static server (files resolved as
// tests/browser/serve.mjs does) on one built site that carries both indexes (bench/search.sh
// writes it). Prints a table and, with --json, writes every figure and the top 10 titles.
//
//   node bench/search_bytes.mjs --site DIR [--pagefind /pagefind_idx/] [--stilas /sok/]
//                               [--chromium /usr/bin/chromium] [--json FILE]
//
// Per query and engine, in a fresh browser context (empty cache, nothing in memory), on a blank
// page of the site's origin:
//   Stilas:   import('/sok/stilas-search.js'), openSearch({ base: '/sok/indeks/' }),
//             query(q, { limit: 10 })                       (facet counts included, as /sok/ shows)
//   Pagefind: import('/pagefind_idx/pagefind.js'), pagefind.search(q), then .data() of the first
//             10 results                                     (what a results page shows)
// "cold" counts every response after the blank page: the engine's code (JS, Pagefind's WebAssembly)
// and the index files, also shown apart. "warm" is the same query run second in a page that has
// just answered the previous query of the list: what a reader's next query costs (both engines
// keep what they fetched in memory; the server sends no-store, so the HTTP cache plays no part).
// Bytes are response bodies as the server below sent them (it does not compress; Pagefind's index
// files are gzip on disk, Stilas's are not), counted at the server for both engines.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { content_type_for, resolve_file } from '../tests/browser/serve.mjs';
import { k_chromium_args } from '../tests/browser/browser.mjs';

const k_queries = [
  'kommune',            // on nearly every page
  'kulturskole',
  'samskaping',
  'medvirkning barn',   // two words
  'kommunane',          // nynorsk plural of kommune
  'kulturskoleleder',   // compound not in the text as one word
  'dialogkonferanse',   // in no page
  'samskapning',        // one-letter typo of samskaping
  'musikk teater',      // two words
];

function parse_args(argv) {
  const args = { site: '', pagefind: '/pagefind_idx/', stilas: '/sok/', chromium: '/usr/bin/chromium', json: '' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args) || argv[i + 1] === undefined) {
      process.stderr.write('usage: node bench/search_bytes.mjs --site DIR [--pagefind /pagefind_idx/] [--stilas /sok/] [--chromium PATH] [--json FILE]\n');
      process.exit(2);
    }
    args[key] = argv[i + 1];
  }
  if (!args.site) {
    process.stderr.write('search_bytes: --site DIR is required\n');
    process.exit(2);
  }
  return args;
}

// Runs in the page: one query with one engine, in a module-level cache of the engine so that a
// second call in the same page reuses what the first fetched.
async function run_in_page({ engine, q, stilas, pagefind }) {
  const t0 = performance.now();
  let titles;
  let total;
  if (engine === 'stilas') {
    if (!window.__stilas) {
      const { openSearch } = await import(`${stilas}stilas-search.js`);
      window.__stilas = await openSearch({ base: `${stilas}indeks/` });
    }
    const r = await window.__stilas.query(q, { limit: 10 });
    titles = r.results.map((x) => x.title);
    total = r.total;
  } else {
    if (!window.__pagefind) window.__pagefind = await import(`${pagefind}pagefind.js`);
    const r = await window.__pagefind.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    titles = data.map((d) => d.meta?.title ?? d.url);
    total = r.results.length;
  }
  return { titles, total, ms: performance.now() - t0 };
}

// The static server: the files of the site as tests/browser/serve.mjs resolves them, without
// compression, plus a blank page; counts the body bytes of every 200 answer, split into the
// engines' code (.js, Pagefind's wasm.*) and the rest (index files). Counting at the server sees
// every request, also those of Pagefind's Web Worker, which the page's own network events miss.
const counter = { code: 0, index: 0, requests: 0, files: [], reset() { this.code = 0; this.index = 0; this.requests = 0; this.files = []; } };

async function start_counting_server(root) {
  const real_root = await realpath(root);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://127.0.0.1');
      response.setHeader('Cache-Control', 'no-store');
      if (url.pathname === '/__bench_blank.html') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><html lang="nb"><title>blank</title></html>');
        return;
      }
      const { file } = await resolve_file(real_root, url.pathname);
      if (request.method !== 'GET' || file === null) {
        response.writeHead(404).end();
        return;
      }
      const body = await readFile(file);
      const name = path.posix.basename(url.pathname);
      if (name.endsWith('.js') || name.startsWith('wasm.')) counter.code += body.length;
      else counter.index += body.length;
      counter.requests += 1;
      counter.files.push(`${url.pathname} ${body.length}`);
      response.writeHead(200, { 'Content-Type': content_type_for(file), 'Content-Length': body.length });
      response.end(body);
    } catch {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function open_blank(browser, site_url) {
  const context = await browser.newContext();
  const origin = new URL(site_url).origin;
  await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('/__bench_blank.html', site_url).href, { waitUntil: 'load' });
  counter.reset();
  return { context, page, errors };
}

async function measure(browser, site_url, engine, q, previous, opts) {
  const { context, page, errors } = await open_blank(browser, site_url);
  try {
    const out = {};
    if (previous !== null) {
      await page.evaluate(run_in_page, { engine, q: previous, ...opts });
      counter.reset();
      const warm = await page.evaluate(run_in_page, { engine, q, ...opts });
      out.warm = { bytes: counter.code + counter.index, requests: counter.requests, ms: warm.ms };
    } else {
      const cold = await page.evaluate(run_in_page, { engine, q, ...opts });
      if (process.env.SEARCH_BYTES_FILES) console.error(`${engine} «${q}»:\n  ${counter.files.join('\n  ')}`);
      out.cold = { bytes: counter.code + counter.index, code: counter.code, index: counter.index,
        requests: counter.requests, ms: cold.ms, titles: cold.titles, total: cold.total };
    }
    if (errors.length) throw new Error(`${engine} «${q}»: ${errors.join('; ')}`);
    return out;
  } finally {
    await context.close();
  }
}

const kb = (n) => (n / 1024).toFixed(1);

async function main() {
  const args = parse_args(process.argv.slice(2));
  const server = await start_counting_server(args.site);
  const browser = await chromium.launch({ executablePath: args.chromium, args: k_chromium_args, headless: true });
  const opts = { stilas: args.stilas, pagefind: args.pagefind };
  const rows = [];
  try {
    for (let i = 0; i < k_queries.length; ++i) {
      const q = k_queries[i];
      const previous = k_queries[(i + k_queries.length - 1) % k_queries.length];
      const row = { query: q, previous };
      for (const engine of ['stilas', 'pagefind']) {
        const cold = (await measure(browser, server.url, engine, q, null, opts)).cold;
        const warm = (await measure(browser, server.url, engine, q, previous, opts)).warm;
        row[engine] = { cold, warm };
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const line = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join(' ');
  const w = [18, 9, 9, 9, 9, 9, 9, 9, 9];
  console.log('KB fetched per query (response bodies; "code" = the engine\'s JS/WebAssembly, "index" = index files;');
  console.log('cold = fresh context, warm = asked right after the previous query in the list, same page)');
  console.log(line(['query', 'S cold', 'S code', 'S index', 'S warm', 'P cold', 'P code', 'P index', 'P warm'], w));
  for (const r of rows) {
    const s = r.stilas, p = r.pagefind;
    console.log(line([r.query, kb(s.cold.bytes), kb(s.cold.code), kb(s.cold.index), kb(s.warm.bytes),
      kb(p.cold.bytes), kb(p.cold.code), kb(p.cold.index), kb(p.warm.bytes)], w));
  }
  const med = (xs) => { const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
  const col = (engine, f) => rows.map((r) => f(r[engine]));
  console.log(line(['median', kb(med(col('stilas', (e) => e.cold.bytes))), kb(med(col('stilas', (e) => e.cold.code))),
    kb(med(col('stilas', (e) => e.cold.index))), kb(med(col('stilas', (e) => e.warm.bytes))),
    kb(med(col('pagefind', (e) => e.cold.bytes))), kb(med(col('pagefind', (e) => e.cold.code))),
    kb(med(col('pagefind', (e) => e.cold.index))), kb(med(col('pagefind', (e) => e.warm.bytes)))], w));
  console.log();
  console.log('Requests (cold / warm) and time in the page (cold / warm, ms, includes loading the engine when cold):');
  for (const r of rows) {
    const s = r.stilas, p = r.pagefind;
    console.log(`  ${r.query.padEnd(18)} Stilas ${s.cold.requests}/${s.warm.requests} req, ${s.cold.ms.toFixed(0)}/${s.warm.ms.toFixed(0)} ms;` +
      ` Pagefind ${p.cold.requests}/${p.warm.requests} req, ${p.cold.ms.toFixed(0)}/${p.warm.ms.toFixed(0)} ms`);
  }
  console.log();
  console.log('Matches and top 3 titles:');
  for (const r of rows) {
    console.log(`  «${r.query}»`);
    console.log(`    Stilas   (${r.stilas.cold.total}): ${r.stilas.cold.titles.slice(0, 3).join(' | ') || '—'}`);
    console.log(`    Pagefind (${r.pagefind.cold.total}): ${r.pagefind.cold.titles.slice(0, 3).join(' | ') || '—'}`);
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`search_bytes: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
