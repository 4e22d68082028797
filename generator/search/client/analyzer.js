// Text analysis in the browser, exactly as the build does it (generator/search/fold.cpp and
// analyzer.cpp): tokens of letters and digits, folded the Norwegian way, stop words out,
// Snowball stems, nynorsk stems mapped to bokmål. The stop words and the stem table come from
// the index's manifest, so both sides always use the same ones.
import { stem } from './stemmer.js';

export const MIN_TOKEN_CHARS = 2;
export const MAX_TOKEN_CHARS = 40;

// U+00C0..U+00FF and U+0100..U+017F folded, as in fold.cpp ('.' not a letter; 1, 2 two letters;
// \x01 ä → æ, \x02 å, \x03 æ, \x04 ö/ø → ø).
const LATIN1 = 'aaaa\x01\x02\x03ceeeeiiiidnoooo\x04.\x04uuuuy21' + 'aaaa\x01\x02\x03ceeeeiiiidnoooo\x04.\x04uuuuy2y';
const LATIN_EXT_A = 'aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkklllllllllln' +
  'nnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs';
const SPECIAL = { '\x01': 'æ', '\x02': 'å', '\x03': 'æ', '\x04': 'ø' };

function foldLatin1(cp) {
  const code = LATIN1[cp - 0xC0];
  if (code === '.') return null;
  if (code === '1') return 'ss';
  if (code === '2') return 'th';
  return SPECIAL[code] ?? code;
}

function foldLatinExtA(cp) {
  const code = LATIN_EXT_A[cp - 0x100];
  if (code === '1') return 'ij';
  if (code === '2') return 'oe';
  return code;
}

function foldGreekCyrillic(cp) {
  if (cp >= 0x391 && cp <= 0x3A9 && cp !== 0x3A2) cp += 0x20;
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
  else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
  else if (!((cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x4FF))) return null;
  return String.fromCodePoint(cp);
}

const MODIFIER = 'modifier';

/** The folded text of a code point (one or two letters), null for a separator, or MODIFIER. */
export function foldCodePoint(cp) {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7A) || (cp >= 0x30 && cp <= 0x39)) return String.fromCharCode(cp);
    if (cp >= 0x41 && cp <= 0x5A) return String.fromCharCode(cp + 32);
    return null;
  }
  if (cp === 0xAD || (cp >= 0x300 && cp <= 0x36F)) return MODIFIER;
  if (cp < 0xC0) return null;
  if (cp < 0x100) return foldLatin1(cp);
  if (cp < 0x180) return foldLatinExtA(cp);
  if (cp < 0x250) return String.fromCodePoint(cp);
  if (cp >= 0x370 && cp < 0x500) return foldGreekCyrillic(cp);
  return null;
}

// å from a + ring above, æ/ø from a/o + diaeresis; other combining marks vanish.
function applyModifier(cp, token) {
  const last = token.slice(-1);
  if (cp === 0x30A && last === 'a') return token.slice(0, -1) + 'å';
  if (cp === 0x308 && last === 'a') return token.slice(0, -1) + 'æ';
  if (cp === 0x308 && last === 'o') return token.slice(0, -1) + 'ø';
  return token;
}

/**
 * The tokens of `text`: [{ token, start, end }] with start/end as string indexes of the
 * original text (for highlighting). Tokens outside 2–40 letters are left out.
 */
export function tokenize(text) {
  const out = [];
  let token = '';
  let chars = 0;
  let start = 0;
  let end = 0;
  const close = () => {
    if (token && chars >= MIN_TOKEN_CHARS && chars <= MAX_TOKEN_CHARS) out.push({ token, start, end });
    token = '';
    chars = 0;
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    const width = cp > 0xFFFF ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded === MODIFIER) {
      if (token) {
        token = applyModifier(cp, token);
        end = i + width;
      }
    } else if (folded === null) {
      close();
    } else {
      if (!token) start = i;
      token += folded;
      chars += folded.length === 2 && folded.charCodeAt(0) < 0x80 ? 2 : 1;
      end = i + width;
    }
    i += width;
  }
  close();
  return out;
}

/** Number of code points in `s`. */
export function codePoints(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** True when `token` has a character that is not an ASCII digit. */
export function hasLetter(token) {
  return /[^0-9]/.test(token);
}

/** Token → term, with the manifest's stop words and stem table. */
export class Analyzer {
  constructor({ stopwords = [], stems = [] } = {}) {
    this.stopwords = new Set(stopwords);
    this.stems = stems.map(([from, to, whole]) => ({ from, to, whole: Boolean(whole) }));
  }

  mapStem(s) {
    for (const { from, to, whole } of this.stems) {
      if (s === from) return to;
      if (whole || !s.endsWith(from)) continue;
      const front = s.slice(0, s.length - from.length);
      if (codePoints(front) < 3) continue;
      return front + to;
    }
    return s;
  }

  /** The term of a folded token, or '' for a stop word. */
  term(token) {
    if (this.stopwords.has(token)) return '';
    if (!hasLetter(token)) return token;
    // Nynorsk genitive plural (kommunanes): Snowball knows -ane and -enes but not -anes.
    if (token.endsWith('anes') && codePoints(token) >= 7) return this.mapStem(stem(`${token.slice(0, -4)}enes`));
    return this.mapStem(stem(token));
  }

  /** Every term of `text` in order, stop words left out. */
  terms(text) {
    return tokenize(text).map(({ token }) => this.term(token)).filter((t) => t);
  }
}

/**
 * Optimal string alignment distance between `a` and `b` (insert, delete, substitute, swap two
 * neighbours), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a, b, limit = 1) {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous2 = null;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (previous2 && i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, previous2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[y.length];
}

/** HTML-escapes text (& < > " '). */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
