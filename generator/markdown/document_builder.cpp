// Builds a ParsedBody in one walk of cmark's tree: adjacent text joined, wikilinks split into
// link nodes, every link found in the source for its position, the plain text for search
// gathered on the way (link and heading texts are slices of it), headings named as they are
// left; then unsafe links are unwrapped.
#include "markdown/document_builder.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "markdown/destination_locator.hpp"
#include "markdown/source_text.hpp"
#include "markdown/tree_walk.hpp"
#include "markdown/wikilinks.hpp"
#include "util/slug.hpp"
#include "util/strings.hpp"

namespace stilas::markdown {
namespace {

bool is_link_type(cmark_node_type type) { return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE; }

bool is_block_type(cmark_node_type type) {
    return (static_cast<int>(type) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

cmark_node* new_text(const std::string& literal) {
    cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, literal.c_str());
    return node;
}

// The text of the whole document: literals of text and code, a space for a line break, blocks
// separated by "\n" and table cells by a space. Gathered in a buffer of the thread, reused page
// after page; `take` copies it out at its exact size.
class DocumentText {
public:
    DocumentText() : m_text(buffer()) { m_text.clear(); }
    DocumentText(const DocumentText&) = delete;
    DocumentText& operator=(const DocumentText&) = delete;

    void append(std::string_view text) { m_text += text; }
    void space() { m_text += ' '; }
    void code_block(std::string_view literal) {
        end_block('\n');
        m_text += literal;
        end_block('\n');
    }
    void end_block(char separator) {
        if (separator == '\n' && !m_text.empty() && m_text.back() == ' ') m_text.pop_back();
        if (!m_text.empty() && m_text.back() != '\n' && m_text.back() != separator) m_text += separator;
    }
    size_t size() const { return m_text.size(); }
    std::string_view since(size_t start) const { return std::string_view(m_text).substr(start); }
    std::string take() const {
        std::string_view text = m_text;
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
        return std::string(text);
    }

private:
    static std::string& buffer() {
        thread_local std::string text;
        return text;
    }
    std::string& m_text;
};

// The leaf block whose inlines are being visited, and how far its source has been matched.
// Its range is worked out when a link in it first needs it (most blocks have none).
struct BlockFrame {
    cmark_node* node;
    size_t cursor = 0;
    size_t limit = 0;
    size_t start = 0;
    bool located = false;
};

struct Record {
    Link link;
    LinkSlot slot;  // slot.node is null once the link is dropped as unsafe
};

// A link or image entered and not yet left: its record, and where its text starts.
struct OpenLink {
    size_t record;
    size_t text_start;
};

// Heading ids: the slug, or the slug with the first free "-n" once it is taken. A page has few
// headings, looked for in a list; past k_list_max ids are hashed ("## Tittel" a thousand times).
class HeadingIds {
public:
    std::string unique(std::string base) {
        if (base.empty()) base = "seksjon";
        std::string id = base;
        if (taken(id)) {
            int& n = m_next_suffix.try_emplace(base, 1).first->second;
            while (taken(base + "-" + std::to_string(n))) ++n;
            id = base + "-" + std::to_string(n++);
        }
        keep(id);
        return id;
    }

private:
    static constexpr size_t k_list_max = 16;

    bool taken(const std::string& id) const {
        if (!m_hashed.empty()) return m_hashed.contains(id);
        return std::find(m_list.begin(), m_list.end(), id) != m_list.end();
    }

    void keep(const std::string& id) {
        if (m_hashed.empty() && m_list.size() < k_list_max) {
            if (m_list.empty()) m_list.reserve(k_list_max);
            m_list.push_back(id);
            return;
        }
        if (m_hashed.empty()) m_hashed.insert(m_list.begin(), m_list.end());
        m_hashed.insert(id);
    }

    std::vector<std::string> m_list;
    std::unordered_set<std::string> m_hashed;  // every id, once there are more than k_list_max
    std::unordered_map<std::string, int> m_next_suffix;
};

class Builder {
public:
    Builder(std::string_view body, const std::string& path, int first_line, diag::Diagnostics& diagnostics)
        : m_source(body, path, first_line), m_locator(body), m_diagnostics(diagnostics), m_records(records_buffer()) {
        m_records.clear();
    }
    ~Builder() { m_records.clear(); }
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;

    ParsedBody build() {
        ParsedBody out;
        out.tree = CmarkTree::parse(m_source.body());
        cmark_node* root = out.tree.root();
        m_blocks.reserve(8);
        m_blocks.push_back(BlockFrame{root, 0, m_source.body().size(), 0, true});
        walk(root, [this](cmark_node* node) { return enter(node); }, [this, &out](cmark_node* node) { leave(node, out); });
        for (cmark_node* node : m_unsafe) unwrap_node(node);
        take_records(out);
        out.plain_text = m_text.take();
        return out;
    }

private:
    // The walk (tree_walk.hpp) enters every node and leaves those with children: the leaves
    // (text, code, breaks, raw HTML, code blocks, thematic breaks) return Visit::done. Leaf blocks get no frame: no link in
    // them is searched for.
    Visit enter(cmark_node* node) {
        const cmark_node_type type = cmark_node_get_type(node);
        switch (type) {
            case CMARK_NODE_TEXT: enter_text(node); return Visit::done;
            case CMARK_NODE_CODE: m_text.append(literal_of(node)); return Visit::done;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK: m_text.space(); return Visit::done;
            case CMARK_NODE_CODE_BLOCK:
                if (const char* literal = cmark_node_get_literal(node)) m_text.code_block(literal);
                return Visit::done;
            case CMARK_NODE_HTML_BLOCK:
            case CMARK_NODE_THEMATIC_BREAK:
            case CMARK_NODE_HTML_INLINE: return Visit::done;
            case CMARK_NODE_DOCUMENT: return Visit::children;  // the root: its frame is there
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                m_open.push_back(OpenLink{m_records.size(), m_text.size()});
                m_records.emplace_back();
                return Visit::children;
            default:
                if (type == CMARK_NODE_HEADING) m_heading_start = m_text.size();
                // A block without a source position searches within its parent's range.
                if (is_block_type(type)) {
                    m_blocks.push_back(cmark_node_get_start_line(node) > 0 ? BlockFrame{node} : m_blocks.back());
                }
                return Visit::children;
        }
    }

    void leave(cmark_node* node, ParsedBody& out) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (is_link_type(type)) return leave_link(node, type);
        if (!is_block_type(type)) return;
        if (type == CMARK_NODE_HEADING) out.headings.push_back(heading_of(node));
        m_text.end_block(type == m_cell_type ? ' ' : '\n');
        m_blocks.pop_back();
    }

    // The frame of the innermost block, located in the source.
    BlockFrame& current_frame() {
        BlockFrame& frame = m_blocks.back();
        if (frame.located) return frame;
        const int start_line = cmark_node_get_start_line(frame.node);
        const int end_line = std::max(start_line, cmark_node_get_end_line(frame.node));
        const size_t start = m_source.offset_of(start_line, cmark_node_get_start_column(frame.node));
        frame = BlockFrame{frame.node, start, m_source.line_end(end_line), start, true};
        return frame;
    }


    // Joins the run of text nodes starting at `node` (cmark splits "[[x]]" into five) into it,
    // collected first and set once: "[[[[…" is thousands of one-byte nodes.
    std::string_view joined_literal(cmark_node* node) {
        cmark_node* next = cmark_node_next(node);
        if (next == nullptr || cmark_node_get_type(next) != CMARK_NODE_TEXT) return literal_of(node);
        m_joined.assign(literal_of(node));
        while (next != nullptr && cmark_node_get_type(next) == CMARK_NODE_TEXT) {
            m_joined += literal_of(next);
            cmark_node* after = cmark_node_next(next);
            cmark_node_free(next);
            next = after;
        }
        cmark_node_set_literal(node, m_joined.c_str());
        return m_joined;
    }

    void enter_text(cmark_node* node) {
        const std::string_view literal = joined_literal(node);
        // Text inside a link stays as it is; most text has no "[[".
        if (!m_open.empty() || literal.find("[[") == std::string_view::npos) return m_text.append(literal);
        split_wikilinks(node, std::string(literal));
    }

    // A link's position is found when it is left: its destination follows the images in its text.
    void leave_link(cmark_node* node, cmark_node_type type) {
        const OpenLink open = m_open.back();
        m_open.pop_back();
        Record& record = m_records[open.record];
        const char* url = cmark_node_get_url(node);
        record.link.kind = type == CMARK_NODE_IMAGE ? LinkKind::image : LinkKind::inline_link;
        record.link.target = url != nullptr ? url : "";
        record.link.text = m_text.since(open.text_start);
        BlockFrame& frame = current_frame();
        const std::optional<size_t> offset =
            m_locator.find_link(record.link.target, record.link.text, frame.cursor, frame.limit);
        place(record, offset, frame,
              LinkSlot{node, nullptr, {}, type == CMARK_NODE_IMAGE ? UrlUse::image : UrlUse::link});
    }

    // Text outside links: each wikilink becomes a link node before `text_node`, which keeps the
    // text after the last one. The plain text gets each label in its wikilink's place.
    void split_wikilinks(cmark_node* text_node, const std::string& literal) {
        const std::vector<WikilinkMatch> matches = find_wikilinks(literal);
        size_t done = 0;
        for (const WikilinkMatch& match : matches) {
            if (match.begin > done) {
                cmark_node_insert_before(text_node, new_text(literal.substr(done, match.begin - done)));
                m_text.append(std::string_view(literal).substr(done, match.begin - done));
            }
            cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(link, match.target.c_str());
            const std::string& label_text = match.text.empty() ? match.target : match.text;
            cmark_node* label = new_text(label_text);
            m_text.append(label_text);
            cmark_node_append_child(link, label);
            cmark_node_insert_before(text_node, link);
            done = match.end;

            Record& record = m_records.emplace_back();
            record.link = Link{LinkKind::wikilink, match.target, match.text, {}};
            BlockFrame& frame = current_frame();
            const std::optional<size_t> offset = m_locator.find_wikilink(match.inner, frame.cursor, frame.limit);
            place(record, offset, frame, LinkSlot{link, match.text.empty() ? label : nullptr, {}, UrlUse::link});
        }
        if (matches.empty()) return m_text.append(literal);
        cmark_node_set_literal(text_node, literal.substr(done).c_str());
        m_text.append(std::string_view(literal).substr(done));
    }

    bool check_safe(const Record& record) {
        const std::optional<std::string> scheme = unsafe_scheme(record.link.target, record.slot.use);
        if (!scheme) return true;
        m_diagnostics.warning(record.link.pos.in(m_source.path()), "MD001", "Lenken bruker «" + *scheme + "», som ikke er tillatt.",
                              "Bruk en nettadresse som begynner med «https://», eller lenk til en side i nettstedet.");
        return false;
    }

    // A link's position (where its destination was found in `frame`, else the block's start) and
    // its slot; an unsafe one is reported and dropped.
    void place(Record& record, std::optional<size_t> offset, const BlockFrame& frame, LinkSlot slot) {
        record.link.pos = m_source.line_col_at(offset.value_or(frame.start));
        record.slot = std::move(slot);
        if (check_safe(record)) return;
        m_unsafe.push_back(record.slot.node);
        record.slot.node = nullptr;
    }

    // The kept links, in document order (each got its record when it was entered or split out).
    void take_records(ParsedBody& out) {
        const size_t kept = m_records.size() - m_unsafe.size();
        out.links.reserve(kept);
        out.slots.reserve(kept);
        for (Record& record : m_records) {
            if (record.slot.node == nullptr) continue;
            out.links.push_back(std::move(record.link));
            out.slots.push_back(std::move(record.slot));
        }
    }

    Heading heading_of(cmark_node* node) {
        Heading heading;
        heading.level = cmark_node_get_heading_level(node);
        heading.text = std::string(util::trim(m_text.since(m_heading_start)));
        heading.id = m_ids.unique(util::slugify(heading.text));
        heading.pos = m_source.line_col_at(
            m_source.offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node)));
        return heading;
    }

