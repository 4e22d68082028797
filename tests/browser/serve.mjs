// A tiny static file server for the browser tests: serves a built site from one folder on the
// loopback interface only. Run as `node serve.mjs ROOT` (prints its base URL on the first line of
// stdout, then serves until killed) or import start_server() from a test.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const k_content_types = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.json', 'application/json'],
  ['.webmanifest', 'application/manifest+json'],
  ['.xml', 'application/xml; charset=utf-8'],
  ['.atom', 'application/atom+xml; charset=utf-8'],
  ['.rss', 'application/rss+xml; charset=utf-8'],
  ['.ics', 'text/calendar; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.avif', 'image/avif'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.woff', 'font/woff'],
  ['.ttf', 'font/ttf'],
  ['.otf', 'font/otf'],
  ['.pdf', 'application/pdf'],
]);

/// The Content-Type header for a file name, by its extension (case-insensitive);
/// application/octet-stream for unknown extensions.
export function content_type_for(file_name) {
  return k_content_types.get(path.extname(file_name).toLowerCase()) ?? 'application/octet-stream';
}

/// What `url_path` names under `root`: { file, folder } where file is the regular file served
/// (a folder's index.html) or null, and folder says whether the path named a folder. Anything
/// that leaves the root (by "..", encoded separators or symbolic links), is not a regular file,
/// or cannot be decoded gives file null. `root` must be a real path.
export async function resolve_file(root, url_path) {
  const none = { file: null, folder: false };
  let decoded;
  try {
    decoded = decodeURIComponent(url_path);
  } catch {
    return none;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return none;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return none;
  let candidate = path.join(root, ...segments);
  try {
    const folder = (await stat(candidate)).isDirectory();
    if (folder) candidate = path.join(candidate, 'index.html');
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return none;
    return (await stat(real)).isFile() ? { file: real, folder } : none;
  } catch {
    return none;
  }
}

async function send_not_found(root, response, head_only) {
  const page = (await resolve_file(root, '/404.html')).file;
  const body = page ? await readFile(page) : Buffer.from('404 Not Found\n');
  response.writeHead(404, {
    'Content-Type': page ? content_type_for(page) : 'text/plain; charset=utf-8',
    'Content-Length': body.length,
  });
  response.end(head_only ? undefined : body);
}

async function handle(root, request, response) {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-store');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const head_only = request.method === 'HEAD';
  const url = new URL(request.url, 'http://127.0.0.1');
  const { file, folder } = await resolve_file(root, url.pathname);
  if (folder && !url.pathname.endsWith('/')) {
    const location = url.pathname.replace(/\/{2,}/g, '/') + '/' + url.search;
    response.writeHead(301, { Location: location }).end();
    return;
  }
  if (file === null) {
    await send_not_found(root, response, head_only);
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, { 'Content-Type': content_type_for(file), 'Content-Length': body.length });
  response.end(head_only ? undefined : body);
}

/// Starts serving `root` on 127.0.0.1 at `port` (0: a free port chosen by the system).
/// Resolves to { url, close } where url is the base URL ending in "/" and close() stops it.
export async function start_server(root, port = 0) {
  const real_root = await realpath(root);
  const server = createServer((request, response) => {
    handle(real_root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url, close };
}

async function main(argv) {
  if (argv.length !== 1) {
    process.stderr.write('usage: node serve.mjs ROOT\n');
    process.exit(2);
  }
  const { url, close } = await start_server(argv[0]);
  process.stdout.write(url + '\n');
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`serve.mjs: ${error.message}\n`);
    process.exit(2);
  });
}
