#include "render/chart_model.hpp"

#include <algorithm>

#include "content/scalar_values.hpp"
#include "render/chart_number.hpp"
#include "util/strings.hpp"

namespace stilas::render {
namespace {

// A record's scalar sub-field, or "".
std::string scalar_of(const yaml::Node& record, const std::string& field) {
    if (field.empty()) return {};
    const yaml::Node* v = record.find(field);
    return v && v->is_scalar() ? std::string(util::trim(v->scalar)) : std::string();
}

std::string label_of(const config::FieldSchema& records, const std::string& field) {
    const config::FieldSchema* sub = records.find(field);
    return sub ? sub->label : field;
}

bool is_separator(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-';
}

std::string_view trim_separators(std::string_view s) {
    while (!s.empty() && is_separator(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_separator(s.back())) s.remove_suffix(1);
    return s;
}

// The longest run of whole leading words all `titles` share.
std::string common_start(const std::vector<std::string>& titles) {
    std::string_view first = titles.front();
    size_t end = first.size();
    for (const std::string& t : titles) {
        size_t same = 0;
        while (same < std::min(end, t.size()) && first[same] == t[same]) ++same;
        end = same;
    }
    bool whole_word = std::all_of(titles.begin(), titles.end(),
                                  [&](const std::string& t) { return t.size() == end || t[end] == ' '; });
    if (!whole_word) {
        size_t space = first.substr(0, end).rfind(' ');
        end = space == std::string_view::npos ? 0 : space;
    }
    // Prefer a whole clause: "Hvor fornøyd …, delspørsmål 1" and "…, delspørsmål 2" share
    // "Hvor fornøyd …", and the series are "delspørsmål 1" and "delspørsmål 2".
    std::string_view shared = first.substr(0, end);
    size_t clause = shared.find_last_of(",;:");
    if (clause != std::string_view::npos) shared = shared.substr(0, clause);
    return std::string(trim_separators(shared));
}

struct Pending {
    ChartFigure figure;
    std::vector<const yaml::Node*> records;
};

ChartCell cell_of(const yaml::Node& record, const std::string& field) {
    const yaml::Node* v = record.find(field);
    if (!v || !v->is_scalar() || !content::is_number(v->scalar)) return {};
    std::string written(util::trim(v->scalar));
    return {content::parse_number(written), norwegian_number(written)};
}

// Titles, series labels and cells of a figure whose records are known.
void finish(const config::FieldSchema& records, Pending& pending) {
    const config::ChartSpec& spec = *records.chart;
    std::vector<std::string> titles;
    for (const yaml::Node* r : pending.records) titles.push_back(scalar_of(*r, spec.title));
    bool same_title = std::all_of(titles.begin(), titles.end(), [&](const auto& t) { return t == titles.front(); });
    ChartFigure& figure = pending.figure;
    figure.title = same_title ? titles.front() : common_start(titles);
    bool named = std::any_of(pending.records.begin(), pending.records.end(),
                             [&](const yaml::Node* r) { return !scalar_of(*r, spec.series).empty(); });
    // The column over the series names says where they come from.
    figure.series_heading = named ? label_of(records, spec.series) : same_title ? "" : label_of(records, spec.title);
    for (size_t i = 0; i < pending.records.size(); ++i) {
        ChartSeries series;
        series.label = scalar_of(*pending.records[i], spec.series);
        if (series.label.empty() && !same_title) {
            series.label = trim_separators(std::string_view(titles[i]).substr(figure.title.size()));
            if (series.label.empty()) series.label = titles[i];
        }
        if (series.label.empty() && pending.records.size() > 1) series.label = "Serie " + std::to_string(i + 1);
        for (const std::string& field : spec.values) series.cells.push_back(cell_of(*pending.records[i], field));
        figure.series.push_back(std::move(series));
    }
}

}  // namespace

std::vector<ChartFigure> chart_figures(const config::FieldSchema& records, const yaml::Node& value) {
    if (!records.chart) return {};
    const config::ChartSpec& spec = *records.chart;
    std::vector<std::string> keys;
    std::vector<Pending> pending;
    for (const yaml::Node& record : value.items) {
        if (!record.is_mapping()) continue;
        std::string group = scalar_of(record, spec.group);
        std::string key = group.empty() ? "title\n" + scalar_of(record, spec.title) : "group\n" + group;
        auto at = std::find(keys.begin(), keys.end(), key);
        if (at == keys.end()) {
            keys.push_back(key);
            Pending p;
            p.figure.group = group;
            p.figure.unit = spec.unit;
            for (const std::string& field : spec.values) p.figure.value_labels.push_back(label_of(records, field));
            pending.push_back(std::move(p));
            at = keys.end() - 1;
        }
        pending[static_cast<size_t>(at - keys.begin())].records.push_back(&record);
    }
    std::vector<ChartFigure> figures;
    for (Pending& p : pending) {
        finish(records, p);
        figures.push_back(std::move(p.figure));
    }
    return figures;
}

}  // namespace stilas::render
