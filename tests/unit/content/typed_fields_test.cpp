#include <doctest/doctest.h>

#include "content_fixture.hpp"

using namespace stilas::content;
using namespace stilas::content::testing;
using stilas::diag::SourcePos;
using stilas::diag::LineCol;

namespace {

const std::string k_full_page =
    "---\n"
    "ekstra: {farge: blå, tall: [1, 2]}\n"                 // 2
    "title: Innovasjonsgaranti\n"                           // 3
    "summary: Et verktøy for samskaping.\n"                 // 4
    "date: 2024-03-14\n"                                    // 5
    "updated: 2024-04-01\n"                                 // 6
    "draft: false\n"                                        // 7
    "lang: nn\n"                                            // 8
    "example: true\n"                                       // 9
    "aliases: [/gammel/igp/, /igp/]\n"                      // 10
    "weight: 2.5\n"                                         // 11
    "faser: [planlegging, gjennomforing]\n"                 // 12
    "metoder:\n"                                            // 13
    "  - aksjonslaering\n"                                  // 14
    "  - metoder/samtale\n"                                 // 15
    "varighet: 2\n"                                         // 16
    "roller: [lærer, rektor]\n"                             // 17
    "start: 2024-01-10\n"                                   // 18
    "moete: 2024-03-14 10:00\n"                             // 19
    "nettside: https://example.no/igp\n"                    // 20
    "aktiv: true\n"                                         // 21
    "antall: 12\n"                                          // 22
    "hovedmetode: aksjonslaering\n"                         // 23
    "tema: samskaping\n"                                    // 24
    "beskrivelse: |\n"                                      // 25
    "  Et **verktøy**.\n"                                   // 26
    "funn:\n"                                               // 27
    "  - tittel: Bedre samarbeid\n"                         // 28
    "    tekst: Lærerne samarbeider mer.\n"                 // 29
    "    kilde: rapport-2023\n"                             // 30
    "status: pågår\n"                                       // 31
    "---\n"                                                 // 32
    "Brødtekst.\n";                                         // 33

std::vector<std::string> field_names(const Document& d) {
    std::vector<std::string> names;
    for (const auto& f : d.fields) names.push_back(f.name);
    return names;
}

}  // namespace

TEST_CASE("a full valid page of a typed schema fills every member and field") {
    auto p = parse("verktoy/igp.md", k_full_page, typed_config());
    CHECK(p.headlines.empty());
    REQUIRE(p.document.has_value());
    const Document& d = *p.document;
    CHECK(d.title == "Innovasjonsgaranti");
    CHECK(d.title_pos == stilas::diag::LineCol{3, 8});
    CHECK(d.summary == "Et verktøy for samskaping.");
    CHECK(d.date == "2024-03-14");
    CHECK(d.updated == "2024-04-01");
    CHECK_FALSE(d.draft);
    CHECK(d.lang == "nn");
    CHECK(d.example);
    CHECK(d.aliases == std::vector<std::string>{"/gammel/igp/", "/igp/"});
    CHECK(d.weight == 2.5);
    CHECK(d.body == "Brødtekst.\n");
    CHECK(d.body_first_line == 33);

    CHECK(field_names(d) == std::vector<std::string>{"faser", "metoder", "varighet", "roller", "status", "start",
                                                     "moete", "nettside", "aktiv", "antall", "hovedmetode", "tema",
                                                     "beskrivelse", "funn", "ekstra"});
    CHECK(d.find_field("varighet")->value.scalar == "2");
    CHECK(d.find_field("moete")->value.scalar == "2024-03-14T10:00");
    CHECK(d.find_field("aktiv")->value.scalar == "true");
    CHECK(d.find_field("beskrivelse")->value.scalar == "Et **verktøy**.\n");
    CHECK(d.find_field("status")->schema->label == "Status");
    CHECK(d.find_field("ekstra")->value.find("farge")->scalar == "blå");
    CHECK(d.find_field("roller")->value.items.size() == 2);
    const auto& funn = d.find_field("funn")->value;
    REQUIRE(funn.items.size() == 1);
    CHECK(funn.items[0].entries.size() == 3);
    CHECK(funn.items[0].find("tekst")->scalar == "Lærerne samarbeider mer.");
    CHECK(d.find_field("title") == nullptr);

    REQUIRE(d.terms.size() == 3);
    CHECK(d.terms[0].taxonomy == "faser");
    CHECK(d.terms[0].term == "planlegging");
    CHECK(d.terms[1].term == "gjennomforing");
    CHECK(d.terms[2].taxonomy == "temaer");
    CHECK(d.terms[2].term == "samskaping");
}

