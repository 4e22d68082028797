// Chart geometry: where the axis ticks, bars, value labels and category labels of one figure
// stand in the SVG's own coordinates (a viewBox, so the drawing scales to any width).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "render/chart_model.hpp"

namespace stilas::render {

/// A horizontal grid line with its value, at height `y`.
struct ChartTick {
    double value = 0;
    double y = 0;
};

/// One bar (or, for a missing value, only its label "–"): series `series`, value field `value`.
struct ChartBar {
    size_t series = 0;
    size_t value = 0;
    bool present = false;  ///< false: the record has no number here; no bar is drawn
    double x = 0, y = 0, width = 0, height = 0;
    double label_x = 0, label_y = 0;  ///< the value printed above (or below, when negative) the bar
};

/// One value field on the x axis: its centre and its label broken into lines.
struct ChartCategory {
    double center = 0;
    std::vector<std::string> lines;
};

struct ChartLayout {
    double width = 0, height = 0;  ///< the viewBox
    double plot_left = 0, plot_right = 0;
    double zero_y = 0;             ///< the axis line at value 0
    double labels_y = 0;           ///< baseline of the first line of category labels
    double line_height = 0;        ///< between category label lines
    double tick_label_x = 0;       ///< right edge of the tick labels
    std::vector<ChartTick> ticks;  ///< bottom to top
    std::vector<ChartCategory> categories;
    std::vector<ChartBar> bars;  ///< by category, then series
};

/// The geometry of `figure`: the axis from the lowest to the highest value (always including 0)
/// rounded out to a step of 1, 2, 2.5 or 5 times a power of ten.
ChartLayout layout_chart(const ChartFigure& figure);

}  // namespace stilas::render
