// Stilas search: the query engine that runs in the reader's browser over the index the build
// wrote (docs/search.md). A plain ES module without dependencies:
//
//   import { openSearch } from '/sok/stilas-search.js';
//   const search = await openSearch({ base: '/sok/indeks/' });   // fetches only the manifest
//   const r = await search.query('kommunane kultur', { filters: { type: ['verktoy'] }, limit: 10 });
//   // r = { total, results: [{ url, title, type, type_label, summary, date,
//   //                          snippet_html /* escaped text with <mark>…</mark> */, score }],
//   //       facets: [{ name, label, values: [{ value, label, count }] }],
//   //       corrected /* "kommunene" when a typo was corrected, else null */, bytes_fetched }
//   search.suggest('kultursk')   // → up to 8 completions (strings) for a combobox
//
// Options of openSearch: base (folder of manifest.json), fetch (a replacement for the global
// fetch, e.g. reading files in tests). Options of query: filters ({ facet: [values] }: values
// of one facet are alternatives, facets are combined), limit (10), offset (0), facets (true;
// false skips the facet counts). Fetched files are kept in memory; bytes_fetched counts the
// bytes this query had to fetch (0 when everything was cached); search.bytes_fetched_total
// counts everything since openSearch, the manifest included.
import { Analyzer, codePoints, editDistance, escapeHtml, hasLetter, tokenize } from './analyzer.js';

const VARIANT_WEIGHT = 0.8;      // another inflection of the same word (led ~ leder ~ ledern)
const COMPOUND_WEIGHT = 0.6;     // the query word's parts found apart (kulturskoleleder → kulturskole … leder)
const COMPLETION_WEIGHT = 0.5;   // the last word taken as the start of longer words
const TYPO_WEIGHT = 0.9;         // a word one letter away
const INFLECTION_ENDINGS = ['e', 'r', 'n', 'er', 'en', 'et', 'ern', 'ere'];
const LINKS = ['', 's', 'e'];
const MAX_TYPO_LEXICONS = 6;
const MAX_PREFIX_LEXICONS = 4;
const MAX_COMPLETIONS = 10;
const SNIPPET_CHARS = 200;

const decoder = new TextDecoder('utf-8');

/** Opens the index in `base`; fetches only the manifest. */
export async function openSearch({ base = '/sok/indeks/', fetch: fetcher } = {}) {
  const loader = new Loader(base.endsWith('/') ? base : `${base}/`, fetcher ?? globalThis.fetch.bind(globalThis));
  const counter = { bytes: 0 };
  const manifest = JSON.parse(decoder.decode(await loader.get('manifest.json', counter, true)));
  loader.version = manifest.version;
  return new Search(manifest, loader);
}

// Fetches index files once and keeps them; counts the bytes each query made it fetch.
class Loader {
  constructor(base, fetcher) {
    this.base = base;
    this.fetcher = fetcher;
    this.version = '';
    this.files = new Map();
    this.total = 0;
  }

