// A small typed site shared by the end-to-end tests: two types, one taxonomy, cross-links.
#pragma once

#include <string>

namespace stilas::test {

/// stilas.yaml and the two schemas (verktoy refers to metoder), without pages.
inline std::string typed_site_config() {
    return R"(-- stilas.yaml --
title: Testsiden
base_url: https://test.example.no/
language: nb
theme: standard
taxonomies:
  temaer:
    title: Temaer
    singular: Tema
    terms:
      samskaping: {title: Samskaping}
      forankring: {title: Forankring}
-- _typer/verktoy.yaml --
title: Verktøy
singular: Verktøy
fields:
  metoder: {kind: refs, to: metoder, label: Arbeidsmåter, backlink: Verktøy som bruker metoden}
  temaer: {kind: terms, taxonomy: temaer, label: Temaer}
-- _typer/metoder.yaml --
title: Metoder
singular: Metode
fields:
  temaer: {kind: terms, taxonomy: temaer, label: Temaer}
)";
}

/// Two pages that link to each other in front matter and body.
inline std::string typed_site_pages() {
    return R"(-- metoder/aksjonslaering.md --
---
title: Aksjonslæring
summary: Læring gjennom handling og refleksjon.
temaer: [forankring]
---
Innledning.

## Fire læringsrom

Tekst om rommene.
-- verktoy/igp.md --
---
title: IGP
summary: Individuelt, gruppe, plenum.
metoder: [aksjonslaering]
temaer: [samskaping]
---
Se [rommene](../metoder/aksjonslaering.md#fire-laeringsrom) og [[aksjonslaering]].
)";
}

}  // namespace stilas::test
