// Opens the search engine the build emitted (STILAS_SEARCH_SITE = a built site folder), with the
// engine's fetch replaced by reading files, and counts what each fetch read.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const siteDir = process.env.STILAS_SEARCH_SITE;

/** The built site's files fetched by URL path ("/sok/indeks/x.bin?v=…"). */
export async function fileFetch(url) {
  const clean = decodeURIComponent(url.split('?')[0]);
  try {
    const bytes = await readFile(path.join(siteDir, clean));
    return { ok: true, status: 200, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
  } catch {
    return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
  }
}

/** The engine module as the build wrote it into the site. */
export async function engine() {
  return import(pathToFileURL(path.join(siteDir, 'sok', 'stilas-search.js')).href);
}

/** A freshly opened search (empty caches) over the built site. */
export async function openSiteSearch() {
  const { openSearch } = await engine();
  return openSearch({ base: '/sok/indeks/', fetch: fileFetch });
}
