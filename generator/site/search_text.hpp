// Internal to site/ (the search index step): what the search index reads of a page besides its
// facets. Its text for analysis, the key its cached analysis is kept under, its year and date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "markdown/markdown.hpp"
#include "search/index_input.hpp"

namespace stilas::site {

/// The page's text for analysis: title, summary, the body's plain text (wikilinks written
/// without text left out: readers see the target's title there) and its text-like fields. The
/// body's plain text is taken from `body`, its last reader.
search::PageText page_text(const content::Document& page, markdown::Document& body);

/// A hash of what a type's pages' analysis depends on in its schema: the fields it declares
/// (which of them are text). Made once per type.
uint64_t type_hash(const config::TypeSchema& type);

/// What a page's analysis depends on besides its bytes (its blob id): its type's fields
/// (`type_hashes`, by type name), and title and summary (a section page's title may come from
/// the config): the blob id, then eight bytes of a hash of the rest. "" for a page without a
/// blob id (no cache then).
std::string cache_key(const content::Document& page, const std::unordered_map<std::string_view, uint64_t>& type_hashes);

/// The year of a page: its date, else its first date field, else a number field for a year
/// (a view into the page).
std::string_view year_of(const content::Document& page);

/// The date shown with a result: the page's date, else its first date field.
std::string_view date_of(const content::Document& page);

}  // namespace stilas::site
