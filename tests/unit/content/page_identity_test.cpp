#include <doctest/doctest.h>

#include "content_fixture.hpp"

using namespace stilas::content;
using namespace stilas::content::testing;

TEST_CASE("is_page_path accepts Markdown pages and _index.md, nothing under _ or . names") {
    CHECK(is_page_path("verktoy/igp.md"));
    CHECK(is_page_path("om.md"));
    CHECK(is_page_path("_index.md"));
    CHECK(is_page_path("verktoy/_index.md"));
    CHECK_FALSE(is_page_path("verktoy/_utkast.md"));
    CHECK_FALSE(is_page_path("_typer/verktoy.md"));
    CHECK_FALSE(is_page_path(".git/readme.md"));
    CHECK_FALSE(is_page_path("verktoy/.skjult.md"));
    CHECK_FALSE(is_page_path("_utkast/_index.md"));
    CHECK_FALSE(is_page_path("stilas.yaml"));
    CHECK_FALSE(is_page_path("media/bilde.png"));
    CHECK_FALSE(is_page_path(""));
}

TEST_CASE("a page in a type folder gets the type, a slug from its stem and /type/slug/") {
    auto p = parse("verktoy/Får og Fe.md", verktoy_page(), typed_config());
    REQUIRE(p.document.has_value());
    CHECK(p.headlines.empty());
    CHECK(p.document->kind == PageKind::regular);
    CHECK(p.document->type == "verktoy");
    CHECK(p.document->slug == "far-og-fe");
    CHECK(p.document->url == "/verktoy/far-og-fe/");
    CHECK(p.document->path == "verktoy/Får og Fe.md");
    CHECK(p.document->display_path == "content/verktoy/Får og Fe.md");
    CHECK(p.document->blob_id == "abc123");
}

TEST_CASE("a type's _index.md is its section page with the type's title by default") {
    auto p = parse("verktoy/_index.md", "Alle verktøyene.\n", typed_config());
    REQUIRE(p.document.has_value());
    CHECK(p.headlines.empty());
    CHECK(p.document->kind == PageKind::section_index);
    CHECK(p.document->type == "verktoy");
    CHECK(p.document->slug.empty());
    CHECK(p.document->url == "/verktoy/");
    CHECK(p.document->title == "Verktøy");
}

TEST_CASE("the root _index.md is the home page with the site title by default") {
    auto p = parse("_index.md", "---\nsummary: Velkommen\n---\n", typed_config());
    REQUIRE(p.document.has_value());
    CHECK(p.headlines.empty());
    CHECK(p.document->kind == PageKind::home);
    CHECK(p.document->type.empty());
    CHECK(p.document->url == "/");
    CHECK(p.document->title == "Fremtidens kulturskole");
    CHECK(p.document->summary == "Velkommen");
}

TEST_CASE("a Markdown file at the root is a page without type") {
    auto p = parse("om.md", "---\ntitle: Om oss\n---\n", typed_config());
    REQUIRE(p.document.has_value());
    CHECK(p.headlines.empty());
    CHECK(p.document->type.empty());
    CHECK(p.document->slug == "om");
    CHECK(p.document->url == "/om/");
}

TEST_CASE("reports a folder that is not a type, suggesting the closest type") {
    auto p = parse("verktøy/igp.md", verktoy_page(), typed_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktøy/igp.md: feil[TYPE001]: Mappen «verktøy» er ikke en innholdstype. "
                             "Mente du «verktoy»?"});
}

TEST_CASE("reports a folder far from every type with the list of types") {
    auto p = parse("nyheter/a.md", verktoy_page(), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/nyheter/a.md: feil[TYPE001]: Mappen «nyheter» er ikke en innholdstype. "
                             "Typene er: metoder, rapporter, verktoy."});
}

TEST_CASE("reports a page nested below its type folder") {
    auto p = parse("verktoy/gamle/igp.md", verktoy_page(), typed_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/gamle/igp.md: feil[TYPE002]: Filen ligger for dypt: en side ligger "
                             "rett i mappen til typen sin. Flytt den til «verktoy/igp.md»."});
}

TEST_CASE("reports a file name that gives an empty slug") {
    auto p = parse("verktoy/___.md", verktoy_page(), typed_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/___.md: feil[TYPE003]: Navnet «___» gir en tom adresse: det har "
                             "ingen bokstaver eller tall. Gi det et navn med bokstaver eller tall, f.eks. "
                             "«min-side»."});
}

TEST_CASE("generic mode: sections by folder, slugified per component") {
    auto p = parse("Blogg/Høst 2024/Første innlegg.md", "Tekst.\n", generic_config());
    REQUIRE(p.document.has_value());
    CHECK(p.headlines.empty());
    CHECK(p.document->kind == PageKind::regular);
    CHECK(p.document->type == "Blogg");
    CHECK(p.document->slug == "forste-innlegg");
    CHECK(p.document->url == "/blogg/host-2024/forste-innlegg/");
}

TEST_CASE("generic mode: _index.md and index.md are their folder's page, at the root the home page") {
    auto section = parse("docs/guide/_index.md", "Tekst.\n", generic_config());
    REQUIRE(section.document.has_value());
    CHECK(section.document->kind == PageKind::section_index);
    CHECK(section.document->url == "/docs/guide/");
    CHECK(section.document->type == "docs");
    CHECK(section.document->title == "guide");

    auto index = parse("docs/index.md", "Tekst.\n", generic_config());
    CHECK(index.document->kind == PageKind::section_index);
    CHECK(index.document->url == "/docs/");

    auto home = parse("index.md", "Tekst.\n", generic_config());
    CHECK(home.document->kind == PageKind::home);
    CHECK(home.document->url == "/");
    CHECK(home.document->type.empty());

    auto root = parse("om.md", "Tekst.\n", generic_config());
    CHECK(root.document->url == "/om/");
    CHECK(root.document->type.empty());
}

TEST_CASE("generic mode: a folder name with an empty slug is reported") {
    auto p = parse("!!!/a.md", "Tekst.\n", generic_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/!!!/a.md: feil[TYPE003]: Navnet «!!!» gir en tom adresse: det har ingen "
                             "bokstaver eller tall. Gi det et navn med bokstaver eller tall, f.eks. «min-side»."});
}