TEST_CASE("references carry their exact position (in the page's file), allowed types and backlink label") {
    auto p = parse("verktoy/igp.md", k_full_page, typed_config());
    REQUIRE(p.document.has_value());
    const auto& refs = p.document->references;
    REQUIRE(refs.size() == 4);
    CHECK(*refs[0].field == "metoder");
    CHECK(refs[0].target == "aksjonslaering");
    CHECK(refs[0].pos == LineCol{14, 5});
    CHECK(refs[0].allowed_types() == std::vector<std::string>{"metoder"});
    CHECK(refs[0].backlink_label(typed_config(), "verktoy") == "Brukt i");
    CHECK(refs[1].target == "metoder/samtale");
    CHECK(refs[1].pos == LineCol{15, 5});
    CHECK(*refs[2].field == "hovedmetode");
    CHECK(refs[2].pos == LineCol{23, 14});
    CHECK(refs[2].allowed_types() == std::vector<std::string>{"metoder", "verktoy"});
    // No backlink in the schema: the source type's title.
    CHECK(refs[2].backlink_label(typed_config(), "verktoy") == "Verktøy");
    CHECK(*refs[3].field == "funn");
    CHECK(refs[3].target == "rapport-2023");
    CHECK(refs[3].pos == LineCol{30, 12});
    CHECK(refs[3].allowed_types() == std::vector<std::string>{"rapporter"});
    CHECK(refs[3].backlink_label(typed_config(), "verktoy") == "Sitert i");
}

TEST_CASE("references in a flow list get the column of each item") {
    auto p = parse("verktoy/igp.md", verktoy_page("metoder: [a, bb]\n"), typed_config());
    REQUIRE(p.document->references.size() == 2);
    CHECK(p.document->references[0].pos == LineCol{4, 11});
    CHECK(p.document->references[1].pos == LineCol{4, 14});
}

TEST_CASE("reports an unknown key with the closest field name") {
    auto p = parse("verktoy/igp.md", verktoy_page("stauts: pågår\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:1: feil[FM010]: Typen «verktoy» har ikke feltet «stauts». "
                             "Mente du «status»?"});
}

TEST_CASE("suggests built-in keys for unknown keys too, and points to the schema when nothing is close") {
    auto p = parse("verktoy/igp.md", verktoy_page("sumary: x\nfarge: blå\n"), typed_config());
    CHECK(p.headlines ==
          std::vector<std::string>{
              "content/verktoy/igp.md:4:1: feil[FM010]: Typen «verktoy» har ikke feltet «sumary». Mente du «summary»?",
              "content/verktoy/igp.md:5:1: feil[FM010]: Typen «verktoy» har ikke feltet «farge». Feltene typen har, "
              "står i _typer/verktoy.yaml."});
}

TEST_CASE("a page without type accepts only the built-in keys") {
    auto p = parse("om.md", "---\ntitle: Om\nforfatter: Kari\n---\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/om.md:3:1: feil[FM010]: Sider uten type har ikke feltet «forfatter». Tillatte "
                             "felt: title, summary, date, updated, draft, lang, example, aliases, weight."});
    auto section = parse("verktoy/_index.md", "---\nstatus: pågår\n---\n", typed_config());
    CHECK(section.headlines == std::vector<std::string>{
                                   "content/verktoy/_index.md:2:1: feil[FM010]: Oversiktssiden for «verktoy» har "
                                   "ikke feltet «status». Tillatte felt: title, summary, date, updated, "
                                   "draft, lang, example, aliases, weight."});
}

