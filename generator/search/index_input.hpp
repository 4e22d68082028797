// What finish() is given: facet definitions and the published documents, as plain strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stilas::search {

/// A page analysed by IndexBuilder::add_page.
using PageId = uint32_t;
/// No page (DocInput::tag_pages).
inline constexpr PageId k_no_page = UINT32_MAX;

/// The searchable text of a page, all from its own file (what the incremental cache keeps).
struct PageText {
    std::string title;
    std::string summary;
    std::string body;     ///< the body as plain text
    /// The text of its text-like fields, each after a line break: read as if it followed the
    /// body (kept apart, so that the body's text is not copied to append it).
    std::string fields{};
};

struct FacetValueDef {
    std::string value;   ///< key used in filters ("verktoy", "medvirkning", "2021")
    std::string label;   ///< shown to readers ("Verktøy", "Medvirkning")
};

struct FacetDef {
    std::string name;    ///< key used in filters ("type", "temaer")
    std::string label;   ///< shown to readers ("Type", "Tema")
    std::vector<FacetValueDef> values;   ///< in the order a reader should see them
};

/// One published page, in index order (document id = position). The views point into the
/// caller's model and must stay valid until finish() returns.
struct DocInput {
    PageId page = 0;
    std::string_view url, title, summary, type, date;
    /// (facet index, value index) into IndexInput::facets.
    std::vector<std::pair<uint32_t, uint32_t>> facets;
    /// Labels searched with a small weight: taxonomy terms, referenced pages' titles, the type.
    std::vector<std::string_view> tags;
    /// Empty, or parallel to `tags`: the page whose title the label is (its terms are then taken
    /// from that page's analysis, not analysed again), or k_no_page.
    std::vector<PageId> tag_pages;
};

struct IndexInput {
    std::vector<FacetDef> facets;
    std::vector<DocInput> docs;
};

}  // namespace stilas::search
