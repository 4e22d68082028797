// The HTML writer: one walk of the cmark tree (first child, next sibling, parent; no cmark_iter)
// that writes what cmark-gfm 0.29's html.c and its table, strikethrough and tasklist extensions
// write with the options Stilas renders with (CMARK_OPT_DEFAULT: safe mode, no source
// positions, soft breaks as newlines), and in the same pass the heading ids and the gaps for
// link URLs and labels. tests/unit/markdown/html_writer_test.cpp compares it with cmark's own
// renderer on the same trees.
#include "markdown/html_writer.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include <cmark-gfm-core-extensions.h>

#include "markdown/html_escape.hpp"
#include "markdown/tree_walk.hpp"

namespace stilas::markdown {
namespace {

using namespace std::string_view_literals;

// The extensions CmarkTree::parse attaches. Table, strikethrough and tasklist render their own
// nodes; autolink and tagfilter leave rendering to the core (tagfilter acts only on raw HTML,
// which safe mode never writes).
struct Extensions {
    cmark_syntax_extension* table = cmark_find_syntax_extension("table");
    cmark_syntax_extension* strikethrough = cmark_find_syntax_extension("strikethrough");
    cmark_syntax_extension* tasklist = cmark_find_syntax_extension("tasklist");
    cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
    cmark_syntax_extension* tagfilter = cmark_find_syntax_extension("tagfilter");
};

const Extensions& extensions() {
    static const Extensions known;
    return known;
}

[[noreturn]] void unknown_node(cmark_node* node) {
    const char* name = cmark_node_get_type_string(node);
    throw std::logic_error(std::string("markdown: no HTML writer for cmark node type ") + (name != nullptr ? name : "?"));
}

// The HTML being written, at the start of a string that is only room: grown ahead of the
// writes (filled with zeros once, when it grows), so a write is one copy, inlined for a tag.
class HtmlOut {
public:
    explicit HtmlOut(std::string& room) : m_room(room) {}

    [[gnu::always_inline]] void put(std::string_view piece) {
        if (piece.size() > m_room.size() - m_size) grow(piece.size());
        std::memcpy(m_room.data() + m_size, piece.data(), piece.size());
        m_size += piece.size();
    }
    [[gnu::always_inline]] void put(char c) {
        if (m_size == m_room.size()) grow(1);
        m_room[m_size++] = c;
    }
    void put_escaped(std::string_view text) {
        for_each_escaped_piece(text, [this](std::string_view piece) { put(piece); });
    }
    size_t size() const { return m_size; }
    bool empty_or_after_newline() const { return m_size == 0 || m_room[m_size - 1] == '\n'; }

private:
    [[gnu::noinline]] void grow(size_t needed) { m_room.resize(std::max(2 * m_room.size(), m_size + needed + 4096)); }

    std::string& m_room;
    size_t m_size = 0;
};

class HtmlWriter {
public:
    HtmlWriter(const ParsedBody& parsed, std::string& out, std::vector<Splice>& splices)
        : m_parsed(parsed), m_out(out), m_splices(splices), m_known(extensions()) {}

    size_t write(cmark_node* root) {
        walk(root, [this](cmark_node* node) { return enter(node); }, [this](cmark_node* node) { leave(node); });
        return m_out.size();
    }

private:
    enum class TablePart { table, header_row, body_row, cell };

    void put(std::string_view text) { m_out.put(text); }
    void put_escaped(std::string_view text) { m_out.put_escaped(text); }
    // A newline unless the output is empty or already ends with one (cmark's "cr").
    void cr() {
        if (!m_out.empty_or_after_newline()) m_out.put('\n');
    }
    void gap(size_t link, bool label) {
        m_splices.push_back({static_cast<uint32_t>(m_out.size()), static_cast<uint32_t>(link), label});
    }

    // The slot of link or image `node`: slots follow the links in document order.
    size_t take_slot(cmark_node* node) {
        if (m_next_slot >= m_parsed.slots.size() || m_parsed.slots[m_next_slot].node != node) {
            throw std::logic_error("markdown: a link node without its slot");
        }
        return m_next_slot++;
    }

    Visit enter(cmark_node* node) {
        if (cmark_syntax_extension* extension = cmark_node_get_syntax_extension(node)) {
            if (extension == m_known.table) return enter_table_part(node);
            if (extension == m_known.strikethrough) {
                put("<del>"sv);
                return Visit::children;
            }
            if (extension == m_known.tasklist) return enter_task_item(node);
            if (extension != m_known.autolink && extension != m_known.tagfilter) unknown_node(node);
        }
        return enter_core(node);
    }

    void leave(cmark_node* node) {
        if (cmark_syntax_extension* extension = cmark_node_get_syntax_extension(node)) {
            if (extension == m_known.table) return leave_table_part(node);
            if (extension == m_known.strikethrough) return put("</del>"sv);
            if (extension == m_known.tasklist) return put("</li>\n"sv);
        }
        leave_core(node);
    }

