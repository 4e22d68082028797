// Collections: every type by name with its newest and upcoming pages, and every taxonomy by name
// with its terms (and their places on a ring, for cycle diagrams), for any template to pick.
#pragma once

#include <memory>
#include <vector>

#include "render/site_model.hpp"
#include "render/theme.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

/// How many cards `latest` and `upcoming` hold.
inline constexpr size_t k_collection_limit = 3;

// collections_view returns {types: {<type>: T}, taxonomies: {<taxonomy>: X}}, set on every
// root object as `types` and `taxonomies` (so `{{#types.rapporter.latest}}` works anywhere):
//   T: {name, title, singular, url, count, count_text, description_html,
//       latest: cards newest first (theme.yaml newest_by, else date, updated, event field),
//       has_latest, has_event (the type has a date/datetime field),
//       upcoming: cards with event date on or after the build's reference day, soonest first;
//                 when none, the most recent past ones, newest first, and upcoming_past is true,
//       has_upcoming, upcoming_past}
//   X: {name, title, singular, url, description_html, count, count_text,
//       terms: [{key, number (1-based), title, url, description_html, count, count_text}],
//       ring: see ring_view}
// Cards are card_view's, plus event_date ({text, iso} or "").

/// Built once per render; it holds at most k_collection_limit cards per type.
Value collections_view(const SiteModel& model, const std::vector<NewestBy>& newest_by);

/// The terms of a taxonomy placed clockwise on a circle, the first at the top, in a square SVG
/// view box: {size, center, radius, nodes: [{number, title, url, cx, cy, r,
/// lines: [{text, x, y}]}], arrows: [{d}]}; `arrows` are arcs from each node to the next (the
/// last back to the first). Coordinates are whole numbers. Labels are broken into lines of at
/// most 14 characters where there are spaces.
Value ring_view(const config::Taxonomy& taxonomy);

/// The `types` and `taxonomies` of a collections_view, held once for every page to point to.
struct SharedCollections {
    std::shared_ptr<const Value> types, taxonomies;
};
SharedCollections share_collections(const Value& collections);
/// Sets `types` and `taxonomies` on a root object, pointing to (not copying) `collections`.
void attach_collections(Value& root, const SharedCollections& collections);

}  // namespace stilas::render
