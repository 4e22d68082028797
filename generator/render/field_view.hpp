// Field views: a page's front-matter fields in schema order, as template data.
#pragma once

#include "render/site_model.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

// Each field is {name, label, kind} plus
// exactly one filled value key per kind with its flag is_<key> true; every other value key and
// flag is false, so sections never pick up an outer value:
//   text (text, enum, number, bool as Ja/Nei), html (markdown), date ({text, iso}: date and
//   datetime), link ({href, text}: url; an unsafe url becomes text), items (list), links
//   ([{title, url}]: ref/refs), terms ([{title, url}]: term/terms), records ([{fields}]),
//   data (a node: {text, is_list, items: [node], is_map, entries: [{key, value: node}]}).
// `chart` is false, except on a records field whose schema has a `chart:` and whose records
// make at least one figure: then it is the chart view (see chart_view.hpp) beside `records`.

/// The fields of page `page` (in generic mode: every front-matter key, shown as data).
Value fields_view(const SiteModel& model, size_t page);

/// A YAML value as a data node (see above).
Value data_view(const yaml::Node& node);

}  // namespace stilas::render