    Visit enter_core(cmark_node* node) {
        const cmark_node_type type = cmark_node_get_type(node);
        switch (type) {
            case CMARK_NODE_DOCUMENT: break;
            case CMARK_NODE_BLOCK_QUOTE:
                cr();
                put("<blockquote>\n"sv);
                break;
            case CMARK_NODE_LIST: enter_list(node); break;
            case CMARK_NODE_ITEM:
                cr();
                put("<li>"sv);
                break;
            case CMARK_NODE_HEADING: enter_heading(node); break;
            case CMARK_NODE_PARAGRAPH:
                if (!in_tight_list(node)) {
                    cr();
                    put("<p>"sv);
                }
                break;
            case CMARK_NODE_EMPH: put("<em>"sv); break;
            case CMARK_NODE_STRONG: put("<strong>"sv); break;
            case CMARK_NODE_LINK: enter_link(node); break;
            case CMARK_NODE_IMAGE: write_image_start(node); return Visit::leave;
            default: write_leaf(node, type); return Visit::done;
        }
        return Visit::children;
    }

    void write_leaf(cmark_node* node, cmark_node_type type) {
        switch (type) {
            case CMARK_NODE_TEXT: write_text(node); break;
            case CMARK_NODE_SOFTBREAK: m_out.put('\n'); break;
            case CMARK_NODE_LINEBREAK: put("<br />\n"sv); break;
            case CMARK_NODE_CODE:
                put("<code>"sv);
                put_escaped(literal_of(node));
                put("</code>"sv);
                break;
            case CMARK_NODE_HTML_INLINE: put("<!-- raw HTML omitted -->"sv); break;
            case CMARK_NODE_CODE_BLOCK: write_code_block(node); break;
            case CMARK_NODE_HTML_BLOCK:
                cr();
                put("<!-- raw HTML omitted -->"sv);
                cr();
                break;
            case CMARK_NODE_THEMATIC_BREAK:
                cr();
                put("<hr />\n"sv);
                break;
            default: unknown_node(node);
        }
    }

    void leave_core(cmark_node* node) {
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_BLOCK_QUOTE:
                cr();
                put("</blockquote>\n"sv);
                break;
            case CMARK_NODE_LIST:
                put(cmark_node_get_list_type(node) == CMARK_BULLET_LIST ? "</ul>\n"sv : "</ol>\n"sv);
                break;
            case CMARK_NODE_ITEM: put("</li>\n"sv); break;
            case CMARK_NODE_HEADING: write_heading_end(node); break;
            case CMARK_NODE_PARAGRAPH:
                if (!in_tight_list(node)) put("</p>\n"sv);
                break;
            case CMARK_NODE_EMPH: put("</em>"sv); break;
            case CMARK_NODE_STRONG: put("</strong>"sv); break;
            case CMARK_NODE_LINK: put("</a>"sv); break;
            case CMARK_NODE_IMAGE: write_image_end(node); break;
            default: break;  // the document
        }
    }

    void enter_list(cmark_node* node) {
        cr();
        const int start = cmark_node_get_list_start(node);
        if (cmark_node_get_list_type(node) == CMARK_BULLET_LIST) put("<ul>\n"sv);
        else if (start == 1) put("<ol>\n"sv);
        else {
            put("<ol start=\""sv);
            put(std::to_string(start));
            put("\">\n"sv);
        }
    }

    // A paragraph in an item of a tight list has no <p> (cmark looks at the grandparent only).
    static bool in_tight_list(cmark_node* paragraph) {
        cmark_node* parent = cmark_node_parent(paragraph);
        cmark_node* grandparent = parent != nullptr ? cmark_node_parent(parent) : nullptr;
        return grandparent != nullptr && cmark_node_get_type(grandparent) == CMARK_NODE_LIST &&
               cmark_node_get_list_tight(grandparent) != 0;
    }

    void enter_heading(cmark_node* node) {
        if (m_next_heading >= m_parsed.headings.size()) throw std::logic_error("markdown: a heading without its id");
        cr();
        put("<h"sv);
        m_out.put(static_cast<char>('0' + cmark_node_get_heading_level(node)));
        put(" id=\""sv);
        put(m_parsed.headings[m_next_heading++].id);  // a slug: nothing to escape
        put("\">"sv);
    }

    void write_heading_end(cmark_node* node) {
        put("</h"sv);
        m_out.put(static_cast<char>('0' + cmark_node_get_heading_level(node)));
        put(">\n"sv);
    }

    // The class names the info string's first word (up to a space, tab, newline, VT, FF or CR).
    void write_code_block(cmark_node* node) {
        cr();
        const char* info = cmark_node_get_fence_info(node);
        if (info == nullptr || *info == '\0') {
            put("<pre><code>"sv);
        } else {
            put("<pre><code class=\"language-"sv);
            put_escaped(std::string_view(info, std::strcspn(info, " \t\n\v\f\r")));
            put("\">"sv);
        }
        put_escaped(literal_of(node));
        put("</code></pre>\n"sv);
    }

    void write_text(cmark_node* node) {
        if (node == m_label) {
            gap(m_label_link, true);
            m_label = nullptr;
        } else {
            put_escaped(literal_of(node));
        }
    }

