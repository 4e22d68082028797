#include "yaml/simple_scanner.hpp"

#include <algorithm>
#include <array>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "util/utf8.hpp"
#include "yaml/key_index.hpp"

namespace stilas::yaml {
namespace {

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// yaml-cpp reports these plain scalars as null, not as text.
bool is_null_literal(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// A table of the bytes in `chars`, for tests on every byte of a value.
constexpr std::array<bool, 256> byte_set(std::string_view chars) {
    std::array<bool, 256> set{};
    for (char c : chars) set[static_cast<unsigned char>(c)] = true;
    return set;
}

bool contains_any(std::string_view text, const std::array<bool, 256>& set) {
    return std::any_of(text.begin(), text.end(), [&set](char c) { return set[static_cast<unsigned char>(c)]; });
}

// Characters that make a plain scalar something else when they start it, or that the shapes
// accepted here leave to yaml-cpp: indicators, quotes, and every ASCII punctuation mark whose
// meaning at the start of a value is not plain text.
constexpr std::array<bool, 256> k_unsafe_first = byte_set(" -?:,[]{}#&*!|>'\"%@`");
bool safe_first(char c) { return !k_unsafe_first[static_cast<unsigned char>(c)]; }

// What a flow list's plain items may not contain: anything that could nest, quote or map.
constexpr std::array<bool, 256> k_not_in_flow_item = byte_set("[]{}#:'\"");

// Where an event stands: byte offset, line of the text (0-based) and code-point column (1-based).
struct Mark {
    size_t offset = 0;
    size_t line = 0;
    size_t col = 1;
};

// Reads the simple shape and tells `Sink` what it finds: begin(), map_start(mark, entries),
// key(mark, name), scalar(mark, text, quoted), null(mark), sequence_start(mark, flow, items),
// sequence_end(), map_end(), end(). The counts are exact, so a sink can reserve room. A text
// that turns out not to have the shape leaves the sink half fed: the caller drops it.
template <class Sink>
class Scanner {
public:
    Scanner(std::string_view text, Sink& sink) : m_text(text), m_sink(sink) {}

    bool run() {
        if (m_text.find('\t') != std::string_view::npos || m_text.find('\r') != std::string_view::npos) return false;
        m_lines.reserve(k_usual_lines);
        size_t keys = 0;  // lines that can only be entries (in a text of the shape, every entry)
        for (size_t pos = 0; pos < m_text.size();) {
            size_t end = m_text.find('\n', pos);
            if (end == std::string_view::npos) end = m_text.size();
            m_lines.push_back({pos, m_text.substr(pos, end - pos)});
            if (is_key_char(m_text[pos]) && m_text[pos] != '-') ++keys;
            pos = end + 1;
        }
        m_sink.begin();
        bool any = false;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            if (skippable(m_lines[i].text)) continue;
            if (!any) m_sink.map_start(at(i, 0), keys);
            any = true;
            if (!entry(i)) return false;
        }
        if (!any) return false;  // empty or comments only: yaml-cpp's own answer is simplest
        m_sink.map_end();
        m_sink.end();
        return true;
    }

private:
    static bool skippable(std::string_view line) {
        const size_t first = line.find_first_not_of(' ');
        return first == std::string_view::npos || (first == 0 && line[0] == '#');
    }

    // Byte `byte` of line i, where everything before it on the line is ASCII.
    Mark at(size_t i, size_t byte) const { return {m_lines[i].offset + byte, i, byte + 1}; }

    // `key: value` at column 1, or `key:` followed by `- item` lines.
    bool entry(size_t& i) {
        const std::string_view line = m_lines[i].text;
        size_t k = 0;
        while (k < line.size() && is_key_char(line[k])) ++k;
        if (k == 0 || line[0] == '-' || k >= line.size() || line[k] != ':') return false;
        const std::string_view key = line.substr(0, k);
        if (is_null_literal(key)) return false;
        m_sink.key(at(i, 0), key);
        size_t v = k + 1;
        if (v < line.size() && line[v] != ' ') return false;
        while (v < line.size() && line[v] == ' ') ++v;
        if (v == line.size()) return block_list(i);
        if (line[v] == '[') return flow_list(at(i, v), line.substr(v));
        if (line[v] == '>' || line[v] == '|') return block_scalar(i, v);
        return value(at(i, v), line.substr(v), false);
    }

    // The `- item` lines after line i, all at one indent; i moves to the last of them.
    bool block_list(size_t& i) {
        size_t indent = std::string_view::npos;
        size_t last = i;
        for (size_t j = i + 1; j < m_lines.size(); ++j) {
            const std::string_view line = m_lines[j].text;
            const size_t dash = line.find_first_not_of(' ');
            if (dash == std::string_view::npos) return false;  // a blank line inside: leave it to yaml-cpp
            if (line[dash] != '-') break;
            if (indent == std::string_view::npos) indent = dash;
            if (dash != indent || dash + 2 >= line.size() || line[dash + 1] != ' ') return false;
            last = j;
        }
        if (last == i) return false;  // an empty value: yaml-cpp places its mark elsewhere
        m_sink.sequence_start(at(i + 1, indent), false, last - i);
        for (size_t j = i + 1; j <= last; ++j) {
            size_t v = indent + 1;
            while (v < m_lines[j].text.size() && m_lines[j].text[v] == ' ') ++v;
            if (!value(at(j, v), m_lines[j].text.substr(v), true)) return false;
        }
        m_sink.sequence_end();
        i = last;
        return true;
    }

    // `>`, `>-`, `|` or `|-` and then lines at one indent, none blank, none with trailing
    // spaces: folded joins them with spaces, literal with line breaks; `-` drops the final one.
    bool block_scalar(size_t& i, size_t header) {
        const std::string_view line = m_lines[i].text;
        std::string_view indicator = line.substr(header);
        while (!indicator.empty() && indicator.back() == ' ') indicator.remove_suffix(1);
        if (indicator != ">" && indicator != ">-" && indicator != "|" && indicator != "|-") return false;
        const char join = indicator[0] == '>' ? ' ' : '\n';
        const bool strip = indicator.size() == 2;
        size_t indent = 0;
        size_t last = i;
        size_t length = 0;  // of the text, measured first so that it is built without growing
        for (size_t j = i + 1; j < m_lines.size(); ++j) {
            const std::string_view content = m_lines[j].text;
            const size_t first = content.find_first_not_of(' ');
            if (first == std::string_view::npos) return false;  // blank lines fold in their own way
            if (first == 0) break;                             // the next key
            if (indent == 0) indent = first;
            if (first != indent || content.back() == ' ') return false;
            length += content.size() - indent + 1;
            last = j;
        }
        if (last == i) return false;
        std::string text;
        text.reserve(length);
        for (size_t j = i + 1; j <= last; ++j) {
            if (j > i + 1) text += join;
            text += m_lines[j].text.substr(indent);
        }
        // Clipping keeps the last line break, if the text has one there.
        if (!strip && m_lines[last].offset + m_lines[last].text.size() < m_text.size()) text += '\n';
        m_sink.scalar(at(i, header), std::move(text), true);
        i = last;
        return true;
    }

    bool value(const Mark& mark, std::string_view text, bool in_list) {
        if (!text.empty() && text[0] == '"') return double_quoted(mark, text);
        if (in_list && (text.starts_with('[') || text.starts_with('-'))) return false;
        return plain(mark, text);
    }

    // "text" without escapes, on one line, with nothing after the closing quote.
    bool double_quoted(const Mark& mark, std::string_view text) {
        while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
        if (text.size() < 2 || text.back() != '"') return false;
        const std::string_view inner = text.substr(1, text.size() - 2);
        if (inner.find('\\') != std::string_view::npos || inner.find('"') != std::string_view::npos) return false;
        m_sink.scalar(mark, std::string(inner), true);
        return true;
    }

    bool plain(const Mark& mark, std::string_view value) {
        while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
        if (value.empty() || !safe_first(value[0]) || value.back() == ':') return false;
        if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos) return false;
        scalar(mark, value);
        return true;
    }

