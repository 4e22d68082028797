// End to end: the search index of a whole site holds the published pages, each with its own
// analysis.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "e2e/site_fixture.hpp"
#include "search/varint.hpp"
#include "support/inline_site.hpp"
#include "support/printers.hpp"

using stilas::test::build_inline;
using stilas::test::typed_site_config;
using stilas::test::typed_site_pages;
using Lines = std::vector<std::string>;

namespace {
// The excerpt ("x") of the document with `url` in the fragment file `fragment` ("" when none).
std::string excerpt_of(const std::string& fragment, const std::string& url) {
    const size_t doc = fragment.find("{\"u\":\"" + url + "\"");
    if (doc == std::string::npos) return "";
    const size_t x = fragment.find("\"x\":\"", doc);
    if (x == std::string::npos) return "";
    const size_t start = x + 5;
    return fragment.substr(start, fragment.find('"', start) - start);
}
}  // namespace

TEST_CASE("each published page has its own analysis in the search index when drafts among them are left out") {
    // Drafts before, between and after the published pages in parse order: the search step
    // finds the published pages' analyses by that order, past the drafts'.
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- metoder/aaa-utkast.md --
---
title: Utkast til metode
draft: true
---
Hemmelig metodetekst.
-- metoder/mmm-utkast.md --
---
title: Utkast nummer to
draft: true
---
Hemmelig tekst nummer to.
-- verktoy/zzz-utkast.md --
---
title: Utkast til verktøy
draft: true
---
Hemmelig verktøytekst.
)");
    CHECK(b->headlines() == Lines{});
    const std::string fragment = b->file("sok/indeks/doc/0.json");
    REQUIRE_FALSE(fragment.empty());
    CHECK(excerpt_of(fragment, "/metoder/aksjonslaering/") == "Innledning. Fire læringsrom Tekst om rommene.");
    CHECK(excerpt_of(fragment, "/verktoy/igp/").starts_with("Se rommene og"));
    CHECK(fragment.find("Hemmelig") == std::string::npos);
    CHECK(fragment.find("Utkast") == std::string::npos);
}

namespace {
// Each facet's name and values as the manifest lists them, in its order (facets.bin's).
std::vector<std::pair<std::string, std::vector<std::string>>> manifest_facets(const std::string& manifest) {
    std::vector<std::pair<std::string, std::vector<std::string>>> facets;
    const size_t list = manifest.find("\"facets\":[");
    REQUIRE(list != std::string::npos);
    for (size_t at = manifest.find("{\"name\":\"", list); at != std::string::npos; at = manifest.find("{\"name\":\"", at)) {
        at += 9;
        const std::string name = manifest.substr(at, manifest.find('"', at) - at);
        const size_t values = manifest.find("\"values\":[", at) + 10;
        const size_t end = manifest.find("]]", values);
        std::vector<std::string>& out = facets.emplace_back(name, std::vector<std::string>{}).second;
        for (size_t v = manifest.find("[\"", values); v != std::string::npos && v < end; v = manifest.find("[\"", v)) {
            v += 2;
            out.push_back(manifest.substr(v, manifest.find('"', v) - v));
        }
    }
    return facets;
}

// The URLs of the documents in document order, from the fragment files.
std::vector<std::string> doc_urls(const stilas::test::InlineBuild& b) {
    std::vector<std::string> urls;
    for (int f = 0;; ++f) {
        const std::string fragment = b.file("sok/indeks/doc/" + std::to_string(f) + ".json");
        if (fragment.empty()) return urls;
        for (size_t at = fragment.find("{\"u\":\""); at != std::string::npos; at = fragment.find("{\"u\":\"", at)) {
            at += 6;
            urls.push_back(fragment.substr(at, fragment.find('"', at) - at));
        }
    }
}

// "facet=value" for every facet value of the document with `url`, decoding facets.bin
// (per facet, per value in the manifest's order: a list, a bitmap or a range of documents).
Lines facets_of(const stilas::test::InlineBuild& b, const std::string& url) {
    const std::string manifest = b.file("sok/indeks/manifest.json");
    const std::string bytes = b.file("sok/indeks/facets.bin");
    const std::vector<std::string> urls = doc_urls(b);
    const auto found = std::find(urls.begin(), urls.end(), url);
    REQUIRE(found != urls.end());
    const uint64_t doc = static_cast<uint64_t>(found - urls.begin());
    std::set<std::string> out;
    size_t pos = 0;
    for (const auto& [name, values] : manifest_facets(manifest))
        for (const std::string& value : values) {
            bool has = false;
            switch (stilas::search::get_varint(bytes, pos)) {
                case 0: {   // a list of document deltas
                    const uint64_t count = stilas::search::get_varint(bytes, pos);
                    uint64_t d = 0;
                    for (uint64_t i = 0; i < count; ++i) {
                        d += stilas::search::get_varint(bytes, pos);
                        has = has || d == doc;
                    }
                    break;
                }
                case 1:   // a bitmap of every document
                    has = (static_cast<unsigned char>(bytes.at(pos + doc / 8)) >> (doc % 8)) & 1;
                    pos += (urls.size() + 7) / 8;
                    break;
                default: {   // a range
                    const uint64_t first = stilas::search::get_varint(bytes, pos);
                    const uint64_t count = stilas::search::get_varint(bytes, pos);
                    has = doc >= first && doc < first + count;
                }
            }
            if (has) out.insert(name + "=" + value);
        }
    CHECK(pos == bytes.size());
    return Lines(out.begin(), out.end());   // (sorted)
}
}  // namespace

TEST_CASE("a page referring to a kommune has the kommune and its fylke as facets, not its other terms") {
    auto b = build_inline(R"(-- stilas.yaml --
title: Testsiden
base_url: https://test.example.no/
language: nb
theme: standard
taxonomies:
  fylker:
    title: Fylker
    singular: Fylke
    terms:
      nordland: {title: Nordland}
      vestland: {title: Vestland}
  temaer:
    title: Temaer
    singular: Tema
    terms:
      samskaping: {title: Samskaping}
-- _typer/kommuner.yaml --
title: Kommuner
singular: Kommune
fields:
  fylke: {kind: term, taxonomy: fylker, label: Fylke}
  temaer: {kind: terms, taxonomy: temaer, label: Temaer}
-- _typer/fokusomrader.yaml --
title: Fokusområder
singular: Fokusområde
fields:
  kommune: {kind: ref, to: kommuner, label: Kommune}
-- kommuner/bodo.md --
---
title: Bodø
fylke: nordland
temaer: [samskaping]
---
Tekst om Bodø.
-- kommuner/bergen.md --
---
title: Bergen
fylke: vestland
---
Tekst om Bergen.
-- fokusomrader/lesing.md --
---
title: Lesing i skolen
kommune: bodo
---
Tekst om lesing.
)");
    REQUIRE(b->headlines() == Lines{});
    CHECK(facets_of(*b, "/kommuner/bodo/") ==
          Lines{"fylker=nordland", "kommuner=/kommuner/bodo/", "temaer=samskaping", "type=kommuner"});
    CHECK(facets_of(*b, "/kommuner/bergen/") ==
          Lines{"fylker=vestland", "kommuner=/kommuner/bergen/", "type=kommuner"});
    // The fylke of the kommune (a `term` field) comes with it; its `terms` field's tema does not.
    CHECK(facets_of(*b, "/fokusomrader/lesing/") ==
          Lines{"fylker=nordland", "kommuner=/kommuner/bodo/", "type=fokusomrader"});
}