TEST_CASE("reports a missing required field at the opening line with its label") {
    auto p = parse("verktoy/igp.md", "---\ntitle: IGP\n---\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:1:1: feil[FM011]: Det obligatoriske feltet «status» (Status) "
                             "mangler. Legg til «status: …»."});
}

TEST_CASE("reports a text where a list is expected") {
    auto p = parse("verktoy/igp.md", verktoy_page("roller: lærer\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:9: feil[FM012]: Feltet «roller» skal være en liste med "
                             "tekst, men er tekst. Skriv en liste: [a, b], eller én verdi per linje med «- » foran."});
    CHECK(p.document->find_field("roller") == nullptr);
}

TEST_CASE("reports a list where one value is expected, and a list item of the wrong shape") {
    auto p = parse("verktoy/igp.md", verktoy_page("varighet: [a]\nroller: [a, [b]]\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:11: feil[FM012]: Feltet «varighet» skal være tekst, men er "
                             "en liste. Skriv én verdi på samme linje som «varighet:».",
                             "content/verktoy/igp.md:5:13: feil[FM012]: Hvert element i «roller» skal være tekst, "
                             "men dette er en liste. Skriv én verdi per element."});
}

TEST_CASE("quoted scalars are text, never booleans") {
    auto p = parse("verktoy/igp.md", verktoy_page("aktiv: \"true\"\nvarighet: \"true\"\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:8: feil[FM012]: Feltet «aktiv» skal være true eller false, "
                             "men er tekst. Skriv true eller false."});
    CHECK(p.document->find_field("varighet")->value.scalar == "true");
}

TEST_CASE("reports an enum value that is not allowed, with the closest value or the list") {
    auto p = parse("verktoy/igp.md", "---\ntitle: IGP\nstatus: Pågår\n---\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:3:9: feil[FM013]: «Pågår» er ikke en tillatt verdi i feltet "
                             "«status». Mente du «pågår»?"});
    auto far = parse("verktoy/igp.md", "---\ntitle: IGP\nstatus: ferdig\n---\n", typed_config());
    CHECK(far.headlines == std::vector<std::string>{
                               "content/verktoy/igp.md:3:9: feil[FM013]: «ferdig» er ikke en tillatt verdi i feltet "
                               "«status». Tillatte verdier: planlagt, pågår, avsluttet."});
}

TEST_CASE("reports a term that is not in the taxonomy") {
    auto p = parse("verktoy/igp.md", verktoy_page("tema: samskapning\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:7: feil[TAX001]: «samskapning» finnes ikke i temaer. Mente "
                             "du «samskaping»?"});
    CHECK(p.document->terms.empty());
}

TEST_CASE("reports an unknown term in a list and lists the terms when nothing is close") {
    auto p = parse("verktoy/igp.md", verktoy_page("faser: [planlegging, evaluering]\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:22: feil[TAX001]: «evaluering» finnes ikke i faser. "
                             "Begrepene i faser er: planlegging, gjennomforing."});
    CHECK(p.document->terms.empty());  // the field failed, so none of its terms is used
}

TEST_CASE("reports invalid dates and times") {
    auto p = parse("verktoy/igp.md", verktoy_page("start: 2024-02-30\nmoete: 2024-03-14 25:00\ndate: 14.03.2024\n"),
                   typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:8: feil[FM015]: «2024-02-30» er ikke en gyldig dato i feltet "
                             "«start». Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2024-03-14.",
                             "content/verktoy/igp.md:5:8: feil[FM015]: «2024-03-14 25:00» er ikke et gyldig "
                             "tidspunkt i feltet «moete». Skriv tidspunktet som ÅÅÅÅ-MM-DD TT:MM, f.eks. "
                             "2024-03-14 10:00.",
                             "content/verktoy/igp.md:6:7: feil[FM015]: «14.03.2024» er ikke en gyldig dato i feltet "
                             "«date». Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2024-03-14."});
    CHECK(parse("verktoy/igp.md", verktoy_page("start: 2024-02-29\nmoete: 2024-03-14T09:05\n"), typed_config())
              .headlines.empty());
}