  get(path, counter, revalidate = false) {
    let entry = this.files.get(path);
    if (!entry) {
      const url = this.base + path + (this.version ? `?v=${this.version}` : '');
      entry = this.fetcher(url, revalidate ? { cache: 'no-cache' } : undefined).then(async (response) => {
        if (!response.ok) throw new Error(`Fant ikke søkeindeksen (${path}: ${response.status})`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        this.total += bytes.length;
        counter.bytes += bytes.length;
        return bytes;
      });
      entry.catch(() => this.files.delete(path));
      this.files.set(path, entry);
    }
    return entry;
  }
}

// A byte reader for the binary files: varints and length-prefixed byte strings.
class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }

  varint() {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.pos++];
      value += (byte & 0x7F) * scale;
      if (!(byte & 0x80)) return value;
      scale *= 128;
    }
  }

  bytesOf() {
    const n = this.varint();
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

// A lexicon file: its terms with document counts, surface endings and where their postings are.
function decodeLexicon(bytes) {
  const r = new Reader(bytes);
  const count = r.varint();
  let file = r.varint();
  let offset = r.varint();
  let previous = new Uint8Array(0);
  const terms = [];
  for (let i = 0; i < count; i++) {
    const shared = r.varint();
    const rest = r.bytesOf();
    const raw = new Uint8Array(shared + rest.length);
    raw.set(previous.subarray(0, shared));
    raw.set(rest, shared);
    previous = raw;
    const df = r.varint();
    const suffix = decoder.decode(r.bytesOf());
    const step = r.varint();
    const length = r.varint();
    if (step > 0) {
      file += step;
      offset = 0;
    }
    const text = decoder.decode(raw);
    terms.push({ text, df, display: surfaceWord(text, suffix), file, offset, length });
    offset += length;
  }
  return { terms, byText: new Map(terms.map((t) => [t.text, t])) };
}

function surfaceWord(term, suffix) {
  return suffix.startsWith('\x01') ? suffix.slice(1) : term + suffix;
}

// The facet file: for every facet value, the sorted documents that have it.
function decodeFacets(bytes, facets, docCount) {
  const r = new Reader(bytes);
  return facets.map((facet) => facet.values.map(() => decodeFacetValue(r, docCount)));
}

function decodeFacetValue(r, docCount) {
  const form = r.varint();
  const docs = [];
  if (form === 0) {
    const n = r.varint();
    let d = 0;
    for (let i = 0; i < n; i++) docs.push((d = i === 0 ? r.varint() : d + r.varint()));
  } else if (form === 1) {
    const size = Math.ceil(docCount / 8);
    for (let d = 0; d < docCount; d++) if (r.bytes[r.pos + (d >> 3)] & (1 << (d & 7))) docs.push(d);
    r.pos += size;
  } else {
    const first = r.varint();
    const n = r.varint();
    for (let i = 0; i < n; i++) docs.push(first + i);
  }
  return docs;
}

/** One query's matches for one word: document → score, and the terms that matched. */
class WordMatch {
  constructor() {
    this.scores = new Map();
    this.terms = new Set();
    this.corrected = null;
  }

  add(doc, score) {
    if (score > (this.scores.get(doc) ?? 0)) this.scores.set(doc, score);
  }

  merge(other) {
    for (const [doc, score] of other.scores) this.add(doc, score);
    for (const t of other.terms) this.terms.add(t);
  }
}

class Search {
  constructor(manifest, loader) {
    this.manifest = manifest;
    this.loader = loader;
    this.analyzer = new Analyzer(manifest);
    this.keys = manifest.lexicons;
    this.lexicons = new Map();
    this.postings = new Map();
    this.facetDocs = null;
    this.scoring = manifest.scoring;
  }

  get bytes_fetched_total() {
    return this.loader.total;
  }

  /** Searches; see the comment at the top of this file for the answer's shape. */
  async query(text, { filters = {}, limit = 10, offset = 0, facets = true } = {}) {
    const counter = { bytes: 0 };
    const words = this.queryWords(text);
    const matches = [];
    for (let i = 0; i < words.length; i++) matches.push(await this.matchWord(words[i], i === words.length - 1, counter));
    const scored = combineWords(matches);
    const needFacets = facets || Object.keys(filters).length > 0;
    const facetDocs = needFacets && this.manifest.docs > 0 ? await this.loadFacets(counter) : null;
    const masks = facetDocs ? this.filterMasks(filters, facetDocs) : new Map();
    const kept = scored.filter(([doc]) => passesAll(doc, masks, null));
    const results = await this.results(kept.slice(offset, offset + limit), matches, counter);
    return {
      total: kept.length,
      results,
      facets: facets && facetDocs ? this.facetCounts(scored, masks, facetDocs, filters) : [],
      corrected: correctedQuery(words, matches),
      bytes_fetched: counter.bytes,
    };
  }

  /** Up to 8 completions of the last word of `text` (the text before it kept), most used first. */
  async suggest(text) {
    if (!text || /\s$/.test(text)) return [];
    const tokens = tokenize(text);
    const last = tokens[tokens.length - 1];
    if (!last || last.end !== text.length || codePoints(last.token) < 2) return [];
    const counter = { bytes: 0 };
    const stemmed = this.analyzer.term(last.token) || last.token;
    const candidates = await this.termsStartingWith([last.token, stemmed], counter);
    const seen = new Set();
    const out = [];
    for (const t of candidates) {
      const word = t.display;
      if (seen.has(word) || !word.startsWith(last.token)) continue;
      seen.add(word);
      out.push(text.slice(0, last.start) + word);
      if (out.length === 8) break;
    }
    return out;
  }

  // The words of a query: folded token, term, and the text as typed. Stop words are dropped
  // unless the query has nothing else.
  queryWords(text) {
    const words = [];
    const seen = new Set();
    for (const { token, start, end } of tokenize(text)) {
      const term = this.analyzer.term(token);
      if (!term || seen.has(term)) continue;
      seen.add(term);
      words.push({ token, term, typed: text.slice(start, end) });
    }
    return words;
  }

  // ---- lexicons and postings -------------------------------------------------------------

  // Index of the lexicon holding `term`: the last whose key sorts at or before it.
  keyIndexFor(term) {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid] <= term) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }

  // Indexes of the lexicons that can hold terms starting with `prefix` (at most `max`).
  lexiconsFor(prefix, max) {
    const out = [];
    const first = this.keyIndexFor(prefix);
    if (first >= 0) out.push(first);
    for (let i = first + 1; i < this.keys.length && out.length < max && this.keys[i].startsWith(prefix); i++) out.push(i);
    return out;
  }

  async lexicon(index, counter) {
    if (index < 0) return { terms: [], byText: new Map() };
    let lex = this.lexicons.get(index);
    if (!lex) {
      lex = this.loader.get(`lex/${index}.bin`, counter).then(decodeLexicon);
      this.lexicons.set(index, lex);
    }
    return lex;
  }

  async lookup(term, counter) {
    const lex = await this.lexicon(this.keyIndexFor(term), counter);
    return lex.byText.get(term) ?? null;
  }

  async postingsOf(entry, counter) {
    const key = `${entry.file}:${entry.offset}`;
    let list = this.postings.get(key);
    if (!list) {
      const bytes = await this.loader.get(`post/${entry.file}.bin`, counter);
      list = decodePostings(bytes.subarray(entry.offset, entry.offset + entry.length), entry.df, this.manifest.docs);
      this.postings.set(key, list);
    }
    return list;
  }

  idf(df) {
    const n = this.manifest.docs;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  async addTerm(match, entry, weight, counter) {
    const { docs, impacts } = await this.postingsOf(entry, counter);
    const factor = (weight * this.idf(entry.df) * this.scoring.max) / 255;
    for (let i = 0; i < docs.length; i++) match.add(docs[i], impacts[i] * factor);
    match.terms.add(entry.text);
  }

  // ---- one word: exact, inflections, parts, completions, typos ------------------------

  // Exact and inflected forms; else a one-letter typo; the parts of a compound (found apart,
  // with a lower weight); and for the last word, when nothing matched, longer words it starts.
  async matchWord(word, isLast, counter) {
    const match = new WordMatch();
    await this.addExactAndVariants(match, word.term, 1, counter);
    if (match.scores.size === 0) await this.addTypoCorrection(match, word, counter);
    if (!match.corrected) await this.addCompoundParts(match, word.term, counter);
    if (match.scores.size === 0 && isLast) await this.addCompletions(match, word, counter);
    return match;
  }

  // Index terms that are `term` with an inflection ending added or taken off (led ~ leder).
  async variantsOf(term, counter) {
    const out = [];
    if (codePoints(term) < 3 || !hasLetter(term)) return out;
    for (const ending of INFLECTION_ENDINGS) {
      const longer = await this.lookup(term + ending, counter);
      if (longer) out.push(longer);
      const shorter = term.endsWith(ending) ? term.slice(0, term.length - ending.length) : '';
      const entry = codePoints(shorter) >= 3 ? await this.lookup(shorter, counter) : null;
      if (entry) out.push(entry);
    }
    return out;
  }

  async addExactAndVariants(match, term, weight, counter) {
    const exact = await this.lookup(term, counter);
    if (exact) await this.addTerm(match, exact, weight, counter);
    for (const variant of await this.variantsOf(term, counter)) await this.addTerm(match, variant, weight * VARIANT_WEIGHT, counter);
  }

  async addCompoundParts(match, term, counter) {
    const parts = await this.splitCompound(term, 0, counter);
    if (!parts) return;
    const partMatches = [];
    for (const part of parts) {
      const m = new WordMatch();
      await this.addExactAndVariants(m, part, COMPOUND_WEIGHT, counter);
      partMatches.push(m);
    }
    const [first, ...rest] = partMatches;
    for (const [doc, score] of first.scores) {
      let total = score;
      if (rest.every((m) => m.scores.has(doc))) {
        for (const m of rest) total += m.scores.get(doc);
        match.add(doc, total / partMatches.length);
      }
    }
    for (const m of partMatches) for (const t of m.terms) match.terms.add(t);
  }

  // The parts of a compound query word among the index's terms (the build's rules:
  // compounds.hpp), longest known front part first; null when there are none.
  async splitCompound(term, depth, counter) {
    const [minChars, minHead, minTail] = this.scoring.compound;
    const chars = Array.from(term);
    if (chars.length < (depth === 0 ? minChars : minHead + minTail) || !/^[^0-9]+$/.test(term)) return null;
    for (let head = chars.length - minTail; head >= minHead; head--) {
      const front = chars.slice(0, head).join('');
      if (!(await this.lookup(front, counter))) continue;
      const rest = chars.slice(head).join('');
      for (const link of LINKS) {
        if (!rest.startsWith(link)) continue;
        const tail = rest.slice(link.length);
        if (codePoints(tail) < minTail) continue;
        if (await this.lookup(tail, counter)) return [front, tail];
        const more = depth < 2 ? await this.splitCompound(tail, depth + 1, counter) : null;
        if (more) return [front, ...more];
      }
    }
    return null;
  }

  // Lexicon entries whose term starts with one of `prefixes`, most documents first.
  async termsStartingWith(prefixes, counter) {
    const indexes = new Set();
    for (const prefix of prefixes) for (const i of this.lexiconsFor(prefix, MAX_PREFIX_LEXICONS)) indexes.add(i);
    const found = new Map();
    for (const index of indexes) {
      const lex = await this.lexicon(index, counter);
      for (const t of lex.terms)
        if (prefixes.some((p) => t.text.startsWith(p) || t.display.startsWith(p))) found.set(t.text, t);
    }
    return [...found.values()].sort((a, b) => b.df - a.df || (a.text < b.text ? -1 : 1));
  }

  async addCompletions(match, word, counter) {
    if (codePoints(word.token) < 3) return;
    const candidates = (await this.termsStartingWith([word.token], counter)).slice(0, MAX_COMPLETIONS);
    for (const t of candidates) await this.addTerm(match, t, COMPLETION_WEIGHT, counter);
  }

  // The lexicons a one-letter typo of `term` can be in, as long as its first two letters are right.
  typoLexicons(term) {
    const own = this.keyIndexFor(term);
    const out = new Set(own >= 0 ? [own] : []);
    for (const i of this.lexiconsFor(Array.from(term).slice(0, 2).join(''), MAX_TYPO_LEXICONS)) out.add(i);
    return [...out];
  }

  // The best term one edit away from the word (compared as stem, as written, or as stem plus
  // the ending the reader wrote), and the word the reader probably meant.
  async findTypo(word, counter) {
    const { token, term } = word;
    let best = null;
    for (const index of this.typoLexicons(term)) {
      const lex = await this.lexicon(index, counter);
      for (const t of lex.terms) {
        const spelled = typoSpelling(token, term, t);
        if (spelled === null) continue;
        if (!best || t.df > best.entry.df || (t.df === best.entry.df && t.text < best.entry.text)) best = { entry: t, spelled };
      }
    }
    return best;
  }

  async addTypoCorrection(match, word, counter) {
    if (codePoints(word.token) < 4 || !hasLetter(word.token)) return;
    const best = await this.findTypo(word, counter);
    if (!best) return;
    await this.addTerm(match, best.entry, TYPO_WEIGHT, counter);
    await this.addExactAndVariants(match, best.entry.text, TYPO_WEIGHT * VARIANT_WEIGHT, counter);
    match.corrected = best.spelled;
  }

  // ---- facets ------------------------------------------------------------------------------

  async loadFacets(counter) {
    if (!this.facetDocs) {
      this.facetDocs = this.loader
        .get('facets.bin', counter)
        .then((bytes) => decodeFacets(bytes, this.manifest.facets, this.manifest.docs));
    }
    return this.facetDocs;
  }

  // facet index → Uint8Array mask of the documents that pass that facet's filter.
  filterMasks(filters, facetDocs) {
    const masks = new Map();
    this.manifest.facets.forEach((facet, f) => {
      const wanted = filters[facet.name];
      if (!wanted || wanted.length === 0) return;
      const mask = new Uint8Array(this.manifest.docs);
      facet.values.forEach(([value], v) => {
        if (wanted.includes(value)) for (const d of facetDocs[f][v]) mask[d] = 1;
      });
      masks.set(f, mask);
    });
    return masks;
  }

  // Counts per facet value over the matches that pass every other facet's filter.
  facetCounts(scored, masks, facetDocs, filters) {
    return this.manifest.facets.map((facet, f) => {
      const base = new Uint8Array(this.manifest.docs);
      for (const [doc] of scored) if (passesAll(doc, masks, f)) base[doc] = 1;
      const wanted = filters[facet.name] ?? [];
      const values = [];
      facet.values.forEach(([value, label], v) => {
        let count = 0;
        for (const d of facetDocs[f][v]) count += base[d];
        if (count > 0 || wanted.includes(value)) values.push({ value, label, count });
      });
      return { name: facet.name, label: facet.label, values };
    }).filter((facet) => facet.values.length > 0);
  }

  // ---- results and snippets -------------------------------------------------------------------

  async fragment(doc, counter) {
    const group = Math.floor(doc / this.manifest.per_fragment);
    const bytes = await this.loader.get(`doc/${group}.json`, counter);
    if (!bytes.parsed) bytes.parsed = JSON.parse(decoder.decode(bytes));
    return bytes.parsed[doc % this.manifest.per_fragment];
  }

  typeLabel(type) {
    const facet = this.manifest.facets.find((f) => f.name === 'type');
    const value = facet?.values.find(([v]) => v === type);
    return value ? value[1] : null;
  }

  async results(page, matches, counter) {
    const terms = new Set();
    for (const m of matches) for (const t of m.terms) terms.add(t);
    const frags = await Promise.all(page.map(([doc]) => this.fragment(doc, counter)));
    return page.map(([, score], i) => {
      const f = frags[i];
      return {
        url: f.u,
        title: f.t,
        type: f.y || null,
        type_label: f.y ? this.typeLabel(f.y) : null,
        summary: f.s || null,
        date: f.d || null,
        snippet_html: this.snippet(f, terms),
        score: Math.round(score * 1000) / 1000,
      };
    });
  }

  isMatch(term, terms) {
    if (terms.has(term)) return true;
    if (codePoints(term) < 7) return false;
    for (const t of terms) if (codePoints(t) >= 3 && term.includes(t)) return true;
    return false;
  }

  snippet(fragment, terms) {
    for (const text of [fragment.x, fragment.s]) {
      if (!text) continue;
      const tokens = tokenize(text).filter((t) => this.isMatch(this.analyzer.term(t.token), terms));
      if (tokens.length > 0) return markedWindow(text, tokens, this.analyzer);
    }
    const text = fragment.x || fragment.s || '';
    return escapeHtml(cutAt(text, 0, SNIPPET_CHARS));
  }
}

