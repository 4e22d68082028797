// A body rendered to HTML once, at parse time, with a gap wherever a link's URL or a wikilink's
// label goes, so the cmark tree can be freed and rendering a page is only splicing strings.
// Internal to markdown/.
#pragma once

#include <vector>

#include "markdown/compressed_text.hpp"
#include "markdown/document_builder.hpp"
#include "markdown/html_writer.hpp"

namespace stilas::markdown {

struct PrerenderedHtml {
    CompressedText html;           ///< with heading ids, without the gaps' contents
    std::vector<Splice> splices;   ///< in offset order
};

/// Renders `parsed` (html_writer.hpp) and compresses the result (against `dictionary`, if any).
PrerenderedHtml prerender(const ParsedBody& parsed, std::shared_ptr<const HtmlDictionary> dictionary = nullptr);

}  // namespace stilas::markdown
