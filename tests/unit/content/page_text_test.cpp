#include <doctest/doctest.h>

#include "content/page_text.hpp"
#include "content_fixture.hpp"

using namespace stilas::content;
using namespace stilas::content::testing;
using namespace std::string_literals;

TEST_CASE("reports invalid UTF-8 at the line and column of the first bad byte") {
    auto p = parse("verktoy/igp.md", "---\ntitle: Bl\xE5" "b\xE6r\n---\n", typed_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:2:10: feil[ENC001]: Filen er ikke gyldig UTF-8. "
                             "Lagre filen med tegnkodingen UTF-8."});
}

TEST_CASE("reports a NUL byte at its position") {
    auto p = parse("verktoy/igp.md", "---\ntitle: IGP\nstatus: pågår\n---\nab\0c\n"s,
                   typed_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:5:3: feil[ENC002]: Filen inneholder et NUL-tegn (byte 0). "
                             "Er dette en binærfil? Fjern tegnet, eller flytt filen til media/."});
}

TEST_CASE("refuses a file over 4 MiB without parsing it") {
    std::string big = verktoy_page() + std::string(k_max_page_bytes, 'x');
    auto p = parse("verktoy/igp.md", big, typed_config());
    CHECK_FALSE(p.document.has_value());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md: feil[ENC003]: Filen er større enn grensen på 4 MiB for en "
                             "side. Del siden opp i flere sider, eller legg store filer i media/."});
}

TEST_CASE("accepts a file of exactly 4 MiB") {
    std::string page = verktoy_page();
    page += std::string(k_max_page_bytes - page.size(), 'x');
    auto p = parse("verktoy/igp.md", page, typed_config());
    CHECK(p.document.has_value());
    CHECK(p.headlines.empty());
}

TEST_CASE("drops a BOM and counts columns from after it") {
    auto p = parse("verktoy/igp.md", "\xEF\xBB\xBF---\ntitle: IGP\nstatus: pågår\n---\nTekst.\n", typed_config());
    REQUIRE(p.document.has_value());
    CHECK(p.headlines.empty());
    CHECK(p.document->title == "IGP");
    CHECK(p.document->title_pos == stilas::diag::LineCol{2, 8});

    auto bad = parse("verktoy/igp.md", "\xEF\xBB\xBFx: \xFF", typed_config());
    CHECK(bad.headlines.at(0).starts_with("content/verktoy/igp.md:1:4: feil[ENC001]"));
}

TEST_CASE("a CRLF file gives the same document and positions as its LF twin") {
    std::string lf = "---\ntitle: IGP\nstatus: pågår\nmetoder: [aksjonslaering]\nfunn:\n  - tittel: Funn\n"
                     "stauts: x\n---\nFørste linje.\n\nAndre linje.\n";
    std::string crlf = stilas::util::replace_all(lf, "\n", "\r\n");
    auto a = parse("verktoy/igp.md", lf, typed_config());
    auto b = parse("verktoy/igp.md", crlf, typed_config());
    REQUIRE(a.document.has_value());
    REQUIRE(b.document.has_value());
    CHECK(a.headlines == b.headlines);
    CHECK(a.headlines.size() == 1);
    CHECK(a.document->body == b.document->body);
    CHECK(b.document->body == "Første linje.\n\nAndre linje.\n");
    CHECK(a.document->body_first_line == b.document->body_first_line);
    REQUIRE(b.document->references.size() == 1);
    CHECK(a.document->references[0].pos == b.document->references[0].pos);
    CHECK(a.document->title_pos == b.document->title_pos);
    REQUIRE(b.document->fields.size() == 3);
    CHECK(b.document->fields[2].value.items.at(0).find("tittel")->scalar == "Funn");
}
