// Differential check of the browser analysis against the build's (run by tests/unit/search):
// node tests/search/analyzer_check.mjs DIR, where DIR holds stems.tsv (word TAB libstemmer's
// stem), tables.json (stop words and stem table) and text-N.txt / terms-N.txt pairs (a text
// and the C++ term of each of its tokens, one per line, empty for a stop word). Prints every
// difference and exits 1 when there is any.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Analyzer, tokenize } from '../../generator/search/client/analyzer.js';
import { stem } from '../../generator/search/client/stemmer.js';

const dir = process.argv[2];
const differences = [];
const report = (what) => {
  if (differences.length < 40) console.log(what);
  differences.push(what);
};

let words = 0;
for (const line of readFileSync(path.join(dir, 'stems.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const [word, expected] = line.split('\t');
  words++;
  const got = stem(word);
  if (got !== expected) report(`stamme: «${word}» libstemmer «${expected}», JS «${got}»`);
}

const analyzer = new Analyzer(JSON.parse(readFileSync(path.join(dir, 'tables.json'), 'utf8')));
let tokens = 0;
for (const name of readdirSync(dir).filter((n) => n.startsWith('text-')).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  const expected = readFileSync(path.join(dir, name.replace('text-', 'terms-')), 'utf8').split('\n').slice(0, -1);
  const got = tokenize(text).map(({ token }) => analyzer.term(token));
  tokens += got.length;
  if (got.length !== expected.length) report(`${name}: C++ ${expected.length} ord, JS ${got.length}`);
  for (let i = 0; i < Math.min(got.length, expected.length); i++)
    if (got[i] !== expected[i]) {
      report(`${name} ord ${i + 1}: C++ «${expected[i]}», JS «${got[i]}»`);
      break;
    }
}
console.log(`${words} ord og ${tokens} tekstord sammenlignet, ${differences.length} forskjeller.`);
process.exit(differences.length ? 1 : 0);
