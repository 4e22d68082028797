#include "markdown/cmark_tree.hpp"

#include <cstdlib>
#include <mutex>
#include <new>
#include <stdexcept>
#include <utility>

#include <cmark-gfm-core-extensions.h>

namespace stilas::markdown {
namespace {

constexpr const char* k_extensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

// Called once, before the first parse. cmark-gfm's extension registry is a process-wide list, so
// registering it twice or concurrently would race. The special-character table (see below) gets
// the characters of the extensions every parse attaches here, for good.
void prepare_cmark() {
    static std::once_flag once;
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        if (parser == nullptr) throw std::bad_alloc();
        for (const char* name : k_extensions) {
            if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
                cmark_parser_attach_syntax_extension(parser, extension);
            }
        }
        cmark_manage_extensions_special_characters(parser, 1);
        cmark_parser_free(parser);
    });
}

}  // namespace
}  // namespace stilas::markdown

// cmark-gfm 0.29 keeps the inline parser's special characters in a process-wide table: each
// parse adds its extensions' characters ('~', ':', 'w' …) when its inline pass starts and removes
// them when it ends, so two parses at once corrupt each other (a strikethrough or autolink
// silently missing; tests/unit/markdown/concurrency_test.cpp catches it). The library is linked
// from its static archive with --allow-multiple-definition and this object first
// (CMakeLists.txt), so this definition takes the place of the library's removal, which
// cmark_parser_finish calls by symbol: every parse here attaches the same extensions, whose
// characters prepare_cmark() put in the table, so nothing is ever removed. (A parse's own adding
// at its start stores the same values again; overriding the whole add-and-remove function, as an
// earlier build did through the shared library's PLT, is not possible here: the archive's
// cmark_parser_finish has it inlined.)
extern "C" void cmark_inlines_remove_special_character(unsigned char, bool) {}

namespace stilas::markdown {

CmarkTree::CmarkTree(CmarkTree&& other) noexcept
    : m_root(std::exchange(other.m_root, nullptr)), m_extensions(std::exchange(other.m_extensions, nullptr)) {}

CmarkTree& CmarkTree::operator=(CmarkTree&& other) noexcept {
    if (this != &other) {
        this->~CmarkTree();
        m_root = std::exchange(other.m_root, nullptr);
        m_extensions = std::exchange(other.m_extensions, nullptr);
    }
    return *this;
}

CmarkTree::~CmarkTree() {
    if (m_root != nullptr) cmark_node_free(m_root);
    if (m_extensions != nullptr) cmark_llist_free(cmark_get_default_mem_allocator(), m_extensions);
    m_root = nullptr;
    m_extensions = nullptr;
}

CmarkTree CmarkTree::parse(std::string_view text) {
    prepare_cmark();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
    if (parser == nullptr) throw std::bad_alloc();
    CmarkTree tree;
    for (const char* name : k_extensions) {
        cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
        if (extension == nullptr) continue;
        cmark_parser_attach_syntax_extension(parser, extension);
        tree.m_extensions = cmark_llist_append(cmark_get_default_mem_allocator(), tree.m_extensions, extension);
    }
    cmark_parser_feed(parser, text.data(), text.size());
    tree.m_root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    if (tree.m_root == nullptr) throw std::bad_alloc();
    return tree;
}

std::string CmarkTree::render_html() const {
    char* html = cmark_render_html(m_root, CMARK_OPT_DEFAULT, m_extensions);
    if (html == nullptr) throw std::bad_alloc();
    std::string out(html);
    std::free(html);
    return out;
}

const TableNodeTypes& table_node_types() {
    static const TableNodeTypes types = [] {
        const CmarkTree tree = CmarkTree::parse("| a |\n|---|\n| b |\n");
        cmark_node* table = cmark_node_first_child(tree.root());
        cmark_node* row = table != nullptr ? cmark_node_first_child(table) : nullptr;
        cmark_node* cell = row != nullptr ? cmark_node_first_child(row) : nullptr;
        const auto named = [](cmark_node* node, std::string_view name) {
            return node != nullptr && cmark_node_get_type_string(node) == name;
        };
        if (!named(table, "table") || !named(row, "table_header") || !named(cell, "table_cell"))
            throw std::logic_error("markdown: cmark-gfm's table extension did not make a table");
        return TableNodeTypes{cmark_node_get_type(table), cmark_node_get_type(row), cmark_node_get_type(cell)};
    }();
    return types;
}

void unwrap_node(cmark_node* node) {
    while (cmark_node* child = cmark_node_first_child(node)) {
        // cmark refuses a move it finds invalid (then the loop would never end).
        if (cmark_node_insert_before(node, child) == 0) throw std::logic_error("markdown: cmark refused to unwrap a node");
    }
    cmark_node_free(node);
}

}  // namespace stilas::markdown