// A posting list: form 0 = varint doc deltas with impact bytes; form 1 = a document bitmap
// and 4-bit impacts (for terms on many documents).
function decodePostings(bytes, df, docCount) {
  const docs = new Uint32Array(df);
  const impacts = new Uint8Array(df);
  if (bytes[0] === 1) {
    const nibbles = 1 + Math.ceil(docCount / 8);
    let i = 0;
    for (let d = 0; d < docCount && i < df; d++) {
      if (!(bytes[1 + (d >> 3)] & (1 << (d & 7)))) continue;
      docs[i] = d;
      impacts[i] = ((bytes[nibbles + (i >> 1)] >> ((i & 1) * 4)) & 15) * 17;
      i++;
    }
    return { docs, impacts };
  }
  const r = new Reader(bytes, 1);
  let doc = 0;
  for (let i = 0; i < df; i++) {
    doc = i === 0 ? r.varint() : doc + r.varint();
    docs[i] = doc;
    impacts[i] = r.bytes[r.pos++];
  }
  return { docs, impacts };
}

// How the reader probably meant to write `token` if `entry` is one edit from it, else null.
function typoSpelling(token, term, entry) {
  if (entry.text === term) return null;
  if (editDistance(token, entry.display) <= 1) return entry.display;
  if (editDistance(term, entry.text) <= 1) return token.startsWith(term) ? entry.text + token.slice(term.length) : entry.display;
  for (const ending of INFLECTION_ENDINGS)
    if (token.endsWith(ending) && editDistance(token.slice(0, -ending.length), entry.text) <= 1) return entry.text + ending;
  return null;
}