TEST_CASE("reports Norwegian and YAML 1.1 booleans") {
    auto p = parse("verktoy/igp.md", verktoy_page("draft: ja\naktiv: on\nexample: True\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:8: feil[FM016]: «ja» er ikke en gyldig sannhetsverdi i "
                             "feltet «draft». Skriv true eller false.",
                             "content/verktoy/igp.md:5:8: feil[FM016]: «on» er ikke en gyldig sannhetsverdi i "
                             "feltet «aktiv». Skriv true eller false.",
                             "content/verktoy/igp.md:6:10: feil[FM016]: «True» er ikke en gyldig sannhetsverdi i "
                             "feltet «example». Skriv true eller false."});
}

TEST_CASE("reports URLs with refused schemes") {
    auto p = parse("verktoy/igp.md", verktoy_page("nettside: javascript:alert(1)\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:11: feil[FM017]: «javascript:alert(1)» er ikke en tillatt "
                             "lenke i feltet «nettside». Bruk en adresse som begynner med https://, http:// eller "
                             "mailto:, eller en sti på nettstedet som begynner med /."});
    for (std::string bad : {"data:text/html,x", "//evil.example/", "ftp://example.no/", "https://a b", "vbscript:x"})
        CHECK(parse("verktoy/igp.md", verktoy_page("nettside: \"" + bad + "\"\n"), typed_config()).errors == 1);
    for (std::string good : {"mailto:post@example.no", "/media/x.pdf", "HTTPS://EXAMPLE.NO", "http://example.no"})
        CHECK(parse("verktoy/igp.md", verktoy_page("nettside: " + good + "\n"), typed_config()).headlines.empty());
}

TEST_CASE("reports values that are not numbers, with a hint that fits") {
    auto p = parse("verktoy/igp.md", verktoy_page("antall: mange\nweight: 2,5\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:4:9: feil[FM018]: «mange» er ikke et tall i feltet «antall». "
                             "Skriv et heltall eller et desimaltall, f.eks. 3 eller 2.5.",
                             "content/verktoy/igp.md:5:9: feil[FM018]: «2,5» er ikke et tall i feltet «weight». "
                             "Bruk punktum som desimaltegn: 2.5."});
    auto quoted = parse("verktoy/igp.md", verktoy_page("antall: \"12\"\n"), typed_config());
    CHECK(quoted.headlines == std::vector<std::string>{
                                  "content/verktoy/igp.md:4:9: feil[FM018]: «12» er ikke et tall i feltet «antall». "
                                  "Fjern anførselstegnene rundt tallet."});
}

TEST_CASE("reports an empty required field at its key and ignores an empty optional one") {
    auto p = parse("verktoy/igp.md", "---\ntitle: \"\"\nstatus:\nvarighet:\nroller: []\n---\n", typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:2:1: feil[FM019]: Det obligatoriske feltet «title» (Tittel) er "
                             "tomt. Skriv en verdi etter «title:».",
                             "content/verktoy/igp.md:3:1: feil[FM019]: Det obligatoriske feltet «status» (Status) "
                             "er tomt. Skriv en verdi etter «status:»."});
    CHECK(p.document->fields.empty());
}

