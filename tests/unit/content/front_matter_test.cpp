#include <doctest/doctest.h>

#include "content/front_matter.hpp"
#include "content_fixture.hpp"

using namespace stilas::content;
using namespace stilas::content::testing;

TEST_CASE("splits YAML front matter from the body and counts the body's first line") {
    auto split = split_front_matter("---\ntitle: A\n---\n# Overskrift\n");
    CHECK(split.style == FrontMatterStyle::yaml);
    CHECK(split.closed);
    CHECK(split.front == "title: A\n");
    CHECK(split.front_first_line == 2);
    CHECK(split.body == "# Overskrift\n");
    CHECK(split.body_first_line == 4);
}

TEST_CASE("delimiter lines may carry trailing spaces and the front matter may end with ...") {
    auto split = split_front_matter("---  \ntitle: A\n... \t\nTekst");
    CHECK(split.style == FrontMatterStyle::yaml);
    CHECK(split.front == "title: A\n");
    CHECK(split.body == "Tekst");
    CHECK(split.body_first_line == 4);
}

TEST_CASE("a text without a first --- line has no front matter") {
    auto split = split_front_matter(" ---\ntitle: A\n---\n");
    CHECK(split.style == FrontMatterStyle::none);
    CHECK(split.body == " ---\ntitle: A\n---\n");
    CHECK(split.body_first_line == 1);
    CHECK(split_front_matter("----\n---\n").style == FrontMatterStyle::none);
}

TEST_CASE("a closing line at the end of the file without a newline gives an empty body") {
    auto split = split_front_matter("---\ntitle: A\n---");
    CHECK(split.closed);
    CHECK(split.body.empty());
    CHECK(split.body_first_line == 4);
}

TEST_CASE("reports unclosed front matter at 1:1 and keeps the page without fields") {
    auto p = parse("verktoy/igp.md", "---\ntitle: IGP\nstatus: pågår\n\nTekst uten slutt.\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:1:1: feil[FM001]: Front matter som begynner med «---» på "
                             "linje 1, blir aldri avsluttet. Legg til en linje med bare «---» etter den siste "
                             "linjen i front matter."});
    REQUIRE(p.document.has_value());
    CHECK(p.document->url == "/verktoy/igp/");
    CHECK(p.document->title.empty());
    CHECK(p.document->body.empty());
}

TEST_CASE("reports front matter that is a list instead of keys") {
    auto p = parse("verktoy/igp.md", "---\n- title: IGP\n---\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:2:1: feil[FM002]: Front matter skal være felt med verdier, "
                             "men er en liste. Skriv ett felt per linje, f.eks. «title: Min side»."});
    CHECK(p.document.has_value());
}

TEST_CASE("reports front matter that is plain text") {
    auto p = parse("verktoy/igp.md", "---\n\nbare tekst\n---\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:3:1: feil[FM002]: Front matter skal være felt med verdier, "
                             "men er tekst. Skriv ett felt per linje, f.eks. «title: Min side»."});
}

TEST_CASE("a typed page without front matter gets the missing-title error") {
    auto p = parse("om.md", "# Om oss\n\nTekst.\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/om.md:1:1: feil[FM011]: Det obligatoriske feltet «title» (Tittel) mangler. "
                             "Legg til «title: …»."});
    REQUIRE(p.document.has_value());
    CHECK(p.document->body == "# Om oss\n\nTekst.\n");
    CHECK(p.document->body_first_line == 1);
}

TEST_CASE("YAML errors in front matter are reported at their file position, without follow-on errors") {
    auto p = parse("verktoy/igp.md", "---\ntitle: IGP\ntitle: IGP 2\nstatus: pågår\n---\n", typed_config());
    REQUIRE(p.headlines.size() == 1);
    CHECK(p.headlines[0].starts_with("content/verktoy/igp.md:3:"));
    CHECK(p.errors == 1);
    REQUIRE(p.document.has_value());
    CHECK(p.document->fields.empty());
}

TEST_CASE("an empty front matter is an empty mapping") {
    auto p = parse("metoder/_index.md", "---\n---\nListetekst.\n", typed_config());
    CHECK(p.headlines.empty());
    REQUIRE(p.document.has_value());
    CHECK(p.document->body == "Listetekst.\n");
    CHECK(p.document->body_first_line == 3);
}

TEST_CASE("typed mode treats +++ lines as body text") {
    auto p = parse("om.md", "+++\ntitle = \"Om\"\n+++\n", typed_config());
    CHECK(p.headlines.size() == 1);
    CHECK(p.headlines[0].find("[FM011]") != std::string::npos);
    CHECK(p.document->body.starts_with("+++"));
}
