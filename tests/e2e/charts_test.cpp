// End to end: a records field with a `chart:` in its type schema is drawn as inline SVG bar
// charts with a data table, the same bytes whatever the thread count or locale.
#include <doctest/doctest.h>

#include <locale>

#include "support/theme_scripts.hpp"
#include "support/inline_site.hpp"
#include "support/printers.hpp"

using stilas::test::build_inline;
using stilas::test::minimal_site_config;
using Lines = std::vector<std::string>;

namespace {

const std::string k_report_type = R"txt(-- _typer/rapporter.yaml --
title: Rapporter
singular: Rapport
fields:
  data:
    kind: records
    label: Tall fra spørreundersøkelsen
    chart:
      group: figur
      title: sporsmal
      series: gruppe
      values: [score_1, score_2, score_3]
      unit: "%"
    fields:
      figur: { kind: text, label: Figur }
      sporsmal: { kind: text, label: Spørsmål, required: true }
      gruppe: { kind: text, label: Gruppe }
      score_1: { kind: number, label: "1 (dårligst)" }
      score_2: { kind: number, label: "2" }
      score_3: { kind: number, label: "3 (best)" }
)txt";

const std::string k_report = R"(-- rapporter/evaluering.md --
---
title: Evaluering
data:
  - figur: Figur 1
    sporsmal: Samsvar med <forventningene> & planen
    gruppe: Alle svar
    score_1: 0
    score_2: 12.5
    score_3: 87.5
  - figur: Figur 2
    sporsmal: Forankring
    gruppe: Eiernivå
    score_1: 5
    score_2: 44
    score_3: 51
  - figur: Figur 2
    sporsmal: Forankring
    gruppe: Ledernivå
    score_1: 0
    score_2: 7
    score_3: 93
---
Tekst.
)";

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// A global C++ locale with a decimal comma and grouped thousands.
struct CommaDecimal : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

stilas::site::BuildOptions with_threads(unsigned threads) {
    stilas::site::BuildOptions options;
    options.themes_dir = stilas::test::themes_dir();
    options.threads = threads;
    return options;
}

}  // namespace

TEST_CASE("a report's survey records are drawn as bar charts with a table of the same numbers") {
    auto b = build_inline(minimal_site_config() + k_report_type + k_report);
    CHECK(b->headlines() == Lines{});
    REQUIRE(b->sink.committed());
    const std::string html = b->file("rapporter/evaluering/index.html");
    CHECK(count(html, "<figure class=\"diagram\"") == 2);
    CHECK(count(html, "<svg class=\"diagram-svg\"") == 2);
    CHECK(count(html, "<rect ") == 3 + 6);
    CHECK(count(html, "<ol class=\"poster\">") == 0);
    CHECK(html.find("<figcaption id=\"diagram-data-1-tittel\"><span class=\"diagram-gruppe\">Figur 1:</span> "
                    "Samsvar med &lt;forventningene&gt; &amp; planen</figcaption>") != std::string::npos);
    CHECK(html.find("aria-labelledby=\"diagram-data-2-tittel\"") != std::string::npos);
    CHECK(html.find(">87,5</text>") != std::string::npos);
    CHECK(html.find("<td>12,5\u00A0%</td>") != std::string::npos);
    CHECK(html.find("87.5") == std::string::npos);
    CHECK(count(html, "<summary>Vis tallene som tabell</summary>") == 2);
    CHECK(html.find("<li><span class=\"diagram-farge diagram-serie-2\" aria-hidden=\"true\"></span>Ledernivå</li>") !=
          std::string::npos);
    CHECK(stilas::test::without_theme_scripts(html).find("<script") == std::string::npos);
}

TEST_CASE("the chart pages are byte-identical whatever the thread count or the global locale") {
    const std::string site = minimal_site_config() + k_report_type + k_report;
    auto one = build_inline(site, with_threads(1));
    auto four = build_inline(site, with_threads(4));
    const std::locale before = std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
    auto comma = build_inline(site, with_threads(2));
    std::locale::global(before);
    REQUIRE(one->sink.committed());
    CHECK(one->file("rapporter/evaluering/index.html").find("<svg") != std::string::npos);
    CHECK(one->sink.files() == four->sink.files());
    CHECK(one->sink.files() == comma->sink.files());
}

TEST_CASE("a chart block with a wrong sub-field stops the build at the schema") {
    std::string type = k_report_type;
    type.replace(type.find("series: gruppe"), 14, "series: grupe");
    auto b = build_inline(minimal_site_config() + type + k_report);
    CHECK(b->headlines() == Lines{"content/_typer/rapporter.yaml:10:15: feil[CFG020]: Diagrammet viser til «grupe», "
                                  "som ikke er et felt i «data». Mente du «gruppe»?"});
    CHECK_FALSE(b->sink.committed());
}