// Every word must match (AND); when no document has them all, documents with most words first.
function combineWords(matches) {
  if (matches.length === 0) return [];
  const totals = new Map();
  for (const m of matches) {
    for (const [doc, score] of m.scores) {
      const t = totals.get(doc) ?? { score: 0, words: 0 };
      t.score += score;
      t.words += 1;
      totals.set(doc, t);
    }
  }
  let entries = [...totals.entries()];
  const all = entries.filter(([, t]) => t.words === matches.length);
  if (all.length > 0) entries = all;
  entries.sort((a, b) => b[1].words - a[1].words || b[1].score - a[1].score || a[0] - b[0]);
  return entries.map(([doc, t]) => [doc, t.score]);
}

function passesAll(doc, masks, except) {
  for (const [f, mask] of masks) if (f !== except && !mask[doc]) return false;
  return true;
}

function correctedQuery(words, matches) {
  if (!matches.some((m) => m.corrected)) return null;
  return words.map((w, i) => matches[i].corrected ?? w.typed).join(' ');
}

// `text` from about `start`, at most `chars` long, cut between words, with … where cut.
function cutAt(text, start, chars) {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space - from < 20 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + chars);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + chars / 2) to = space;
  }
  return (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
}

// The window of `text` with the most distinct matched words, escaped, matches in <mark>.
function markedWindow(text, matched, analyzer) {
  let bestStart = 0;
  let bestCount = -1;
  for (const m of matched) {
    const from = Math.max(0, m.start - 40);
    const inside = new Set(matched.filter((t) => t.start >= from && t.end <= from + SNIPPET_CHARS).map((t) => analyzer.term(t.token)));
    if (inside.size > bestCount) {
      bestCount = inside.size;
      bestStart = from;
    }
  }
  let from = bestStart;
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space >= 0 ? space + 1 : 0;
  }
  let to = Math.min(text.length, from + SNIPPET_CHARS);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + SNIPPET_CHARS / 2) to = space;
  }
  let html = from > 0 ? '…' : '';
  let at = from;
  for (const m of matched) {
    if (m.start < from || m.end > to) continue;
    html += `${escapeHtml(text.slice(at, m.start))}<mark>${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  html += escapeHtml(text.slice(at, to));
  return html + (to < text.length ? '…' : '');
}
