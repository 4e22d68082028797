#include "markdown/document_builder.hpp"

#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "markdown/destination_locator.hpp"
#include "markdown/source_text.hpp"
#include "markdown/wikilinks.hpp"
#include "util/slug.hpp"
#include "util/strings.hpp"

namespace stilas::markdown {
namespace {

bool is_link_type(cmark_node_type type) { return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE; }

cmark_node* new_text(const std::string& literal) {
    cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, literal.c_str());
    return node;
}

// The leaf block whose inlines are being visited, and how far its source has been matched.
struct BlockFrame {
    cmark_node* node;
    size_t cursor;
    size_t limit;
    size_t start;
};

struct Record {
    Link link;
    LinkSlot slot;
};

class Builder {
public:
    Builder(std::string_view body, const std::string& path, int first_line, diag::Diagnostics& diagnostics)
        : m_source(body, path, first_line), m_locator(body), m_diagnostics(diagnostics) {}

    ParsedBody build(std::string_view body) {
        ParsedBody out;
        out.tree = CmarkTree::parse(body);
        merge_adjacent_text(out.tree.root());
        locate_and_rewrite(out.tree.root());
        for (cmark_node* node : m_unsafe) unwrap_node(node);
        collect_in_document_order(out);
        out.plain_text.shrink_to_fit();
        return out;
    }

private:
    BlockFrame frame_for(cmark_node* block) const {
        const int start_line = cmark_node_get_start_line(block);
        const int end_line = std::max(start_line, cmark_node_get_end_line(block));
        const size_t start = m_source.offset_of(start_line, cmark_node_get_start_column(block));
        return BlockFrame{block, start, m_source.line_end(end_line), start};
    }

    // One walk in source order: wikilinks become links when their text is entered, links get a
    // position when they are left (a link's destination follows the images in its text).
    void locate_and_rewrite(cmark_node* root) {
        std::vector<BlockFrame> blocks{BlockFrame{root, 0, m_source.body().size(), 0}};
        int link_depth = 0;
        cmark_iter* iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node* node = cmark_iter_get_node(iter);
            const cmark_node_type type = cmark_node_get_type(node);
            if (node == root) continue;
            if (is_block(node)) {
                // A block without a source position searches within its parent's range.
                if (event == CMARK_EVENT_ENTER) {
                    blocks.push_back(cmark_node_get_start_line(node) > 0 ? frame_for(node) : blocks.back());
                }
                else if (event == CMARK_EVENT_EXIT) blocks.pop_back();
            } else if (is_link_type(type)) {
                if (event == CMARK_EVENT_ENTER) ++link_depth;
                else { --link_depth; locate_link(node, blocks.back()); }
            } else if (type == CMARK_NODE_TEXT && link_depth == 0) {
                split_wikilinks(node, blocks.back());
            }
        }
        cmark_iter_free(iter);
    }

    void locate_link(cmark_node* node, BlockFrame& frame) {
        const char* url_c = cmark_node_get_url(node);
        Record record;
        record.link.kind = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? LinkKind::image : LinkKind::inline_link;
        record.link.target = url_c != nullptr ? url_c : "";
        record.link.text = inline_text(node);
        std::optional<size_t> offset = m_locator.find_link(record.link.target, record.link.text, frame.cursor, frame.limit);
        record.link.pos = m_source.pos_at(offset.value_or(frame.start));
        record.slot = LinkSlot{node, nullptr, record.link.target,
                               record.link.kind == LinkKind::image ? UrlUse::image : UrlUse::link};
        if (!check_safe(record)) {
            m_unsafe.push_back(node);
            return;
        }
        m_records.emplace(node, std::move(record));
    }

