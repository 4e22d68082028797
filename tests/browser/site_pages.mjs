// Chooses the pages the browser tests visit: one page of every kind in a built site, found from
// the content folder (types, taxonomies, root pages) and the built files, never from a fixed list,
// so the same tests run on whatever content and theme stilas.yaml names.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/// The URL path of a page the tests request when they want the site's 404 page.
export const k_missing_path = '/denne-siden-finnes-ikke/';

/// The URL path of the search page (written when the theme has templates/search.mustache).
export const k_search_path = '/sok/';

function sorted_entries(folder) {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

function front_matter(markdown_file) {
  const text = readFileSync(markdown_file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? match[1] : '';
}

/// The top-level keys under `taxonomies:` in stilas.yaml, in file order, and the theme name.
/// A small line scan, enough for the config format in docs/content-format.md.
export function read_site_config(content_dir) {
  const lines = readFileSync(path.join(content_dir, 'stilas.yaml'), 'utf8').split(/\r?\n/);
  const taxonomies = [];
  let theme = '';
  let in_taxonomies = false;
  for (const line of lines) {
    const top = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (top) {
      in_taxonomies = top[1] === 'taxonomies';
      if (top[1] === 'theme') theme = top[2].replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '');
      continue;
    }
    const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (in_taxonomies && key) taxonomies.push(key[1]);
  }
  return { taxonomies, theme };
}

function built_file(site_dir, url_path) {
  const file = path.join(site_dir, ...url_path.split('/').filter(Boolean), 'index.html');
  return existsSync(file) ? file : null;
}

function largest(site_dir, url_paths) {
  let best = null;
  let best_size = -1;
  for (const url_path of url_paths) {
    const file = built_file(site_dir, url_path);
    if (file === null) continue;
    const size = statSync(file).size;
    if (size > best_size) [best, best_size] = [url_path, size];
  }
  return best;
}

function pages_of_type(content_dir, type) {
  return sorted_entries(path.join(content_dir, type))
    .filter((name) => name.endsWith('.md') && name !== '_index.md')
    .map((name) => ({ slug: name.slice(0, -3), file: path.join(content_dir, type, name) }));
}

function data_page(content_dir, site_dir, types) {
  const ordered = [...types].sort((a, b) => (b === 'rapporter') - (a === 'rapporter'));
  for (const type of ordered) {
    for (const { slug, file } of pages_of_type(content_dir, type)) {
      const url_path = `/${type}/${slug}/`;
      if (/^data:/m.test(front_matter(file)) && built_file(site_dir, url_path)) return url_path;
    }
  }
  return null;
}

function term_paths(site_dir, taxonomy) {
  return sorted_entries(path.join(site_dir, taxonomy)).map((term) => `/${taxonomy}/${term}/`);
}

/// One page of every kind: { kind, name, url_path, status } with status the HTTP status the
/// server must answer. Kinds: home, listing (per type), page (per type: the largest built page
/// other than the data page),
/// data (a page whose front matter has `data:`, reports first), root (the largest root page),
/// taxonomy (the largest taxonomy index), term (its largest term page), search (/sok/, when
/// built), not-found. Throws with a
/// readable message when a kind the content has is missing from the built site.
export function pick_pages(content_dir, site_dir) {
  const { taxonomies } = read_site_config(content_dir);
  const types = sorted_entries(path.join(content_dir, '_typer'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length));
  const picked = [];
  const add = (kind, name, url_path, status = 200) => {
    if (url_path === null) throw new Error(`no built page of kind "${kind}" (${name}) in ${site_dir}`);
    if (!picked.some((p) => p.url_path === url_path)) picked.push({ kind, name, url_path, status });
  };
  const with_data = data_page(content_dir, site_dir, types);
  add('home', 'home', largest(site_dir, ['/']));
  for (const type of types) {
    add('listing', `listing-${type}`, largest(site_dir, [`/${type}/`]));
    const slugs = pages_of_type(content_dir, type).map(({ slug }) => `/${type}/${slug}/`);
    const others = slugs.filter((url_path) => url_path !== with_data);
    if (slugs.length > 0) add('page', `page-${type}`, largest(site_dir, others.length > 0 ? others : slugs));
  }
  add('data', 'data-page', with_data);
  const roots = sorted_entries(content_dir)
    .filter((name) => name.endsWith('.md') && name !== '_index.md')
    .map((name) => `/${name.slice(0, -3)}/`);
  if (roots.length > 0) add('root', 'root-page', largest(site_dir, roots));
  if (taxonomies.length > 0) {
    const taxonomy_path = largest(site_dir, taxonomies.map((t) => `/${t}/`));
    add('taxonomy', 'taxonomy-index', taxonomy_path);
    add('term', 'term-page', largest(site_dir, term_paths(site_dir, taxonomy_path.split('/')[1])));
  }
  // The search page, when the theme has one (templates/search.mustache): its empty state.
  if (built_file(site_dir, k_search_path)) add('search', 'search-page', k_search_path);
  add('not-found', 'not-found', k_missing_path, 404);
  return picked;
}
