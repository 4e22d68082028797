// Search quality on the bundled content: real queries, in the word forms readers use (bokmål and
// nynorsk inflections, compounds, one-letter typos, several words), and the pages that must be
// among the top results. `top` is 5 unless a row says otherwise; `corrected` is the expected
// correction when the query has a typo.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSiteSearch } from './site_index.mjs';

const QUERIES = [
  // Bokmål inflections
  { q: 'kommunene', expect: ['/kommuner/', '/metoder/erfaringsdeling/'] },
  { q: 'dialogkonferanser', expect: ['/samlinger/dialogkonferanser-hosten-2019/', '/samlinger/dialogkonferanser-varen-2020/'] },
  { q: 'dialogkonferansen', expect: ['/metoder/dialogkonferanse/', '/verktoy/fire-laeringsrom/'] },
  { q: 'aksjonslæring', expect: ['/metoder/aksjonslaering/', '/verktoy/aksjonslaeringssirkelen/'] },
  { q: 'barnehagen', expect: ['/rapporter/meld-st-6-2019-2020/'] },
  { q: 'rådgivere', expect: ['/samlinger/radgiversamling-juni-2022/'] },
  { q: 'tjenestereise', expect: ['/verktoy/tjenestereiser/'] },
  // Nynorsk forms
  { q: 'kommunane', expect: ['/kommuner/', '/metoder/erfaringsdeling/'] },
  { q: 'kommunanes', expect: ['/kommuner/'] },
  { q: 'kulturskulen', expect: ['/rapporter/rammeplan-for-kulturskolen/', '/rapporter/pa-vei-mot-fremtidens-kulturskole/'] },
  { q: 'skulane', expect: ['/rapporter/en-skole-for-var-tid/'] },
  { q: 'tenestene', expect: ['/verktoy/tjenestereiser/'] },
  { q: 'medverknad', expect: ['/metoder/medvirkning/'] },
  { q: 'elevane', expect: ['/fokusomrader/eksempel-barn-og-unges-medvirkning/'] },
  { q: 'aksjonslæringa', expect: ['/metoder/aksjonslaering/'] },
  { q: 'samskapinga', expect: ['/metoder/samskaping/'] },
  { q: 'forankringa', expect: ['/metoder/forankring/'] },
  { q: 'fellessamlingane', expect: ['/samlinger/fellessamling-1-september-2024/'] },
  { q: 'kulturskoleleiaren', expect: ['/metoder/kommunegruppe/', '/verktoy/rolle-og-forventningsavklaring/'] },
  // Compounds: whole, inflected, and split when the pages write the parts apart
  { q: 'kulturskoleleder', expect: ['/metoder/kommunegruppe/', '/verktoy/rolle-og-forventningsavklaring/'] },
  { q: 'kulturskolelederen', expect: ['/metoder/kommunegruppe/', '/verktoy/rolle-og-forventningsavklaring/'] },
  { q: 'rolleavklaring', expect: ['/verktoy/rolle-og-forventningsavklaring/'] },
  { q: 'kulturskoleutvikling', expect: ['/metoder/veiledning/'] },
  { q: 'kommunegruppemøte', expect: ['/verktoy/moteplan-for-utviklingsarbeid/'], top: 10 },
  // One-letter typos (a letter missing, wrong, or two swapped)
  { q: 'stastedsbeskrivelse', expect: ['/verktoy/stastedsbeskrivelse/'], corrected: 'ståstedsbeskrivelse' },
  { q: 'aksjonsprosesen', expect: ['/verktoy/seks-trinn-i-aksjonsprosessen/'], corrected: 'aksjonsprosessen' },
  { q: 'kommunegrupen', expect: ['/metoder/kommunegruppe/'], corrected: 'kommunegruppen' },
  { q: 'medvikrning', expect: ['/metoder/medvirkning/'], corrected: 'medvirkning' },
  { q: 'padlte', expect: ['/verktoy/dialoggrupper-med-padlet/'], corrected: 'padlet' },
  // Names, abbreviations, titles, several words
  { q: 'IGP', expect: ['/verktoy/igp/'] },
  { q: 'PLF', expect: ['/metoder/profesjonelle-laeringsfellesskap/'] },
  { q: 'SFO', expect: ['/fokusomrader/eksempel-kulturskole-og-sfo/'] },
  { q: 'Bodø', expect: ['/kommuner/bodo/'] },
  { q: 'Målselv', expect: ['/kommuner/malselv/'] },
  { q: 'Skaarutvalget', expect: ['/rapporter/skaarutvalget-ny-tid-nye-oppgaver/'] },
  { q: 'veilederkorps', expect: ['/rapporter/udir-evaluering-av-veilederkorps/'] },
  { q: 'fasetenkning', expect: ['/metoder/fasetenkning/'] },
  { q: 'møteplan', expect: ['/verktoy/moteplan-for-utviklingsarbeid/'] },
  { q: 'koordinatorsamling', expect: ['/samlinger/koordinatorsamlinger-i-piloten/'] },
  { q: 'profesjonelle læringsfellesskap', expect: ['/metoder/profesjonelle-laeringsfellesskap/'] },
  { q: 'rammeplan mangfold fordypning', expect: ['/rapporter/rammeplan-for-kulturskolen/'] },
  { q: 'statusrapport piloten', expect: ['/rapporter/statusrapport-pilot-mars-2022/'] },
  { q: 'leve hele livet', expect: ['/rapporter/meld-st-15-2017-2018/'] },
  { q: 'barn og unge medvirkning', expect: ['/fokusomrader/eksempel-barn-og-unges-medvirkning/', '/metoder/medvirkning/'] },
  { q: 'forberedelse påkobling', expect: ['/verktoy/forberedelser-og-pakobling/'] },
  { q: 'Fremtidens kulturskole', expect: ['/rapporter/pa-vei-mot-fremtidens-kulturskole/'] },
];

test(`at least 30 quality queries (${QUERIES.length})`, () => assert.ok(QUERIES.length >= 30));

for (const { q, expect, top = 5, corrected = null } of QUERIES) {
  test(`«${q}» finds ${expect.join(', ')} in the top ${top}`, async () => {
    const search = await openSiteSearch();
    const r = await search.query(q, { limit: top });
    const urls = r.results.map((hit) => hit.url);
    for (const url of expect) assert.ok(urls.includes(url), `${url} not in ${JSON.stringify(urls)}`);
    assert.equal(r.corrected, corrected);
  });
}