    void write_title(cmark_node* node) {
        const char* title = cmark_node_get_title(node);
        if (title != nullptr && *title != '\0') {
            put("\" title=\""sv);
            put_escaped(title);
        }
    }

    void enter_link(cmark_node* node) {
        const size_t slot = take_slot(node);
        put("<a href=\""sv);
        gap(slot, false);
        write_title(node);
        put("\">"sv);
        if (m_parsed.slots[slot].label != nullptr) {
            m_label = m_parsed.slots[slot].label;
            m_label_link = slot;
        }
    }

    // The alt text is the plain text of the image's description: literals of text, code and
    // inline HTML escaped, breaks as spaces, no markup. Links in it keep their slots, unwritten.
    void write_image_start(cmark_node* node) {
        const size_t slot = take_slot(node);
        put("<img src=\""sv);
        gap(slot, false);
        put("\" alt=\""sv);
        walk(node, [this, node](cmark_node* inner) { return write_plain(inner, node); }, [](cmark_node*) {});
    }

    Visit write_plain(cmark_node* inner, cmark_node* image) {
        if (inner == image) return Visit::children;
        switch (cmark_node_get_type(inner)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_HTML_INLINE: put_escaped(literal_of(inner)); break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK: m_out.put(' '); break;
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE: take_slot(inner); break;
            default: break;
        }
        return Visit::children;
    }

    void write_image_end(cmark_node* node) {
        write_title(node);
        put("\" />"sv);
    }

    Visit enter_task_item(cmark_node* node) {
        if (cmark_node_get_type(node) != CMARK_NODE_ITEM) unknown_node(node);
        cr();
        put(cmark_gfm_extensions_get_tasklist_item_checked(node)
                ? "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> "sv
                : "<li><input type=\"checkbox\" disabled=\"\" /> "sv);
        return Visit::children;
    }

    // Which part of a table `node` is.
    TablePart table_part(cmark_node* node) const {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == m_table_types.cell) return TablePart::cell;
        if (type == m_table_types.row) {
            return cmark_gfm_extensions_get_table_row_is_header(node) != 0 ? TablePart::header_row : TablePart::body_row;
        }
        if (type == m_table_types.table) return TablePart::table;
        unknown_node(node);
    }

    Visit enter_table_part(cmark_node* node) {
        switch (table_part(node)) {
            case TablePart::table:
                cr();
                put("<table>"sv);
                m_table = Table();
                m_table.alignments = cmark_gfm_extensions_get_table_alignments(node);
                m_table.columns = cmark_gfm_extensions_get_table_columns(node);
                break;
            case TablePart::header_row:
                cr();
                put("<thead>"sv);
                cr();
                put("<tr>"sv);
                m_table.in_header = true;
                m_table.cell = 0;
                break;
            case TablePart::body_row:
                cr();
                if (!m_table.body_open) {
                    put("<tbody>"sv);
                    cr();
                    m_table.body_open = true;
                }
                put("<tr>"sv);
                m_table.cell = 0;
                break;
            case TablePart::cell: enter_cell(); break;
        }
        return Visit::children;
    }

    void enter_cell() {
        cr();
        put(m_table.in_header ? "<th"sv : "<td"sv);
        const unsigned char align = m_table.cell < m_table.columns && m_table.alignments != nullptr ? m_table.alignments[m_table.cell] : 0;
        ++m_table.cell;
        if (align == 'l') put(" align=\"left\""sv);
        else if (align == 'c') put(" align=\"center\""sv);
        else if (align == 'r') put(" align=\"right\""sv);
        m_out.put('>');
    }

    void leave_table_part(cmark_node* node) {
        switch (table_part(node)) {
            case TablePart::table:
                if (m_table.body_open) {
                    cr();
                    put("</tbody>"sv);
                    cr();
                }
                m_table.body_open = false;
                cr();
                put("</table>"sv);
                cr();
                break;
            case TablePart::header_row:
                cr();
                put("</tr>"sv);
                cr();
                put("</thead>"sv);
                m_table.in_header = false;
                break;
            case TablePart::body_row:
                cr();
                put("</tr>"sv);
                break;
            case TablePart::cell: put(m_table.in_header ? "</th>"sv : "</td>"sv); break;
        }
    }

    // The table being written and where in it the writer is; made anew at each table.
    struct Table {
        const uint8_t* alignments = nullptr;
        size_t columns = 0;
        size_t cell = 0;
        bool in_header = false;
        bool body_open = false;
    };

    const ParsedBody& m_parsed;
    HtmlOut m_out;
    std::vector<Splice>& m_splices;
    const Extensions& m_known;
    size_t m_next_slot = 0;
    size_t m_next_heading = 0;
    cmark_node* m_label = nullptr;  // the label text of the wikilink just entered
    size_t m_label_link = 0;
    Table m_table;
    const TableNodeTypes& m_table_types = table_node_types();
};

}  // namespace

size_t write_gapped_html(const ParsedBody& parsed, std::string& room, std::vector<Splice>& splices) {
    return HtmlWriter(parsed, room, splices).write(parsed.tree.root());
}

}  // namespace stilas::markdown
