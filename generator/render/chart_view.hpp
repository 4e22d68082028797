// Chart views: the figures of a records field with a `chart:` as template data, with the SVG
// geometry already computed and every number already in Norwegian form.
#pragma once

#include <string>
#include <vector>

#include "render/chart_model.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

// {figures: [figure]}; every key is always set (false when empty), so sections never pick up an
// outer value. A figure:
//   id, caption_id ("<id>-tittel"), group (text or false), title, caption ("group: title"),
//   unit, width, height (the viewBox), description (for <desc>: what the chart shows),
//   ticks: [{y, x1, x2, label_x, label_y, label}] grid lines bottom to top, label with unit,
//   axis: {x1, x2, y} the line at value 0,
//   bars: [{is_bar, x, y, width, height, class, value, label_x, label_y, tooltip}] by value
//     field, then series; is_bar false for a missing number (only its label "–" is drawn),
//     class "diagram-serie-N" (N = 1…6, repeating),
//   categories: [{x, y, lines: [{text, x, dy}]}] the value fields' labels under the axis,
//   has_legend (several series), series: [{label, class}],
//   table: {caption, corner (text or false), columns: [{label}], rows: [{header, cells: [{text}]}]}.
// Coordinates are strings in viewBox units; texts are plain (the template escapes them).

/// The view of `figures`; figure ids are `id_prefix` + "-1", "-2", … (unique on the page as
/// long as the prefix is).
Value chart_view(const std::vector<ChartFigure>& figures, const std::string& id_prefix);

}  // namespace stilas::render