    // `[a, b, c]`: plain items without anything that could nest, quote or map.
    bool flow_list(const Mark& open, std::string_view value) {
        while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
        if (value.size() < 2 || value.back() != ']') return false;
        const std::string_view inner = value.substr(1, value.size() - 2);
        if (contains_any(inner, k_not_in_flow_item)) return false;
        const bool empty = inner.find_first_not_of(' ') == std::string_view::npos;
        const size_t commas = static_cast<size_t>(std::count(inner.begin(), inner.end(), ','));
        m_sink.sequence_start(open, true, empty ? 0 : commas + 1);
        if (!empty) {
            // Earlier items may hold multi-byte characters: columns are counted on from the `[`.
            size_t counted = 0;
            size_t col = open.col + 1;
            size_t start = 0;
            for (;;) {
                const size_t comma = inner.find(',', start);
                std::string_view item = inner.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
                size_t lead = 0;
                while (lead < item.size() && item[lead] == ' ') ++lead;
                item.remove_prefix(lead);
                while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
                if (item.empty() || !safe_first(item[0])) return false;
                col += util::count_code_points(inner.substr(counted, start + lead - counted));
                counted = start + lead;
                scalar({open.offset + 1 + counted, open.line, col}, item);
                if (comma == std::string_view::npos) break;
                start = comma + 1;
            }
        }
        m_sink.sequence_end();
        return true;
    }

