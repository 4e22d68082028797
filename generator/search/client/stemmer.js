// The Snowball Norwegian stemmer, written from the algorithm's description at snowballstem.org,
// in the version libstemmer 2.2 (Debian 12) implements, so that the browser finds the same
// stems the build wrote. Input: a lowercase, folded word. Checked word by word against
// libstemmer over all of content/ by tests/unit/search (see docs/search.md).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'å', 'ø']);
const S_ENDING = new Set('bcdfghjlmnoprtvyz');

// Suffixes of step 1 with what to do: 1 delete, 2 delete an s after a valid s-ending, 3 → "er".
const MAIN_SUFFIXES = new Map([
  ...['a', 'e', 'ede', 'ande', 'ende', 'ane', 'ene', 'hetene', 'en', 'heten', 'ar', 'er', 'heter',
    'as', 'es', 'edes', 'endes', 'enes', 'hetenes', 'ens', 'hetens', 'ers', 'ets', 'et', 'het', 'ast']
    .map((s) => [s, 1]),
  ['s', 2],
  ['erte', 3], ['ert', 3],
]);
const OTHER_SUFFIXES = new Set(['leg', 'eleg', 'ig', 'eig', 'lig', 'elig', 'els', 'lov', 'elov', 'slov', 'hetslov']);
const LONGEST_MAIN = 7;
const LONGEST_OTHER = 7;

// R1: after the first non-vowel that follows a vowel, but at least three letters in.
function regionStart(chars) {
  const n = chars.length;
  if (n < 3) return n;
  let i = 0;
  while (i < n && !VOWELS.has(chars[i])) i++;
  while (i < n && VOWELS.has(chars[i])) i++;
  if (i >= n) return n;
  return Math.max(i + 1, 3);
}

// The longest suffix of `chars` in `table` that starts at or after `p1`, or null.
function longestSuffix(chars, table, longest, p1) {
  const n = chars.length;
  for (let len = Math.min(longest, n - p1); len >= 1; len--) {
    const suffix = chars.slice(n - len).join('');
    if (table.has(suffix)) return suffix;
  }
  return null;
}

function mainSuffix(chars, p1) {
  const suffix = longestSuffix(chars, MAIN_SUFFIXES, LONGEST_MAIN, p1);
  if (suffix === null) return chars;
  const n = chars.length;
  const action = MAIN_SUFFIXES.get(suffix);
  if (action === 1) return chars.slice(0, n - suffix.length);
  if (action === 3) return chars.slice(0, n - suffix.length).concat(['e', 'r']);
  const before = chars[n - 2];
  const kAfterConsonant = before === 'k' && n >= 3 && !VOWELS.has(chars[n - 3]);
  return S_ENDING.has(before) || kAfterConsonant ? chars.slice(0, n - 1) : chars;
}

function consonantPair(chars, p1) {
  const n = chars.length;
  if (n - 2 < p1) return chars;
  const last = chars[n - 2] + chars[n - 1];
  return last === 'dt' || last === 'vt' ? chars.slice(0, n - 1) : chars;
}

function otherSuffix(chars, p1) {
  const suffix = longestSuffix(chars, OTHER_SUFFIXES, LONGEST_OTHER, p1);
  return suffix === null ? chars : chars.slice(0, chars.length - suffix.length);
}

/** The Snowball Norwegian stem of a lowercase word. */
export function stem(word) {
  let chars = Array.from(word);
  const p1 = regionStart(chars);
  chars = mainSuffix(chars, p1);
  chars = consonantPair(chars, p1);
  chars = otherSuffix(chars, p1);
  return chars.join('');
}
