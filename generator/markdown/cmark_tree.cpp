#include "markdown/cmark_tree.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <mutex>
#include <new>
#include <stdexcept>
#include <utility>

#include <cmark-gfm-core-extensions.h>

namespace stilas::markdown {
namespace {

constexpr const char* k_extensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

using ManageSpecialCharacters = void (*)(cmark_parser*, int);

// The library's own cmark_manage_extensions_special_characters, found past ours below.
ManageSpecialCharacters library_manage_special_characters() {
    static const auto real = reinterpret_cast<ManageSpecialCharacters>(
        ::dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    return real;
}

// Called once, before the first parse. cmark-gfm's extension registry is a process-wide list, so
// registering it twice or concurrently would race. The special-character table (see below) is
// filled here, for good, with the characters of the extensions every parse attaches.
void prepare_cmark() {
    static std::once_flag once;
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        const ManageSpecialCharacters manage = library_manage_special_characters();
        if (manage == nullptr) throw std::runtime_error("cmark-gfm: cmark_manage_extensions_special_characters not found");
        cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        if (parser == nullptr) throw std::bad_alloc();
        for (const char* name : k_extensions) {
            if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
                cmark_parser_attach_syntax_extension(parser, extension);
            }
        }
        manage(parser, 1);
        cmark_parser_free(parser);
    });
}

}  // namespace
}  // namespace stilas::markdown

// cmark-gfm 0.29 keeps the inline parser's special characters in a process-wide table: each
// parse adds its extensions' characters ('~', ':', 'w' …) when its inline pass starts and removes
// them when it ends, so two parses at once corrupt each other (a strikethrough or autolink
// silently missing; tests/unit/markdown/concurrency_test.cpp catches it). The library calls this
// exported function through its PLT, so this definition takes its place: every parse here
// attaches the same extensions, whose characters prepare_cmark() put in the table once, so a
// parse has nothing to add or remove and parses can run in parallel.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser*, int) {}

namespace stilas::markdown {
namespace {

cmark_node_type type_of(cmark_node* node) { return cmark_node_get_type(node); }

}  // namespace

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

bool is_block(cmark_node* node) {
    return (static_cast<int>(type_of(node)) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

std::string inline_text(cmark_node* node) {
    std::string out;
    cmark_iter* iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER) continue;
        cmark_node* current = cmark_iter_get_node(iter);
        const cmark_node_type type = type_of(current);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            const char* literal = cmark_node_get_literal(current);
            if (literal != nullptr) out += literal;
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            out += ' ';
        }
    }
    cmark_iter_free(iter);
    return out;
}

void DocumentText::end_block(char separator) {
    if (separator == '\n' && !m_text.empty() && m_text.back() == ' ') m_text.pop_back();
    if (!m_text.empty() && m_text.back() != '\n' && m_text.back() != separator) m_text += separator;
}

void DocumentText::visit(cmark_event_type event, cmark_node* node) {
    const cmark_node_type type = type_of(node);
    if (event == CMARK_EVENT_ENTER) {
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            if (const char* literal = cmark_node_get_literal(node)) m_text += literal;
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            m_text += ' ';
        } else if (type == CMARK_NODE_CODE_BLOCK) {
            if (const char* literal = cmark_node_get_literal(node)) {
                end_block('\n');
                m_text += literal;
                end_block('\n');
            }
        }
    } else if (event == CMARK_EVENT_EXIT && is_block(node)) {
        const char* name = cmark_node_get_type_string(node);
        end_block(name != nullptr && std::string_view(name) == "table_cell" ? ' ' : '\n');
    }
}

std::string DocumentText::take() {
    while (!m_text.empty() && (m_text.back() == '\n' || m_text.back() == ' ')) m_text.pop_back();
    return std::move(m_text);
}

void merge_adjacent_text(cmark_node* root) {
    cmark_iter* iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node* current = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || type_of(current) != CMARK_NODE_TEXT) continue;
        cmark_node* next = cmark_node_next(current);
        if (next == nullptr || type_of(next) != CMARK_NODE_TEXT) continue;
        // Collect first and set once: "[[[[…" is thousands of one-byte nodes.
        std::string joined = cmark_node_get_literal(current);
        while (next != nullptr && type_of(next) == CMARK_NODE_TEXT) {
            joined += cmark_node_get_literal(next);
            cmark_node* after = cmark_node_next(next);
            cmark_node_free(next);
            next = after;
        }
        cmark_node_set_literal(current, joined.c_str());
        // The iterator computed its next step from the siblings just freed; recompute it.
        cmark_iter_reset(iter, current, CMARK_EVENT_ENTER);
    }
    cmark_iter_free(iter);
}

void unwrap_node(cmark_node* node) {
    while (cmark_node* child = cmark_node_first_child(node)) {
        cmark_node_insert_before(node, child);
    }
    cmark_node_free(node);
}

}  // namespace stilas::markdown
