// The `chart:` block of a records field: what it reads into and every check on it.
#include <doctest/doctest.h>

#include <ostream>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "support/printers.hpp"

using namespace stilas;

namespace {

source::SourceFile file(std::string path, std::string bytes) {
    source::SourceFile f;
    f.path = std::move(path);
    f.bytes = std::move(bytes);
    return f;
}

const std::string k_site = "title: T\nbase_url: https://kulturskole.example.no\nlanguage: nb\ntheme: standard\n";

// A type `rapporter` whose field `data` has `chart_lines` (each indented by four spaces) as its chart.
std::string type_with_chart(const std::string& chart_lines, const std::string& kind = "records") {
    return "title: Rapporter\n"
           "fields:\n"
           "  data:\n"
           "    kind: " +
           kind +
           "\n"
           "    chart:\n" +
           chart_lines +
           "    fields:\n"
           "      figur: { kind: text }\n"
           "      sporsmal: { kind: text, label: Spørsmål }\n"
           "      gruppe: { kind: enum, values: [a, b] }\n"
           "      tekst: { kind: markdown }\n"
           "      score_1: { kind: number, label: \"1 (dårligst)\" }\n"
           "      score_2: { kind: number, label: \"2\" }\n";
}

struct Loaded {
    config::SiteConfig config;
    std::vector<std::string> lines;
};

Loaded load(const std::string& type_text) {
    diag::Diagnostics d;
    Loaded out;
    out.config = config::load_site_config({file("stilas.yaml", k_site), file("_typer/rapporter.yaml", type_text)},
                                          "content/", d);
    out.lines = d.headlines();
    return out;
}

const config::FieldSchema* data_field(const Loaded& loaded) {
    for (const auto& type : loaded.config.types)
        if (type.name == "rapporter") return type.find("data");
    return nullptr;
}

}  // namespace

TEST_CASE("a complete chart block reads into the field's ChartSpec") {
    auto loaded =
        load(type_with_chart("      group: figur\n"
                             "      title: sporsmal\n"
                             "      series: gruppe\n"
                             "      values: [score_1, score_2]\n"
                             "      unit: \"%\"\n"));
    CHECK(loaded.lines.empty());
    const config::FieldSchema* data = data_field(loaded);
    REQUIRE(data);
    REQUIRE(data->chart);
    CHECK(data->chart->group == "figur");
    CHECK(data->chart->title == "sporsmal");
    CHECK(data->chart->series == "gruppe");
    CHECK(data->chart->values == std::vector<std::string>{"score_1", "score_2"});
    CHECK(data->chart->unit == "%");
    CHECK(data->chart->pos.path == "content/_typer/rapporter.yaml");
    CHECK(data->chart->pos.line == 5);
    CHECK(data->chart->pos.col == 5);
}

TEST_CASE("group, series and unit may be left out") {
    auto loaded = load(type_with_chart("      title: sporsmal\n      values: [score_2]\n"));
    CHECK(loaded.lines.empty());
    REQUIRE(data_field(loaded));
    REQUIRE(data_field(loaded)->chart);
    CHECK(data_field(loaded)->chart->group.empty());
    CHECK(data_field(loaded)->chart->series.empty());
    CHECK(data_field(loaded)->chart->unit.empty());
}

TEST_CASE("a chart on a field that is not records is refused") {
    auto loaded = load("title: Rapporter\nfields:\n  tall:\n    kind: number\n    chart: { title: x, values: [x] }\n");
    CHECK(loaded.lines ==
          std::vector<std::string>{"content/_typer/rapporter.yaml:5:5: feil[CFG012]: «chart» hører ikke til felttypen "
                                   "«number». Fjern «chart», eller velg en annen «kind»."});
}

TEST_CASE("a chart that names a missing sub-field is reported at the name, with a suggestion") {
    auto loaded =
        load(type_with_chart("      title: sporsmaal\n      series: farge\n      values: [score_1, score_3]\n"));
    CHECK(loaded.lines ==
          std::vector<std::string>{
              "content/_typer/rapporter.yaml:6:14: feil[CFG020]: Diagrammet viser til «sporsmaal», som ikke er et felt "
              "i «data». Mente du «sporsmal»?",
              "content/_typer/rapporter.yaml:7:15: feil[CFG020]: Diagrammet viser til «farge», som ikke er et felt i "
              "«data». Feltene i «data» er: figur, sporsmal, gruppe, tekst, score_1, score_2.",
              "content/_typer/rapporter.yaml:8:25: feil[CFG020]: Diagrammet viser til «score_3», som ikke er et felt "
              "i «data». Mente du «score_1»?"});
    REQUIRE(data_field(loaded));
    CHECK_FALSE(data_field(loaded)->chart);
}

TEST_CASE("chart values must be number fields and labels must be short text") {
    auto loaded = load(type_with_chart("      title: tekst\n      values: [score_1, figur]\n"));
    CHECK(loaded.lines ==
          std::vector<std::string>{
              "content/_typer/rapporter.yaml:6:14: feil[CFG022]: «tekst» har typen «markdown» og kan ikke brukes som "
              "«title» i diagrammet. Velg et felt med typen «text», «enum», «number», «date» eller «datetime».",
              "content/_typer/rapporter.yaml:7:25: feil[CFG021]: Diagrammet kan bare vise tall, men «figur» har typen "
              "«text». Velg felt med «kind: number» i «values»."});
    CHECK_FALSE(data_field(loaded)->chart);
}

TEST_CASE("unknown and missing chart keys are reported like every other config key") {
    auto loaded = load(type_with_chart("      serie: gruppe\n      unit: \"%\"\n"));
    CHECK(loaded.lines ==
          std::vector<std::string>{
              "content/_typer/rapporter.yaml:5:5: feil[CFG002]: «title» mangler i diagrammet til feltet «data». Legg "
              "til «title: …».",
              "content/_typer/rapporter.yaml:5:5: feil[CFG002]: «values» mangler i diagrammet til feltet «data». Legg "
              "til «values: …».",
              "content/_typer/rapporter.yaml:6:7: feil[CFG001]: Ukjent nøkkel «serie» i diagrammet til feltet «data». "
              "Mente du «series»?"});
    CHECK_FALSE(data_field(loaded)->chart);
}

TEST_CASE("a chart written as a single word is a shape error") {
    auto loaded = load(
        "title: Rapporter\nfields:\n  data:\n    kind: records\n    chart: ja\n"
        "    fields: { x: { kind: number } }\n");
    CHECK(loaded.lines == std::vector<std::string>{
                              "content/_typer/rapporter.yaml:5:12: feil[CFG003]: «chart» skal være en tabell, men er "
                              "en tekst. Skriv nøklene med innrykk på linjene under «chart:»."});
}
