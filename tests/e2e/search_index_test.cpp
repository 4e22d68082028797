// End to end: the search index of a whole site holds the published pages, each with its own
// analysis.
#include <doctest/doctest.h>

#include <string>

#include "e2e/site_fixture.hpp"
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
