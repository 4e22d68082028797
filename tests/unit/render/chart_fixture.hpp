// A survey records field with a chart spec and records in the shape of the report figures, for
// the chart tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "config/schema.hpp"
#include "yaml/node.hpp"

namespace stilas::render::test {

inline config::FieldSchema sub_field(std::string name, config::FieldKind kind, std::string label) {
    config::FieldSchema f;
    f.name = std::move(name);
    f.kind = kind;
    f.label = std::move(label);
    return f;
}

/// `data` (records): figur, sporsmal (Spørsmål), gruppe (Gruppe), score_1..3 (number) with a
/// chart grouped by figur, titled by sporsmal, series gruppe, unit %.
inline config::FieldSchema survey_schema() {
    using config::FieldKind;
    config::FieldSchema data = sub_field("data", FieldKind::records, "Tall fra undersøkelsen");
    data.fields = {
        sub_field("figur", FieldKind::text, "Figur"),   sub_field("sporsmal", FieldKind::text, "Spørsmål"),
        sub_field("gruppe", FieldKind::text, "Gruppe"), sub_field("score_1", FieldKind::number, "1 (dårligst)"),
        sub_field("score_2", FieldKind::number, "2"),   sub_field("score_3", FieldKind::number, "3 (best)")};
    config::ChartSpec chart;
    chart.group = "figur";
    chart.title = "sporsmal";
    chart.series = "gruppe";
    chart.values = {"score_1", "score_2", "score_3"};
    chart.unit = "%";
    data.chart = chart;
    return data;
}

inline yaml::Node text_node(std::string text) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::scalar;
    n.scalar = std::move(text);
    return n;
}

inline yaml::Node record(const std::vector<std::pair<std::string, std::string>>& entries) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::mapping;
    for (const auto& [k, v] : entries) n.entries.emplace_back(text_node(k), text_node(v));
    return n;
}

inline yaml::Node sequence_of(std::vector<yaml::Node> items) {
    yaml::Node n;
    n.kind = yaml::Node::Kind::sequence;
    n.items = std::move(items);
    return n;
}

/// Figur 6: one series; Figur 7: two series (Eiernivå, Ledernivå; 56.5 in score_3 of the second);
/// Figur 8: two records without a group value whose titles differ at the end, the second
/// without score_1.
inline yaml::Node survey_records() {
    return sequence_of({
        record({{"figur", "Figur 6"},
                {"sporsmal", "Samsvar med forventningene"},
                {"gruppe", "Alle svar"},
                {"score_1", "0"},
                {"score_2", "14"},
                {"score_3", "86"}}),
        record({{"figur", "Figur 7"},
                {"sporsmal", "Forankring"},
                {"gruppe", "Eiernivå"},
                {"score_1", "5"},
                {"score_2", "44"},
                {"score_3", "51"}}),
        record({{"figur", "Figur 7"},
                {"sporsmal", "Forankring"},
                {"gruppe", "Ledernivå"},
                {"score_1", "0"},
                {"score_2", "43.5"},
                {"score_3", "56.5"}}),
        record({{"figur", "Figur 8"},
                {"sporsmal", "Hvor fornøyd kommunene er, delspørsmål 1"},
                {"score_1", "10"},
                {"score_2", "20"},
                {"score_3", "70"}}),
        record({{"figur", "Figur 8"},
                {"sporsmal", "Hvor fornøyd kommunene er, delspørsmål 2"},
                {"score_2", "30"},
                {"score_3", "70"}}),
    });
}

}  // namespace stilas::render::test
