// The only place cmark-gfm's C API is touched: an owned parse tree and the few tree edits the
// markdown component needs. Internal to generator/markdown/; no other component includes it.
#pragma once

#include <string>
#include <string_view>

#include <cmark-gfm.h>

namespace stilas::markdown {

/// A parsed cmark document with the syntax-extension list it renders with. Move-only.
class CmarkTree {
public:
    CmarkTree() = default;
    CmarkTree(CmarkTree&& other) noexcept;
    CmarkTree& operator=(CmarkTree&& other) noexcept;
    CmarkTree(const CmarkTree&) = delete;
    CmarkTree& operator=(const CmarkTree&) = delete;
    ~CmarkTree();

    /// Parses `text` with the GFM extensions table, strikethrough, autolink, tagfilter and
    /// tasklist, and source positions; never CMARK_OPT_UNSAFE or SMART.
    static CmarkTree parse(std::string_view text);

    cmark_node* root() const { return m_root; }

    /// cmark-gfm's HTML in safe mode: raw HTML becomes a comment, dangerous URLs an empty href.
    std::string render_html() const;

private:
    cmark_node* m_root = nullptr;
    cmark_llist* m_extensions = nullptr;
};

bool is_block(cmark_node* node);

/// The text content of `node`'s subtree: literals of text and code, a space for line breaks.
std::string inline_text(cmark_node* node);

/// The text of the whole document (blocks separated by "\n", table cells by a space), built
/// event by event during a walk of the tree that does more on the way.
class DocumentText {
public:
    /// One step of a cmark_iter walk over the whole document, in order.
    void visit(cmark_event_type event, cmark_node* node);
    /// The text after the last step.
    std::string take();

private:
    void end_block(char separator);
    std::string m_text;
};

/// Joins runs of sibling text nodes (cmark splits "[[x]]" into five) into one.
void merge_adjacent_text(cmark_node* root);

/// Replaces `node` by its children (a dropped link keeps its text, an image its alt text).
void unwrap_node(cmark_node* node);

}  // namespace stilas::markdown
