// A body rendered to HTML once, at parse time, with a gap wherever a link's URL or a wikilink's
// label goes, so the cmark tree can be freed and rendering a page is only splicing strings.
// Internal to markdown/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "markdown/compressed_text.hpp"
#include "markdown/document_builder.hpp"

namespace stilas::markdown {

/// At html[offset] goes link number `link`'s escaped URL, or its escaped label when `label`.
struct Splice {
    uint32_t offset = 0;
    uint32_t link = 0;
    bool label = false;
};

struct PrerenderedHtml {
    CompressedText html;           ///< with heading ids, without the gaps' contents
    std::vector<Splice> splices;   ///< in offset order
};

/// Renders `parsed` (its tree gets marker URLs and labels) and cuts the markers out. nullopt when
/// the rendered text itself contains the marker, so that a gap cannot be told from text; the
/// caller then keeps the tree and renders it per page.
std::optional<PrerenderedHtml> prerender(ParsedBody& parsed);

}  // namespace stilas::markdown
