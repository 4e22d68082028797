// Turns a page body into a cmark tree with wikilinks as link nodes and unsafe links removed, the
// links and headings (with their ids) at their exact file positions, and the plain text.
// Internal to markdown/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "markdown/cmark_tree.hpp"
#include "markdown/markdown.hpp"
#include "markdown/url_safety.hpp"

namespace stilas::markdown {

/// Link number i's place in the tree, where the HTML writer leaves a gap for its URL: the node,
/// and for a wikilink without `|text` the text node whose place its label takes (the rewriter's
/// text_out, or the target). The nodes are null once the tree is freed.
struct LinkSlot {
    cmark_node* node = nullptr;
    cmark_node* label = nullptr;
    /// The destination as parsed (the href when the rewriter keeps it), once release_links() has
    /// moved it here from Link::target; empty while the link is kept (no second copy of each URL).
    std::string url;
    UrlUse use = UrlUse::link;
};

struct ParsedBody {
    CmarkTree tree;
    std::vector<Link> links;
    std::vector<LinkSlot> slots;
    std::vector<Heading> headings;
    std::string plain_text;
};

/// Parses an LF-only `body` (line 1 is line `first_line` of `path`), reporting MD001 for unsafe
/// link schemes. The input shape must already have passed check_input_shape.
ParsedBody build_body(std::string_view body, const std::string& path, int first_line, diag::Diagnostics& diagnostics);

/// For render_inline_markdown: removes links and images with unsafe schemes, no positions.
void drop_unsafe_links(cmark_node* root);

}  // namespace stilas::markdown
