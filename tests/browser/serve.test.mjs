// The static file server the browser tests use: loopback only, regular files under its root only,
// folders by their index.html, the site's 404 page for anything else, and the right content types.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { content_type_for, start_server } from './serve.mjs';

/// A raw GET (or `method`) of `raw_path`, sent exactly as written (fetch would normalise "..").
function get(base_url, raw_path, method = 'GET') {
  const { hostname, port } = new URL(base_url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: raw_path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the browser tests\' file server', () => {
  let work;
  let server;
  before(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'stilas-serve-'));
    const root = path.join(work, 'site');
    mkdirSync(path.join(root, 'rapporter'), { recursive: true });
    mkdirSync(path.join(root, 'tom'));
    writeFileSync(path.join(root, 'index.html'), '<p>forside</p>');
    writeFileSync(path.join(root, 'rapporter', 'index.html'), '<p>rapporter</p>');
    writeFileSync(path.join(root, '404.html'), '<p>finnes ikke</p>');
    writeFileSync(path.join(root, 'samlinger.ics'), 'BEGIN:VCALENDAR');
    writeFileSync(path.join(root, 'hemmelig.txt'), 'inne');
    writeFileSync(path.join(work, 'utenfor.txt'), 'utenfor roten');
    symlinkSync(path.join(work, 'utenfor.txt'), path.join(root, 'lenke.txt'));
    server = await start_server(root);
  });
  after(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('it listens on 127.0.0.1 only, on a port the system chose', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('a folder is served by its index.html, and a folder without a slash is redirected', async () => {
    const home = await get(server.url, '/');
    assert.equal(home.status, 200);
    assert.equal(home.body, '<p>forside</p>');
    assert.equal(home.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal((await get(server.url, '/rapporter/')).body, '<p>rapporter</p>');
    const bare = await get(server.url, '/rapporter?x=1');
    assert.equal(bare.status, 301);
    assert.equal(bare.headers.location, '/rapporter/?x=1');
    assert.equal((await get(server.url, '/index.html')).status, 200);
  });

  test('a missing file, or a folder without index.html, answers 404 with the site\'s 404 page', async () => {
    for (const missing of ['/finnes-ikke/', '/tom/', '/rapporter/x.html']) {
      const answer = await get(server.url, missing);
      assert.equal(answer.status, 404, missing);
      assert.equal(answer.body, '<p>finnes ikke</p>');
    }
  });

  test('nothing outside the root is served: not by "..", encoded "..", backslashes or symbolic links', async () => {
    for (const escape of ['/../utenfor.txt', '/%2e%2e/utenfor.txt', '/rapporter/%2E%2E/%2e%2e/utenfor.txt',
      '/..%2futenfor.txt', '/..%5cutenfor.txt', '/lenke.txt', '/%00']) {
      const answer = await get(server.url, escape);
      assert.equal(answer.status, 404, escape);
      assert.ok(!answer.body.includes('utenfor roten'), escape);
    }
  });

  test('only GET and HEAD are allowed', async () => {
    assert.equal((await get(server.url, '/', 'POST')).status, 405);
    const head = await get(server.url, '/samlinger.ics', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-type'], 'text/calendar; charset=utf-8');
  });

  test('content types follow the extension, whatever its case', () => {
    assert.equal(content_type_for('a/samlinger.ics'), 'text/calendar; charset=utf-8');
    assert.equal(content_type_for('sitemap.xml'), 'application/xml; charset=utf-8');
    assert.equal(content_type_for('sirkel.SVG'), 'image/svg+xml');
    assert.equal(content_type_for('inter-latin-400-normal.woff2'), 'font/woff2');
    assert.equal(content_type_for('stil.css'), 'text/css; charset=utf-8');
    assert.equal(content_type_for('robots.txt'), 'text/plain; charset=utf-8');
    assert.equal(content_type_for('rapport.pdf'), 'application/pdf');
    assert.equal(content_type_for('uten-endelse'), 'application/octet-stream');
  });
});
