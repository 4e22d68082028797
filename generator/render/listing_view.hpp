// Views of the generated pages: a section's listing, a taxonomy's index, a term page, the home
// page and the 404 page.
#pragma once

#include <string_view>

#include "render/site_model.hpp"
#include "render/view_value.hpp"

namespace stilas::render {

// Each view returns the full root object (view_model.hpp) plus one of:
//   listing:  {title, intro_html, description_html, count, count_text, cards}
//   taxonomy: {title, description_html, terms: [{title, url, count, count_text, description_html}]}
//   term:     {title, taxonomy_title, taxonomy_url, description_html, count, count_text,
//              groups: [{label, url, count, count_text, cards}]}
//   home:     {intro_html, sections: [{title, url, count, count_text, description_html, latest: cards}]}

/// How many recent pages the home page shows per section.
inline constexpr size_t k_home_latest = 3;

/// /<section>/: the _index.md text (or the type's description), then every page as a card.
Value section_listing_view(const SiteModel& model, std::string_view section);

/// /<taxonomy>/: its terms in declaration order with their page counts.
Value taxonomy_view(const SiteModel& model, const config::Taxonomy& taxonomy);

/// /<taxonomy>/<term>/: the term's description and its pages grouped by section.
Value term_view(const SiteModel& model, const config::Taxonomy& taxonomy, const config::Term& term);

/// /: the home _index.md text, then each section with its count and latest pages.
Value home_view(const SiteModel& model);

/// /404.html.
Value not_found_view(const SiteModel& model);

/// The search page (/sok/, rendered when the theme has templates/search.mustache): the root view
/// plus `sections` [{title, url}] for readers without JavaScript. The search itself runs in the
/// browser on the index the build writes to /sok/indeks/ (see docs/search.md).
Value search_view(const SiteModel& model);

}  // namespace stilas::render
