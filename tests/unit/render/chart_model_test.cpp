// Grouping a records field with a chart spec into figures, series and cells.
#include <doctest/doctest.h>

#include "chart_fixture.hpp"
#include "render/chart_model.hpp"
#include "support/printers.hpp"

using namespace stilas::render;
using namespace stilas::render::test;

TEST_CASE("records with the same group value form one figure with one series each") {
    auto schema = survey_schema();
    auto figures = chart_figures(schema, survey_records());
    REQUIRE(figures.size() == 3);
    CHECK(figures[0].group == "Figur 6");
    CHECK(figures[0].title == "Samsvar med forventningene");
    REQUIRE(figures[0].series.size() == 1);
    CHECK(figures[0].series[0].label == "Alle svar");
    CHECK(figures[0].series_heading == "Gruppe");
    CHECK(figures[0].value_labels == std::vector<std::string>{"1 (dårligst)", "2", "3 (best)"});
    CHECK(figures[0].unit == "%");

    CHECK(figures[1].group == "Figur 7");
    REQUIRE(figures[1].series.size() == 2);
    CHECK(figures[1].series[0].label == "Eiernivå");
    CHECK(figures[1].series[1].label == "Ledernivå");
    CHECK(figures[1].series[1].cells[2].text == "56,5");
    CHECK(*figures[1].series[1].cells[2].value == doctest::Approx(56.5));
}

TEST_CASE("records of one figure with different titles share the common start, and the rest names the series") {
    auto figures = chart_figures(survey_schema(), survey_records());
    REQUIRE(figures.size() == 3);
    CHECK(figures[2].group == "Figur 8");
    CHECK(figures[2].title == "Hvor fornøyd kommunene er");
    CHECK(figures[2].series_heading == "Spørsmål");
    REQUIRE(figures[2].series.size() == 2);
    CHECK(figures[2].series[0].label == "delspørsmål 1");
    CHECK(figures[2].series[1].label == "delspørsmål 2");
}

TEST_CASE("a number the record leaves out is an empty cell, not a zero") {
    auto figures = chart_figures(survey_schema(), survey_records());
    const ChartCell& missing = figures[2].series[1].cells[0];
    CHECK_FALSE(missing.value);
    CHECK(missing.text.empty());
}

TEST_CASE("without a group, records with the same title form one figure") {
    auto schema = survey_schema();
    schema.chart->group.clear();
    schema.chart->series.clear();
    auto records =
        sequence_of({record({{"sporsmal", "A"}, {"score_1", "1"}}), record({{"sporsmal", "B"}, {"score_1", "2"}}),
                     record({{"sporsmal", "A"}, {"score_1", "3"}})});
    auto figures = chart_figures(schema, records);
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].title == "A");
    REQUIRE(figures[0].series.size() == 2);
    CHECK(figures[0].series[0].label == "Serie 1");
    CHECK(figures[0].series_heading.empty());
    CHECK(figures[1].title == "B");
    REQUIRE(figures[1].series.size() == 1);
    CHECK(figures[1].series[0].label.empty());
}