    static std::vector<Record>& records_buffer() {
        thread_local std::vector<Record> records;
        return records;
    }

    SourceText m_source;
    DestinationLocator m_locator;
    diag::Diagnostics& m_diagnostics;
    std::vector<Record>& m_records;  // a buffer of the thread; in document order
    std::vector<OpenLink> m_open;
    std::vector<BlockFrame> m_blocks;
    std::vector<cmark_node*> m_unsafe;
    DocumentText m_text;
    std::string m_joined;
    size_t m_heading_start = 0;
    const cmark_node_type m_cell_type = table_node_types().cell;
    HeadingIds m_ids;
};

}  // namespace

ParsedBody build_body(std::string_view body, const std::string& path, int first_line, diag::Diagnostics& diagnostics) {
    return Builder(body, path, first_line, diagnostics).build();
}

void drop_unsafe_links(cmark_node* root) {
    std::vector<cmark_node*> unsafe;
    walk(
        root,
        [&unsafe](cmark_node* node) {
            const cmark_node_type type = cmark_node_get_type(node);
            if (is_link_type(type)) {
                const char* url = cmark_node_get_url(node);
                const UrlUse use = type == CMARK_NODE_IMAGE ? UrlUse::image : UrlUse::link;
                if (unsafe_scheme(url != nullptr ? url : "", use)) unsafe.push_back(node);
            }
            return Visit::children;
        },
        [](cmark_node*) {});
    for (cmark_node* node : unsafe) unwrap_node(node);
}

}  // namespace stilas::markdown