    void split_wikilinks(cmark_node* text_node, BlockFrame& frame) {
        const char* raw = cmark_node_get_literal(text_node);
        if (raw == nullptr || std::strstr(raw, "[[") == nullptr) return;  // most text has none
        const std::string literal = raw;
        const std::vector<WikilinkMatch> matches = find_wikilinks(literal);
        if (matches.empty()) return;
        size_t done = 0;
        for (const WikilinkMatch& match : matches) {
            if (match.begin > done) cmark_node_insert_before(text_node, new_text(literal.substr(done, match.begin - done)));
            cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(link, match.target.c_str());
            cmark_node* label = new_text(match.text.empty() ? match.target : match.text);
            cmark_node_append_child(link, label);
            cmark_node_insert_before(text_node, link);
            done = match.end;

            Record record;
            record.link = Link{LinkKind::wikilink, match.target, match.text, {}};
            const std::optional<size_t> offset = m_locator.find_wikilink(match.inner, frame.cursor, frame.limit);
            record.link.pos = m_source.pos_at(offset.value_or(frame.start));
            record.slot = LinkSlot{link, match.text.empty() ? label : nullptr, match.target, UrlUse::link};
            if (!check_safe(record)) {
                m_unsafe.push_back(link);
                continue;
            }
            m_records.emplace(link, std::move(record));
        }
        cmark_node_set_literal(text_node, literal.substr(done).c_str());
    }

    bool check_safe(const Record& record) {
        const std::optional<std::string> scheme = unsafe_scheme(record.link.target, record.slot.use);
        if (!scheme) return true;
        m_diagnostics.warning(record.link.pos, "MD001", "Lenken bruker «" + *scheme + "», som ikke er tillatt.",
                              "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.");
        return false;
    }

    // One walk of the finished tree: links and headings in document order, and the plain text.
    void collect_in_document_order(ParsedBody& out) {
        std::vector<cmark_node*> headings;
        out.links.reserve(m_records.size());
        out.slots.reserve(m_records.size());
        DocumentText text;
        cmark_iter* iter = cmark_iter_new(out.tree.root());
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node* node = cmark_iter_get_node(iter);
            text.visit(event, node);
            if (event != CMARK_EVENT_ENTER) continue;
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_HEADING) headings.push_back(node);
            if (!is_link_type(type)) continue;
            auto found = m_records.find(node);
            if (found == m_records.end()) continue;
            out.links.push_back(std::move(found->second.link));
            out.slots.push_back(std::move(found->second.slot));
        }
        cmark_iter_free(iter);
        out.plain_text = text.take();
        name_headings(headings, out);
    }

    void name_headings(const std::vector<cmark_node*>& nodes, ParsedBody& out) {
        std::unordered_set<std::string> used;
        std::unordered_map<std::string, int> next_suffix;
        for (cmark_node* node : nodes) {
            Heading heading;
            heading.level = cmark_node_get_heading_level(node);
            heading.text = std::string(util::trim(inline_text(node)));
            std::string base = util::slugify(heading.text);
            if (base.empty()) base = "seksjon";
            std::string id = base;
            if (used.contains(id)) {
                int& n = next_suffix.try_emplace(base, 1).first->second;
                while (used.contains(base + "-" + std::to_string(n))) ++n;
                id = base + "-" + std::to_string(n++);
            }
            used.insert(id);
            heading.id = id;
            heading.pos = m_source.pos_at(
                m_source.offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node)));
            out.headings.push_back(std::move(heading));
        }
    }

    SourceText m_source;
    DestinationLocator m_locator;
    diag::Diagnostics& m_diagnostics;
    std::unordered_map<cmark_node*, Record> m_records;
    std::vector<cmark_node*> m_unsafe;
};

}  // namespace

ParsedBody build_body(std::string_view body, const std::string& path, int first_line, diag::Diagnostics& diagnostics) {
    return Builder(body, path, first_line, diagnostics).build(body);
}

void drop_unsafe_links(cmark_node* root) {
    std::vector<cmark_node*> unsafe;
    cmark_iter* iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || !is_link_type(type)) continue;
        const char* url = cmark_node_get_url(node);
        const UrlUse use = type == CMARK_NODE_IMAGE ? UrlUse::image : UrlUse::link;
        if (unsafe_scheme(url != nullptr ? url : "", use)) unsafe.push_back(node);
    }
    cmark_iter_free(iter);
    for (cmark_node* node : unsafe) unwrap_node(node);
}

}  // namespace stilas::markdown
