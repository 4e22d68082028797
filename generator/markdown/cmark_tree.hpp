// Owns cmark-gfm's parse tree: parsing with Stilas's extensions, the table extension's node types,
// and the few tree edits the markdown component needs. Internal to generator/markdown/; no other
// component touches cmark-gfm.
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

/// The literal of a text, code or HTML node, or of a code block ("" for other nodes). cmark makes
/// it a C string the first time it is asked for.
inline std::string_view literal_of(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    return literal != nullptr ? std::string_view(literal) : std::string_view();
}

/// The table extension's node types. It numbers them when it registers, so they are learnt once,
/// by name, from a small table parsed for the purpose.
struct TableNodeTypes {
    cmark_node_type table = CMARK_NODE_NONE;
    cmark_node_type row = CMARK_NODE_NONE;   ///< header and body rows alike
    cmark_node_type cell = CMARK_NODE_NONE;
};
const TableNodeTypes& table_node_types();

/// Replaces `node` by its children (a dropped link keeps its text, an image its alt text).
void unwrap_node(cmark_node* node);

}  // namespace stilas::markdown
