// Chart figures: the records of a field with a `chart:` spec, grouped into figures of series
// (one per record) × values (one per number sub-field), with their labels.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/schema.hpp"
#include "yaml/node.hpp"

namespace stilas::render {

/// One number of one series: nullopt (and text "") when the record leaves it out.
struct ChartCell {
    std::optional<double> value;
    std::string text;  ///< as written, in Norwegian form ("33,5")
};

/// One record of a figure: its label and one cell per value field.
struct ChartSeries {
    std::string label;  ///< "" when the figure has a single unlabelled series
    std::vector<ChartCell> cells;
};

struct ChartFigure {
    std::string group;           ///< the group value; "" when none
    std::string title;           ///< shared by the records (or their common start)
    std::string series_heading;  ///< the series field's label; "" when none
    std::string unit;
    std::vector<std::string> value_labels;  ///< the value fields' labels, in spec order
    std::vector<ChartSeries> series;        ///< in record order
};

/// The figures of records field `records` (which must have a chart) with value `value`, in
/// order of first appearance. Records with the same group value share a figure; without a group
/// value, records with the same title do. When the records of a figure have different titles,
/// the figure takes their common leading words and each series the rest of its title (unless a
/// series field names it).
std::vector<ChartFigure> chart_figures(const config::FieldSchema& records, const yaml::Node& value);

}  // namespace stilas::render
