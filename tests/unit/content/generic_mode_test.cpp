#include <doctest/doctest.h>

#include "content/generic_mode.hpp"
#include "content_fixture.hpp"

using namespace stilas::content;
using namespace stilas::content::testing;
using stilas::diag::SourcePos;

TEST_CASE("generic mode accepts any keys into fields, in order and without checks") {
    auto p = parse("blogg/a.md",
                   "---\ntitle: Innlegg\ntags: [a, b]\ndraft: ja\nauthor: Kari\ndate: 2024-03-14T10:00:00+01:00\n---\n",
                   generic_config());
    CHECK(p.headlines.empty());
    REQUIRE(p.document.has_value());
    const Document& d = *p.document;
    CHECK(d.title == "Innlegg");
    CHECK(d.date == "2024-03-14");
    CHECK_FALSE(d.draft);
    REQUIRE(d.fields.size() == 2);
    CHECK(d.fields[0].name == "tags");
    CHECK(d.fields[0].schema == nullptr);
    CHECK(d.fields[0].value.items.size() == 2);
    CHECK(d.fields[1].name == "author");
    CHECK(d.find_field("author")->value.scalar == "Kari");
}

TEST_CASE("generic mode takes the title from the first heading, else from the file name") {
    auto heading = parse("blogg/a.md", "Innledning.\n\n```\n# ikke denne\n```\n  # Overskriften ##\n", generic_config());
    CHECK(heading.document->title == "Overskriften");
    CHECK(heading.document->title_pos == stilas::diag::LineCol{6, 5});

    auto stem = parse("blogg/mitt-innlegg.md", "Bare tekst.\n", generic_config());
    CHECK(stem.document->title == "mitt-innlegg");
    CHECK(stem.headlines.empty());
}

TEST_CASE("skips TOML front matter with a warning and keeps its title") {
    auto p = parse("blogg/a.md", "+++\ntitle = \"Fra \\\"Hugo\\\"\"\ndate = 2024-03-14\n+++\nTekst.\n", generic_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/blogg/a.md:1:1: advarsel[GEN002]: TOML-front matter (+++) forstås ikke; "
                             "feltene i den blir hoppet over. Skriv front matter som YAML mellom to linjer med «---»."});
    REQUIRE(p.document.has_value());
    CHECK(p.document->title == "Fra \"Hugo\"");
    CHECK(p.document->body == "Tekst.\n");
    CHECK(p.document->body_first_line == 5);
    CHECK(p.errors == 0);
}

TEST_CASE("warns once about Hugo shortcodes, at the first one") {
    auto p = parse("blogg/a.md", "---\ntitle: A\n---\nTekst\nse {{% notice %}} og {{< figure src=\"x\" >}}\n",
                   generic_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/blogg/a.md:5:4: advarsel[GEN001]: Hugo-kortkoden «{{%» forstås ikke og vises "
                             "som tekst. Skriv innholdet om til vanlig Markdown."});
}

TEST_CASE("warns about Liquid tags") {
    auto p = parse("blogg/a.md", "Tekst {% include x.html %}\n", generic_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/blogg/a.md:1:7: advarsel[GEN003]: Liquid-koden «{%» forstås ikke og vises som "
                             "tekst. Skriv innholdet om til vanlig Markdown."});
}

TEST_CASE("typed mode does not warn about shortcodes") {
    auto p = parse("verktoy/igp.md", verktoy_page() + "{{< x >}}\n", typed_config());
    CHECK(p.headlines.empty());
}

TEST_CASE("toml_title finds a top-level title only") {
    CHECK(toml_title("title = 'Enkel'\n") == "Enkel");
    CHECK_FALSE(toml_title("[params]\ntitle = \"Nei\"\n").has_value());
    CHECK_FALSE(toml_title("subtitle = \"Nei\"\n").has_value());
}