    void scalar(const Mark& mark, std::string_view value) {
        if (is_null_literal(value)) m_sink.null(mark);
        else m_sink.scalar(mark, std::string(value), false);
    }

    struct Line {
        size_t offset;
        std::string_view text;
    };
    // Front matter has about a dozen lines; more only cost the vector's usual growth.
    static constexpr size_t k_usual_lines = 24;
    std::string_view m_text;
    Sink& m_sink;
    std::vector<Line> m_lines;
};

// Records the events, as yaml-cpp's EventHandler would receive them.
class EventSink {
public:
    std::vector<Event> events;

    void begin() { events.push_back({Event::Kind::document_start, 0, {}, false, false}); }
    void map_start(const Mark& mark, size_t) {
        events.push_back({Event::Kind::map_start, mark.offset, {}, false, false});
    }
    void key(const Mark& mark, std::string_view name) { scalar(mark, std::string(name), false); }
    void scalar(const Mark& mark, std::string text, bool quoted) {
        events.push_back({Event::Kind::scalar, mark.offset, std::move(text), quoted, false});
    }
    void null(const Mark& mark) { events.push_back({Event::Kind::null, mark.offset, {}, false, false}); }
    void sequence_start(const Mark& mark, bool flow, size_t) {
        events.push_back({Event::Kind::sequence_start, mark.offset, {}, false, flow});
    }
    void sequence_end() { events.push_back({Event::Kind::sequence_end, 0, {}, false, false}); }
    void map_end() { events.push_back({Event::Kind::map_end, 0, {}, false, false}); }
    void end() { events.push_back({Event::Kind::document_end, 0, {}, false, false}); }
};

// Builds the top-level mapping straight from the scan, each node in its final place. The shape
// has one mapping whose values are scalars, nulls or lists of them.
class NodeSink {
public:
    explicit NodeSink(int first_line) : m_first_line(first_line) {}

    Node root;

