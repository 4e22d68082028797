// The `feed:` and `calendar:` keys of stilas.yaml: read, defaulted and checked against the types.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "support/printers.hpp"

using namespace stilas;
using Lines = std::vector<std::string>;

namespace {

source::SourceFile file(std::string path, std::string bytes) {
    source::SourceFile f;
    f.path = std::move(path);
    f.bytes = std::move(bytes);
    return f;
}

const std::string k_site = "title: Testsiden\nbase_url: https://test.example.no/\nlanguage: nb\ntheme: standard\n";

const std::string k_samlinger =
    "title: Samlinger\n"
    "fields:\n"
    "  start: { kind: date }\n"
    "  slutt: { kind: datetime }\n"
    "  sted: { kind: text }\n"
    "  format: { kind: enum, values: [fysisk, digital] }\n";

struct Loaded {
    config::SiteConfig config;
    Lines headlines;
};

// A site with the types samlinger and rapporter and `outputs` appended to stilas.yaml (line 5 on).
Loaded load(const std::string& outputs) {
    diag::Diagnostics d;
    auto config =
        config::load_site_config({file("stilas.yaml", k_site + outputs), file("_typer/samlinger.yaml", k_samlinger),
                                  file("_typer/rapporter.yaml", "title: Rapporter og dokumenter\n")},
                                 "content/", d);
    return {std::move(config), d.headlines()};
}

}  // namespace

TEST_CASE("without feed and calendar keys the site has neither") {
    auto loaded = load("");
    CHECK(loaded.headlines.empty());
    CHECK_FALSE(loaded.config.feed);
    CHECK_FALSE(loaded.config.calendar);
}

TEST_CASE("a feed with only a type gets the type's title and the path <type>/atom.xml") {
    auto loaded = load("feed:\n  type: rapporter\n");
    CHECK(loaded.headlines.empty());
    REQUIRE(loaded.config.feed);
    CHECK(loaded.config.feed->type == "rapporter");
    CHECK(loaded.config.feed->title == "Rapporter og dokumenter");
    CHECK(loaded.config.feed->path == "rapporter/atom.xml");
    CHECK(loaded.config.feed->url() == "/rapporter/atom.xml");
}

TEST_CASE("a complete calendar is read as written") {
    auto loaded = load(
        "calendar:\n  type: samlinger\n  start: start\n  end: slutt\n  location: sted\n"
        "  title: Samlinger i programmet\n  path: kalender/samlinger.ics\n"
        "feed:\n  type: rapporter\n  title: Nye rapporter\n  path: nytt.xml\n");
    CHECK(loaded.headlines.empty());
    REQUIRE(loaded.config.calendar);
    const auto& calendar = *loaded.config.calendar;
    CHECK(calendar.type == "samlinger");
    CHECK(calendar.start == "start");
    CHECK(calendar.end == "slutt");
    CHECK(calendar.location == "sted");
    CHECK(calendar.title == "Samlinger i programmet");
    CHECK(calendar.url() == "/kalender/samlinger.ics");
    REQUIRE(loaded.config.feed);
    CHECK(loaded.config.feed->title == "Nye rapporter");
    CHECK(loaded.config.feed->path == "nytt.xml");
}

TEST_CASE("a calendar without a title or path gets the type's title and <type>/kalender.ics") {
    auto loaded = load("calendar: { type: samlinger, start: start }\n");
    CHECK(loaded.headlines.empty());
    REQUIRE(loaded.config.calendar);
    CHECK(loaded.config.calendar->title == "Samlinger");
    CHECK(loaded.config.calendar->path == "samlinger/kalender.ics");
    CHECK(loaded.config.calendar->end.empty());
}

