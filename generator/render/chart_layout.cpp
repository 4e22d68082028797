#include "render/chart_layout.hpp"

#include <algorithm>
#include <cmath>

#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace stilas::render {
namespace {

// In viewBox units; the theme's font sizes (13 and 12) are set in the partial.
constexpr double k_left = 56;  // room for tick labels such as "100 %"
constexpr double k_right = 8;
constexpr double k_top = 24;  // room for the value label over the highest bar
constexpr double k_plot_height = 200;
constexpr double k_label_gap = 20;  // from the lowest grid line to the first label baseline
constexpr double k_line_height = 16;
constexpr double k_bottom = 8;
constexpr double k_bar_gap = 2;        // between the bars of one category
constexpr double k_category_min = 80;  // wide enough for "(dårligst)" on its own line
constexpr double k_char_width = 7.5;   // a generous average at font size 13
constexpr size_t k_max_lines = 3;

double bar_width(size_t series) {
    if (series <= 1) return 40;
    if (series == 2) return 28;
    if (series <= 4) return 22;
    return 14;
}

// The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least `raw`.
double nice_step(double raw) {
    if (!(raw > 0)) return 1;
    double power = 1;
    while (power * 10 <= raw) power *= 10;
    while (power > raw) power /= 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * power >= raw * (1 - 1e-12)) return m * power;
    return 10 * power;
}

// Greedy word wrap at `max_chars` code points per line, at most k_max_lines lines.
std::vector<std::string> wrap(const std::string& text, size_t max_chars) {
    std::vector<std::string> lines;
    for (std::string_view word : util::split(text, ' ')) {
        if (word.empty()) continue;
        bool fits =
            !lines.empty() && util::count_code_points(lines.back()) + 1 + util::count_code_points(word) <= max_chars;
        if (fits || lines.size() == k_max_lines)
            lines.back() += " " + std::string(word);
        else
            lines.emplace_back(word);
    }
    return lines;
}

struct Axis {
    double low = 0, high = 1, step = 1;
};

Axis axis_for(const ChartFigure& figure) {
    double low = 0, high = 0;
    for (const ChartSeries& s : figure.series)
        for (const ChartCell& c : s.cells)
            if (c.value) {
                low = std::min(low, *c.value);
                high = std::max(high, *c.value);
            }
    if (high == low) high = low + 1;
    Axis axis;
    axis.step = nice_step((high - low) / 4);
    // The small slack keeps 0.3 / 0.1 = 3.0000000000000004 from growing the axis by a step.
    axis.low = std::floor(low / axis.step + 1e-9) * axis.step;
    axis.high = std::ceil(high / axis.step - 1e-9) * axis.step;
    return axis;
}

}  // namespace

ChartLayout layout_chart(const ChartFigure& figure) {
    ChartLayout out;
    const size_t series = std::max<size_t>(figure.series.size(), 1);
    const double bar = bar_width(series);
    const double group = static_cast<double>(series) * bar + static_cast<double>(series - 1) * k_bar_gap;
    const double category = std::max(group + 16, k_category_min);
    const Axis axis = axis_for(figure);
    auto y_of = [&](double v) { return k_top + (axis.high - v) / (axis.high - axis.low) * k_plot_height; };

    out.plot_left = k_left;
    out.plot_right = k_left + category * static_cast<double>(figure.value_labels.size());
    out.width = out.plot_right + k_right;
    out.zero_y = y_of(0);
    out.tick_label_x = k_left - 8;
    out.line_height = k_line_height;
    out.labels_y = k_top + k_plot_height + k_label_gap;
    const long steps = std::lround((axis.high - axis.low) / axis.step);
    for (long i = 0; i <= steps; ++i) {
        double v = axis.low + static_cast<double>(i) * axis.step;
        out.ticks.push_back({v, y_of(v)});
    }
    size_t most_lines = 1;
    for (size_t c = 0; c < figure.value_labels.size(); ++c) {
        double center = k_left + category * (static_cast<double>(c) + 0.5);
        auto lines = wrap(figure.value_labels[c], static_cast<size_t>(category / k_char_width));
        most_lines = std::max(most_lines, lines.size());
        out.categories.push_back({center, std::move(lines)});
        double left = center - group / 2;
        for (size_t s = 0; s < figure.series.size(); ++s) {
            const ChartCell& cell = figure.series[s].cells[c];
            ChartBar b;
            b.series = s;
            b.value = c;
            b.present = cell.value.has_value();
            b.x = left + static_cast<double>(s) * (bar + k_bar_gap);
            b.width = bar;
            double top = cell.value ? y_of(std::max(*cell.value, 0.0)) : out.zero_y;
            double bottom = cell.value ? y_of(std::min(*cell.value, 0.0)) : out.zero_y;
            b.y = top;
            b.height = bottom - top;
            b.label_x = b.x + bar / 2;
            b.label_y = cell.value && *cell.value < 0 ? bottom + 14 : top - 5;
            out.bars.push_back(b);
        }
    }
    out.height = out.labels_y + static_cast<double>(most_lines - 1) * k_line_height + k_bottom;
    return out;
}

}  // namespace stilas::render