    void begin() {}
    void map_start(const Mark& mark, size_t entries) {
        place(root, Node::Kind::mapping, mark);
        root.entries.reserve(entries);
    }
    void key(const Mark& mark, std::string_view name) {
        const int line = m_first_line + static_cast<int>(mark.line);
        if (const std::optional<int> first = m_keys.first_line_of(name, root.entries, line))
            m_duplicates.push_back({{line, static_cast<int>(mark.col)}, name, *first});
        Node& key = root.entries.emplace_back().first;
        place(key, Node::Kind::scalar, mark);
        key.scalar = name;
    }
    void scalar(const Mark& mark, std::string text, bool quoted) {
        Node& n = next(Node::Kind::scalar, mark);
        n.scalar = std::move(text);
        n.quoted = quoted;
    }
    void null(const Mark& mark) { next(Node::Kind::null, mark); }
    void sequence_start(const Mark& mark, bool, size_t items) {
        next(Node::Kind::sequence, mark).items.reserve(items);
        m_in_sequence = true;
    }
    void sequence_end() { m_in_sequence = false; }
    void map_end() {}
    void end() {}

    /// Duplicate keys wait for the end of the scan: a text that turns out not to have the shape
    /// is read again by yaml-cpp, which must be the only one to report them then.
    void report_duplicates(Reporter& reporter) const {
        for (const Duplicate& d : m_duplicates) reporter.duplicate_key(d.at, d.name, d.first_line);
    }

private:
    struct Duplicate {
        FilePos at;
        std::string_view name;
        int first_line;
    };

    void place(Node& n, Node::Kind kind, const Mark& mark) const {
        n.kind = kind;
        n.line = m_first_line + static_cast<int>(mark.line);
        n.col = static_cast<int>(mark.col);
    }

    // The value of the last key, or the next item of its list.
    Node& next(Node::Kind kind, const Mark& mark) {
        Node& value = root.entries.back().second;
        Node& n = m_in_sequence ? value.items.emplace_back() : value;
        place(n, kind, mark);
        return n;
    }

    int m_first_line;
    KeyIndex m_keys;
    std::vector<Duplicate> m_duplicates;
    bool m_in_sequence = false;
};

class Recorder final : public YAML::EventHandler {
public:
    std::vector<Event> events;
    int documents = 0;

    void OnDocumentStart(const YAML::Mark&) override {
        if (++documents == 1) events.push_back({Event::Kind::document_start, 0, {}, false, false});
    }
    void OnDocumentEnd() override { add({Event::Kind::document_end, 0, {}, false, false}); }
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add({Event::Kind::null, at(mark), {}, false, false}); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { add({Event::Kind::null, at(mark), "*", false, false}); }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
        add({Event::Kind::scalar, at(mark), value, tag == "!" || tag == "tag:yaml.org,2002:str", false});
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override {
        add({Event::Kind::sequence_start, at(mark), {}, false, style == YAML::EmitterStyle::Flow});
    }
    void OnSequenceEnd() override { add({Event::Kind::sequence_end, 0, {}, false, false}); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value style) override {
        add({Event::Kind::map_start, at(mark), {}, false, style == YAML::EmitterStyle::Flow});
    }
    void OnMapEnd() override { add({Event::Kind::map_end, 0, {}, false, false}); }

private:
    static size_t at(const YAML::Mark& mark) { return mark.pos < 0 ? 0 : static_cast<size_t>(mark.pos); }
    void add(Event e) {
        if (documents == 1) events.push_back(std::move(e));
    }
};

}  // namespace

std::optional<std::vector<Event>> scan_simple(std::string_view text) {
    EventSink sink;
    if (!Scanner<EventSink>(text, sink).run()) return std::nullopt;
    return std::move(sink.events);
}

std::optional<Node> read_simple(std::string_view text, int first_line, Reporter& reporter) {
    NodeSink sink(first_line);
    if (!Scanner<NodeSink>(text, sink).run()) return std::nullopt;
    sink.report_duplicates(reporter);
    return std::move(sink.root);
}

std::optional<std::vector<Event>> yaml_cpp_events(std::string_view text) {
    std::istringstream in{std::string(text)};
    Recorder recorder;
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(recorder);
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
    return std::move(recorder.events);
}

}  // namespace stilas::yaml
