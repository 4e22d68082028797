// A parsed body's HTML written straight from its cmark tree, byte for byte as cmark-gfm 0.29's
// HTML renderer writes it in safe mode (CMARK_OPT_DEFAULT, the extensions CmarkTree::parse
// attaches), plus an id on every heading and a gap wherever a link's URL or a wikilink's label
// goes. Internal to markdown/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "markdown/document_builder.hpp"

namespace stilas::markdown {

/// At html[offset] goes link number `link`'s escaped URL, or its escaped label when `label`.
struct Splice {
    uint32_t offset = 0;
    uint32_t link = 0;
    bool label = false;
};

/// Writes the HTML of `parsed.tree` without the gaps' contents at the start of `room` and
/// returns its length; appends the gaps in offset order to `splices`. `room` is only space:
/// grown as needed and never shrunk, so a string reused page after page is rarely filled anew.
/// Every link and image node must be `parsed.slots` entry for entry, in document order, and
/// every heading `parsed.headings`. Throws std::logic_error on a node type cmark-gfm's renderer
/// knows and this writer does not (an extension CmarkTree::parse does not attach), rather than
/// leave anything out.
size_t write_gapped_html(const ParsedBody& parsed, std::string& room, std::vector<Splice>& splices);

}  // namespace stilas::markdown
