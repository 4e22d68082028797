// The reference the markdown tests compare Stilas's own HTML writer with: cmark-gfm's renderer
// (cmark_render_html) on the same tree, with each link's URL and each wikilink's label set in the
// tree as a rewriter gives them, and each heading's id put into its <hN> tag afterwards.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/document_builder.hpp"
#include "markdown/markdown.hpp"
#include "markdown/url_safety.hpp"

namespace stilas::markdown::test {

/// Adds id="…" to the n-th "<hN>" tag of `html` for the n-th heading. Every "<hN>" in
/// cmark's safe-mode HTML is a heading, in document order (text and raw HTML never make one).
inline std::string with_heading_ids(std::string_view html, const std::vector<Heading>& headings) {
    std::string out;
    size_t next = 0;
    size_t done = 0;
    for (size_t i = html.find("<h"); i != std::string_view::npos && next < headings.size(); i = html.find("<h", i + 1)) {
        if (i + 3 >= html.size() || html[i + 2] < '1' || html[i + 2] > '6' || html[i + 3] != '>') continue;
        out.append(html.substr(done, i + 3 - done));
        out += " id=\"" + headings[next++].id + "\"";
        done = i + 3;
    }
    out.append(html.substr(done));
    return out;
}

/// cmark-gfm's HTML for `body` (LF line ends, a shape check_input_shape accepts) with the links
/// rewritten by `rewrite` as Document::render_html rewrites them.
inline std::string cmark_reference_html(std::string_view body, const LinkRewriter& rewrite) {
    diag::Diagnostics diagnostics;
    ParsedBody parsed = build_body(body, "a.md", 1, diagnostics);
    for (size_t i = 0; i < parsed.slots.size(); ++i) {
        const LinkSlot& slot = parsed.slots[i];
        std::string url, label;
        if (rewrite && rewrite(i, parsed.links[i], url, label))
            cmark_node_set_url(slot.node, unsafe_scheme(url, slot.use) ? "" : url.c_str());
        if (slot.label != nullptr)
            cmark_node_set_literal(slot.label, label.empty() ? parsed.links[i].target.c_str() : label.c_str());
    }
    return with_heading_ids(parsed.tree.render_html(), parsed.headings);
}

/// Document::render_html of `body` with `rewrite`.
inline std::string stilas_html(std::string_view body, const LinkRewriter& rewrite) {
    diag::Diagnostics diagnostics;
    return Document::parse(body, "a.md", 1, diagnostics).render_html(rewrite);
}

}  // namespace stilas::markdown::test