TEST_CASE("records are checked recursively: unknown keys, required fields and kinds") {
    auto p = parse("verktoy/igp.md",
                   verktoy_page("funn:\n  - titel: A\n  - tittel: B\n    kilde: [x]\n  - tekst\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:5:5: feil[FM010]: Oppføringene i «funn» har ikke feltet "
                             "«titel». Mente du «tittel»?",
                             "content/verktoy/igp.md:5:5: feil[FM011]: Oppføringen i «funn» mangler det "
                             "obligatoriske feltet «tittel» (Tittel). Legg til «tittel: …».",
                             "content/verktoy/igp.md:7:12: feil[FM012]: Feltet «kilde» skal være en henvisning til "
                             "én side, men er en liste. Skriv én verdi på samme linje som «kilde:».",
                             "content/verktoy/igp.md:8:5: feil[FM012]: Hvert element i «funn» skal være nøkler med "
                             "verdier (felt: verdi), men dette er tekst. Skriv oppføringen som «- felt: verdi»."});
    CHECK(p.document->find_field("funn") == nullptr);
    CHECK(p.document->references.empty());
}

TEST_CASE("a record's unknown key with nothing close lists the record's fields") {
    auto p = parse("verktoy/igp.md", verktoy_page("funn:\n  - tittel: A\n    foto: x.png\n"), typed_config());
    CHECK(p.headlines == std::vector<std::string>{
                             "content/verktoy/igp.md:6:5: feil[FM010]: Oppføringene i «funn» har ikke feltet "
                             "«foto». Tillatte felt: tittel, tekst, kilde."});
}

TEST_CASE("every problem in a page is reported, not only the first") {
    auto p = parse("verktoy/igp.md", "---\nstatus: x\nstart: igår\nstauts: y\n---\n", typed_config());
    CHECK(p.errors == 4);
}

TEST_CASE("a valid record keeps its entries in schema order, each value whole and at its position") {
    auto p = parse("verktoy/igp.md",
                   verktoy_page("funn:\n  - kilde: r-1\n    tekst: «Æ» og ø\n    tittel: A\n  - tittel: B\n"),
                   typed_config());
    CHECK(p.headlines.empty());
    REQUIRE(p.document.has_value());
    const auto* funn = p.document->find_field("funn");
    REQUIRE(funn != nullptr);
    REQUIRE(funn->value.items.size() == 2);
    const auto& first = funn->value.items[0];
    CHECK(first.line == 5);
    REQUIRE(first.entries.size() == 3);
    CHECK(first.entries[0].first.scalar == "tittel");
    CHECK(first.entries[0].second.scalar == "A");
    CHECK(first.entries[1].first.scalar == "tekst");
    CHECK(first.entries[1].second.scalar == "«Æ» og ø");
    CHECK(first.entries[1].second.line == 6);
    CHECK(first.entries[1].second.col == 12);
    CHECK(first.entries[2].first.scalar == "kilde");
    CHECK(first.entries[2].second.scalar == "r-1");
    CHECK(funn->value.items[1].entries.size() == 1);
    CHECK(funn->value.items[1].find("tittel")->scalar == "B");
    REQUIRE(p.document->references.size() == 1);
    CHECK(p.document->references[0].target == "r-1");
    CHECK(p.document->references[0].pos == LineCol{5, 12});
}

TEST_CASE("checked built-in and schema values of a fast-path page keep their text and positions") {
    auto p = parse("verktoy/igp.md",
                   "---\ntitle: Tittel med æøå og mer enn femten byte\nsummary: >-\n  brettet æ\n  tekst\n"
                   "status: pågår\nroller: [lærer, rektor]\nstart: 2024-01-10\n---\nTekst.\n",
                   typed_config());
    CHECK(p.headlines.empty());
    REQUIRE(p.document.has_value());
    CHECK(p.document->title == "Tittel med æøå og mer enn femten byte");
    CHECK(p.document->title_pos == stilas::diag::LineCol{2, 8});
    CHECK(p.document->summary == "brettet æ tekst");
    const auto* roller = p.document->find_field("roller");
    REQUIRE(roller != nullptr);
    REQUIRE(roller->value.items.size() == 2);
    CHECK(roller->value.items[1].scalar == "rektor");
    CHECK(roller->value.items[1].col == 17);  // roller: [lærer, rektor] — «æ» is one column, not two bytes
    CHECK(p.document->find_field("start")->value.scalar == "2024-01-10");
}