TEST_CASE("unknown keys, missing keys and unknown types are reported where they stand") {
    auto loaded = load("feed:\n  typ: rapporter\ncalendar:\n  type: samlingr\n  start: start\n  locaton: sted\n");
    CHECK(loaded.headlines ==
          Lines{"content/stilas.yaml:5:1: feil[CFG002]: «type» mangler i «feed». Legg til «type: …».",
                "content/stilas.yaml:6:3: feil[CFG001]: Ukjent nøkkel «typ» i «feed». Mente du «type»?",
                "content/stilas.yaml:8:9: feil[CFG005]: Innholdstypen «samlingr» finnes ikke. Mente du «samlinger»?",
                "content/stilas.yaml:10:3: feil[CFG001]: Ukjent nøkkel «locaton» i «calendar». Mente du «location»?"});
    CHECK_FALSE(loaded.config.feed);
    CHECK_FALSE(loaded.config.calendar);
}

TEST_CASE("a calendar field that does not exist is reported at its value with a close field suggested") {
    auto loaded = load("calendar:\n  type: samlinger\n  start: stat\n  location: adresse\n");
    CHECK(loaded.headlines ==
          Lines{"content/stilas.yaml:7:10: feil[CFG030]: Feltet «stat» finnes ikke i innholdstypen «samlinger». "
                "Mente du «start»?",
                "content/stilas.yaml:8:13: feil[CFG030]: Feltet «adresse» finnes ikke i innholdstypen «samlinger». "
                "Felt som passer: sted."});
    CHECK_FALSE(loaded.config.calendar);
}

TEST_CASE("a calendar field of the wrong kind is reported with the fields that fit") {
    auto loaded = load("calendar:\n  type: samlinger\n  start: sted\n  end: format\n  location: start\n");
    CHECK(loaded.headlines ==
          Lines{"content/stilas.yaml:7:10: feil[CFG030]: Feltet «sted» i innholdstypen «samlinger» er av felttypen "
                "«text», men «start» må være et felt av felttypen «date» eller «datetime». Felt som passer: start, "
                "slutt.",
                "content/stilas.yaml:8:8: feil[CFG030]: Feltet «format» i innholdstypen «samlinger» er av felttypen "
                "«enum», men «end» må være et felt av felttypen «date» eller «datetime». Felt som passer: start, "
                "slutt.",
                "content/stilas.yaml:9:13: feil[CFG030]: Feltet «start» i innholdstypen «samlinger» er av felttypen "
                "«date», men «location» må være et felt av felttypen «text». Felt som passer: sted."});
}

TEST_CASE("a type without date fields says so") {
    auto loaded = load("calendar:\n  type: rapporter\n  start: dato\n");
    CHECK(loaded.headlines ==
          Lines{"content/stilas.yaml:7:10: feil[CFG030]: Feltet «dato» finnes ikke i innholdstypen «rapporter». "
                "Innholdstypen «rapporter» har ingen felt av felttypen «date» eller «datetime»."});
}

TEST_CASE("an output path that could leave the site or lacks its extension is refused") {
    auto loaded = load(
        "feed:\n  type: rapporter\n  path: ../atom.xml\ncalendar:\n  type: samlinger\n"
        "  start: start\n  path: samlinger/kalender.xml\n");
    CHECK(loaded.headlines ==
          Lines{"content/stilas.yaml:7:9: feil[CFG031]: «../atom.xml» kan ikke brukes som filnavn i nettstedet. "
                "Skriv en sti uten «/» foran, med bokstavene a–z, tall, «-», «_» og «.», som slutter på «.xml», "
                "f.eks. «rapporter/atom.xml».",
                "content/stilas.yaml:11:9: feil[CFG031]: «samlinger/kalender.xml» kan ikke brukes som filnavn i "
                "nettstedet. Skriv en sti uten «/» foran, med bokstavene a–z, tall, «-», «_» og «.», som slutter på "
                "«.ics», f.eks. «samlinger/kalender.ics»."});
}

TEST_CASE("sitemap.xml, absolute paths and empty segments are not output paths") {
    for (const char* path : {"sitemap.xml", "/rapporter/atom.xml", "rapporter//atom.xml", ".xml", "a b.xml"}) {
        CAPTURE(path);
        auto loaded = load("feed:\n  type: rapporter\n  path: \"" + std::string(path) + "\"\n");
        REQUIRE(loaded.headlines.size() == 1);
        CHECK(loaded.headlines[0].find("feil[CFG031]") != std::string::npos);
    }
}
